<#ftl output_format="shell">
<#--
  VyOS runs /config/scripts/vyos-postconfig-bootup.script as root at every boot, once config.boot
  is loaded (vyos-1x src/init/vyos-router, run_postconfig_scripts;
  https://docs.vyos.io/en/sagitta/automation/command-scripting.html).
  VyOS 1.4 is Debian 12 (bookworm) underneath: the agent comes from the OpenVox apt repository.
  Model: enrollment (EnrollmentSpec), releasePackageUrl.
-->
<#import "/shared/openvox-enroll.sh.ftl" as openvox>
#!/bin/sh
# VyOS post-config boot script of ${enrollment.certname} -- ${lab.generatedBy?no_esc}
# Enrolls this router into OpenVox once. The marker below lives in /config, which VyOS keeps
# across image upgrades; an image upgrade replaces the root filesystem and with it the agent and
# its certificate, so the agent's absence reruns the enrollment (which then needs a new token).
LAB_ENROLLED=/config/lab/openvox-enrolled
if [ -e "$LAB_ENROLLED" ] && [ -x /opt/puppetlabs/bin/puppet ]; then
  exit 0
fi
(
<@openvox.script enrollment=enrollment packageManager="apt" releasePackageUrl=releasePackageUrl/>
) || exit $?
mkdir -p /config/lab
: > "$LAB_ENROLLED"
