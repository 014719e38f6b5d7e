#!/usr/bin/env bash
# Start-up benchmark (not a test): median wall time of `lab plugins list` and `lab render` over
# N runs, next to a plain Java "hello world" measured in the same session with the same JVM.
#
#   ./mvnw -q -DskipTests package && bench/startup.sh [RUNS]
#
# Needs hyperfine (apt-get install hyperfine). Prints a Markdown table for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
lab=$PWD/lab-cli/target/lab/bin/lab
[ -x "$lab" ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "needs hyperfine: apt-get install hyperfine" >&2; exit 2; }
java_cmd=${JAVA_HOME:+$JAVA_HOME/bin/}java

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/hello"
cat > "$work/hello/Hello.java" <<'JAVA'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello world");
  }
}
JAVA
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" -d "$work/hello" "$work/hello/Hello.java"
"$lab" init "$work/lab" >/dev/null
server=$(ls "$work/lab/servers" | head -n1 | sed 's/\.yaml$//')
export XDG_CACHE_HOME=$work/cache

# Warm the class-data-sharing archive (Java 25 and later: the ahead-of-time cache) the launcher
# makes on first use; on Java 25 the cache is written in the background after the first run.
"$lab" render "$server" --lab "$work/lab" >/dev/null
for _ in $(seq 120); do
  ls "$XDG_CACHE_HOME"/lab/*.aotconf >/dev/null 2>&1 || break
  sleep 0.5
done
"$lab" plugins list --lab "$work/lab" >/dev/null

hyperfine -N --runs "$runs" --warmup 2 --export-json "$work/result.json" \
  -n "java Hello" "$java_cmd -cp $work/hello Hello" \
  -n "lab plugins list" "$lab plugins list --lab $work/lab" \
  -n "lab render $server" "$lab render $server --lab $work/lab" \
  -n "lab render $server (no CDS/AOT archive)" "env LAB_CDS=0 $lab render $server --lab $work/lab" >&2

python3 - "$work/result.json" "$("$java_cmd" -version 2>&1 | head -n1)" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
base = results[0]["median"]
print(f"Java: {sys.argv[2]}\n")
print("| command | median (ms) | min (ms) | max (ms) | × hello world |")
print("|---|---:|---:|---:|---:|")
for r in results:
    print(f"| `{r['command']}` | {r['median']*1000:.0f} | {r['min']*1000:.0f} | {r['max']*1000:.0f} | {r['median']/base:.2f} |")
PY
