<#ftl output_format="plainText">
<#-- /etc/resolv.conf of the installed system: resolv.conf(5). Written when the network names DNS servers. -->
# ${lab.generatedBy}
<#if searchDomains?has_content>
search<#list searchDomains as d> ${d}</#list>
</#if>
<#list nameservers as ns>
nameserver ${ns}
</#list>
