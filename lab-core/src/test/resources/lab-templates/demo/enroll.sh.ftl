<#ftl output_format="shell">
<#import "/shared/openvox-enroll.sh.ftl" as openvox>
<@openvox.script enrollment=enrollment packageManager="apt" releasePackageUrl="https://apt.voxpupuli.org/openvox8-release-debian12.deb"/>
