#!/usr/bin/env python3
"""Writes a corpus of about N MB of article files for index benchmarks: the bundled articles (and ../shared/devset's
when present) copied round-robin, each copy with its publication date shifted by its round (so copies tell events
on other days, as BenchCorpus does) and a last line of its own (so no two files have the same bytes).

Usage: make_corpus.py MB OUT_DIR
"""
import datetime, os, re, sys

def sources(root):
    dirs = [os.path.join(root, "Data/articles"), os.path.join(root, "../shared/devset/articles")]
    files = []
    for d in dirs:
        if os.path.isdir(d):
            files += sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith((".txt", ".md")))
    return [(os.path.splitext(os.path.basename(f))[0], open(f, "rb").read()) for f in files]

def shifted(text, days):
    def move(m):
        d = datetime.date.fromisoformat(m.group(2).decode()) + datetime.timedelta(days=days)
        return m.group(1) + d.isoformat().encode()
    return re.sub(rb"^(published:\s*)(\d{4}-\d{2}-\d{2})", move, text, count=1, flags=re.M)

def main():
    mb, out = float(sys.argv[1]), sys.argv[2]
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../..")
    seeds = sources(root)
    os.makedirs(out, exist_ok=True)
    total, i = 0, 0
    while total < mb * 1_000_000:
        name, text = seeds[i % len(seeds)]
        body = shifted(text, (i // len(seeds)) % 720) + b"\nReference %d.\n" % i
        with open(os.path.join(out, "c%06d_%s.txt" % (i, name)), "wb") as f:
            f.write(body)
        total += len(body); i += 1
    print("%d files, %.1f MB from %d articles" % (i, total / 1e6, len(seeds)))

main()
