"""A cited PDF page as an image, the quoted passage highlighted — what "open the source" shows.

Ingest keeps a copy of each PDF it indexes inside the build (`builds/<id>/sources/<name>`), so the page
a citation names can be shown later without any path from the request: the chunk id picks the
chunk, the chunk names its source and page, and only files inside the loaded build are ever read.
"""
from __future__ import annotations

import re
from pathlib import Path

ZOOM = 1.6  # about 130 dpi: a phone can read the page, a desktop shows it at once
SNIPPET_WORDS = 8  # search the page for runs of this many words of the passage


def render(pdf: Path, page_no: int, passage: str) -> bytes:
    """PNG of page `page_no` (1-based) with the lines that carry the passage highlighted."""
    import pymupdf  # heavy: deferred, like the reader

    with pymupdf.open(pdf) as doc:
        page = doc[max(0, min(page_no, doc.page_count) - 1)]
        for snippet in _snippets(re.findall(r"\S+", passage)):
            for quad in page.search_for(snippet, quads=True):
                page.add_highlight_annot(quad)
        return page.get_pixmap(matrix=pymupdf.Matrix(ZOOM, ZOOM), annots=True).tobytes("png")


def _snippets(words: list[str]) -> list[str]:
    """Back-to-back runs of SNIPPET_WORDS words, the last one ending at the passage's last word (it may
    overlap the one before): a shorter tail run like "from the app." would match anywhere on the page."""
    starts = list(range(0, max(1, len(words) - SNIPPET_WORDS + 1), SNIPPET_WORDS))
    if len(words) > SNIPPET_WORDS and starts[-1] + SNIPPET_WORDS < len(words):
        starts.append(len(words) - SNIPPET_WORDS)
    return [" ".join(words[i:i + SNIPPET_WORDS]) for i in starts]
