<#ftl output_format="grub">
<#--
  The per-machine GRUB config that boots a Linux boot spec.
  GRUB manual: https://www.gnu.org/software/grub/manual/grub/html_node/linux.html
               https://www.gnu.org/software/grub/manual/grub/html_node/initrd.html

  Model: firmware (bios|uefi); kernel (a GRUB network path); initrds (GRUB network paths); args: the
  kernel command line as GRUB words, already quoted by Lab (written with ?no_esc). GRUB wraps an
  argument that contains a space in double quotes itself when it hands the line to the kernel.
-->
# Lab install boot (Linux, [=firmware]) -- [=lab.generatedBy?no_esc]
insmod http
set default=0
set timeout=0
menuentry 'Lab install' {
  linux [=kernel]<#if args?has_content> [=args?no_esc]</#if>
<#if initrds?has_content>
  initrd<#list initrds as initrd> [=initrd]</#list>
</#if>
}
