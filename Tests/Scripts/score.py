#!/usr/bin/env python3
# Copied from the project's shared evaluation tools so that the tests and CI run the same scorer offline.
"""Scores a sitrep/1 JSON export against gold annotations.

usage: score.py EXPORT.json GOLD_DIR [--root PROJECT_ROOT] [--min-f1 X] [--min-recall X] [--min-disagree X] [-v]
undated_dated counts required events of undated articles whose true date was inferred (not gated).
off_country counts mentions placed in a country where no gold event of their article is (absurd geocoding).
actor1 is reported as a field (gold actor1 or one of actor1_alt against the event's actor1), not gated.
Gold: one <doc>.json per article (eval/GOLD_SCHEMA.md) plus disagreements*.json and traps*.json.
Matching is by source span: a predicted mention matches a gold event when, in the same article,
its byte range covers more than half of the gold evidence. A mention more than half of whose bytes
lie in not_events text is a boilerplate event and fails the run. Exported document paths are read
(relative to --root) to locate evidence; gold articles are mapped to exported documents by evidence content.
"""
import argparse, datetime as dt, glob, json, os, re, sys, unicodedata

def norm_place(s):
    if not s: return ""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[’'`ʿʾ\-]", "", s)
    s = re.sub(r"\b(governorate|province|city|district|region|of|the|muhafazat)\b", " ", s)
    return re.sub(r"\s+", " ", s).strip()

def place_ok(pred, gold):
    if gold.get("place") is None and not gold.get("place_alt"):
        return True
    names = [gold.get("place")] + list(gold.get("place_alt") or [])
    names = [norm_place(n) for n in names if n]
    if pred is None:
        return gold.get("place") is None
    cands = [pred.get("name")] + [pred.get(k) for k in ("admin1",) if pred.get("kind") in ("admin1",)]
    p = norm_place(pred.get("name") or "")
    if not p: return False
    return any(p == n or (len(p) > 3 and len(n) > 3 and (p in n or n in p)) for n in names)

def parse_date(s):
    try:
        return dt.date.fromisoformat(s[:10])
    except Exception:
        return None

def date_ok(pred_date, pred_prec, gold):
    g = gold.get("date")
    if g is None:
        if pred_date is None or pred_prec == "unknown":
            return True
        # an undated article whose real date the tool inferred correctly from the corpus
        return bool(gold.get("true_date")) and date_ok(pred_date, pred_prec, dict(gold, date=gold["true_date"], true_date=None))
    if not pred_date: return False
    if gold.get("date_precision") == "year" or len(g) == 4:
        return pred_date[:4] == g[:4]
    if gold.get("date_precision") == "month" or len(g) == 7:
        return pred_date[:7] == g[:7]
    pd, gd = parse_date(pred_date), parse_date(g)
    if not pd or not gd: return False
    if gold.get("date_precision") == "week":
        return abs((pd - gd).days) <= 6
    return pd == gd

def fat_ok(pred, gold):
    g = gold.get("fatalities")
    if g is None: return True
    return isinstance(pred, dict) and pred.get("count") == g

DEMONYMS = {"syrian": "syria", "russian": "russia", "israeli": "israel", "ukrainian": "ukraine", "iranian": "iran",
    "sudanese": "sudan", "congolese": "congo", "rwandan": "rwanda", "turkish": "turkey", "american": "united states",
    "us": "united states", "u s": "united states", "lebanese": "lebanon", "palestinian": "palestine", "yemeni": "yemen",
    "myanmar": "myanmar", "burmese": "myanmar", "malian": "mali", "nigerian": "nigeria", "somali": "somalia",
    "ethiopian": "ethiopia", "pakistani": "pakistan", "afghan": "afghanistan", "indian": "india", "iraqi": "iraq",
    "kenyan": "kenya", "haitian": "haiti", "colombian": "colombia", "mexican": "mexico", "georgian": "georgia",
    "serbian": "serbia", "british": "united kingdom", "uk": "united kingdom", "bangladeshi": "bangladesh",
    "burkinabe": "burkina faso", "nigerien": "niger", "mozambican": "mozambique", "libyan": "libya",
    "cameroonian": "cameroon", "armenian": "armenia", "azerbaijani": "azerbaijan"}
SAME = {"army": "military", "troops": "military", "soldiers": "military", "armed": "military", "rebel": "rebels",
        "insurgents": "rebels", "militants": "rebels", "govt": "government", "regime": "government",
        "police": "police", "civilian": "civilians", "protester": "protesters", "demonstrators": "protesters"}

def actor_tokens(s):
    s = unicodedata.normalize("NFKD", s or "")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"\(\d{4}-?\d{0,4}\)", " ", s)          # ACLED-style year ranges
    s = re.sub(r"[’'`\-.,():/]", " ", s)
    out = set()
    for w in s.split():
        if w in ("the", "of", "forces", "force", "s", "and", "group"): continue
        w = DEMONYMS.get(w, w); w = SAME.get(w, w)
        out.update(w.split())
    return frozenset(out)

def actor_ok(event, gold):
    """Whether the event's actor1 names gold's actor1 (any of its ';'-joined parts) or one of actor1_alt, as sets of
    words (demonyms read as countries, 'army'/'troops' as 'military') and none of its actor1 names gold's actor2 (the other side); None when gold has no actor1."""
    g = [p for x in [gold.get("actor1")] + list(gold.get("actor1_alt") or []) if x for p in x.split(";")]
    g = [actor_tokens(x) for x in g if x.strip()]
    if not g: return None
    got = [actor_tokens(a.get("name")) for a in event.get("actors") or [] if a.get("role") == "actor1"]
    def same(a, b):
        if not a or not b: return False
        if a == b: return True
        small, big = (a, b) if len(a) < len(b) else (b, a)
        return small < big and (len(small) >= 2 or len(next(iter(small))) >= 3 and next(iter(small)) not in DEMONYMS.values())
    other = [p for x in [gold.get("actor2")] + list(gold.get("actor2_alt") or []) if x for p in x.split(";")]
    other = [actor_tokens(x) for x in other if x.strip()]
    wrong_side = any(same(p, n) for p in got for n in other if not any(same(n, m) for m in g))
    return any(same(p, n) for p in got for n in g) and not wrong_side

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("export"); ap.add_argument("gold")
    ap.add_argument("--root", default=".")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--min-recall", type=float, default=0.0)
    ap.add_argument("--min-disagree", type=float, default=0.0)
    ap.add_argument("-v", action="store_true")
    a = ap.parse_args()
    exp = json.load(open(a.export, encoding="utf-8"))
    if exp.get("schema") != "sitrep/1":
        print("export schema is not sitrep/1"); sys.exit(1)
    docs = {}
    for d in exp.get("documents", []):
        path = d["path"] if os.path.isabs(d["path"]) else os.path.join(a.root, d["path"])
        docs[d["id"]] = open(path, "rb").read()
    golds = {}
    for f in sorted(glob.glob(os.path.join(a.gold, "*.json"))):
        b = os.path.basename(f)
        if b.startswith("disagreements") or b.startswith("traps"): continue
        g = json.load(open(f, encoding="utf-8")); golds[g["doc"]] = g
    # map gold doc -> exported doc id by evidence content
    gmap = {}
    for gid, g in golds.items():
        best, bestn = None, 0
        for did, text in docs.items():
            n = sum(1 for e in g["events"] if e["evidence"].encode() in text)
            if n > bestn: best, bestn = did, n
        gmap[gid] = best
    def rng(gid, s):
        did = gmap.get(gid)
        if did is None: return None, None
        i = docs[did].find(s.encode())
        return (did, (i, i + len(s.encode()))) if i >= 0 else (did, None)
    mentions = []
    for ev in exp.get("events", []):
        for m in ev.get("mentions", []):
            mentions.append(dict(event=ev, m=m, doc=m["doc"], r=(m["start"], m["end"]),
                                 date=m.get("date", ev.get("date")), prec=m.get("date_precision", ev.get("date_precision")),
                                 place=m.get("place", ev.get("place")), fat=m.get("fatalities", ev.get("fatalities")),
                                 type=ev.get("event_type")))
    def cover(mr, gr):
        return max(0, min(mr[1], gr[1]) - max(mr[0], gr[0]))
    req = tot_any = tot_full = 0
    fields = dict(type=[0, 0], date=[0, 0], place=[0, 0], fatalities=[0, 0], actor1=[0, 0])
    undated = [0, 0]   # required events of undated articles given their true date (inferred from the corpus)
    gold_ranges = []
    misses = []
    for gid, g in golds.items():
        for e in g["events"]:
            did, gr = rng(gid, e["evidence"])
            if gr is None:
                if not e.get("optional"):
                    req += 1; misses.append((gid, e["id"], "article not exported or evidence not found"))
                continue
            gold_ranges.append((did, gr))
            if e.get("optional"): continue
            req += 1
            cands = [m for m in mentions if m["doc"] == did and cover(m["r"], gr) * 2 > gr[1] - gr[0]]
            if not cands:
                misses.append((gid, e["id"], "no mention: " + e["evidence"][:70])); continue
            tot_any += 1
            def score(m):
                return (m["type"] == e["event_type"], date_ok(m["date"], m["prec"], e), place_ok(m["place"], e), fat_ok(m["fat"], e))
            best = max(cands, key=lambda m: sum(score(m)))
            s = score(best)
            for k, ok in zip(("type", "date", "place", "fatalities"), s):
                if k == "fatalities" and e.get("fatalities") is None: continue
                fields[k][1] += 1; fields[k][0] += ok
            if e.get("date") is None and e.get("true_date"):
                undated[1] += 1
                undated[0] += bool(best["date"]) and best["prec"] != "unknown" and \
                    date_ok(best["date"], best["prec"], dict(e, date=e["true_date"], true_date=None))
            a1 = actor_ok(best["event"], e)
            if a1 is not None:
                fields["actor1"][1] += 1; fields["actor1"][0] += a1
            if s[0] and s[1] and s[2]:
                tot_full += 1
            else:
                wrong = [k for k, ok in zip(("type", "date", "place"), s[:3]) if not ok]
                misses.append((gid, e["id"], "wrong " + ",".join(wrong) + f": got {best['type']} {best['date']}/{best['prec']} {(best['place'] or {}).get('name')} | gold {e['event_type']} {e['date']}/{e['date_precision']} {e['place']}"))
    # precision over mentions in gold-covered documents
    bp_ranges = []
    for gid, g in golds.items():
        for s in g.get("not_events", []):
            did, r = rng(gid, s)
            if r: bp_ranges.append((did, r))
    covered = set(gmap.values())
    tp = fp = boiler = 0
    fps = []
    for m in mentions:
        if m["doc"] not in covered: continue
        inside = sum(cover(m["r"], r) for d, r in bp_ranges if m["doc"] == d)
        if inside * 2 > max(1, m["r"][1] - m["r"][0]):   # the mention is mostly boilerplate
            boiler += 1; fp += 1; fps.append(("BOILERPLATE", m)); continue
        if any(m["doc"] == d and cover(m["r"], r) > 0 for d, r in gold_ranges):
            tp += 1
        else:
            fp += 1; fps.append(("FP", m))
    # mentions placed in a country that no gold event of their article is in: absurd geocoding ("President" as a town)
    COUNTRY_SAME = {"palestinian territory": "palestine", "palestinian territories": "palestine", "state palestine": "palestine",
                    "gaza strip": "palestine", "west bank": "palestine", "dr congo": "congo", "democratic republic congo": "congo",
                    "drc": "congo", "burma": "myanmar", "united kingdom": "uk", "great britain": "uk", "england": "uk",
                    "united states": "usa", "united states america": "usa", "turkiye": "turkey"}
    def ckey(c):
        c = norm_place(c)
        return COUNTRY_SAME.get(c, c)
    gold_countries = {}
    for gid, g in golds.items():
        cs = {ckey(e.get("country")) for e in g["events"] if e.get("country")}
        if gmap.get(gid): gold_countries.setdefault(gmap[gid], set()).update(cs)
    off_country = []
    for m in mentions:
        pl = m["place"] or {}
        c = ckey(pl.get("country"))
        if m["doc"] in gold_countries and c and gold_countries[m["doc"]] and not any(c == k or c in k or k in c for k in gold_countries[m["doc"]]):
            off_country.append(m)
    P = tp / (tp + fp) if tp + fp else 0.0
    R = tot_full / req if req else 0.0
    F1 = 2 * P * R / (P + R) if P + R else 0.0
    # disagreements
    dis_files = glob.glob(os.path.join(a.gold, "disagreements*.json"))
    gdis = [d for f in dis_files for d in json.load(open(f, encoding="utf-8")) if not d.get("optional")]
    found = 0
    pdis = exp.get("disagreements", [])
    for d in gdis:
        granges = []
        for c in d["claims"]:
            did, r = rng(c["doc"], c["evidence"])
            if r: granges.append((did, r))
        ok = False
        for p in pdis:
            hit = set()
            for c in p.get("claims", []):
                for i, (did, r) in enumerate(granges):
                    if c.get("doc") == did and cover((c["start"], c["end"]), r) > 0:
                        hit.add(i)
            if len({granges[i][0] for i in hit}) >= 2:
                ok = True; break
        found += ok
        if not ok: misses.append(("disagreement", d["about"], "not found"))
    # traps: must-not-merge pairs
    trap_fail = 0
    for f in glob.glob(os.path.join(a.gold, "traps*.json")):
        for t in json.load(open(f, encoding="utf-8")):
            pair = t.get("must_not_merge")
            if not pair: continue
            rs = [rng(doc, ev) for doc, ev in pair]
            for ev in exp.get("events", []):
                hits = [any(m["doc"] == did and r and cover((m["start"], m["end"]), r) > 0 for m in ev.get("mentions", [])) for did, r in rs]
                if all(hits):
                    trap_fail += 1; misses.append(("trap", t["about"][:60], "merged into one event"))
    D = found / len(gdis) if gdis else 1.0
    if a.v:
        for x in misses: print("MISS", *x)
        for m in off_country:
            print("OFF-COUNTRY", m["doc"], (m["place"] or {}).get("name"), (m["place"] or {}).get("country"), "|", (m["m"].get("quote") or "")[:80].replace("\n", " "))
        for kind, m in fps[:40]:
            print(kind, m["doc"], m["type"], (m["m"].get("quote") or "")[:100].replace("\n", " "))
    fa = " ".join(f"{k}={v[0]}/{v[1]}" for k, v in fields.items()) + f" undated_dated={undated[0]}/{undated[1]}"
    print(f"gold_required={req} matched={tot_any} fully_correct={tot_full} mentions_scored={tp+fp} boilerplate={boiler} traps_failed={trap_fail} off_country={len(off_country)} fields: {fa}")
    ok = F1 >= a.min_f1 and R >= a.min_recall and D >= a.min_disagree and boiler == 0 and trap_fail == 0
    print(f"{'PASS' if ok else 'FAIL'} F1={F1:.3f} precision={P:.3f} recall={R:.3f} disagreements={found}/{len(gdis)}")
    sys.exit(0 if ok else 1)

main()
