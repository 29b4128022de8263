"""Out-of-scope vetoes: what a similarity score cannot see.

"What is the annual fee of the SBI SimplyCLICK card?" and "What is the late payment fee?" sit very
close to our own fee FAQ in embedding space, so the calibrated confidence says "answerable" and the
assistant would reply "no joining or annual fee" — an answer about the wrong card, or one that reads
as "there is no late fee". Two checks against the indexed vocabulary catch them:

- the question names a bank or card brand, or a card feature (lounge, insurance, add-on card…), from
  data/funnel/scope.yaml that the documents never mention;
- the question asks about money (fee, charge, interest…) and a Latin-script content word right next
  to the price word is one the documents never use and the glossary does not translate ("late
  payment fee", "forex markup", "car loan interest").

Both look only at words the index has seen, so they adapt to whatever documents are ingested: a
partner brand the product PDF names is not vetoed. Devanagari words are not tested by the second
check: our Hindi coverage is a guide, not a translation of every document word, and a false veto
would silence a good Hindi answer.
"""
from __future__ import annotations

import re

from rag.text import DEVANAGARI_RE, TOKEN_RE, normalize, stem, term_re, tokenize

VETO_CONFIDENCE = 0.05  # well under any threshold: the caller answers with the fallback sentence
WINDOW = 2  # content words either side of a price word that may name what is charged


class Scope:
    def __init__(self, brands: list[str] | None = None, price_words: list[str] | None = None, features: list[str] | None = None,
                 generic: list[str] | None = None):
        self._brands = _patterns(brands)
        self._features = _patterns(features)
        self._generic = {stem(w) for w in (generic or [])}
        self._price = {normalize(w).strip() for w in price_words or [] if w}
        self._price_stems = {stem(w) for w in self._price if not DEVANAGARI_RE.match(w)} | self._price

    @classmethod
    def from_catalog(cls, catalog) -> "Scope | None":
        terms = getattr(catalog, "scope", None) or {}
        return cls(terms.get("brands"), terms.get("price_words"), terms.get("features"), terms.get("generic")) if terms else None

    def veto(self, query: str, tokens: list[str], glossed: set[str], vocab: set[str]) -> str | None:
        """Why the indexed documents cannot answer `query`, or None."""
        q = normalize(query)
        for brand, pat in self._brands:
            if pat.search(q) and not _known(brand, vocab):
                return f"the question names {brand!r}, which the indexed documents never mention"
        for feature, pat in self._features:
            if pat.search(q) and not _known(feature, vocab):
                return f"the question asks about {feature!r}, which the indexed documents never mention"
        # raw words, not stems: "interested" must not read as "interest"
        if any(w in self._price for w in TOKEN_RE.findall(q)):
            # only the words next to the price word qualify it ("late payment fee", "car loan
            # interest"); an unknown verb elsewhere ("turn a purchase into EMI") does not
            near = {tokens[j] for i, t in enumerate(tokens) if t in self._price_stems
                    for j in range(max(0, i - WINDOW), min(len(tokens), i + WINDOW + 1))}
            unknown = [t for t in tokens if t in near and t not in vocab and t not in glossed and t not in self._price_stems
                       and t not in self._generic and not t[0].isdigit() and not DEVANAGARI_RE.match(t) and len(t) > 2
                       and not _typo_of_known(t, vocab)]
            if unknown:
                word = next((w for w in TOKEN_RE.findall(q) if stem(w) == unknown[0]), unknown[0])
                return f"the question asks about a charge for {word!r}, which the indexed documents never mention"
        return None


def _patterns(terms: list[str] | None) -> list[tuple[str, re.Pattern]]:
    names = sorted({normalize(t).strip() for t in terms or [] if t and t.strip()}, key=len, reverse=True)
    return [(n, term_re(n)) for n in names]


def _known(term: str, vocab: set[str]) -> bool:
    """Every content word of the term occurs in the indexed documents."""
    toks = tokenize(term) or tokenize(term, keep_stopwords=True)
    return all(t in vocab for t in toks)


def _typo_of_known(token: str, vocab: set[str]) -> bool:
    """One edit away from a word the documents use ("intrest" → "interest"): a typo, not a new charge."""
    if len(token) < 5:
        return False
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(token[:i], token[i:]) for i in range(len(token) + 1)]
    edits = ({a + b[1:] for a, b in splits if b} | {a + c + b for a, b in splits for c in letters}
             | {a + c + b[1:] for a, b in splits if b for c in letters}
             | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1})
    return any(stem(e) in vocab or e in vocab for e in edits)
