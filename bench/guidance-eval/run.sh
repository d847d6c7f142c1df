#!/usr/bin/env bash
# Guidance benchmark: accuracy on the labelled phrasings (shipped catalog) and latency on the synthetic catalog.
# Arguments: [items] [situationsPerItem] (default 12500 8). See README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec ./mvnw -q -B -Dskip.web=true test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=org.onewindow.bench.GuidanceBenchmark \
  -Dexec.args="$*"
