#!/usr/bin/env bash
# The whole test suite, as the README and CI run it:
#  1. makes sure Debian's chromium is there for the browser tests (installs it when root and missing);
#  2. starts a throw-away PostgreSQL server on 127.0.0.1 for the Postgres suite (installs it when root and missing);
#  3. runs vitest under UTC, then the time-dependent suites again under another zone (results must not depend on TZ);
#  4. prints the closing line `N passed, N failed` and exits non-zero on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
mkdir -p artifacts

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }

# --- chromium -------------------------------------------------------------------------------------------------
if [ -z "${ZAMAN_CHROMIUM:-}" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    echo "test-all: installing Debian's chromium for the browser tests"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null 2>&1 \
      || { as_root apt-get update >/dev/null 2>&1 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null 2>&1; } \
      || echo "test-all: could not install chromium; browser tests will fail" >&2
  fi
  export ZAMAN_CHROMIUM="$(command -v chromium || echo /usr/bin/chromium)"
fi

# --- PostgreSQL -----------------------------------------------------------------------------------------------
PG_DIR=""
stop_pg() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
    as_root runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
  fi
}
trap stop_pg EXIT
if [ -z "${ZAMAN_TEST_PG_URL:-}" ]; then
  PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
    echo "test-all: installing PostgreSQL for the Postgres suite"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >/dev/null 2>&1 \
      || { as_root apt-get update >/dev/null 2>&1 && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql >/dev/null 2>&1; }
    PG_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  fi
  if [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] && id postgres >/dev/null 2>&1; then
    PG_DIR="$(mktemp -d /tmp/zaman-pg.XXXXXX)"
    chmod 755 "$PG_DIR"; mkdir -p "$PG_DIR/data" "$PG_DIR/sock"
    as_root chown -R postgres "$PG_DIR/data" "$PG_DIR/sock"
    PG_PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
    if as_root runuser -u postgres -- "$PG_BIN/initdb" -A trust -U postgres -D "$PG_DIR/data" >/dev/null 2>&1 \
      && as_root runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/sock/server.log" -w \
           -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR/sock -c fsync=off" start >/dev/null 2>&1; then
      export ZAMAN_TEST_PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
      echo "test-all: PostgreSQL running on 127.0.0.1:$PG_PORT"
    else
      echo "test-all: could not start PostgreSQL (see $PG_DIR/sock/server.log); the Postgres suite will fail" >&2
    fi
  else
    echo "test-all: no PostgreSQL server binaries; the Postgres suite will fail" >&2
  fi
fi
export ZAMAN_REQUIRE_PG="${ZAMAN_REQUIRE_PG:-1}"

# --- vitest, twice ------------------------------------------------------------------------------------------
TZ=UTC npx vitest run --reporter=default --reporter=json --outputFile.json=artifacts/vitest-utc.json
TZ=America/Los_Angeles npx vitest run tests/time tests/cli --reporter=default --reporter=json \
  --outputFile.json=artifacts/vitest-la.json

node -e '
  let passed = 0, failed = 0;
  for (const f of ["artifacts/vitest-utc.json", "artifacts/vitest-la.json"]) {
    let r;
    try { r = JSON.parse(require("fs").readFileSync(f, "utf8")); }
    catch { console.error("test-all: no results in " + f); failed += 1; continue; }
    passed += r.numPassedTests; failed += r.numFailedTests + (r.numRuntimeErrorTestSuites || 0);
    for (const s of r.testResults || []) if (s.status === "failed" && (s.assertionResults || []).length === 0) failed += 1;
  }
  console.log(passed + " passed, " + failed + " failed");
  process.exit(failed === 0 && passed > 0 ? 0 : 1);
'
