"""Invisible OCR layers are trusted only where tesseract reads the same words off the page.

A searchable scan is a page image with an invisible text layer (render mode 3) over it. The layer
is what someone's OCR read — or whatever a forger typed: invisible text over a blank image, or over
a scan that says something else. Nothing on the page shows that text, so the renderer cannot vouch
for it; tesseract (through PyMuPDF) reads the rendered page and each word of the layer is kept only
where tesseract finds the same word at the same place. Without tesseract the layer is dropped and
a warning says so (`make ocr-deps`, or `apt-get install tesseract-ocr tesseract-ocr-eng
tesseract-ocr-hin`).
"""
from __future__ import annotations

import difflib
import functools
import os
import unicodedata

OCR_DPI = 200  # tesseract reads 10-pt print reliably from ~200 dpi
MIN_SIMILARITY = 0.8  # of letters, after case folding; digits must match exactly
MIN_OVERLAP = 0.3  # share of the smaller box an OCR word must share with the layer's word


@functools.lru_cache(maxsize=1)
def tessdata() -> str | None:
    """Tesseract's language folder, or None when tesseract is not installed."""
    import pymupdf

    try:
        path = os.environ.get("TESSDATA_PREFIX") or pymupdf.get_tessdata()
    except Exception:  # PyMuPDF raises a bare RuntimeError when it finds no installation
        return None
    return path if path and os.path.isfile(os.path.join(path, "eng.traineddata")) else None


def languages(path: str) -> str:
    return "+".join(lang for lang in ("eng", "hin") if os.path.isfile(os.path.join(path, f"{lang}.traineddata")))


def confirm(page, words) -> list[bool]:
    """For each word (with `text` and `bbox`), whether tesseract reads it at that place on the
    rendered page. All False when tesseract is absent."""
    path = tessdata()
    if not words or path is None:
        return [False] * len(words)
    tp = page.get_textpage_ocr(language=languages(path), dpi=OCR_DPI, full=True, tessdata=path)
    seen = [(w[:4], w[4]) for w in page.get_text("words", textpage=tp)]
    return [_read_there(w.text, w.bbox, seen) for w in words]


def _read_there(text: str, box, seen) -> bool:
    near = [t for b, t in seen if _overlap(box, b) >= MIN_OVERLAP]
    want, got = _fold(text), _fold(" ".join(near))
    if not want:
        return True  # punctuation: nothing to misread
    if not got:
        return False
    digits = "".join(c for c in want if c.isdigit())
    if digits and digits not in "".join(c for c in got if c.isdigit()):
        return False
    if want in got:
        return True
    return max(difflib.SequenceMatcher(None, want, _fold(t), autojunk=False).ratio() for t in near) >= MIN_SIMILARITY


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKC", s).casefold() if c.isalnum())


def _overlap(a, b) -> float:
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    if w <= 0 or h <= 0:
        return 0.0
    smaller = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return w * h / smaller if smaller > 0 else 0.0
