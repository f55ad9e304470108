#!/usr/bin/env bash
# The Meilisearch leg of CI (.ci/run runs it after `npm test`, which has built the app and run
# everything on the in-process engine). When ../shared/tools/meilisearch/ sits beside the
# checkout: unpack its binary into .cache/ (checksum verified; a mismatch fails the run), start
# it on a free loopback port with a generated master key and a temporary data dir, and run the
# search contract, the other Meilisearch-aware search tests and the end-to-end search tests
# against it. Without the folder it says so and does nothing.
set -euo pipefail
cd "$(dirname "$0")/../.."

tools=${MEILI_TOOLS_DIR:-../shared/tools/meilisearch}
if [ ! -d "$tools" ]; then
  echo "Meilisearch leg skipped: $tools does not exist beside this checkout (it holds the Meilisearch"
  echo "binary for tests; see its README). Search was tested on the in-process engine only."
  exit 0
fi

archive=$(ls "$tools"/meilisearch-*-linux-x86_64.xz 2>/dev/null | head -n 1 || true)
if [ -z "$archive" ] || [ ! -f "$tools/meilisearch.sha256" ]; then
  echo "Meilisearch leg: $tools has no meilisearch-*-linux-x86_64.xz or no meilisearch.sha256" >&2
  exit 1
fi
expected=$(awk '{ print $1; exit }' "$tools/meilisearch.sha256")
bin=.cache/meilisearch
mkdir -p .cache
if [ ! -x "$bin" ] || ! echo "$expected  $bin" | sha256sum -c --status; then
  echo "unpacking $archive into $bin"
  xz -dc "$archive" > "$bin.tmp"
  chmod +x "$bin.tmp"
  mv "$bin.tmp" "$bin"
fi
if ! echo "$expected  $bin" | sha256sum -c --status; then
  echo "Meilisearch leg: CHECKSUM MISMATCH — $bin is $(sha256sum "$bin" | awk '{ print $1 }'), $tools/meilisearch.sha256 says $expected" >&2
  rm -f "$bin"
  exit 1
fi
echo "checksum ok: $expected"
"$bin" --version

port=$(node -e "const s = require('node:net').createServer().listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); })")
key=$(node -e "console.log(require('node:crypto').randomBytes(24).toString('hex'))")
data=$(mktemp -d "${TMPDIR:-/tmp}/shsw-ci-meili-XXXXXX")
MEILI_MASTER_KEY="$key" "$bin" --db-path "$data/data.ms" --dump-dir "$data/dumps" --snapshot-dir "$data/snapshots" \
  --http-addr "127.0.0.1:$port" --env development --no-analytics --log-level WARN >"$data/meilisearch.log" 2>&1 &
meili=$!
stop() {
  kill "$meili" 2>/dev/null || true
  wait "$meili" 2>/dev/null || true
  rm -rf "$data"
}
trap stop EXIT
host="http://127.0.0.1:$port"
if ! node -e "
  const end = Date.now() + 60_000;
  (async () => {
    for (;;) {
      try { if ((await fetch('$host/health')).ok) return; } catch {}
      if (Date.now() > end) { console.error('Meilisearch did not answer /health within 60 s'); process.exit(1); }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
"; then
  cat "$data/meilisearch.log" >&2
  exit 1
fi
echo "Meilisearch $("$bin" --version | awk '{ print $2 }') on $host (data in $data)"

# The contract, the relevance tests (when there), the adapter's wire test and the engine choice at
# start-up, then the end-to-end search tests with the app on Meilisearch.
shopt -s nullglob
tests=(tests/integration/search-contract*.test.ts tests/integration/search-relevance*.test.ts
  tests/integration/search-meilisearch*.test.ts tests/integration/search-server*.test.ts tests/e2e/search*.test.ts)
shopt -u nullglob
echo "running on Meilisearch: ${tests[*]}"
MEILI_HOST="$host" MEILI_MASTER_KEY="$key" MEILI_BIN="$PWD/$bin" npx vitest run "${tests[@]}"

# Nothing a test created may be left behind (every run uses index prefixes of its own and drops them).
left=$(node -e "
  fetch('$host/indexes?limit=1000', { headers: { authorization: 'Bearer $key' } })
    .then((r) => r.json()).then((b) => console.log(b.results.map((i) => i.uid).join(' ')));
")
if [ -n "$left" ]; then
  echo "Meilisearch leg: the tests left indexes behind: $left" >&2
  exit 1
fi
echo "Meilisearch leg passed"
