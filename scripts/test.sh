#!/usr/bin/env bash
# Runs Frontline's whole test suite. Installs from Debian's packages what the tests need when it is missing
# (headless Chromium and its driver for the browser tests, unzip, gdal-bin's ogrinfo/ogr2ogr for the download and
# OGC API tests), then runs Maven. Needs ../shared beside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
# GDAL's ogrinfo/ogr2ogr are the GIS client the downloads (GeoPackage, Shapefile) and the OGC API are tested with
command -v ogrinfo >/dev/null 2>&1 || need+=(gdal-bin)
# the Shapefile download tests list the zip's members
command -v unzip >/dev/null 2>&1 || need+=(unzip)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing test dependencies from Debian: ${need[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if ! command -v ogrinfo >/dev/null 2>&1 || ! command -v ogr2ogr >/dev/null 2>&1; then
  echo "error: ogrinfo/ogr2ogr (Debian's gdal-bin) are missing; the download and OGC API tests need them" >&2
  exit 1
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
