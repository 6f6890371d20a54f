#!/usr/bin/env bash
# Local MariaDB + Redis for development and tests, without systemd.
#
#   scripts/services.sh start|stop|status|env|reset-db
#
# Everything (data, pid files, logs, sockets) lives under SANGUO_SERVICES_DIR
# (default <repo>/.services), so several checkouts can run side by side on
# different ports and `rm -rf .services` is a full reset.
set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
readonly REPO_ROOT
readonly SERVICES_DIR="${SANGUO_SERVICES_DIR:-$REPO_ROOT/.services}"
readonly MYSQL_PORT="${SANGUO_MYSQL_PORT:-13306}"
readonly REDIS_PORT="${SANGUO_REDIS_PORT:-16379}"
# Seconds to wait for a server to answer before giving up.
readonly START_TIMEOUT="${SANGUO_SERVICES_START_TIMEOUT:-30}"
readonly STOP_TIMEOUT="${SANGUO_SERVICES_STOP_TIMEOUT:-30}"

readonly DB_NAME="sanguo"
readonly DB_USER="sanguo"
readonly DB_PASSWORD="sanguo"

readonly MARIADB_DIR="$SERVICES_DIR/mariadb"
readonly MARIADB_DATA="$MARIADB_DIR/data"
readonly MARIADB_PID="$MARIADB_DIR/mariadbd.pid"
readonly MARIADB_SOCK="$MARIADB_DIR/mariadbd.sock"
readonly MARIADB_LOG="$MARIADB_DIR/mariadbd.log"

readonly REDIS_DIR="$SERVICES_DIR/redis"
readonly REDIS_PID="$REDIS_DIR/redis.pid"
readonly REDIS_SOCK="$REDIS_DIR/redis.sock"
readonly REDIS_LOG="$REDIS_DIR/redis.log"

# mariadbd refuses to run as root unless told to; as any other user it runs as
# that user. mariadb-install-db grants that OS user socket access to the server.
OS_USER="$(id -un)"
readonly OS_USER

log() { printf '[services] %s\n' "$*" >&2; }
die() { printf '[services] error: %s\n' "$*" >&2; exit 1; }

# A pid file alone can outlive its process (reboot, kill -9) and the pid can be
# reused, so also check the process name.
pid_alive() {
    local pid_file="$1" expected_comm="$2" pid
    [[ -s "$pid_file" ]] || return 1
    pid="$(tr -dc '0-9' <"$pid_file")"
    [[ -n "$pid" ]] || return 1
    kill -0 "$pid" 2>/dev/null || return 1
    [[ "$(cat "/proc/$pid/comm" 2>/dev/null)" == "$expected_comm" ]]
}

mariadb_running() { pid_alive "$MARIADB_PID" mariadbd; }
redis_running() { pid_alive "$REDIS_PID" redis-server; }

fail_with_log() {
    local what="$1" log_file="$2"
    printf '[services] error: %s\n' "$what" >&2
    if [[ -f "$log_file" ]]; then
        printf '[services] last lines of %s:\n' "$log_file" >&2
        tail -n 30 "$log_file" >&2
    fi
    exit 1
}

# Runs SQL as the server's administrative account (socket auth, no password).
mariadb_admin_sql() {
    mariadb --no-defaults --protocol=socket --socket="$MARIADB_SOCK" --user="$OS_USER" \
        --batch --skip-column-names -e "$1"
}

ensure_packages() {
    local missing=()
    command -v mariadbd >/dev/null 2>&1 || missing+=(mariadb-server)
    command -v mariadb >/dev/null 2>&1 || missing+=(mariadb-client)
    command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
    command -v redis-cli >/dev/null 2>&1 || missing+=(redis-tools)
    ((${#missing[@]} == 0)) && return 0

    [[ "$(id -u)" == 0 ]] || die "missing ${missing[*]}; install them (apt-get needs root)"
    export DEBIAN_FRONTEND=noninteractive
    # Refreshing the index is the slow part; only do it when apt cannot see the packages.
    if ! apt-cache show "${missing[@]}" >/dev/null 2>&1; then
        log "apt-get update"
        apt-get update -qq
    fi
    log "installing ${missing[*]}"
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Polls a check command once per 0.1 s until it succeeds or the timeout passes.
wait_until() {
    local timeout_s="$1"; shift
    local deadline=$((SECONDS + timeout_s))
    until "$@" >/dev/null 2>&1; do
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

# Like wait_until for a server just launched, but gives up at once if it exits
# (port taken, bad data dir) instead of waiting out the timeout.
wait_for_server() {
    local name="$1" pid="$2" log_file="$3"; shift 3
    local deadline=$((SECONDS + START_TIMEOUT))
    until "$@" >/dev/null 2>&1; do
        kill -0 "$pid" 2>/dev/null || fail_with_log "$name exited during start-up" "$log_file"
        ((SECONDS < deadline)) || fail_with_log "$name did not answer within ${START_TIMEOUT}s" "$log_file"
        sleep 0.1
    done
}

mariadb_answers() {
    mariadb-admin --no-defaults --protocol=socket --socket="$MARIADB_SOCK" --user="$OS_USER" ping
}

redis_answers() {
    [[ "$(redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping 2>/dev/null)" == "PONG" ]]
}

init_mariadb_datadir() {
    [[ -d "$MARIADB_DATA/mysql" ]] && return 0
    log "initialising MariaDB data directory $MARIADB_DATA"
    # Initialise into a scratch dir and rename, so an interrupted init is never
    # mistaken for a usable data directory on the next start.
    local scratch="$MARIADB_DIR/data.init"
    rm -rf "$scratch"
    mkdir -p "$scratch"
    if ! mariadb-install-db --no-defaults --user="$OS_USER" --datadir="$scratch" \
        --auth-root-authentication-method=socket --skip-test-db \
        >"$MARIADB_DIR/install-db.log" 2>&1; then
        fail_with_log "mariadb-install-db failed" "$MARIADB_DIR/install-db.log"
    fi
    rm -rf "$MARIADB_DATA"
    mv "$scratch" "$MARIADB_DATA"
}

start_mariadb() {
    if mariadb_running; then
        log "mariadb already running (pid $(cat "$MARIADB_PID"))"
        return 0
    fi
    mkdir -p "$MARIADB_DIR"
    init_mariadb_datadir
    rm -f "$MARIADB_PID" "$MARIADB_SOCK"
    log "starting mariadbd on 127.0.0.1:$MYSQL_PORT"
    # setsid + closed stdio: the server must not hold the caller's pipes open,
    # otherwise a caller that reads our output (a test fixture) waits forever;
    # nor fd 9, or it would hold the services lock for its whole life.
    # --no-defaults keeps the host's /etc/mysql config out; hence the explicit
    # charset (it would be latin1). max_allowed_packet bounds one grain state;
    # the test suites run many silos at once, each with its own connection pools
    # (the default of 151 connections runs out).
    setsid mariadbd --no-defaults \
        --user="$OS_USER" \
        --datadir="$MARIADB_DATA" \
        --bind-address=127.0.0.1 \
        --port="$MYSQL_PORT" \
        --socket="$MARIADB_SOCK" \
        --pid-file="$MARIADB_PID" \
        --log-error="$MARIADB_LOG" \
        --character-set-server=utf8mb4 \
        --collation-server=utf8mb4_unicode_ci \
        --skip-name-resolve \
        --max-allowed-packet=256M \
        --max-connections=2000 \
        </dev/null >>"$MARIADB_LOG" 2>&1 9>&- &

    wait_for_server mariadbd $! "$MARIADB_LOG" mariadb_answers
    # The ping can succeed a moment before the pid file is written.
    wait_until 5 test -s "$MARIADB_PID" \
        || fail_with_log "mariadbd wrote no pid file" "$MARIADB_LOG"
}

provision_database() {
    local user_host sql
    sql="CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
    # With --skip-name-resolve, 'localhost' matches socket clients and
    # '127.0.0.1' matches TCP clients, so both accounts are needed.
    for user_host in localhost 127.0.0.1; do
        sql+="CREATE USER IF NOT EXISTS '$DB_USER'@'$user_host' IDENTIFIED BY '$DB_PASSWORD';"
        sql+="GRANT ALL PRIVILEGES ON \`$DB_NAME\`.* TO '$DB_USER'@'$user_host';"
    done
    mariadb_admin_sql "$sql"
}

start_redis() {
    if redis_running; then
        log "redis already running (pid $(cat "$REDIS_PID"))"
        return 0
    fi
    mkdir -p "$REDIS_DIR"
    rm -f "$REDIS_PID"
    log "starting redis-server on 127.0.0.1:$REDIS_PORT"
    # Membership data is rebuilt by the silos, so no persistence is needed.
    # Not --daemonize: run in the background like mariadbd so we know its pid
    # and notice at once if it exits (e.g. port taken). stdout goes to the log
    # too, for errors printed before redis opens its log file.
    # shellcheck disable=SC2094
    setsid redis-server --port "$REDIS_PORT" --bind 127.0.0.1 \
        --unixsocket "$REDIS_SOCK" --unixsocketperm 700 \
        --daemonize no --dir "$REDIS_DIR" --pidfile "$REDIS_PID" --logfile "$REDIS_LOG" \
        --save "" --appendonly no \
        </dev/null >>"$REDIS_LOG" 2>&1 9>&- &

    wait_for_server redis-server $! "$REDIS_LOG" redis_answers
    wait_until 5 test -s "$REDIS_PID" \
        || fail_with_log "redis-server wrote no pid file" "$REDIS_LOG"
}

# Prints the pid after sending SIGTERM, or nothing when the server is not running.
request_stop() {
    local name="$1" pid_file="$2" comm="$3" pid
    if ! pid_alive "$pid_file" "$comm"; then
        rm -f "$pid_file"
        log "$name not running"
        return 0
    fi
    pid="$(tr -dc '0-9' <"$pid_file")"
    log "stopping $name (pid $pid)"
    kill -TERM "$pid"
    echo "$pid"
}

await_stop() {
    local name="$1" pid_file="$2" log_file="$3" pid="$4"
    [[ -n "$pid" ]] || return 0
    if ! wait_until "$STOP_TIMEOUT" bash -c "! kill -0 $pid"; then
        log "$name did not stop within ${STOP_TIMEOUT}s; killing it"
        kill -KILL "$pid" 2>/dev/null || true
        wait_until 5 bash -c "! kill -0 $pid" || fail_with_log "$name (pid $pid) survived SIGKILL" "$log_file"
    fi
    rm -f "$pid_file"
}

cmd_start() {
    ensure_packages
    start_mariadb
    provision_database
    start_redis
    log "ready: mariadb 127.0.0.1:$MYSQL_PORT, redis 127.0.0.1:$REDIS_PORT"
}

cmd_stop() {
    # Both shut down in a second or two; signal both first so the waits overlap.
    local redis_pid mariadb_pid
    redis_pid="$(request_stop redis "$REDIS_PID" redis-server)"
    mariadb_pid="$(request_stop mariadb "$MARIADB_PID" mariadbd)"
    await_stop redis "$REDIS_PID" "$REDIS_LOG" "$redis_pid"
    await_stop mariadb "$MARIADB_PID" "$MARIADB_LOG" "$mariadb_pid"
}

cmd_status() {
    local all_up=0
    if mariadb_running; then
        echo "mariadb: running (pid $(cat "$MARIADB_PID"), 127.0.0.1:$MYSQL_PORT)"
    else
        echo "mariadb: stopped"; all_up=1
    fi
    if redis_running; then
        echo "redis: running (pid $(cat "$REDIS_PID"), 127.0.0.1:$REDIS_PORT)"
    else
        echo "redis: stopped"; all_up=1
    fi
    return "$all_up"
}

cmd_env() {
    printf 'export SANGUO_MYSQL="Server=127.0.0.1;Port=%s;Database=%s;User ID=%s;Password=%s"\n' \
        "$MYSQL_PORT" "$DB_NAME" "$DB_USER" "$DB_PASSWORD"
    printf 'export SANGUO_REDIS="127.0.0.1:%s"\n' "$REDIS_PORT"
}

cmd_reset_db() {
    mariadb_running || die "mariadb is not running; run '$0 start' first"
    mariadb_admin_sql "DROP DATABASE IF EXISTS \`$DB_NAME\`;"
    provision_database
    log "database $DB_NAME recreated"
}

# Serialises concurrent invocations (e.g. parallel test processes all calling
# `start`), which would otherwise race on init and on the ports.
with_lock() {
    mkdir -p "$SERVICES_DIR"
    exec 9>"$SERVICES_DIR/services.lock"
    flock -w 120 9 || die "timed out waiting for $SERVICES_DIR/services.lock"
    "$@"
}

main() {
    case "${1:-}" in
        start) with_lock cmd_start ;;
        stop) with_lock cmd_stop ;;
        status) cmd_status ;;
        env) cmd_env ;;
        reset-db) with_lock cmd_reset_db ;;
        *)
            echo "usage: $0 start|stop|status|env|reset-db" >&2
            exit 2
            ;;
    esac
}

main "$@"
