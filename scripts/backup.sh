#!/usr/bin/env bash
# Backs up the PostgreSQL database and the uploaded files into one folder.
# Usage: scripts/backup.sh <postgresql-uri> <files-folder> <backup-folder>
#   e.g. scripts/backup.sh postgresql://licensing@db/licensing /srv/licensing/data/files /backups/2026-11-22
# The database is dumped first, then the files are copied: files are written before the row that
# names them is committed and are never deleted, so every file the dump refers to is in the copy.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 <postgresql-uri> <files-folder> <backup-folder>" >&2; exit 2; }
uri=$1; files=$2; out=$3
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
mkdir -p "$out"
"${PG_BIN:+$PG_BIN/}pg_dump" --format=custom --no-owner --file="$out/database.dump" "$uri"
mkdir -p "$out/files"
[ -d "$files" ] && cp -a "$files/." "$out/files/"
( cd "$out" && find files -type f -print0 | sort -z | xargs -0 -r sha256sum > files.sha256 )
echo "backup written to $out: database.dump, $(wc -l < "$out/files.sha256") files"
