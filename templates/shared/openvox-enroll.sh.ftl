<#ftl output_format="shell">
<#--
  The OpenVox/Puppet enrollment script every Linux installer plugin shares.
  csr_attributes.yaml: https://www.puppet.com/docs/puppet/8/ssl_attributes_extensions.html
  OpenVox packages:    https://voxpupuli.org/openvox/install/

  Usage, from a plugin's shell template:
    <#import "/shared/openvox-enroll.sh.ftl" as openvox>
    <@openvox.script enrollment=enrollment packageManager="apt" releasePackageUrl=url/>
  packageManager is apt, dnf or yum; releasePackageUrl is the openvox release package that sets
  up the agent's repository (a .deb for apt, an .rpm otherwise).
-->
<#macro script enrollment packageManager releasePackageUrl>
#!/bin/sh
# OpenVox enrollment of ${enrollment.certname} -- ${lab.generatedBy?no_esc}
set -eu

LAB_EVENTS=${enrollment.events}

lab_report() {
  body="{\"type\":\"$1\",\"message\":\"$2\"}"
  if command -v curl >/dev/null 2>&1; then
    curl -fsS -m 15 -H 'Content-Type: application/json' --data "$body" "$LAB_EVENTS" >/dev/null 2>&1 || true
  elif command -v wget >/dev/null 2>&1; then
    wget -q -T 15 -O /dev/null --header='Content-Type: application/json' --post-data="$body" "$LAB_EVENTS" || true
  fi
}

lab_fetch() {
  if command -v curl >/dev/null 2>&1; then
    curl -fsSL --retry 5 -o "$2" "$1"
  else
    wget -q -T 60 -t 5 -O "$2" "$1"
  fi
}

# LAB_ENROLL_ROOT, unset in normal use, stages the enrollment under another directory: the agent is
# looked for and configured there and the service is left alone (Lab's SSH onboarding tests).
lab_root=$(printenv LAB_ENROLL_ROOT || true)
confdir=$lab_root/etc/puppetlabs/puppet

trap 'rc=$?; [ "$rc" -eq 0 ] || lab_report enrollment-failed "enrollment script failed with exit code $rc"' EXIT

# The agent: OpenVox's (/opt/puppetlabs), else a distribution's puppet on PATH (Debian's
# puppet-agent), else OpenVox's installed now.
if [ -x "$lab_root/opt/puppetlabs/bin/puppet" ]; then
  puppet=$lab_root/opt/puppetlabs/bin/puppet
elif [ -z "$lab_root" ] && command -v puppet >/dev/null 2>&1; then
  puppet=$(command -v puppet)
else
  lab_report enrollment-progress "installing openvox-agent"
<#if packageManager == "apt">
  export DEBIAN_FRONTEND=noninteractive
  release_pkg=$(mktemp)
  lab_fetch ${releasePackageUrl} "$release_pkg"
  dpkg -i "$release_pkg"
  rm -f "$release_pkg"
  apt-get update
  apt-get install -y openvox-agent
<#elseif packageManager == "dnf" || packageManager == "yum">
  ${packageManager} install -y ${releasePackageUrl}
  ${packageManager} install -y openvox-agent
<#else>
  <#stop "packageManager must be apt, dnf or yum">
</#if>
  puppet=/opt/puppetlabs/bin/puppet
fi

# The one-time token goes into the CSR as its challengePassword; the labels and role become
# trusted facts. Lab's autosign policy checks both before the server signs.
# The agent's own confdir (/etc/puppetlabs/puppet for OpenVox, /etc/puppet for Debian's package).
if [ -z "$lab_root" ]; then
  confdir=$("$puppet" config print confdir)
fi
install -d -m 0755 "$confdir"
old_umask=$(umask)
umask 077
cat > "$confdir/csr_attributes.yaml" <<'LAB_CSR_ATTRIBUTES'
---
custom_attributes:
  1.2.840.113549.1.9.7: ${esc.yaml(enrollment.token)?no_esc}
<#if enrollment.extensionRequests?has_content>
extension_requests:
<#list enrollment.extensionRequests as key, value>
  ${esc.yaml(key)?no_esc}: ${esc.yaml(value)?no_esc}
</#list>
<#else>
extension_requests: {}
</#if>
LAB_CSR_ATTRIBUTES
umask "$old_umask"

"$puppet" config set --confdir "$confdir" --section main server ${enrollment.puppetServer}
"$puppet" config set --confdir "$confdir" --section main certname ${enrollment.certname}
<#if enrollment.environment??>
"$puppet" config set --confdir "$confdir" --section agent environment ${enrollment.environment}
</#if>

# Inside an installer's chroot systemd is not running: enable the agent for the first boot, and
# start it now only on a running system.
if [ -z "$lab_root" ] && command -v systemctl >/dev/null 2>&1; then
  systemctl enable puppet.service
  if [ -d /run/systemd/system ] && [ "$(stat -c %d:%i /)" = "$(stat -c %d:%i /proc/1/root/. 2>/dev/null)" ]; then
    systemctl start puppet.service
  fi
fi
lab_report enrollment-configured "openvox-agent installed and configured"
</#macro>
