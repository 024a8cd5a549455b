#!/usr/bin/env bash
# Sends a sample case to a running local Netral (./run-local.sh), verifies it as a Bawaslu verifier would, and
# follows it until the OPD head's notice is delivered. Usage: deploy/local/sample-case.sh [gas|ptt]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
report=${NETRAL_REPORT_URL:-http://localhost:8081}
case "${1:-gas}" in
  gas) sample="$here/samples/gas-tagline.json"; kind=D2 ;;   # a PNS posting a candidate's "Gas" tagline
  ptt) sample="$here/samples/ptt-campaign-event.json"; kind=D4 ;;   # a PTT campaigning at a rally
  *) echo "usage: $0 [gas|ptt]" >&2; exit 2 ;;
esac
field() { sed -n "s/.*\"$1\" *: *\"\([^\"]*\)\".*/\1/p" | head -1; }
tokens=${NETRAL_TOKENS:-$here/../../.netral-data/tokens}
[ -f "$tokens/partner-app.jwt" ] || { echo "no tokens in $tokens: is ./run-local.sh running?" >&2; exit 1; }
partner=$(cat "$tokens/partner-app.jwt"); verifier=$(cat "$tokens/verifier.jwt")

# The sample's act happened two days ago and became known yesterday, so it is within the reporting window.
body=$(sed -e "s/\"date\": \"[0-9-]*\"/\"date\": \"$(date -d '2 days ago' +%F)\"/" \
           -e "s/\"knownDate\": \"[0-9-]*\"/\"knownDate\": \"$(date -d yesterday +%F)\"/" "$sample")
receipt=$(curl -sf -X POST "$report/api/v1/reports" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $partner" \
  -H "Idempotency-Key: sample-$(date +%s%N)" --data-binary "$body")
id=$(field id <<<"$receipt"); code=$(field trackingCode <<<"$receipt"); screened=$(field status <<<"$receipt")
echo "Submitted case $id (tracking code for the reporter: $code): $screened"
if [ "$screened" != REGISTERED ]; then
  # e.g. the same sample sent twice on one day is the same act: linked to the first case, nothing to verify
  curl -sf -H "Authorization: Bearer $verifier" "$report/api/v1/reports/$id" | sed -n 's/.*"screening":\({[^}]*}\).*/\1/p'
  exit 0
fi

curl -sf -X POST "$report/api/v1/reports/$id/verification" -H 'Content-Type: application/json' \
  -H "Authorization: Bearer $verifier" -d "{\"decision\":\"VERIFIED\",\"violationKind\":\"$kind\"}" >/dev/null
echo "Verified as SKB 2022 $kind; waiting for the recommendation and the OPD head's notice ..."

for _ in $(seq 1 60); do
  status=$(curl -sf "$report/api/v1/tracking/$code" | field status)
  if [ "$status" = NOTIFIED ]; then
    echo "Status NOTIFIED. What the reporter sees:"
    curl -sf "$report/api/v1/tracking/$code"; echo
    echo "The e-mail is shown in the run-local window and kept under .netral-data/mailbox/."
    exit 0
  fi
  sleep 1
done
echo "Not notified after 60 s; last status $status. See .netral-data/logs/." >&2
exit 1
