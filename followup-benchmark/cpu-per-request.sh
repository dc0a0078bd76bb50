#!/usr/bin/env bash
# The app's CPU per request of one page under wrk (16 connections): requests a second and CPU ms a request, read from
# the app's utime + stime in /proc/<pid>/stat around the run (not from the load average, so it holds on a busy machine).
# Usage: followup-benchmark/cpu-per-request.sh <port> "<Cookie: SESSION=...>" [seconds] [path]
#        (the cookie from sign-in.sh's sign_in, e.g. base=http://localhost:18300; . followup-benchmark/sign-in.sh; sign_in staff-sales-001)
set -euo pipefail
port=$1; cookie=$2; seconds=${3:-30}; path=${4:-/my-follow-ups}
pid=$(ss -ltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$pid" ] || { echo "nothing listens on port $port" >&2; exit 1; }
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
before=$(cpu)
out=$(wrk -t2 -c16 -d"${seconds}s" -H 'Accept-Encoding: gzip' -H "$cookie" "http://localhost:$port$path")
after=$(cpu)
requests=$(echo "$out" | awk '/requests in/ {print $1}')
echo "$out" | grep -E 'Requests/sec|Non-2xx' || true
awk -v r="$requests" -v b="$before" -v a="$after" -v t="$ticks" -v s="$seconds" \
    'BEGIN {printf "%.0f requests a second, %.2f ms of app CPU a request\n", r / s, (a - b) * 1000 / t / r}'
