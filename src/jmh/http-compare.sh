#!/usr/bin/env bash
# HTTP throughput of two trinvis-cli jars side by side in one run (issue #27/#30: "before" and
# "after" on the same machine at the same time of day). Each row runs both jars in turn, the order
# alternating, each on its own port, so a burst of load from elsewhere hits both alike.
# Not run by CI. Usage:
#   src/jmh/http-compare.sh BEFORE.jar AFTER.jar [seconds-per-run, default 10] [rounds, default 2]
# Prints one line per jar, decision kind, connection count and round, then the median per jar.
set -euo pipefail
cd "$(dirname "$0")/../.."
before=${1:?before jar}; after=${2:?after jar}; duration=${3:-10}; rounds=${4:-2}

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk (Debian package) ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq wrk >/dev/null
fi

logs=()
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -f "${logs[@]}"; }
trap cleanup EXIT
start() { # jar -> url
  local log; log=$(mktemp); logs+=("$log")
  java -jar "$1" serve --port 0 >"$log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 300); do grep -q 'event=start' "$log" && break; sleep 0.2; done
  grep -o 'event=start url=[^ ]*' "$log" | cut -d= -f3
}
url_before=$(start "$before")
url_after=$(start "$after")
echo "before $before at $url_before; after $after at $url_after; $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

# Warm both JITs alike before measuring.
for u in "$url_before" "$url_after"; do
  EXPLAIN=true wrk -t2 -c16 -d"$duration"s -s src/jmh/decisions.lua "$u" >/dev/null
  EXPLAIN=false wrk -t2 -c16 -d"$duration"s -s src/jmh/decisions.lua "$u" >/dev/null
done

results=$(mktemp); logs+=("$results")
for round in $(seq 1 "$rounds"); do
  for explain in true false; do
    for c in 1 16 64; do
      t=$(( c < 2 ? 1 : 2 ))
      order=("before:$url_before" "after:$url_after")
      (( (round + c) % 2 == 0 )) && order=("after:$url_after" "before:$url_before")
      for entry in "${order[@]}"; do
        name=${entry%%:*}; url=${entry#*:}
        line=$(EXPLAIN=$explain wrk -t"$t" -c"$c" -d"$duration"s --latency -s src/jmh/decisions.lua "$url" | grep '^RESULT')
        echo "$name explain=$explain connections=$c round=$round $line" | tee -a "$results"
      done
    done
  done
done
echo "median decisions/s (and p99 ms) per jar, kind and connections:"
python3 - "$results" <<'PY'
import re, statistics, sys
rows = {}
for line in open(sys.argv[1]):
    m = re.match(r"(\w+) explain=(\w+) connections=(\d+) round=\d+ RESULT .*rps=(\d+) .*p99_ms=([\d.]+)", line)
    if m:
        rows.setdefault((m[2], int(m[3])), {}).setdefault(m[1], []).append((int(m[4]), float(m[5])))
for (explain, c), jars in sorted(rows.items()):
    cells = []
    for name in ("before", "after"):
        runs = jars.get(name, [])
        if runs:
            cells.append(f"{name} {statistics.median(r for r, _ in runs):>7.0f}/s p99 {statistics.median(p for _, p in runs):6.2f} ms")
    ratio = statistics.median(r for r, _ in jars["after"]) / statistics.median(r for r, _ in jars["before"])
    print(f"{'full' if explain == 'true' else 'lean'} c={c:<3} " + " | ".join(cells) + f" | after/before {ratio:.2f}")
PY
