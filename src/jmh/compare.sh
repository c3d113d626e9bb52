#!/usr/bin/env bash
# The headline benchmark run of docs/benchmarks.md: builds target/benchmarks.jar from HEAD, and
# from an earlier commit's engine with HEAD's benchmark sources, then runs both RUNS times,
# alternating (before, after, before, after, ...), one JMH fork per method per run, and prints
# each method's median and min–max, each goal ratio's median and min–max, and before/after.
# Run it on a quiet machine: nothing else building or benchmarking.
#
# Usage: src/jmh/compare.sh [--before COMMIT] [--runs N] [--smoke] [--timing "ARGS"] [JMH-REGEX]
#   --before COMMIT  also measure COMMIT's engine (it must compile HEAD's benchmarks: 2c4490a or later)
#   --runs N         runs per jar, each a fresh fork of every method (default 3)
#   --smoke          1 short warm-up and measurement per method: proves it all runs, measures nothing
#   --timing "ARGS"  JMH warm-up/measurement options instead of the default "-wi 3 -w 10s -i 5 -r 4s"
#   JMH-REGEX        which methods (default: the headline methods below)
# Results: target/compare/<UTC time>/ (JMH JSON and logs per run, report.md).
set -euo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
cd "$root"

before=""
runs=3
timing=(-wi 3 -w 10s -i 5 -r 4s)
regex='DecideBenchmark\.(trinvisLean|trinvisLeanPrebuiltRequest|trinvisFull|trinvisFullRead|trinvisServedJson|trinvisToJson|handCoded|camundaJuel|camundaJuelTwoTables)$|GeneratedSetBenchmark\.(trinvisLean|trinvisFull|trinvisFullRead|trinvisServedJson)$|GuideBenchmark\.resolveAndRenderHtml$|LoadBenchmark'
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --smoke) timing=(-wi 1 -w 1s -i 1 -r 1s); shift ;;
    --timing) read -r -a timing <<<"$2"; shift 2 ;;
    -h|--help) sed -n '2,15p' "$0"; exit 0 ;;
    *) regex=$1; shift ;;
  esac
done

out="target/compare/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$out"
work=$(mktemp -d)
cleanup() {
  for w in "$work"/*/; do
    [ -d "$w" ] && git worktree remove --force "$w" >/dev/null 2>&1 || true
  done
  rm -rf "$work"
}
trap cleanup EXIT

# Builds benchmarks.jar for COMMIT's engine with HEAD's benchmark sources into $out/NAME.jar.
build() {
  local name=$1 commit=$2 tree="$work/$1"
  git worktree add --detach "$tree" "$commit" >/dev/null 2>&1
  rm -rf "$tree/src/jmh"
  git archive HEAD src/jmh | tar -x -C "$tree"
  # Benchmarks of features an earlier engine does not have are left out of its jar (they are not
  # in the headline methods): replay (#25) and the channel-shift report (#29).
  [ -f "$tree/src/main/java/dk/trinvis/check/Replay.java" ] || rm -f "$tree/src/jmh/java/dk/trinvis/bench/ReplayBenchmark.java"
  [ -d "$tree/src/main/java/dk/trinvis/internal/insight" ] || rm -f "$tree/src/jmh/java/dk/trinvis/bench/ReportBenchmark.java"
  if [ ! -f "$tree/src/main/java/dk/trinvis/internal/json/DecisionJson.java" ]; then
    # An engine before the streamed writer served Decision.toJson(): measure that.
    cp "$tree/src/jmh/compat/ServedJson.java" "$tree/src/jmh/java/dk/trinvis/bench/ServedJson.java"
  fi
  echo "building $name at $(git -C "$tree" rev-parse --short HEAD) ..."
  if ! (cd "$tree" && mvn -B -ntp -q -Pbench package) >"$out/build-$name.log" 2>&1; then
    echo "HEAD's benchmarks do not build against $commit's engine; see $out/build-$name.log" >&2
    exit 1
  fi
  cp "$tree/target/benchmarks.jar" "$out/$name.jar"
}

build after HEAD
[ -n "$before" ] && build before "$before"

{
  echo "after: $(git rev-parse --short HEAD)${before:+, before: $(git rev-parse --short "$before")}"
  echo "$(nproc) cores, $(java -version 2>&1 | head -1), started $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "JMH: ${timing[*]} -f 1 -prof gc, $runs runs per jar, alternating"
} | tee "$out/machine.txt"

jars=(after)
[ -n "$before" ] && jars=(before after)
for r in $(seq 1 "$runs"); do
  for jar in "${jars[@]}"; do
    echo "run $r/$runs: $jar ($(date -u +%TZ), load average $(cut -d' ' -f1 /proc/loadavg))"
    java -jar "$out/$jar.jar" "$regex" "${timing[@]}" -f 1 -prof gc -rf json -rff "$out/$jar-$r.json" \
      >"$out/$jar-$r.log" 2>&1 || { echo "run failed: $out/$jar-$r.log" >&2; exit 1; }
    grep -h 'agree on all\|Generated rule set' "$out/$jar-$r.log" | sort -u | sed 's/^/  /'
  done
done
echo "finished $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/machine.txt"

args=()
for r in $(seq 1 "$runs"); do args+=("$out/after-$r.json"); done
if [ -n "$before" ]; then
  args+=(--before)
  for r in $(seq 1 "$runs"); do args+=("$out/before-$r.json"); done
fi
java -cp "$out/after.jar" dk.trinvis.bench.Ratios "${args[@]}" | tee "$out/report.md"
echo "report: $out/report.md"
