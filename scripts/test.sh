#!/usr/bin/env bash
# Runs Frontline's whole test suite. Installs from Debian's packages what the tests need (headless Chromium and
# its driver for the browser tests) when it is missing, then runs Maven. Needs ../shared beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing test dependencies from Debian: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if [ ! -d ../shared/data ]; then
  echo "error: ../shared/data is missing; the tests read the evaluation data from there" >&2
  exit 1
fi

# PostGIS: the store tests run against H2GIS and against a real PostgreSQL + PostGIS server on 127.0.0.1. This
# installs Debian's postgresql + postgresql-15-postgis-3 when missing and starts the test cluster (idempotent; see
# scripts/postgis.sh). The tests find it again through the same script and fail if it is not there.
echo "PostGIS test server: $(./scripts/postgis.sh start)"

exec mvn -B -ntp verify "$@"
