"""Tables read backwards: "which benefits last 6 months?" is answered by every row of a table whose cell
holds that value — not by the table's title, the first row retrieval happens to rank, or a FAQ about
the benefits in general.

A question asks for items by a value when it asks "which / kaun se / कौन से …" and states a number with
a unit (months, days, years, a percentage), in digits or in words up to twelve. The table is the one whose rows hold that value and
whose items the top passages name most (a flattened table passage names every item; a row names its
own). The answer is those rows, each cited; it is not given when every row of the table holds the value
(nothing is picked out) or the table is too small to be a list.
"""
from __future__ import annotations

import re
from dataclasses import replace

from assistant.bands import cells, row_item, tables
from domain.phrases import ANSWER_LEAD_HI_FROM_EN
from rag.text import WORD_END, WORD_START

LIST_Q = re.compile(r"\b(?:which|what)\b|" + WORD_START + r"(?:kaun ?se|kaun ?si|konse|konsi|kaunse|kaunsi|कौन से|कौनसे|कौन सी|कौनसी|किन)"
                    + WORD_END, re.I)
_UNITS = {"month": r"months?|mahine|mahina|महीने|महीना|महीनों|माह", "day": r"days?|din|दिन|दिनों", "year": r"years?|saal|साल|वर्ष",
          "%": r"%|per ?cent|percent|प्रतिशत"}
VALUE_RE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)\s*-?\s*(" + "|".join(_UNITS.values()) + r")" + WORD_END, re.I)
_UNIT_OF = [(name, re.compile(r"^(?:" + pat + r")$", re.I)) for name, pat in _UNITS.items()]
# a value may be spelled out ("six months", "chhe mahine", "छह महीने"): one to twelve, each language's words
# before its own units ("do" is two only in "do mahine", never in "do months")
_SPELLED = [  # (the words for 1 … 12, the units they count)
    ("one two three four five six seven eight nine ten eleven twelve", r"months?|days?|years?|%|per ?cent|percent"),
    ("ek do teen char/chaar paanch/panch chhe/chhah/chah saat aath nau das gyarah barah/baarah", r"mahine|mahina|din|saal|%|percent"),
    ("एक दो तीन चार पांच/पाँच छह/छः सात आठ नौ दस ग्यारह बारह", r"महीने|महीना|महीनों|माह|दिन|दिनों|साल|वर्ष|%|प्रतिशत")]
_NUMBER_OF = [({w: str(n) for n, ws in enumerate(words.split(), 1) for w in ws.split("/")},
               re.compile(WORD_START + "(" + "|".join(sorted((w for ws in words.split() for w in ws.split("/")), key=len, reverse=True))
                          + r")(?=\s*-?\s*(?:" + units + ")" + WORD_END + ")", re.I)) for words, units in _SPELLED]
MIN_ROWS = 3  # a table of fewer rows is not a list to pick from


def _values(text: str) -> set[str]:
    """"6 months", "6-month", "6 महीने", "six months", "छह महीने" → {"6 month"}."""
    out = set()
    for number, spelled in _NUMBER_OF:
        text = spelled.sub(lambda m: number[m.group(1).lower()], text)
    for num, unit in VALUE_RE.findall(text):
        name = next(n for n, r in _UNIT_OF if r.match(unit))
        out.add(f"{float(num):g} {name}")
    return out


def _holds(row_text: str, wanted: set[str]) -> bool:
    return any(_values(c) == {v} and re.fullmatch(r"[\d.\s-]*\S+", c.strip()) for _, c in cells(row_text) for v in wanted)


def rows(query: str, hits, chunks) -> list | None:
    """The rows (hits carrying them, in the table's order) that answer a which-by-value question, else None."""
    wanted = _values(query)
    if not wanted or not LIST_Q.search(query) or not hits:
        return None
    top = " ".join(h.chunk.text for h in hits[:3]).lower()
    best, named = None, 0
    for table in tables(chunks).values():
        if len(table) < MIN_ROWS or not any(_holds(c.text, wanted) for c in table):
            continue
        n = sum(row_item(c).lower() in top for c in table)  # the items the top passages name
        if n > named:
            best, named = table, n
    if best is None:
        return None
    found = [c for c in best if _holds(c.text, wanted)]
    if len(found) == len(best):
        return None
    return [replace(hits[0], chunk=c) for c in found]


def answer(query: str, hits, chunks, lang: str) -> tuple[str, list] | None:
    """(the rows, one a line — behind the Hindi lead-in for a Hindi question —, their hits), else None."""
    found = rows(query, hits, chunks)
    if not found:
        return None
    return (ANSWER_LEAD_HI_FROM_EN if lang == "hi" else "") + "\n".join(h.chunk.text for h in found), found
