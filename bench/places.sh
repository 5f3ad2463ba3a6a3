#!/usr/bin/env bash
# The directory of places under load, next to PostgreSQL's own reference in the same run:
#   1. `pgbench -S -c32 -j2` on its own database (entraide_pgbench, as run.sh), backend idle;
#   2. the backend jar on the bench database (as run.sh), a group bench-places coordinated by the admin;
#   3. the import of the real CGET list (1 512 lines, ../shared/data or BENCH_PLACES_CSV): wall time from the POST to
#      the DONE status, then the same file again (a re-import that changes nothing);
#   4. per route a wrk warm-up then `wrk -t2 -c32 --latency`, anonymous:
#        geojson  GET /api/v1/places.geojson                              (every place, the open data)
#        list     GET /api/v1/places?department=44&theme=COWORKING&limit=20  (a filtered page of the directory)
#      median and p99, req/s and the ratio to pgbench's transactions/s.
# Needs what run.sh needs (bench/README.md, Harness). WRK_DURATION (20s), WRK_WARMUP (10s), WRK_CONNECTIONS (32).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/forum-lib.sh
conns=${WRK_CONNECTIONS:-32} duration=${WRK_DURATION:-20s} warmup=${WRK_WARMUP:-10s}
seconds=${duration%s}
pgbench_db=${BENCH_PGBENCH_DB:-entraide_pgbench}
scale=${BENCH_PGBENCH_SCALE:-10}
csv=${BENCH_PLACES_CSV:-../shared/data/tiers-lieux-cget-2019.csv}
[ -f "$csv" ] || csv=backend/src/test/resources/places/tiers-lieux-cget-2019.csv
export PGPASSWORD=entraide
load=$(cut -d' ' -f1-3 /proc/loadavg)

# 1. physical reference
su postgres -c "psql -qtAX -d postgres -c \"select 1 from pg_database where datname = '$pgbench_db'\"" | grep -q 1 \
  || su postgres -c "createdb -O entraide $pgbench_db"
if [ "$(psql -h "$pghost" -U entraide -d "$pgbench_db" -qtAX -c "select count(*) from pgbench_branches" 2>/dev/null || echo 0)" != "$scale" ]; then
  pgbench -q -i -s "$scale" -h "$pghost" -U entraide "$pgbench_db" >/dev/null 2>&1
fi
pgbench -S -c32 -j2 -T5 -h "$pghost" -U entraide "$pgbench_db" >/dev/null 2>&1
pg_tps=$(pgbench -S -c32 -j2 -T"$seconds" -h "$pghost" -U entraide "$pgbench_db" 2>/dev/null | awk '/^tps/ { printf "%.0f", $3 }')

# 2. backend
start_backend /tmp/entraide-bench-places.log
token=$(login "$admin_email")
auth=(-H "Authorization: Bearer $token")
if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/api/v1/groups/bench-places")" != 200 ]; then
  curl -sf "${auth[@]}" -H 'Content-Type: application/json' -X POST "$base/api/v1/groups" \
    -d '{"name":"Bench des lieux","slug":"bench-places","description":"","visibility":"PUBLIC","joinPolicy":"OPEN"}' >/dev/null
fi

# 3. import, then re-import
import_once() {
  local started id status
  started=$(date +%s%N)
  id=$(curl -sf "${auth[@]}" -F "file=@$csv;type=text/csv" -F source=bench-cget-2019 \
    "$base/api/v1/groups/bench-places/places/import" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  while :; do
    status=$(curl -sf "${auth[@]}" "$base/api/v1/imports/$id")
    case $(python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])' <<<"$status") in
      DONE|FAILED) break ;;
    esac
    sleep 0.1
  done
  python3 -c 'import json,sys; d = json.load(sys.stdin); print(f"{d[\"status\"]} created {d[\"created\"]} updated {d[\"updated\"]} unchanged {d[\"unchanged\"]} skipped {len(d[\"skipped\"])} warnings {len(d[\"warnings\"])}", end="")' <<<"$status"
  echo " in $(( ($(date +%s%N) - started) / 1000000 )) ms"
}
first=$(import_once)
second=$(import_once)

# 4. read routes under load
rows=()
for route in geojson list; do
  case $route in
    geojson) url="$base/api/v1/places.geojson" ;;
    list) url="$base/api/v1/places?department=44&theme=COWORKING&limit=20" ;;
  esac
  wrk -t2 -c"$conns" -d"$warmup" "$url" >/dev/null
  out=$(wrk -t2 -c"$conns" -d"$duration" --latency "$url")
  rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  rows+=("$route|$rps|$(awk '$1 == "50%" { print $2 }' <<<"$out" | to_ms)|$(awk '$1 == "99%" { print $2 }' <<<"$out" | to_ms)|$(awk -v a="$rps" -v b="$pg_tps" 'BEGIN { printf "%.3f", a / b }')|$(wrk_errors <<<"$out")")
done
places=$(psql_bench -c "select count(*) from place")

echo "load before: $load; places in the database: $places"
echo "import of $(($(wc -l <"$csv") - 1)) lines: $first"
echo "re-import (same file):     $second"
echo "pgbench -S: $pg_tps tps"
printf '%-8s %8s %9s %9s %10s %7s\n' route 'req/s' 'p50 ms' 'p99 ms' '/pgbench' errors
for row in "${rows[@]}"; do
  IFS='|' read -r r rps p50 p99 ratio errors <<<"$row"
  printf '%-8s %8s %9s %9s %10s %7s\n' "$r" "$rps" "$p50" "$p99" "$ratio" "$errors"
done
