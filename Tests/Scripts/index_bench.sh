#!/usr/bin/env bash
# Corpus-index figures (issue 15): for corpora of each size (MB; default 10 and 50), the first full index, a re-open
# with nothing changed (`sitrep index`, `sitrep list`, and the browser's first frame in tmux), a refresh after changing 1 %
# of the files, the database's size and each run's peak memory. Needs a release build: SITREP=path or
# .build/release/sitrep. Run it on a quiet machine; figures drift with load.
# The first corpus repeats each article on consecutive days, so every story is one chain of events that a 1 % change
# touches (and "Changed." leaves every extraction as it was). A second case is closer to an analyst's archive: the
# realistic corpus of `sitrep bench --corpus realistic` (stories copied to other weeks and towns, from
# ../shared/devset when present), indexed without 1 % of its files, which are then added as new articles; then one
# article is taken out and added back (an analyst's daily update).
set -euo pipefail
cd "$(dirname "$0")/../.."
B=${SITREP:-.build/release/sitrep}
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(10 50)
work=$(mktemp -d /tmp/sitrep-index-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
timed() { # label, command…: prints the label, wall seconds and peak memory, then the command's stdout's first line
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" > "$work/out" 2> "$work/err" || true
  read -r secs kb < <(tail -1 "$work/time")
  last=$secs
  printf '  %-34s %7.2f s  peak %5.0f MB  %s\n' "$label" "$secs" "$((kb / 1024))" "$(head -c 160 "$work/out" | head -1)"
  grep -h "data files" "$work/out" | sed 's/^ */    /' || true
}
share() { # the last timed run as a share of the first full index (issue 15's target: a 1 % refresh under 5 %)
  awk -v a="$last" -v b="$full" 'BEGIN { printf "    = %.1f %% of the first full index\n", 100 * a / b }'
}
first_frame() { # index, corpus: the browser's first frame as it reports it (SITREP_TIMING), three runs, in tmux
  command -v tmux > /dev/null || { echo "  browser first frame: tmux is not installed"; return; }
  local s="sitrep-index-bench-$$" runs=()
  for _ in 1 2 3; do
    tmux new-session -d -s "$s" -x 120 -y 40 -c "$PWD" "SITREP_TIMING=1 TERM=xterm-256color $B browse --index '$1' '$2' 2> '$work/ff'"
    for _ in $(seq 1 600); do sleep 0.1; tmux capture-pane -p -t "$s" | grep -qE 'event [0-9]+ of' && break; done
    tmux send-keys -t "$s" q; sleep 0.5; tmux kill-session -t "$s" 2> /dev/null || true
    runs+=("$(grep -o 'first frame [0-9]*' "$work/ff" | grep -o '[0-9]*$')/$(grep -o 'keys read from [0-9]*' "$work/ff" | grep -o '[0-9]*$') ms")
  done
  echo "  browser first frame/first key, nothing changed: ${runs[*]} (SITREP_TIMING: since the process started)"
}
for mb in "${sizes[@]}"; do
  c="$work/c$mb"; db="$work/i$mb.sqlite"
  echo "== $mb MB: $(python3 Tests/Scripts/make_corpus.py "$mb" "$c")"
  timed "no index (list --no-index)" "$B" list --no-index "$c"
  timed "first full index" "$B" index --index "$db" "$c"; full=$last
  timed "re-open, nothing changed (index)" "$B" index --index "$db" "$c"; share
  timed "re-open, nothing changed (list)" "$B" list --index "$db" "$c"
  first_frame "$db" "$c"
  n=$(ls "$c" | wc -l); k=$(( (n + 99) / 100 ))
  for f in $(ls "$c" | awk -v k="$k" -v n="$n" 'NR % int(n / k) == 0' | head -n "$k"); do echo "Changed." >> "$c/$f"; done
  timed "refresh after changing $k files (1 %)" "$B" index --index "$db" "$c"; share
  echo "  database: $(du -k "$db" | cut -f1) KB for $(du -sk "$c" | cut -f1) KB of articles"
done
for mb in "${sizes[@]}"; do
  r="$work/r$mb"; db="$work/r$mb.sqlite"; from=Data/articles
  [ -d ../shared/devset/articles ] && from=../shared/devset/articles
  "$B" bench --corpus realistic --mb "$mb" --from "$from" --dump "$r" > /dev/null 2>&1
  n=$(ls "$r" | wc -l); k=$(( (n + 99) / 100 )); mkdir "$r.new"
  for f in $(ls "$r" | awk -v k="$k" -v n="$n" 'NR % int(n / k) == 0' | head -n "$k"); do mv "$r/$f" "$r.new/"; done
  echo "== $mb MB realistic (from $from): $n files, $(du -sk "$r" | cut -f1) KB without the $k held out"
  timed "first full index" "$B" index --index "$db" "$r"; full=$last
  timed "re-open, nothing changed (index)" "$B" index --index "$db" "$r"; share
  mv "$r.new"/* "$r/"
  timed "refresh after adding $k files (1 %)" "$B" index --index "$db" "$r"; share
  one=$(ls "$r" | sed -n "$(( n / 2 ))p"); mv "$r/$one" "$work/"
  "$B" index --index "$db" "$r" > /dev/null 2>&1; mv "$work/$one" "$r/"
  timed "refresh after adding one article" "$B" index --index "$db" "$r"; share
  echo "  database: $(du -k "$db" | cut -f1) KB"
done
