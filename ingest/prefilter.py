"""Fast rules against hidden text, run on PyMuPDF's text trace before the renderer's check.

They drop what is plainly hidden without rendering anything: text in render mode 3 or 7
(invisible, clip-only), at near-zero opacity, under 4 pt, or off the page. They only ever drop:
what they let through, `ingest.visibility` judges on the rendered page (tiny text, though, is left
to them — a 3-pt line changes pixels without being readable). Shapes over or under the text (a
white box, black on black) are the renderer's to judge too: the trace also lists shapes that are
never painted as drawn (a soft mask's own group), and a rule that believed them would drop every
visible line of the page. Invisible text over an image may be a scan's OCR layer: it is set aside
for `ingest.ocr` instead of dropped.

An image's place in the drawing order comes from the bbox log (its number in `get_image_info()` is
a different count); the text trace's sequence numbers share that order.
"""
from __future__ import annotations

import math

MIN_VISIBLE_PT = 4.0  # below this a glyph is unreadable on screen or paper
ALONG_SHARE = 0.6  # a line drawn word by word: its words' traces leave gaps (the spaces) but cover most of it


def _contains(outer, inner, tol: float = 1.0) -> bool:
    return (outer[0] - tol <= inner[0] and outer[1] - tol <= inner[1]
            and outer[2] + tol >= inner[2] and outer[3] + tol >= inner[3])


def _images(page) -> list[tuple[int, tuple]]:
    """(sequence number, bbox) of every image, in drawing order: what may lie beneath an OCR layer."""
    return [(i, tuple(box)) for i, (kind, box) in enumerate(page.get_bboxlog())
            if kind in ("fill-image", "fill-imgmask", "fill-shade")]


def trace_boxes(page) -> list[tuple[tuple, str | None]]:
    """Each span of the text trace: its box and "render" (may be visible: the renderer will tell),
    "ocr" (invisible, over an image: an OCR layer if tesseract agrees) or None (drawn invisibly)."""
    out = []
    prect = page.rect
    images = _images(page)
    for span in page.get_texttrace():
        box = tuple(span["bbox"])
        x0, y0, x1, y1 = box
        off_page = x1 <= prect.x0 or x0 >= prect.x1 or y1 <= prect.y0 or y0 >= prect.y1
        seq = span.get("seqno", -1)
        if off_page or span["size"] < MIN_VISIBLE_PT:
            how = None
        elif span.get("type") == 3:  # invisible: kept only as the OCR layer of an image beneath it
            how = "ocr" if any(n < seq and _contains(b, box) for n, b in images) else None
        elif span.get("opacity", 1.0) < 0.05:
            how = None
        else:
            # A shape over or under the text is left to the renderer: the trace lists shapes that are never
            # painted as such — a soft mask's own group (a page-size black fill that only says "mask
            # everything") sits in it like a cover over every line before it and a black page beneath
            # every line after; the rendered page shows neither
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
