<#ftl output_format="ipxe">
<#--
  The per-machine iPXE script that boots a Linux boot spec.
  iPXE commands: https://ipxe.org/cmd/kernel  https://ipxe.org/cmd/initrd

  Model: firmware (bios|uefi); kernel {name, url}; initrds [{name, url}]; args: the kernel command
  line, already quoted for iPXE by Lab (under UEFI it names each initrd with initrd=<name>), so it is
  written with ?no_esc.
  imgfree drops images left by an earlier failed attempt: iPXE hands every loaded image to Linux as
  an initrd. The running scripts are not registered while they run, so they stay.
-->
#!ipxe
# Lab install boot (Linux, [=firmware]) -- [=lab.generatedBy?no_esc]
imgfree
kernel --name [=kernel.name] [=kernel.url]<#if args?has_content> [=args?no_esc]</#if>
<#list initrds as initrd>
initrd --name [=initrd.name] [=initrd.url]
</#list>
boot
