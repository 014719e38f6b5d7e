<#ftl output_format="plainText">
<#-- /etc/fstab of the installed system by filesystem UUID: fstab(5). Lab chose the UUIDs; the plan's mkfs actions use them. -->
# ${lab.generatedBy}
# <file system>	<mount point>	<type>	<options>	<dump>	<pass>
<#list filesystems as f>
UUID=${f.id}	${f.mountPoint}	${f.fstype}	${f.options}	0	${f.pass}
</#list>
