#!/usr/bin/env bash
# Runs a command with the test services up: PostgreSQL, Redis and Chromium (scripts/services.sh
# installs missing ones with apt and starts them on loopback) and their addresses in the environment.
#   bash scripts/with-services.sh npm test
set -euo pipefail
eval "$(bash "$(dirname "${BASH_SOURCE[0]}")/services.sh")"
exec "$@"
