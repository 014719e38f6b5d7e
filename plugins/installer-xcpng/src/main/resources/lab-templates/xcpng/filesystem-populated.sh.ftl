<#ftl output_format="shell">
<#--
  XCP-ng 8.3 stage script for <script stage="filesystem-populated"> (host-installer
  doc/answerfile.txt, scripts.py): the installer runs it once the installed system is complete,
  with $1 = the mount point of its root file system, before unmounting it.

  It drops the OpenVox enrollment into /etc/firstboot.d/90-lab-enroll, which at first boot fetches
  Lab's enrollment script (openvox-enroll.sh) and runs it once. XCP-ng 8.3 runs its own first-boot
  steps as systemd services (network-init, storage-init...) and no longer runs /etc/firstboot.d
  scripts itself, so a oneshot unit starts it, after XAPI has brought the management network up.
  Model: events, enrollScript (Lab URLs).
-->
#!/bin/sh
# XCP-ng filesystem-populated stage -- ${lab.generatedBy?no_esc}
# $1 is the mount point of the installed system's root file system.
set -eu

LAB_EVENTS=${events}

lab_report() {
  body="{\"type\":\"$1\",\"message\":\"$2\"}"
  curl -fsS -m 15 -H 'Content-Type: application/json' --data "$body" "$LAB_EVENTS" >/dev/null 2>&1 || true
}

trap 'rc=$?; [ "$rc" -eq 0 ] || lab_report install-progress "could not schedule the OpenVox enrollment (exit code $rc)"' EXIT

if [ "$#" -lt 1 ] || [ ! -d "$1/etc" ]; then
  echo "usage: $0 ROOT (the installed system's root file system)" >&2
  exit 1
fi
target=$1

install -d -m 0755 "$target/etc/firstboot.d" "$target/etc/systemd/system/multi-user.target.wants"
cat > "$target/etc/firstboot.d/90-lab-enroll" <<'LAB_FIRSTBOOT'
#!/bin/sh
# Installs and enrolls the OpenVox agent once, at the first boot -- ${lab.generatedBy?no_esc}
set -eu
PATH=/usr/sbin:/usr/bin:/sbin:/bin
LAB_EVENTS=${events}
LAB_ENROLL_SCRIPT=${enrollScript}
stamp=/var/lib/misc/ran-lab-enroll

[ ! -e "$stamp" ] || exit 0
exec 9>/run/lab-enroll.lock
flock -n 9 || exit 0

lab_report() {
  body="{\"type\":\"$1\",\"message\":\"$2\"}"
  curl -fsS -m 15 -H 'Content-Type: application/json' --data "$body" "$LAB_EVENTS" >/dev/null 2>&1 || true
}

script=$(mktemp /root/lab-enroll.XXXXXX)
trap 'rm -f "$script"' EXIT
attempt=0
until curl -fsSL -m 60 -o "$script" "$LAB_ENROLL_SCRIPT"; do
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 30 ]; then
    lab_report enrollment-failed "first boot: cannot download the enrollment script from Lab"
    exit 1
  fi
  sleep 10
done
lab_report enrollment-progress "first boot: running the OpenVox enrollment"
sh "$script"
install -d -m 0755 /var/lib/misc
touch "$stamp"
LAB_FIRSTBOOT
chmod 0700 "$target/etc/firstboot.d/90-lab-enroll"

cat > "$target/etc/systemd/system/lab-enroll.service" <<'LAB_UNIT'
[Unit]
Description=Install and enroll the OpenVox agent (Lab, first boot)
Wants=network-online.target
After=network-online.target xapi-init-complete.target
ConditionPathExists=!/var/lib/misc/ran-lab-enroll

[Service]
Type=oneshot
ExecStart=/etc/firstboot.d/90-lab-enroll
TimeoutStartSec=0

[Install]
WantedBy=multi-user.target
LAB_UNIT
chmod 0644 "$target/etc/systemd/system/lab-enroll.service"
ln -sf ../lab-enroll.service "$target/etc/systemd/system/multi-user.target.wants/lab-enroll.service"

lab_report install-progress "OpenVox enrollment scheduled for the first boot"
