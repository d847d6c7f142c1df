#!/usr/bin/env bash
# Runs a load driver against a fresh server: packages the jar, starts it on a fresh embedded PostgreSQL with the demo
# county in a temporary ONEWINDOW_HOME (port BENCH_PORT, default 18080; JVM options BENCH_SERVER_OPTS, default -Xmx1g),
# waits until it is healthy, prints the machine, then runs the driver's main class with the port and the arguments.
# Usage: bench/against-server.sh <driver main class> [driver arguments...]
set -euo pipefail
cd "$(dirname "$0")/.."
MAIN=$1
shift
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
  -Dexec.mainClass="$MAIN" \
  -Dexec.args="$PORT $*"
