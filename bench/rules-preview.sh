#!/usr/bin/env bash
# Benchmark of `lab rules preview` (not a test): the generated fleet of the rules tests — 10,000
# machines, 50 rules (the seed's two verbatim) — every machine x every rule with every condition's
# verdict written as text, plus matching alone. Prints Markdown for docs/benchmarks.md.
#
#   bench/rules-preview.sh [WARMUPS] [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
java_bin=${JAVA_HOME:+$JAVA_HOME/bin/}
./mvnw -o -q -pl lab-core -am test-compile
./mvnw -o -q -pl lab-core dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/rules-bench.classpath >/dev/null
cp="lab-api/target/classes:lab-core/target/classes:lab-core/target/test-classes:$(cat lab-core/target/rules-bench.classpath)"
"${java_bin}java" -Xmx1g -cp "$cp" dev.lab.core.rules.PreviewBenchmark "${1:-5}" "${2:-10}"
