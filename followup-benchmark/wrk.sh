#!/usr/bin/env bash
# One wrk run (issue 19): Followup side by side with a same-stack peer (spring-petclinic), measured in the same run
# on the same machine, so that the results are ratios that hold on any machine. Every page is asked for as a
# signed-in browser asks (session cookie, gzip accepted).
#   followup-benchmark/wrk.sh [Followup url] [peer url]      defaults: http://localhost:8089 http://localhost:18215
# Environment: BENCH_SECONDS (30) per measured run, BENCH_WARM_UP (30) per target before the first round,
#              BENCH_ROUNDS (2) measured rounds, BENCH_SELLER (staff-sales-001), BENCH_MANAGER (manager-sales),
#              BENCH_CONNECTIONS (16); without a peer url ("-") only Followup is measured.
# Start Followup on a generated company first (run.sh, or docs/benchmarks.md), and the peer with `java -jar`.
set -euo pipefail
base=${1:-http://localhost:8089}
peer=${2:-http://localhost:18215}
seconds=${BENCH_SECONDS:-30}; warm_up=${BENCH_WARM_UP:-30}; rounds=${BENCH_ROUNDS:-2}
connections=${BENCH_CONNECTIONS:-16}

source "$(dirname "$0")/sign-in.sh"
seller=$(sign_in "${BENCH_SELLER:-staff-sales-001}")
manager=$(sign_in "${BENCH_MANAGER:-manager-sales}")
css=$(curl -fsS -H "$seller" "$base/my-follow-ups" | grep -o '/assets/css/app[^"]*\.css' | head -1)

# name | url | header ("-" for none)
targets=(
    "Followup, My follow-ups of a seller|$base/my-follow-ups|$seller"
    "Followup, Sales dashboard (month)|$base/dashboards/sales?period=THIS_MONTH|$manager"
    "Followup, stylesheet with the session cookie|$base$css|$seller"
    "Followup, stylesheet without a cookie|$base$css|-"
    # the floor of any signed-in answer: the security filters, the session read (one statement), the smallest
    # fragment (the search as one types, with nothing typed: no query of its own); My follow-ups cannot be cheaper
    "Followup, the lightest signed-in answer|$base/my-follow-ups/search?q=|$seller;;HX-Request: true"
)
if [ "$peer" != "-" ]; then
    targets+=(
        "peer, owner list (5 owners)|$peer/owners?lastName=|-"
        "peer, one owner|$peer/owners/1|-"
        "peer, a static file (the ceiling)|$peer/resources/images/favicon.png|-"
    )
fi

add_headers() { # array-name header: "-" for none, or headers separated by ";;"
    local -n into=$1; local h
    [ "$2" = "-" ] && return
    while IFS= read -r h; do into+=(-H "$h"); done <<<"${2//;;/$'\n'}"
}
bytes() { # url header gzip? -> bytes of the body as sent
    local args=(-fsS -o /dev/null -w '%{size_download}')
    add_headers args "$2"
    [ "$3" = gzip ] && args+=(-H 'Accept-Encoding: gzip')
    curl "${args[@]}" "$1"
}
drive() { # seconds url header -> "requests/s p50-ms p99-ms"
    local args=(-t2 -c"$connections" -d"${1}s" --latency -H 'Accept-Encoding: gzip')
    add_headers args "$3"
    wrk "${args[@]}" "$2" | awk '
        function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
        /Requests\/sec/ { rps = $2 } /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
        /Non-2xx|Socket errors/ { errors = errors " " $0 }
        END { printf "%.0f %.1f %.1f%s\n", rps, p50, p99, (errors == "" ? "" : " ERRORS:" errors) }'
}

echo "# wrk -t2 -c$connections, ${seconds} s a run, ${warm_up} s of warm-up per target; $(date -u '+%F %H:%M UTC'); load: $(uptime | sed 's/.*load average: //')"
for target in "${targets[@]}"; do
    IFS='|' read -r name url header <<<"$target"
    drive "$warm_up" "$url" "$header" > /dev/null
done
declare -A total
echo "| page | round | requests/s | p50 ms | p99 ms | bytes (gzip accepted / plain) |"
echo "|---|---:|---:|---:|---:|---:|"
for round in $(seq 1 "$rounds"); do
    for target in "${targets[@]}"; do
        IFS='|' read -r name url header <<<"$target"
        read -r rps p50 p99 rest <<<"$(drive "$seconds" "$url" "$header")"
        total[$name]=$(( ${total[$name]:-0} + rps ))
        echo "| $name | $round | $rps | $p50 | $p99 | $(bytes "$url" "$header" gzip) / $(bytes "$url" "$header" plain) | ${rest:-}"
    done
done
echo "load after: $(uptime | sed 's/.*load average: //')"
ratio() { awk -v a="${total[$1]:-0}" -v b="${total[$2]:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'; }
echo
echo "My follow-ups / peer's owner list:      $(ratio 'Followup, My follow-ups of a seller' 'peer, owner list (5 owners)')   (target at least 3)"
echo "My follow-ups / peer's static file:     $(ratio 'Followup, My follow-ups of a seller' 'peer, a static file (the ceiling)')   (target at least 0.10)"
echo "lightest signed-in answer / owner list: $(ratio 'Followup, the lightest signed-in answer' 'peer, owner list (5 owners)')   (the most My follow-ups could reach)"
echo "My follow-ups / lightest signed-in:     $(ratio 'Followup, My follow-ups of a seller' 'Followup, the lightest signed-in answer')"
echo "Sales dashboard / peer's owner list:    $(ratio 'Followup, Sales dashboard (month)' 'peer, owner list (5 owners)')"
echo "stylesheet with / without the cookie:   $(ratio 'Followup, stylesheet with the session cookie' 'Followup, stylesheet without a cookie')   (target 1)"
echo "Followup's stylesheet / peer's static:  $(ratio 'Followup, stylesheet without a cookie' 'peer, a static file (the ceiling)')"
