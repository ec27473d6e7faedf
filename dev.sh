#!/usr/bin/env bash
# One script, two commands (see README):
#   ./dev.sh start [trainer options]   set everything up, then open trainer
#   ./dev.sh test  [pytest options]    set everything up, start a local PostgreSQL, run the whole test suite
#   ./dev.sh bundle                     build the desktop application for people without Python (dist/trainer/)
# Installs what is missing (Debian/Ubuntu packages, a virtualenv with trainer and its dependencies)
# and skips what is present, so a second run starts at once.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="${TRAINER_VENV:-$ROOT/.venv}"
PY="${PYTHON:-python3}"

say() { printf '\033[1m[trainer]\033[0m %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else die "need root (or sudo) to install system packages: $*"; fi
}

# Qt (offscreen and X11), Chinese fonts, speech; PostgreSQL only for the tests.
APP_PACKAGES=(python3-venv python3-pip fonts-noto-cjk espeak-ng libespeak-ng1 alsa-utils
    libegl1 libgl1 libopengl0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0 libxkbcommon0 libx11-6
    libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-image0
    libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libxcb-xkb1)
# chromium: the phone page is tested in a real browser; binutils: PyInstaller reads the libraries it bundles
TEST_PACKAGES=(postgresql chromium binutils poppler-utils)  # poppler-utils: pdftotext reads the reports' text
BUNDLE_PACKAGES=(binutils)

system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || { say "not a Debian/Ubuntu system: install Qt's libraries, fonts-noto-cjk, espeak-ng and PostgreSQL yourself"; return; }
    local missing=()
    for pkg in "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing+=("$pkg")
    done
    if [ "${#missing[@]}" -gt 0 ]; then
        say "installing system packages: ${missing[*]}"
        as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    fi
}

python_env() {
    local extra="$1"
    "$PY" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)' \
        || die "trainer needs Python 3.11 or newer ($("$PY" --version 2>&1) found); set PYTHON=/path/to/python3.11"
    if [ ! -x "$VENV/bin/python" ]; then
        say "creating a virtual environment in $VENV"
        "$PY" -m venv "$VENV"
    fi
    local hash; hash="$(sha256sum < "$ROOT/pyproject.toml" | cut -c1-16)"
    # the test extras include everything `start` needs, so either stamp will do for `start`
    if grep -qxF -- "$hash[test]" "$VENV/.trainer-installed" 2>/dev/null \
        || grep -qxF -- "$hash$extra" "$VENV/.trainer-installed" 2>/dev/null; then
        return
    fi
    say "installing trainer and its Python packages (once; a few minutes)"
    local log="$VENV/pip.log"
    if ! { "$VENV/bin/python" -m pip install -q --upgrade pip && "$VENV/bin/python" -m pip install -q -e "$ROOT$extra"; } >"$log" 2>&1; then
        cat "$log" >&2
        die "pip install failed (log above, also in $log)"
    fi
    echo "$hash$extra" > "$VENV/.trainer-installed"
}

# A PostgreSQL server of the tests' own, on 127.0.0.1, in a private data directory.
PG_PORT="${TRAINER_TEST_PG_PORT:-54329}"
PG_DIR="${TRAINER_TEST_PG_DIR:-/tmp/trainer-test-pg-$(id -u)}"
pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
as_pg() {
    if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
    if [ -n "${TRAINER_TEST_PG_URL:-}" ]; then return; fi
    local bin; bin="$(pg_bin)"
    [ -n "$bin" ] || die "PostgreSQL is not installed (apt-get install postgresql)"
    if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
        say "creating a test PostgreSQL cluster in $PG_DIR"
        mkdir -p "$PG_DIR"
        [ "$(id -u)" -eq 0 ] && chown postgres "$PG_DIR"
        as_pg "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_pg "$bin/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; then
        say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
        as_pg "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=200" start >/dev/null
    fi
    export TRAINER_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/postgres"
}

cmd="${1:-}"; shift || true
case "$cmd" in
    start)
        system_packages "${APP_PACKAGES[@]}"
        python_env ""
        exec "$VENV/bin/trainer" "$@"
        ;;
    test)
        system_packages "${APP_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
        python_env "[test]"
        start_postgres
        cd "$ROOT"
        export QT_QPA_PLATFORM=offscreen
        # the 15 slowest tests are printed at the end, so the suite's cost stays visible
        exec "$VENV/bin/python" -m pytest --durations=15 "$@"
        ;;
    bundle)
        system_packages "${APP_PACKAGES[@]}" "${BUNDLE_PACKAGES[@]}"
        python_env "[test]"
        cd "$ROOT"
        say "building the desktop application (a few minutes)"
        "$VENV/bin/pyinstaller" --noconfirm --log-level WARN --distpath "${TRAINER_BUNDLE_DIST:-dist}" \
            --workpath "${TRAINER_BUNDLE_WORK:-build/pyinstaller}" trainer.spec
        say "built ${TRAINER_BUNDLE_DIST:-dist}/trainer/ (run ${TRAINER_BUNDLE_DIST:-dist}/trainer/trainer)"
        ;;
    *)
        echo "usage: ./dev.sh start [trainer options] | ./dev.sh test [pytest options] | ./dev.sh bundle" >&2
        exit 2
        ;;
esac
