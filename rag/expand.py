"""Cross-lingual query expansion with our bilingual domain glossary (data/funnel/glossary.yaml).

The product document is English while many users write Hindi or Hinglish; BM25 finds nothing for
"वीडियो केवाईसी का समय" in English text. Each glossary term found in the query (Devanagari or
romanised, multi-word terms first) adds its English terms to the keyword query. The dense side
needs no help: e5 is multilingual.
"""
from __future__ import annotations

import re

from rag.text import normalize, term_re, tokenize


class Expander:
    def __init__(self, glossary: dict[str, list[str]]):
        # Longest keys first so "वीडियो केवाईसी" wins over "वीडियो".
        self._terms = sorted(((normalize(k), v) for k, v in glossary.items() if k and v), key=lambda kv: -len(kv[0]))
        self._patterns = [(term_re(k), v)
                          for k, v in self._terms]
        self._all = dict(self._terms)  # every English term of a key (matches drop the ones already seen)

    def expand(self, query: str) -> list[str]:
        """English terms for the Hindi/Hinglish terms in `query` (empty for plain English)."""
        return [t for terms in self._matches(query).values() for t in terms]

    def matched(self, query: str, vocab: set[str] | None = None) -> list[str]:
        """The glossary keys found in `query` that carry English terms — with `vocab`, only those
        whose English the indexed documents use (some term with every content word in `vocab`)."""
        found = self._matches(query)
        if vocab is None:
            return list(found)
        return [k for k, terms in found.items() if any(_in(t, vocab) for t in self._all[k])]

    def translations(self, query: str) -> dict[str, list[str]]:
        """Each glossary key found in `query` → every English term of it (`expand` drops terms an earlier,
        longer key already gave; a key's meaning needs them all)."""
        return {k: self._all[k] for k in self._matches(query)}

    def english_form(self, query: str) -> str | None:
        """The query with each glossary key found in it replaced by its first English term ("statement
        aane ke kitne din baad" → "statement arrive ke days after"), or None when no key is found."""
        # a placeholder, so that a shorter key is not matched inside a replacement
        found, q = self._scan(query, lambda i: f"\x00{i}\x00")
        if not found:
            return None
        return " ".join(re.sub("\x00(\\d+)\x00", lambda m: found[int(m.group(1))][1][0], q).split())

    def _matches(self, query: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        seen: set[str] = set()
        for key, terms in self._scan(query, lambda i: " ")[0]:
            out[key] = [t for t in terms if t not in seen]
            seen.update(terms)
        return out

    def _scan(self, query: str, mark) -> tuple[list[tuple[str, list[str]]], str]:
        """The glossary keys found in the query, longest first, each with its terms, and the query with
        each match replaced by `mark(i)` (i: its place in the list), so its parts are not read again."""
        q = normalize(query)
        found: list[tuple[str, list[str]]] = []
        for (key, terms), (pat, _) in zip(self._terms, self._patterns):
            if key in q and pat.search(q):  # the substring test first: ~2,000 terms a query, most absent
                q = pat.sub(lambda _m, i=len(found): mark(i), q)
                found.append((key, terms))
        return found, q


def _in(term: str, vocab: set[str]) -> bool:
    toks = tokenize(term)
    return bool(toks) and all(t in vocab for t in toks)
