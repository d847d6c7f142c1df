#!/usr/bin/env bash
# Synthetic catalog load benchmark: see README.md. Arguments: [items] [situationsPerItem] [seed]
# [--durable] (default 12500 8 20261121). Heap: BENCH_HEAP (e.g. 8g; default: the JVM's, 1/4 of the RAM).
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -n "${BENCH_HEAP:-}" ]; then export MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx${BENCH_HEAP}"; fi
exec ./mvnw -q -B -Dskip.web=true test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=org.onewindow.bench.CatalogLoadBenchmark \
  -Dexec.args="$*"
