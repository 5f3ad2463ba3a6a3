#!/usr/bin/env bash
# Measures the backend's start-to-ready time in JVM mode and its resident memory once ready, over N runs,
# and the gzip size of the SPA's first-load JavaScript. Needs a built jar and SPA (./mvnw package -DskipTests)
# and a reachable PostgreSQL (QUARKUS_DATASOURCE_* as for the tests; default: the entraide database).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
port=${BENCH_PORT:-8095}
jar=backend/target/quarkus-app/quarkus-run.jar
export QUARKUS_DATASOURCE_JDBC_URL=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://localhost:5432/entraide}
export QUARKUS_DATASOURCE_USERNAME=${QUARKUS_DATASOURCE_USERNAME:-entraide}
export QUARKUS_DATASOURCE_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-entraide}
export QUARKUS_HTTP_PORT=$port

echo "run,ready_ms,rss_mib"
for run in $(seq 1 "$runs"); do
  start=$(date +%s%N)
  java @backend/jvm.options -jar "$jar" >/tmp/entraide-bench-startup.log 2>&1 &
  pid=$!
  until curl -sf "http://localhost:$port/q/health/ready" >/dev/null; do sleep 0.02; done
  ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
  sleep 1
  rss_kib=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  echo "$run,$ready_ms,$((rss_kib / 1024))"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done

if [ -f frontend/dist/index.html ]; then
  total=0
  for asset in $(grep -oE '(src|href)="/assets/[^"]+\.js"' frontend/dist/index.html | sed -E 's/.*"\/(assets\/[^"]+)"/\1/'); do
    size=$(gzip -9 -c "frontend/dist/$asset" | wc -c)
    total=$((total + size))
  done
  echo "spa_first_load_js_gzip_bytes,$total"
fi
