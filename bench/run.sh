#!/usr/bin/env bash
# The forum benchmark in one run: data set, backend with the production JVM settings, the physical reference, the
# two read routes under load, memory and statements, one table at the end.
#   1. the data set of forum-setup.sh (10 000 threads, 100 000 posts) unless entraide_bench already holds it
#      (BENCH_RESET=1 to reload it);
#   2. `pgbench -S -c32 -j2` on its own database (entraide_pgbench, scale BENCH_PGBENCH_SCALE, 10), backend idle:
#      one primary-key read per transaction, what PostgreSQL itself serves on this machine now;
#   3. the backend jar started as the product is run (backend/jvm.options), start-to-ready timed;
#   4. per route a wrk warm-up (discarded) then `wrk -t2 -c32 --latency`, signed in as membre0001:
#        list   GET /api/v1/groups/bench-forum/threads?category=vie-du-groupe&limit=20
#        posts  GET /api/v1/threads/<the 150-post thread>/posts?limit=20
#      statements per request from pg_stat_statements (calls during the measured run / requests; BEGIN, COMMIT and
#      the like not counted);
#   5. resident memory of the JVM after the load (VmRSS, and its peak VmHWM).
# Needs the built jar (./mvnw -q -pl backend package -DskipTests -Dquarkus.quinoa=false), wrk and pgbench, a local
# PostgreSQL with the role and database of bench/README.md, and pg_stat_statements preloaded for the statement
# counts (else they print as n/a). WRK_DURATION (20s), WRK_WARMUP (10s), WRK_CONNECTIONS (32).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/forum-lib.sh
load=$(cut -d' ' -f1-3 /proc/loadavg) # before anything of ours runs
conns=${WRK_CONNECTIONS:-32} duration=${WRK_DURATION:-20s} warmup=${WRK_WARMUP:-10s}
seconds=${duration%s}
pgbench_db=${BENCH_PGBENCH_DB:-entraide_pgbench}
scale=${BENCH_PGBENCH_SCALE:-10}
export PGPASSWORD=entraide

as_postgres() { su postgres -c "psql -qtAX -d postgres -c \"$1\""; }

# 1. data set
if [ "${BENCH_RESET:-0}" = 1 ] || [ "$(psql_bench -c "select count(*) from post" 2>/dev/null || echo 0)" -lt 100000 ]; then
  bench/forum-setup.sh
fi

# 2. physical reference
as_postgres "select 1 from pg_database where datname = '$pgbench_db'" | grep -q 1 \
  || su postgres -c "createdb -O entraide $pgbench_db"
if [ "$(psql -h "$pghost" -U entraide -d "$pgbench_db" -qtAX -c "select count(*) from pgbench_branches" 2>/dev/null || echo 0)" != "$scale" ]; then
  pgbench -q -i -s "$scale" -h "$pghost" -U entraide "$pgbench_db" >/dev/null 2>&1
fi
pgbench -S -c32 -j2 -T5 -h "$pghost" -U entraide "$pgbench_db" >/dev/null 2>&1 # warm-up
pg_out=$(pgbench -S -c32 -j2 -T"$seconds" -h "$pghost" -U entraide "$pgbench_db" 2>/dev/null)
pg_tps=$(awk '/^tps/ { printf "%.0f", $3 }' <<<"$pg_out")
pg_latency=$(awk '/^latency average/ { print $4 }' <<<"$pg_out")

# 3. the backend as the product runs it
statements_on=$(as_postgres "select count(*) from pg_extension where extname = 'pg_stat_statements'" 2>/dev/null || echo 0)
start=$(date +%s%N)
start_backend /tmp/entraide-bench-run.log
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
token=$(login membre0001@bench.test)
thread=$(psql_bench -c "select id from thread where deleted_at is null order by reply_count desc, id limit 1")

# statements run in the bench database since the last reset, transaction control left out
statements() {
  as_postgres "select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
               where d.datname = '$db' and s.query !~* '^\\s*(begin|commit|rollback|set|show|discard|start transaction)'"
}

rows=()
for route in list posts; do
  case $route in
    list) url="$base/api/v1/groups/$slug/threads?category=vie-du-groupe&limit=20" ;;
    posts) url="$base/api/v1/threads/$thread/posts?limit=20" ;;
  esac
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url")
  [ "$status" = 200 ] || { echo "$url answered $status" >&2; exit 1; }
  wrk -t2 -c"$conns" -d"$warmup" -H "Authorization: Bearer $token" "$url" >/dev/null
  [ "$statements_on" = 1 ] && as_postgres "select pg_stat_statements_reset()" >/dev/null
  out=$(wrk -t2 -c"$conns" -d"$duration" --latency -H "Authorization: Bearer $token" "$url")
  requests=$(awk '/requests in/ { print $1 }' <<<"$out")
  per_request=n/a
  [ "$statements_on" = 1 ] && per_request=$(awk -v s="$(statements)" -v r="$requests" 'BEGIN { printf "%.2f", s / r }')
  rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' <<<"$out")
  errors=$(wrk_errors <<<"$out")
  rows+=("$route|$rps|$(awk '$1 == "50%" { print $2 }' <<<"$out" | to_ms)|$(awk '$1 == "99%" { print $2 }' <<<"$out" | to_ms)|$(awk -v a="$rps" -v b="$pg_tps" 'BEGIN { printf "%.3f", a / b }')|$per_request|$errors")
done

# 5. memory after the load
rss=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$backend_pid/status")
hwm=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$backend_pid/status")

echo "# $(date -u +%FT%TZ), $(nproc) cores, load average before: $load; wrk -t2 -c$conns -d$duration after a $warmup warm-up;"
echo "# JVM: $( [ -f "$jvm_options" ] && sed 's/#.*//' "$jvm_options" | tr -s ' \n' '  ' || echo defaults)"
echo "| route | req/s | p50 ms | p99 ms | ratio to pgbench | statements/request | errors |"
echo "|---|---|---|---|---|---|---|"
for row in "${rows[@]}"; do echo "| ${row//|/ | } |"; done
echo "| pgbench -S -c32 -j2 (scale $scale) | $pg_tps | | avg $pg_latency | 1 | 1 | |"
echo
echo "backend: ready in $ready_ms ms; RSS after the load $rss MiB (peak $hwm MiB)"
