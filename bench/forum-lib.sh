# Shared by the forum-*.sh benchmarks (sourced, not run): the bench database, the backend on a loopback port,
# signing in. Override with BENCH_PORT, BENCH_DB, BENCH_PGHOST.
port=${BENCH_PORT:-8097}
db=${BENCH_DB:-entraide_bench}
pghost=${BENCH_PGHOST:-localhost}
base="http://127.0.0.1:$port"
jar=backend/target/quarkus-app/quarkus-run.jar
# the JVM settings the product is run with (README, Dockerfile, with MALLOC_ARENA_MAX=2 as the Dockerfile sets it);
# BENCH_JVM_OPTIONS names another file to compare
jvm_options=${BENCH_JVM_OPTIONS:-backend/jvm.options}
slug=bench-forum
admin_email=admin@bench.test
# members share the admin's password hash (forum-data.sql copies it), so this is every account's password
password=bench-admin-password
backend_pid=

psql_bench() {
  PGPASSWORD=entraide psql -h "$pghost" -U entraide -d "$db" -v ON_ERROR_STOP=1 -qtAX "$@"
}

# start_backend LOGFILE [VAR=value ...]: the jar on $port against $db, mails mocked; waits for readiness.
start_backend() {
  local log=$1
  shift
  local jvm_args=()
  [ -f "$jvm_options" ] && jvm_args=("@$jvm_options")
  [ -f "$jar" ] || { echo "no $jar: run ./mvnw -q -pl backend package -DskipTests" >&2; exit 1; }
  if curl -s -o /dev/null "$base/q/health/ready"; then
    echo "port $port already answers: stop that process first" >&2; exit 1
  fi
  env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$pghost:5432/$db" \
      QUARKUS_DATASOURCE_USERNAME=entraide QUARKUS_DATASOURCE_PASSWORD=entraide \
      QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_MAILER_MOCK=true MALLOC_ARENA_MAX=2 \
      APP_ADMIN_EMAIL="$admin_email" APP_ADMIN_PASSWORD="$password" \
      "$@" java "${jvm_args[@]}" -jar "$jar" >"$log" 2>&1 &
  backend_pid=$!
  trap stop_backend EXIT
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "$base/q/health/ready" && return 0
    kill -0 "$backend_pid" 2>/dev/null || { echo "backend died, see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 0.1
  done
  echo "backend not ready after 60 s, see $log" >&2; exit 1
}

stop_backend() {
  if [ -n "$backend_pid" ] && kill -0 "$backend_pid" 2>/dev/null; then
    kill "$backend_pid"; wait "$backend_pid" 2>/dev/null || true
  fi
  backend_pid=
}

# login EMAIL: prints a bearer access token (valid 15 minutes)
login() {
  curl -sf -X POST "$base/api/v1/auth/login" -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$password\"}" | python3 -c 'import json,sys; print(json.load(sys.stdin)["accessToken"])'
}

# wrk's latency lines ("50%  3.21ms") in ms
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }'; }
# wrk's output: its non-2xx responses and socket errors (connect, read, write, timeout), summed
wrk_errors() { awk '/Non-2xx/ { n += $NF } /Socket errors/ { for (i = 3; i <= NF; i++) n += $i + 0 } END { print n + 0 }'; }
