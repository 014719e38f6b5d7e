<#ftl output_format="shell">
<#--
  OpenVox enrollment for Fedora and Enterprise Linux, run by ks.cfg's %post inside the installed
  system. The script is the shared snippet (templates/shared/openvox-enroll.sh.ftl) with dnf and the
  openvox8-release package of this release; csr_attributes.yaml reference:
  https://www.puppet.com/docs/puppet/8/ssl_attributes_extensions.html
-->
<#import "/shared/openvox-enroll.sh.ftl" as openvox>
<@openvox.script enrollment=enrollment packageManager="dnf" releasePackageUrl=releasePackageUrl/>
