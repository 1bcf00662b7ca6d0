# Sourced by .ci/run: starts a throwaway Redis (the Celery broker of the worker tests) on a free
# loopback port with no persistence, exports REPWATCH_TEST_REDIS_URL and stops it when the shell exits.
# Debian's redis-server package is installed first when the binary is missing.

if ! command -v redis-server >/dev/null 2>&1; then
    echo "ci: installing Redis from Debian's packages" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi
REDIS_DIR="$(mktemp -d)"
REDIS_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
# No RDB snapshots, no append-only file: a test broker lives for one run.
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no --dir "$REDIS_DIR" \
    --daemonize yes --pidfile "$REDIS_DIR/redis.pid" --logfile "$REDIS_DIR/log" >/dev/null
for _ in $(seq 50); do
    redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break
    sleep 0.1
done

stop_redis() {
    redis-cli -p "$REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    rm -rf "$REDIS_DIR"
}
# One EXIT trap per shell: keep PostgreSQL's (postgres.sh is sourced first) and add ours.
trap "stop_redis; $(trap -p EXIT | sed -E "s/^trap -- '(.*)' EXIT$/\1/")" EXIT

export REPWATCH_TEST_REDIS_URL="redis://127.0.0.1:$REDIS_PORT/0"
echo "ci: Redis $(redis-server --version | awk '{print $3}' | cut -d= -f2) on 127.0.0.1:$REDIS_PORT for the tests" >&2
