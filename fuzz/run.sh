#!/usr/bin/env bash
# Runs each fuzz target of kerjasama for SECONDS (default 600), one after the other, each on a
# fresh copy of its committed seeds (fuzz/seeds/<target>/ -> fuzz/corpus/<target>/).
#
#   fuzz/run.sh [SECONDS] [TARGET...]        (targets: agreement config; default both)
#
# Needs a nightly toolchain (cargo-fuzz builds with -Zsanitizer=address); installs cargo-fuzz
# with `cargo install` when it is missing. A crash or a hang (any input that takes longer than
# 10 s: -timeout=10) stops that target's run with its input saved under
# fuzz/artifacts/<target>/; the script then goes on with the next target and exits 1 at the
# end. Each target's libFuzzer log, with the final statistics (stat::number_of_executed_units),
# is kept in fuzz/logs/<target>.log.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

SECONDS_EACH=${1:-600}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(agreement config)
# The toolchain: nightly through rustup (`cargo +nightly fuzz`). Override with
# FUZZ_TOOLCHAIN=nightly-YYYY-MM-DD when today's nightly is broken.
TOOLCHAIN=${FUZZ_TOOLCHAIN:-nightly}

if ! command -v cargo-fuzz >/dev/null; then
    cargo install cargo-fuzz --locked || exit 2
fi
rustup toolchain list | grep -q "^$TOOLCHAIN" || rustup toolchain install "$TOOLCHAIN" --profile minimal || exit 2

cargo "+$TOOLCHAIN" fuzz build 2>&1 | tail -n 3
status=0
mkdir -p logs
for target in "${TARGETS[@]}"; do
    rm -rf "corpus/$target"
    mkdir -p "corpus/$target"
    cp seeds/"$target"/* "corpus/$target/"
    echo "== $target: ${SECONDS_EACH} s on a copy of $(ls "seeds/$target" | wc -l) seeds" >&2
    # -max_len: agreement files are a few kilobytes; 64 KiB leaves room for odd ones.
    cargo "+$TOOLCHAIN" fuzz run "$target" "corpus/$target" -- \
        -max_total_time="$SECONDS_EACH" -timeout=10 -max_len=65536 \
        -print_final_stats=1 2>&1 | tee "logs/$target.log" | grep --line-buffered -E '^#[0-9]+[[:space:]]+(INITED|DONE)|^(Done|stat::number_of_executed_units|stat::peak_rss_mb)|ERROR|SUMMARY|Test unit written' >&2
    code=${PIPESTATUS[0]}
    if [ "$code" -ne 0 ]; then
        echo "== $target: FAILED (exit $code); see fuzz/logs/$target.log and fuzz/artifacts/$target/" >&2
        status=1
    else
        echo "== $target: clean; $(grep -E '^stat::number_of_executed_units' "logs/$target.log")" >&2
    fi
done
exit $status
