#!/usr/bin/env bash
# Regenerates __fixtures__/floor: honest logs of broken code that each also contain a refused
# connection somewhere (issue 21, item 5). Every log is the real, unedited output (stdout and
# stderr interleaved) of a real tool run on a small project from scripts/floor/projects/, in a
# scratch copy, with nothing listening on the ports the projects connect to.
#
# Usage: bash scripts/floor/generate.sh [ID-SUBSTRING...]
#   With arguments, only the cases whose id contains one of them are regenerated.
#
# Needs (Debian packages): golang-go elixir bats tox python3-mypy python3-pytest ruby
#   ruby-test-unit libboost-test-dev g++ libpostgresql-jdbc-java junit4 default-jdk-headless
#   make diffutils perl (prove) libredis-perl libdbd-pg-perl curl ; Rust's cargo (std only, no crates) ; Node >= 20 and the npm
#   registry (mocha, mocha-junit-reporter, jest, vitest, tape, jasmine, bun, pg, ioredis: scripts/floor/node/package.json).
#   apt-get install -y golang-go elixir bats tox python3-mypy python3-pytest ruby ruby-test-unit \
#     libboost-test-dev g++ libpostgresql-jdbc-java junit4 default-jdk-headless make
# Environment: FLOOR_WORK (scratch folder, default /tmp/coach-gate-floor).
set -uo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SRC="$ROOT/scripts/floor"
OUT="$ROOT/__fixtures__/floor"
WORK=${FLOOR_WORK:-/tmp/coach-gate-floor}
FILTERS=("$@")
PY=/usr/bin/python3

# The refusals must be real: nothing may listen on the ports the recipes dial.
PORTS=(5432 5433 6379 6380 3306 27017 5672 9200 11211 4222 47311 38117)
for port in "${PORTS[@]}"; do
  if [ -n "$(ss -ltnH "sport = :$port" 2>/dev/null)" ]; then
    echo "generate.sh: something listens on port $port; the recipes need it closed" >&2
    exit 2
  fi
done

wanted() {
  [ ${#FILTERS[@]} -eq 0 ] && return 0
  local f
  for f in "${FILTERS[@]}"; do [[ "$1" == *"$f"* ]] && return 0; done
  return 1
}

# Fresh scratch copy of the projects, and the Node runners installed once beside them.
mkdir -p "$WORK"
rm -rf "$WORK/projects"
cp -r "$SRC/projects" "$WORK/projects"
cp "$SRC/node/package.json" "$WORK/package.json"
[ -f "$SRC/node/package-lock.json" ] && cp "$SRC/node/package-lock.json" "$WORK/package-lock.json"
if [ ! -x "$WORK/node_modules/.bin/mocha" ] || [ ! -x "$WORK/node_modules/.bin/turbo" ] || [ ! -x "$WORK/node_modules/.bin/nx" ]; then
  (cd "$WORK" && npm install --no-audit --no-fund >/dev/null) || { echo "npm install failed" >&2; exit 2; }
fi
export PATH="$WORK/node_modules/.bin:$PATH"
export NO_COLOR=1 FORCE_COLOR=0 CI=true GOFLAGS=-mod=mod GOTOOLCHAIN=local RUST_BACKTRACE=0

# record KIND ID RUNNER ECOSYSTEM CLASSIFICATION CONFIDENCE PROJECT COMMAND WHY
#   Runs COMMAND with bash in the scratch copy of scripts/floor/projects/PROJECT and keeps its
#   whole output as __fixtures__/floor/KIND/ID.log, its exit status in ID.json.
record() {
  local kind=$1 id=$2 runner=$3 eco=$4 cls=$5 conf=$6 project=$7 cmd=$8 why=$9
  wanted "$id" || return 0
  local dir="$WORK/projects/$project"
  mkdir -p "$OUT/$kind"
  local log="$OUT/$kind/$id.log"
  (cd "$dir" && timeout -k 5 300 bash -c "$cmd") >"$log" 2>&1 </dev/null
  local rc=$?
  local size
  size=$(stat -c %s "$log")
  if [ "$size" -gt 100000 ]; then echo "WARNING: $id log is $size bytes" >&2; fi
  ID="$id" KIND="$kind" RUNNER="$runner" ECO="$eco" CLS="$cls" CONF="$conf" WHY="$why" RC="$rc" \
    RECIPE="scripts/floor/projects/$project, run as \`$cmd\` in a scratch copy by scripts/floor/generate.sh" \
    node -e '
      const e = process.env
      const spec = { id: e.ID, kind: e.KIND, runner: e.RUNNER, ecosystem: e.ECO,
        expected: { classification: e.CLS, confidence: e.CONF }, why: e.WHY, recipe: e.RECIPE,
        exit_code: Number(e.RC) }
      require("fs").writeFileSync(process.argv[1], JSON.stringify(spec, null, 2) + "\n")
    ' "$OUT/$kind/$id.json"
  printf '%-45s exit %3d  %6d bytes\n' "$kind/$id" "$rc" "$size"
}

for cases in "$SRC"/cases/*.sh; do
  # shellcheck source=/dev/null
  . "$cases"
done
