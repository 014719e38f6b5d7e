<#ftl output_format="yaml">
<#--
  cloud-init NoCloud vendor-data of the installer's live system, served next to user-data.
  Format reference: https://cloudinit.readthedocs.io/en/latest/reference/datasources/nocloud.html
  Everything the install needs is in user-data; this file exists because cloud-init asks for it.
-->
#cloud-config
# cloud-init NoCloud vendor-data -- ${lab.generatedBy?no_esc}
# Reference: https://cloudinit.readthedocs.io/en/latest/reference/datasources/nocloud.html
# Everything the install needs is in user-data.
{}
