<#ftl output_format="shell">
<#--
  A live-boot component that hands Lab's config.boot to the VyOS live system.

  VyOS's initrd runs live-boot (https://github.com/vyos/live-boot, branch sagitta), which sources
  every /lib/live/boot/????-* file and, once the root filesystem is mounted, calls the Vyos
  function of 9990-vyos.sh: it bind-mounts a writable copy of /opt/vyatta/etc/config into the new
  root. This file sorts after 9990-vyos.sh, so its Vyos replaces that one: it sources
  9990-vyos.sh again (restoring VyOS's own function), runs it, then copies the files Lab put into
  the same initramfs under /lab-vyos. At boot VyOS then loads /opt/vyatta/etc/config/config.boot
  (vyos-router) and runs scripts/vyos-postconfig-bootup.script after it.
  The cpio archive that carries this file is Lab's extra initrd; nothing here comes from a user.
-->
# Lab: hand config.boot to the VyOS live system -- ${lab.generatedBy?no_esc}

Vyos ()
{
	. /lib/live/boot/9990-vyos.sh
	Vyos
	Lab_vyos_config
}

Lab_vyos_config ()
{
	lab_src=/lab-vyos
	lab_root="$rootmnt"
	[ -n "$lab_root" ] || lab_root=/root
	lab_cfg="$lab_root/opt/vyatta/etc/config"

	log_begin_msg "Lab: installing config.boot"
	if [ ! -d "$lab_cfg" ] || [ ! -f "$lab_src/config.boot" ]
	then
		panic "Lab: no VyOS configuration directory or no config.boot to install"
	fi
	cp "$lab_src/config.boot" "$lab_cfg/config.boot" || panic "Lab: cannot write config.boot"
	chmod 0660 "$lab_cfg/config.boot"
	if [ -f "$lab_src/vyos-postconfig-bootup.script" ]
	then
		mkdir -p "$lab_cfg/scripts"
		cp "$lab_src/vyos-postconfig-bootup.script" "$lab_cfg/scripts/vyos-postconfig-bootup.script" \
			|| panic "Lab: cannot write vyos-postconfig-bootup.script"
		chmod 0755 "$lab_cfg/scripts/vyos-postconfig-bootup.script"
	fi
	log_end_msg
}
