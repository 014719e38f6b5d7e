<#ftl output_format="ipxe">
<#--
  The iPXE bootstrap DHCP points machines at: it asks Lab what this machine boots.
  iPXE scripting: https://ipxe.org/scripting   settings: https://ipxe.org/cfg

  Model: url (the per-machine URL), separator ("?", or "&" when url has a query).
  This folder interpolates with [=...]: ${...} is iPXE's own expansion.
  mac and uuid are written in their own formats (hex with ':', UUID with '-'), which are URL-safe;
  :uristring formats a setting's raw bytes, so it only suits the text settings.
  "exit" in a chained script returns here, hence "exit 0" after the chain.
-->
#!ipxe
# Lab bootstrap -- [=lab.generatedBy?no_esc]
:lab
chain --autofree [=url][=separator]mac=${mac}&uuid=${uuid}&buildarch=${buildarch}&platform=${platform}&serial=${serial:uristring}&manufacturer=${manufacturer:uristring}&product=${product:uristring} || goto retry
exit 0
:retry
echo Lab did not answer with a boot script, asking again in 10 seconds
sleep 10
goto lab
