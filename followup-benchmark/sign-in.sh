# Sourced by the benchmark scripts: signs a bench company's person in at $base and prints the session's cookie header.
sign_in() { # user -> "Cookie: SESSION=..."
    local jar; jar=$(mktemp)
    local csrf; csrf=$(curl -fsS -c "$jar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 \
        | sed 's/.*value="//;s/"$//')
    curl -fsS -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=followup-bench" \
        --data-urlencode "_csrf=$csrf" "$base/sign-in"
    echo "Cookie: SESSION=$(awk '$6 == "SESSION" {print $7}' "$jar")"
    rm -f "$jar"
}
