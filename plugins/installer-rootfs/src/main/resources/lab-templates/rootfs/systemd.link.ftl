<#ftl output_format="plainText">
<#-- systemd.link(5): gives the NIC with this MAC the interface name the profile uses. -->
# ${lab.generatedBy}
[Match]
MACAddress=${mac}

[Link]
Name=${name}
