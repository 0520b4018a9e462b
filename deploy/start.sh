#!/usr/bin/env bash
# The production recipe on one machine: `next start` on 127.0.0.1:3000 behind nginx, a caching
# reverse proxy, on 127.0.0.1:8080 (deploy/nginx.conf.template). Builds first if there is no build.
# Runs in the foreground; Ctrl-C (or either process ending) stops both.
#
#   npm run serve:prod
#   PORT=8081 NEXT_PORT=3001 CACHE_TTL=30s npm run serve:prod
#   FORCE_BUILD=1 npm run serve:prod            # rebuild even when a build exists
#
# Variables: PORT (nginx, default 8080), NEXT_PORT (default 3000), HOST (default 127.0.0.1),
# CACHE_TTL (default 5s), NEXT_DIST_DIR (default .next), NGINX (the nginx binary), RUN_DIR (where
# the rendered config, logs and cache go; default a new temporary folder, removed on exit),
# NGINX_WORKERS (default auto), NGINX_MODULES_DIR (where to look for the Brotli module, default
# /usr/lib/nginx/modules), MIME_TYPES (default /etc/nginx/mime.types),
# and the site's own variables (SANITY_*, SITE_URL, SUBMISSIONS_DIR, ...), passed to Next.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOST="${HOST:-127.0.0.1}"
PORT="${PORT:-8080}"
NEXT_PORT="${NEXT_PORT:-3000}"
CACHE_TTL="${CACHE_TTL:-5s}"
DIST="${NEXT_DIST_DIR:-.next}"
NGINX="${NGINX:-$(command -v nginx || true)}"
if [[ -z "$NGINX" && -x /usr/sbin/nginx ]]; then NGINX=/usr/sbin/nginx; fi
MIME_TYPES="${MIME_TYPES:-/etc/nginx/mime.types}"

say() { printf '[serve:prod] %s\n' "$*" >&2; }

if [[ -z "$NGINX" ]]; then
  say "nginx is not installed (Debian: apt-get install -y nginx)."
  exit 1
fi
if [[ ! -f "$MIME_TYPES" ]]; then
  say "no $MIME_TYPES: set MIME_TYPES to nginx's mime.types."
  exit 1
fi

cd "$ROOT"
export NEXT_TELEMETRY_DISABLED=1 SANITY_TELEMETRY_DISABLED=1 NEXT_DIST_DIR="$DIST"

if [[ "${FORCE_BUILD:-0}" == "1" || ! -f "$DIST/BUILD_ID" ]]; then
  say "building into $DIST (npm run build)..."
  npm run build
fi

NEXT_PID=""
NGINX_PID=""
OWN_RUN_DIR=0
stopping=0
stop() {
  [[ $stopping == 1 ]] && return
  stopping=1
  say "stopping..."
  [[ -n "$NGINX_PID" ]] && kill -TERM "$NGINX_PID" 2>/dev/null || true
  [[ -n "$NEXT_PID" ]] && kill -TERM "$NEXT_PID" 2>/dev/null || true
  for pid in $NGINX_PID $NEXT_PID; do
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
  done
  if [[ $OWN_RUN_DIR == 1 ]]; then rm -rf "$RUN_DIR"; fi
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

if [[ -z "${RUN_DIR:-}" ]]; then
  RUN_DIR="$(mktemp -d "${TMPDIR:-/tmp}/center-site-nginx.XXXXXX")"
  OWN_RUN_DIR=1
fi
# The run folder made ready (the build's static files precompressed and linked for nginx, nginx's
# Brotli module looked for), the template rendered into $RUN_DIR/nginx.conf and checked with
# `nginx -t`: deploy/recipe.mjs, the same code the benchmark and tests/e2e/recipe.spec.ts use.
CONFIG="$(node "$ROOT/deploy/recipe.mjs" prepare \
  --dist "$DIST" --run-dir "$RUN_DIR" \
  --listen "$HOST:$PORT" --upstream "127.0.0.1:$NEXT_PORT" --cache-ttl "$CACHE_TTL" \
  --workers "${NGINX_WORKERS:-auto}" --mime-types "$MIME_TYPES" \
  --modules-dir "${NGINX_MODULES_DIR:-/usr/lib/nginx/modules}" --nginx "$NGINX")"

# Next only on the loopback: clients reach it through nginx, which sets X-Forwarded-For.
# Next is reached only through nginx, which sets X-Forwarded-For to the address it sees: one hop to
# trust (lib/security/client-address.ts), unless told otherwise.
if [[ -z "${TRUSTED_PROXY_ADDRESSES:-}" ]]; then export TRUSTED_PROXY_HOPS="${TRUSTED_PROXY_HOPS:-1}"; fi
node "$ROOT/node_modules/next/dist/bin/next" start --hostname 127.0.0.1 --port "$NEXT_PORT" &
NEXT_PID=$!

for _ in $(seq 1 240); do
  if curl -fsS -o /dev/null "http://127.0.0.1:$NEXT_PORT/robots.txt" 2>/dev/null; then break; fi
  if ! kill -0 "$NEXT_PID" 2>/dev/null; then say "next start exited"; exit 1; fi
  sleep 0.25
done

"$NGINX" -p "$RUN_DIR" -c "$CONFIG" -g 'daemon off;' &
NGINX_PID=$!

say "Next on http://127.0.0.1:$NEXT_PORT, nginx (cache ${CACHE_TTL}) on http://$HOST:$PORT, files in $RUN_DIR. Ctrl-C stops both."
# Whichever ends first ends the other.
set +e
wait -n "$NEXT_PID" "$NGINX_PID"
status=$?
exit "$status"
