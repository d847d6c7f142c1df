#!/usr/bin/env bash
# Case load benchmark (受办分离): a fresh server (see ../against-server.sh), then front-desk clerks, back-office approvers
# and delivery clerks drive whole cases through it, then a trivial endpoint for the ratio.
# Arguments: [seconds] [clerks] [approvers] [deliverers] [warm-up seconds] [situation] (default 60 8 8 3 30
# 0110006000-02). Results go to stdout; record them in docs/benchmarks.md with the machine and date.
set -euo pipefail
exec "$(dirname "$0")/../against-server.sh" org.onewindow.bench.CaseLoadBenchmark \
  "${1:-60}" "${2:-8}" "${3:-8}" "${4:-3}" "${5:-30}" "${6:-0110006000-02}"
