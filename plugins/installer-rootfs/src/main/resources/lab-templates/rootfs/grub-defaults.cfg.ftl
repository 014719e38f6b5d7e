<#ftl output_format="shell">
<#-- /etc/default/grub.d/50-lab.cfg, sourced by grub-mkconfig: the kernel command line and console of the installed system.
     Every value is quoted for the shell by the template engine. -->
# ${lab.generatedBy?no_esc}
GRUB_CMDLINE_LINUX=${cmdline}
GRUB_TIMEOUT=${timeout}
<#if serialUnit??>
GRUB_TERMINAL='console serial'
GRUB_SERIAL_COMMAND=${serialCommand}
</#if>
