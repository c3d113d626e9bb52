#!/usr/bin/env bash
# Replay of 10,000 archived decisions on the bundled set (issue #25: under 10 s). Run on a quiet
# machine for numbers; each iteration replays the whole archive once (single-shot time).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/benchmarks.jar ] || mvn -B -ntp -q -Pbench clean package
java -jar target/benchmarks.jar ReplayBenchmark -f 1 -wi 2 -i 5 -bm ss -tu ms "$@"
