#!/usr/bin/env bash
# One wrk run (issue 19): a seller's My follow-ups against the static-file ceiling, each as a signed-in browser
# sends it (session cookie, gzip accepted), so that the result is a ratio that holds on any machine.
# Usage: followup-benchmark/wrk.sh [base url] [user]; BENCH_SECONDS (30) per measured run, after a warm-up as long.
set -euo pipefail
base=${1:-http://localhost:8080}
user=${2:-staff-sales-001}
seconds=${BENCH_SECONDS:-30}
jar=$(mktemp)
csrf=$(curl -fsS -c "$jar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode "password=followup-bench" \
    --data-urlencode "_csrf=$csrf" "$base/sign-in"
cookie="Cookie: SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"
css=$(curl -fsS -H "$cookie" "$base/my-follow-ups" | grep -o '/assets/css/app[^"]*\.css' | head -1)
echo "My follow-ups: $(curl -fsS -H "$cookie" "$base/my-follow-ups" | wc -c) bytes," \
    "$(curl -fsS -H "$cookie" -H 'Accept-Encoding: gzip' "$base/my-follow-ups" | wc -c) gzipped"
run() { wrk -t2 -c16 -d"${seconds}s" --latency -H 'Accept-Encoding: gzip' "$@" | grep -E 'Requests/sec|^ +50%|^ +99%'; }
run -H "$cookie" "$base/my-follow-ups" > /dev/null
echo "My follow-ups:"; run -H "$cookie" "$base/my-follow-ups"
echo "stylesheet with the session cookie:"; run -H "$cookie" "$base$css"
echo "stylesheet without it:"; run "$base$css"
echo "liveness:"; run "$base/actuator/health/liveness"
