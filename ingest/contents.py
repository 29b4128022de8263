"""A table of contents holds no facts, only pointers ("3 Documents you need ........ 2"). Indexed, its
entries rank for any question that names a section and are quoted as noise — as a passage, and as table
rows when the table finder reads the list as a grid. An entry is a line that ends in a page number of the
document (after dot leaders or a gap) and whose title the document prints elsewhere as a line of its own
(the section's heading); three such entries make a contents list. A ledger ("Annual fee ...... Rs. 499")
ends in an amount, not a page, and its items are no headings: it stays."""
from __future__ import annotations

import re

# "3 Documents you need ....... 2", "Fees and charges   4"; or "3 Documents you need ......." with its page
# number a span of its own (right-aligned), which then sits among the entries as a bare number
ENTRY_RE = re.compile(r"^\s*(?P<title>.*?[^\d\s.])(?:(?:\s*[.·…_]){3,}\s*(?P<page>\d{1,3})?|\s{3,}(?P<gap_page>\d{1,3}))\s*$")
PAGE_RE = re.compile(r"^\s*(\d{1,3})\s*$")
MIN_ENTRIES = 3


def key(text: str) -> str:
    """The letters of a title: its number, spacing, case and letter-spacing aside."""
    return re.sub(r"[^a-z\u0900-\u097f]+", "", text.casefold())


def entry(text: str, pages: int) -> str | None:
    """The title's key when `text` reads as a contents entry pointing at a page of the document."""
    m = ENTRY_RE.match(text)
    page = m and (m.group("page") or m.group("gap_page"))
    if not m or (page and not 1 <= int(page) <= pages):
        return None
    k, title = key(m.group("title")), m.group("title")
    # a title is words: "1 MelaCash = Rs" (a value line) is not one
    return k if len(k) >= 3 and len(k) >= 0.6 * len(re.sub(r"\s+", "", title)) else None


def entries(texts: list[str], pages: int) -> set[int]:
    """The indexes of `texts` (a document's lines in reading order) that are contents entries."""
    keyed = {i: k for i, t in enumerate(texts) if (k := entry(t, pages))}
    printed = {key(t) for i, t in enumerate(texts) if i not in keyed}
    found = {i for i, k in keyed.items() if k in printed}
    if len(found) < MIN_ENTRIES:
        return set()
    # the bare page numbers of entries whose number is a span of its own, within the list or just after it
    last = max(found) + len(found)
    return found | {i for i in range(min(found), min(last, len(texts))) if (m := PAGE_RE.match(texts[i])) and 1 <= int(m.group(1)) <= pages}


def is_entry_row(cells: list[str], pages: int, printed: set[str]) -> bool:
    """A table row that is a contents entry ("1 | Variants at a glance | 1"), its title printed elsewhere."""
    k = entry("    ".join(c for c in cells if c), pages)
    return bool(k) and k in printed
