"""A table flattened into one long line, cut into answer pieces.

The chunker keeps a ruled table's text as a passage (its words find the table), but as an answer that
text is one line of every row's cells ("Charge Amount Joining fee Rs. 499 Annual fee Rs. 999 …"). Where
the table's rows are passages of their own (ingest/tables.py) the line is cut into those rows, with their
column names; elsewhere into the words from the matched item on.
"""
from __future__ import annotations

import math
import re
from collections import Counter

from assistant import bands
from assistant.evidence import Piece
from rag.text import tokenize


def around(seg: str, words: set[str], before: int = 0, after: int = 5) -> str:
    """A long segment (a table flattened into one line) cut to the words from the first match on
    ("Spotify Premium 4 months Uber…"): in a flattened row, the words before belong to the previous item."""
    if len(seg) <= 200:
        return seg
    ws = seg.split()
    hit = next((i for i, w in enumerate(ws) if set(tokenize(w)) & words), None)
    if hit is None:
        return seg
    a, b = max(0, hit - before), min(len(ws), hit + after)
    if not any(_VALUE_RE.search(w) for w in ws[hit:b]):
        # a long item name ("Late payment fee (balance above Rs. 10,000 …)") pushes its value past the window:
        # the cut ends after the item's first value, never before it
        b = next((min(len(ws), i + 2) for i in range(b, min(len(ws), b + 20)) if _VALUE_RE.search(ws[i])), b)
    return ("…" if a else "") + " ".join(ws[a:b]) + ("…" if b < len(ws) else "")


# a cell's value: a number, or a word that stands for one ("Free", "Nil", "Waived")
_VALUE_RE = re.compile(r"\d|^(?:free|nil|waived|none|unlimited|yes|no)\W*$", re.I)


def cut_long_lines(ps: list[Piece], hits, want: set[str], idf, rows: dict) -> list[Piece]:
    """A table flattened into one long line is cut into its rows (the row passages of the table it names,
    `bands.rows_within`): the row carrying most of the question (by idf), then rows with words it lacks; without row
    passages, to the matched item and the words after it."""
    out: list[Piece] = []
    for p in ps:
        if len(p.text) <= 280 or not (p.tokens & want):
            out.append(p)
            continue
        within = [c for c in bands.rows_within(hits[p.hit].chunk, rows) if bands.row_item(c) in p.text]
        told = [(c.text, frozenset(tokenize(c.text))) for c in within]
        told = sorted((x for x in told if x[1] & want), key=lambda x: -math.fsum(idf(t) for t in x[1] & want))
        if len(within) >= 2 and told:
            # the most telling row, then only rows that carry question words it lacks: a passage's next
            # pieces join its opening as context, and the table's next rows are no context
            covered: set[str] = set()
            for text, tokens in told:
                if not covered or (tokens & want) - covered:
                    out.append(Piece(text, p.hit, p.order, tokens))
                    covered |= tokens & want
        else:
            t = around(p.text, p.tokens & want, before=3, after=14)
            out.append(Piece(t, p.hit, p.order, frozenset(tokenize(t))))
    # a passage's pieces are numbered anew: the rows of one line are pieces of their own
    numbered, count = [], Counter()
    for p in out:
        numbered.append(Piece(p.text, p.hit, count[p.hit], p.tokens))
        count[p.hit] += 1
    return numbered


def rows_under_their_line(hits, rows: dict) -> list:
    """The hits less the row passages ranked below their own table's line: that line is cut into its rows
    when an answer is composed (`cut_long_lines`), so they would take places among the top passages that
    a passage saying something else (the sentence after the table) could have."""
    lines: set = set()
    out = []
    for h in hits:
        if h.chunk.kind == "table_row":
            if bands.table_key(h.chunk) in lines:
                continue
        elif within := bands.rows_within(h.chunk, rows):
            lines.add(bands.table_key(within[0]))
        out.append(h)
    return out
