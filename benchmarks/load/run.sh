#!/usr/bin/env bash
# The server load benchmark (issue 26): ecskit server, moto server and a trivial JDK server on the same HTTP layer,
# on free loopback ports, measured by the Go client in this folder, interleaved round by round.
#
#   benchmarks/load/run.sh                      # 10 services; DescribeServices, ListServices, RegisterTaskDefinition at 1 and 16 connections
#   benchmarks/load/run.sh -services 10,1000,10000 -ops DescribeServices -conns 16      # the scale run
#
# Needs the shaded jar (mvn -B -q install -DskipTests), Go, python3. moto comes from PyPI, pinned like the build's.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$root/benchmarks/target/load"
mkdir -p "$work"
moto_version="$(sed -n 's:.*<moto.version>\(.*\)</moto.version>.*:\1:p' "$root/pom.xml" | head -1)"
if [ ! -x "$work/moto-venv/bin/moto_server" ]; then
  python3 -m venv "$work/moto-venv"
  "$work/moto-venv/bin/pip" install -q "moto[server]==$moto_version"
fi
(cd "$here" && go build -o "$work/loadclient" .)

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

endpoint() {  # the endpoint a server printed on its first lines
  for _ in $(seq 1 200); do
    if grep -q '^endpoint: ' "$1" 2>/dev/null; then sed -n 's/^endpoint: //p' "$1" | head -1; return; fi
    sleep 0.1
  done
  echo "no endpoint in $1" >&2; cat "$1" >&2; exit 1
}

java ${ECSKIT_JAVA_OPTS:-} -jar "$root/cli/target/ecskit.jar" server --port 0 --open-controls > "$work/ecskit.log" 2>&1 &
pids+=($!)
java -cp "$root/benchmarks/target/benchmarks.jar" io.ecskit.benchmarks.TrivialServer > "$work/trivial.log" 2>&1 &
pids+=($!)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
"$work/moto-venv/bin/moto_server" -H 127.0.0.1 -p "$port" > "$work/moto.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/moto-api/" > /dev/null 2>&1 && break; sleep 0.2; done

ecskit="$(endpoint "$work/ecskit.log")"
trivial="$(endpoint "$work/trivial.log")"
echo "ecskit $ecskit, moto http://127.0.0.1:$port, trivial $trivial; $(nproc) cores; $(java -version 2>&1 | head -1)"
"$work/loadclient" -targets "ecskit=$ecskit,moto=http://127.0.0.1:$port,trivial=$trivial" "$@"
