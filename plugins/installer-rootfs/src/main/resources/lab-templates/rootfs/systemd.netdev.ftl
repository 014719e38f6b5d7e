<#ftl output_format="plainText">
<#-- systemd.netdev(5): a bond or a VLAN of the effective network. -->
# ${lab.generatedBy}
[NetDev]
Name=${name}
Kind=${kind}
<#if mtu??>
MTUBytes=${mtu}
</#if>
<#if kind == "bond">

[Bond]
Mode=${bondMode}
<#else>

[VLAN]
Id=${vlanId}
</#if>
