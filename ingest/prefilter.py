"""Fast rules against hidden text, run on PyMuPDF's text trace before the renderer's check.

They drop what is plainly hidden without rendering anything: text in render mode 3 or 7
(invisible, clip-only), at near-zero opacity, under 4 pt, off the page, with too little contrast
against the filled shape beneath it (black on black is as hidden as white on white), or covered
by an opaque shape drawn later. They only ever drop: what they let through, `ingest.visibility`
judges on the rendered page (tiny text, though, is left to them — a 3-pt line changes pixels
without being readable). Invisible text over an image may be a scan's OCR layer: it is set aside
for `ingest.ocr` instead of dropped.

Z-order is the trace's sequence number, which `get_drawings()` and `get_bboxlog()` share; an image's
place in that order comes from the bbox log (its number in `get_image_info()` is a different count).
"""
from __future__ import annotations

import math

MIN_VISIBLE_PT = 4.0  # below this a glyph is unreadable on screen or paper
MIN_CONTRAST = 1.5  # WCAG contrast ratio; 0.9 grey on white is 1.25, mid grey 2.9, black 21
ALONG_SHARE = 0.6  # a line drawn word by word: its words' traces leave gaps (the spaces) but cover most of it
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
    """(sequence number, bbox, fill colour, polygon or None for a rectangle) of opaque filled
    shapes. Rectangles are exact; any other filled path (a rounded banner,
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
    return sorted(fills, key=lambda f: f[0])


def _images(page) -> list[tuple[int, tuple, None, None]]:
    """(sequence number, bbox, None, None) of every image, in drawing order. An image is never taken
    as a cover here (it may be see-through: an alpha channel, a soft mask, a blend mode); the
    renderer sees what it hides. It only tells that the colour beneath the text is unknown."""
    return [(i, tuple(box), None, None) for i, (kind, box) in enumerate(page.get_bboxlog())
            if kind in ("fill-image", "fill-imgmask", "fill-shade")]


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


def trace_boxes(page) -> list[tuple[tuple, str | None]]:
    """Each span of the text trace: its box and "render" (may be visible: the renderer will tell),
    "ocr" (invisible, over an image: an OCR layer if tesseract agrees) or None (drawn invisibly)."""
    out = []
    prect = page.rect
    fills = _opaque_fills(page)
    images = _images(page)
    for span in page.get_texttrace():
        box = tuple(span["bbox"])
        x0, y0, x1, y1 = box
        off_page = x1 <= prect.x0 or x0 >= prect.x1 or y1 <= prect.y0 or y0 >= prect.y1
        seq = span.get("seqno", -1)
        under = [f for f in fills + images if f[0] < seq and _covers(f, box)]
        under.sort(key=lambda f: f[0])
        bg = under[-1][2] if under else WHITE  # the topmost shape beneath; None = an image (unknown colour)
        fg = _rgb(span.get("color")) or (0.0, 0.0, 0.0)
        low_contrast = bg is not None and _contrast(fg, bg) < MIN_CONTRAST
        covered = any(f[0] > seq and _covers(f, box) for f in fills)
        if off_page or span["size"] < MIN_VISIBLE_PT:
            how = None
        elif span.get("type") == 3:  # invisible: kept only as the OCR layer of an image beneath it
            how = "ocr" if any(f[0] < seq and _covers(f, box) for f in images) else None
        elif span.get("opacity", 1.0) < 0.05 or low_contrast or covered:
            how = None
        else:
            how = "render"
        out.append((box, how))
    return out


def verdict(bbox, text: str, size: float, traced, prect) -> str | None:
    """"render", "ocr" or None for a text-extraction span: the verdict on the traced span that
    matches it best (the largest overlap with its box — a hidden line laid over a visible one, or a
    watermark across it, must not decide for the visible one)."""
    if not text.strip() or size < MIN_VISIBLE_PT:
        return None
    x0, y0, x1, y1 = bbox
    if x1 <= prect.x0 or x0 >= prect.x1 or y1 <= prect.y0 or y0 >= prect.y1:
        return None
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    best, how = 0.0, None
    for (a0, b0, a1, b1), h in traced:
        if not (a0 - 0.5 <= cx <= a1 + 0.5 and b0 - 0.5 <= cy <= b1 + 0.5):
            continue
        inter = max(0.0, min(x1, a1) - max(x0, a0)) * max(0.0, min(y1, b1) - max(y0, b0))
        union = (x1 - x0) * (y1 - y0) + (a1 - a0) * (b1 - b0) - inter
        iou = inter / union if union > 0 else 0.0
        # ties (the same line drawn twice) go to the hidden verdict
        if iou > best + 1e-6 or (abs(iou - best) <= 1e-6 and h is None):
            best, how = iou, h
    if best > 0:
        return how
    # Justified text is often drawn word by word: one trace per word, while extraction gives the line as
    # one span whose centre can fall in the gap between two words' traces. Then the traces along the span
    # decide — only when they account for most of its width and none of them is drawn invisibly (the
    # renderer still judges each word after this).
    along = [(t, h) for t, h in traced if t[1] <= cy <= t[3] and t[0] < x1 and t[2] > x0]
    width = math.fsum(min(x1, t[2]) - max(x0, t[0]) for t, _ in along)
    if along and width >= ALONG_SHARE * (x1 - x0) and all(h is not None for _, h in along):
        return "ocr" if any(h == "ocr" for _, h in along) else "render"
    # Positive evidence: a span no traced span accounts for (clip-only render mode 7) is not shown.
    return None
