#!/usr/bin/env bash
# Idea boards: move → arrival latency at 30 board streams over two instances (bench/README.md, "Idea boards").
# Needs the built jar (./mvnw -q package -DskipTests) and nginx (apt-get install -y nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
exec node bench/board-latency.mjs "$@"
