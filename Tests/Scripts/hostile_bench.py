#!/usr/bin/env python3
"""Times sitrep on crafted (hostile) articles at several sizes and prints the time per KB.

Each input is one article built to make a careless stage quadratic: a list of place names with no sentence end,
thousands of attribution verbs in one sentence, a whole corpus on one line, and more. A linear pipeline shows a
flat time per KB as the size grows. Usage:

    Tests/Scripts/hostile_bench.py [--bin .build/release/sitrep] [--sizes 10,100,1000,20000] [--timeout 120]
                                   [--only NAME[,NAME]]

Sizes are in KB. A run over the timeout prints '>' and its limit. Not a test: figures depend on the machine.
"""
import argparse
import glob
import os
import subprocess
import sys
import tempfile
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FRONT = "---\ntitle: Crafted\noutlet: Bench\npublished: 2024-12-01\n---\n"


def corpus_line():
    """The bundled articles' prose paragraphs joined by spaces: one very long line."""
    parts = []
    # The first article's prose holds a newsletter phrase that would make the whole line boilerplate.
    for path in sorted(glob.glob(os.path.join(ROOT, "Data", "articles", "*.txt")))[1:]:
        text = open(path, encoding="utf-8").read()
        if text.startswith("---\n"):
            text = text.split("\n---\n", 1)[1]
        prose = [line.strip() for line in text.splitlines() if len(line) > 100 and line.rstrip()[-1:] in ".\"”"]
        parts.append(" ".join(prose))
    return " ".join(parts) + " "


def repeat(unit, size, head="", tail=""):
    """`head`, then `unit` repeated to about `size` bytes, then `tail`."""
    n = max(1, (size - len(head) - len(tail)) // max(1, len(unit.encode())))
    return head + unit * n + tail


CRAFTED = {
    # One 'sentence' of place names: every hit once compared with every other.
    "places": lambda size: repeat("Aleppo, Idlib and Hama, ", size),
    # Attribution verbs between two sentences: each verb once scanned back to the sentence start.
    "said": lambda size: repeat("said ", size, "Rebels attacked Saraqib on Monday, residents said. ",
                                " Clashes killed five people in Idlib on Tuesday."),
    # The bundled corpus on one line (a page saved without line breaks).
    "long_line": lambda size: repeat(corpus_line(), size),
    # Titled names: every surname a candidate person name, checked against all the others.
    "titles": lambda size: repeat("President Amal Idris met General Omar Sayed, ", size),
    # Sentences of event words, dates and tolls without a full stop.
    "events": lambda size: repeat("gunmen killed 12 people in Kidal on Monday and ", size),
    # A normal article, repeated with its line breaks: the baseline a linear pipeline keeps.
    "normal": lambda size: repeat(open(sorted(glob.glob(os.path.join(ROOT, "Data", "articles", "*.txt")))[0],
                                       encoding="utf-8").read().split("\n---\n", 1)[1] + "\n", size),
}


def run(binary, path, timeout):
    """Seconds for one export of `path`, or None past the timeout."""
    t = time.monotonic()
    try:
        subprocess.run([binary, "export", "--format", "json", path], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    return time.monotonic() - t


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "sitrep"))
    ap.add_argument("--sizes", default="10,100,1000,20000", help="sizes in KB, comma-separated")
    ap.add_argument("--timeout", type=float, default=120)
    ap.add_argument("--only", default="", help="crafted inputs to run (default: all)")
    args = ap.parse_args()
    sizes = [int(float(s) * 1000) for s in args.sizes.split(",")]
    names = [n for n in CRAFTED if not args.only or n in args.only.split(",")]
    empty = os.path.join(tempfile.mkdtemp(prefix="sitrep-bench-"), "empty.txt")
    with open(empty, "w") as f:
        f.write(FRONT + "Nothing happened.\n")
    base = min(run(args.bin, empty, args.timeout) or 0.0 for _ in range(3))   # start-up: data files loaded
    print(f"start-up (data files, a one-line article): {base:.2f} s; times below are minus start-up "
          "(0.00: within start-up's noise, as at 10 KB)")
    print(f"{'input':<10}" + "".join(f"{s // 1000:>9} KB" for s in sizes) + "   (ms per KB)")
    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        for name in names:
            row = f"{name:<10}"
            for size in sizes:
                path = os.path.join(tmp, f"{name}-{size}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(FRONT + CRAFTED[name](size - len(FRONT) - 100) + "\n")   # under the 20 MB limit
                kb = os.path.getsize(path) / 1000
                s = run(args.bin, path, args.timeout)
                row += f"{'>' + format(args.timeout * 1000 / kb, '.2f'):>12}" if s is None else f"{max(0.0, s - base) * 1000 / kb:>12.2f}"
                os.remove(path)
                print(row + " …", end="\r", file=sys.stderr, flush=True)
            print(row + " " * 4)


if __name__ == "__main__":
    main()
