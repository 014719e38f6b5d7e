<#ftl output_format="grub">
<#--
  The per-machine GRUB config that boots a multiboot boot spec (such as Xen with its dom0 kernel).
  GRUB manual: https://www.gnu.org/software/grub/manual/grub/html_node/multiboot2.html
               https://www.gnu.org/software/grub/manual/grub/html_node/module2.html

  Model: firmware (bios|uefi); kernel (a GRUB network path); args; modules [{path, args}]. The
  command lines are GRUB words already quoted by Lab (written with ?no_esc); GRUB passes no file
  name in front of them.
-->
# Lab install boot (multiboot, [=firmware]) -- [=lab.generatedBy?no_esc]
insmod http
insmod multiboot2
set default=0
set timeout=0
menuentry 'Lab install' {
  multiboot2 [=kernel]<#if args?has_content> [=args?no_esc]</#if>
<#list modules as module>
  module2 [=module.path]<#if module.args?has_content> [=module.args?no_esc]</#if>
</#list>
}
