<#ftl output_format="pxelinux">
<#--
  The per-MAC pxelinux config (pxelinux.cfg/01-<mac>) that boots a Linux boot spec, for legacy BIOS
  with lpxelinux.0, which fetches http:// URLs.
  syslinux config: https://wiki.syslinux.org/wiki/index.php?title=Config

  Model: firmware (bios); kernel (URL); append: initrd=<urls> and the kernel command line, already
  written by Lab (with ?no_esc): pxelinux hands the APPEND line to the kernel as it is.
-->
# Lab install boot (Linux, ${firmware}) -- ${lab.generatedBy?no_esc}
DEFAULT lab
PROMPT 0
LABEL lab
  LINUX ${kernel}
<#if append?has_content>
  APPEND ${append?no_esc}
</#if>
