#!/bin/sh
# Lab agent: fetches the deploy plan (deploy mode) or reports the machine's facts and waits for
# approval (discover mode), then executes the plan action by action, reporting each step to Lab.
# Plan values are data: they reach programs only as single arguments or file contents, never
# through eval or sh -c. On failure the agent reports and returns; init then keeps the machine
# on a console shell (no reboot into a half-written disk).
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
CURL=/usr/bin/curl
JQ=/usr/bin/jq
WORK=/run/lab
PLAN=$WORK/plan.json
EVENTS=
mkdir -p "$WORK"
. /usr/lib/lab-agent/actions.sh
. /usr/lib/lab-agent/discover.sh

say() { echo "lab-agent: $*" >&2; }

# Seconds since boot, two decimals.
now() { read -r up _ < /proc/uptime; echo "$up"; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# The value of kernel argument $1 (name=value); fails when absent.
arg() {
  set -f
  for w in $(cat /proc/cmdline); do
    case "$w" in "$1="*) set +f; echo "${w#*=}"; return 0 ;; esac
  done
  set +f
  return 1
}

# Brings up the NIC whose MAC is lab.mac (else the first with a link) and runs DHCP on it.
net_up() {
  mac=$(arg lab.mac | tr 'A-F' 'a-f')
  IFACE=
  tries=0
  while [ -z "$IFACE" ] && [ $tries -lt 10 ]; do
    for d in /sys/class/net/*; do
      n=${d##*/}
      [ "$n" = lo ] && continue
      if [ -n "$mac" ] && [ "$(cat "$d/address")" = "$mac" ]; then IFACE=$n; break; fi
    done
    [ -n "$mac" ] || break
    [ -n "$IFACE" ] || { tries=$((tries + 1)); sleep 1; }
  done
  if [ -z "$IFACE" ]; then
    [ -n "$mac" ] && say "no NIC has the MAC $mac: using the first NIC with a link"
    for d in /sys/class/net/*; do [ "${d##*/}" = lo ] || ip link set "${d##*/}" up; done
    sleep 3
    for d in /sys/class/net/*; do
      n=${d##*/}
      [ "$n" = lo ] && continue
      [ "$(cat "$d/carrier" 2>/dev/null)" = 1 ] && { IFACE=$n; break; }
    done
  fi
  [ -n "$IFACE" ] || { say "no network interface found"; return 1; }
  ip link set lo up
  ip link set "$IFACE" up
  say "DHCP on $IFACE"
  udhcpc -i "$IFACE" -n -q -t 10 -T 2 -s /usr/share/udhcpc/default.script >&2
}

# Downloads $1 to $2, retrying transient failures (no connection, 5xx) with backoff; 4xx is final.
fetch() {
  delay=1
  tries=0
  while :; do
    code=$($CURL -sS -m 120 --connect-timeout 10 -o "$2" -w '%{http_code}' "$1")
    case "$code" in
      2??) return 0 ;;
      4??) say "$1 answered $code"; return 1 ;;
    esac
    tries=$((tries + 1))
    [ $tries -ge 8 ] && { say "$1: giving up after $tries tries"; return 1; }
    say "fetching $1 failed (${code:-no answer}), retrying in ${delay}s"
    sleep $delay
    delay=$((delay * 2))
    [ $delay -gt 30 ] && delay=30
  done
}

# Posts one event: type, message, data (JSON object), failure (true|false). Retries a few times.
post_event() {
  [ -n "$EVENTS" ] || return 0
  $JQ -cn --arg t "$1" --arg m "$2" --argjson d "$3" --argjson f "${4:-false}" \
    '{type: $t, message: $m, data: $d, failure: $f}' > "$WORK/event.json" || return 1
  tries=0
  while [ $tries -lt 5 ]; do
    if $CURL -fsS -m 15 -o /dev/null -H 'Content-Type: application/json' \
        --data-binary "@$WORK/event.json" "$EVENTS"; then
      return 0
    fi
    tries=$((tries + 1))
    sleep $((tries * 2))
  done
  say "could not report the event $1 to Lab"
  return 1
}

check_plan() {
  $JQ -e '(.version == 1) and (.actions | type == "array") and (.events | type == "string")
    and all(.actions[]; (.id | type == "string" and test("^[a-z0-9-]+$")) and (.type | type == "string"))' \
    "$PLAN" > /dev/null
}

run_plan() {
  n=$($JQ '.actions | length' "$PLAN")
  A=0
  while [ "$A" -lt "$n" ]; do
    load_fields
    id=$(f id)
    type=$(f type)
    if [ "$type" = reboot ] || [ "$type" = kexec ]; then
      post_event deploy-finished "all actions done, $type follows" "$($JQ -cn --arg a "$id" '{action: $a}')"
    fi
    post_event action-started "$id" "$($JQ -cn --arg a "$id" --arg t "$type" '{action: $a, type: $t}')"
    say "action $id ($type)"
    start=$(now)
    rm -f "$WORK/extra.json" "$WORK/rc"
    { run_action "$type"; echo $? > "$WORK/rc"; } 2>&1 | tee "$WORK/output" >&2
    rc=$(cat "$WORK/rc" 2>/dev/null || echo 1)
    secs=$(elapsed "$start" "$(now)")
    [ -f "$WORK/extra.json" ] || echo '{}' > "$WORK/extra.json"
    if [ "$rc" != 0 ]; then
      say "action $id failed (exit $rc) after ${secs}s"
      data=$(tail -n 20 "$WORK/output" | $JQ -Rsc --arg a "$id" --arg t "$type" --argjson c "$rc" \
        --argjson s "$secs" '{action: $a, type: $t, exitCode: $c, seconds: $s, output: .}')
      post_event action-failed "action $id ($type) failed with exit code $rc" "$data" true
      return 1
    fi
    data=$($JQ -c --arg a "$id" --arg t "$type" --argjson s "$secs" '{action: $a, type: $t, seconds: $s} + .' \
      "$WORK/extra.json")
    post_event action-finished "$id" "$data"
    A=$((A + 1))
  done
  say "plan done"
}

main() {
  mode=$(arg lab.mode) || mode=deploy
  net_up || return 1
  case "$mode" in
    deploy) plan_url=$(arg lab.plan) || { say "no lab.plan= on the kernel command line"; return 1; } ;;
    discover) plan_url=$(discover) || return 1 ;;
    *) say "unknown lab.mode '$mode' (deploy or discover)"; return 1 ;;
  esac
  say "fetching the plan"
  fetch "$plan_url" "$PLAN" || return 1
  check_plan || { say "the plan is not a version 1 plan with events and well-formed actions"; return 1; }
  EVENTS=$($JQ -r '.events' "$PLAN")
  post_event agent-started "agent started on $(uname -r)" "$($JQ -cn --arg k "$(uname -r)" --arg i "$IFACE" \
    --arg m "$(uname -m)" --argjson mem "$(awk '/^MemTotal/ { print $2 * 1024 }' /proc/meminfo)" \
    '{kernel: $k, facts: {interface: $i, architecture: $m, memoryBytes: $mem}}')"
  run_plan
}

[ "${LAB_AGENT_NO_MAIN:-}" = 1 ] || main
