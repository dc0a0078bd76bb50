#!/usr/bin/env bash
# How long the app takes to start with its embedded database, and to serve its first page (the sign-in page),
# counted from the launch of the JVM: once on an empty data directory (the database is created, migrated and
# given the demo data) and once on the same directory again. With PEER_JAR, a peer (spring-petclinic) is started
# the same way right after, so the figures can be read as a ratio on a busy machine.
#   followup-benchmark/start.sh [app jar]        default followup-web/target/followup.jar
# Environment: BENCH_PORT (18205), PEER_JAR, PEER_PORT (18215), PEER_PAGE (/)
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-followup-web/target/followup.jar}
port=${BENCH_PORT:-18205}
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT

launch() { # label url command... : prints the seconds to the first 200 of url, and the app's own "Started" line
    local label=$1 url=$2; shift 2
    local log; log=$(mktemp)
    local start; start=$(date +%s.%N)
    "$@" > "$log" 2>&1 &
    local pid=$!
    until curl -fs -o /dev/null "$url"; do
        sleep 0.1
        kill -0 "$pid" 2>/dev/null || { echo "$label: the app stopped"; tail -20 "$log"; return 1; }
    done
    local first; first=$(date +%s.%N)
    printf '%-44s first page after %5.1f s; %s\n' "$label" "$(echo "$first - $start" | bc)" \
        "$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$log" | sed 's/Started [A-Za-z]* in/started in/')"
    kill "$pid"; wait "$pid" 2>/dev/null || true
    rm -f "$log"
}

echo "# $(date -u '+%F %H:%M UTC'), load: $(uptime | sed 's/.*load average: //')"
for run in "empty data directory" "the same directory again"; do
    launch "Followup, embedded database, $run" "http://localhost:$port/sign-in" \
        env FOLLOWUP_EMBEDDED_DATABASE_DIRECTORY="$data/postgres" FOLLOWUP_JOBS_ENABLED=false \
        java -Xmx512m -jar "$jar" --server.port="$port"
done
if [ -n "${PEER_JAR:-}" ]; then
    launch "peer, $(basename "$PEER_JAR")" "http://localhost:${PEER_PORT:-18215}${PEER_PAGE:-/}" \
        java -Xmx512m -jar "$PEER_JAR" --server.port="${PEER_PORT:-18215}"
fi
echo "# load after: $(uptime | sed 's/.*load average: //')"
