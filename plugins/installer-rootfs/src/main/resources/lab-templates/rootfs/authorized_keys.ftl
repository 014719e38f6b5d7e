<#ftl output_format="plainText">
<#-- ~/.ssh/authorized_keys of one user: sshd(8) AUTHORIZED_KEYS FILE FORMAT. Each key is checked to be one key line without options. -->
<#list keys as k>
${k}
</#list>
