<#ftl output_format="ipxe">
<#--
  The per-machine iPXE script that boots a multiboot boot spec (such as Xen with its dom0 kernel).
  iPXE commands: https://ipxe.org/cmd/kernel  https://ipxe.org/cmd/module  https://ipxe.org/cmd/chain

  Model: firmware (bios|uefi).
  BIOS: kernel {name, url, args}; modules [{name, url, args}]; args already quoted for iPXE (?no_esc).
  UEFI: grubEfiUrl. iPXE cannot load a multiboot kernel under UEFI, so it chains to a GRUB EFI image,
  which must read Lab's fixed-path GRUB config (grub/chain.cfg.ftl) and so gets the per-machine one.
-->
#!ipxe
# Lab install boot (multiboot, [=firmware]) -- [=lab.generatedBy?no_esc]
imgfree
<#if firmware == "bios">
kernel --name [=kernel.name] [=kernel.url]<#if kernel.args?has_content> [=kernel.args?no_esc]</#if>
<#list modules as module>
module --name [=module.name] [=module.url]<#if module.args?has_content> [=module.args?no_esc]</#if>
</#list>
boot
<#else>
echo iPXE cannot load a multiboot kernel under UEFI: chaining to GRUB
chain [=grubEfiUrl]
</#if>
