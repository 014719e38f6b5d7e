<#ftl output_format="ipxe">
<#--
  The per-machine iPXE script that leaves the network boot to the local disk.
  iPXE commands: https://ipxe.org/cmd/sanboot  https://ipxe.org/cmd/exit

  Model: firmware (bios|uefi).
  BIOS: boot the first hard disk (0x80) without describing it to the OS as a SAN disk.
  UEFI: return to the bootstrap, whose "exit 0" hands control back to the firmware, which tries its
  next boot entry.
-->
#!ipxe
# Lab local boot ([=firmware]) -- [=lab.generatedBy?no_esc]
<#if firmware == "bios">
sanboot --no-describe --drive 0x80
<#else>
exit
</#if>
