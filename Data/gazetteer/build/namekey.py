"""Normalised name keys: the Python twin of Sources/SitrepCore/Text/NameKey.swift (keep them identical)."""
import unicodedata

APOSTROPHES = set("'\u2019\u2018`\u00b4\u02bf\u02be\u02bb\u02bc\u2032")
SPECIAL = {"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "đ": "d", "Đ": "d", "ð": "d", "Ð": "d", "þ": "th", "Þ": "th",
           "ß": "ss", "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i", "ħ": "h", "Ħ": "h"}
ARTICLES = {"al", "el", "an", "ar", "as", "ash", "at", "ad", "adh", "az", "ath", "ul", "ud", "ed", "es", "ez", "er", "et"}


def _fold(ch):
    if ch in SPECIAL:
        return SPECIAL[ch]
    if unicodedata.category(ch) == "Mn":
        return ""
    d = unicodedata.normalize("NFD", ch)[0]
    if ord(d) < 128:
        return d.lower()
    return " "


def normalize(s):
    out = []
    pending = False
    for ch in s:
        if ord(ch) < 128:
            if ch.isascii() and ch.isalnum():
                piece = ch.lower()
            elif ch in "'`":
                continue
            else:
                pending = True
                continue
        elif ch in APOSTROPHES:
            continue
        else:
            piece = _fold(ch)
            if piece == "":
                continue
            if not piece.isalnum():
                pending = True
                continue
        if pending and out:
            out.append(" ")
        pending = False
        out.append(piece)
    return "".join(out)


def skeleton(key):
    toks = key.split(" ")
    out = []
    for i, tok in enumerate(toks):
        if i < len(toks) - 1 and tok in ARTICLES:
            continue
        first = True
        for c in tok:
            if c == "q":
                c = "k"
            if not first and c in "aeiouy":
                continue
            if out and out[-1] == c and not first:
                continue
            out.append(c)
            first = False
    return "".join(out)
