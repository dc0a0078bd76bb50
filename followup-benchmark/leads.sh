#!/usr/bin/env bash
# Speed to lead (issue 15): the JSON endpoint's throughput with nothing lost or duplicated, the time from a lead's
# arrival to its owner's inbox, and the leads inbox and lead dashboard with 50,000 leads in the database.
#   followup-benchmark/leads.sh [leads]        default 50000
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DB (followup_leads_bench),
#              BENCH_PORT (8089), BENCH_SECONDS (30) for the API run, BENCH_CONNECTIONS (16), BENCH_REQUESTS (200)
#              per page, BENCH_TRIALS (40) arrivals, BENCH_REUSE=true: keep the database already generated,
#              BENCH_COMPANY (quarter): the company beside the leads, quarter (10,000 items, 10,000 follow-ups, 90 days)
#              or three-years (100,000 items, 1,000,000 follow-ups, 1,095 days: the working day's company),
#              BENCH_ONLY_DATA=true: make the database and stop (leads-beside.sh starts the app itself),
#              BENCH_JAR (followup-web/target/followup.jar), BENCH_JAVA_OPTS (none) for the app, e.g. a flight recording.
# It builds nothing: build the jar first (./mvnw -q -DskipTests package).
set -euo pipefail
cd "$(dirname "$0")/.."
leads=${1:-50000}
host=${PGHOST:-127.0.0.1}; pgport=${PGPORT:-5432}; user=${PGUSER:-postgres}; db=${BENCH_DB:-followup_leads_bench}
port=${BENCH_PORT:-8089}; base="http://localhost:$port"
sql() { psql -qtAX -h "$host" -p "$pgport" -U "$user" -d "$db" -v ON_ERROR_STOP=1 "$@"; }

case ${BENCH_COMPANY:-quarter} in
    quarter) company="--items=10000 --follow-ups=10000 --days=90" ;;
    three-years) company="--items=100000 --follow-ups=1000000 --days=1095" ;;
    *) echo "BENCH_COMPANY: quarter or three-years" >&2; exit 2 ;;
esac
if [ "${BENCH_REUSE:-false}" != true ]; then
    psql -q -h "$host" -p "$pgport" -U "$user" -d postgres -c "drop database if exists $db" -c "create database $db"
    # the company of the working-day benchmark, a quarter in: people, rules, items
    # the generator on its class path, with this checkout's migrations (exec:java needs the network offline)
    # (offline when the dependency plugin is already in the local repository, else it is resolved once)
    ./mvnw -q -o -pl followup-benchmark dependency:build-classpath -Dmdep.outputFile=target/leads-classpath.txt > /dev/null \
        || ./mvnw -q -pl followup-benchmark dependency:build-classpath -Dmdep.outputFile=target/leads-classpath.txt > /dev/null
    # (and not the followup jars of the local repository, which may hold another branch's migrations)
    java -cp "followup-benchmark/target/classes:followup-persistence/target/classes:followup-domain/target/classes:$(tr ':' '\n' \
            < followup-benchmark/target/leads-classpath.txt | grep -v '/com/followup/' | paste -sd:)" \
        com.followup.benchmark.DataGenerator --url="jdbc:postgresql://$host:$pgport/$db" --user="$user" \
        $company --people=200
    sql <<SQL
insert into lead_source (name, tier, seller_id)
    select 'Web form', 'HOT', id from app_user where username = 'staff-sales-001';
-- the arrivals go to a seller whose inbox (200 rows, soonest due first) the API run does not fill
insert into lead_source (name, tier, seller_id)
    select 'Arrivals', 'HOT', id from app_user where username = 'staff-sales-002';
insert into api_key (name, key_hash, created_by, created_at)
    select 'benchmark', encode(sha256(convert_to('followup-bench-key', 'UTF8')), 'hex'), id, now()
    from app_user where username = 'director';
-- $leads leads over the last year, spread over the Sales staff; the older ones worked and closed, the last
-- thousand still open (a tenth of those for the first seller, whose inbox is measured)
with sales as (select row_number() over (order by u.id) as k, u.id from app_user u
               join app_user_area a on a.user_id = u.id and a.area = 'SALES' where u.role = 'STAFF'),
     n as (select g, now() - (g * interval '1 year' / $leads) as arrived from generate_series(1, $leads) g)
insert into lead (request_id, name, email, email_key, consent, source_id, arrived_at, halfway_at, respond_by,
                  owner_id, status, disqualify_reason, first_touch_at, connected_at)
select gen_random_uuid(), 'Lead ' || g, 'lead' || g || '@example.com', 'lead' || g || '@example.com', true,
       (select min(id) from lead_source), arrived, arrived + interval '150 seconds', arrived + interval '5 minutes',
       case when g <= 100 then (select id from app_user where username = 'staff-sales-001')
            else (select id from sales where k = 1 + g % (select count(*) from sales)) end,
       case when g <= 1000 then 'NEW' when g % 10 = 0 then 'DISQUALIFIED' when g % 10 = 1 then 'QUALIFIED'
            when g % 10 < 5 then 'CONNECTED' else 'ATTEMPTING' end,
       case when g > 1000 and g % 10 = 0 then 'UNREACHABLE' end,
       case when g > 1000 then arrived + (g % 20) * interval '1 minute' end,
       case when g > 1000 and g % 10 < 5 then arrived + (g % 20) * interval '1 minute' end
from n;
vacuum analyze;
SQL
else
    # a database kept from an earlier run: back to its generated leads (the API run and the arrivals add some each
    # time), and the arrivals' source if the database predates it
    sql <<SQL
create temporary table added as select id from lead where email_key like 'bench-%' or email_key like 'arrival.%';
delete from lead_event where lead_id in (select id from added);
delete from lead_touch where lead_id in (select id from added);
delete from lead_meeting where lead_id in (select id from added);
delete from lead_alert where lead_id in (select id from added);
delete from lead where id in (select id from added);
insert into lead_source (name, tier, seller_id)
    select 'Arrivals', 'HOT', id from app_user where username = 'staff-sales-002'
    and not exists (select 1 from lead_source where name = 'Arrivals');
vacuum analyze lead;
SQL
fi
source=$(sql -c "select min(id) from lead_source")
echo "# $(sql -c "select count(*) from lead") leads, $(sql -c "select count(*) from lead where status = 'NEW'") open and new"
[ "${BENCH_ONLY_DATA:-false}" = true ] && exit 0

# shellcheck disable=SC2086 # BENCH_JAVA_OPTS are words, e.g. -XX:StartFlightRecording=filename=leads.jfr
java -Xmx512m ${BENCH_JAVA_OPTS:-} -jar "${BENCH_JAR:-followup-web/target/followup.jar}" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://$host:$pgport/$db" --spring.datasource.username="$user" \
    --followup.jobs.enabled=false --followup.demo-data=false > "/tmp/leads-bench-app-$port.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
    curl -fsS "$base/actuator/health/readiness" > /dev/null 2>&1 && break
    sleep 1
done

source followup-benchmark/sign-in.sh
measure() { # label path requests cookie [header]
    local times; times=$(mktemp)
    for _ in $(seq 1 "$3"); do
        curl -fsS -o /dev/null -w '%{time_total}\n' -H 'Accept-Encoding: gzip' -H "$4" ${5:+-H "$5"} "$base$2" >> "$times"
    done
    sort -n "$times" | awk -v label="$1" '{ t[NR] = $1 * 1000 } END {
        printf "%-44s median %6.1f  p95 %6.1f  p99 %6.1f ms (%d requests, one after the other)\n", label, t[int(NR * 0.5)], t[int(NR * 0.95)], t[int(NR * 0.99)], NR }'
    rm -f "$times"
}
seller=$(sign_in staff-sales-001)
manager=$(sign_in manager-sales)
requests=${BENCH_REQUESTS:-200}

echo "# $base, $(date -u '+%F %H:%M UTC'), load: $(uptime | sed 's/.*load average: //')"
measure "warm-up" /leads "$requests" "$seller" > /dev/null
measure "warm-up" /leads/dashboard 50 "$manager" > /dev/null
measure "leads inbox (first seller, 100 open)" /leads "$requests" "$seller"
measure "leads inbox, the 5 s poll's fragment" /leads "$requests" "$seller" "HX-Request: true"
measure "lead dashboard (this month)" /leads/dashboard "$requests" "$manager"
measure "lead dashboard (this year)" "/leads/dashboard?period=THIS_YEAR" 50 "$manager"

cpu() { awk '{ print $14 + $15 }' "/proc/$app/stat"; } # the app's CPU time so far, in clock ticks
# and the database's: the server processes of the app's connections (a local server; pool connections stay open)
pg_cpu() { for pid in $(sql -c "select pid from pg_stat_activity where datname = '$db' and pid <> pg_backend_pid()"); do
    awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || true; done | awk '{ s += $1 } END { print s + 0 }'; }
before=$(sql -c "select count(*) from lead")
cpu_before=$(cpu); pg_before=$(pg_cpu)
out=$(BENCH_KEY=followup-bench-key BENCH_SOURCE=$source wrk -t2 -c"${BENCH_CONNECTIONS:-16}" -d"${BENCH_SECONDS:-30}s" \
    --latency -s followup-benchmark/leads-post.lua "$base/api/leads")
cpu_after=$(cpu); pg_after=$(pg_cpu)
after=$(sql -c "select count(*) from lead")
echo "$out" | grep -E "Requests/sec|Latency|  (50|99)%|requests [0-9]|Non-2xx"
sent=$(echo "$out" | awk '/requests in/ {print $1}')
echo "POST /api/leads: $sent answered, $((after - before)) leads stored," \
    "$(sql -c "select count(*) - count(distinct email_key) from lead where email_key like 'bench-%'") duplicated"
echo "the app's CPU per lead stored: $(awk -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" -v n=$((after - before)) \
    'BEGIN { printf "%.2f ms (%.1f s of CPU for %d leads)", t * 1000 / hz / n, t / hz, n }');" \
    "the database's: $(awk -v t=$((pg_after - pg_before)) -v hz="$(getconf CLK_TCK)" -v n=$((after - before)) \
    'BEGIN { printf "%.2f ms", t * 1000 / hz / n }')"

arrivals=$(sql -c "select id from lead_source where name = 'Arrivals'")
second=$(sign_in staff-sales-002)
python3 followup-benchmark/leads-arrival.py "$base" followup-bench-key "$arrivals" "${second#Cookie: }" "${BENCH_TRIALS:-40}"
echo "# load after: $(uptime | sed 's/.*load average: //')"
