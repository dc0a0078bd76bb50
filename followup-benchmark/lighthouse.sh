#!/usr/bin/env bash
# Lighthouse performance of the sign-in page, My follow-ups (alicia) and the Sales dashboard (marco) on the demo
# data, in Debian's Chromium; prints one line a page and keeps each report as JSON in the output folder.
#   npm i -g lighthouse   (once)
#   FOLLOWUP_EMBEDDED_DATABASE_DIRECTORY=/tmp/lh-db/postgres SERVER_PORT=8090 FOLLOWUP_JOBS_ENABLED=false \
#       java -jar followup-web/target/followup.jar &
#   followup-benchmark/lighthouse.sh [base url] [output folder]     defaults: http://localhost:8090 benchmark-results/lighthouse
# Environment: LIGHTHOUSE_PRESET (empty: Lighthouse's default, a throttled phone; "desktop"), CHROME_PATH (/usr/bin/chromium)
set -euo pipefail
base=${1:-http://localhost:8090}
out=${2:-benchmark-results/lighthouse}
preset=${LIGHTHOUSE_PRESET:-}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
mkdir -p "$out"
sign_in() { # user -> SESSION cookie value
    local jar; jar=$(mktemp)
    local csrf; csrf=$(curl -fsS -c "$jar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
        | sed 's/.*value="//;s/"$//')
    curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=followup-demo" \
        --data-urlencode "_csrf=$csrf" "$base/sign-in"
    awk '$6 == "SESSION" {print $7}' "$jar"
    rm -f "$jar"
}
measure() { # name path [session]
    local report="$out/$1${preset:+-$preset}.json" headers='{}'
    [ -n "${3:-}" ] && headers="{\"Cookie\":\"SESSION=$3\"}"
    lighthouse "$base$2" --quiet --only-categories=performance ${preset:+--preset="$preset"} \
        --chrome-flags="--headless=new --no-sandbox" --extra-headers="$headers" \
        --output=json --output-path="$report"
    node -e '
        const r = require(require("path").resolve(process.argv[1])), a = r.audits, kib = b => (b / 1024).toFixed(0);
        const wasted = id => (a[id].details && a[id].details.overallSavingsBytes) || 0;
        console.log([process.argv[2].padEnd(14), "score", Math.round(r.categories.performance.score * 100),
            "FCP", a["first-contentful-paint"].displayValue, "LCP", a["largest-contentful-paint"].displayValue,
            "TBT", a["total-blocking-time"].displayValue, "CLS", a["cumulative-layout-shift"].displayValue,
            "sent", kib(a["total-byte-weight"].numericValue), "KiB", "unused CSS", kib(wasted("unused-css-rules")), "KiB",
            "unused JS", kib(wasted("unused-javascript")), "KiB"].join(" "));' "$report" "$1"
}
echo "# $base, $(date -u '+%F %H:%M UTC'), preset: ${preset:-mobile (default)}, $(chromium --version), lighthouse $(lighthouse --version), load: $(uptime | sed 's/.*load average: //')"
measure sign-in /sign-in
measure my-follow-ups /my-follow-ups "$(sign_in alicia)"
measure dashboard "/dashboards/sales?period=THIS_MONTH" "$(sign_in marco)"
