<#ftl output_format="ipxe">
echo [=value] ${mac}
