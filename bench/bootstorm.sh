#!/usr/bin/env bash
# Boot-storm and artifact benchmark of `lab serve` (not a test), against nginx serving the same
# bytes as static files in the same session. Loopback only.
#
#   ./mvnw -q -DskipTests package && bench/bootstorm.sh [MACHINES] [LEVELS] [ARTIFACT_MIB]
#
# MACHINES (default 1000) generated servers with distinct MACs are approved through the operator
# API; each simulated machine then does bootstrap -> per-machine iPXE script -> preseed.cfg (URL
# learnt from the script) -> 5 progress events, at each number of machines in flight of LEVELS
# (default 8,32,128,256). The answers Lab gave are saved and served by nginx for the reference
# run (POSTs answered by `return 204`). Then 20 parallel curl clients download an ARTIFACT_MIB
# (default 1024) MiB random file from Lab's /artifacts/ and from nginx, ARTIFACT_ROUNDS (3)
# alternating rounds each. Before the measured levels, both servers get WARMUP (default 3)
# unmeasured passes over all levels.
#
# Needs nginx (apt-get install nginx-light), curl and a JDK. Ports: LAB_PORT (18080),
# NGINX_PORT (18081), same number of digits. LAB_SERVE_JAVA_OPTS: JVM options for `lab serve` only
# (e.g. a profiler agent). SERVER_CPUS and GENERATOR_CPUS (taskset lists, e.g. 1 and 0): pin
# both servers to the first and the load generator to the second, so that the generator does not
# take CPU from the server it measures (unset: everything shares all cores). Prints Markdown tables
# for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
machines=${1:-1000}
levels=${2:-8,32,128,256}
artifact_mib=${3:-1024}
lab_port=${LAB_PORT:-18080}
nginx_port=${NGINX_PORT:-18081}
clients=20
artifact_rounds=${ARTIFACT_ROUNDS:-3}
warmup=${WARMUP:-3}
lab=$PWD/lab-cli/target/lab/bin/lab
[ -x "$lab" ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
command -v nginx >/dev/null || { echo "needs nginx: apt-get install nginx-light" >&2; exit 2; }
command -v curl >/dev/null || { echo "needs curl" >&2; exit 2; }
[ ${#lab_port} = ${#nginx_port} ] || { echo "LAB_PORT and NGINX_PORT need as many digits" >&2; exit 2; }
(( machines >= 1 && machines <= 65536 )) || { echo "MACHINES: 1 to 65536" >&2; exit 2; }
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
server_cpus=${SERVER_CPUS:-}
generator_cpus=${GENERATOR_CPUS:-}
[ -z "$server_cpus$generator_cpus" ] || [ -n "$server_cpus" -a -n "$generator_cpus" ] \
  || { echo "set both SERVER_CPUS and GENERATOR_CPUS, or neither" >&2; exit 2; }
# Command prefixes, not functions: a backgrounded server must be the process whose pid $! gives.
on_server_cpus=(); on_generator_cpus=()
[ -z "$server_cpus" ] || { on_server_cpus=(taskset -c "$server_cpus"); on_generator_cpus=(taskset -c "$generator_cpus"); }
src=$PWD/bench/bootstorm

work=$(mktemp -d)
chmod 755 "$work" # nginx workers run as an unprivileged user
lab_pid=
nginx_conf=
cleanup() {
  [ -n "$lab_pid" ] && kill "$lab_pid" 2>/dev/null && wait "$lab_pid" 2>/dev/null || true
  [ -n "$nginx_conf" ] && [ -f "$work/nginx/nginx.pid" ] && nginx -c "$nginx_conf" -p "$work/nginx/" -s stop 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
log() { echo "# $*" >&2; }
rss_line() { # PID: resident set, split into heap/anonymous and mapped file pages (the page cache)
  awk '/VmRSS/ {r=$2} /VmHWM/ {h=$2} /RssAnon/ {a=$2} /RssFile/ {f=$2}
    END {printf "RSS %.0f MiB (anonymous %.0f MiB, mapped files %.0f MiB), peak %.0f MiB", r/1024, a/1024, f/1024, h/1024}' "/proc/$1/status"
}

facts() {
  echo "- cores: $(nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "- memory: $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
  echo "- JDK: $("${java_bin}java" -version 2>&1 | sed -n 2p)"
  echo "- nginx: $(nginx -v 2>&1 | sed 's/.*: //'), curl $(curl --version | head -n1 | cut -d' ' -f2)"
  echo "- load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ -n "$server_cpus" ]; then
    echo "- pinned: servers on CPU $server_cpus, load generator on CPU $generator_cpus (taskset)"
  else
    echo "- not pinned: servers and load generator share all $(nproc) cores"
  fi
}
echo "## Machine"; facts; echo

# --- The lab directory: the example lab's Debian preseed profile, without its static addresses
log "generating $machines servers"
"$lab" init --url "http://127.0.0.1:$lab_port/" "$work/lab" >/dev/null
rm -f "$work/lab/servers/"*.yaml
rm -f "$work/lab/rules.yaml" # the example rules name facts of the example servers removed above
sed -e '/^network:/,/^labels:/{/^labels:/!d}' -e 's/^# The addresses make this.*$/# Addresses from DHCP: one profile for many machines./' \
  "$work/lab/profiles/debian-db.yaml" > "$work/lab/profiles/bench-debian.yaml"
: > "$work/servers.txt"; : > "$work/macs.txt"
for ((i = 0; i < machines; i++)); do
  name=$(printf 'bench%05d' "$i")
  mac=$(printf '52:54:01:00:%02x:%02x' $((i / 256)) $((i % 256)))
  cat > "$work/lab/servers/$name.yaml" <<EOF
apiVersion: lab.dev/v1
kind: Server
domain: bench.lab.example
arch: x86_64
firmware: uefi
profile: bench-debian
nics:
  - name: eth0
    mac: $mac
EOF
  echo "$name" >> "$work/servers.txt"; echo "$mac" >> "$work/macs.txt"
done
mkdir -p "$work/lab/artifacts/bench"
head -c "$((artifact_mib * 1048576))" /dev/urandom > "$work/lab/artifacts/bench/blob.bin"

# --- The load generator
mkdir -p "$work/gen"
"${java_bin}javac" -d "$work/gen" "$src/BootStorm.java"
gen() { "${on_generator_cpus[@]}" "${java_bin}java" -cp "$work/gen" BootStorm "$@"; }

# --- `lab onboard` (one JVM per approval, writing the store directly) on the first 10 servers,
# before the server holds the store; the operator API then approves (again) all of them.
cli_runs=$(( machines < 10 ? machines : 10 ))
start=$(date +%s.%N)
head -n "$cli_runs" "$work/servers.txt" | while read -r name; do
  XDG_CACHE_HOME=$work/cache "$lab" onboard "$name" --lab "$work/lab" >/dev/null
done
end=$(date +%s.%N)
cli_line=$(awk -v s="$start" -v e="$end" -v n="$cli_runs" -v m="$machines" \
  'BEGIN {printf "`lab onboard` in a loop: %d approvals in %.1f s (%.0f ms each; %d would take about %.0f s)", n, e - s, 1000 * (e - s) / n, m, m * (e - s) / n}')

# --- Lab
export LAB_OPERATOR_TOKEN
LAB_OPERATOR_TOKEN=bench-$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
LAB_JAVA_OPTS=${LAB_SERVE_JAVA_OPTS:-${LAB_JAVA_OPTS:-}} "${on_server_cpus[@]}" "$lab" serve --lab "$work/lab" --listen "127.0.0.1:$lab_port" > "$work/lab-serve.log" 2>&1 &
lab_pid=$!
for ((i = 0; i < 120; i++)); do
  curl -fs "http://127.0.0.1:$lab_port/healthz" >/dev/null && break
  kill -0 "$lab_pid" 2>/dev/null || { cat "$work/lab-serve.log" >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$lab_port/healthz" >/dev/null || { echo "lab serve did not start" >&2; exit 1; }
# The launcher execs the JVM: $lab_pid is the server process.
log "lab serve pid $lab_pid"

echo "## Approvals (POST /api/v1/onboardings, validate + render + store)"
echo
echo "| approvals | in flight | seconds | approvals/s | p50 (ms) | p99 (ms) | errors |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
gen approve "http://127.0.0.1:$lab_port" "$LAB_OPERATOR_TOKEN" "$work/servers.txt" 1
gen approve "http://127.0.0.1:$lab_port" "$LAB_OPERATOR_TOKEN" "$work/servers.txt" 4
echo
echo "$cli_line"
echo
echo "Server memory after the approvals: $(rss_line "$lab_pid")"
echo

echo "## Boot storm: Lab"
echo
log "Lab: recording pass"
gen storm "http://127.0.0.1:$lab_port" "$work/macs.txt" 8 --record "$work/static" --deadline 600 >/dev/null
# A server runs for days: measure it warmed up, as the JIT compiler leaves it after some thousand
# requests, not while it is still compiling the request path (WARMUP passes over every level).
for ((pass = 1; pass <= warmup; pass++)); do
  log "Lab: warm-up pass $pass of $warmup"
  gen storm "http://127.0.0.1:$lab_port" "$work/macs.txt" "$levels" --deadline 900 >/dev/null
done
log "Lab: measured levels $levels"
gen storm "http://127.0.0.1:$lab_port" "$work/macs.txt" "$levels" --rss "$lab_pid" --deadline 900 \
  | tee "$work/lab-storm.md"
echo
echo "Server memory after the storm: $(rss_line "$lab_pid")"
echo

# --- nginx over the same bytes (Lab's URLs re-pointed to nginx's port: same length)
grep -rl "127.0.0.1:$lab_port" "$work/static" | xargs -r sed -i "s#127\.0\.0\.1:$lab_port#127.0.0.1:$nginx_port#g"
mkdir -p "$work/nginx/tmp"
nginx_conf=$work/nginx/nginx.conf
cat > "$nginx_conf" <<EOF
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 4096; }
http {
  access_log $work/nginx/access.log;
  client_body_temp_path $work/nginx/tmp;
  default_type text/plain;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/static;
    location = /ipxe { try_files /ipxe/\$arg_mac.ipxe =404; }
    location ~ ^/t/[^/]+/events\$ { return 204; }
    location /artifacts/ { alias $work/lab/artifacts/; }
  }
}
EOF
"${on_server_cpus[@]}" nginx -c "$nginx_conf" -p "$work/nginx/"
sleep 0.5
nginx_master=$(cat "$work/nginx/nginx.pid")
nginx_pids=$(echo "$nginx_master" $(pgrep -P "$nginx_master") | tr ' ' ',')
log "nginx pids $nginx_pids"

echo "## Boot storm: nginx (static files, the same bytes)"
echo
gen storm "http://127.0.0.1:$nginx_port" "$work/macs.txt" 8 --deadline 600 >/dev/null
for ((pass = 1; pass <= warmup; pass++)); do
  gen storm "http://127.0.0.1:$nginx_port" "$work/macs.txt" "$levels" --deadline 900 >/dev/null
done
gen storm "http://127.0.0.1:$nginx_port" "$work/macs.txt" "$levels" --rss "$nginx_pids" --deadline 900 \
  | tee "$work/nginx-storm.md"
echo

echo "## Boot storm: Lab / nginx"
echo
echo "| in flight | Lab requests/s | nginx requests/s | Lab / nginx |"
echo "|---:|---:|---:|---:|"
paste -d'\t' <(awk -F'|' 'NR > 2 {print $2 "\t" $6}' "$work/lab-storm.md") \
  <(awk -F'|' 'NR > 2 {print $6}' "$work/nginx-storm.md") \
  | awk -F'\t' '{gsub(/ /, ""); printf "| %s | %s | %s | %.0f %% |\n", $1, $2, $3, 100 * $2 / $3}'
echo

# --- Artifacts: CLIENTS parallel downloads of the same file
download() { # URL LABEL
  local url=$1 out=$work/dl-$2 start end
  mkdir -p "$out"
  start=$(date +%s.%N)
  for ((c = 0; c < clients; c++)); do
    "${on_generator_cpus[@]}" curl -s -o /dev/null --max-time 600 -w '%{http_code} %{size_download}\n' "$url" > "$out/$c" &
  done
  wait
  end=$(date +%s.%N)
  cat "$out"/* | awk -v s="$start" -v e="$end" -v size="$((artifact_mib * 1048576))" -v label="$2" '
    { n++; bytes += $2; if ($1 != 200 || $2 != size) bad++ }
    END { secs = e - s; printf "| %s | %d | %.1f | %.0f | %d |\n", label, n, secs, bytes / secs / 1e6, bad + 0 }'
}
echo "## Artifacts: $clients parallel curl downloads of a $artifact_mib MiB file"
echo
echo "| server | clients | seconds | MB/s (all clients) | errors |"
echo "|---|---:|---:|---:|---:|"
log "artifacts: warm the page cache"
cat "$work/lab/artifacts/bench/blob.bin" > /dev/null
# Alternating rounds, so that load from elsewhere on the machine hits both servers alike.
for ((round = 1; round <= artifact_rounds; round++)); do
  download "http://127.0.0.1:$lab_port/artifacts/bench/blob.bin" "Lab, round $round" | tee -a "$work/art-lab.md"
  download "http://127.0.0.1:$nginx_port/artifacts/bench/blob.bin" "nginx, round $round" | tee -a "$work/art-nginx.md"
done
echo
median() { awk -F'|' '{print $5 + 0}' "$1" | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
awk -v l="$(median "$work/art-lab.md")" -v n="$(median "$work/art-nginx.md")" \
  'BEGIN {printf "Median of %s rounds: Lab %.0f MB/s, nginx %.0f MB/s, Lab / nginx: %.0f %%\n", '"$artifact_rounds"', l, n, 100 * l / n}'
echo
echo "Lab server memory after the downloads: $(rss_line "$lab_pid")"
echo "- load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
