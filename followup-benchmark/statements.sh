#!/usr/bin/env bash
# SQL statements per page on a running app, counted by PostgreSQL itself: each page is asked for alone and the
# statements its database logged meanwhile are counted (transaction control left out, as the tests count them).
# Before starting the app:  psql -c "alter database <db> set log_statement = 'all'"   (and `reset` it afterwards)
#   followup-benchmark/statements.sh [base url] [database]    defaults: http://localhost:8089 followup_bench
# Environment: PGLOG (/var/log/postgresql/postgresql-15-main.log), the server's log, with %d in log_line_prefix
set -euo pipefail
base=${1:-http://localhost:8089}
db=${2:-followup_bench}
log=${PGLOG:-/var/log/postgresql/postgresql-15-main.log}

source "$(dirname "$0")/sign-in.sh"
count() { # header path -> statements logged while the page was served
    local before; before=$(wc -l < "$log")
    curl -fsS -o /dev/null -H "$1" "$base$2"
    sleep 0.5
    tail -n +"$((before + 1))" "$log" | grep "@$db LOG:  \(statement\|execute\)" \
        | grep -civ ': \(BEGIN\|BEGIN READ ONLY\|COMMIT\|ROLLBACK\|SET .*\|SHOW .*\|select 1\|\) *$' || true
}
seller=$(sign_in staff-sales-001); manager=$(sign_in manager-sales); director=$(sign_in director)
for page in "$seller|/my-follow-ups" "$manager|/dashboards/sales?period=THIS_MONTH" "$director|/dashboards"; do
    IFS='|' read -r header path <<<"$page"
    count "$header" "$path" > /dev/null   # the first request of a session may save it
    echo "$path: $(count "$header" "$path") statements"
done
