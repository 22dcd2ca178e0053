#!/usr/bin/env bash
# Builds the in-process fuzz harness (libFuzzer + AddressSanitizer over SitrepCore: loader, pipeline, exports,
# reports) and runs it for a bounded time. Not part of `swift test`.
# usage: Tests/Fuzz/fuzz.sh [SECONDS=600] [extra libFuzzer flags…]
# Corpus in .build-fuzz/corpus (seeded with Data/articles), crashes and slow inputs in .build-fuzz/artifacts.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-600}"; shift || true
out=.build-fuzz
mkdir -p "$out/corpus" "$out/artifacts"
swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name SitrepFuzz \
  $(find Sources/SitrepCore -name '*.swift' | sort) Tests/Fuzz/Harness.swift -o "$out/sitrep-fuzz" 2>&1 \
  | grep -v "ld.gold: warning: Cannot export local symbol" || true
cp -n Data/articles/*.txt Tests/Fuzz/regressions/* "$out/corpus/" 2>/dev/null || true
export SITREP_DATA=Data
# -timeout is wall-clock time: at nice 19 on a busy machine an input can wait seconds for a core, so it is a
# hang detector here; measure the slowest input afterwards with Tests/Fuzz/slowest.sh (no ASan, no competition).
exec "$out/sitrep-fuzz" "$out/corpus" -artifact_prefix="$out/artifacts/" -max_total_time="$seconds" \
  -max_len=102400 -timeout=20 -report_slow_units=1 -rss_limit_mb=4096 -print_final_stats=1 "$@"
