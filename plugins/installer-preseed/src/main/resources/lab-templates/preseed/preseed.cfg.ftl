<#ftl output_format="preseed">
# Debian 12 (bookworm) debian-installer preseed for ${fqdn} -- ${lab.generatedBy}
# Format and questions: https://www.debian.org/releases/bookworm/amd64/apph.en.html
# Example file: https://www.debian.org/releases/bookworm/example-preseed.txt
# Every line is "owner question type value"; a value runs to the end of its line.

### Localization
d-i debian-installer/locale select ${locale}
d-i keyboard-configuration/xkb-keymap select ${keymap}

### Network: netcfg runs before this file is fetched, so these answers are also on the kernel command line
d-i netcfg/enable boolean true
d-i netcfg/choose_interface select ${net.choice}
d-i netcfg/get_hostname string ${net.hostname}
<#if net.domain??>
d-i netcfg/get_domain string ${net.domain}
</#if>
d-i netcfg/hostname string ${net.fqdn}
<#if net.static>
d-i netcfg/disable_autoconfig boolean true
d-i netcfg/get_ipaddress string ${net.address}
d-i netcfg/get_netmask string ${net.netmask}
<#if net.gateway??>
d-i netcfg/get_gateway string ${net.gateway}
</#if>
d-i netcfg/get_nameservers string ${net.nameservers}
d-i netcfg/confirm_static boolean true
</#if>
# late_command writes every interface of the installed system for ifupdown.
d-i netcfg/target_network_config select ifupdown

### Mirror
d-i mirror/country string manual
d-i mirror/protocol select ${mirror.protocol}
d-i mirror/${mirror.protocol}/hostname string ${mirror.hostname}
d-i mirror/${mirror.protocol}/directory string ${mirror.directory}
d-i mirror/${mirror.protocol}/proxy string

### Accounts
<#if rootHash??>
d-i passwd/root-login boolean true
d-i passwd/root-password-crypted password ${rootHash}
<#else>
d-i passwd/root-login boolean false
</#if>
<#if user??>
d-i passwd/make-user boolean true
<#if user.fullName??>
d-i passwd/user-fullname string ${user.fullName}
<#else>
d-i passwd/user-fullname string
</#if>
d-i passwd/username string ${user.name}
d-i passwd/user-password-crypted password ${user.password}
<#else>
d-i passwd/make-user boolean false
</#if>

### Clock and time zone
d-i clock-setup/utc boolean true
d-i time/zone string ${timezone}
d-i clock-setup/ntp boolean true
<#if ntpServer??>
d-i clock-setup/ntp-server string ${ntpServer}
</#if>

### Partitioning
d-i partman/early_command string ${disk.earlyCommand}
<#if disk.device??>
d-i partman-auto/disk string ${disk.device}
</#if>
d-i partman-auto/method string ${disk.method}
d-i partman-lvm/device_remove_lvm boolean true
d-i partman-md/device_remove_md boolean true
d-i partman-lvm/confirm boolean true
d-i partman-lvm/confirm_nooverwrite boolean true
<#if disk.method == "lvm">
d-i partman-auto-lvm/guided_size string max
</#if>
<#if disk.recipe??>
d-i partman-auto/expert_recipe string ${disk.recipe}
<#if disk.noBoot>
d-i partman-auto-lvm/no_boot boolean true
</#if>
<#else>
d-i partman-auto/choose_recipe select atomic
</#if>
d-i partman-basicfilesystems/no_swap boolean false
d-i partman-partitioning/confirm_write_new_label boolean true
d-i partman/choose_partition select finish
d-i partman/confirm boolean true
d-i partman/confirm_nooverwrite boolean true
d-i partman/mount_style select uuid

### Packages
d-i apt-setup/non-free-firmware boolean true
d-i apt-setup/contrib boolean false
d-i apt-setup/non-free boolean false
d-i apt-setup/services-select multiselect security, updates
tasksel tasksel/first multiselect ${tasks}
d-i pkgsel/include string ${packages}
d-i pkgsel/upgrade select safe-upgrade
d-i pkgsel/update-policy select none
popularity-contest popularity-contest/participate boolean false

### Boot loader
d-i grub-installer/only_debian boolean true
d-i grub-installer/with_other_os boolean false
<#if disk.device??>
d-i grub-installer/bootdev string ${disk.device}
</#if>
<#if uefi>
d-i grub-installer/force-efi-extra-removable boolean true
</#if>

### Progress reports to Lab; late_command: network, users, SSH keys, time servers, enrollment
d-i preseed/early_command string ${earlyCommand}
d-i preseed/late_command string ${lateCommand}

### Finish without the final message and reboot into the installed system
d-i finish-install/reboot_in_progress note
