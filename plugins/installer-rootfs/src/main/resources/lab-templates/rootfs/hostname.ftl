<#ftl output_format="plainText">
<#-- /etc/hostname of the installed system: hostname(5). The host name is checked to be one RFC 1123 label. -->
${hostname}
