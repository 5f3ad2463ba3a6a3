#!/usr/bin/env bash
# README's first command, timed: from `java -jar` (no database variable) to the first page served by the single
# process, once with a fresh data folder (the embedded PostgreSQL's first initialisation and every migration) and
# then N times on the warm installation; resident memory of the JVM and of the PostgreSQL processes once ready.
# Needs the built jar (./mvnw -q package -DskipTests). Only loopback is used.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-8096}
jar=backend/target/quarkus-app/quarkus-run.jar
data=$(mktemp -d /tmp/entraide-bench-local-XXXX)
chmod 755 "$data"
trap 'rm -rf "$data"' EXIT
unset QUARKUS_DATASOURCE_JDBC_URL

rss_of() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }

one_run() {
  local label=$1 start pid ready_ms jvm_kib postmaster pg_kib=0
  start=$(date +%s%N)
  APP_DATA_DIR=$data QUARKUS_HTTP_PORT=$port java @backend/jvm.options -jar "$jar" >/tmp/entraide-bench-local.log 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/" -o /dev/null; do sleep 0.05; done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 2
  jvm_kib=$(rss_of "$pid")
  postmaster=$(head -1 "$data/postgresql/data/postmaster.pid")
  for p in "$postmaster" $(pgrep -P "$postmaster"); do
    pg_kib=$((pg_kib + $(rss_of "$p")))
  done
  echo "$label,$ready_ms,$((jvm_kib / 1024)),$((pg_kib / 1024))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
}

echo "run,first_page_ms,jvm_rss_mib,postgres_rss_mib"
one_run first-initialisation
for run in $(seq 1 "$runs"); do one_run "warm-$run"; done
