<#ftl output_format="pxelinux">
<#--
  The per-MAC pxelinux config (pxelinux.cfg/01-<mac>) that leaves the network boot to the local disk.
  syslinux config: https://wiki.syslinux.org/wiki/index.php?title=Config

  Model: firmware (bios).
-->
# Lab local boot (${firmware}) -- ${lab.generatedBy?no_esc}
DEFAULT local
PROMPT 0
LABEL local
  LOCALBOOT 0
