#!/usr/bin/env bash
# Runs every test: unit, integration (SQLite and PostgreSQL) and browser (Chromium).
# Installs what is missing, starts a throwaway PostgreSQL on loopback, stops it afterwards,
# and prints "N passed, N failed" as its last line. Exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."

PG_PORT="${LICENSING_TEST_PG_PORT:-55432}"
PG_BIN=""

log() { echo "[test.sh] $*" >&2; }

install_missing() {
  local wanted=()
  local package
  for package in postgresql chromium fonts-khmeros poppler-utils; do
    dpkg -s "$package" >/dev/null 2>&1 || wanted+=("$package")
  done
  # npm for the API description's linters (Debian ships it apart from nodejs).
  command -v npm >/dev/null 2>&1 || wanted+=(nodejs npm)
  if [ ${#wanted[@]} -gt 0 ]; then
    log "installing ${wanted[*]}"
    local sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${wanted[@]}" >/dev/null
  fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
}

start_postgres() {
  PG_DIR=$(mktemp -d /tmp/licensing-pg.XXXXXX)
  local as=()
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$PG_DIR"; as=(runuser -u postgres --); fi
  "${as[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
  "${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400" start >/dev/null
  PG_AS=("${as[@]}")
  export LICENSING_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
  log "PostgreSQL on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  "${PG_AS[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
trap stop_postgres EXIT

install_missing
start_postgres

# dotnet-ef, pinned in .config/dotnet-tools.json, for adding migrations; SchemaTests checks the model against them.
dotnet tool restore >/dev/null

# The exported API description must pass Redocly (recommended) and Spectral (oas) without an error. The linters are
# pinned in tools/package.json (and its lock file), installed into tools/node_modules.
lint_api_description() {
  local document
  document=$(mktemp --suffix=.json)
  ( cd tools && npm ci --no-audit --no-fund --loglevel=error >/dev/null ) || { log "could not install the linters"; return 1; }
  # Development: the document is the same in every environment, and only Development starts without production keys.
  ASPNETCORE_ENVIRONMENT=Development dotnet run --project src/Licensing.Api -c Release --no-build --no-launch-profile -- openapi >"$document" || return 1
  local result=0
  tools/node_modules/.bin/redocly lint "$document" --config redocly.yaml --format stylish || result=1
  tools/node_modules/.bin/spectral lint "$document" --ruleset .spectral.yaml --fail-severity error || result=1
  rm -f "$document"
  return $result
}

output=$(mktemp)
# Each test project on its own: run through the solution, a failure in Licensing.Api.Tests would skip the projects
# that reference it (Licensing.Web.Tests) and hide their results.
dotnet build Licensing.sln -c Release 2>&1 | tee "$output"
status=${PIPESTATUS[0]}
if [ "$status" -eq 0 ]; then
  for project in tests/*/*.csproj; do
    dotnet test "$project" -c Release --no-build 2>&1 | tee -a "$output"
    [ "${PIPESTATUS[0]}" -eq 0 ] || status=1
  done
fi

passed=$(grep -oE "Passed: +[0-9]+" "$output" | grep -oE "[0-9]+" | awk '{s+=$1} END {print s+0}')
failed=$(grep -oE "Failed: +[0-9]+" "$output" | grep -oE "[0-9]+" | awk '{s+=$1} END {print s+0}')
passed=${passed:-0}; failed=${failed:-0}
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if lint_api_description; then
  passed=$((passed + 1))
else
  log "the API description has linter errors"
  failed=$((failed + 1)); status=1
fi
rm -f "$output"
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ]
