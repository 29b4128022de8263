"""English words written in Devanagari, found in the indexed documents by their consonants.

Hindi users write the product's English words in Devanagari: "कैशबैक" (cashback), "एमआरपी" (MRP),
"स्पॉटिफाई" (Spotify), "सरचार्ज" (surcharge). The glossary holds the common ones; a document brings
its own (brand names, fee names, another card's stages). Both spellings keep the consonants in order,
so each word is reduced to a skeleton of sound classes — vowels dropped, aspirates joined with their
plain consonant, English spelling read the way Hindi hears it (c before e/i as s, "ph" as f, "sh" and
"tion" as the sh-sound, "w" as v, "ck" as k) — and a Devanagari word is matched to the document's
English words with the same skeleton. Only skeletons of three sounds or more are matched: "बिल" (bill)
and "पिन" (PIN) are two sounds, and two sounds match too many words; the glossary covers those.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict

from rag.text import STOPWORDS, normalize

MIN_SOUNDS = 3
MAX_MATCHES = 2  # per Devanagari word: the document's most frequent words with that skeleton

# sound classes: one letter each; "C" is the ch-sound, "X" the sh-sound
_DEVA = {
    **dict.fromkeys("कख", "k"), **dict.fromkeys("गघ", "g"), **dict.fromkeys("चछ", "C"), **dict.fromkeys("जझ", "j"),
    **dict.fromkeys("टठतथ", "t"), **dict.fromkeys("डढदध", "d"), **dict.fromkeys("णनङञ", "n"), "प": "p", "फ": "f",
    **dict.fromkeys("बभ", "b"), "म": "m", "र": "r", **dict.fromkeys("लळ", "l"), "व": "v", **dict.fromkeys("शष", "X"),
    "स": "s", "ह": "h", **dict.fromkeys("ंँ", "n"),
}  # the nukta (़) only shifts a sound: "ज़" (z) stays with ज, "फ़" (f) with फ
_DEVA_WORD = re.compile(r"[\u0900-\u097F]+")
# English spelling → sound classes, read left to right; vowels (and y inside a word) drop out
_LATIN_UNITS = re.compile(r"tion|sion|sch|ch|sh|ph|th|dh|kh|gh|bh|ck|qu|.")
_LATIN_SOUND = {"tion": "Xn", "sion": "Xn", "sch": "sk", "ch": "C", "sh": "X", "ph": "f", "th": "t", "dh": "d", "kh": "k",
                "gh": "g", "bh": "b", "ck": "k", "qu": "kv", "c": "k", "q": "k", "x": "ks", "w": "v", "z": "j",
                "a": "", "e": "", "i": "", "o": "", "u": "", "y": ""}
_LATIN_WORD = re.compile(r"[a-z]{3,}")


def deva_skeleton(word: str) -> str:
    """"कैशबैक" → "kXbk"; a word-initial य is kept, other य and vowels are dropped."""
    out = []
    for i, ch in enumerate(word):
        s = "y" if ch == "य" and i == 0 else _DEVA.get(ch)
        if s:
            out.append(s)
    return _squeeze("".join(out))


def latin_skeleton(word: str) -> str:
    """"cashback" → "kXbk", "digital" → "djtl", "company" → "knpn" (an m before p/b is heard as the nasal)."""
    w = word.lower()
    out = []
    for m in _LATIN_UNITS.finditer(w):
        u = m.group()
        if u == "y" and m.start() == 0:
            out.append("y")
        elif u == "c" and m.end() < len(w) and w[m.end()] in "eiy":
            out.append("s")
        elif u == "g" and m.end() < len(w) and w[m.end()] in "ei":
            out.append("j")
        elif u == "m" and m.end() < len(w) and w[m.end()] in "pb":
            out.append("n")
        elif u == "h" and out and m.start() > 0:
            continue  # a silent h after a sound ("bahut" is Hindi; "john", "ohm")
        else:
            out.append(_LATIN_SOUND.get(u, u))
    return _squeeze("".join(out))


def _squeeze(s: str) -> str:
    return re.sub(r"(.)\1+", r"\1", s)  # "ss", "ll", "tt": one sound


class Transliterator:
    """The document's English words by skeleton, built once per loaded index."""

    def __init__(self, texts):
        counts: Counter[str] = Counter()
        for t in texts:
            counts.update(w for w in _LATIN_WORD.findall(normalize(t)) if w not in STOPWORDS)
        by: dict[str, list[str]] = defaultdict(list)
        for w, _ in counts.most_common():
            sk = latin_skeleton(w)
            if len(sk) >= MIN_SOUNDS and len(by[sk]) < MAX_MATCHES:
                by[sk].append(w)
        self._by = dict(by)

    def english(self, query: str) -> dict[str, list[str]]:
        """Each Devanagari word of `query` that spells a document word → those English words."""
        out: dict[str, list[str]] = {}
        for word in dict.fromkeys(_DEVA_WORD.findall(query)):
            if word in STOPWORDS:
                continue
            sk = deva_skeleton(word)
            if len(sk) >= MIN_SOUNDS and sk in self._by:
                out[word] = self._by[sk]
        return out
