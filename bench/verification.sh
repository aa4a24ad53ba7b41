#!/usr/bin/env bash
# Scenario 1, public licence verification: wrk against GET /api/v1/public/licences/{number}, beside
# the app's constant /bench/ceiling (HTTP ceiling) and pgbench running the same single-row query
# (database ceiling), at the same concurrency, in one run. Prints one Markdown table row.
# Usage: bench/verification.sh <app-url> <postgresql-uri> <pg-bin> [connections=32] [seconds=10]
set -euo pipefail
url=$1; uri=$2; pg_bin=$3; connections=${4:-32}; seconds=${5:-10}

number=$("$pg_bin/psql" -Atq "$uri" -c "SELECT \"Number\" FROM \"Licences\" WHERE \"Status\" = 'Active' ORDER BY \"Number\" LIMIT 1")
licences=$("$pg_bin/psql" -Atq "$uri" -c "SELECT count(*) FROM \"Licences\"")

measure() { # <url> [wrk options]; prints "requests/s p50 p99"
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "$@" | awk '
    /Requests\/sec/ {rps=$2} / 50%/ {p50=$2} / 99%/ {p99=$2} /Non-2xx/ {bad=$NF}
    END {if (bad) {print "non-2xx answers: " bad > "/dev/stderr"; exit 1}; print rps, p50, p99}'
}
curl -sf "$url/api/v1/public/licences/$number" >/dev/null  # warm up the endpoint once
read -r ceiling_rps ceiling_p50 ceiling_p99 < <(measure "$url/bench/ceiling")
read -r verify_rps verify_p50 verify_p99 < <(measure "$url/api/v1/public/licences/$number")

# The same endpoint asked for every licence in turn, in random order: most answers are not cached.
lua=$(mktemp --suffix=.lua)
{
  echo "local paths = {"
  "$pg_bin/psql" -Atq "$uri" -c "SELECT '\"/api/v1/public/licences/' || \"Number\" || '\",' FROM \"Licences\""
  echo "}"
  echo 'request = function() return wrk.format(nil, paths[math.random(#paths)]) end'
} >"$lua"
read -r many_rps many_p50 many_p99 < <(measure "$url" -s "$lua")
rm -f "$lua"

script=$(mktemp)
echo "SELECT * FROM \"Licences\" WHERE \"Number\" = '$number';" >"$script"
db_tps=$("$pg_bin/pgbench" -n -c "$connections" -j 2 -T "$seconds" -f "$script" "$uri" 2>/dev/null | awk '/^tps/ {print $3; exit}')
rm -f "$script"

ratio=$(awk -v a="$verify_rps" -v b="$ceiling_rps" 'BEGIN {printf "%.0f%%", 100 * a / b}')
many_ratio=$(awk -v a="$many_rps" -v b="$ceiling_rps" 'BEGIN {printf "%.0f%%", 100 * a / b}')
echo "| public verification (\`GET /api/v1/public/licences/{number}\`), wrk ${connections} connections ${seconds} s | ${licences} licences | ${verify_rps} req/s, p50 ${verify_p50}, p99 ${verify_p99}; HTTP ceiling (\`/bench/ceiling\`) ${ceiling_rps} req/s, p50 ${ceiling_p50}, p99 ${ceiling_p99}; database ceiling (pgbench, same query) ${db_tps} tps; every licence in random order ${many_rps} req/s, p50 ${many_p50}, p99 ${many_p99} | verification / HTTP ceiling = ${ratio} (target ≥ 50%); every licence in random order / HTTP ceiling = ${many_ratio} |"
