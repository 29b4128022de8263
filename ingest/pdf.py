"""PDF reader (PyMuPDF): visible text only, in reading order, as `Unit`s.

Invisible text is dropped before anything else sees it, because a poisoned PDF can hide
instructions or false facts for the LLM in text a human never sees. A span is kept only when the
low-level text trace shows it painted (render modes 3 and 7 — invisible and clip-only — are not),
opaque, at least 4 pt, on the page, with readable contrast against whatever is drawn beneath it
(the white page, or a filled shape: black on black is as hidden as white on white), and not
covered afterwards by an opaque shape or image (z-order from the drawing sequence numbers).
"""
from __future__ import annotations

from pathlib import Path

from ingest.units import IngestError, Unit, is_question, split_inline_answer

MIN_VISIBLE_PT = 4.0  # below this a glyph is unreadable on screen or paper
MIN_CONTRAST = 1.5  # WCAG contrast ratio; 0.9 grey on white is 1.25, mid grey 2.9, black 21
WHITE = (1.0, 1.0, 1.0)


def _rgb(color) -> tuple[float, float, float] | None:
    if not color:
        return None
    if len(color) == 1:
        return (color[0],) * 3
    if len(color) == 4:  # CMYK
        c, m, y, k = color
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return tuple(color[:3])


def _contrast(a, b) -> float:
    def lum(rgb):
        lin = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in rgb]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    la, lb = sorted((lum(a), lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _contains(outer, inner, tol: float = 1.0) -> bool:
    return (outer[0] - tol <= inner[0] and outer[1] - tol <= inner[1]
            and outer[2] + tol >= inner[2] and outer[3] + tol >= inner[3])


def _opaque_fills(page) -> list[tuple[int, tuple, tuple | None, list | None]]:
    """(sequence number, bbox, fill colour or None for an image, polygon or None for a rectangle) of
    opaque filled shapes and images. Rectangles are exact; any other filled path (a rounded banner,
    a polygon drawn over text) is kept as the polygon of its points, so containment is tested
    against the shape, not its bounding box."""
    fills = []
    for d in page.get_drawings():
        if d.get("fill") is None or (d.get("fill_opacity") or 1.0) < 0.95:
            continue
        colour = _rgb(d["fill"])
        if all(item[0] == "re" for item in d["items"]):
            fills += [(d["seqno"], tuple(item[1]), colour, None) for item in d["items"]]
        else:
            fills.append((d["seqno"], tuple(d["rect"]), colour, _polygon(d["items"])))
    for im in page.get_image_info():
        if not im.get("has-mask") and "number" in im:  # an image with an alpha mask may be see-through
            fills.append((im["number"], tuple(im["bbox"]), None, None))
    return sorted(fills, key=lambda f: f[0])


def _polygon(items) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for it in items:
        if it[0] == "re":
            r = it[1]
            pts += [(r.x0, r.y0), (r.x1, r.y0), (r.x1, r.y1), (r.x0, r.y1)]
        elif it[0] == "qu":
            pts += [(p.x, p.y) for p in (it[1].ul, it[1].ur, it[1].lr, it[1].ll)]
        elif it[0] == "l":
            pts += [(it[1].x, it[1].y), (it[2].x, it[2].y)]
        elif it[0] == "c":  # a curve: its end points (rounded corners are cut, which only shrinks the shape)
            pts += [(it[1].x, it[1].y), (it[4].x, it[4].y)]
    return pts


def _in_polygon(x: float, y: float, poly: list[tuple[float, float]]) -> bool:
    inside, j = False, len(poly) - 1
    for i in range(len(poly)):
        (xi, yi), (xj, yj) = poly[i], poly[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi + 1e-12) + xi:
            inside = not inside
        j = i
    return inside


def _covers(fill, box) -> bool:
    """Whether the filled shape lies over (or under) the whole text box."""
    if not _contains(fill[1], box):
        return False
    poly = fill[3]
    if poly is None:
        return True
    x0, y0, x1, y1 = box[0] + 1, box[1] + 1, box[2] - 1, box[3] - 1  # a point inside each corner
    return len(poly) >= 3 and all(_in_polygon(x, y, poly) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1)))


def _trace_boxes(page) -> tuple[list[tuple], list[tuple]]:
    """Bounding boxes of painted-and-visible spans, and of spans drawn invisibly."""
    visible, hidden = [], []
    prect = page.rect
    fills = _opaque_fills(page)
    # A searchable scan: a page-sized image with an invisible OCR text layer over it. That text is
    # what the image shows, so it is kept; invisible text anywhere else is not.
    scans = [f for f in fills if f[2] is None and _area(f[1]) >= 0.5 * _area(tuple(prect))]
    for span in page.get_texttrace():
        box = tuple(span["bbox"])
        x0, y0, x1, y1 = box
        off_page = x1 <= prect.x0 or x0 >= prect.x1 or y1 <= prect.y0 or y0 >= prect.y1
        seq = span.get("seqno", -1)
        under = [f for f in fills if f[0] < seq and _covers(f, box)]
        bg = under[-1][2] if under else WHITE  # the topmost shape beneath; None = an image (unknown colour)
        fg = _rgb(span.get("color")) or (0.0, 0.0, 0.0)
        low_contrast = bg is not None and _contrast(fg, bg) < MIN_CONTRAST
        covered = any(f[0] > seq and _covers(f, box) for f in fills)
        ocr_layer = span.get("type") == 3 and any(f[0] < seq and _covers(f, box) for f in scans)
        if ocr_layer:
            low_contrast = covered = False
        if ((span.get("type") == 3 and not ocr_layer) or span.get("opacity", 1.0) < 0.05 or low_contrast or covered
                or span["size"] < MIN_VISIBLE_PT or off_page):
            hidden.append(box)
        else:
            visible.append(box)
    return visible, hidden


def _area(r) -> float:
    return max(0.0, r[2] - r[0]) * max(0.0, r[3] - r[1])


def _inside(b, boxes) -> bool:
    cx, cy = (b[0] + b[2]) / 2, (b[1] + b[3]) / 2
    return any(x0 - 0.5 <= cx <= x1 + 0.5 and y0 - 0.5 <= cy <= y1 + 0.5 for x0, y0, x1, y1 in boxes)


def _visible(span, shown, hidden, prect) -> bool:
    if not span["text"].strip() or span["size"] < MIN_VISIBLE_PT:
        return False
    x0, y0, x1, y1 = span["bbox"]
    if x1 <= prect.x0 or x0 >= prect.x1 or y1 <= prect.y0 or y0 >= prect.y1:
        return False
    # Positive evidence: text the trace never painted (clip-only render mode 7) is not shown.
    return _inside(span["bbox"], shown) and not (hidden and _inside(span["bbox"], hidden))


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


def read_pdf(path: Path, allow_damaged: bool = False) -> list[Unit]:
    doc = open_pdf(path, allow_damaged)
    lines: list[tuple[int, float, bool, str, bool]] = []  # page, size, bold, text, starts_block
    try:
        for pno, page in enumerate(doc, 1):
            shown, hidden = _trace_boxes(page)
            for block in page.get_text("dict")["blocks"]:
                if block.get("type") != 0:
                    continue
                first = True
                for line in block["lines"]:
                    spans = [s for s in line["spans"] if _visible(s, shown, hidden, page.rect)]
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
            q, answer = split_inline_answer(text)  # a one-line "Question: … Answer: …" FAQ
            units.append(Unit("question", q, page))
            if answer:
                units.append(Unit("text", answer, page, new_para=True))
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
