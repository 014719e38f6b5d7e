<#ftl output_format="plainText">
<#-- /etc/hosts of the installed system: hosts(5). Names and addresses are checked before rendering. -->
# ${lab.generatedBy}
127.0.0.1	localhost
${address}	<#if fqdn != hostname>${fqdn}	</#if>${hostname}

::1	localhost ip6-localhost ip6-loopback
ff02::1	ip6-allnodes
ff02::2	ip6-allrouters
