<#ftl output_format="shell">
<#-- The OpenVox enrollment script late_command downloads and runs in the installed system. -->
<#import "/shared/openvox-enroll.sh.ftl" as openvox>
<@openvox.script enrollment=enrollment packageManager="apt" releasePackageUrl=releasePackageUrl/>
