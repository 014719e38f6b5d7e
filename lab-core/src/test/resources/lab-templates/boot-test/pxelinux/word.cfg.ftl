<#ftl output_format="pxelinux">
  APPEND ${value}
