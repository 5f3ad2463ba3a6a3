#!/usr/bin/env bash
# SQL statements per request of the forum's list routes, for page sizes 5, 20 and 100: starts the backend with
# Hibernate's SQL log on (one line per statement) and its background jobs off, issues each request once, signed in
# as a member, and counts the statements logged while it ran. The thread is the long one (150 posts), so every
# page is full. Prints route,limit,items,statements. Needs the data of forum-setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/forum-lib.sh
log=/tmp/entraide-bench-forum-statements.log

start_backend "$log" QUARKUS_HIBERNATE_ORM_LOG_SQL=true QUARKUS_HIBERNATE_ORM_LOG_FORMAT_SQL=false \
  APP_OUTBOX_INTERVAL=off APP_FORUM_FAN_OUT_SWEEP=off APP_DIGEST_CRON=off \
  APP_WORKSHOPS_REMINDER_INTERVAL=off APP_MEETINGS_REMINDER_INTERVAL=off
token=$(login membre0001@bench.test)
thread=$(psql_bench -c "select id from thread where deleted_at is null order by reply_count desc, id limit 1")
statements() { grep -c '\[Hibernate\]' "$log" || true; }

# one request; prints items,statements (and keeps the statements in $log.<route>-<limit>)
measure() {
  local name=$1 limit=$2 url=$3 before after items
  sleep 0.3
  before=$(statements)
  items=$(curl -sf -H "Authorization: Bearer $token" "$url" | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["items"]) if "items" in d else 1)')
  sleep 0.3
  after=$(statements)
  grep '\[Hibernate\]' "$log" | sed -n "$((before + 1)),${after}p" | sed -E 's/\x1b\[[0-9;]*m//g; s/^\[Hibernate\] //' >"$log.$name-$limit"
  echo "$name,$limit,$items,$((after - before))"
}

# a first request of each kind, uncounted, so that one-time work (caches, lazy init) stays out of the counts
curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base/api/v1/groups/$slug/threads?limit=5"
curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base/api/v1/threads/$thread/posts?limit=5"
curl -sf -o /dev/null -H "Authorization: Bearer $token" "$base/api/v1/threads/$thread"

echo "route,limit,items,statements"
for limit in 5 20 100; do
  measure threads "$limit" "$base/api/v1/groups/$slug/threads?limit=$limit"
done
for limit in 5 20 100; do
  measure posts "$limit" "$base/api/v1/threads/$thread/posts?limit=$limit"
done
measure thread - "$base/api/v1/threads/$thread"
echo "# statements of each request: $log.<route>-<limit>"
