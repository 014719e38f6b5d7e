<#ftl output_format="plainText">
<#-- systemd.network(5): one interface of the effective network (DHCP or static addresses, gateway, routes, MTU,
     bond membership, VLANs on it). -->
# ${lab.generatedBy}
[Match]
Name=${name}

<#if mtu??>
[Link]
MTUBytes=${mtu}

</#if>
[Network]
<#if bond??>
Bond=${bond}
<#else>
<#if dhcp4>
DHCP=ipv4
<#else>
LinkLocalAddressing=no
</#if>
<#list addresses as a>
Address=${a}
</#list>
<#if gateway??>
Gateway=${gateway}
</#if>
<#list nameservers as ns>
DNS=${ns}
</#list>
<#if searchDomains?has_content>
Domains=<#list searchDomains as d>${d}<#sep> </#sep></#list>
</#if>
</#if>
<#list vlans as v>
VLAN=${v}
</#list>
<#list routes as r>

[Route]
Destination=${r.to}
Gateway=${r.via}
</#list>
