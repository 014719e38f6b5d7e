<#ftl output_format="grub">
echo [=value] ${net_default_mac}
