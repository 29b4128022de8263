"""A code the question names ("what does KV-07 mean?", "stop code sc12") leads with the passage that states it.

A code shares nothing with its row's words but itself, and BM25 reads "KV-07" as "kv" and "07" — words
every row of a codes table holds — so the row of another code can rank first. When a passage of the
index states the code (the same letters and number: "KV-07", "KV 7", "kv07"), the first such passage,
a table row before prose, is put first among the hits. `lead_with_fact` applies this and the band lookup
(assistant/bands.py) to a retrieval: the two facts a question can name that ranking does not see.
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant import bands

# "KV-07", "sc12", and "KV 07" when written in capitals ("in 30 days" is no code)
CODE_RE = re.compile(r"(?<![\w-])(?:([A-Za-z]{1,5})[-_]?|([A-Z]{2,5}) )(\d{1,4})(?![\w-])")


def _pattern(letters: str, digits: str) -> re.Pattern:
    number = digits.lstrip("0") or "0"
    return re.compile(rf"(?<![\w-]){letters.upper()}[-_ ]?0*{number}(?![\w-])")


def lead_with_code(query: str, res, chunks) -> None:
    """Put the passage stating the question's code first among a retrieval's hits (in place); nothing
    when the question names no code that a passage states in capitals, or the top hit states it."""
    if not res.hits:
        return
    for joined, spaced, digits in CODE_RE.findall(query):
        pat = _pattern(joined or spaced, digits)
        if pat.search(res.hits[0].chunk.text):
            return
        found = next((h for h in res.hits if pat.search(h.chunk.text)), None)
        if found is None:
            stating = sorted((c for c in chunks if pat.search(c.text)), key=lambda c: c.kind != "table_row")
            found = replace(res.hits[0], chunk=stating[0]) if stating else None
        if found is not None:
            res.hits = [found] + [h for h in res.hits if h.chunk.chunk_id != found.chunk.chunk_id]
            return


def lead_with_fact(query: str, res, chunks) -> None:
    """The row whose band holds the question's amount (assistant/bands.py), or the passage stating the code
    it names, leads a retrieval's hits (in place)."""
    bands.lead_with_row(query, res, chunks)
    lead_with_code(query, res, chunks)
