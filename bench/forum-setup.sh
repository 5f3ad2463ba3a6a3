#!/usr/bin/env bash
# Empties the entraide_bench database, lets the backend migrate it (Flyway at start, which also creates the admin
# account admin@bench.test), then loads forum-data.sql: one group, 1 000 members, 10 000 threads, 100 000 posts.
# Needs the built jar and the database (as postgres: createdb -O entraide entraide_bench). Takes ~30 s.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/forum-lib.sh

psql_bench -c "drop schema public cascade; create schema public;" 2>/dev/null
start_backend /tmp/entraide-bench-forum-setup.log
stop_backend
start=$(date +%s%N)
psql_bench -f bench/forum-data.sql
echo "forum-data.sql loaded in $(( ($(date +%s%N) - start) / 1000000 )) ms:" \
  "$(psql_bench -c "select format('%s members, %s threads, %s posts', (select count(*) from membership), (select count(*) from thread), (select count(*) from post))")"
