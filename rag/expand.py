"""Cross-lingual query expansion with our bilingual domain glossary (data/funnel/glossary.yaml).

The product document is English while many users write Hindi or Hinglish; BM25 finds nothing for
"वीडियो केवाईसी का समय" in English text. Each glossary term found in the query (Devanagari or
romanised, multi-word terms first) adds its English terms to the keyword query. The dense side
needs no help: e5 is multilingual.
"""
from __future__ import annotations

from rag.text import normalize, term_re


class Expander:
    def __init__(self, glossary: dict[str, list[str]]):
        # Longest keys first so "वीडियो केवाईसी" wins over "वीडियो".
        self._terms = sorted(((normalize(k), v) for k, v in glossary.items() if k and v), key=lambda kv: -len(kv[0]))
        self._patterns = [(term_re(k), v)
                          for k, v in self._terms]

    def expand(self, query: str) -> list[str]:
        """English terms for the Hindi/Hinglish terms in `query` (empty for plain English)."""
        return [t for terms in self._matches(query).values() for t in terms]

    def matched(self, query: str) -> list[str]:
        """The glossary keys found in `query` that carry English terms."""
        return list(self._matches(query))

    def _matches(self, query: str) -> dict[str, list[str]]:
        q = normalize(query)
        out: dict[str, list[str]] = {}
        seen: set[str] = set()
        for (key, terms), (pat, _) in zip(self._terms, self._patterns):
            if pat.search(q):
                q = pat.sub(" ", q)  # a matched phrase is not matched again by its parts
                out[key] = [t for t in terms if t not in seen]
                seen.update(terms)
        return out
