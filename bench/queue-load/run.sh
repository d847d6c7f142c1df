#!/usr/bin/env bash
# Queue load benchmark: a fresh server (see ../against-server.sh), then 48 counters and 10 kiosks drive it, then a
# trivial endpoint for the ratio.
# Arguments: [seconds] [counters] [kiosks] [backlog] [warm-up seconds] [rate] (default 30 48 10 50000 120 0). Results go to
# stdout; record them in docs/benchmarks.md with the machine and date.
set -euo pipefail
exec "$(dirname "$0")/../against-server.sh" org.onewindow.bench.QueueLoadBenchmark \
  "${1:-30}" "${2:-48}" "${3:-10}" "${4:-50000}" "${5:-120}" "${6:-0}"
