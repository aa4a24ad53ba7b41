#!/usr/bin/env bash
# Runs the benchmark scenarios against the app on a throwaway PostgreSQL (started and stopped
# here) filled with generated data, and appends the figures to bench/results/<date>.md.
# Usage: bench/run.sh [officers] [reports/s] [seconds]; BENCH_SCALE=cambodia-x10|region|small;
# BENCH_ONLY="sweeps dashboards …" runs only the scenarios named (verification and footprint are "verification").
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE="${BENCH_SCALE:-cambodia-x10}"
PG_PORT="${BENCH_PG_PORT:-55436}"
APP_URL="http://127.0.0.1:${BENCH_APP_PORT:-5089}"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
WORK=$(mktemp -d /tmp/licensing-bench.XXXXXX)
chown postgres "$WORK"
bench() { dotnet bench/Licensing.Bench/bin/Release/net10.0/Licensing.Bench.dll "$@"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status"; }

stop_app() { [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
cleanup() {
  stop_app
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# Production refuses to start without the OpenID Connect server's keys (README, "OpenID Connect").
OIDC_SIGNING_KEY=$(openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null)
OIDC_ENCRYPTION_KEY=$(openssl rand -base64 32)

start_app() { # sets APP_PID, and READY_MS to the milliseconds from launch to a ready answer
  local started; started=$(date +%s%N)
  Oidc__SigningKeys__0="$OIDC_SIGNING_KEY" Oidc__EncryptionKeys__0="$OIDC_ENCRYPTION_KEY" \
  Database__Provider=Postgres ConnectionStrings__Licensing="$CONNECTION" \
  Database__DataDirectory="$WORK/app" Demo__Enabled=true ASPNETCORE_ENVIRONMENT=Production \
  Bench__CeilingEndpoint=true RateLimits__PublicPerMinute=100000000 \
  Logging__LogLevel__Default=Warning ASPNETCORE_URLS="$APP_URL" PublicBaseUrl="$APP_URL" \
    env ${BENCH_APP_ENV:-} dotnet src/Licensing.Api/bin/Release/net10.0/Licensing.Api.dll >>"$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -sf "$APP_URL/health/ready" >/dev/null; do
    kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app.log" >&2; exit 1; }
    sleep 0.1
  done
  READY_MS=$(( ($(date +%s%N) - started) / 1000000 ))
}

runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/pg.log" -w \
  -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=300 -c shared_buffers=1GB -c max_wal_size=4GB" start >/dev/null

dotnet build src/Licensing.Api -c Release -v q -nologo >/dev/null
dotnet build bench/Licensing.Bench -c Release -v q -nologo >/dev/null
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || sudo apt-get install -y -qq wrk >/dev/null; }

file="bench/results/$(date +%F).md"
if [ ! -f "$file" ]; then
  printf '# Benchmark results %s\n\nMachine: %s cores, %s, PostgreSQL %s (fsync on), app in Release on the same machine.\n\n| scenario | data size | figures | ratio |\n|---|---|---|---|\n' \
    "$(date +%F)" "$(nproc)" "$(free -g | awk '/Mem:/ {print $2 " GiB"}')" "$("$PG_BIN/postgres" --version | awk '{print $3}')" >"$file"
fi
record() { echo "$1" | tee -a "$file"; }  # each row as soon as it is measured
wanted() { [ -z "${BENCH_ONLY:-}" ] || [[ " $BENCH_ONLY " == *" $1 "* ]]; }

start_app   # migrates and seeds the demo data
first_start=$READY_MS
stop_app
generated=$(bench generate "$CONNECTION" "$SCALE")
record "$generated"
size="$SCALE ($(echo "$generated" | grep -oE '[0-9,]+ workers' | head -n 1))"

start_app
ready_ms=$READY_MS
sleep 10
if wanted verification; then
  idle_rss=$(rss_mb)
  peak_file="$WORK/peak"; echo 0 >"$peak_file"
  ( while kill -0 "$APP_PID" 2>/dev/null; do r=$(rss_mb); [ "$r" -gt "$(cat "$peak_file")" ] && echo "$r" >"$peak_file"; sleep 0.2; done ) &
  SAMPLER=$!
  record "$(bench/verification.sh "$APP_URL" "postgresql://postgres@127.0.0.1:$PG_PORT/postgres" "$PG_BIN")"
  kill "$SAMPLER" 2>/dev/null || true
  record "| start-up and footprint | $size | first start on an empty database (migrations, demo data) $first_start ms; start on the generated data to \`/health/ready\` $ready_ms ms; RSS idle $idle_rss MB, peak under scenario 1 $(cat "$peak_file") MB | peak under load / idle = $(awk -v a="$(cat "$peak_file")" -v b="$idle_rss" 'BEGIN {printf "%.2f", a / b}') |"
fi

scenario() { # <name> [args]: records the scenario's row, or that it failed (the reason is on stderr)
  local row
  wanted "$1" || return 0
  if row=$(bench "$APP_URL" "$@"); then record "$row"; else record "| $1 | $size | failed (exit $?), see the run's output | |"; fi
}
scenario alert-latency "$@"
scenario complaint-filing
scenario dashboards "$size"
scenario sweeps "$CONNECTION" "$APP_PID" "$size"
