#!/usr/bin/env bash
# Steady loopback load on the forum's read routes, signed in as a member, with wrk (apt-get install wrk):
#   threads  GET /api/v1/groups/bench-forum/threads?limit=20
#   posts    GET /api/v1/threads/<id>/posts?limit=20   (the longest thread: 150 posts)
#   thread   GET /api/v1/threads/<id>
# Each route: a warm-up run (discarded) then a measured run. Prints route,median_ms,p99_ms,req_per_s,errors.
# Needs the data of forum-setup.sh; starts and stops its own backend.
# WRK_THREADS (2), WRK_CONNECTIONS (8), WRK_DURATION (30s), WRK_WARMUP (10s).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/forum-lib.sh
load=$(cut -d' ' -f1-3 /proc/loadavg) # before anything of ours runs
wt=${WRK_THREADS:-2} wc=${WRK_CONNECTIONS:-8} wd=${WRK_DURATION:-30s} ww=${WRK_WARMUP:-10s}

start_backend /tmp/entraide-bench-forum-load.log
token=$(login membre0001@bench.test)
thread=$(psql_bench -c "select id from thread where deleted_at is null order by reply_count desc, id limit 1")


echo "# $(date -u +%FT%TZ), $(nproc) cores, wrk -t$wt -c$wc -d$wd --latency after a $ww warm-up, thread $thread, load average before: $load"
echo "route,median_ms,p99_ms,req_per_s,errors"
for route in threads posts thread; do
  case $route in
    threads) url="$base/api/v1/groups/$slug/threads?limit=20" ;;
    posts) url="$base/api/v1/threads/$thread/posts?limit=20" ;;
    thread) url="$base/api/v1/threads/$thread" ;;
  esac
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url")
  [ "$status" = 200 ] || { echo "$url answered $status" >&2; exit 1; }
  wrk -t"$wt" -c"$wc" -d"$ww" -H "Authorization: Bearer $token" "$url" >/dev/null
  out=$(wrk -t"$wt" -c"$wc" -d"$wd" --latency -H "Authorization: Bearer $token" "$url")
  median=$(awk '$1 == "50%" { print $2 }' <<<"$out" | to_ms)
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$out" | to_ms)
  rps=$(awk '/^Requests\/sec/ { print $2 }' <<<"$out")
  errors=$(wrk_errors <<<"$out")
  echo "$route,$median,$p99,$rps,$errors"
done
