#!/usr/bin/env bash
# Proves Netral against faults on this machine: builds the services (tests skipped), starts the whole system in a fresh
# temporary data directory, streams cases while it kills -9 each service, the Kafka broker and PostgreSQL in turn, then
# sends generated malformed requests to every operation. Prints a Markdown report (also written to
# deploy/fault-run/target/fault-run-report.md) and exits 1 if a case was lost or doubled, or a malformed request got a
# server error or changed anything. Options: --cases 200 --malformed 10000 --seed N (see --help). About 15 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q package -DskipTests
# the class path given whole, not through the jar's manifest: the broker runs in a process of its own from it
exec java -cp "deploy/fault-run/target/netral-fault-run.jar:deploy/fault-run/target/lib/*" id.netral.faults.FaultRun \
  --home "$PWD" "$@"
