#!/usr/bin/env bash
# Measures Netral on this machine: builds the services (tests skipped), starts the whole system in a fresh temporary
# data directory and prints a Markdown report (also written to deploy/benchmark/target/benchmark-report.md).
# Options: --rates 10,25,50 --duration 30 --warm-up 10 --cases 50 (see --help). About five minutes with defaults.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q package -DskipTests
exec java -jar deploy/benchmark/target/netral-benchmark.jar --home "$PWD" "$@"
