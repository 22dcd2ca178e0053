"""English forms of first-level division names as people write them ("North Kivu", "Rural Damascus", "Mandalay Region").

Rules, applied by build_gazetteer.py to the bare keys of each division (no hand-listed divisions):
- compass and position words of other languages or adjectival forms become English ("nord kivu" -> "north kivu",
  "northern darfur" -> "north darfur", "shamal kurdufan" -> "north kurdufan");
- "rif X" (countryside of X) also reads "rural X" and "X countryside", X in the English name of the country's city
  that has X among its names ("rif dimashq" -> "rural damascus");
- a division whose name differs by a letter or two from a city inside it takes the city's spelling
  ("sagain" -> "sagaing", "tirane" -> "tirana");
- of two divisions of one country with the same name, the one holding the national capital takes the capital's name.
"""
import namekey

COMPASS = {"nord": "north", "sud": "south", "est": "east", "ouest": "west", "northern": "north", "southern": "south",
           "eastern": "east", "western": "west", "shamal": "north", "janub": "south", "gharb": "west", "sharq": "east",
           "haut": "upper", "bas": "lower"}
RURAL = ("rif", "reef")
BIG_CITY = 100_000


def english_variants(base, city_names):
    """Extra bare keys for one bare division key; `city_names` maps another name of a big city to its own name."""
    toks = base.split(" ")
    out = []
    if toks[0] in COMPASS and len(toks) > 1 and not any(t in COMPASS for t in toks[1:]):
        out.append(" ".join([COMPASS[toks[0]]] + toks[1:]))
    if toks[0] in RURAL and len(toks) > 1:
        rest = " ".join(toks[1:])
        english = city_names.get(rest) or city_names.get("~" + namekey.skeleton(rest), rest)
        out += [f"rural {english}", f"{english} countryside", f"rif {english}"]
    return [k for k in out if k != base]


def city_names_by_country(places):
    """Per country: another key of a big city -> the city's own key ("dimashq" -> "damascus"); also each key's
    consonant skeleton prefixed with '~' (transliterations: "damashq" and "dimashq")."""
    out = {}
    for p in sorted(places, key=lambda p: p["pop"]):
        if p["pop"] >= BIG_CITY and p["kind"] == "city":
            names = out.setdefault(p["cc"], {})
            for k in p["keys"][1:]:
                names[k] = p["keys"][0]
                if len(namekey.skeleton(k)) >= 4:
                    names["~" + namekey.skeleton(k)] = p["keys"][0]
    return out


def close_spelling(a, b):
    """Whether b is a with one letter added or changed at the end ("sagain" -> "sagaing", "tirane" -> "tirana")."""
    if a == b or len(a) < 5 or " " in b:
        return False
    return (len(b) == len(a) + 1 and b.startswith(a)) or (len(b) == len(a) and a[:-1] == b[:-1])


def city_spelling(name_key, members):
    """The name of the biggest city inside the division spelled almost like the division."""
    for p in sorted(members, key=lambda p: -p["pop"]):
        if close_spelling(name_key, p["keys"][0]):
            return p["name"]
    return None


def capital_names(admin_names, members, capitals):
    """Renames the division holding the national capital when another division of the country has the same name."""
    by_name = {}
    for code, (name, _) in admin_names.items():
        by_name.setdefault((code.split(".")[0], namekey.normalize(name)), []).append(code)
    out = dict(admin_names)
    for codes in by_name.values():
        if len(codes) < 2:
            continue
        for code in codes:
            capital = next((p for p in members.get(code, ()) if p["key"] in capitals), None)
            if capital:
                out[code] = (capital["name"], admin_names[code][1])
    return out
