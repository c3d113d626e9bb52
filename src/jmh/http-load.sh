#!/usr/bin/env bash
# HTTP load test of `trinvis serve` with wrk (Debian package), loopback only, bounded duration.
# Not run by CI. Usage: src/jmh/http-load.sh [seconds-per-run, default 10]
# Prints one RESULT line per connection count, for full and lean (explain:false) decisions.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10}

if ! command -v wrk >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq wrk >/dev/null
fi
[ -f target/trinvis-cli.jar ] || mvn -B -ntp -q package -DskipTests

log=$(mktemp)
# The access log goes to a file, as it would in production; the terminal would be the bottleneck.
java -jar target/trinvis-cli.jar serve --port 0 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 100); do grep -q 'event=start' "$log" && break; sleep 0.2; done
url=$(grep -o 'event=start url=[^ ]*' "$log" | cut -d= -f3)
echo "server $url, $(nproc) cores, $(java -version 2>&1 | head -1)"

# Warm the JIT before measuring.
EXPLAIN=true wrk -t2 -c16 -d"$duration"s -s src/jmh/decisions.lua "$url" >/dev/null
EXPLAIN=false wrk -t2 -c16 -d"$duration"s -s src/jmh/decisions.lua "$url" >/dev/null

for explain in true false; do
  for c in 1 16 64; do
    t=$(( c < 2 ? 1 : 2 ))
    printf 'explain=%s connections=%s ' "$explain" "$c"
    EXPLAIN=$explain wrk -t"$t" -c"$c" -d"$duration"s --latency -s src/jmh/decisions.lua "$url" | grep '^RESULT'
  done
done
grep -c 'status=5' "$log" | sed 's/^/5xx responses in the access log: /' || true
