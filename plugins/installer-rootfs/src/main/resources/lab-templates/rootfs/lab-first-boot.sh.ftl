<#ftl output_format="shell">
<#-- The installed system's first-boot script: posts first-boot to Lab's events URL, runs the enrollment,
     then calls the done URL, which marks the onboarding installed. Runs until done succeeds once. -->
#!/bin/sh
# Lab first boot of ${hostname} -- ${lab.generatedBy?no_esc}
set -u

LAB_EVENTS=${events}
LAB_DONE=${done}

lab_post() {
  curl -fsS -m 30 --retry 10 --retry-delay 5 --retry-connrefused \
    -H 'Content-Type: application/json' --data "$2" "$1" >/dev/null
}

lab_post "$LAB_EVENTS" '{"type":"first-boot","message":"the installed system booted"}' || true
<#if enroll>

if ! /usr/local/sbin/lab-enroll; then
  echo "lab-first-boot: the enrollment failed; it reported why to Lab" >&2
fi
</#if>

if ! lab_post "$LAB_DONE" '{}'; then
  echo "lab-first-boot: Lab did not take the completion call; trying again at the next boot" >&2
  exit 1
fi
mkdir -p /var/lib/lab
touch /var/lib/lab/first-boot.done
