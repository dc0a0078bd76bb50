#!/usr/bin/env bash
# Latency as one person waits for it, without a queue: pages asked for one after the other (gzip accepted) by
# ten sellers in turn, then the Sales manager's dashboard and the director's overview; prints median, p95 and p99 ms.
#   followup-benchmark/latency.sh [base url] [requests per page]     defaults: http://localhost:8089 200
# Environment: DASHBOARD_REQUESTS (as many as the other pages) for the Sales dashboard
set -euo pipefail
base=${1:-http://localhost:8089}
count=${2:-200}
source "$(dirname "$0")/sign-in.sh"
measure() { # label path requests cookie...
    local label=$1 path=$2 count=$3; shift 3
    local cookies=("$@") times; times=$(mktemp)
    for i in $(seq 1 "$count"); do
        curl -fsS -o /dev/null -w '%{time_total}\n' -H 'Accept-Encoding: gzip' -H "${cookies[$((i % ${#cookies[@]}))]}" \
            "$base$path" >> "$times"
    done
    sort -n "$times" | awk -v label="$label" '{ t[NR] = $1 * 1000 } END {
        printf "%-28s median %6.1f  p95 %6.1f  p99 %6.1f ms (%d requests)\n", label, t[int(NR * 0.5)], t[int(NR * 0.95)], t[int(NR * 0.99)], NR }'
    rm -f "$times"
}
sellers=(); for n in $(seq -f '%03g' 1 10); do sellers+=("$(sign_in "staff-sales-$n")"); done
echo "# $base, $(date -u '+%F %H:%M UTC'), load: $(uptime | sed 's/.*load average: //')"
measure "My follow-ups" /my-follow-ups "$count" "${sellers[@]}"
measure "director's overview" /dashboards "$count" "$(sign_in director)"
measure "Sales dashboard (month)" "/dashboards/sales?period=THIS_MONTH" "${DASHBOARD_REQUESTS:-$count}" "$(sign_in manager-sales)"
echo "# load after: $(uptime | sed 's/.*load average: //')"
