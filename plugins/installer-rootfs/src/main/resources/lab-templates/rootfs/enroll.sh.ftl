<#ftl output_format="shell">
<#-- The OpenVox enrollment script the first-boot script runs in the installed system. -->
<#import "/shared/openvox-enroll.sh.ftl" as openvox>
<@openvox.script enrollment=enrollment packageManager="apt" releasePackageUrl=releasePackageUrl/>
