#!/usr/bin/env bash
# Each area's dashboard (this month) from two apps on the same database, alternately, as a manager waits for it.
#   followup-benchmark/ab-dashboards.sh [requests each] [before url] [after url]
#   defaults: 15 http://localhost:18501 http://localhost:18502; prints median and p90 ms of each
set -euo pipefail
n=${1:-15}; before=${2:-http://localhost:18501}; after=${3:-http://localhost:18502}
source "$(dirname "$0")/sign-in.sh"
times=$(mktemp -d)
for area in sales operations administration; do
    base=$before; old=$(sign_in "manager-$area"); base=$after; new=$(sign_in "manager-$area")
    for _ in $(seq 1 "$n"); do
        curl -fsS -o /dev/null -w '%{time_total}\n' -H "$old" -H 'Accept-Encoding: gzip' "$before/dashboards/$area?period=THIS_MONTH" >> "$times/before"
        curl -fsS -o /dev/null -w '%{time_total}\n' -H "$new" -H 'Accept-Encoding: gzip' "$after/dashboards/$area?period=THIS_MONTH" >> "$times/after"
    done
    for side in before after; do
        sort -n "$times/$side" | awk -v label="$area $side" '{ t[NR] = $1 * 1000 } END {
            printf "%-24s median %6.0f  p90 %6.0f ms\n", label, t[int((NR + 1) / 2)], t[int(NR * 0.9)] }'
        rm -f "$times/$side"
    done
done
rm -rf "$times"
echo "# load: $(uptime | sed 's/.*load average: //')"
