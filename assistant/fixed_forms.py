"""Answers of a fixed form, tried before an answer is composed from the passages: the options of a
list the document leaves out (`odd_one`), the table rows that hold a value (`by_value`), and how two
table rows compare (`compare`)."""
from __future__ import annotations

from assistant import by_value, compare, odd_one


def answer(query: str, hits, chunks, lang: str) -> tuple[str, list] | None:
    """(the answer, the hits it cites) from the first form the question takes, else None."""
    return (odd_one.answer(query, hits[:3], lang) or by_value.answer(query, hits, chunks, lang)
            or compare.answer(query, hits, chunks, lang))
