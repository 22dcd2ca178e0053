#!/usr/bin/env bash
# Replays the fuzz corpus (.build-fuzz/corpus, grown by fuzz.sh) through the harness built without ASan and reports
# the slowest input: libFuzzer's slowest_unit_time_sec is whole seconds, so 0 means every input took under 1 s;
# -report_slow_units=1 names any input of 1 s or more. Run it on a quiet machine.
# usage: Tests/Fuzz/slowest.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=.build-fuzz
mkdir -p "$out/slow"
swiftc -O -sanitize=fuzzer -parse-as-library -module-name SitrepFuzz \
  $(find Sources/SitrepCore -name '*.swift' | sort) Tests/Fuzz/Harness.swift -o "$out/sitrep-fuzz-plain" 2>&1 \
  | grep -v "ld.gold: warning: Cannot export local symbol" || true
echo "corpus: $(ls "$out/corpus" | wc -l) inputs, largest $(ls -S -l "$out/corpus" | awk 'NR==2 {print $5}') bytes"
SITREP_DATA=Data "$out/sitrep-fuzz-plain" "$out/corpus" -runs=0 -report_slow_units=1 -print_final_stats=1 \
  -artifact_prefix="$out/slow/" 2>&1 | grep -E "Slowest unit|stat::|INITED|ERROR" || true
