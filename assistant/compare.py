"""Two table rows compared: "Is X the same as Y?", "Does X last longer than Y?", "X aur Y me same hai kya?",
"क्या X और Y की फ़ीस बराबर है?".

Retrieval brings both rows and composition says both, but the question asks for a verdict that no
passage states. When the question names exactly two items of one table (ingest/tables.py row passages,
"X — Duration: 12 months") and asks whether their values are the same, different, more or less, the
verdict is read from the two cells that hold comparable values (the same unit; the column the question
names, else the first such column) and said before both rows. Anything else — one item, three, values
of different units, no comparative word — is left to the usual answer.
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer_type import word_re
from assistant.bands import cells, row_item, tables
from domain.phrases import COMPARE_VERDICT
from rag.translit import MIN_SOUNDS, deva_skeleton, latin_skeleton

SAME_Q = word_re(r"(?:the )?same", "equal", r"as (?:much|long|high|many) as", "identical", "barabar", "barabr", r"ek (?:jaisa|jaisi|jaise|hi)",
                "बराबर", "समान", r"एक (?:जैसा|जैसी|जैसे|ही)")
DIFF_Q = word_re("differ", "differs", "different", "difference", "alag", "farak", "fark", "farq", "अलग", "फ़र्क", "फर्क", "अंतर")
MORE_Q = word_re(r"more than", r"longer than", r"higher than", r"bigger than", r"greater than", r"costlier than",
                r"(?:zyada|jyada|zada) (?:hai|he|h|hota|hoti|milta|milti|lagta|lagti)", r"(?:ज़्यादा|ज्यादा|अधिक|लंबी|लंबा) (?:है|होती|होता|मिलती|मिलता|लगती|लगता)")
LESS_Q = word_re(r"less than", r"shorter than", r"lower than", r"smaller than", r"cheaper than", r"fewer than",
                r"kam (?:hai|he|h|hota|hoti|milta|milti|lagta|lagti)", r"कम (?:है|होती|होता|मिलती|मिलता|लगती|लगता)")
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s*(%|[A-Za-z\u0900-\u097F]+)?")


def _amount(value: str) -> tuple[float, str] | None:
    """The number of a cell and its unit ("12 months" → (12, "months"), "Rs. 499" → (499, "rs")), else None."""
    m = _NUMBER.search(value)
    if not m:
        return None
    unit = (m.group(2) or "").lower().rstrip("s")
    if not unit and re.search(r"₹|\brs\b\.?|\binr\b", value[: m.start()], re.I):
        unit = "rs"
    return float(m.group(1).replace(",", "")), unit


def _where_named(item: str, q: str, spoken: list[tuple[int, str]]) -> int:
    """Where the question names a row's item: as written, or in a Hindi question every word of it with
    three sounds or more spelled in Devanagari ("फसल" for "Fasal": `spoken` is each Devanagari word's
    position and skeleton); -1 when it does not."""
    at = q.find(item) if len(item) >= 3 else -1
    if at >= 0 or not spoken:
        return at
    sounds = [s for s in (latin_skeleton(w) for w in re.findall(r"[a-z]+", item)) if len(s) >= MIN_SOUNDS]
    found = [next((pos for pos, sk in spoken if sk == s), -1) for s in sounds]
    return min(found) if sounds and min(found) >= 0 else -1


def _named_rows(query: str, chunks) -> list:
    """The rows of one table whose items the question names, in the order the question names them."""
    q = query.lower()
    spoken = [(m.start(), deva_skeleton(m.group())) for m in re.finditer(r"[\u0900-\u097F]+", query)]
    best: list = []
    for rows in tables(chunks).values():
        named, items = {}, set()
        for c in rows:
            item = row_item(c).strip().lower()
            at = _where_named(item, q, spoken)
            if at >= 0 and item not in items:
                named[at] = c
                items.add(item)
        if len(named) > len(best):
            best = [named[k] for k in sorted(named)]
    return best


def _compared(query: str, a, b) -> tuple[float, float] | None:
    """The two values to compare: the column the question names, else the first column both rows hold in one unit."""
    ca, cb = dict(cells(a.text)), dict(cells(b.text))
    columns = [k for k in ca if k in cb]
    columns.sort(key=lambda k: not (k and k.lower() in query.lower()))
    for k in columns:
        va, vb = _amount(ca[k]), _amount(cb[k])
        if va and vb and va[1] == vb[1]:
            return va[0], vb[0]
    return None


def answer(query: str, hits, chunks, lang: str) -> tuple[str, list] | None:
    """(the verdict and both rows, their hits), else None."""
    asks = next((k for k, r in (("same", SAME_Q), ("different", DIFF_Q), ("more", MORE_Q), ("less", LESS_Q)) if r.search(query)), None)
    if asks is None or not hits:
        return None
    rows = _named_rows(query, chunks)
    if len(rows) != 2:
        return None
    values = _compared(query, *rows)
    if values is None:
        return None
    x, y = values
    yes = {"same": x == y, "different": x != y, "more": x > y, "less": x < y}[asks]
    verdict = COMPARE_VERDICT["hi" if lang == "hi" else "en"][(asks if asks in ("same", "different") else "order", yes)]
    return verdict + " " + "; ".join(c.text for c in rows), [replace(hits[0], chunk=c) for c in rows]
