#!/usr/bin/env bash
# Load test with wrk (Debian package `wrk`): starts target/frontline.jar on the bundled seeds, runs wrk against the
# map's main read endpoints, prints req/s and latency percentiles, and fails if any answer is not 2xx.
#
#   scripts/load-test.sh                          # 60 s per URL, fresh data dir (the 3 seeds)
#   DURATION=20s CONNECTIONS=32 scripts/load-test.sh
#   DATA_DIR=/tmp/fl-bench-h2 ROTATE_DATES=1 scripts/load-test.sh   # an existing (e.g. 1M-claim) database;
#                                                 # /api/claims?date= then cycles through every day of 2022
#   URLS="/api/claims?date=2022-02-25 /api/dates" scripts/load-test.sh
#
# Environment: DURATION (60s), THREADS (2), CONNECTIONS (16), PORT (18571), DATA_DIR (new temp dir),
# JAVA_OPTS (-Xmx1g), APP_ARGS (more service options, e.g. --spring.datasource.url=...), URLS, ROTATE_DATES (0),
# GZIP (1: send Accept-Encoding: gzip like a browser), WARM_DAYS (0; 1: before wrk, ask for each of the rotation's
# 311 days once, so the JVM is warm and, unless --frontline.answer-cache-size=0 is in APP_ARGS, every day's answer
# is kept: the steady state of a map many people read; leave it 0 to measure answers computed afresh).
# Endpoints that this build does not have yet (404: /api/control and /ogc/... land from other branches) are
# reported as SKIPPED, not failed. Results go to target/load-test/ as well as stdout.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-60s}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
PORT="${PORT:-18571}"
JAVA_OPTS="${JAVA_OPTS:--Xmx1g}"
APP_ARGS="${APP_ARGS:-}"
GZIP="${GZIP:-1}"
ROTATE_DATES="${ROTATE_DATES:-0}"
URLS="${URLS:-/api/claims?date=2022-02-25 /api/control?date=2022-09-08 /ogc/collections/claims/items}"
DATA_DIR="${DATA_DIR:-$(mktemp -d /tmp/frontline-load.XXXXXX)}"
OUT=target/load-test
mkdir -p "$OUT"

if ! command -v wrk >/dev/null 2>&1; then
  echo "installing wrk from Debian"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi
if [ ! -f target/frontline.jar ]; then mvn -B -q package -DskipTests; fi

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GB RAM, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "data dir: $DATA_DIR; wrk -t$THREADS -c$CONNECTIONS -d$DURATION; gzip=$GZIP"
# shellcheck disable=SC2086
java $JAVA_OPTS -jar target/frontline.jar --server.port="$PORT" --frontline.data-dir="$DATA_DIR" $APP_ARGS >"$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  if curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 $APP 2>/dev/null; then echo "the service exited; see $OUT/app.log" >&2; tail -20 "$OUT/app.log" >&2; exit 1; fi
  sleep 1
done
curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null || { echo "the service did not come up in 300 s" >&2; exit 1; }
echo "stored: $(curl -s "http://127.0.0.1:$PORT/actuator/health" | grep -o '"articles":[0-9]*,"claims":[0-9]*')"

cat >"$OUT/rotate-dates.lua" <<'LUA'
-- cycles /api/claims?date= through every day from 2022-02-24 to 2022-12-31
local t0 = os.time{year=2022, month=2, day=24, hour=12}
local i = 0
request = function()
  local d = os.date("!%Y-%m-%d", t0 + (i % 311) * 86400)
  i = i + 1
  return wrk.format(nil, "/api/claims?date=" .. d)
end
LUA

if [ "${WARM_DAYS:-0}" = "1" ]; then
  start=$(date +%s)
  for i in $(seq 0 310); do
    d=$(date -u -d "2022-02-24 + $i days" +%Y-%m-%d)
    curl -fsS -o /dev/null -H "Accept-Encoding: gzip" "http://127.0.0.1:$PORT/api/claims?date=$d"
  done
  echo "warm-up: asked for each of the 311 days once in $(( $(date +%s) - start )) s"
fi

failed=0
summary="| URL | req/s | p50 | p99 | non-2xx | socket errors |\n|---|---|---|---|---|---|"
for url in $URLS; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT$url")
  if [ "$code" = "404" ]; then
    echo "SKIPPED $url: answers 404 (this endpoint is not in this build yet)"
    summary="$summary\n| \`$url\` | skipped: 404, not in this build | | | | |"
    continue
  fi
  if [ "$code" != "200" ]; then echo "FAIL $url answers $code before the run" >&2; failed=1; continue; fi
  args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency --timeout 10s)
  [ "$GZIP" = "1" ] && args+=(-H "Accept-Encoding: gzip")
  label="$url"
  if [ "$ROTATE_DATES" = "1" ] && [[ "$url" == /api/claims\?date=* ]]; then
    args+=(-s "$OUT/rotate-dates.lua"); label="/api/claims?date=(every day of 2022)"
  fi
  name=$(echo "$label" | tr -c 'A-Za-z0-9' '_')
  echo "== wrk ${args[*]} http://127.0.0.1:$PORT$url"
  wrk "${args[@]}" "http://127.0.0.1:$PORT$url" | tee "$OUT/$name.txt"
  rps=$(awk '/Requests\/sec/{print $2}' "$OUT/$name.txt")
  p50=$(awk '$1=="50%"{print $2}' "$OUT/$name.txt")
  p99=$(awk '$1=="99%"{print $2}' "$OUT/$name.txt")
  non2xx=$(awk -F': ' '/Non-2xx or 3xx responses/{print $2}' "$OUT/$name.txt"); non2xx=${non2xx:-0}
  sockerr=$(grep -o 'Socket errors:.*' "$OUT/$name.txt" || true); sockerr=${sockerr:-none}
  summary="$summary\n| \`$label\` | $rps | $p50 | $p99 | $non2xx | ${sockerr#Socket errors: } |"
  if [ "$non2xx" != "0" ]; then echo "FAIL $url: $non2xx answers were not 2xx" >&2; failed=1; fi
  if [ "$sockerr" != "none" ]; then echo "FAIL $url: $sockerr" >&2; failed=1; fi
done
echo
echo -e "$summary" | tee "$OUT/summary.md"
if grep -q " ERROR " "$OUT/app.log"; then echo "note: the service logged errors, see $OUT/app.log"; fi
exit $failed
