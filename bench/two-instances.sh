#!/usr/bin/env bash
# Forum read throughput, one instance vs two behind nginx, and the fail-over gap (bench/README.md, "Two instances").
# Needs the built jar (./mvnw -q package -DskipTests), wrk and nginx (apt-get install -y wrk nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk"; exit 1; }
exec node bench/two-instances.mjs "$@"
