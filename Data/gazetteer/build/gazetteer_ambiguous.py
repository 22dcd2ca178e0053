"""Gazetteer keys that are also common English words or people's names, for Data/gazetteer/ambiguous.txt.

Such a key is a place only with strong support (a locative cue and agreement with the article's countries), so
common words, titles and people's names ("Mayor", "Field", "Morgan") do not become towns abroad. Built from real data, not from a hand list:
- common words: English words whose wordfreq Zipf frequency is at least WORD_ZIPF and that Webster's Second
  (english-words' web2 list) spells in lowercase, so proper nouns such as "Aleppo" stay out;
- names: first names ranked within FIRST_RANK, or last names within LAST_RANK, in at least MIN_COUNTRIES countries
  of names-dataset (a name common in one country only is often that country's place name: "Homs").
Demonyms and titles need no list: the runtime knows them from countries.tsv and cues.tsv.

Sources (PyPI): wordfreq (Apache-2.0; data CC BY-SA 4.0), english-words (MIT; web2 is public domain),
names-dataset (Apache-2.0 code, MIT-licensed package).
"""
import gzip
import os
import pickle

WORD_ZIPF = 3.5
FIRST_RANK = 100
LAST_RANK = 60
MIN_COUNTRIES = 2
MIN_LENGTH = 3


def common_words(candidates):
    """Candidates that are frequent English words written in lowercase."""
    import english_words
    from wordfreq import zipf_frequency
    lower = {w for w in english_words.get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    return {k for k in candidates if k in lower and zipf_frequency(k, "en") >= WORD_ZIPF}


def _countries_within(entry, limit):
    return sum(1 for r in (entry or {}).get("rank", {}).values() if r is not None and r <= limit)


def people_names(candidates):
    """Candidates that are common first or last names in some country."""
    import names_dataset
    here = os.path.join(os.path.dirname(names_dataset.__file__), "v3")
    out = set()
    for file, limit in (("first_names.pkl.gz", FIRST_RANK), ("last_names.pkl.gz", LAST_RANK)):
        with gzip.open(os.path.join(here, file)) as f:
            table = pickle.load(f)
        out.update(k for k in candidates if _countries_within(table.get(k.title()), limit) >= MIN_COUNTRIES)
        del table
    return out


def ambiguous_keys(place_keys, excluded):
    """(key, class) rows, sorted: single-word place keys that are common words ('word') or names ('name')."""
    candidates = {k for k in place_keys if " " not in k and len(k) >= MIN_LENGTH and k.isalpha()} - excluded
    words = common_words(candidates)
    names = people_names(candidates - words)
    return sorted([(k, "word") for k in words] + [(k, "name") for k in names])
