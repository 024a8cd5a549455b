#!/usr/bin/env bash
# Measures Netral on this machine: builds the services and the reference app (tests skipped), starts the whole system
# in a fresh temporary data directory and prints a Markdown report (also written to
# deploy/benchmark/target/benchmark-report.md). Options: see --help. About fifteen minutes with the defaults.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q package -DskipTests
# the three services again with a class data archive (AppCDS) of what they load at start, used when launched (see
# deploy/local ServiceProcess); the reference app stays a plain Quarkus build, the baseline the ratios are taken to
./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled=true \
  -pl report-service,sanction-service,notification-service
# the class path given whole, not through the jar's manifest: the broker runs in a process of its own from it
exec java -cp "deploy/benchmark/target/netral-benchmark.jar:deploy/benchmark/target/lib/*" \
  id.netral.benchmark.NetralBenchmark --home "$PWD" "$@"
