<#ftl output_format="shell">
<#--
  The OpenVox enrollment script of an XCP-ng 8.3 host, run once at its first boot by
  /etc/firstboot.d/90-lab-enroll. XCP-ng 8.3's dom0 has a CentOS 7 userspace with yum, so the agent
  comes from the OpenVox 8 repository for EL 7 (openvox8-release-el-7.noarch.rpm).
  Model: enrollment (EnrollmentSpec), releasePackageUrl.
-->
<#import "/shared/openvox-enroll.sh.ftl" as openvox>
<@openvox.script enrollment=enrollment packageManager="yum" releasePackageUrl=releasePackageUrl/>
