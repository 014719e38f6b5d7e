<#ftl output_format="yaml">
<#--
  cloud-init NoCloud meta-data of the installer's live system, served next to user-data.
  Format reference: https://cloudinit.readthedocs.io/en/latest/reference/datasources/nocloud.html
  instance-id changes with every onboarding, so a re-approved machine is a new instance.
-->
# cloud-init NoCloud meta-data -- ${lab.generatedBy?no_esc}
# Reference: https://cloudinit.readthedocs.io/en/latest/reference/datasources/nocloud.html
instance-id: ${instanceId}
local-hostname: ${hostname}
