#!/usr/bin/env bash
# Scores the release binary on the bundled seeds and, when it exists, on the shared development set:
# the scorer's two lines per set, then per cluster (cluster = the article file name's prefix before '_').
# usage: Tests/Scripts/evaluate.sh [DEVSET_DIR]   (default ../shared/devset; -v passes through to the scorer)
set -euo pipefail
cd "$(dirname "$0")/../.."
verbose=""
[ "${1:-}" = "-v" ] && { verbose="-v"; shift; }
devset="${1:-../shared/devset}"
swift build -c release >/dev/null
bin=.build/release/sitrep
score=Tests/Scripts/score.py
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

echo "== seeds"
"$bin" export --format json --no-index > "$tmp/seeds.json"
python3 "$score" "$tmp/seeds.json" Data/gold --root . $verbose || true

[ -d "$devset/articles" ] || { echo "(no development set at $devset)"; exit 0; }
echo "== devset"
"$bin" export --format json --no-index "$devset/articles" > "$tmp/dev.json" || true
python3 "$score" "$tmp/dev.json" "$devset/gold" --root . $verbose || true
for cluster in $(ls "$devset/articles" | sed -n 's/_.*//p' | sort -u); do
  mkdir -p "$tmp/gold-$cluster"
  cp "$devset/gold/${cluster}"_*.json "$devset/gold/"*"_${cluster}.json" "$tmp/gold-$cluster/" 2>/dev/null || true
  echo "-- $cluster"
  python3 "$score" "$tmp/dev.json" "$tmp/gold-$cluster" --root . | sed 's/^/   /' || true
done
