<#ftl output_format="grub">
<#--
  The GRUB config Lab serves at a fixed path: a GRUB image (or an installer ISO's GRUB) reads one
  fixed path, and this config loads the machine's own config from Lab, keyed on its MAC.
  GRUB manual: https://www.gnu.org/software/grub/manual/grub/html_node/Network.html
               https://www.gnu.org/software/grub/manual/grub/html_node/configfile.html

  Model: prefix: the per-machine URL as a GRUB network path, ending in "?" or "&".
  This folder interpolates with [=...]: ${...} is GRUB's own expansion. Values are quoted as one
  GRUB word each.
-->
# Lab chain to the per-machine GRUB config -- [=lab.generatedBy?no_esc]
insmod http
if [ -z "${net_default_mac}" ]; then
  net_bootp
fi
set lab_chain=[=prefix]
configfile "${lab_chain}mac=${net_default_mac}&platform=${grub_platform}&arch=${grub_cpu}"
