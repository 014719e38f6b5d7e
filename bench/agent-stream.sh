#!/usr/bin/env bash
# Streaming rate of the agent's stream-archive (curl -> sha256 check while streaming -> zstd -> tar)
# against a plain `curl | zstd -d | tar -x` of the same archive, in the same QEMU VM (TCG), three
# rounds each, alternating. Usage:
#   bench/agent-stream.sh AGENT_DIR [ARCHIVE.tar.zst]
# AGENT_DIR holds vmlinuz and initrd.img (`lab agent build --out AGENT_DIR`). Without ARCHIVE, one
# is made from the host directory BENCH_TREE (default /usr/lib/jvm). The serial log is kept in
# BENCH_LOG (default ./agent-stream-serial.log).
set -euo pipefail
agent=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'kill "${server:-}" 2>/dev/null; rm -rf "$work"' EXIT
if [ -n "${2:-}" ]; then
  cp "$2" "$work/rootfs.tar.zst"
else
  tree=${BENCH_TREE:-/usr/lib/jvm}
  tar -C "$(dirname "$tree")" -cf - "$(basename "$tree")" | zstd -q -3 -T0 -o "$work/rootfs.tar.zst"
fi
sum=$(sha256sum "$work/rootfs.tar.zst" | cut -d' ' -f1)
size=$(stat -c %s "$work/rootfs.tar.zst")
mkdir -p "$work/ov/etc"
cat > "$work/ov/init" <<INIT
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/usr/sbin:/usr/bin:/sbin:/bin
mount -t proc proc /proc; mount -t sysfs sysfs /sys; mount -t devtmpfs devtmpfs /dev; mount -t tmpfs tmpfs /run
kver=\$(uname -r)
while read -r m; do insmod "/lib/modules/\$kver/\$m" 2>/dev/null; done < "/lib/modules/\$kver/lab-load-order"
LAB_AGENT_NO_MAIN=1 . /usr/lib/lab-agent/agent.sh
net_up
/usr/sbin/mke2fs -F -q -t ext4 /dev/vda && mount -t ext4 /dev/vda /target
url=http://10.0.2.100/rootfs.tar.zst
for round in 1 2 3; do
  mkdir -p /target/a /target/b
  t0=\$(now)
  stream "\$url" "/usr/bin/zstd -dc" /usr/bin/tar -x -p --numeric-owner -C /target/a -f - && sha_matches $sum
  t1=\$(now)
  rm -rf /target/a; sync; echo 3 > /proc/sys/vm/drop_caches
  t2=\$(now)
  /usr/bin/curl -fsS "\$url" | /usr/bin/zstd -dc | /usr/bin/tar -x -p --numeric-owner -C /target/b -f -
  t3=\$(now)
  rm -rf /target/b; sync; echo 3 > /proc/sys/vm/drop_caches
  echo "BENCH round \$round agent \$(elapsed \$t0 \$t1) s plain \$(elapsed \$t2 \$t3) s bytes $size"
done
poweroff -f
INIT
chmod 755 "$work/ov/init"
(cd "$work/ov" && find . | cpio -o -H newc -R 0:0 2>/dev/null | gzip) > "$work/ov.cpio.gz"
cat "$agent/initrd.img" "$work/ov.cpio.gz" > "$work/initrd.img"
qemu-img create -q -f qcow2 "$work/disk.qcow2" 8G
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
(cd "$work" && exec python3 -m http.server --bind 127.0.0.1 "$port" >/dev/null 2>&1) &
server=$!
sleep 1
timeout 1800 qemu-system-x86_64 -accel tcg,thread=multi -cpu max -smp 2 -m 1024 -nographic -no-reboot \
  -kernel "$agent/vmlinuz" -initrd "$work/initrd.img" -append "console=ttyS0,115200 quiet" \
  -drive "file=$work/disk.qcow2,if=virtio,format=qcow2" \
  -netdev "user,id=n0,restrict=on,guestfwd=tcp:10.0.2.100:80-cmd:nc 127.0.0.1 $port" \
  -device virtio-net-pci,netdev=n0 | tr -d '\r' | tee "${BENCH_LOG:-agent-stream-serial.log}" | grep -a '^BENCH' | awk '
  { a += $5; p += $8; b = $11; print }
  END { if (NR) printf "mean over %d rounds: agent %.1f s (%.1f MB/s), plain %.1f s (%.1f MB/s), agent/plain rate %.0f %%\n",
        NR, a/NR, b/(a/NR)/1e6, p/NR, b/(p/NR)/1e6, 100*p/a }'
