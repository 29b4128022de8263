"""Pages printed sideways, turned upright for the table finder.

A fee schedule too wide for a portrait page is often set on it a quarter turn round: every line
runs up (or down) the page. Text extraction still reads the words, but the table finder sees the
rows as columns, so no row becomes a passage of its own. A copy of such a page, turned the way its
own lines run, reads like any other page's table.
"""
from __future__ import annotations

from collections import Counter

MIN_LINES = 5  # a page with a few sideways labels (a margin note, an axis title) is not turned
SHARE = 0.6  # the share of a page's lines that must run the same way along its height


def turns(doc) -> dict[int, int]:
    """Page index → the rotation (degrees, as `show_pdf_page` takes it) that sets its lines upright,
    for each page whose lines mostly run up or down it. A page turned by its own /Rotate is left as
    it is: a viewer shows it upright already."""
    out = {}
    for i, page in enumerate(doc):
        if page.rotation:
            continue
        ways = Counter()
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                dx, dy = line["dir"]
                ways["up" if dy < -0.9 else "down" if dy > 0.9 else "across"] += 1
        way, n = max(((w, ways[w]) for w in ("up", "down")), key=lambda x: x[1])
        if n >= MIN_LINES and n >= SHARE * sum(ways.values()):
            out[i] = -90 if way == "up" else 90
    return out


def upright_copies(doc):
    """(a document holding an upright copy of each sideways page, page index → its index there), or
    (None, {}) when no page is sideways. Only the table finder reads the copies: their cells pass the
    reader's visibility check on the page itself (ingest/tables.py keeps a cell only when the reader
    kept its words), so a trick that hides text on the original cannot surface through a copy."""
    import pymupdf

    turn = turns(doc)
    if not turn:
        return None, {}
    src = pymupdf.open("pdf", doc.tobytes())
    src.bake()  # annotations into the content: show_pdf_page copies content only
    out = pymupdf.open()
    where = {}
    for i, angle in sorted(turn.items()):
        r = src[i].rect
        new = out.new_page(width=r.height, height=r.width)
        new.show_pdf_page(new.rect, src, i, rotate=angle)
        where[i] = len(where)
    src.close()
    return out, where
