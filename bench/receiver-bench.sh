#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
#
# Side-by-side throughput/latency benchmark: `vipps-hooks listen` (journal on) against a Node.js
# `http` receiver doing the same verification and journal append (bench/node-receiver.js), and
# against nginx answering every request with a bare `return 200` (bench/nginx.conf.in): no
# verification, no journal, the HTTP ceiling of this machine.
# All get the same kind of signed deliveries from wrk at 64 connections, in alternating order.
# Targets (docs/architecture.md §7, as agreed for this bench): ours >= 3x Node's requests/s,
# ours >= 0.60x nginx's requests/s, ours p99 < 5 ms, ours --sync >= 1.0x Node's requests/s.
# The verdict is informational: exit 0 unless something broke.
#
# Environment (all optional):
#   BUILD_DIR       Release build directory (default <repo>/build-bench)
#   SKIP_BUILD=1    use the existing $BUILD_DIR/src/app/vipps-hooks without (re)building
#   DURATION        seconds per measured run (default 10, 1..120)
#   WARMUP          seconds of warm-up before each measured run (default 2, 0..30)
#   ROUNDS          rounds, the order alternates each round (default 2, 1..10)
#   CONNECTIONS     wrk connections (default 64)
#   REQUESTS        distinct signed deliveries per run (default 2000)
#   STDOUT_VARIANT  1 (default) also measures ours with its per-request line going to a file
#   SYNC_VARIANT    1 (default) also measures ours with --sync (each answer waits for fdatasync, group commit)
#   NGINX_VARIANT   1 (default) also measures nginx's `return 200` (skipped with a note when nginx is missing)
#   NGINX           the nginx binary (default: nginx on PATH, else /usr/sbin/nginx)
#   KEEP_TMP=1      keep journals, wrk output and logs (path printed at the end)
set -euo pipefail

SCRIPT_DIR=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd -- "$SCRIPT_DIR/.." && pwd)
BUILD_DIR=${BUILD_DIR:-$REPO/build-bench}
DURATION=${DURATION:-10}
WARMUP=${WARMUP:-2}
ROUNDS=${ROUNDS:-2}
CONNECTIONS=${CONNECTIONS:-64}
REQUESTS=${REQUESTS:-2000}
SKIP_BUILD=${SKIP_BUILD:-0}
STDOUT_VARIANT=${STDOUT_VARIANT:-1}
SYNC_VARIANT=${SYNC_VARIANT:-1}
NGINX_VARIANT=${NGINX_VARIANT:-1}
NGINX=${NGINX:-}
KEEP_TMP=${KEEP_TMP:-0}
SECRET=${BENCH_SECRET:-bench-0c6f3f2e-8a41-4d7b-9a55-webhook-secret}
HOOK_PATH=/hooks/vipps
TARGET_NODE_RATIO=3
TARGET_NGINX_RATIO=0.60
TARGET_SYNC_NODE_RATIO=1.0
TARGET_P99_MS=5

die() { echo "receiver-bench: $*" >&2; exit 1; }

check_number() { # name value min max
    [[ $2 =~ ^[0-9]+$ ]] && (($2 >= $3 && $2 <= $4)) || die "$1 must be a whole number from $3 to $4 (got '$2')"
}
check_number DURATION "$DURATION" 1 120
check_number WARMUP "$WARMUP" 0 30
check_number ROUNDS "$ROUNDS" 1 10
check_number CONNECTIONS "$CONNECTIONS" 1 256
check_number REQUESTS "$REQUESTS" 1 100000

# ---------------------------------------------------------------- tools
missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v node >/dev/null || missing+=(nodejs)
if [[ $SKIP_BUILD != 1 ]]; then
    command -v cmake >/dev/null || missing+=(cmake)
    command -v ninja >/dev/null || missing+=(ninja-build)
fi
if ((${#missing[@]})); then
    echo "receiver-bench: missing tools. Install them with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
((node_major >= 20)) || die "node $node_major found; bench/node-receiver.js needs Node.js 20 or newer"
HAVE_CURL=0
command -v curl >/dev/null && HAVE_CURL=1

# nginx is optional: without it the rest runs as before and the summary says its ratio was not measured.
# Debian puts it in /usr/sbin, which is not on an ordinary user's PATH.
NGINX_NOTE="NGINX_VARIANT=0"
if [[ $NGINX_VARIANT == 1 ]]; then
    if [[ -z $NGINX ]]; then
        NGINX=$(command -v nginx || true)
        [[ -n $NGINX || ! -x /usr/sbin/nginx ]] || NGINX=/usr/sbin/nginx
    fi
    if [[ -z $NGINX || ! -x $NGINX ]]; then
        NGINX_VARIANT=0
        NGINX_NOTE="nginx not found${NGINX:+ at $NGINX}; sudo apt-get install -y nginx-light"
        echo "receiver-bench: $NGINX_NOTE; measuring without it" >&2
    fi
fi
NGINX_EARLY_LOG=() # where nginx logs before it has read the config: stderr too, where -e exists (1.19.5+)
if [[ $NGINX_VARIANT == 1 && $("$NGINX" -h 2>&1 || true) == *"-e filename"* ]]; then NGINX_EARLY_LOG=(-e stderr); fi

# ---------------------------------------------------------------- build
BIN=$BUILD_DIR/src/app/vipps-hooks
if [[ $SKIP_BUILD != 1 ]]; then
    echo "== Building vipps-hooks (Release) in $BUILD_DIR"
    mkdir -p "$BUILD_DIR"
    if ! { cmake -S "$REPO" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_GUI=OFF -DBUILD_TESTING=OFF &&
        cmake --build "$BUILD_DIR" --target vipps-hooks; } >"$BUILD_DIR/bench-build.log" 2>&1; then
        tail -n 40 "$BUILD_DIR/bench-build.log" >&2
        die "build failed (full log: $BUILD_DIR/bench-build.log)"
    fi
fi
[[ -x $BIN ]] || die "$BIN not found; run without SKIP_BUILD=1"

# ---------------------------------------------------------------- scratch space and cleanup
TMP=$(mktemp -d "${TMPDIR:-/tmp}/receiver-bench.XXXXXX")
declare -A PID=()

stop_server() { # name
    local pid=${PID[$1]:-}
    [[ -n $pid ]] || return 0
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 50); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    fi
    wait "$pid" 2>/dev/null || true
    PID[$1]=
}

cleanup() {
    local name
    for name in "${!PID[@]}"; do stop_server "$name"; done
    if [[ $KEEP_TMP == 1 ]]; then
        echo "(kept $TMP)"
    else
        rm -rf -- "$TMP"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# ---------------------------------------------------------------- servers
RECEIVERS=(ours node)
[[ $NGINX_VARIANT == 1 ]] && RECEIVERS+=(nginx)
[[ $STDOUT_VARIANT == 1 ]] && RECEIVERS+=(ours-stdout-file)
[[ $SYNC_VARIANT == 1 ]] && RECEIVERS+=(ours-sync)

# Free ports: all held open at once so they are distinct, then released for the receivers.
read -r -a PORTS <<<"$(node -e '
const net = require("node:net");
const n = Number(process.argv[1]);
const servers = [];
let ready = 0;
for (let i = 0; i < n; i++) {
  const s = net.createServer();
  servers.push(s);
  s.listen(0, "127.0.0.1", () => {
    if (++ready === n) {
      console.log(servers.map((x) => x.address().port).join(" "));
      servers.forEach((x) => x.close());
    }
  });
}' "${#RECEIVERS[@]}")"
declare -A PORT=()
for i in "${!RECEIVERS[@]}"; do PORT[${RECEIVERS[$i]}]=${PORTS[$i]}; done

# bench/nginx.conf.in with its paths filled in. A *_temp_path line of a module this nginx was built without
# would be an unknown directive, and one left unset for a module it has would be a directory under /var/lib.
write_nginx_conf() { # dir port
    local dir=$1 port=$2 build line module
    build=$("$NGINX" -V 2>&1 || true)
    mkdir -p "$dir"
    while IFS= read -r line; do
        if [[ $line =~ ^[[:space:]]*(proxy|fastcgi|uwsgi|scgi)_temp_path ]]; then
            module=${BASH_REMATCH[1]}
            [[ $build == *"--without-http_${module}_module"* ]] && continue
        fi
        line=${line//@DIR@/$dir}
        printf '%s\n' "${line//@PORT@/$port}"
    done <"$SCRIPT_DIR/nginx.conf.in" >"$dir/nginx.conf"
}

# Ours never rotates its journal here (--journal-max-size 0): Node's does not either, and the journal check below
# counts the lines of one file. A rotation costs two renames per 256 MiB; it does not show in these numbers.
start_server() { # name
    local name=$1 port=${PORT[$1]}
    local ours=(env -u VIPPS_WEBHOOK_SECRET "$BIN" listen --host 127.0.0.1 --port "$port" --secret "$SECRET"
        --journal "$TMP/$name.jsonl" --journal-max-size 0)
    case $name in
    ours)
        "${ours[@]}" >/dev/null 2>"$TMP/ours.err" &
        ;;
    ours-stdout-file)
        "${ours[@]}" >"$TMP/ours-stdout-file.out" 2>"$TMP/ours-stdout-file.err" &
        ;;
    ours-sync)
        "${ours[@]}" --sync >/dev/null 2>"$TMP/ours-sync.err" &
        ;;
    node)
        BENCH_SECRET=$SECRET node "$SCRIPT_DIR/node-receiver.js" "$port" "$TMP/node.jsonl" \
            >/dev/null 2>"$TMP/node.err" &
        ;;
    nginx)
        write_nginx_conf "$TMP/nginx" "$port"
        "$NGINX" -p "$TMP/nginx/" -c "$TMP/nginx/nginx.conf" "${NGINX_EARLY_LOG[@]}" >/dev/null 2>"$TMP/nginx.err" &
        ;;
    esac
    PID[$name]=$!
}

healthy() { # port
    if ((HAVE_CURL)); then
        curl -fsS --max-time 1 -o /dev/null "http://127.0.0.1:$1/healthz" 2>/dev/null
        return
    fi
    local line=
    exec 3<>"/dev/tcp/127.0.0.1/$1" || return 1
    printf 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nConnection: close\r\n\r\n' "$1" >&3
    IFS= read -r -t 1 line <&3 || true
    exec 3<&- 3>&-
    [[ $line == "HTTP/1.1 200"* ]]
}

wait_healthy() { # name
    local name=$1
    for _ in $(seq 100); do # at most ~10 s
        kill -0 "${PID[$name]}" 2>/dev/null || { cat "$TMP/$name.err" >&2; die "$name exited during start-up"; }
        healthy "${PORT[$name]}" 2>/dev/null && return 0
        sleep 0.1
    done
    die "$name did not answer GET /healthz on port ${PORT[$name]} within 10 s"
}

for name in "${RECEIVERS[@]}"; do start_server "$name"; done
for name in "${RECEIVERS[@]}"; do wait_healthy "$name"; done

# ---------------------------------------------------------------- runs
declare -A WRK_TOTAL=()
for name in "${RECEIVERS[@]}"; do WRK_TOTAL[$name]=0; done
RESULTS=$TMP/results.txt
: >"$RESULTS"

field() { # key line
    sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"
}

CLK_TCK=$(getconf CLK_TCK 2>/dev/null || echo 100)
cpu_ticks() { # pid -> user+system clock ticks of the whole process (all threads), or nothing
    awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || true
}

# CPU time of wrk per request, from the shell's `times` (user and system time of its finished children) taken
# just before and after wrk: it says whether wrk, not the receiver, set the pace (nginx comes closest).
wrk_cpu_us() { # before-file after-file requests
    awk -v r="$3" 'function sec(x) { sub(/s$/, "", x); sub(/,/, ".", x); split(x, p, "m"); return p[1] * 60 + p[2] }
        FNR == 2 { v = sec($1) + sec($2); if (NR == FNR) a = v; else b = v }
        END { printf "%.1f", (r > 0 ? (b - a) * 1000000 / r : 0) }' "$1" "$2"
}

# run_wrk NAME TAG SECONDS -> sets BENCH_LINE to the BENCH line of wrk's done() plus the receiver's
# CPU time per answered request (cpu_us=, "-" without /proc) and wrk's (wrk_us=). Not called in a
# subshell, so the WRK_TOTAL bookkeeping and `times` survive.
BENCH_LINE=
run_wrk() {
    local name=$1 tag=$2 seconds=$3 port=${PORT[$1]} script=$TMP/req-$2.lua out=$TMP/wrk-$2.txt line
    # Signed now (x-ms-date is checked against a 300 s window), for exactly the Host wrk will send.
    BENCH_SECRET=$SECRET node "$SCRIPT_DIR/make-requests.js" --host "127.0.0.1:$port" --path "$HOOK_PATH" \
        --count "$REQUESTS" --tag "$tag" --out "$script" 2>/dev/null
    kill -0 "${PID[$name]}" 2>/dev/null || die "$name is no longer running (log: $TMP/$name.err)"
    local before after cpu=-
    before=$(cpu_ticks "${PID[$name]}")
    times >"$TMP/times-before"
    if ! timeout $((seconds + 30)) wrk -t1 -c"$CONNECTIONS" -d"${seconds}s" --timeout 5s --latency \
        -s "$script" "http://127.0.0.1:$port$HOOK_PATH" >"$out" 2>&1; then
        cat "$out" >&2
        die "wrk against $name failed"
    fi
    times >"$TMP/times-after"
    after=$(cpu_ticks "${PID[$name]}")
    line=$(grep '^BENCH ' "$out") || { cat "$out" >&2; die "no BENCH line from wrk against $name"; }
    if [[ -n $before && -n $after ]]; then
        cpu=$(awk -v t=$((after - before)) -v hz="$CLK_TCK" -v r="$(field requests "$line")" \
            'BEGIN { printf "%.1f", (r > 0 ? t * 1000000 / hz / r : 0) }')
    fi
    WRK_TOTAL[$name]=$((WRK_TOTAL[$name] + $(field requests "$line")))
    rm -f -- "$script"
    BENCH_LINE="$line cpu_us=$cpu wrk_us=$(wrk_cpu_us "$TMP/times-before" "$TMP/times-after" "$(field requests "$line")")"
}

echo "== $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); wrk -t1 -c$CONNECTIONS," \
    "${WARMUP}s warm-up + ${DURATION}s per run, $ROUNDS round(s), $REQUESTS distinct deliveries per run"
printf '%-18s %5s %12s %9s %9s %9s %9s %7s %12s %11s\n' receiver round "requests/s" "p50 ms" "p90 ms" "p99 ms" "max ms" errors \
    "cpu us/req" "wrk us/req"
for round in $(seq "$ROUNDS"); do
    order=("${RECEIVERS[@]}")
    if ((round % 2 == 0)); then # reverse the order every other round
        order=()
        for ((i = ${#RECEIVERS[@]} - 1; i >= 0; i--)); do order+=("${RECEIVERS[$i]}"); done
    fi
    for name in "${order[@]}"; do
        short=${name//-/}
        short=${short:0:8}
        if ((WARMUP > 0)); then run_wrk "$name" "w${round}${short}" "$WARMUP"; fi
        run_wrk "$name" "r${round}${short}" "$DURATION"
        line=$BENCH_LINE
        rps=$(field rps "$line") p50=$(field p50 "$line") p90=$(field p90 "$line")
        p99=$(field p99 "$line") max=$(field max "$line") errors=$(field errors "$line") cpu=$(field cpu_us "$line")
        wrk=$(field wrk_us "$line")
        printf '%-18s %5s %12s %9s %9s %9s %9s %7s %12s %11s\n' "$name" "$round" "$rps" "$p50" "$p90" "$p99" "$max" "$errors" \
            "$cpu" "$wrk"
        echo "$name $round $rps $p50 $p99 $errors $cpu $wrk" >>"$RESULTS"
    done
done

# ---------------------------------------------------------------- stop, then check the journals
for name in "${RECEIVERS[@]}"; do
    kill -0 "${PID[$name]}" 2>/dev/null || die "$name died during the run (log: $TMP/$name.err)"
    stop_server "$name"
done

echo
echo "== Summary (requests/s and p50: mean of rounds; p99: worst round)"
printf '%-18s %12s %9s %9s %7s %12s %11s\n' receiver "requests/s" "p50 ms" "p99 ms" errors "cpu us/req" "wrk us/req"
declare -A MEAN_RPS=() WORST_P99=() MEAN_CPU=()
for name in "${RECEIVERS[@]}"; do
    read -r rps p50 p99 errors cpu wrk < <(awk -v n="$name" '$1 == n { r += $3; p += $4; if ($5 > w) w = $5; e += $6; c += $7
        u += $8; k++ } END { printf "%.1f %.3f %.3f %d %.1f %.1f\n", r / k, p / k, w, e, c / k, u / k }' "$RESULTS")
    MEAN_CPU[$name]=$cpu
    MEAN_RPS[$name]=$rps
    WORST_P99[$name]=$p99
    printf '%-18s %12s %9s %9s %7s %12s %11s\n' "$name" "$rps" "$p50" "$p99" "$errors" "$cpu" "$wrk"
done

rps_ratio() { # a b -> a/b of the mean requests/s
    awk -v a="${MEAN_RPS[$1]}" -v b="${MEAN_RPS[$2]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'
}
cpu_ratio() { # a b -> a/b of the mean CPU time per request
    awk -v a="${MEAN_CPU[$1]}" -v b="${MEAN_CPU[$2]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'
}
at_least() { # value target
    awk -v v="$1" -v t="$2" 'BEGIN { print (v >= t ? "PASS" : "FAIL") }'
}

echo
ratio=$(rps_ratio ours node)
echo "throughput ours/node: ${ratio}x (target >= ${TARGET_NODE_RATIO}x): $(at_least "$ratio" "$TARGET_NODE_RATIO")"
if [[ $NGINX_VARIANT == 1 ]]; then
    ratio=$(rps_ratio ours nginx)
    echo "throughput ours/nginx: ${ratio}x (target >= ${TARGET_NGINX_RATIO}x): $(at_least "$ratio" "$TARGET_NGINX_RATIO")" \
        "(nginx verifies and journals nothing: this is the share of the machine's HTTP ceiling ours keeps)"
else
    echo "throughput ours/nginx: not measured ($NGINX_NOTE)"
fi
echo "ours p99 (worst round): ${WORST_P99[ours]} ms (target < ${TARGET_P99_MS} ms): $(
    awk -v p="${WORST_P99[ours]}" -v t="$TARGET_P99_MS" 'BEGIN { print (p < t ? "PASS" : "FAIL") }')"
if [[ $SYNC_VARIANT == 1 ]]; then
    ratio=$(rps_ratio ours-sync node)
    echo "throughput ours --sync/node: ${ratio}x (target >= ${TARGET_SYNC_NODE_RATIO}x, Node does not sync):" \
        "$(at_least "$ratio" "$TARGET_SYNC_NODE_RATIO"); ours --sync vs ours: $(rps_ratio ours-sync ours)x"
else
    echo "throughput ours --sync/node: not measured (SYNC_VARIANT=0)"
fi
echo "CPU per request node/ours: $(cpu_ratio node ours)x (less sensitive to a noisy machine than requests/s;" \
    "3x here means ours does the work in a third of Node's CPU time)"
if [[ $NGINX_VARIANT == 1 ]]; then
    echo "CPU per request nginx/ours: $(cpu_ratio nginx ours)x (bare HTTP in nginx as a share of what ours spends on a delivery)"
fi
if [[ $STDOUT_VARIANT == 1 ]]; then
    echo "ours with stdout to a file vs /dev/null: $(rps_ratio ours-stdout-file ours)x the requests/s"
fi

echo
echo "== Journals (lines written vs responses wrk counted, warm-ups included;"
echo "   up to $CONNECTIONS requests per run may be journaled but unanswered when wrk stops)"
broken=0
for name in "${RECEIVERS[@]}"; do
    if [[ $name == nginx ]]; then
        printf '%-18s not journaled (answers without looking at the delivery)\n' "$name"
        continue
    fi
    journal=$TMP/$name.jsonl
    lines=$(wc -l <"$journal")
    answered=${WRK_TOTAL[$name]}
    runs=$((ROUNDS * (WARMUP > 0 ? 2 : 1)))
    notvalid=$(grep -c -v '"result":"valid"' "$journal" || true)
    verdict=ok
    if ((lines < answered || lines > answered + runs * CONNECTIONS)); then
        verdict="MISMATCH"
        broken=1
    fi
    if ((notvalid > 0)); then
        verdict="$verdict, $notvalid lines not \"result\":\"valid\""
        broken=1
    fi
    printf '%-18s journal lines %9d   wrk responses %9d   %s\n' "$name" "$lines" "$answered" "$verdict"
done
if [[ $STDOUT_VARIANT == 1 ]]; then
    echo "ours-stdout-file printed $(wc -l <"$TMP/ours-stdout-file.out") lines to its stdout file"
fi
((broken == 0)) || die "journal check failed (run with KEEP_TMP=1 to inspect $TMP)"
exit 0
