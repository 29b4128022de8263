"""PDF reader (PyMuPDF): visible text only, in reading order, as `Unit`s.

Invisible text is dropped before anything else sees it, because a poisoned PDF can hide
instructions or false facts for the LLM in text a human never sees. Two stages:

- fast rules on the low-level text trace drop what is plainly hidden: render modes 3 and 7
  (invisible, clip-only), near-zero opacity, under 4 pt, off the page;
- the renderer decides the rest (`ingest.visibility`): a word is kept only if its glyphs visibly
  change the rendered page — which is how a box drawn over it or a fill of its own colour beneath
  it hides it. An invisible OCR layer over an image is kept only where tesseract
  reads the same words there (`ingest.ocr`).

Text is the glyphs' own, not /ActualText, except where /ActualText only spells out what the glyphs
draw (a ligature, a curly quote).
"""
from __future__ import annotations

import difflib
import logging
import re
import unicodedata
from pathlib import Path

from ingest import contents, ocr, pagecopies, prefilter, visibility
from ingest.tables import find_grids
from ingest.units import ANSWER_RE, IngestError, Unit, is_question, split_inline_answer

log = logging.getLogger(__name__)


def open_pdf(path: Path, allow_damaged: bool = False):
    import pymupdf

    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception as e:  # PyMuPDF raises several types for garbage input
        raise IngestError(f"{path.name}: not a readable PDF ({e.__class__.__name__}: {e})") from None
    if doc.needs_pass:
        raise IngestError(f"{path.name}: the PDF is encrypted (password-protected); decrypt it first")
    if doc.page_count == 0:
        raise IngestError(f"{path.name}: the PDF has no pages")
    if doc.is_repaired and not allow_damaged:
        doc.close()
        # A truncated download reads as a shorter document: indexing it would silently lose pages.
        raise IngestError(f"{path.name}: the PDF is damaged (its cross-reference table had to be rebuilt, so content may "
                          f"be missing); re-export it, or pass --allow-damaged to index what can be read")
    return doc


def read_pdf(path: Path, allow_damaged: bool = False, grids: dict | None = None) -> list[Unit]:
    """The PDF's visible text as units; `grids`, when given, receives each page's ruled tables
    (page → [Grid]) for the table rows (ingest/tables.py), so the finder runs once."""
    import pymupdf

    doc = open_pdf(path, allow_damaged)
    n_pages = doc.page_count
    lines: list[tuple[int, float, bool, str, bool, str | None, bool]] = []  # page, size, bold, text, starts_block, margin, in a table
    unchecked: list[int] = []  # pages whose OCR layer was dropped for want of tesseract
    view = bare = None
    try:
        data = pagecopies.reader_view(path.read_bytes())  # what the renderer compares: the page as a viewer paints it
        view, bare = pymupdf.open("pdf", data), pagecopies.textless_copy(data)
        for pno, page in enumerate(doc, 1):
            found = find_grids(page)
            if grids is not None:
                grids[pno] = found
            lines += _page_lines(page, pno, data, (view[pno - 1], bare[pno - 1]), unchecked, [g.bbox for g in found])
    except IngestError:
        raise
    except Exception as e:
        raise IngestError(f"{path.name}: the PDF is damaged and could not be read ({e})") from None
    finally:
        for d in (doc, view, bare):
            if d is not None:
                d.close()
    if unchecked:
        log.warning("%s: tesseract is not installed, so the invisible text layer over the page image on page(s) %s "
                    "was dropped unchecked; install it (make ocr-deps) to keep the words it confirms",
                    path.name, ", ".join(map(str, sorted(set(unchecked)))))
    if not lines:
        hint = "install tesseract to read its OCR layer" if unchecked else "a scanned image PDF needs OCR first"
        raise IngestError(f"{path.name}: no visible text ({hint})")
    lines = drop_running_lines(lines, n_pages)
    toc = contents.entries([ln[3] for ln in lines], n_pages)  # pointers, not facts (ingest/contents.py)
    return _to_units([(*line[:5], line[6]) for i, line in enumerate(lines) if i not in toc])


MARGIN = 0.08  # share of the page height at the top and bottom where running headers and footers sit
SECTION_LABEL_RE = re.compile(r"^(?:section|part|chapter|annexure|appendix)\s+(?:\d+|[ivxlc]+)[.:]?$", re.I)
# A running header that names the page's sections ("Sections 4-5: Application; Hold codes", "Chapter 3 — Fees"):
# its words change from page to page, so it never repeats, but its form does
SECTION_POINTER_RE = re.compile(r"^(?:sections?|parts?|chapters?)\s+(?:\d+|[ivxlc]+)(?:\s*(?:[-–—,&]|to|and)\s*(?:\d+|[ivxlc]+))*"
                                r"\s*[:.—–-]", re.I)


def drop_running_lines(lines: list[tuple], pages: int) -> list[tuple]:
    """Without the page furniture: a line in the top or bottom margin that repeats (numbers aside) on
    at least half the pages, three at least ("Customer Guide v1.4 — Page 5 of 7"), or that names the page's
    sections in a form that recurs so in its margin (SECTION_POINTER_RE), and a bare
    structural label ("SECTION 4") — else they are glued into the passages around them and read as
    content (a footer inside a fee table's row, "SECTION 5" at the end of the fees)."""
    def signature(text: str) -> str:
        return re.sub(r"\d+", "#", " ".join(text.lower().split()))

    # each margin line read once: (its margin, its text with numbers as #, whether it points at sections)
    keys = [(ln[5], signature(ln[3]), bool(SECTION_POINTER_RE.match(ln[3].strip()))) if ln[5] else None for ln in lines]
    on_pages: dict[tuple[str, str], set[int]] = {}
    pointers: dict[str, set[int]] = {}
    for ln, key in zip(lines, keys):
        if key:
            on_pages.setdefault(key[:2], set()).add(ln[0])
            if key[2]:
                pointers.setdefault(key[0], set()).add(ln[0])
    enough = max(3, pages / 2)
    running = {k for k, v in on_pages.items() if len(v) >= enough}
    pointing = {m for m, v in pointers.items() if len(v) >= enough}  # the form recurs in that margin

    def furniture(key) -> bool:
        return key is not None and (key[:2] in running or (key[2] and key[0] in pointing))

    return [ln for ln, key in zip(lines, keys) if not furniture(key) and not SECTION_LABEL_RE.match(ln[3].strip())]


def _page_lines(page, pno: int, data: bytes, rendered, unchecked: list[int], grids=()) -> list[tuple]:
    """The visible lines of a page: (page, size, bold, text, starts_block, margin, in a table).
    `rendered` is the page of the reader's view and of its text-free copy; `grids` the boxes of its
    ruled tables, whose lines are passages of their own: the prose before and after a table is not
    glued to its rows (each row is also a passage: ingest/tables.py)."""
    boxes = prefilter.trace_boxes(page)
    layout = []  # (block number, line, [(span, its words)])
    to_render, to_ocr = [], []
    for bno, block in enumerate(page.get_text("rawdict", flags=visibility.glyph_flags())["blocks"]):
        if block.get("type") != 0:
            continue
        for line in block["lines"]:
            kept = []
            for span in line["spans"]:
                span = {**span, "dir": tuple(line["dir"]), "text": "".join(c["c"] for c in span["chars"])}
                if not span["text"].strip():  # a space between spans: no content, but it separates words
                    kept.append((span, None))
                    continue
                how = prefilter.verdict(span["bbox"], span["text"], span["size"], boxes, page.rect)
                if how is None:
                    continue
                words = visibility.words_of([span])[0]
                (to_render if how == "render" else to_ocr).extend(words)
                kept.append((span, words))
            layout.append((bno, line, kept))
    numbering = margin_numbers(layout)
    layout = [x for i, x in enumerate(layout) if i not in numbering]
    seen: set[int] = set()
    if to_render:
        visibility.PageCheck(rendered[0], data, rendered[1]).judge(to_render)
        seen |= {id(w) for w in to_render if w.visible}
    if to_ocr:
        if ocr.tessdata() is None:
            unchecked.append(pno)
        else:
            seen |= {id(w) for w, ok in zip(to_ocr, ocr.confirm(page, to_ocr)) if ok}
    actual = _actual_text(page)
    out, last_block = [], None
    for bno, line, kept in layout:
        parts, used, cut = [], [], len(kept) < len(line["spans"])
        for span, words in kept:
            if words is None:
                parts.append(" ")
                continue
            shown = [w for w in words if id(w) in seen]
            if len(shown) < len(words):
                cut = True
                if shown:
                    parts.append(" " + " ".join(w.text for w in shown) + " ")
            else:
                parts.append(span["text"])
            if shown:
                used.append(span)
        text = "".join(parts).replace("\u200b", "").strip()
        if cut:
            text = " ".join(text.split())
            if not any(ch.isalnum() for ch in text):  # only the bullet of a hidden line is left
                continue
        elif _agrees(text, actual.get(_key(line["bbox"]), "")):
            text = actual[_key(line["bbox"])].replace("\u200b", "").strip()
        if not text:
            continue
        size = max(s["size"] for s in used)
        bold = all("bold" in s["font"].lower() or s["flags"] & 16 for s in used)
        y0, y1 = line["bbox"][1], line["bbox"][3]
        h = page.rect.height or 1
        margin = "top" if y1 <= h * MARGIN else "bottom" if y0 >= h * (1 - MARGIN) else None
        cx, cy = (line["bbox"][0] + line["bbox"][2]) / 2, (y0 + y1) / 2
        in_table = any(g[0] <= cx <= g[2] and g[1] <= cy <= g[3] for g in grids)
        out.append((pno, size, bold, text, bno != last_block, margin, in_table))
        last_block = bno
    return out


def margin_numbers(layout: list[tuple]) -> set[int]:
    """The lines of `layout` (block, line, [(span, words)]) that number the lines of a passage in the margin
    ("1" … "10" down the left edge of the terms): glued into the text they read as facts ("… from the date
    of the spend 5 until it is paid"). Such a number is a line of its own, a bare integer in smaller type than
    the page's text, the leftmost thing on its row; five or more count up by one, a line height apart, at one
    right edge. A numbered list is in the text's own size, and a table's column of digits does not count up."""
    sizes = sorted(sp["size"] for _, _, kept in layout for sp, w in kept if w is not None)
    if not sizes:
        return set()
    body = sizes[len(sizes) // 2]
    lefts = [(line["bbox"][0], line["bbox"][1], line["bbox"][3]) for _, line, _ in layout]
    found: dict[int, list[tuple[int, float, int]]] = {}  # right edge → (number, top, layout index)
    for i, (_, line, kept) in enumerate(layout):
        spans = [sp for sp, w in kept if w is not None]
        text = "".join(sp["text"] for sp in spans).strip()
        if len(spans) != 1 or not re.fullmatch(r"\d{1,3}", text) or spans[0]["size"] > 0.9 * body:
            continue
        x0, y0, x1, y1 = line["bbox"]
        if any(x < x0 - 1 and top < y1 and bottom > y0 for x, top, bottom in lefts):
            continue  # something stands left of it on its row: a cell, not the margin
        found.setdefault(round(x1 / 3), []).append((int(text), y0, i))
    out: set[int] = set()
    for column in found.values():
        column.sort(key=lambda t: t[1])
        run = [column[0]]
        for item in column[1:] + [(None, 0.0, -1)]:
            if item[0] is not None and item[0] == run[-1][0] + 1 and item[1] > run[-1][1]:
                run.append(item)
                continue
            gaps = [b[1] - a[1] for a, b in zip(run, run[1:])]
            if len(run) >= 5 and max(gaps) <= 1.5 * min(gaps):
                out |= {t[2] for t in run}
            run = [item]
    return out


# /ActualText may stand in for what the glyphs draw — or say something else entirely. It is used only
# where it spells the same text: a ligature glyph with no Unicode of its own, a curly quote.
LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "ft", "st"}
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _actual_text(page) -> dict[tuple, str]:
    import pymupdf

    flags = visibility.glyph_flags() & ~pymupdf.TEXT_IGNORE_ACTUALTEXT
    return {_key(line["bbox"]): "".join(s["text"] if s["text"].strip() else " " for s in line["spans"])
            for block in page.get_text("dict", flags=flags)["blocks"] if block.get("type") == 0
            for line in block["lines"]}


def _key(bbox) -> tuple:
    return tuple(round(v, 1) for v in bbox)


def _agrees(glyphs: str, actual: str) -> bool:
    def fold(s: str) -> str:
        s = unicodedata.normalize("NFKC", s).translate(QUOTES)
        return "".join(s.replace("\u200b", "").replace("\u200c", "").replace("\u200d", "").split())  # spacing may differ

    g, a = fold(glyphs), fold(actual)
    if not a or g == a:
        return bool(a)
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, g, a, autojunk=False).get_opcodes():
        unknown = all(0xE000 <= ord(c) <= 0xF8FF or c == "\ufffd" for c in g[i1:i2])
        if op != "equal" and not (op == "replace" and i2 - i1 == 1 and unknown and a[j1:j2] in LIGATURES):
            return False
    return True


FOOTNOTE_RE = re.compile(r"^(?:\*{1,3}|†|‡|[¹²³])\s*[^\W\d_]")  # "* Text", "** Text", "† Text"; not "*50 points"


def _to_units(lines) -> list[Unit]:
    # Body size = the most common size weighted by characters; anything clearly larger is a heading.
    weights: dict[float, int] = {}
    for _, size, _, text, _, _ in lines:
        weights[round(size)] = weights.get(round(size), 0) + len(text)
    body = max(weights, key=weights.get)
    heading_sizes = sorted({round(s) for _, s, _, _, _, _ in lines if round(s) >= body * 1.15}, reverse=True)
    units: list[Unit] = []
    q_bold = False  # the weight of the open question's lines
    notes: list[Unit] = []  # footnotes waiting for the paragraph they interrupted to end
    note_at: tuple[int, int] | None = None  # (page, size) of the footnote being read

    def flush_notes() -> None:
        units.extend(notes)
        notes.clear()

    for page, size, bold, text, starts_block, in_table in lines:
        big = round(size) in heading_sizes
        # A footnote ("* Branch applications …", small type at the page's foot) is read where the page ends,
        # inside a paragraph that runs on to the next page: it follows that paragraph's end instead.
        if round(size) < body and not in_table and (FOOTNOTE_RE.match(text) or note_at == (page, round(size)) and not starts_block):
            if FOOTNOTE_RE.match(text) or not notes:
                notes.append(Unit("text", text, page, new_para=True))
            else:
                notes[-1].text += " " + text
            note_at = (page, round(size))
            continue
        note_at = None
        ended = not units or units[-1].type != "text" or units[-1].text.rstrip().endswith((".", "!", "?", ":", "।"))
        if notes and ((big and len(text) < 160) or (starts_block and page > notes[-1].page and ended)):
            flush_notes()  # after the paragraph that ran on to the next page, before anything new
        if is_question(text) and starts_block:
            q, answer = split_inline_answer(text)  # a one-line "Question: … Answer: …" FAQ
            units.append(Unit("question", q, page))
            q_bold = bold
            if answer:
                units.append(Unit("text", answer, page, new_para=True))
        elif (units and units[-1].type == "question" and not starts_block and not ANSWER_RE.match(text)
              and not units[-1].text.rstrip().endswith(("?", "？")) and bold == q_bold):
            # a question wrapped over two lines; an "A: …" line, a line after the question mark, or a
            # change of weight (a bold "Q1. …?" over a regular answer in one block) starts its answer
            units[-1].text += " " + text
        elif big and len(text) < 160:
            level = heading_sizes.index(round(size)) + 1
            if units and units[-1].type == "heading" and units[-1].level == level and units[-1].page == page and not starts_block:
                units[-1].text += " " + text  # a heading wrapped over two lines
            else:
                units.append(Unit("heading", text.rstrip(":").strip(), page, level))
        else:
            if text.startswith(("●", "•", "▪", "-", "–")):
                text = "- " + text.lstrip("●•▪-– ").strip()
                starts_block = True
            units.append(Unit("text", text, page, new_para=starts_block, table=in_table))
    flush_notes()
    return units
