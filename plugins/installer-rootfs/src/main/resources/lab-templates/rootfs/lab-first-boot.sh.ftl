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

# 2xx: done. 404: Lab no longer takes this install's token (a boot whose marker was lost completed
# it, an operator approved the server again, or the token expired): asking again cannot succeed.
# Anything else (no answer, 5xx after the retries): try again at the next boot.
code=$(curl -sS -m 30 --retry 10 --retry-delay 5 --retry-connrefused -o /dev/null -w '%{http_code}' \
  -H 'Content-Type: application/json' --data '{}' "$LAB_DONE") || code=000
case "$code" in
  2??) ;;
  404) echo "lab-first-boot: Lab no longer takes this install's completion call (done before, approved again" \
    "or expired): not calling again" >&2 ;;
  *) echo "lab-first-boot: Lab did not take the completion call (HTTP $code); trying again at the next boot" >&2
    exit 1 ;;
esac
mkdir -p /var/lib/lab
touch /var/lib/lab/first-boot.done
# The marker must survive a power cut right after this boot, or the next boot would report again.
sync
