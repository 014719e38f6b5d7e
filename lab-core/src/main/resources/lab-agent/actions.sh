# Lab agent: one function per plan action type. Sourced by agent.sh; $A is the current action's
# index in $PLAN. Every plan value is read with jq and checked before use.
TARGET=/target

# Reads the current action's scalar fields once (jq is slow to start on small machines): one line
# per field, name TAB base64 of the value, so no value is ever parsed by the shell.
load_fields() {
  $JQ -r --argjson i "$A" '.actions[$i] | to_entries[] | select(.value | type != "object" and type != "array")
    | "\(.key)\t\(.value | tostring | @base64)"' "$PLAN" > "$WORK/fields"
}

# Field $1 of the current action ('' when absent).
f() {
  while IFS="$TAB" read -r k v; do
    if [ "$k" = "$1" ]; then printf '%s' "$v" | base64 -d; return 0; fi
  done < "$WORK/fields"
}
TAB=$(printf '\t')

fail() { echo "$*" >&2; return 1; }
matches() { printf '%s' "$1" | grep -Eq "$2"; }
need_device() {
  matches "$1" '^/dev/[A-Za-z0-9_/.-]+$' && ! matches "$1" '\.\.' || fail "not a device path: '$1'"
}
need_path() {
  matches "$1" '^/[A-Za-z0-9_/.@+:-]*$' && ! matches "$1" '(^|/)\.\.(/|$)' || fail "not an absolute path inside the target: '$1'"
}
need_uuid() {
  [ -z "$1" ] || matches "$1" '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$' \
    || fail "not a UUID: '$1'"
}
need_size() {
  [ "$1" = rest ] || matches "$1" '^[0-9]+(B|KiB|MiB|GiB|TiB)$' || fail "not a size: '$1' (e.g. 512MiB or rest)"
}

run_action() {
  case "$1" in
    partition) act_partition ;;
    lvm) act_lvm ;;
    mkfs) act_mkfs ;;
    mount) act_mount ;;
    stream-archive) act_stream_archive ;;
    write-image) act_write_image ;;
    write-file) act_write_file ;;
    chroot) act_chroot ;;
    reboot) act_reboot ;;
    kexec) act_kexec ;;
    *) fail "unknown action type '$1'" ;;
  esac
}

gpt_type() {
  case "$1" in
    bios-boot) echo 21686148-6449-6E6F-744E-656564454649 ;;
    esp) echo C12A7328-F81F-11D2-BA4B-00A0C93EC93B ;;
    linux) echo 0FC63DAF-8483-4772-8E79-3D69D8477DE4 ;;
    lvm) echo E6D6D379-F507-44C2-A23C-238F2A3DF928 ;;
    swap) echo 0657FD6D-A4AB-43C4-84E5-0933C84B4F4F ;;
    *) need_uuid "$1" && [ -n "$1" ] && echo "$1" ;;
  esac
}

act_partition() {
  dev=$(f device)
  need_device "$dev" || return 1
  [ "$(f table)" = gpt ] || fail "partition tables other than gpt are not supported" || return 1
  sep=
  matches "$dev" '[0-9]$' && sep=p
  echo "label: gpt" > "$WORK/sfdisk.in"
  $JQ -c --argjson i "$A" '.actions[$i].partitions[]' "$PLAN" > "$WORK/partitions"
  while read -r p; do
    num=$(printf '%s' "$p" | $JQ -r '.number | tostring')
    size=$(printf '%s' "$p" | $JQ -r '.size // "rest"')
    name=$(printf '%s' "$p" | $JQ -r '.name // ""')
    ptype=$(printf '%s' "$p" | $JQ -r '.type')
    matches "$num" '^[0-9]{1,3}$' || fail "not a partition number: '$num'" || return 1
    matches "$name" '^[A-Za-z0-9_-]{0,36}$' || fail "not a partition name: '$name'" || return 1
    need_size "$size" || return 1
    guid=$(gpt_type "$ptype") || fail "unknown partition type '$ptype'" || return 1
    line="$dev$sep$num : type=$guid, name=\"$name\""
    [ "$size" = rest ] || line="$line, size=$size"
    echo "$line" >> "$WORK/sfdisk.in"
  done < "$WORK/partitions"
  cat "$WORK/sfdisk.in"
  /usr/sbin/wipefs -a "$dev" || return 1
  /usr/sbin/sfdisk --wipe always --wipe-partitions always "$dev" < "$WORK/sfdisk.in" || return 1
  /usr/sbin/blockdev --rereadpt "$dev" 2>/dev/null
  mdev -s
  for num in $($JQ -r --argjson i "$A" '.actions[$i].partitions[].number' "$PLAN"); do
    t=0
    while [ ! -b "$dev$sep$num" ] && [ $t -lt 20 ]; do sleep 0.5; mdev -s; t=$((t + 1)); done
    [ -b "$dev$sep$num" ] || fail "$dev$sep$num did not appear" || return 1
  done
}

# "20GiB" -> "20g" (LVM's units are binary).
lvm_size() { printf '%s' "$1" | sed -e 's/KiB$/k/; s/MiB$/m/; s/GiB$/g/; s/TiB$/t/; s/B$/b/'; }

act_lvm() {
  $JQ -c --argjson i "$A" '.actions[$i].volumeGroups[]' "$PLAN" > "$WORK/vgs"
  while read -r vg; do
    name=$(printf '%s' "$vg" | $JQ -r '.name')
    matches "$name" '^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,63}$' || fail "not a volume group name: '$name'" || return 1
    set --
    for d in $(printf '%s' "$vg" | $JQ -r '.devices[]'); do
      need_device "$d" || return 1
      set -- "$@" "$d"
    done
    /usr/sbin/lvm pvcreate -ff -y "$@" || return 1
    /usr/sbin/lvm vgcreate -y "$name" "$@" || return 1
    printf '%s' "$vg" | $JQ -c '.logicalVolumes[]' > "$WORK/lvs"
    while read -r lv; do
      lvname=$(printf '%s' "$lv" | $JQ -r '.name')
      size=$(printf '%s' "$lv" | $JQ -r '.size // "rest"')
      matches "$lvname" '^[A-Za-z0-9_][A-Za-z0-9_.+-]{0,63}$' || fail "not a volume name: '$lvname'" || return 1
      need_size "$size" || return 1
      if [ "$size" = rest ]; then
        /usr/sbin/lvm lvcreate -y -W y -l 100%FREE -n "$lvname" "$name" || return 1
      else
        /usr/sbin/lvm lvcreate -y -W y -L "$(lvm_size "$size")" -n "$lvname" "$name" || return 1
      fi
    done < "$WORK/lvs"
  done < "$WORK/vgs"
  /usr/sbin/lvm vgchange -ay && /usr/sbin/lvm vgmknodes
}

act_mkfs() {
  dev=$(f device)
  fs=$(f filesystem)
  uuid=$(f uuid)
  label=$(f label)
  need_device "$dev" || return 1
  matches "$label" '^[A-Za-z0-9_.-]{0,16}$' || fail "not a filesystem label: '$label'" || return 1
  set --
  case "$fs" in
    ext4)
      need_uuid "$uuid" || return 1
      [ -n "$uuid" ] && set -- "$@" -U "$uuid"
      [ -n "$label" ] && set -- "$@" -L "$label"
      /usr/sbin/mke2fs -F -q -t ext4 "$@" "$dev" ;;
    xfs)
      need_uuid "$uuid" || return 1
      [ -n "$uuid" ] && set -- "$@" -m "uuid=$uuid"
      [ -n "$label" ] && set -- "$@" -L "$label"
      /usr/sbin/mkfs.xfs -f -q "$@" "$dev" ;;
    vfat)
      if [ -n "$uuid" ]; then
        matches "$uuid" '^[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}$' || fail "not a vfat volume id (ABCD-1234): '$uuid'" || return 1
        set -- "$@" -i "$(printf '%s' "$uuid" | tr -d -)"
      fi
      [ -n "$label" ] && set -- "$@" -n "$label"
      /usr/sbin/mkfs.fat -F 32 "$@" "$dev" ;;
    swap)
      need_uuid "$uuid" || return 1
      [ -n "$uuid" ] && set -- "$@" -U "$uuid"
      [ -n "$label" ] && set -- "$@" -L "$label"
      /usr/sbin/mkswap "$@" "$dev" ;;
    *) fail "unknown filesystem '$fs' (ext4, xfs, vfat or swap)" ;;
  esac
}

act_mount() {
  dev=$(f device)
  path=$(f path)
  fs=$(f filesystem)
  need_device "$dev" && need_path "$path" || return 1
  case "$fs" in ext4|xfs|vfat) ;; *) fail "cannot mount filesystem '$fs'"; return 1 ;; esac
  mkdir -p "$TARGET$path" && mount -t "$fs" "$dev" "$TARGET$path" || return 1
  echo "$TARGET$path" >> "$WORK/mounts"
}

decompressor() {
  case "$1" in
    zstd) echo "/usr/bin/zstd -dc" ;;
    gzip) echo "/usr/bin/gzip -dc" ;;
    xz) echo "/usr/bin/xz -dc" ;;
    none) echo "cat" ;;
    *) return 1 ;;
  esac
}

# Streams URL $1 through the SHA-256 check and decompressor $2 into the command "$@" (after
# shift 2). Leaves the download's byte count in $WORK/bytes and the digest in $WORK/sha.out.
stream() {
  url=$1
  dec=$2
  shift 2
  rm -f "$WORK/data" "$WORK/sha" "$WORK/sha.out" "$WORK/sink.rc"
  mkfifo "$WORK/data" "$WORK/sha"
  /usr/bin/sha256sum < "$WORK/sha" > "$WORK/sha.out" &
  ( set -o pipefail; /usr/bin/tee "$WORK/sha" < "$WORK/data" | $dec | "$@"; echo $? > "$WORK/sink.rc" ) &
  sink=$!
  $CURL -fsS --connect-timeout 10 --retry 5 --retry-connrefused --retry-delay 2 -o "$WORK/data" \
    -w '%{size_download}' "$url" > "$WORK/bytes"
  crc=$?
  wait
  [ $crc = 0 ] || fail "downloading $url failed (curl exit $crc)" || return 1
  [ "$(cat "$WORK/sink.rc" 2>/dev/null)" = 0 ] || fail "unpacking $url failed" || return 1
}

# Records bytes and rate for the action-finished event.
stream_stats() {
  secs=$(elapsed "$1" "$(now)")
  $JQ -cn --argjson b "$(cat "$WORK/bytes")" --argjson s "$secs" \
    '{bytes: $b, bytesPerSecond: (if $s > 0 then ($b / $s | floor) else $b end)}' > "$WORK/extra.json"
}

sha_matches() {
  actual=$(cut -d' ' -f1 "$WORK/sha.out")
  [ "$actual" = "$1" ] || fail "sha256 mismatch: the plan expects $1, the download has ${actual:-nothing}"
}

is_mountpoint() { awk -v m="$1" '$2 == m { found = 1 } END { exit !found }' /proc/mounts; }

act_stream_archive() {
  url=$(f url)
  sum=$(f sha256)
  path=$(f path)
  need_path "$path" || return 1
  matches "$sum" '^[0-9a-f]{64}$' || fail "the plan gives no valid sha256 for $url" || return 1
  dec=$(decompressor "$(f compression)") || fail "unknown compression '$(f compression)'" || return 1
  dest=$TARGET$path
  mkdir -p "$dest"
  begin=$(now)
  stream "$url" "$dec" /usr/bin/tar -x -p --numeric-owner --xattrs --xattrs-include='*' -C "$dest" -f -
  ok=$?
  if [ $ok = 0 ] && sha_matches "$sum"; then
    stream_stats "$begin"
    return 0
  fi
  echo "rolling back: removing what was unpacked into $dest" >&2
  for e in "$dest"/* "$dest"/.[!.]*; do
    [ -e "$e" ] || [ -L "$e" ] || continue
    is_mountpoint "$e" && continue
    [ "${e##*/}" = lost+found ] && continue
    rm -rf "$e"
  done
  sync
  return 1
}

act_write_image() {
  url=$(f url)
  sum=$(f sha256)
  dev=$(f device)
  need_device "$dev" || return 1
  matches "$sum" '^[0-9a-f]{64}$' || fail "the plan gives no valid sha256 for $url" || return 1
  dec=$(decompressor "$(f compression)") || fail "unknown compression '$(f compression)'" || return 1
  begin=$(now)
  stream "$url" "$dec" dd of="$dev" bs=4M conv=fsync
  ok=$?
  if [ $ok = 0 ] && sha_matches "$sum"; then
    stream_stats "$begin"
    return 0
  fi
  echo "rolling back: erasing the signatures on $dev" >&2
  /usr/sbin/wipefs -a "$dev"
  dd if=/dev/zero of="$dev" bs=1M count=4 conv=fsync 2>/dev/null
  return 1
}

act_write_file() {
  path=$(f path)
  mode=$(f mode)
  need_path "$path" || return 1
  [ -z "$mode" ] && mode=0644
  matches "$mode" '^0?[0-7]{3,4}$' || fail "not a file mode: '$mode'" || return 1
  t=$TARGET$path
  mkdir -p "${t%/*}" || return 1
  [ -L "$t" ] && rm -f "$t"
  $JQ -j --argjson i "$A" '.actions[$i].content' "$PLAN" > "$t" || return 1
  chmod "$mode" "$t"
}

bind_target() {
  [ -f "$WORK/bound" ] && return 0
  for d in dev proc sys run; do
    mkdir -p "$TARGET/$d" && mount --bind "/$d" "$TARGET/$d" || return 1
    echo "$TARGET/$d" >> "$WORK/mounts"
  done
  if [ -d /sys/firmware/efi ]; then
    mount -t efivarfs efivarfs "$TARGET/sys/firmware/efi/efivars" && \
      echo "$TARGET/sys/firmware/efi/efivars" >> "$WORK/mounts"
  fi
  touch "$WORK/bound"
}

# The target's own program for command $1, as an absolute path inside the target. Busybox runs its
# applets before anything on the PATH, also for the command chroot starts, so a name without a
# slash (find, ln, ...) would run busybox's applet instead of the target's program.
target_command() {
  case "$1" in
    */*) printf '%s\n' "$1"; return 0 ;;
  esac
  for d in /usr/local/sbin /usr/local/bin /usr/sbin /usr/bin /sbin /bin; do
    if [ -L "$TARGET$d/$1" ] || { [ -f "$TARGET$d/$1" ] && [ -x "$TARGET$d/$1" ]; }; then
      printf '%s\n' "$d/$1"
      return 0
    fi
  done
  fail "the target has no program '$1' in /usr/local/sbin, /usr/local/bin, /usr/sbin, /usr/bin, /sbin or /bin"
}

act_chroot() {
  n=$($JQ --argjson i "$A" '.actions[$i].command | length' "$PLAN")
  [ "$n" -gt 0 ] || fail "the chroot action has no command" || return 1
  bind_target || return 1
  set --
  j=0
  while [ $j -lt "$n" ]; do
    set -- "$@" "$($JQ -r --argjson i "$A" --argjson j "$j" '.actions[$i].command[$j]' "$PLAN")"
    j=$((j + 1))
  done
  program=$(target_command "$1") || return 1
  shift
  chroot "$TARGET" "$program" "$@"
}

unmount_target() {
  [ -f "$WORK/mounts" ] || return 0
  sed '1!G;h;$!d' "$WORK/mounts" | while read -r m; do
    umount "$m" || umount -l "$m"
  done
  rm -f "$WORK/mounts" "$WORK/bound"
  sync
}

act_reboot() {
  unmount_target
  echo "rebooting into the installed system" >&2
  sleep 1
  reboot -f
}

act_kexec() {
  kernel=$(f kernel)
  initrd=$(f initrd)
  cmdline=$(f cmdline)
  need_path "$kernel" || return 1
  set -- -l "$TARGET$kernel" --command-line="$cmdline"
  if [ -n "$initrd" ]; then
    need_path "$initrd" || return 1
    set -- "$@" --initrd="$TARGET$initrd"
  fi
  /usr/sbin/kexec "$@" || return 1
  unmount_target
  /usr/sbin/kexec -e
}
