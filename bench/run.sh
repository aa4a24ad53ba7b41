#!/usr/bin/env bash
# Runs the benchmark scenarios against the app on a throwaway PostgreSQL (started and stopped
# here), and appends the figures to bench/results/<date>.md. Usage: bench/run.sh [officers] [reports/s] [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."

PG_PORT="${BENCH_PG_PORT:-55436}"
APP_URL="http://127.0.0.1:${BENCH_APP_PORT:-5089}"
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
WORK=$(mktemp -d /tmp/licensing-bench.XXXXXX)
chown postgres "$WORK"

cleanup() {
  [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

runuser -u postgres -- "$PG_BIN/initdb" -D "$WORK/data" -A trust -U postgres >/dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/pg.log" -w \
  -o "-p $PG_PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null

dotnet build src/Licensing.Api -c Release -v q -nologo >/dev/null
dotnet build bench/Licensing.Bench -c Release -v q -nologo >/dev/null

Database__Provider=Postgres \
ConnectionStrings__Licensing="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres" \
Database__DataDirectory="$WORK/app" Demo__Enabled=true ASPNETCORE_ENVIRONMENT=Production \
Bench__CeilingEndpoint=true RateLimits__PublicPerMinute=100000000 \
Logging__LogLevel__Default=Warning ASPNETCORE_URLS="$APP_URL" \
  env ${BENCH_APP_ENV:-} dotnet src/Licensing.Api/bin/Release/net10.0/Licensing.Api.dll >"$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 120); do curl -sf "$APP_URL/health/ready" >/dev/null && break; sleep 0.5; done

command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || sudo apt-get install -y -qq wrk >/dev/null; }
result=$(bench/verification.sh "$APP_URL" "postgresql://postgres@127.0.0.1:$PG_PORT/postgres" "$PG_BIN")
result+=$'\n'$(dotnet bench/Licensing.Bench/bin/Release/net10.0/Licensing.Bench.dll "$APP_URL" alert-latency "$@")
file="bench/results/$(date +%F).md"
if [ ! -f "$file" ]; then
  printf '# Benchmark results %s\n\nMachine: %s cores, %s, PostgreSQL %s (fsync on), app in Release on the same machine.\n\n| scenario | data size | figures | ratio |\n|---|---|---|---|\n' \
    "$(date +%F)" "$(nproc)" "$(free -g | awk '/Mem:/ {print $2 " GiB"}')" "$("$PG_BIN/postgres" --version | awk '{print $3}')" >"$file"
fi
echo "$result" | tee -a "$file"
