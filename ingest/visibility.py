"""Text counts only if a reader can see it: the renderer decides, word by word.

Rule-by-rule filters (white text, tiny text, a box drawn over it) lose to the next trick: an image
drawn later, a blend mode, a soft mask, a group at opacity 0, a Type3 font whose glyphs draw
nothing. So each page is rendered in grey as it is, and again with glyphs taken out (MuPDF's
content filter drops them one by one; images and drawings stay as drawn), and a word is kept only
when its own glyphs change enough pixels, by enough, inside its glyph boxes. Whatever hides the
text — a cover, a clip, transparency, a colour that matches what lies beneath — leaves those
pixels unchanged.

A word is measured against the page without *its* glyphs. Most words overlap no other text, and
one rendering with every glyph removed serves them all. Words whose boxes overlap a different
word (a hidden line laid over a visible one, a watermark across the body) would borrow each
other's ink there, so they are taken out in rounds — no two overlapping words in the same round —
and each is measured against the page without itself; a pixel counts only if the glyphs change it
and it also differs from the text-free page (white text that erases part of a black word paints
nothing a reader can read).
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np

from ingest import pagecopies

log = logging.getLogger(__name__)

DPI = 100  # 11-pt body text is ~15 px tall: enough to see glyphs, cheap (~3 ms a page)
ZOOM = DPI / 72
# A pixel is ink when the glyphs change its grey level by at least this much (of 255), ~25 %. Body
# text (0.12 grey on white) changes its glyph cores by ~220; text under a 94 % white veil, at 5 %
# opacity or dark grey on black changes them by 10–40.
INK_DELTA = 64
MIN_INK_SHARE = 0.05  # ink pixels per pixel of the word's glyph boxes; visible words measure 0.15–0.5
MIN_INK_PX = 3  # and never fewer than this many, whatever the size
MIN_OVERLAP = 0.05  # share of the smaller word's box another word must cover to be measured apart
# Glyph boxes from the baseline: caps reach ~0.72 em, descenders ~0.21 em. Extraction boxes use
# the font's ascender and descender, which overlap the next line when leading is tight.
ASCENT, DESCENT = 0.78, 0.22


def glyph_flags() -> int:
    """Text-extraction flags: glyph text (not /ActualText, which can say anything), ligatures and
    spaces as drawn, nothing outside the media box."""
    import pymupdf

    return (pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_MEDIABOX_CLIP
            | pymupdf.TEXT_CID_FOR_UNKNOWN_UNICODE | pymupdf.TEXT_IGNORE_ACTUALTEXT)


@dataclass
class Word:
    text: str
    chars: list[str]  # each glyph's character
    origins: list[tuple[float, float]]  # each glyph's origin, page coordinates
    boxes: list[tuple[float, float, float, float]]  # each glyph's box, trimmed to the glyph band
    area: int = 0  # pixels of its glyph boxes on the page
    ink: int = 0  # of which its glyphs visibly change
    round: int = 0
    clashes: set[int] = field(default_factory=set)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        xs0, ys0, xs1, ys1 = zip(*self.boxes)
        return min(xs0), min(ys0), max(xs1), max(ys1)

    @property
    def visible(self) -> bool:
        if self.area == 0:  # off the page
            return False
        if not any(ch.isalnum() for ch in self.text):  # a bullet, a dash, a full stop: any ink will do
            return self.ink >= 1
        return self.ink >= max(MIN_INK_PX, MIN_INK_SHARE * self.area)


def words_of(spans: list[dict]) -> list[list[Word]]:
    """The words (runs of non-space glyphs) of rawdict spans, per span; a span needs its line's
    `dir` merged in."""
    out = []
    for span in spans:
        words, cur = [], []
        for ch in span["chars"] + [None]:
            if ch is not None and not ch["c"].isspace() and ch["c"] != "\u200b":
                cur.append(ch)
                continue
            if cur:
                words.append(Word("".join(c["c"] for c in cur), [c["c"] for c in cur], [tuple(c["origin"]) for c in cur],
                                  [_glyph_box(c, span) for c in cur]))
                cur = []
        out.append(words)
    return out


class PageCheck:
    """Judges the words of one page (`judge`). `page` is a page of `pagecopies.reader_view(doc_bytes)`, `bare`
    the same page of its `textless_copy`."""

    def __init__(self, page, doc_bytes: bytes, bare):
        import pymupdf

        self.pno, self.doc_bytes = page.number, doc_bytes
        self.shown, irect = _grey(page)
        self.blank = _fit(_grey(bare)[0], self.shown.shape)
        h, w = self.shape = self.shown.shape
        # page coordinates (unrotated, as text extraction gives them) → pixels of the rendering
        self.to_px = page.rotation_matrix * pymupdf.Matrix(ZOOM, ZOOM) * pymupdf.Matrix(1, 0, 0, 1, -irect[0], -irect[1])
        self.changed_from_blank = _changed(self.shown, self.blank)
        self.rounds = 0

    def judge(self, words: list[Word]) -> None:
        """Sets `area` and `ink` of each word (then `word.visible` says whether it is seen)."""
        if not words:
            return
        owner = np.repeat(np.arange(len(words)), [len(w.boxes) for w in words])
        glyphs = self._px_boxes([b for w in words for b in w.boxes])
        _find_clashes(words, self._px_boxes([w.bbox for w in words]).astype(np.float64))
        _colour(words)
        x0, y0, x1, y1 = glyphs.T
        area = np.bincount(owner, weights=(x1 - x0) * (y1 - y0), minlength=len(words))
        rounds = np.array([w.round for w in words])
        ink = np.zeros(len(words))
        for r in np.unique(rounds):
            without = self.blank if r == 0 else self._without([w for w in words if w.round == r])
            s = _integral(_changed(self.shown, without) & self.changed_from_blank)
            mine = rounds[owner] == r
            counts = s[y1, x1] - s[y0, x1] - s[y1, x0] + s[y0, x0]
            ink += np.bincount(owner[mine], weights=counts[mine], minlength=len(words))
        for w, a, i in zip(words, area, ink):
            w.area, w.ink = int(a), int(i)

    def _without(self, group: list[Word]) -> np.ndarray:
        """The page rendered without the glyphs of these words, each found by its origin and character
        (a glyph of another line that happens to start at the same point stays)."""
        import pymupdf

        wanted: dict[str, list[tuple[float, float]]] = {}
        for w in group:
            for ch, o in zip(w.chars, w.origins):
                wanted.setdefault(ch, []).append(o)
        at = {ch: np.array(v, dtype=np.float64) for ch, v in wanted.items()}
        anywhere = np.array([o for w in group for o in w.origins], dtype=np.float64)
        doc = pymupdf.open("pdf", self.doc_bytes)
        page = doc[self.pno]
        to_page = page.transformation_matrix  # PDF user space → page coordinates
        before = page.get_contents()

        def drop(x: float, y: float, ch: str) -> bool:
            p = pymupdf.Point(x, y) * to_page
            o = anywhere if ch == "\ufffd" else at.get(ch)  # a glyph with no Unicode: by place alone
            return o is not None and bool(np.any((np.abs(o[:, 0] - p.x) < 0.05) & (np.abs(o[:, 1] - p.y) < 0.05)))

        self.rounds += 1
        try:
            pagecopies.remove_glyphs(page, drop)
        except pymupdf.mupdf.FzErrorBase as e:
            log.warning("page %d: could not take overlapping words out to measure them (%s); they are dropped", self.pno + 1, e)
            return self.shown
        if page.get_contents() == before:  # the filter wrote nothing back: measure nothing (drop) rather than guess
            log.warning("page %d: could not take overlapping words out to measure them; they are dropped", self.pno + 1)
            return self.shown
        return _fit(_grey(page)[0], self.shape)

    def _px_boxes(self, boxes) -> np.ndarray:
        """Page-coordinate boxes → pixel boxes (x0, y0, x1, y1), rounded and clipped to the image."""
        b = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
        m = self.to_px
        xs = np.stack([b[:, 0], b[:, 2], b[:, 0], b[:, 2]], 1)
        ys = np.stack([b[:, 1], b[:, 1], b[:, 3], b[:, 3]], 1)
        px, py = xs * m.a + ys * m.c + m.e, xs * m.b + ys * m.d + m.f  # the four corners, rotation included
        h, w = self.shape
        x0 = np.clip(np.rint(px.min(1)), 0, w)
        x1 = np.clip(np.rint(px.max(1)), 0, w)
        y0 = np.clip(np.rint(py.min(1)), 0, h)
        y1 = np.clip(np.rint(py.max(1)), 0, h)
        return np.stack([x0, y0, np.maximum(x0, x1), np.maximum(y0, y1)], 1).astype(np.int64)


def _find_clashes(words: list[Word], boxes: np.ndarray) -> None:
    """Marks pairs of words with different text whose pixel boxes overlap by more than MIN_OVERLAP
    of the smaller one (the same text drawn twice — fake bold, a shadow — is no clash)."""
    if len(words) < 2:
        return
    x0, y0, x1, y1 = boxes.T
    iw = np.clip(np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :]), 0, None)
    ih = np.clip(np.minimum(y1[:, None], y1[None, :]) - np.maximum(y0[:, None], y0[None, :]), 0, None)
    area = (x1 - x0) * (y1 - y0)
    smaller = np.minimum(area[:, None], area[None, :])
    overlap = (iw * ih > MIN_OVERLAP * np.maximum(smaller, 1)) & (iw * ih > 0)
    np.fill_diagonal(overlap, False)
    for i, j in zip(*np.nonzero(np.triu(overlap))):
        if words[i].text != words[j].text:
            words[i].clashes.add(int(j))
            words[j].clashes.add(int(i))


def _colour(words: list[Word]) -> None:
    """Round 0: words that overlap nothing. Others: greedy colouring, no two clashing in a round."""
    for i, w in enumerate(words):
        if not w.clashes:
            continue
        taken = {words[j].round for j in w.clashes if j < i}
        w.round = next(r for r in range(1, len(words) + 2) if r not in taken)


def _glyph_box(ch: dict, span: dict) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = ch["bbox"]
    ox, oy = ch["origin"]
    size = span["size"]
    if tuple(span.get("dir", (1, 0))) == (1, 0) and y0 <= oy <= y1:  # horizontal text: the glyph band
        y0, y1 = max(y0, oy - ASCENT * size), min(y1, oy + DESCENT * size)
    return x0, y0, x1, y1


def _grey(page):
    import pymupdf

    pix = page.get_pixmap(matrix=pymupdf.Matrix(ZOOM, ZOOM), colorspace=pymupdf.csGRAY, alpha=False, annots=True)
    a = np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.height, pix.stride)[:, :pix.width]
    return a, tuple(pix.irect)


def _fit(a: np.ndarray, shape) -> np.ndarray:
    out = np.full(shape, 255, dtype=np.uint8)
    h, w = min(shape[0], a.shape[0]), min(shape[1], a.shape[1])
    out[:h, :w] = a[:h, :w]
    return out


def _changed(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.abs(a.astype(np.int16) - b.astype(np.int16)) >= INK_DELTA


def _integral(mask: np.ndarray) -> np.ndarray:
    s = np.zeros((mask.shape[0] + 1, mask.shape[1] + 1), dtype=np.int32)
    np.cumsum(mask, axis=0, dtype=np.int32, out=s[1:, 1:])
    np.cumsum(s[1:, 1:], axis=1, out=s[1:, 1:])
    return s
