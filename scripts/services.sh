#!/usr/bin/env bash
# Installs (Debian packages, when missing) and starts the real services the test suite uses:
# PostgreSQL and Redis on loopback, and Chromium for the browser tests. Idempotent: safe to run twice.
# Prints the environment the tests read; `.ci/run` evals it, developers can too:
#   eval "$(bash scripts/services.sh)"
# Exits non-zero, naming the service, when one cannot be installed or started.
set -euo pipefail

log() { echo "services: $*" >&2; }
die() { echo "services: FAILED: $*" >&2; exit 1; }
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

need=()
command -v pg_ctlcluster >/dev/null 2>&1 || need+=(postgresql)
command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  log "installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # Wait for the package manager's lock (another apt run, unattended upgrades on a fresh machine)
  # instead of failing at once: a held lock once left Chromium uninstalled.
  APT_WAIT=(-o DPkg::Lock::Timeout=300)
  $SUDO apt-get "${APT_WAIT[@]}" update -qq >&2 || die "apt-get update failed"
  $SUDO apt-get "${APT_WAIT[@]}" install -y -qq --no-install-recommends "${need[@]}" >&2 \
    || die "apt-get install ${need[*]} failed"
fi
CHROMIUM="$(command -v chromium)" || die "chromium is not installed"

# PostgreSQL: the Debian cluster, started as its own user, with a password login for the tests.
PG_VERSION="$(ls /etc/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk '{print $4}' | grep -q online; then
  log "starting PostgreSQL $PG_VERSION"
  $SUDO pg_ctlcluster "$PG_VERSION" main start >&2
fi
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
$SUDO -u postgres psql -q -h /var/run/postgresql -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'storyline') THEN CREATE ROLE storyline LOGIN SUPERUSER PASSWORD 'storyline'; END IF; END \$\$;" >&2 2>/dev/null \
  || su postgres -c "psql -q -c \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'storyline') THEN CREATE ROLE storyline LOGIN SUPERUSER PASSWORD 'storyline'; END IF; END \\\$\\\$;\"" >&2
if ! PGPASSWORD=storyline psql -h 127.0.0.1 -U storyline -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'storyline_test'" | grep -q 1; then
  PGPASSWORD=storyline psql -q -h 127.0.0.1 -U storyline -d postgres -c "CREATE DATABASE storyline_test" >&2
fi

# Redis: loopback only, no persistence (the queue tests create and drain their own queues).
if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
  log "starting Redis"
  redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save '' --appendonly no >&2
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.2; done
fi

pg_isready -q -h 127.0.0.1 || die "PostgreSQL does not answer on 127.0.0.1:5432"
redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 || die "Redis does not answer on 127.0.0.1:6379"

echo "export STORYLINE_TEST_POSTGRES=postgres://storyline:storyline@127.0.0.1:5432/storyline_test"
echo "export STORYLINE_TEST_REDIS=redis://127.0.0.1:6379"
echo "export STORYLINE_CHROMIUM=$CHROMIUM"
