#!/usr/bin/env bash
# Stop the PostgreSQL that start.sh started in $POSTGRES_DIR (same default as start.sh), with
# pg_ctl on its own data directory (never by process name). Idempotent. POSTGRES_PURGE=1 also
# deletes the directory.
set -euo pipefail
if [[ -z ${POSTGRES_DIR:-} && -d /dev/shm && -w /dev/shm && $(stat -f -c %T /dev/shm 2>/dev/null) == tmpfs ]]; then
  DIR=/dev/shm/pgstack
else
  DIR="${POSTGRES_DIR:-/tmp/pgstack}"
fi
if [[ ! -d $DIR ]]; then echo "pgstack: nothing at $DIR, nothing to stop"; exit 0; fi
exec 9>"$DIR/.lock"
flock -w 120 9 || { echo "pgstack: could not get $DIR/.lock" >&2; exit 1; }
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -n $BIN && -f $DIR/data/postmaster.pid ]]; then
  if [[ $(id -u) == 0 ]]; then
    owner=$(stat -c %U "$DIR/data")
    setpriv --reuid="$owner" --regid="$(id -g "$owner")" --clear-groups -- "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop 9>&- || true
  else
    "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop 9>&- || true
  fi
fi
if [[ ${POSTGRES_PURGE:-0} == 1 ]]; then rm -rf "$DIR"; echo "pgstack: stopped and removed $DIR"; else echo "pgstack: stopped"; fi
