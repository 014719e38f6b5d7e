<#ftl output_format="grub">
<#--
  The per-machine GRUB config that leaves the network boot to the local disk.
  GRUB manual: https://www.gnu.org/software/grub/manual/grub/html_node/chainloader.html
               https://www.gnu.org/software/grub/manual/grub/html_node/exit.html

  Model: firmware (bios|uefi).
  BIOS: chainload the boot sector of the first disk. UEFI: return to the firmware, which tries its
  next boot entry.
-->
# Lab local boot ([=firmware]) -- [=lab.generatedBy?no_esc]
<#if firmware == "bios">
insmod chain
set root=(hd0)
chainloader +1
boot
<#else>
exit
</#if>
