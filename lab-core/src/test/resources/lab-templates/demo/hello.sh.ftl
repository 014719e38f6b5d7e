<#ftl output_format="shell">
#!/bin/sh
# ${lab.generatedBy}
echo ${server.name} ${server.arch}
<#list server.nics as nic>
ip link show ${nic.name} # ${nic.mac}
</#list>
