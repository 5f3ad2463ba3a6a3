#!/usr/bin/env bash
# Fan-out of a new thread to 1 000 watchers. Every member (1 000) WATCHes the category "vie-du-groupe": membre0001
# through the API (PUT /api/v1/categories/<id>/subscription), the others as the same rows in `subscription`. Then
# the group's coordinator (admin@bench.test, not a watcher) opens a thread there through the API, RUNS times (3).
# Per run: the poster's response time (curl's time_total); the time from sending the request until all
# notifications exist (polling `select count(*) from notification where post_id = …` every ~30 ms); the server's
# own forum_event created_at → processed_at; the mail_outbox rows written (members default to IMMEDIATE e-mail) and
# the time until the mocked mailer had sent them all. Needs the data of forum-setup.sh; starts its own backend.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/forum-lib.sh
load=$(cut -d' ' -f1-3 /proc/loadavg) # before anything of ours runs
runs=${1:-3}

start_backend /tmp/entraide-bench-forum-fanout.log
category=$(psql_bench -c "select c.id from category c join work_group g on g.id = c.group_id where g.slug = '$slug' and c.slug = 'vie-du-groupe'")
member_token=$(login membre0001@bench.test)
curl -sf -o /dev/null -X PUT "$base/api/v1/categories/$category/subscription" -H "Authorization: Bearer $member_token" \
  -H 'Content-Type: application/json' -d '{"level":"WATCHING"}'
psql_bench -c "
  insert into subscription (user_id, category_id, level)
  select u.id, $category, 'WATCHING' from app_user u where u.email like 'membre%@bench.test'
  on conflict (user_id, category_id) do update set level = 'WATCHING', updated_at = now()"
watchers=$(psql_bench -c "select count(*) from subscription where category_id = $category and level = 'WATCHING'")
token=$(login "$admin_email")
body='Bonjour à toutes et tous,\n\nLa **prochaine rencontre** du groupe aura lieu à la médiathèque de Lezoux. Au programme :\n\n- tour de table des projets ;\n- retour sur le questionnaire aux usagers ;\n- préparation de la journée d’étude.\n\nMerci de répondre avant vendredi !'

echo "# $(date -u +%FT%TZ), $(nproc) cores, $watchers watchers of category $category, load average before: $load"
echo "run,poster_ms,all_notified_ms,event_created_to_processed_ms,notifications,mail_outbox_rows,all_mails_sent_ms"
for run in $(seq 1 "$runs"); do
  # let the previous run's mails go out first
  until [ "$(psql_bench -c "select count(*) from mail_outbox where status = 'PENDING'")" = 0 ]; do sleep 0.5; done
  sleep 2
  last_mail=$(psql_bench -c "select coalesce(max(id), 0) from mail_outbox")
  start=$(date +%s%N)
  response=$(curl -sf -w '\n%{time_total}' -X POST "$base/api/v1/groups/$slug/threads" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' \
    -d "{\"category\":\"vie-du-groupe\",\"title\":\"Mesure de diffusion n° $run ($(date -u +%T))\",\"body\":\"$body\"}")
  poster_ms=$(tail -1 <<<"$response" | awk '{ printf "%.1f", $1 * 1000 }')
  thread=$(head -1 <<<"$response" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
  post=$(psql_bench -c "select min(id) from post where thread_id = $thread")
  notified=0
  until [ "$notified" -ge "$watchers" ]; do
    notified=$(psql_bench -c "select count(*) from notification where post_id = $post")
    [ $(( ($(date +%s%N) - start) / 1000000000 )) -lt 300 ] || { echo "run $run: only $notified notifications after 300 s" >&2; break; }
  done
  all_notified_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  until [ "$(psql_bench -c "select count(*) from forum_event where post_id = $post and processed_at is not null")" = 1 ]; do sleep 0.05; done
  until [ "$(psql_bench -c "select count(*) from mail_outbox where id > $last_mail and status = 'PENDING'")" = 0 ]; do sleep 0.05; done
  all_sent_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  psql_bench -F, -c "
    select $run, $poster_ms, $all_notified_ms,
           (select round(extract(epoch from processed_at - created_at) * 1000) from forum_event where post_id = $post),
           (select count(*) from notification where post_id = $post),
           (select count(*) from mail_outbox where id > $last_mail), $all_sent_ms"
done
