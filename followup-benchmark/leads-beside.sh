#!/usr/bin/env bash
# Speed to lead beside the working day (issue 15): POST /api/leads from 16 connections at a steady arrival rate
# while the Gatling working day (FollowupSimulation: My follow-ups, area dashboards, the overview) runs on the
# three-year company, then checks that no lead was lost or stored twice and prints the working day's p95s.
#   followup-benchmark/leads-beside.sh [rate]      leads a second in all, default 200; "flat" sends flat out
# Environment: as leads.sh (PGHOST, PGPORT, PGUSER, BENCH_DB (followup_leads_beside), BENCH_PORT (8089),
#              BENCH_REUSE=true: keep the database made by an earlier run, its added leads deleted), and
#              BENCH_SECONDS (60) measured, BENCH_WARM_UP (120) seconds of both loads before, not reported,
#              BENCH_CONNECTIONS (16), BENCH_JAR (followup-web/target/followup.jar), BENCH_JAVA_OPTS (none) for the app. Build first: ./mvnw -q -DskipTests package (and the Gatling plugin needs the
#              network the first time it resolves).
set -euo pipefail
cd "$(dirname "$0")/.."
rate=${1:-200}
host=${PGHOST:-127.0.0.1}; pgport=${PGPORT:-5432}; user=${PGUSER:-postgres}
export BENCH_DB=${BENCH_DB:-followup_leads_beside}; db=$BENCH_DB
port=${BENCH_PORT:-8089}; base="http://localhost:$port"
seconds=${BENCH_SECONDS:-60}; warm_up=${BENCH_WARM_UP:-120}; connections=${BENCH_CONNECTIONS:-16}
sql() { psql -qtAX -h "$host" -p "$pgport" -U "$user" -d "$db" -v ON_ERROR_STOP=1 "$@"; }
out=benchmark-results/leads-beside
mkdir -p "$out"

# the working day's company, three years in, with 50,000 leads (or the one kept, back to its 50,000)
BENCH_COMPANY=three-years BENCH_ONLY_DATA=true followup-benchmark/leads.sh 50000

# shellcheck disable=SC2086 # BENCH_JAVA_OPTS are words, e.g. -Dfollowup.api.calls-at-once=4
java -Xmx512m ${BENCH_JAVA_OPTS:-} -jar "${BENCH_JAR:-followup-web/target/followup.jar}" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://$host:$pgport/$db" --spring.datasource.username="$user" \
    --followup.jobs.enabled=false --followup.demo-data=false > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app ${sampler:-} 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
    curl -fsS "$base/actuator/health/readiness" > /dev/null 2>&1 && break
    sleep 1
done
source=$(sql -c "select min(id) from lead_source")

simulate() { # seconds output [-Dproperty=value ...]
    ./mvnw -q -pl followup-benchmark gatling:test -Dgatling.simulationClass=com.followup.benchmark.FollowupSimulation \
        -DbaseUrl="$base" -Dseconds="$1" "${@:3}" > "$2" 2>&1 || { tail -40 "$2"; exit 1; }
    ls -td followup-benchmark/target/gatling/followupsimulation-* | head -1
}
leads() { # seconds rate: wrk on POST /api/leads, paced unless the rate is "flat"
    local pace=BENCH_UNPACED=1; [ "$2" != flat ] && pace=BENCH_RATE=$2
    env BENCH_KEY=followup-bench-key BENCH_SOURCE="$source" BENCH_THREADS=2 "$pace" wrk -t2 -c"$connections" -d"${1}s" --latency -s followup-benchmark/leads-post.lua "$base/api/leads"
}
cpu() { awk '{ print $14 + $15 }' "/proc/$app/stat"; }

echo "# $base, $(date -u '+%F %H:%M UTC'), load: $(uptime | sed 's/.*load average: //')"
# warm-up: both loads at once, nothing reported
leads "$warm_up" "$rate" > "$out/wrk-warm-up.txt" &
warm_wrk=$!
simulate "$warm_up" "$out/gatling-warm-up.txt" > /dev/null
wait "$warm_wrk"

jstat -gc "$app" 1000 > "$out/heap.txt" 2>/dev/null &
sampler=$!
before=$(sql -c "select count(*) from lead"); follow_ups_before=$(sql -c "select count(*) from follow_up")
cpu_before=$(cpu)
# wrk runs a few seconds longer than the working day on both sides, so that the working day is measured beside it
(sleep 2; leads "$((seconds + 2))" "$rate" > "$out/wrk.txt") &
wrk_job=$!
report=$(simulate "$((seconds + 6))" "$out/gatling-day.txt")
wait "$wrk_job"
cpu_after=$(cpu)
after=$(sql -c "select count(*) from lead"); follow_ups_after=$(sql -c "select count(*) from follow_up")
echo "# load after: $(uptime | sed 's/.*load average: //')"

echo "## POST /api/leads, $connections connections, rate: $rate"
grep -E "Requests/sec|Latency|  (50|75|90|99)%|requests [0-9]|Non-2xx" "$out/wrk.txt"
answered=$(awk '/requests in/ {print $1}' "$out/wrk.txt")
# a lead refused for want of a turn (503 and Retry-After, ApiCallsInTurn) is a non-2xx answer, stored nowhere
refused=$(awk '/Non-2xx/ {print $NF}' "$out/wrk.txt"); refused=${refused:-0}
echo "answered $answered, of them refused (non-2xx, e.g. 503 waiting for a turn) $refused, stored $((after - before)) (the difference: requests still in flight at wrk's end)," \
    "$(sql -c "select count(*) - count(distinct email_key) from lead where email_key like 'bench-%'") emails stored twice," \
    "$(awk '/requests in/ {printf "%.0f", $1 / '"$((seconds + 2))"'}' "$out/wrk.txt") leads/s over wrk's run"
echo "the app's CPU: $(awk -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" -v s="$seconds" \
    'BEGIN { printf "%.2f of 2 cores", t / hz / (s + 8) }') during both loads"
python3 followup-benchmark/summary.py "$out/heap.txt" /dev/null \
    "The working day beside the lead API (16 people pausing 1-3 s)" "$report" "$follow_ups_before" "$follow_ups_after" \
    | tee "$out/summary.md"
