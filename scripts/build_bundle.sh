#!/usr/bin/env bash
# Build dist/training-desk/ from build.spec, smoke-test the bundle, print its size.
#
#   scripts/build_bundle.sh                  build, then test
#   scripts/build_bundle.sh --skip-build     test the bundle that is already in dist/
#   scripts/build_bundle.sh --clean          extra arguments go to pyinstaller
#
# The tests run the bundle on throw-away files only (TRAINING_DESK_DATA_DIR and
# TRAINING_DESK_CONFIG_DIR point into a temporary folder). Exit status 0 means all passed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
PYINSTALLER="${PYINSTALLER:-$ROOT/.venv/bin/pyinstaller}"
BUNDLE="$ROOT/dist/training-desk"
EXE="$BUNDLE/training-desk"

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
td() { # run the bundled program, echoing the command line
    printf '$ training-desk %s\n' "$*"
    "$EXE" "$@"
}
revision_of() {
    "$PY" -c 'import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute(
        "SELECT version_num FROM alembic_version").fetchone()[0])' "$1"
}

if [[ "${1:-}" == "--skip-build" ]]; then
    shift
else
    step "build (pyinstaller build.spec)"
    started=$SECONDS
    "$PYINSTALLER" build.spec --noconfirm "$@"
    echo "build took $((SECONDS - started)) s"
fi
[[ -x "$EXE" ]] || fail "$EXE is missing; build first"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
export TRAINING_DESK_DATA_DIR="$WORK/data" TRAINING_DESK_CONFIG_DIR="$WORK/config"
export XDG_DATA_HOME="$WORK/xdg-data" XDG_CONFIG_HOME="$WORK/xdg-config"
export QT_QPA_PLATFORM=offscreen OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1

step "version and help"
expected="Training Desk $("$PY" -c 'import core; print(core.__version__)')"
actual="$("$EXE" --version)"
echo "$actual"
[[ "$actual" == *"$expected" ]] || fail "expected '$expected'"
td --help >/dev/null

if [[ "$(uname -s)" == Linux ]]; then
    # A library that strip damaged (numpy.libs' OpenBLAS) is refused by the dynamic loader.
    step "every bundled library can be loaded (ld.so --verify)"
    loader="$(readelf -l "$EXE" | sed -n 's/.*interpreter: \(.*\)]/\1/p')"
    bad=0 count=0
    while IFS= read -r -d '' lib; do
        count=$((count + 1))
        status=0
        "$loader" --verify "$lib" >/dev/null 2>&1 || status=$?
        if [[ $status -ne 0 && $status -ne 2 ]]; then # 0 executable, 2 shared library
            echo "cannot be loaded: ${lib#"$BUNDLE"/}"
            bad=$((bad + 1))
        fi
    done < <(find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' \) -print0)
    echo "$count libraries, $bad broken"
    [[ $bad -eq 0 ]] || fail "$bad bundled libraries cannot be loaded"
fi

step "a new database (schema created and stamped by the bundled Alembic)"
fresh="$WORK/fresh.db"
if [[ -f core/demo/__init__.py ]]; then
    td --db "$fresh" demo --learners 50 --courses 20 --as-of 2026-06-30
else
    : >"$WORK/empty.db" # no 'demo' yet: restoring an empty file creates a new database
    td --db "$fresh" restore "$WORK/empty.db"
fi
td --db "$fresh" check
head="$("$PY" -c 'from db.migrate import head_revision; print(head_revision())')"
[[ "$(revision_of "$fresh")" == "$head" ]] || fail "new database is not at revision $head"

step "an older database upgraded by the bundled migration scripts"
old="$WORK/old.db"
"$PY" - "$old" <<'PY'
import sys
from pathlib import Path

from db.engine import make_engine
from db.migrate import upgrade

engine = make_engine(Path(sys.argv[1]))
upgrade(engine, "+1")  # the first revision only, from the source tree
engine.dispose()
PY
first="$(revision_of "$old")"
if [[ "$first" == "$head" ]]; then
    echo "only one revision exists; nothing to upgrade"
else
    echo "made $old at revision $first; head is $head"
    td --db "$WORK/upgraded.db" restore "$old"
    td --db "$WORK/upgraded.db" check --json
    [[ "$(revision_of "$WORK/upgraded.db")" == "$head" ]] || fail "upgrade did not reach $head"
    echo "upgraded to $head"
fi

step "backup of the new database, then check the copy"
td --db "$fresh" backup -o "$WORK/copy.db"
td --db "$WORK/copy.db" check

if [[ -f desktop/gui/launch.py ]]; then
    step "the window opens and paints (offscreen)"
    printf '$ training-desk --db %s --quit-after-paint\n' "$fresh"
    timeout 120 "$EXE" --db "$fresh" --quit-after-paint || fail "the window did not paint and quit"
    echo "window painted"
fi

step "size"
du -sh "$BUNDLE"
echo "all smoke tests passed"
