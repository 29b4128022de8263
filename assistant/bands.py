"""Band lookups: "I spend ₹45,000 a month, what reward rate do I get?" against a table of ranges.

Retrieval finds the band table, but every row of it shares the question's words, so the row it
ranks first is an accident ("Up to ₹10,000"). When the question states an amount and a top passage
is a row with a range, the row of the same table whose range holds the amount is the answer. The
rows are read from the index (a table's rows do not all make the top hits). Ranges are read in the
forms product documents write them: "₹10,001 to ₹30,000", "10,001–30,000", "up to ₹10,000",
"above ₹60,000", "₹60,000 and above".
"""
from __future__ import annotations

import math
import re
from dataclasses import replace

from rag.text import WORD_END

SCALE = {"k": 1e3, "thousand": 1e3, "हज़ार": 1e3, "हजार": 1e3, "lakh": 1e5, "lac": 1e5, "lakhs": 1e5, "लाख": 1e5, "crore": 1e7}
_SCALE = "(" + "|".join(SCALE) + ")"
_CUR = r"(?:₹|rs\.?|inr|rupees?)?\s*"
_NUM = r"(\d[\d,]*(?:\.\d+)?)\s*" + _SCALE + r"?" + WORD_END
BETWEEN_RE = re.compile(_CUR + _NUM + r"\s*(?:-|–|—|to|se|से)\s*" + _CUR + _NUM, re.I)
UP_TO_RE = re.compile(r"(?:up ?to|upto|below|under|less than|not more than|till|तक)\s*" + _CUR + _NUM, re.I)
ABOVE_RE = re.compile(r"(?:above|over|more than|exceeding|greater than|beyond|से अधिक|से ज़्यादा)\s*" + _CUR + _NUM, re.I)
AND_ABOVE_RE = re.compile(_CUR + _NUM + r"\s*(?:and above|or more|and more|\+|se zyada|se upar|या उससे अधिक)", re.I)
# an amount in a question: a sum after a currency mark, a number with a scale, or a plain number of 3+ digits
AMOUNT_RE = re.compile(r"(?:₹|rs\.?|inr)\s*(\d[\d,]*(?:\.\d+)?)\s*" + _SCALE + r"?" + WORD_END
                       + r"|(\d[\d,]*(?:\.\d+)?)\s*" + _SCALE + WORD_END
                       + r"|(?<![\d.,])(\d{1,3}(?:,\d{2,3})+|\d{3,})(?![\d.,])", re.I)


def _value(num: str, scale: str | None) -> float:
    return float(num.replace(",", "")) * SCALE.get((scale or "").lower(), 1)


# "per ₹100", "हर 100 रुपये पर": the unit of a rate, not an amount the user spends
RATE_UNIT_RE = re.compile(r"(?:\bper|\bevery|\beach|\bhar|हर|प्रति)\s*$", re.I)


def amounts(query: str) -> list[float]:
    """The amounts a question states (₹45,000 / 45k / 1.5 lakh / 45000), not a rate's unit ("per ₹100")."""
    out = []
    for m in AMOUNT_RE.finditer(query):
        if RATE_UNIT_RE.search(query[:m.start()]):
            continue
        g = m.groups()
        if g[0]:
            out.append(_value(g[0], g[1]))
        elif g[2]:
            out.append(_value(g[2], g[3]))
        elif g[4]:
            out.append(_value(g[4], None))
    return out


def ranges(text: str) -> list[tuple[float, float]]:
    """The ranges a passage states, as (low, high), both inclusive."""
    out = [(_value(m[1], m[2]), _value(m[3], m[4])) for m in BETWEEN_RE.finditer(text)]
    out += [(0.0, _value(m[1], m[2])) for m in UP_TO_RE.finditer(text)]
    out += [(_value(m[1], m[2]), math.inf) for m in ABOVE_RE.finditer(text)]
    out += [(_value(m[1], m[2]), math.inf) for m in AND_ABOVE_RE.finditer(text)]
    return [(lo, hi) for lo, hi in out if lo <= hi]


def holds(text: str, amount: float) -> bool:
    return any(lo <= amount <= hi for lo, hi in ranges(text))


def table_key(chunk) -> tuple[str, str]:
    """Which table a row passage belongs to: its document and title ("… (continued)" is the same table)."""
    return chunk.source, re.sub(r"\s*\(continued\)\s*$", "", chunk.section or "", flags=re.I)


def row_item(chunk) -> str:
    """The item a row passage is about: its first cell ("SonyLIV — Duration: 6 months", ingest/tables.py)."""
    return chunk.text.partition(" — ")[0]


def cells(row_text: str) -> list[tuple[str, str]]:
    """(column, value) of each cell after a row passage's item ("SonyLIV — Duration: 6 months; Price: Rs. 99");
    a cell without a column name has "" for it."""
    _, _, rest = row_text.partition(" — ")
    return [(c.partition(": ")[0].strip(), c.partition(": ")[2].strip()) if ": " in c else ("", c.strip()) for c in rest.split("; ")]


_LAST: tuple[list, dict] | None = None  # the latest index's passages and their grouping (read, never changed)


def tables(chunks) -> dict[tuple[str, str], list]:
    """The row passages of the index, by table, in the document's order. Grouped once per loaded index:
    a question asks for them several times (band and by-value lookups, each composed part)."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is chunks:
        return last[1]
    out: dict[tuple[str, str], list] = {}
    for c in chunks:
        if c.kind == "table_row":
            out.setdefault(table_key(c), []).append(c)
    _LAST = (chunks, out)
    return out


def rows_within(chunk, by_table: dict) -> list:
    """The row passages of the one table whose items (two or more) a passage's text names, from the
    pages it spans, in the document's order; none for a row passage itself. A table the chunker read
    as one long line is cut at its rows this way, not by a window of words that runs into the next row."""
    if chunk.kind == "table_row":
        return []
    last = chunk.page_end or chunk.page
    found: list = []
    for (source, _), rows in by_table.items():
        if source != chunk.source:  # a table's key names its document: the others' rows are not read
            continue
        mine = [c for c in rows if chunk.page <= c.page <= last and len(row_item(c)) >= 3 and row_item(c) in chunk.text]
        if len(mine) > len(found):
            found = mine
    return found if len(found) >= 2 else []


def row_for(query: str, hits, chunks) -> object | None:
    """The hit (a copy of a top hit carrying the row) whose range holds the amount the question
    states, from the table of the first top-3 hit that is a row with a range; None when the question
    states no amount, no top hit is such a row, or the top hit is a row that already holds the amount."""
    wanted = amounts(query)
    if not wanted or not hits:
        return None
    for h in hits[:3]:
        if h.chunk.kind != "table_row" or not ranges(h.chunk.text):
            continue
        # a top row already holding the amount answers; a prose passage that lists every band
        # ("up to ₹10,000 … above ₹60,000") holds any amount and answers none
        if hits[0].chunk.kind == "table_row" and any(holds(hits[0].chunk.text, a) for a in wanted):
            return None
        table = table_key(h.chunk)
        for c in [x.chunk for x in hits] + list(chunks):
            if c.kind == "table_row" and table_key(c) == table and any(holds(c.text, a) for a in wanted):
                return replace(h, chunk=c)
        return None
    # only the table's flattened text ranks (its rows did not make the top hits): the row that holds the
    # amount, of the table whose items that text names most
    top = hits[0].chunk
    if top.kind == "table_row" or len(ranges(top.text)) < 2:
        return None
    banded = {key: [c for c in rows if ranges(c.text)] for key, rows in tables(chunks).items()}
    named = {key: sum(row_item(c) in top.text for c in rows) for key, rows in banded.items() if rows}
    key = max(named, key=named.get, default=None)
    if key is None or named[key] < 2:
        return None
    row = next((c for c in banded[key] if any(holds(c.text, a) for a in wanted)), None)
    return None if row is None else replace(hits[0], chunk=row)


def lead_with_row(query: str, res, chunks) -> None:
    """Put the band row that holds the question's amount first among a retrieval's hits (in place)."""
    row = row_for(query, res.hits, chunks)
    if row is not None:
        res.hits = [row] + [h for h in res.hits if h.chunk.chunk_id != row.chunk.chunk_id]
