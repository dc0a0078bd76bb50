#!/usr/bin/env bash
# Where a check-off's CPU goes: CheckOffSimulation (16 staff, no pauses) against a running app, with the app's CPU and
# PostgreSQL's (every postgres process, read from /proc/<pid>/stat around the run) divided by the follow-ups the run
# added. The rest of the machine's CPU in that time is Gatling's and Maven's (Maven's start included: read it as an
# upper bound). Usage: followup-benchmark/check-off-split.sh <port> <database> [seconds] [first person: 1, 17, 33...]
set -euo pipefail
port=$1; db=$2; seconds=${3:-60}; first=${4:-1}
app=$(ss -ltnp "sport = :$port" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
[ -n "$app" ] || { echo "nothing listens on port $port" >&2; exit 1; }
ticks=$(getconf CLK_TCK)
own() { awk '{print $14 + $15}' "/proc/$1/stat" 2>/dev/null || echo 0; }
# the server's CPU: its live processes' own, and what the postmaster has collected of those that ended (a pool
# replaces its connections now and then)
postgres() {
    local sum=0 main
    main=$(pgrep -x -o postgres)
    for p in $(pgrep -x postgres); do sum=$((sum + $(own "$p"))); done
    echo $((sum + $(awk '{print $16 + $17}' "/proc/$main/stat")))
}
machine() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
count() { psql -qtA -h 127.0.0.1 -U postgres -d "$db" -c "select count(*) from follow_up"; }
added_before=$(count); app_before=$(own "$app"); pg_before=$(postgres); all_before=$(machine); started=$(date +%s.%N)
./mvnw -q -pl followup-benchmark gatling:test -Dgatling.simulationClass=com.followup.benchmark.CheckOffSimulation \
    -DbaseUrl="http://localhost:$port" -Dseconds="$seconds" -DfirstUser="$first" > /tmp/check-off-split.txt 2>&1 \
    || { tail -30 /tmp/check-off-split.txt; exit 1; }
app_after=$(own "$app"); pg_after=$(postgres); all_after=$(machine); ended=$(date +%s.%N); added_after=$(count)
grep -E 'check off|KO' /tmp/check-off-split.txt | head -4 || true
awk -v n=$((added_after - added_before)) -v s="$seconds" -v t="$ticks" -v a=$((app_after - app_before)) \
    -v p=$((pg_after - pg_before)) -v m=$((all_after - all_before)) \
    'BEGIN {printf "%d added, %.0f a second; CPU ms a check-off: app %.2f, PostgreSQL %.2f, the rest %.2f\n",
            n, n / s, a * 1000 / t / n, p * 1000 / t / n, (m - a - p) * 1000 / t / n}'
