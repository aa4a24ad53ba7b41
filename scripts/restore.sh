#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into an EMPTY database and files folder, checking
# every file against the checksums taken at backup time.
# Usage: scripts/restore.sh <backup-folder> <postgresql-uri> <files-folder>
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 <backup-folder> <postgresql-uri> <files-folder>" >&2; exit 2; }
backup=$1; uri=$2; files=$3
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
( cd "$backup" && sha256sum --check --quiet files.sha256 )
"${PG_BIN:+$PG_BIN/}pg_restore" --no-owner --exit-on-error --dbname="$uri" "$backup/database.dump"
mkdir -p "$files"
cp -a "$backup/files/." "$files/"
echo "restored $(wc -l < "$backup/files.sha256") files and the database from $backup"
