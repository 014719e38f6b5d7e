<#ftl output_format="pxelinux">
<#--
  The per-MAC pxelinux config (pxelinux.cfg/01-<mac>) that boots a multiboot boot spec (such as Xen
  with its dom0 kernel) with mboot.c32, which must sit beside lpxelinux.0.
  syslinux config: https://wiki.syslinux.org/wiki/index.php?title=Config
  mboot.c32:       https://wiki.syslinux.org/wiki/index.php?title=Mboot.c32

  Model: firmware (bios); append: "kernel-url args --- module-url args --- ...", already written
  by Lab (with ?no_esc).
-->
# Lab install boot (multiboot, ${firmware}) -- ${lab.generatedBy?no_esc}
DEFAULT lab
PROMPT 0
LABEL lab
  COM32 mboot.c32
  APPEND ${append?no_esc}
