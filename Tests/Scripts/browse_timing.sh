#!/usr/bin/env bash
# Times the browser on a corpus in a real terminal (tmux, 120x40): seconds from start to the first frame, then a
# search and a grouping switch, each to the frame that shows it (tmux polling adds up to ~20 ms).
#
#   Tests/Scripts/browse_timing.sh BINARY CORPUS_DIR [QUERY] [IDLE]     (run from the repository root)
# IDLE: seconds to wait after the first frame before searching (the search text is built in the background meanwhile,
# as it is while someone reads the first screen and types the query).
set -euo pipefail
bin="$1"; corpus="$2"; query="${3:-killed}"; idle="${4:-0}"
s="sitrep-timing-$$"
now() { date +%s.%N; }
wait_for() {   # pattern, start time, timeout seconds[, poll interval (default 0.02 s)]
    while ! tmux capture-pane -p -t "$s" | grep -qE "$1"; do
        sleep "${4:-0.02}"
        if (( $(echo "$(now) - $2 > $3" | bc) )); then echo "timeout waiting for $1" >&2; tmux kill-session -t "$s"; exit 1; fi
    done
    echo "$(now) - $2" | bc
}
t0=$(now)
# SITREP_INDEX=off times the browser without the corpus index (else it reads, or first builds, .sitrep/ in the corpus).
index_env=""; [ -n "${SITREP_INDEX:-}" ] && index_env="SITREP_INDEX=$SITREP_INDEX "
tmux new-session -d -s "$s" -x 120 -y 40 "${index_env}TERM=xterm-256color $bin browse --data Data $corpus 2>/dev/null"
# Polled every 0.25 s: polling at 50 Hz (tmux, grep and bc each time) takes most of a core from the loading browser.
echo "first frame: $(wait_for 'event [0-9]+ of' "$t0" 600 0.25) s (up to 0.25 s late)"
sleep "$idle"
t1=$(now); tmux send-keys -t "$s" "/" "$query" Enter
echo "search '$query': $(wait_for "/$query" "$t1" 60) s"
t1=$(now); tmux send-keys -t "$s" "/" "clash" Enter
echo "another search 'clash': $(wait_for "/clash" "$t1" 60) s"
t2=$(now); tmux send-keys -t "$s" "L"
sleep 0.05; echo "grouping switch: $(wait_for 'event [0-9]+ of' "$t2" 60) s (upper bound: includes a 50 ms pause)"
tmux send-keys -t "$s" "q"; sleep 0.3; tmux kill-session -t "$s" 2>/dev/null || true
