#!/usr/bin/env bash
# Runs a command with the test services up: PostgreSQL, Redis and Chromium (scripts/services.sh
# installs missing ones with apt and starts them on loopback) and their addresses in the environment.
#   bash scripts/with-services.sh npm test
# Refuses to run the command when a service cannot start: without this, the store, queue and browser
# tests skip themselves and the run reports success (CI must never pass with them skipped). It also sets
# STORYLINE_REQUIRE_SERVICES=1, which makes the test run fail if one of those tests skips anyway
# (test/helpers/skip-reporter.ts).
set -euo pipefail

fail() {
  echo "with-services: FAILED: $*" >&2
  echo "with-services: the store, queue and browser tests need PostgreSQL, Redis and Chromium; not running: $COMMAND" >&2
  exit 1
}
COMMAND="$*"

# Captured first, not `eval "$(...)"`: eval of a failed command substitution succeeds silently.
if ! env_lines="$(bash "$(dirname "${BASH_SOURCE[0]}")/services.sh")"; then
  fail "scripts/services.sh could not install or start the test services (its messages are above)"
fi
eval "$env_lines"

for var in STORYLINE_TEST_POSTGRES STORYLINE_TEST_REDIS STORYLINE_CHROMIUM; do
  [ -n "${!var:-}" ] || fail "scripts/services.sh gave no $var"
done
[ -x "$STORYLINE_CHROMIUM" ] || fail "STORYLINE_CHROMIUM=$STORYLINE_CHROMIUM is not an executable"

export STORYLINE_REQUIRE_SERVICES=1
exec "$@"
