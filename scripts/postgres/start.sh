#!/usr/bin/env bash
# Start a throwaway, loopback-only PostgreSQL for tests and benchmarks (Debian's `postgresql`
# package, version 15 on bookworm). One cluster under $POSTGRES_DIR (default /dev/shm/pgstack on
# tmpfs, else /tmp/pgstack), owned by the unprivileged user `postgres` (the package creates it),
# listening on 127.0.0.1 only, trust authentication for the loopback (nothing else can connect),
# fsync off (test data is thrown away). Nothing under /etc is written (apt-get install itself
# excepted); no systemd, no pg_ctlcluster: pg_ctl runs the server straight from the data directory.
#
# Idempotent: if our cluster already runs it only prints the connection info. Safe to call from
# several processes at once (flock). Prints "env file: <path>"; the file holds POSTGRES_URL etc.
#
# Settings (environment):
#   POSTGRES_DIR         state directory (absolute, <= 80 chars)
#   POSTGRES_PORT        default: 55432 if free, else the next free port above it
#   POSTGRES_FRESH       1 = stop if running, wipe the cluster, start clean
#   POSTGRES_NO_INSTALL  1 = fail instead of running apt-get when the package is missing
set -euo pipefail

if [[ -z ${POSTGRES_DIR:-} && -d /dev/shm && -w /dev/shm && $(stat -f -c %T /dev/shm 2>/dev/null) == tmpfs ]]; then
  DIR=/dev/shm/pgstack
else
  DIR="${POSTGRES_DIR:-/tmp/pgstack}"
fi
FRESH="${POSTGRES_FRESH:-0}"
NO_INSTALL="${POSTGRES_NO_INSTALL:-0}"
HOST=127.0.0.1

log() { printf 'pgstack: %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

[[ "$DIR" == /* ]] || die "POSTGRES_DIR must be an absolute path"
(( ${#DIR} <= 80 )) || die "POSTGRES_DIR is too long (${#DIR} chars): unix socket paths are limited to 108 bytes"
[[ -z ${POSTGRES_PORT:-} || ${POSTGRES_PORT} =~ ^[0-9]+$ ]] || die "bad POSTGRES_PORT '${POSTGRES_PORT}'"

T_ALL=$(now)
mkdir -p "$DIR"
chmod 755 "$DIR"
exec 9>"$DIR/.lock"
flock -w 300 9 || die "could not get $DIR/.lock within 300 s"

# ---------------------------------------------------------------- package
bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
INSTALL_S=0
if [[ -z $(bindir) || ! -x $(bindir)/initdb ]]; then
  [[ $NO_INSTALL == 1 ]] && die "PostgreSQL is not installed (POSTGRES_NO_INSTALL=1)"
  [[ $(id -u) == 0 ]] || die "PostgreSQL is not installed; run this once as root (it installs Debian's postgresql package)"
  log "installing postgresql (apt-get, non-interactive)"
  T=$(now)
  export DEBIAN_FRONTEND=noninteractive
  # The package's postinst creates and starts a system cluster on port 5432 unless told not to.
  mkdir -p /etc/postgresql-common/createcluster.d
  [[ -e /etc/postgresql-common/createcluster.d/50-privacy-inbox-tests.conf ]] \
    || printf 'create_main_cluster = false\n' > /etc/postgresql-common/createcluster.d/50-privacy-inbox-tests.conf
  made_policy=0
  if [[ ! -e /usr/sbin/policy-rc.d ]]; then
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && made_policy=1
    trap 'rm -f /usr/sbin/policy-rc.d' EXIT
  fi
  apt_install() { apt-get install -y -qq --no-install-recommends -o DPkg::Lock::Timeout=120 postgresql >"$DIR/apt.log" 2>&1; }
  rc=0
  apt_install || { log "install failed; running apt-get update and retrying";
                   apt-get update -qq -o DPkg::Lock::Timeout=120 >>"$DIR/apt.log" 2>&1 || true; apt_install || rc=$?; }
  if [[ $made_policy == 1 ]]; then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
  (( rc == 0 )) || { tail -20 "$DIR/apt.log" >&2; die "apt-get install failed (log: $DIR/apt.log)"; }
  INSTALL_S=$(elapsed "$T")
  log "installed in ${INSTALL_S}s"
fi
BIN=$(bindir)
VERSION=$("$BIN/postgres" --version | awk '{ print $3 }')

# The server refuses to run as root: as root it runs as `postgres` (or `nobody` when there is no
# such user); as anyone else it runs as that user.
if [[ $(id -u) == 0 ]]; then
  if id postgres >/dev/null 2>&1; then RUN_AS=postgres; else RUN_AS=nobody; fi
  as_owner() { setpriv --reuid="$RUN_AS" --regid="$(id -g "$RUN_AS")" --clear-groups -- "$@"; }
else
  RUN_AS=$(id -un)
  as_owner() { "$@"; }
fi

PGDATA="$DIR/data"
SOCKETS="$DIR/run"
port_open() { (exec 3<>"/dev/tcp/$HOST/$1") 2>/dev/null; }
# pg_ctl status names the data directory it checked: a running postmaster with our PGDATA.
running() { [[ -f $PGDATA/postmaster.pid ]] && as_owner "$BIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1; }
our_port() { sed -n 4p "$PGDATA/postmaster.pid" 2>/dev/null | tr -dc '0-9'; }

print_info() {
  local port=$1
  {
    echo "POSTGRES_DIR=$DIR"
    echo "POSTGRES_HOST=$HOST"
    echo "POSTGRES_PORT=$port"
    echo "POSTGRES_USER=postgres"
    echo "POSTGRES_URL=postgres://postgres@$HOST:$port/postgres"
  } > "$DIR/pgstack.env.tmp"
  mv "$DIR/pgstack.env.tmp" "$DIR/pgstack.env"
  echo "pgstack ready ($2)"
  echo "  PostgreSQL $VERSION  $HOST:$port  user postgres (trust on loopback, no password)"
  echo "  env file: $DIR/pgstack.env   log: $DIR/log/postgres.log"
}

if [[ $FRESH == 1 ]] && running; then
  log "POSTGRES_FRESH=1: stopping and wiping the cluster"
  as_owner "$BIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null
fi
[[ $FRESH == 1 ]] && rm -rf "$PGDATA" "$SOCKETS"

if running; then
  port=$(our_port)
  if [[ -z ${POSTGRES_PORT:-} || ${POSTGRES_PORT} == "$port" ]]; then
    print_info "$port" "already running: pid $(head -1 "$PGDATA/postmaster.pid")"
    exit 0
  fi
  log "restarting on port $POSTGRES_PORT (it runs on $port)"
  as_owner "$BIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null
fi

# ---------------------------------------------------------------- port
if [[ -n ${POSTGRES_PORT:-} ]]; then
  PORT=$POSTGRES_PORT
  port_open "$PORT" && die "port $HOST:$PORT is already in use by another process"
else
  PORT=55432
  while port_open "$PORT"; do PORT=$((PORT + 1)); (( PORT < 55532 )) || die "no free port in 55432-55531"; done
fi

# ---------------------------------------------------------------- cluster
T_START=$(now)
mkdir -p "$DIR/log" "$SOCKETS"
chown "$RUN_AS" "$DIR/log" "$SOCKETS"
if [[ ! -f $PGDATA/PG_VERSION ]]; then
  rm -rf "$PGDATA"
  mkdir -p "$PGDATA"
  chown "$RUN_AS" "$PGDATA"
  chmod 700 "$PGDATA"
  as_owner "$BIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$DIR/log/initdb.log" 2>&1 \
    || { tail -20 "$DIR/log/initdb.log" >&2; die "initdb failed"; }
  # Test speed: nothing here must survive a crash of the machine. Loopback only.
  cat >> "$PGDATA/postgresql.conf" <<CONF
# added by scripts/postgres/start.sh
listen_addresses = '$HOST'
unix_socket_directories = '$SOCKETS'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 128MB
logging_collector = off
log_min_messages = warning
CONF
  printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' > "$PGDATA/pg_hba.conf"
fi
# 9>&- : the server must not inherit the flock fd (it would hold $DIR/.lock until it exits).
as_owner "$BIN/pg_ctl" -D "$PGDATA" -o "-p $PORT" -l "$DIR/log/postgres.log" -w -t 60 start 9>&- >"$DIR/log/pg_ctl.log" 2>&1 \
  || { tail -20 "$DIR/log/postgres.log" >&2; die "postgres failed to start"; }
START_S=$(elapsed "$T_START")
print_info "$PORT" "started in ${START_S}s (total incl. install ${INSTALL_S}s: $(elapsed "$T_ALL")s); pid $(head -1 "$PGDATA/postmaster.pid")"
