#!/usr/bin/env bash
# Benchmark `kerjasama check` on synthetic ledgers of 1,000 / 10,000 / 100,000 agreements,
# against the cost of merely reading the same files (tar | cat). See bench/README.md.
#
#   bench/run.sh [OPTIONS] [SIZE...]        (default sizes: 1000 10000 100000)
#
# Prints a Markdown table on stdout; progress and hyperfine's own output go to stderr.
set -euo pipefail

usage() {
    cat <<'EOF'
usage: bench/run.sh [OPTIONS] [SIZE...]

Sizes are agreement counts (default: 1000 10000 100000).

Options:
  --with-taplo        also time `taplo lint --schema <repo>/schemas/agreement.schema.json`
                      over the same files (installs taplo-cli with cargo if it is missing)
  --cmd NAME=ARGS     also time `kerjasama ARGS` in the ledger, as column NAME (repeatable),
                      e.g. --cmd 'list=list --format json'
  --runs N            hyperfine runs per command (default: 10 up to 1,000 agreements,
                      5 up to 10,000, 3 above)
  --changed           also time `check --changed HEAD` as a pull request touching one file
                      sees it: each ledger becomes a git repository with everything committed
                      (once), and one agreement file is changed in the work tree while timing
  --cold              drop the page cache before every run (root only; default: warm cache)
  --no-build          do not run `cargo build --release` (use the binary as it is)
  --regenerate        write the ledgers again even when an up-to-date one exists
  -h, --help          this help

Environment: KERJASAMA_BIN (binary to time; default target/release/kerjasama),
CARGO_TARGET_DIR, BENCH_SEED (generator seed, default 2018).
EOF
}

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$REPO/target}
case $TARGET in /*) ;; *) TARGET=$REPO/$TARGET ;; esac
LEDGERS=$TARGET/bench-ledgers
RESULTS=$TARGET/bench-results
TODAY=2026-11-28          # the day the generated ledgers are valid on
SEED=${BENCH_SEED:-2018}
BIN=${KERJASAMA_BIN:-$TARGET/release/kerjasama}

# The commands timed against the baseline, each "NAME|ARGUMENTS of kerjasama"; every one gets a
# median, a ratio to the baseline and a peak-RSS column. Add later commands here (or pass
# --cmd), for example:
#   "list|list --format json --today $TODAY"
#   "summary|summary --today $TODAY"
COMMANDS=(
    "check|check --today $TODAY"
)

sizes=()
with_taplo=0
changed=0
build=1
cold=0
regenerate=0
runs_override=
while (($#)); do
    case $1 in
        --with-taplo) with_taplo=1 ;;
        --cmd)
            [[ $# -ge 2 && $2 == *=* ]] || { echo "run.sh: --cmd wants NAME=ARGS" >&2; exit 2; }
            COMMANDS+=("${2%%=*}|${2#*=}")
            shift ;;
        --cmd=*)
            v=${1#--cmd=}
            [[ $v == *=* ]] || { echo "run.sh: --cmd wants NAME=ARGS" >&2; exit 2; }
            COMMANDS+=("${v%%=*}|${v#*=}") ;;
        --runs) [[ $# -ge 2 && $2 =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: --runs wants a number" >&2; exit 2; }
            runs_override=$2; shift ;;
        --changed) changed=1 ;;
        --cold) cold=1 ;;
        --no-build) build=0 ;;
        --regenerate) regenerate=1 ;;
        -h|--help) usage; exit 0 ;;
        -*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) [[ $1 =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: not a size: $1" >&2; exit 2; }
           sizes+=("$1") ;;
    esac
    shift
done
((${#sizes[@]})) || sizes=(1000 10000 100000)

log() { printf 'run.sh: %s\n' "$*" >&2; }

# --- tools -----------------------------------------------------------------------------------

apt_updated=0
apt_install() {  # apt_install PACKAGE...: as root, or through sudo when there is one
    local sudo=()
    if ((EUID != 0)); then
        command -v sudo >/dev/null || { log "need $* but not root and no sudo: install it"; exit 2; }
        sudo=(sudo)
    fi
    if ((!apt_updated)); then
        "${sudo[@]}" apt-get update -qq >&2
        apt_updated=1
    fi
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@" >&2
}

command -v python3 >/dev/null || { log "installing python3"; apt_install python3; }
command -v hyperfine >/dev/null || { log "installing hyperfine"; apt_install hyperfine; }
[[ -x /usr/bin/time ]] || { log "installing GNU time"; apt_install time; }
if ! command -v cargo >/dev/null && [[ -x ${HOME:-/root}/.cargo/bin/cargo ]]; then
    PATH=${HOME:-/root}/.cargo/bin:$PATH
fi

if ((build)); then
    command -v cargo >/dev/null || { log "cargo not found: install Rust (rustup), or use --no-build with KERJASAMA_BIN"; exit 2; }
    log "cargo build --release"
    (cd "$REPO" && cargo build --release) >&2
fi
[[ -x $BIN ]] || { log "no binary at $BIN"; exit 2; }
BIN=$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")

if ((with_taplo)); then
    schema=$REPO/schemas/agreement.schema.json
    if ! command -v taplo >/dev/null && [[ -x ${HOME:-/root}/.cargo/bin/taplo ]]; then
        PATH=${HOME:-/root}/.cargo/bin:$PATH
    fi
    if ! command -v taplo >/dev/null; then
        if command -v cargo >/dev/null; then
            log "installing taplo-cli with cargo (this takes several minutes)"
            cargo install taplo-cli --locked >&2 || log "cargo install taplo-cli failed"
            [[ -x ${HOME:-/root}/.cargo/bin/taplo ]] && PATH=${HOME:-/root}/.cargo/bin:$PATH
        fi
    fi
    if ! command -v taplo >/dev/null; then
        log "taplo is not available: leaving it out"
    elif [[ ! -f $schema ]]; then
        log "no $schema: leaving taplo out"
    else
        # taplo expands the glob itself (100,000 paths would not fit on a command line).
        COMMANDS+=("taplo|!taplo lint --no-auto-config --schema 'file://$schema' 'agreements/**/*.toml'")
    fi
fi

# A command entry is "NAME|ARGS" (run as kerjasama ARGS) or "NAME|!SHELL COMMAND".
cmd_name() { printf '%s' "${1%%|*}"; }
cmd_line() {
    local rest=${1#*|}
    if [[ $rest == '!'* ]]; then printf '%s' "${rest#!}"; else printf "'%s' %s" "$BIN" "$rest"; fi
}

if ((changed)); then
    command -v git >/dev/null || { log "installing git"; apt_install git; }
    COMMANDS+=("changed|check --changed HEAD --today $TODAY")
fi

if ((cold)); then
    if ((EUID != 0)) || [[ ! -w /proc/sys/vm/drop_caches ]]; then
        log "--cold needs root and a writable /proc/sys/vm/drop_caches"; exit 2
    fi
fi

# --- ledgers ---------------------------------------------------------------------------------

mkdir -p "$LEDGERS" "$RESULTS"
gen_stamp() {  # what a ledger was made from: generator text, seed, size
    printf '%s seed=%s count=%s\n' "$(sha256sum "$REPO/bench/gen_ledger.py" | cut -c1-64)" "$SEED" "$1"
}

ledger_for() {
    local size=$1 dir=$LEDGERS/$1 stamp=$LEDGERS/$1.stamp
    if ((!regenerate)) && [[ -d $dir && -f $stamp && $(cat "$stamp") == "$(gen_stamp "$size")" ]]; then
        log "reusing $dir"
    else
        rm -rf "$dir" "$stamp"
        log "generating $size agreements in $dir"
        python3 "$REPO/bench/gen_ledger.py" --count "$size" --out "$dir" --seed "$SEED" --today "$TODAY" >&2
        gen_stamp "$size" >"$stamp"
    fi
}

# --- measure ---------------------------------------------------------------------------------

peak_rss_kb() {  # peak_rss_kb SHELL-COMMAND: "Maximum resident set size" of one run, in KiB
    local out
    out=$(mktemp)
    /usr/bin/time -v -o "$out" sh -c "$1" >/dev/null 2>&1 || true
    sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$out"
    rm -f "$out"
}

# --changed: the ledger as a git repository with everything committed, and one file changed in
# the work tree (put back by restore_changed, also on exit).
changed_file=
restore_changed() {
    if [[ -n $changed_file ]]; then
        git -C "$(dirname "$changed_file")" checkout -q -- "$(basename "$changed_file")"
        changed_file=
    fi
}
git_ledger() {  # git_ledger DIR
    local dir=$1
    if ! git -C "$dir" rev-parse -q --verify HEAD >/dev/null 2>&1 || [[ ! -d $dir/.git ]]; then
        log "committing $dir to a git repository (once)"
        rm -rf "$dir/.git"
        git -C "$dir" init -q
        git -C "$dir" add -A
        git -C "$dir" -c user.name=bench -c user.email=bench@localhost commit -q -m "generated ledger"
    fi
    changed_file=$(find "$dir/agreements" -type f -name '*.toml' | sort | sed -n 1p)
    printf '# changed by bench/run.sh --changed\n' >>"$changed_file"
    # Refresh the index once, as a work tree someone has used would be.
    git -C "$dir" status --porcelain >/dev/null
}

rows=$(mktemp)
trap 'rm -f "$rows"; restore_changed' EXIT
notes=()
for size in "${sizes[@]}"; do
    ledger_for "$size"
    dir=$LEDGERS/$size
    ((changed)) && git_ledger "$dir"
    cd "$dir"
    files=$(find agreements -type f -name '*.toml' | wc -l)
    runs=${runs_override:-$((size <= 1000 ? 10 : size <= 10000 ? 5 : 3))}
    rm -f "$RESULTS/$size".json "$RESULTS/$size"-*

    # The generated ledger is meant to check clean: no error and no warning. Say so if not.
    findings=$RESULTS/$size-check.json
    set +e
    "$BIN" check --today "$TODAY" --format json >"$findings" 2>/dev/null
    set -e
    if counts=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["errors"], d["warnings"])' "$findings" 2>/dev/null); then
        read -r n_err n_warn <<<"$counts"
        if ((n_err || n_warn)); then
            notes+=("$size: \`check\` reports $n_err errors and $n_warn warnings on the generated ledger (see $findings)")
            log "$size: check reports $n_err errors and $n_warn warnings (see $findings)"
        else
            rm -f "$findings"
        fi
    else
        notes+=("$size: could not read \`check --format json\` (see $findings)")
    fi

    # One plain run of each command first: a command that fails (or a check that finds
    # something) is reported, and timed anyway with --ignore-failure.
    hf=(hyperfine --warmup 1 --runs "$runs" --export-json "$RESULTS/$size.json" --style basic)
    ((cold)) && hf+=(--prepare 'sync; echo 3 > /proc/sys/vm/drop_caches')
    hf+=(-n baseline 'tar -cf - agreements | cat >/dev/null')
    ignore=0
    rss=()
    for entry in "${COMMANDS[@]}"; do
        name=$(cmd_name "$entry")
        line=$(cmd_line "$entry")
        set +e
        sh -c "$line" >/dev/null 2>"$RESULTS/$size-$name.stderr"
        rc=$?
        set -e
        if ((rc == 0)); then
            rm -f "$RESULTS/$size-$name.stderr"
        else
            ignore=1
            notes+=("$size: \`$name\` exited $rc (stderr in $RESULTS/$size-$name.stderr)")
            log "$size: $name exited $rc:"; tail -n 5 "$RESULTS/$size-$name.stderr" >&2 || true
        fi
        hf+=(-n "$name" "$line")
        rss+=("$(peak_rss_kb "$line")")
    done
    ((ignore)) && hf+=(--ignore-failure)
    log "$size agreements ($files files), $runs runs"
    "${hf[@]}" >&2
    printf '%s\t%s\t%s\n' "$size" "$files" "$(IFS=,; echo "${rss[*]}")" >>"$rows"
    restore_changed
done

# --- report ----------------------------------------------------------------------------------

names=()
for entry in "${COMMANDS[@]}"; do names+=("$(cmd_name "$entry")"); done
python3 - "$RESULTS" "$rows" "${names[@]}" <<'EOF' | tee "$RESULTS/summary.md"
import json, sys
results, rows_file, names = sys.argv[1], sys.argv[2], sys.argv[3:]

def secs(t):
    if t < 0.001:
        return f"{t * 1e6:.0f} µs"
    return f"{t * 1000:.1f} ms" if t < 1 else f"{t:.2f} s"

def mib(kb):
    return f"{int(kb) / 1024:.1f} MiB" if kb and kb.isdigit() else "?"

head = ["size", "files", "baseline median"]
for n in names:
    head += [f"{n} median", f"{n} ÷ baseline"]
head += [f"{n} peak RSS" for n in names]
print("| " + " | ".join(head) + " |")
print("|" + "|".join("---:" for _ in head) + "|")
for line in open(rows_file):
    size, files, rss = line.rstrip("\n").split("\t")
    rss = rss.split(",")
    med = {r["command"]: r["median"] for r in json.load(open(f"{results}/{size}.json"))["results"]}
    base = med["baseline"]
    cells = [f"{int(size):,}", f"{int(files):,}", secs(base)]
    for n in names:
        cells += [secs(med[n]), f"{med[n] / base:.1f}×"]
    cells += [mib(k) for k in rss]
    print("| " + " | ".join(cells) + " |")
EOF
if ((${#notes[@]})); then
    echo
    for n in "${notes[@]}"; do echo "- $n"; done
fi | tee -a "$RESULTS/summary.md"
log "hyperfine exports and summary.md in $RESULTS"
