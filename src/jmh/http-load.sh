#!/usr/bin/env bash
# HTTP load test of `trinvis serve` with wrk, loopback only, bounded duration. Not run by CI.
# Usage: src/jmh/http-load.sh [--install-wrk] [seconds-per-run, default 10]
#   --install-wrk  when wrk is missing, install the Debian package 'wrk' with apt-get (as root),
#                  showing apt's output; without it the script stops and says what it would install.
# Prints one RESULT line per connection count, for full and lean (explain:false) decisions.
set -euo pipefail
cd "$(dirname "$0")/../.."
install=no
if [ "${1:-}" = "--install-wrk" ]; then install=yes; shift; fi
duration=${1:-10}

. src/jmh/need-wrk.sh
need_wrk "$install"
[ -f target/trinvis-cli.jar ] || mvn -B -ntp -q package -DskipTests

# With 4 or more cores the server and the load generator get separate halves (taskset), so wrk
# does not take the server's CPU; on fewer cores both share them all (say so when quoting).
cores=$(nproc)
server_cpus=""
load_cpus=""
if [ "$cores" -ge 4 ] && command -v taskset >/dev/null 2>&1; then
  server_cpus="taskset -c 0-$((cores / 2 - 1))"
  load_cpus="taskset -c $((cores / 2))-$((cores - 1))"
fi

log=$(mktemp)
# The access log goes to a file, as it would in production; the terminal would be the bottleneck.
$server_cpus java -jar target/trinvis-cli.jar serve --port 0 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do grep -q 'event=start' "$log" && break; sleep 0.2; done
url=$(grep -o 'event=start url=[^ ]*' "$log" | cut -d= -f3)
echo "server $url, $cores cores, $(java -version 2>&1 | head -1)"
echo "cores: ${server_cpus:-server and wrk share every core}${load_cpus:+ for the server, $load_cpus for wrk}"

# Warm the JIT before measuring.
EXPLAIN=true $load_cpus wrk -t2 -c16 -d"$duration"s -s src/jmh/decisions.lua "$url" >/dev/null
EXPLAIN=false $load_cpus wrk -t2 -c16 -d"$duration"s -s src/jmh/decisions.lua "$url" >/dev/null

for explain in true false; do
  for c in 1 16 64; do
    t=$(( c < 2 ? 1 : 2 ))
    printf 'explain=%s connections=%s ' "$explain" "$c"
    EXPLAIN=$explain $load_cpus wrk -t"$t" -c"$c" -d"$duration"s --latency -s src/jmh/decisions.lua "$url" | grep '^RESULT'
  done
done
grep -c 'status=5' "$log" | sed 's/^/5xx responses in the access log: /' || true
