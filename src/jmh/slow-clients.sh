#!/usr/bin/env bash
# Slow clients against `trinvis serve` (issue #27 finding 5): 100 connections each sending one
# header byte a second, while a probe times /healthz and decisions. Not run by CI.
# Usage: src/jmh/slow-clients.sh [JAR, default target/trinvis-cli.jar] [seconds, default 30]
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${1:-target/trinvis-cli.jar}; seconds=${2:-30}
log=$(mktemp)
java -jar "$jar" serve --port 0 >"$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 300); do grep -q 'event=start' "$log" && break; sleep 0.2; done
url=$(grep -o 'event=start url=[^ ]*' "$log" | cut -d= -f3)
python3 - "$url" "$seconds" <<'PY'
import socket, sys, threading, time, urllib.request, urllib.parse
url, seconds = sys.argv[1], int(sys.argv[2])
host, port = urllib.parse.urlparse(url).hostname, urllib.parse.urlparse(url).port
stop = time.time() + seconds
def slow():
    line = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 4000
    while time.time() < stop:
        try:
            s = socket.create_connection((host, port)); i = 0
            while time.time() < stop:
                s.send(line[i % len(line):i % len(line) + 1]); i += 1; time.sleep(1)
        except OSError:
            time.sleep(0.1)
for _ in range(100):
    threading.Thread(target=slow, daemon=True).start()
time.sleep(2)
times = {"/healthz": [], "/v1/decisions": []}
body = b'{"service":"flytning","municipality":"0751","explain":false}'
while time.time() < stop:
    for path in times:
        t = time.time()
        req = urllib.request.Request(url.rstrip("/") + path, data=body if path != "/healthz" else None,
                                     headers={"Content-Type": "application/json"})
        try:
            urllib.request.urlopen(req, timeout=30).read()
            times[path].append((time.time() - t) * 1000)
        except Exception as e:
            times[path].append(30000.0)
    time.sleep(0.05)
for path, ms in times.items():
    ms.sort()
    print(f"{path}: {len(ms)} calls with 100 slow clients, p50 {ms[len(ms)//2]:.1f} ms, p99 {ms[min(len(ms) - 1, -(-len(ms) * 99 // 100) - 1)]:.1f} ms, max {ms[-1]:.1f} ms")
PY
