#!/usr/bin/env bash
# Reproduces docs/benchmarks.md: generates a company in PostgreSQL, starts the app on it with a 512 MB heap,
# runs the Gatling simulation (16 concurrent users), and prints latency, throughput, peak heap and rows written.
#   followup-benchmark/run.sh [items] [follow-ups]        defaults: 100000 1000000
#   docs/benchmarks.md reports: run.sh 100000 1000000 and run.sh 10000 10000
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DB (followup_bench),
#              BENCH_SECONDS (60), BENCH_PORT (8089)
set -euo pipefail
cd "$(dirname "$0")/.."

items=${1:-100000}
follow_ups=${2:-1000000}
host=${PGHOST:-127.0.0.1}; port=${PGPORT:-5432}; user=${PGUSER:-postgres}; db=${BENCH_DB:-followup_bench}
seconds=${BENCH_SECONDS:-60}; app_port=${BENCH_PORT:-8089}
url="jdbc:postgresql://$host:$port/$db"
out=target/benchmark/run-$items-$follow_ups

psql -q -h "$host" -p "$port" -U "$user" -d postgres -c "drop database if exists $db" -c "create database $db"
# clean, so that the app jar is repackaged with the current persistence module
./mvnw -q -DskipTests -pl followup-web,followup-benchmark -am clean install
mkdir -p "$out"
./mvnw -q -pl followup-benchmark exec:java \
    -Dexec.args="--url=$url --user=$user --items=$items --follow-ups=$follow_ups" | tee "$out/generator.txt"

java -Xmx512m -jar followup-web/target/followup.jar --server.port="$app_port" \
    --spring.datasource.url="$url" --spring.datasource.username="$user" \
    --followup.jobs.enabled=false --followup.demo-data=false > "$out/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
    if curl -fsS "http://localhost:$app_port/actuator/health/readiness" > /dev/null 2>&1; then break; fi
    sleep 1
done

count() { psql -qtA -h "$host" -p "$port" -U "$user" -d "$db" -c "select count(*) from follow_up"; }
before=$(count)
( while kill -0 "$app" 2>/dev/null; do jstat -gc "$app" 2>/dev/null | tail -1; sleep 1; done ) > "$out/heap.txt" &

# a first, shorter run warms the JVM up; only the second one is reported
./mvnw -q -pl followup-benchmark gatling:test -DbaseUrl="http://localhost:$app_port" -Dseconds=15 \
    > "$out/warm-up.txt" 2>&1 || { tail -40 "$out/warm-up.txt"; exit 1; }
before=$(count)
./mvnw -q -pl followup-benchmark gatling:test -DbaseUrl="http://localhost:$app_port" -Dseconds="$seconds" \
    > "$out/gatling.txt" 2>&1 || { tail -40 "$out/gatling.txt"; exit 1; }
after=$(count)
kill "$app"; wait "$app" 2>/dev/null || true

report=$(ls -td followup-benchmark/target/gatling/followupsimulation-* | head -1)
python3 followup-benchmark/summary.py "$report" "$out/heap.txt" "$before" "$after" "$out/generator.txt" | tee "$out/summary.md"
