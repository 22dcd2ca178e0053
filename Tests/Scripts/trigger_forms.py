#!/usr/bin/env python3
"""Expands a trigger file as the loader does (brace alternatives, then <lemma> markers from Data/inflections.tsv)
and prints one normalised phrase per line with its type, sub-event type, weight and class.

usage: trigger_forms.py FILE                 list the expanded triggers
       trigger_forms.py --compare OLD NEW    phrases of OLD missing from NEW, and those whose columns changed;
                                             exit 1 if any phrase is missing
OLD may be a git revision's file: trigger_forms.py --compare <(git show main:Data/triggers.tsv) Data/triggers.tsv
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "Data/gazetteer/build"))
from namekey import normalize  # noqa: E402

SELECTORS = {"v": (0, 1, 2, 3, 4), "base": (0,), "s": (1,), "ed": (2, 3), "ing": (4,), "n": (0, 1), "pl": (1,)}


def inflections():
    table = {}
    for line in (ROOT / "Data/inflections.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            f = line.split("\t")
            table[(f[0], f[1])] = [[] if c == "-" else c.split("|") for c in f[2:]]
    return table


def braces(phrase):
    m = re.search(r"\(([^()]*)\)", phrase)
    if not m:
        return [phrase]
    return [p for choice in m.group(1).split("|") for p in braces(phrase[:m.start()] + choice + phrase[m.end():])]


def lemmas(phrase, table):
    out = [""]
    for word in phrase.split():
        m = re.fullmatch(r"<([^<>:]+)(?::([a-z,]+))?>", word)
        if not m:
            choices = [word]
        else:
            sels = (m.group(2) or "v").split(",")
            pos = "n" if set(sels) <= {"n", "pl"} else "v"
            row = table[(m.group(1), pos)]
            choices = list(dict.fromkeys(f for s in sels for slot in SELECTORS[s] for f in row[slot]))
        out = [f"{h} {c}".strip() for h in out for c in choices]
    return out


def expand(path, table):
    found = {}
    for line in pathlib.Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        f = line.split("\t")
        for p in braces(f[0]):
            for q in lemmas(p, table):
                key = " ".join(normalize(part) if part != "*" else "*" for part in re.split(r"\s*(\*)\s*", q) if part)
                found.setdefault(key, tuple(x.strip() for x in f[1:5]))
    return found


def main(argv):
    table = inflections()
    if argv[:1] == ["--compare"]:
        old, new = expand(argv[1], table), expand(argv[2], table)
        missing = sorted(set(old) - set(new))
        changed = sorted(k for k in old if k in new and old[k] != new[k])
        for k in missing:
            print("missing\t" + k + "\t" + "\t".join(old[k]))
        for k in changed:
            print("changed\t" + k + "\t" + "\t".join(old[k]) + "\t->\t" + "\t".join(new[k]))
        print(f"old {len(old)}, new {len(new)}, missing {len(missing)}, changed {len(changed)}, added {len(set(new) - set(old))}")
        return 1 if missing else 0
    for k, v in sorted(expand(argv[0], table).items()):
        print(k + "\t" + "\t".join(v))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
