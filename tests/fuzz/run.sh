#!/usr/bin/env bash
# Outside fuzzing of the API: schemathesis (PyPI) generates requests from /api/openapi.json, once
# anonymous and once as the demo worker, against the real app on a fresh demo database. It fails
# on any server error (5xx); its settings, and why it still prints some warnings, are in
# tests/fuzz/schemathesis.toml. Bounded: FUZZ_SECONDS per session (default 90), about 4 minutes in all.
# Usage: bash tests/fuzz/run.sh    (CI: .ci/run calls it after the tests)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD

SCHEMATHESIS_VERSION=4.32.5
VENV=.cache/fuzz-venv
SECONDS_PER_RUN=${FUZZ_SECONDS:-90}

if ! "$VENV/bin/schemathesis" --version 2>/dev/null | grep -q "$SCHEMATHESIS_VERSION"; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet "schemathesis==$SCHEMATHESIS_VERSION"
fi

work=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
server_pid=
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# The demo platform in a database of its own; no rate limits, so fuzzing is not answered 429 throughout.
NODE_ENV=development HOST=127.0.0.1 PORT="$port" DATA_DIR="$work/data" SEED_DEMO=if-empty LOG_LEVEL=warn \
  RATE_LIMIT_PER_MINUTE=0 AUTH_RATE_LIMIT_PER_MINUTE=0 \
  node --conditions=source --import tsx server/src/main.ts >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 180); do
  curl -fs "$base/api/health" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; exit 1; }
  sleep 1
done
curl -fs "$base/api/health" >/dev/null

# The operations each session may use at all (public ones; for the worker also those open to every
# signed-in account or to workers), so nothing is spent on requests that can only answer 401/403.
curl -fs "$base/api/openapi.json" >"$work/openapi.json"
operations() {
  python3 - "$work/openapi.json" "$1" <<'PY'
import json, sys
doc, who = json.load(open(sys.argv[1])), sys.argv[2]
skip = {"post_auth_sign_out", "post_auth_password", "delete_me", "post_auth_sign_in", "post_auth_sign_up"}
for ops in doc["paths"].values():
    for op in ops.values():
        public = op.get("security") == []
        roles = op.get("x-roles")
        mine = public if who == "anonymous" else (roles is None or "worker" in roles)
        if mine and not (who == "worker" and op["operationId"] in skip):
            print(f"--include-operation-id={op['operationId']}")
PY
}

# A CSRF token for each session (the worker's signed in as the demo worker, README "Demo accounts"),
# sent with the cookies, so state-changing requests reach validation and the handlers.
csrf_for() {
  curl -fs -b "$1" -c "$1" "$base/api/auth/csrf" | python3 -c 'import json, sys; print(json.load(sys.stdin)["csrfToken"])'
}
cookies_of() { awk '$6 ~ /^shsw\./ { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$1"; }
anon_jar="$work/anonymous.cookies"
anon_token=$(csrf_for "$anon_jar")
worker_jar="$work/worker.cookies"
token=$(csrf_for "$worker_jar")
worker_token=$(curl -fs -b "$worker_jar" -c "$worker_jar" -H "X-CSRF-Token: $token" -H 'Content-Type: application/json' \
  -d '{"login":"worker@demo.shsw.cn","password":"Bamboo-lantern-26"}' "$base/api/auth/sign-in" |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["csrfToken"])')

# Data the fuzzer cannot make (tests/fuzz/schemathesis.toml): the worker follows reports, the demo
# bureau publishes the last finished quarter (or a revision of it), and the worker's "report published" notification is
# the one its mark-read operation gets.
api() { # jar token method path [json]
  curl -fs -b "$1" -c "$1" -H "X-CSRF-Token: $2" -H 'Content-Type: application/json' -X "$3" ${5:+-d "$5"} "$base$4"
}
api "$worker_jar" "$worker_token" PUT /api/reports/follow >/dev/null
bureau_jar="$work/bureau.cookies"
token=$(csrf_for "$bureau_jar")
bureau_token=$(api "$bureau_jar" "$token" POST /api/auth/sign-in '{"login":"bureau@demo.shsw.cn","password":"Granite-willow-26"}' |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["csrfToken"])')
FUZZ_REPORT_PERIOD=$(python3 -c 'import datetime as d; t = d.date.today(); q = (t.month - 1) // 3; print(f"{t.year - (q == 0)}-Q{q or 4}")')
# The demo already publishes the quarters whose release day has passed: then a revision is what
# notifies the followers; otherwise the first version.
published=$(curl -s -o /dev/null -w '%{http_code}' "$base/api/reports/$FUZZ_REPORT_PERIOD")
if [ "$published" = 200 ]; then
  api "$bureau_jar" "$bureau_token" POST "/api/bureau/reports/$FUZZ_REPORT_PERIOD/revisions" \
    '{"preliminary":false,"revisionNote":"fuzzing: a revision so followers are notified"}' >/dev/null
else
  api "$bureau_jar" "$bureau_token" POST /api/bureau/reports "{\"periodId\":\"$FUZZ_REPORT_PERIOD\",\"preliminary\":false}" >/dev/null
fi
FUZZ_NOTIFICATION_ID=
for _ in $(seq 1 60); do
  FUZZ_NOTIFICATION_ID=$(curl -fs -b "$worker_jar" "$base/api/notifications?limit=1" |
    python3 -c 'import json, sys; items = json.load(sys.stdin)["items"]; print(items[0]["id"] if items else "")')
  [ -n "$FUZZ_NOTIFICATION_ID" ] && break
  sleep 1
done
[ -n "$FUZZ_NOTIFICATION_ID" ] || { echo "the demo worker got no notification to fuzz with"; exit 1; }
export FUZZ_REPORT_PERIOD FUZZ_NOTIFICATION_ID

fuzz() {
  local name=$1
  shift
  echo "== schemathesis: $name (${SECONDS_PER_RUN} s)"
  # One worker: schemathesis 4.32 on Python 3.11 can trip over its own threads compiling schemas.
  # It runs in the scratch directory, where its example database (.schemathesis/) is thrown away.
  (cd "$work" && "$root/$VENV/bin/schemathesis" --config-file "$root/tests/fuzz/schemathesis.toml" \
    run "$base/api/openapi.json" \
    --checks not_a_server_error \
    --phases examples,coverage,fuzzing \
    --max-time "$SECONDS_PER_RUN" \
    --max-examples 25 \
    --workers 1 \
    --seed 20261207 \
    --request-timeout 30 \
    --suppress-health-check all \
    --report junit --report-dir "$work/report-$name" \
    "$@")
}

status=0
# shellcheck disable=SC2046 # one argument per operation id
fuzz anonymous -H "Cookie: $(cookies_of "$anon_jar")" -H "X-CSRF-Token: $anon_token" \
  $(operations anonymous) || status=1
# The worker keeps their session: no sign-out, password change, account deletion or new sign-in.
# shellcheck disable=SC2046
fuzz worker -H "Cookie: $(cookies_of "$worker_jar")" -H "X-CSRF-Token: $worker_token" \
  $(operations worker) || status=1

if grep -q '"level":50' "$work/server.log"; then
  echo "server logged errors:"
  grep '"level":50' "$work/server.log" | head -20
  status=1
fi
exit $status
