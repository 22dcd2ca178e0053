#!/usr/bin/env python3
"""Crash sweep over damaged copies of real articles: cut-off texts and random mutations.

usage: Tests/Scripts/mutation_sweep.py [--bin PATH] [--data DIR] [--copies N] [--seed S] ARTICLE_DIR...

Each article (front matter kept) is copied N times cut at a random word, mid-word, or after a dangling comma, dash,
quote or bracket, and N times with random insertions (punctuation, numbers, dates, NBSP, zero-width spaces, line
breaks), deletions and duplicated spans. Every copy is exported alone with `sitrep export --no-index`; the script prints
each copy on which sitrep exits abnormally (a trap or a signal; a reported bad file is not a crash), then a summary
line. Exit status 1 when any copy crashed. Copies are written to a temporary folder, kept only when something crashed.
"""
import argparse, glob, os, random, shutil, subprocess, sys, tempfile

PIECES = [' ', ',', '.', '-', '\u2014', '"', '\u201c', '\u201d', "'", '\u2019', '(', ')', ';', ':', '\n', '\n\n', '\t',
          '...', '\u2026', ' a ', ' the ', ' 12 ', ' 2,000 ', ' on Monday ', ' since ', ' later ', ' killed ', ' km ',
          ' of ', '\u00a0', '\u200b', ' - ', '/', '%', '3.5', ' Jan. ', ' Tuesday November ', ' 2024 ']
ENDINGS = [',', ' -', ' "', ' (', ';']


def split(text):
    """Front matter (with its closing line) and body; the whole text as body when there is none."""
    if text.startswith('---\n') and '\n---\n' in text[4:]:
        end = text.index('\n---\n', 4) + 5
        return text[:end], text[end:]
    return '', text


def cut(body, rng):
    spaces = [i for i, c in enumerate(body) if c == ' '] or [len(body)]
    at = rng.choice(spaces)
    kind = rng.randrange(3)
    if kind == 1:
        return body[:at + rng.randint(1, 3)]
    if kind == 2:
        return body[:at] + rng.choice(ENDINGS)
    return body[:at]


def mutate(body, rng):
    b = list(body)
    for _ in range(rng.randint(1, 12)):
        i = rng.randrange(0, max(1, len(b)))
        op = rng.random()
        if op < 0.5:
            b.insert(i, rng.choice(PIECES))
        elif op < 0.8:
            del b[i:i + rng.randint(1, 8)]
        else:
            j = rng.randrange(0, max(1, len(b)))
            b[i:i] = b[j:j + rng.randint(1, 40)]
    return ''.join(b)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('dirs', nargs='+')
    ap.add_argument('--bin', default='.build/release/sitrep')
    ap.add_argument('--data', default='Data')
    ap.add_argument('--copies', type=int, default=20)
    ap.add_argument('--seed', type=int, default=7)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    work = tempfile.mkdtemp(prefix='sitrep-sweep-')
    files = sorted(f for d in a.dirs for f in glob.glob(os.path.join(d, '*.txt')))
    crashed, total = [], 0
    for f in files:
        head, body = split(open(f, encoding='utf-8', errors='replace').read())
        name = os.path.basename(f)[:-4]
        for k in range(a.copies):
            for label, make in (('cut', cut), ('mut', mutate)):
                path = os.path.join(work, f'{name}_{label}{k}.txt')
                with open(path, 'w', encoding='utf-8') as out:
                    out.write(head + make(body, rng))
                total += 1
                r = subprocess.run([a.bin, 'export', '--no-index', '--data', a.data, path],
                                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                # A trap or a signal (negative on a signal, 132/134/139 through a shell) is a crash; a reported problem
                # with the file is not.
                if r.returncode < 0 or r.returncode >= 128 or b'Fatal error' in r.stderr:
                    crashed.append(path)
                    print(f'CRASH {path} (exit {r.returncode})', flush=True)
    print(f'{total} damaged copies of {len(files)} articles, {len(crashed)} crashed')
    if crashed:
        print(f'copies kept in {work}')
        sys.exit(1)
    shutil.rmtree(work)


if __name__ == '__main__':
    main()
