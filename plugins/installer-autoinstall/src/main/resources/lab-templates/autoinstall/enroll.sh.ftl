<#ftl output_format="shell">
<#--
  OpenVox enrollment of an Ubuntu machine, run by the autoinstall late-commands inside the
  installed system (curtin in-target). The shared snippet writes the script itself.
  OpenVox packages:    https://voxpupuli.org/openvox/install/
  csr_attributes.yaml: https://www.puppet.com/docs/puppet/8/ssl_attributes_extensions.html
-->
<#import "/shared/openvox-enroll.sh.ftl" as openvox>
<@openvox.script enrollment=enrollment packageManager="apt" releasePackageUrl=releasePackageUrl/>
