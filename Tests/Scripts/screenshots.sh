#!/usr/bin/env bash
# Drives the real browser in tmux and turns coloured captures (capture-pane -e) into SVGs in Screenshots/.
#
#   Tests/Scripts/screenshots.sh              # uses `sitrep browse` once the CLI opens the browser,
#                                       # else the fixture harness (Tests/Scripts/browse-harness.sh)
#   SITREP_CMD='path/to/sitrep browse' Tests/Scripts/screenshots.sh
#
# Needs tmux and python3 (standard library only).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
command -v tmux >/dev/null || { echo "error: tmux is not installed (apt-get install tmux)" >&2; exit 1; }

if [ -n "${SITREP_CMD:-}" ]; then
    cmd="$SITREP_CMD"
elif grep -q "Browser.run" Sources/sitrep/*.swift 2>/dev/null; then
    swift build --product sitrep >&2
    cmd="$root/.build/debug/sitrep browse"
else
    cmd="$(Tests/Scripts/browse-harness.sh build)"
fi

out="$root/Screenshots"
tmp="$(mktemp -d)"
session="sitrep-shots-$$"
# A private tmux server: a shared one may carry another environment (NO_COLOR, TERM).
tmux() { command tmux -L "sitrep-shots-$$" "$@"; }
mkdir -p "$out"
trap 'tmux kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT

start() { # width height
    tmux kill-session -t "$session" 2>/dev/null || true
    tmux new-session -d -s "$session" -x "$1" -y "$2" "cd '$root' && unset NO_COLOR && SITREP_ROOT='$root' $cmd"
    for _ in $(seq 1 100); do
        tmux capture-pane -p -t "$session" | grep -q " events" && return 0
        sleep 0.1
    done
    echo "error: the browser did not draw within 10 s; last screen:" >&2
    tmux capture-pane -p -t "$session" >&2
    exit 1
}
keys() { tmux send-keys -t "$session" "$@"; sleep 0.4; }
type_text() { tmux send-keys -t "$session" -l "$1"; sleep 0.3; }
shot() { # name width height title
    tmux capture-pane -p -e -t "$session" > "$tmp/$1.ansi"
    python3 Tests/Scripts/ansi2svg.py "$2" "$3" --title "$4" < "$tmp/$1.ansi" > "$out/$1.svg"
    echo "wrote Screenshots/$1.svg"
}

start 120 40
shot 01-timeline 120 40 "sitrep — timeline by date, grouped by country › governorate"
keys /; type_text "Idlib, 4–8"; keys Enter; keys Enter
shot 02-source-passage 120 40 "Enter: the event's passage highlighted in its article ( [ ] step through outlets )"
keys Tab
shot 03-disagreements 120 40 "Disagreements: 4 vs 8 killed in the Idlib airstrike, each outlet with its quote"
keys Escape c p; type_text "Idlib"; keys Enter a; type_text "HTS"; keys Enter
shot 04-filtered 120 40 "Filtered: place Idlib (the whole governorate) and actor HTS"
keys c L
shot 05-location-first 120 40 "L: location first, dates within each place"
keys D
shot 06-disputed 120 40 "D: every disputed event in the corpus"
keys Escape F
shot 10-location-folded 120 40 "F: every place folded, with its events and toll (f folds or unfolds one)"
keys F L s
shot 11-sorted-by-toll 120 40 "s: one list, highest toll first (then most sources, disputed first, by date)"
keys e
shot 12-export 120 40 "e: export the events shown to a file (.json: sitrep/1 JSON, else CSV)"
keys Escape q

start 80 24
keys /; type_text "Idlib, 4–8"; keys Enter; keys Enter
shot 07-80x24 80 24 "80×24: timeline above, source below (Tab switches to disagreements)"
keys p; type_text "Ma"; keys Tab
shot 08-place-prompt 80 24 "p: place prompt with completions from the corpus"
keys Escape q

# A corpus with two files that cannot be read: the status line counts them, o lists every document and why.
mkdir -p "$tmp/corpus"
cp Data/articles/*.txt "$tmp/corpus/"
printf '\x89PNG\r\n\x1a\n\0\0' > "$tmp/corpus/photo.txt"
: > "$tmp/corpus/notes.md"
cmd="$cmd '$tmp/corpus' 2>/dev/null"
start 120 40
keys o
shot 09-documents 120 40 "o: every document read (events found, inferred dates marked) and every file skipped, with why"
keys q
