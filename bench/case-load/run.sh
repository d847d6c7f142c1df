#!/usr/bin/env bash
# Case load benchmark (受办分离): starts the server (fresh embedded PostgreSQL with the demo county in a temporary
# ONEWINDOW_HOME), drives front-desk clerks, back-office approvers and delivery clerks through whole cases, then a trivial endpoint for the ratio.
# Arguments: [seconds] [clerks] [approvers] [deliverers] [warm-up seconds] [situation] (default 60 16 4 4 30 0110006000-02). Results go to stdout; record them
# in docs/benchmarks.md with the machine and date.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${BENCH_PORT:-18080}
HOME_DIR=$(mktemp -d /tmp/onewindow-bench.XXXXXX)
./mvnw -q -B -Dskip.web=true -DskipTests package
JAR=$(ls target/onewindow-*.jar | head -1)
SERVER_PORT=$PORT ONEWINDOW_HOME=$HOME_DIR java ${BENCH_SERVER_OPTS:--Xmx1g} -jar "$JAR" > "$HOME_DIR/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$HOME_DIR"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://localhost:$PORT/actuator/health" > /dev/null 2>&1 && break
  sleep 1
done
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
./mvnw -q -B -Dskip.web=true test-compile exec:java \
  -Dexec.classpathScope=test \
  -Dexec.mainClass=org.onewindow.bench.CaseLoadBenchmark \
  -Dexec.args="$PORT ${1:-60} ${2:-16} ${3:-4} ${4:-4} ${5:-30} ${6:-0110006000-02}"
