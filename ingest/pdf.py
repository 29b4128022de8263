"""PDF reader (PyMuPDF): visible text only, in reading order, as `Unit`s.

Invisible text is dropped before anything else sees it, because a poisoned PDF can hide
instructions for the LLM in text a human never sees: render mode 3 (invisible), zero opacity,
white or near-white fill, sub-4pt glyphs, or glyphs outside the page box.
"""
from __future__ import annotations

from pathlib import Path

from ingest.units import IngestError, Unit, is_question

MIN_VISIBLE_PT = 4.0  # below this a glyph is unreadable on screen or paper
WHITE = 0.92  # every RGB component above this counts as white-on-white (pages are white here)


def _hidden_boxes(page) -> list[tuple[float, float, float, float]]:
    """Bounding boxes of spans drawn invisibly, from the low-level text trace."""
    boxes = []
    prect = page.rect
    for span in page.get_texttrace():
        color = span.get("color") or (0, 0, 0)
        white = len(color) >= 3 and min(color[:3]) > WHITE or (len(color) == 1 and color[0] > WHITE)
        x0, y0, x1, y1 = span["bbox"]
        off_page = x1 <= prect.x0 or x0 >= prect.x1 or y1 <= prect.y0 or y0 >= prect.y1
        if span.get("type") == 3 or span.get("opacity", 1.0) < 0.05 or white or span["size"] < MIN_VISIBLE_PT or off_page:
            boxes.append(span["bbox"])
    return boxes


def _inside(b, boxes) -> bool:
    cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    return any(x0 - 0.5 <= cx <= x1 + 0.5 and y0 - 0.5 <= cy <= y1 + 0.5 for x0, y0, x1, y1 in boxes)


def _visible(span, hidden, prect) -> bool:
    if not span["text"].strip() or span["size"] < MIN_VISIBLE_PT:
        return False
    x0, y0, x1, y1 = span["bbox"]
    if x1 <= prect.x0 or x0 >= prect.x1 or y1 <= prect.y0 or y0 >= prect.y1:
        return False
    return not (hidden and _inside(span["bbox"], hidden))


def open_pdf(path: Path):
    import pymupdf

    try:
        doc = pymupdf.open(path, filetype="pdf")
    except Exception as e:  # PyMuPDF raises several types for garbage input
        raise IngestError(f"{path.name}: not a readable PDF ({e.__class__.__name__}: {e})") from None
    if doc.needs_pass:
        raise IngestError(f"{path.name}: the PDF is encrypted (password-protected); decrypt it first")
    if doc.page_count == 0:
        raise IngestError(f"{path.name}: the PDF has no pages")
    return doc


def read_pdf(path: Path) -> list[Unit]:
    doc = open_pdf(path)
    lines: list[tuple[int, float, bool, str, bool]] = []  # page, size, bold, text, starts_block
    try:
        for pno, page in enumerate(doc, 1):
            hidden = _hidden_boxes(page)
            for block in page.get_text("dict")["blocks"]:
                if block.get("type") != 0:
                    continue
                first = True
                for line in block["lines"]:
                    spans = [s for s in line["spans"] if _visible(s, hidden, page.rect)]
                    text = "".join(s["text"] for s in spans).replace("\u200b", "").strip()
                    if not text:
                        continue
                    size = max(s["size"] for s in spans)
                    bold = all("bold" in s["font"].lower() or s["flags"] & 16 for s in spans if s["text"].strip())
                    lines.append((pno, size, bold, text, first))
                    first = False
    except IngestError:
        raise
    except Exception as e:
        raise IngestError(f"{path.name}: the PDF is damaged and could not be read ({e})") from None
    finally:
        doc.close()
    if not lines:
        raise IngestError(f"{path.name}: no visible text (a scanned image PDF needs OCR first)")
    return _to_units(lines)


def _to_units(lines) -> list[Unit]:
    # Body size = the most common size weighted by characters; anything clearly larger is a heading.
    weights: dict[float, int] = {}
    for _, size, _, text, _ in lines:
        weights[round(size)] = weights.get(round(size), 0) + len(text)
    body = max(weights, key=weights.get)
    heading_sizes = sorted({round(s) for _, s, _, _, _ in lines if round(s) >= body * 1.15}, reverse=True)
    units: list[Unit] = []
    for page, size, bold, text, starts_block in lines:
        big = round(size) in heading_sizes
        if is_question(text) and starts_block:
            units.append(Unit("question", text, page))
        elif units and units[-1].type == "question" and not starts_block:
            units[-1].text += " " + text  # a question wrapped over two lines
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
            units.append(Unit("text", text, page, new_para=starts_block))
    return units
