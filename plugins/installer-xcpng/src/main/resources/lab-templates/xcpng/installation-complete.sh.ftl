<#ftl output_format="shell">
<#--
  XCP-ng 8.3 stage script for <script stage="installation-complete"> (host-installer
  doc/answerfile.txt, scripts.py): the installer runs it after everything else, with $1 = 0 when the
  installation succeeded and 1 when it failed, then reboots. Lab switches the machine to local boot
  when it receives the done call, so that call is made on success only, and retried.
  Model: events, done (Lab URLs).
-->
#!/bin/sh
# XCP-ng installation-complete stage -- ${lab.generatedBy?no_esc}
# $1 is 0 when the installation succeeded, 1 when it failed.
LAB_EVENTS=${events}
LAB_DONE=${done}

lab_post() {
  attempt=0
  while [ "$attempt" -lt 10 ]; do
    if curl -fsS -m 15 -H 'Content-Type: application/json' --data "$2" "$1" >/dev/null 2>&1; then
      return 0
    fi
    attempt=$((attempt + 1))
    sleep 3
  done
  echo "cannot reach Lab at $1" >&2
  return 1
}

if [ "$#" -ge 1 ] && [ "$1" = 0 ]; then
  lab_post "$LAB_DONE" '{"type":"install-done","message":"XCP-ng is installed; the host boots from its disk"}'
else
  lab_post "$LAB_EVENTS" '{"type":"install-failed","message":"the XCP-ng installer failed; see /tmp/install-log in the installer"}'
fi
