#!/usr/bin/env bash
# The portfolio at size (issue 16): the three-year company of run.sh with 20,000 customers and 1,000,000 sale lines,
# the recompute on demand (the first one opens every customer's service follow-up, the second is a usual night), then
# the portfolio list (filters, sorts, pages one after the other) and the portfolio dashboard, one request at a time.
#   followup-benchmark/portfolio.sh [customers] [sale lines]        defaults: 20000 1000000
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_DB (followup_portfolio_bench),
#              BENCH_PORT (8089), BENCH_REQUESTS (200) per page after a warm-up of as many, BENCH_ITEMS (100000),
#              BENCH_FOLLOW_UPS (1000000), BENCH_REUSE=true: keep the database already generated (and scored).
# It builds nothing: build the jar and the generator first (./mvnw -q -DskipTests -Dlicense.skip install).
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-20000}
lines=${2:-1000000}
host=${PGHOST:-127.0.0.1}; pgport=${PGPORT:-5432}; user=${PGUSER:-postgres}; db=${BENCH_DB:-followup_portfolio_bench}
port=${BENCH_PORT:-8089}; base="http://localhost:$port"
requests=${BENCH_REQUESTS:-200}
log="/tmp/portfolio-bench-app-$port.log"
sql() { psql -qtAX -h "$host" -p "$pgport" -U "$user" -d "$db" -v ON_ERROR_STOP=1 "$@"; }
load() { uptime | sed 's/.*load average: //'; }

if [ "${BENCH_REUSE:-false}" != true ]; then
    psql -q -h "$host" -p "$pgport" -U "$user" -d postgres -c "drop database if exists $db" -c "create database $db"
    # the generator on its class path, with this checkout's migrations (exec:java needs the network offline), and
    # not the followup jars of the local repository, which may hold another branch's migrations
    ./mvnw -q -o -pl followup-benchmark dependency:build-classpath -Dmdep.outputFile=target/portfolio-classpath.txt > /dev/null
    echo "# generating, load: $(load)"
    java -cp "followup-benchmark/target/classes:followup-persistence/target/classes:followup-domain/target/classes:$(tr ':' '\n' \
            < followup-benchmark/target/portfolio-classpath.txt | grep -v '/com/followup/' | paste -sd:)" \
        com.followup.benchmark.DataGenerator --url="jdbc:postgresql://$host:$pgport/$db" --user="$user" \
        --items="${BENCH_ITEMS:-100000}" --follow-ups="${BENCH_FOLLOW_UPS:-1000000}" --days=1095 --people=200 \
        --customers="$customers" --sale-lines="$lines"
fi
echo "# $(sql -c "select count(*) from customer") customers, $(sql -c "select count(*) from sale_line") sale lines," \
    "$(sql -c "select count(*) from item") items, $(sql -c "select count(*) from follow_up") follow-ups"

java -Xmx512m -jar followup-web/target/followup.jar --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://$host:$pgport/$db" --spring.datasource.username="$user" \
    --followup.jobs.enabled=false --followup.demo-data=false > "$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do
    curl -fsS "$base/actuator/health/readiness" > /dev/null 2>&1 && break
    sleep 1
done

jar() { mktemp; }
sign_in() { # user cookie-jar
    local csrf; csrf=$(curl -fsS -c "$2" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
        | sed 's/.*value="//;s/"$//')
    curl -fsS -b "$2" -c "$2" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=followup-bench" \
        --data-urlencode "_csrf=$csrf" "$base/sign-in"
}
cookie() { echo "Cookie: SESSION=$(awk '$6 == "SESSION" {print $7}' "$1")"; }
director=$(jar); sign_in director "$director"
manager=$(jar); sign_in manager-sales "$manager"
seller=$(jar); sign_in staff-sales-001 "$seller"

recompute() { # label: the recompute on demand as the director asks for it, timed by curl and by the app's log
    local csrf; csrf=$(curl -fsS -b "$director" "$base/portfolio" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
        | sed 's/.*value="//;s/"$//')
    local before; before=$(wc -l < "$log")
    local took; took=$(curl -fsS -b "$director" -o /dev/null -w '%{time_total}' --data-urlencode "_csrf=$csrf" \
        "$base/portfolio/recompute")
    printf '%-44s %6.1f s (load %s)\n' "$1" "$took" "$(load)"
    tail -n +"$((before + 1))" "$log" | grep -E "Scored|follow-ups:" | sed 's/.*\] [^ ]* *: /    /; s/.* : /    /'
}
if [ "${BENCH_REUSE:-false}" != true ]; then
    recompute "recompute, first (opens the service items)"
fi
recompute "recompute, a usual night"
# as autovacuum does after the nightly run (this server runs without it): every score was written again
sql -c "vacuum analyze customer_score, customer_score_factors, customer_segment_month, item"
echo "# segments: $(sql -c "select string_agg(segment || ' ' || n, ', ' order by segment) from (select segment, count(*) n from customer_score group by 1) s");" \
    "lapsed $(sql -c "select count(*) from customer_score where lapsed"), churned $(sql -c "select count(*) from customer_score where churned")," \
    "open service items $(sql -c "select count(*) from item where portfolio_purpose = 'SERVICE' and status <> 'CLOSED'")," \
    "lapse items $(sql -c "select count(*) from item where portfolio_purpose = 'LAPSE'")"

measure() { # label requests cookie-jar path... : the paths in turn, one request after the other
    local label=$1 count=$2 cookies=$3; shift 3
    local paths=("$@") times; times=$(mktemp)
    local header; header=$(cookie "$cookies")
    for i in $(seq 1 "$count"); do
        curl -fsS -o /dev/null -w '%{time_total}\n' -H 'Accept-Encoding: gzip' -H "$header" ${HX:+-H "HX-Request: true"} \
            "$base${paths[$((i % ${#paths[@]}))]}" >> "$times"
    done
    sort -n "$times" | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
        printf "%-44s median %6.1f  p95 %6.1f  p99 %6.1f ms (%d requests, one after the other)\n", label, t[int(NR * 0.5)], t[int(NR * 0.95)], t[int(NR * 0.99)], NR }'
    rm -f "$times"
}
owner=$(sql -c "select id from app_user where username = 'staff-sales-002'")
list=(/portfolio "/portfolio?page=1" "/portfolio?page=2" "/portfolio?segment=A&sort=HEALTH"
      "/portfolio?segment=B&sort=POTENTIAL" "/portfolio?segment=B&sort=POTENTIAL&page=1" "/portfolio?health=RED&sort=RECENCY"
      "/portfolio?group=AT_RISK" "/portfolio?lapsed=true&sort=REVENUE" "/portfolio?channel=VISIT&sort=NAME"
      "/portfolio?channel=VISIT&sort=NAME&page=1" "/portfolio?owner=$owner" "/portfolio?covered=false&segment=A"
      "/portfolio?sort=NAME&page=40")
fragments=("/portfolio?segment=C&sort=NAME&page=3" "/portfolio?group=CHAMPIONS&sort=HEALTH" "/portfolio?health=AMBER&page=1")
dashboard=(/portfolio/dashboard "/portfolio/dashboard?period=THIS_MONTH" "/portfolio/dashboard?period=THIS_YEAR")

echo "# $base, $(date -u '+%F %H:%M UTC'), load: $(load)"
measure "warm-up" "$requests" "$manager" "${list[@]}" > /dev/null
measure "warm-up" 50 "$manager" "${dashboard[@]}" > /dev/null
measure "portfolio list (manager, 14 filters/sorts/pages)" "$requests" "$manager" "${list[@]}"
measure "portfolio list (a seller's own customers)" "$requests" "$seller" /portfolio "/portfolio?sort=HEALTH" "/portfolio?page=1"
HX=true measure "portfolio list, htmx fragment (filters)" "$requests" "$manager" "${fragments[@]}"
measure "portfolio dashboard (last quarter)" "$requests" "$manager" /portfolio/dashboard
measure "portfolio dashboard (month, quarter, year)" "$requests" "$director" "${dashboard[@]}"
echo "# load after: $(load)"
grep -E " ERROR |Exception" "$log" | head -5 || true
rm -f "$director" "$manager" "$seller"
