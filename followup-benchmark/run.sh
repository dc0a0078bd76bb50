#!/usr/bin/env bash
# Reproduces docs/benchmarks.md: generates a company in PostgreSQL, starts the app on it with a 512 MB heap,
# runs the two Gatling simulations (16 concurrent users: a working day, then check-offs without pauses), and
# prints latency, throughput, peak heap and rows written.
#   followup-benchmark/run.sh [items] [follow-ups] [days] [people]   defaults: 100000 1000000 1095 200
#   docs/benchmarks.md reports: run.sh 100000 1000000, run.sh 10000 10000 90 and run.sh 1000000 10000000 1095 2000
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DB (followup_bench),
#              BENCH_SECONDS (60), BENCH_WARM_UP (300 seconds), BENCH_PORT (8089),
#              BENCH_REUSE=true: measure the company already in BENCH_DB instead of generating it again,
#              BENCH_FIRST_USER (1): the first of the sixteen staff members of the check-offs (17, 33, ... for people
#              whose lists earlier runs on that company have not worked through),
#              BENCH_PERIOD (THIS_MONTH): the managers' dashboards in the working day; LAST_MONTH for a whole month,
#              what this month reads on its last day
set -euo pipefail
cd "$(dirname "$0")/.."

items=${1:-100000}
follow_ups=${2:-1000000}
days=${3:-1095}
people=${4:-200}
host=${PGHOST:-127.0.0.1}; port=${PGPORT:-5432}; user=${PGUSER:-postgres}; db=${BENCH_DB:-followup_bench}
seconds=${BENCH_SECONDS:-60}; warm_up=${BENCH_WARM_UP:-300}; app_port=${BENCH_PORT:-8089}
url="jdbc:postgresql://$host:$port/$db"
# outside target/, so that the next run's clean build keeps this one's results
out=benchmark-results/run-$items-$follow_ups

# clean, so that the app jar is repackaged with the current persistence module
./mvnw -q -DskipTests -pl followup-web,followup-benchmark -am clean install
mkdir -p "$out"
if [ "${BENCH_REUSE:-false}" != true ]; then
    psql -q -h "$host" -p "$port" -U "$user" -d postgres -c "drop database if exists $db" -c "create database $db"
    ./mvnw -q -pl followup-benchmark exec:java -Dexec.args="--url=$url --user=$user --items=$items \
        --follow-ups=$follow_ups --days=$days --people=$people" | tee "$out/generator.txt"
fi
touch "$out/generator.txt"

java -Xmx512m -jar followup-web/target/followup.jar --server.port="$app_port" \
    --spring.datasource.url="$url" --spring.datasource.username="$user" \
    --followup.jobs.enabled=false --followup.demo-data=false > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app ${sampler:-} 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    if curl -fsS "http://localhost:$app_port/actuator/health/readiness" > /dev/null 2>&1; then break; fi
    sleep 1
done

count() { psql -qtA -h "$host" -p "$port" -U "$user" -d "$db" -c "select count(*) from follow_up"; }
# one jstat sampling every second: starting a jstat JVM each second would take about a fifth of a core from the app
jstat -gc "$app" 1000 > "$out/heap.txt" 2>/dev/null &
sampler=$!

simulate() { # name seconds output [-Dproperty=value ...]
    ./mvnw -q -pl followup-benchmark gatling:test -Dgatling.simulationClass="com.followup.benchmark.$1" \
        -DbaseUrl="http://localhost:$app_port" -Dseconds="$2" "${@:4}" > "$3" 2>&1 || { tail -40 "$3"; exit 1; }
    ls -td followup-benchmark/target/gatling/"$(tr '[:upper:]' '[:lower:]' <<<"$1")"-* | head -1
}
# a first run without pauses warms the JVM up; it is not reported. On two cores the JIT compiler is still busy
# about half the time after one minute of load and settles after about five: compiler.txt has jstat -compiler
# (methods compiled, seconds spent) before the warm-up, after it, and at the end
jstat -compiler "$app" > "$out/compiler.txt"
simulate FollowupSimulation "$warm_up" "$out/warm-up.txt" -DnoPauses=true -Dperiod="${BENCH_PERIOD:-THIS_MONTH}" > /dev/null
jstat -compiler "$app" | tail -1 >> "$out/compiler.txt"
day_before=$(count)
day_report=$(simulate FollowupSimulation "$seconds" "$out/gatling-day.txt" -Dperiod="${BENCH_PERIOD:-THIS_MONTH}")
day_after=$(count)
check_off_report=$(simulate CheckOffSimulation "$seconds" "$out/gatling-check-offs.txt" -DfirstUser="${BENCH_FIRST_USER:-1}")
check_off_after=$(count)
jstat -compiler "$app" | tail -1 >> "$out/compiler.txt"
kill "$app"; wait "$app" 2>/dev/null || true

python3 followup-benchmark/summary.py "$out/heap.txt" "$out/generator.txt" \
    "A working day: 16 people pausing 1-3 s between clicks" "$day_report" "$day_before" "$day_after" \
    "Check-offs: 16 staff members without pauses" "$check_off_report" "$day_after" "$check_off_after" \
    | tee "$out/summary.md"
