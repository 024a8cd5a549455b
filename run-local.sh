#!/usr/bin/env bash
# Runs the whole of Netral on this machine: builds the services (tests skipped) if needed, then starts PostgreSQL,
# Kafka, an SMTP server, the three services, the development OIDC provider and the console, and prints the console's
# address. Ctrl-C stops everything; data stays in .netral-data/.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -B -q package -DskipTests
exec java -jar deploy/local/target/netral-local.jar --home "$PWD" "$@"
