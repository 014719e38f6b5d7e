# Lab agent, discover mode: reports the machine's facts to lab.discover, then polls until the
# machine is approved and prints the plan URL Lab answers with. Sourced by agent.sh.
# Where facts() reads the kernel's view of the machine (a test points these at a fake tree).
SYSFS=${SYSFS:-/sys}
PROCFS=${PROCFS:-/proc}

# A sysfs text value on one line: control characters become spaces, outer spaces go; empty when
# the file is missing. (No tr -c with a character class: busybox's complements it to everything.)
sysval() { cat "$1" 2>/dev/null | tr '\000-\037\177' ' ' | sed 's/^ *//; s/ *$//'; }

# The facts as JSON on stdout. A value the machine does not have (a virtio disk's model, a board
# without DMI) is null, never an empty string.
facts() {
  firmware=bios
  [ -d "$SYSFS/firmware/efi" ] && firmware=uefi
  model=$(grep -m1 -E '^(model name|Hardware|CPU part)' "$PROCFS/cpuinfo" | sed 's/^[^:]*: *//' \
    | tr '\000-\037\177' ' ' | sed 's/^ *//; s/ *$//')
  threads=$(grep -c '^processor' "$PROCFS/cpuinfo")
  [ "$threads" -gt 0 ] || threads=1
  sockets=$(grep '^physical id' "$PROCFS/cpuinfo" | sort -u | wc -l)
  [ "$sockets" -gt 0 ] || sockets=1
  cores=$(grep -m1 '^cpu cores' "$PROCFS/cpuinfo" | sed 's/^[^:]*: *//')
  matches "$cores" '^[0-9]+$' || cores=$threads
  mem=$(awk '/^MemTotal/ { print $2 * 1024 }' "$PROCFS/meminfo")
  : > "$WORK/disks.json"
  for d in "$SYSFS"/block/*; do
    [ -e "$d" ] || continue
    name=${d##*/}
    case "$name" in loop*|ram*|dm-*|sr*|zram*|md*) continue ;; esac
    type=ssd
    [ "$(cat "$d/queue/rotational" 2>/dev/null)" = 1 ] && type=hdd
    case "$name" in nvme*) type=nvme ;; vd*) type=virtio ;; esac
    $JQ -cn --arg n "$name" --argjson s "$(( $(cat "$d/size") * 512 ))" --arg t "$type" \
      --arg m "$(sysval "$d/device/model")" --arg sn "$(sysval "$d/device/serial")$(sysval "$d/serial")" \
      'def opt: if . == "" then null else . end;
       {name: $n, path: ("/dev/" + $n), sizeBytes: $s, type: $t, model: ($m | opt), serial: ($sn | opt)}' \
      >> "$WORK/disks.json"
  done
  : > "$WORK/nics.json"
  for d in "$SYSFS"/class/net/*; do
    name=${d##*/}
    [ "$name" = lo ] && continue
    [ -e "$d/device" ] || continue
    driver=$(basename "$(readlink "$d/device/driver")" 2>/dev/null)
    speed=$(cat "$d/speed" 2>/dev/null)
    matches "$speed" '^[0-9]+$' || speed=null
    link=false
    [ "$(cat "$d/carrier" 2>/dev/null)" = 1 ] && link=true
    $JQ -cn --arg n "$name" --arg m "$(cat "$d/address")" --arg dr "$driver" --argjson sp "$speed" \
      --argjson l "$link" 'def opt: if . == "" then null else . end;
       {name: $n, mac: $m, driver: ($dr | opt), speedMbps: $sp, link: $l}' >> "$WORK/nics.json"
  done
  dmi=$SYSFS/class/dmi/id
  $JQ -n --arg mac "$(arg lab.mac | tr 'A-F' 'a-f')" --arg a "$(uname -m)" --arg fw "$firmware" --arg cm "$model" \
    --argjson so "$sockets" --argjson co "$cores" --argjson th "$threads" --argjson mem "$mem" \
    --slurpfile disks "$WORK/disks.json" --slurpfile nics "$WORK/nics.json" \
    --arg v "$(sysval "$dmi/sys_vendor")" --arg p "$(sysval "$dmi/product_name")" \
    --arg s "$(sysval "$dmi/product_serial")" --arg u "$(sysval "$dmi/product_uuid")" \
    'def opt: if . == "" then null else . end;
     {mac: (if $mac == "" then $nics[0].mac else $mac end), architecture: $a, firmware: $fw,
      cpu: {model: ($cm | opt), sockets: $so, cores: $co, threads: $th}, memoryBytes: $mem,
      disks: $disks, nics: $nics,
      dmi: {vendor: ($v | opt), product: ($p | opt), serial: ($s | opt), uuid: ($u | opt)}}'
}

# Prints the plan URL once approved.
discover() {
  url=$(arg lab.discover) || { say "no lab.discover= on the kernel command line"; return 1; }
  interval=$(arg lab.poll) || interval=10
  matches "$interval" '^[0-9]{1,4}$' || interval=10
  facts > "$WORK/facts.json" || { say "could not collect the machine's facts"; return 1; }
  delay=1
  while :; do
    code=$($CURL -sS -m 30 -o "$WORK/discovered.json" -w '%{http_code}' -H 'Content-Type: application/json' \
      --data-binary "@$WORK/facts.json" "$url")
    case "$code" in
      2??) break ;;
      4??) say "Lab refused the facts ($code): $(head -c 500 "$WORK/discovered.json")"; return 1 ;;
    esac
    say "reporting the facts failed (${code:-no answer}), retrying in ${delay}s"
    sleep $delay
    [ $delay -lt 30 ] && delay=$((delay * 2))
  done
  poll=$($JQ -r '.poll // empty' "$WORK/discovered.json")
  say "discovered as '$($JQ -r '.name // ""' "$WORK/discovered.json")'; waiting for approval"
  [ -n "$poll" ] || { say "Lab's answer has no poll URL"; return 1; }
  while :; do
    code=$($CURL -sS -m 30 -o "$WORK/poll.json" -w '%{http_code}' "$poll")
    if [ "$code" = 200 ] && [ "$($JQ -r '.state // empty' "$WORK/poll.json")" = approved ]; then
      $JQ -r '.plan' "$WORK/poll.json"
      return 0
    fi
    case "$code" in 4??) say "polling answered $code"; return 1 ;; esac
    sleep "$interval"
  done
}
