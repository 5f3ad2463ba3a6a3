#!/usr/bin/env bash
# 1 000 concurrent sign-ups spread over 10 workshops of 6 seats: wall time, latency percentiles, errors, and the
# invariant checked in the database afterwards (exactly 6 confirmed per workshop, nobody twice, waitlist in order).
# Needs a built jar (./mvnw -pl backend package -DskipTests) and a PostgreSQL where the role entraide owns
# the database entraide_bench_workshops (created here when missing, as the postgres superuser).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${BENCH_PORT:-8098}
db=${BENCH_DB:-entraide_bench_workshops}
concurrency=${BENCH_CONCURRENCY:-100}
export PGPASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-entraide}
psql_bench() { psql -h localhost -U entraide -d "$db" -v ON_ERROR_STOP=1 -qtA "$@"; }

su postgres -c "psql -qtAc \"select 1 from pg_database where datname = '$db'\"" | grep -q 1 \
  || su postgres -c "createdb -O entraide $db"

QUARKUS_HTTP_PORT=$port QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://localhost:5432/$db \
QUARKUS_DATASOURCE_USERNAME=entraide QUARKUS_DATASOURCE_PASSWORD=$PGPASSWORD \
QUARKUS_FLYWAY_CLEAN_DISABLED=false QUARKUS_FLYWAY_CLEAN_AT_START=true QUARKUS_MAILER_MOCK=true \
  java @backend/jvm.options -jar backend/target/quarkus-app/quarkus-run.jar > /tmp/entraide-bench-workshops.log 2>&1 &
backend=$!
trap 'kill $backend 2>/dev/null || true' EXIT
until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do sleep 0.2; done

# 1 000 verified members holding personal access tokens (entpat_bench_<n>), and 10 workshops a week ahead
psql_bench <<'SQL'
insert into work_group (slug, name) values ('bench', 'Bench');
insert into app_user (email, username, display_name, password_hash, email_verified, unsubscribe_key)
  select 'bench' || n || '@bench.test', 'bench' || n, 'Bench ' || n, 'x', true, 'unsub' || n from generate_series(1, 1000) n;
insert into membership (group_id, user_id) select g.id, u.id from work_group g, app_user u where g.slug = 'bench' and u.username like 'bench%';
insert into personal_access_token (user_id, name, token_hash)
  select id, 'bench', encode(sha256(convert_to('entpat_bench_' || substring(username from 6), 'UTF8')), 'hex')
  from app_user where username like 'bench%';
insert into workshop (group_id, title, starts_at, ends_at, capacity)
  select g.id, 'Atelier ' || n, now() + interval '7 days', now() + interval '7 days 2 hours', 6
  from work_group g, generate_series(1, 10) n where g.slug = 'bench';
SQL
first_workshop=$(psql_bench -c "select min(id) from workshop")

node --input-type=module - "$port" "$first_workshop" "$concurrency" <<'JS'
const [port, firstWorkshop, concurrency] = process.argv.slice(2).map(Number)
const jobs = Array.from({ length: 1000 }, (_, i) => ({ user: i + 1, workshop: firstWorkshop + (i % 10) }))
const latencies = []
let errors = 0
const started = performance.now()
let next = 0
async function worker() {
  while (next < jobs.length) {
    const job = jobs[next++]
    const t0 = performance.now()
    try {
      const response = await fetch(`http://localhost:${port}/api/v1/workshops/${job.workshop}/registrations`, {
        method: 'POST', headers: { Authorization: `Bearer entpat_bench_${job.user}` },
      })
      if (response.status !== 201) errors++
      await response.arrayBuffer()
    } catch {
      errors++
    }
    latencies.push(performance.now() - t0)
  }
}
await Promise.all(Array.from({ length: concurrency }, worker))
const wall = performance.now() - started
latencies.sort((a, b) => a - b)
const pct = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(1)
console.log(`requests=1000 concurrency=${concurrency} wall_ms=${wall.toFixed(0)} throughput_rps=${(1000 / (wall / 1000)).toFixed(0)}`)
console.log(`latency_ms p50=${pct(50)} p95=${pct(95)} p99=${pct(99)} max=${latencies.at(-1).toFixed(1)} errors=${errors}`)
JS

echo "invariant (workshop, confirmed, waitlisted, distinct people, first-come confirmed):"
psql_bench <<'SQL'
select w.id,
       count(*) filter (where r.status = 'CONFIRMED'),
       count(*) filter (where r.status = 'WAITLISTED'),
       count(distinct r.user_id),
       bool_and(case when r.rank <= 6 then r.status = 'CONFIRMED' else r.status = 'WAITLISTED' end)
from workshop w
join (select *, row_number() over (partition by workshop_id order by created_at, id) as rank from registration) r
  on r.workshop_id = w.id
group by w.id order by w.id;
SQL
