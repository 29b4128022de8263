"""Build the twenty-eighth evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card and its
variants, the app and its onboarding steps, the partner stores and registry,
people, phone numbers, e-mail addresses, codes, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/twenty-eighth-doc/build_pdf.py

Only the base-14 fonts are used (Helvetica, Times and Courier families), so the
rupee sign is written as "Rs." throughout.  The output is deterministic (fixed
metadata dates, no new document id, images built from fixed bytes).

The document deliberately contains four spans of HIDDEN text, each on its own
page: text with fill opacity 0, text painted in exactly the colour of the
tinted box it sits in, text in render mode 7 (added to the clipping path only,
never painted) and text covered by an opaque raster image placed later.  They
state fake facts a reader cannot see; a correct assistant must ignore them.
They are listed in README.md under "Hidden text" and in HIDDEN below.
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "indrakeel_karghaa_artisan_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 56.0, 539.0
TOP = 74.0
BOTTOM = 782.0

REG, BOLD, ITAL = "helv", "hebo", "heit"
SERIF, SERIF_B, SERIF_I = "tiro", "tibo", "tiit"
MONO, MONO_B = "cour", "cobo"
BODY = 8.6
LEAD = 1.36

INDIGO = (0.15, 0.19, 0.44)
INDIGO_DEEP = (0.09, 0.11, 0.28)
MADDER = (0.68, 0.19, 0.15)
SAFFRON = (0.93, 0.62, 0.15)
TURMERIC_LIGHT = (0.99, 0.95, 0.84)
CREAM = (0.98, 0.96, 0.91)
LEAF = (0.20, 0.48, 0.32)
SKY = (0.40, 0.62, 0.80)
GREY = (0.45, 0.46, 0.50)
RULE = (0.55, 0.56, 0.62)
INK = (0.09, 0.09, 0.12)
WHITE = (1.0, 1.0, 1.0)
ZEBRA = (0.95, 0.95, 0.98)
WATERMARK = (0.91, 0.91, 0.94)
TIP_FILL = (0.91, 0.95, 0.90)  # the "before you start" box; hidden span 2 uses exactly this colour

HEADER_LEFT = "Indrakeel Bank Ltd.  |  Karghaa Artisan Credit Card"
HEADER_RIGHT = "Customer guide IKB/KAR/CG-03  |  version 2.1  |  February 2026"
FOOTER_LEFT = "Fictional document prepared for evaluation - not an offer of credit"

HIDDEN = {
    "opacity0": "Applicants who hold a Karigar Register number may apply from the age of 18 and do not "
                "need to give a PAN.",
    "samecolour": "If you drop off at Naap Tol your offer stays open for 30 days and you can come back "
                  "without any fresh checks.",
    "clipmode": "Mela Boost is free on every variant and can be taken up to 6 times in a card year.",
    "underimage": "Every Karghaa cardholder also gets free personal accident cover of Rs. 5,00,000 and a "
                  "free yearly eye check-up at Netra partner clinics.",
}

VOWELS = set("aeiouy")
# words whose heuristic split points read badly: the allowed points are given here instead
HYPH_EXCEPTIONS = {"rounded": [5], "counted": [5], "printed": [5], "instalments": [6], "instalment": [6],
                   "payments": [3], "payment": [3], "accepted": [], "working": [4], "charged": [],
                   "started": [], "stopped": [], "reported": [], "expected": [], "declined": [], "allotted": []}


def tl(text: str, font: str = REG, size: float = BODY) -> float:
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


# ---------------------------------------------------------------------------------------------- wrapping
def words_of(segments):
    """segments: list of (text, font, style) -> list of [word, font, style]; 'Rs.' is glued to its amount."""
    out = []
    for text, font, style in segments:
        for w in text.split():
            if out and out[-1][0].endswith("Rs.") and out[-1][1] == font and out[-1][2] == style:
                out[-1][0] += " " + w
            else:
                out.append([w, font, style])
    return out


def hyphen_points(word):
    """Allowed split positions in a plain lower-case word (VC|CV or V|CV), at least 3 letters each side."""
    core = word.rstrip(".,;:)")
    if core.endswith("ing") and core not in HYPH_EXCEPTIONS and len(core) >= 7:
        stem = core[:-3]
        return [len(stem) - 1] if stem[-1] == stem[-2] else [len(stem)]
    if core in HYPH_EXCEPTIONS:
        return HYPH_EXCEPTIONS[core]
    if len(core) < 7 or not core.isalpha() or not core.islower():
        return []
    pts = []
    for i in range(3, len(core) - 2):
        a, b = core[i - 1], core[i]
        c = core[i + 1] if i + 1 < len(core) else ""
        if a not in VOWELS and b not in VOWELS and a != b and c in VOWELS:
            pts.append(i)
        elif a in VOWELS and b not in VOWELS and c in VOWELS:
            pts.append(i)
    return pts


def wrap(segments, width, size, hyphenate=False, first_indent=0.0, indent_lines=0):
    """Greedy wrap. Returns lines: list of (words, hyphenated) where words = [[text, font, style], ...].

    first_indent narrows the first `indent_lines` lines (for a drop cap)."""
    words = words_of(segments)
    lines = []
    cur, cur_w = [], 0.0
    k = 0
    stats = {"hyphens": 0}

    def avail():
        return width - (first_indent if len(lines) < indent_lines else 0.0)

    while k < len(words):
        w, f, st = words[k]
        sp = tl(" ", f, size)
        ww = tl(w, f, size)
        add = ww if not cur else sp + ww
        if cur_w + add <= avail() or not cur:
            cur.append([w, f, st])
            cur_w += add
            k += 1
            continue
        # does not fit: try to hyphenate
        done = False
        if hyphenate and st is None and f in (REG, SERIF):
            room = avail() - cur_w - sp
            best = None
            for i in hyphen_points(w):
                if tl(w[:i] + "-", f, size) <= room:
                    best = i
            if best is not None:
                cur.append([w[:best] + "-", f, st])
                lines.append((cur, True))
                stats["hyphens"] += 1
                words[k] = [w[best:], f, st]
                cur, cur_w = [], 0.0
                done = True
        if not done:
            lines.append((cur, False))
            cur, cur_w = [], 0.0
    if cur:
        lines.append((cur, False))
    return lines, stats["hyphens"]


# ---------------------------------------------------------------------------------------------- builder
class Builder:
    def __init__(self):
        self.doc = pymupdf.open()
        self.page = None
        self.y = TOP
        self.hyphens = 0
        self.hidden_pages = {}
        self.new_page(first=True)

    # ------------------------------------------------------------------ pages
    def new_page(self, first=False):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.y = TOP
        p = self.page
        # diagonal watermark, drawn first so that everything else lies over it
        wm = "KARGHAA  CUSTOMER  COPY"
        size = 46
        w = tl(wm, BOLD, size)
        cx, cy = PAGE_W / 2, PAGE_H / 2 + 20
        start = pymupdf.Point(cx - w / 2, cy + size * 0.35)
        p.insert_text(start, wm, fontname=BOLD, fontsize=size, color=WATERMARK,
                      morph=(pymupdf.Point(cx, cy), pymupdf.Matrix(38)))
        if not first:
            p.draw_rect(pymupdf.Rect(0, 0, PAGE_W, 6), color=None, fill=INDIGO, width=0)
            p.draw_rect(pymupdf.Rect(0, 6, PAGE_W, 8), color=None, fill=SAFFRON, width=0)
            self.put(LM, 30, HEADER_LEFT, BOLD, 8.0, INDIGO)
            self.put(RM - tl(HEADER_RIGHT, REG, 7.0), 30, HEADER_RIGHT, REG, 7.0, GREY)
            p.draw_line((LM, 37), (RM, 37), color=MADDER, width=0.9)
            p.draw_line((LM, 39), (RM, 39), color=MADDER, width=0.3)

    def ensure(self, h):
        if self.y + h > BOTTOM:
            self.new_page()

    # ------------------------------------------------------------------ primitives
    def put(self, x, y, text, font=REG, size=BODY, color=INK, page=None, **kw):
        (page or self.page).insert_text((x, y), text, fontname=font, fontsize=size, color=color, **kw)

    def draw_words_line(self, x, y, words, size, color, justify_width=None):
        """Draw one line of words. If justify_width is given, stretch the gaps to fill it."""
        if justify_width is not None and len(words) > 1:
            total = sum(tl(w, f, size) for w, f, _ in words)
            gap = (justify_width - total) / (len(words) - 1)
            for w, f, st in words:
                self.word(x, y, w, f, size, color, st)
                x += tl(w, f, size) + gap
            return
        # merge runs of the same font/style
        runs = []
        for w, f, st in words:
            if runs and runs[-1][1] == f and runs[-1][2] == st:
                runs[-1][0] += " " + w
            else:
                runs.append([w, f, st])
        for i, (t, f, st) in enumerate(runs):
            self.word(x, y, t, f, size, color, st)
            x += tl(t, f, size)
            if i + 1 < len(runs):
                x += tl(" ", f, size)

    def word(self, x, y, text, font, size, color, style):
        if style == "strike":
            self.put(x, y, text, font, size, GREY)
            w = tl(text, font, size)
            self.page.draw_line((x - 0.5, y - size * 0.3), (x + w + 0.5, y - size * 0.3), color=MADDER, width=0.8)
        else:
            self.put(x, y, text, font, size, color)

    # ------------------------------------------------------------------ blocks
    def heading(self, num, title):
        self.ensure(95)
        self.y += 12
        p = self.page
        y = self.y + 16
        self.put(LM, y, num, SERIF_B, 20, MADDER)
        x = LM + tl(num, SERIF_B, 20) + 8
        self.put(x, y - 2, title.upper(), BOLD, 11.5, INDIGO)
        # a small woven rule: alternating indigo and saffron dashes
        yy = y + 6
        xx = LM
        k = 0
        while xx < RM:
            x2 = min(xx + 9, RM)
            p.draw_line((xx, yy), (x2, yy), color=INDIGO if k % 2 == 0 else SAFFRON, width=2.0)
            xx = x2
            k += 1
        self.y = yy + 8

    def subheading(self, text, color=INDIGO):
        self.ensure(34)
        self.y += 5
        self.put(LM, self.y + 9, text, BOLD, 9.6, color)
        self.y += 15

    def justified(self, text, size=BODY, dropcap=False, x0=LM, x1=RM, font=REG, gap_after=5.0, color=INK,
                  segments=None):
        """A justified paragraph with hyphenated line breaks; optionally opened by a two-line drop cap.

        `segments` ([(text, font), ...]) replaces `text` for a paragraph that mixes fonts."""
        lh = size * LEAD
        first_indent = 0.0
        cap = None
        if dropcap:
            cap, text = text[0], text[1:]
            cap_size = size * 3.1
            first_indent = tl(cap, SERIF_B, cap_size) + 5
        segs = [(t, f, None) for t, f in segments] if segments else [(text, font, None)]
        lines, nh = wrap(segs, x1 - x0, size, hyphenate=True,
                         first_indent=first_indent, indent_lines=2 if dropcap else 0)
        self.hyphens += nh
        self.ensure(lh * min(3, len(lines)) + 2)
        if dropcap:
            base = self.y + 2 * lh - size * 0.28
            self.put(x0, base, cap, SERIF_B, size * 3.1, MADDER)
        for i, (words, hyph) in enumerate(lines):
            self.ensure(lh)
            self.y += lh
            xs = x0 + (first_indent if (dropcap and i < 2) else 0.0)
            last = i == len(lines) - 1
            jw = None if last else (x1 - xs)
            self.draw_words_line(xs, self.y - size * 0.28, words, size, color, justify_width=jw)
        self.y += gap_after

    def rich(self, segments, size=BODY, x0=LM, x1=RM, indent=0.0, gap_after=3.0, color=INK, hang=0.0):
        lh = size * LEAD
        lines, _ = wrap(segments, x1 - x0 - indent - hang, size)
        for i, (words, _h) in enumerate(lines):
            self.ensure(lh)
            self.y += lh
            xs = x0 + indent + (hang if i > 0 else 0.0)
            self.draw_words_line(xs, self.y - size * 0.28, words, size, color)
        self.y += gap_after

    def para(self, text, **kw):
        self.rich([(text, kw.pop("font", REG), None)], **kw)

    def lv(self, label, value, **kw):
        self.rich([(label + ":", BOLD, None), (value, REG, None)], **kw)

    def bullet(self, text, lead=None, size=BODY, x0=LM, x1=RM, indent=4.0, mark=MADDER, gap_after=2.0):
        lh = size * LEAD
        segs = ([(lead, BOLD, None)] if lead else []) + [(text, REG, None)]
        lines, nh = wrap(segs, x1 - x0 - indent - 10, size, hyphenate=True)
        self.hyphens += nh
        self.ensure(lh * min(2, len(lines)))
        for i, (words, _h) in enumerate(lines):
            self.ensure(lh)
            self.y += lh
            if i == 0:
                cy = self.y - size * 0.28 - size * 0.3
                self.page.draw_rect(pymupdf.Rect(x0 + indent, cy - 1.8, x0 + indent + 3.6, cy + 1.8),
                                    color=None, fill=mark, width=0)
            jw = None if i == len(lines) - 1 else (x1 - x0 - indent - 10)
            self.draw_words_line(x0 + indent + 10, self.y - size * 0.28, words, size, INK, justify_width=jw)
        self.y += gap_after

    def space(self, h):
        self.y += h

    # ------------------------------------------------------------------ tables
    def table(self, widths, header, rows, size=7.9, caption=None, mono_cols=(), bold_first=True,
              header_fill=INDIGO, align_right=(), repeat_caption=None, min_rows_on_page=2):
        """Ruled table. Cells are strings; '~~x~~' marks struck-through text. Header repeats on a page break."""
        lh = size * 1.3
        pad = 3.2
        x0 = LM
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)

        def cell_lines(text, ci, is_header):
            segs = []
            font = BOLD if is_header or (bold_first and ci == 0) else REG
            if ci in mono_cols and not is_header:
                font = MONO_B
            parts = text.split("~~")
            for j, part in enumerate(parts):
                if part.strip():
                    segs.append((part, font, "strike" if j % 2 == 1 else None))
            lines, _ = wrap(segs, widths[ci] - 2 * pad, size)
            return lines

        def row_height(cells, is_header):
            return max(len(cell_lines(c, i, is_header)) for i, c in enumerate(cells)) * lh + 2 * pad

        def draw_row(cells, is_header, zebra):
            h = row_height(cells, is_header)
            p = self.page
            r = pymupdf.Rect(xs[0], self.y, xs[-1], self.y + h)
            if is_header:
                p.draw_rect(r, color=None, fill=header_fill, width=0)
            elif zebra:
                p.draw_rect(r, color=None, fill=ZEBRA, width=0)
            for i, c in enumerate(cells):
                lines = cell_lines(c, i, is_header)
                yy = self.y + pad
                for words, _h in lines:
                    yy += lh
                    wdt = sum(tl(w, f, size) for w, f, _ in words) + tl(" ", REG, size) * (len(words) - 1)
                    xx = xs[i] + pad
                    if i in align_right and not is_header:
                        xx = xs[i + 1] - pad - wdt
                    self.draw_words_line(xx, yy - size * 0.25, words, size, WHITE if is_header else INK)
            # grid
            for xv in xs:
                p.draw_line((xv, self.y), (xv, self.y + h), color=RULE, width=0.5)
            p.draw_line((xs[0], self.y), (xs[-1], self.y), color=RULE, width=0.5)
            p.draw_line((xs[0], self.y + h), (xs[-1], self.y + h), color=RULE, width=0.5)
            self.y += h

        if caption:
            need = 14 + row_height(header, True) + sum(row_height(r, False) for r in rows[:min_rows_on_page])
            self.ensure(need)
            self.put(LM, self.y + 10, caption, BOLD, 8.6, MADDER)
            self.y += 15
        draw_row(header, True, False)
        for n, r in enumerate(rows):
            h = row_height(r, False)
            if self.y + h > BOTTOM:
                self.new_page()
                cap = repeat_caption or ((caption + " (continued)") if caption else None)
                if cap:
                    self.put(LM, self.y + 10, cap, BOLD, 8.6, MADDER)
                    self.y += 15
                draw_row(header, True, False)
            draw_row(r, False, n % 2 == 1)
        self.y += 6

    # ------------------------------------------------------------------ boxes
    def box_text(self, title, lines_spec, fill, edge, size=8.3, x0=LM, x1=RM, hidden_same_colour=None):
        """A tinted box with a title and bullet lines; optionally a hidden line in exactly the fill colour."""
        lh = size * LEAD
        inner = x1 - x0 - 20
        wrapped = [wrap([(t, REG, None)], inner - 10, size)[0] for t in lines_spec]
        n = sum(len(w) for w in wrapped)
        h = 10 + 14 + n * lh + len(lines_spec) * 2 + 8 + (lh + 2 if hidden_same_colour else 0)
        self.ensure(h + 4)
        p = self.page
        r = pymupdf.Rect(x0, self.y, x1, self.y + h)
        p.draw_rect(r, color=edge, fill=fill, width=0.8, radius=0.06)
        y = self.y + 8 + 10
        self.put(x0 + 10, y, title, BOLD, 9.2, edge)
        y += 4
        for wl in wrapped:
            for i, (words, _h) in enumerate(wl):
                y += lh
                if i == 0:
                    p.draw_circle((x0 + 13, y - size * 0.28 - size * 0.3), 1.7, color=None, fill=edge)
                self.draw_words_line(x0 + 20, y - size * 0.28, words, size, INK)
            y += 2
        if hidden_same_colour:
            y += lh
            self.put(x0 + 20, y - size * 0.28, hidden_same_colour, REG, size, fill)
            self.hidden_pages["samecolour"] = len(self.doc)
        self.y += h + 8

    def step_block(self, n, name, gloss, items):
        """Onboarding step: a coloured number disc, name in bold, gloss in italics, then label lines."""
        size = 8.3
        lh = size * LEAD
        x_text = LM + 34
        wrapped = [wrap([(lab + ":", BOLD, None), (val, REG, None)], RM - x_text - 4, size)[0] for lab, val in items]
        h = 16 + sum(len(w) for w in wrapped) * lh + 8
        self.ensure(h)
        p = self.page
        cy = self.y + 11
        p.draw_circle((LM + 12, cy), 11, color=None, fill=INDIGO)
        num = str(n)
        self.put(LM + 12 - tl(num, BOLD, 11) / 2, cy + 4, num, BOLD, 11, WHITE)
        self.put(x_text, self.y + 12, f"Step {n} - {name}", BOLD, 10, MADDER)
        self.put(x_text + tl(f"Step {n} - {name}", BOLD, 10) + 8, self.y + 12, gloss, SERIF_I, 9.4, GREY)
        y = self.y + 16
        for wl in wrapped:
            for words, _h in wl:
                y += lh
                self.draw_words_line(x_text, y - size * 0.28, words, size, INK)
        p.draw_line((LM + 12, cy + 13), (LM + 12, y + 4), color=SAFFRON, width=1.2)
        self.y = y + 9

    # ------------------------------------------------------------------ hidden text
    def hidden_opacity0(self, x, y, text, size=BODY):
        self.page.insert_text((x, y), text, fontname=REG, fontsize=size, color=INK, fill_opacity=0)
        self.hidden_pages["opacity0"] = len(self.doc)

    def hidden_clipmode(self, x, y, text, size=BODY):
        self.page.insert_text((x, y), text, fontname=REG, fontsize=size, color=INK, render_mode=7)
        self.hidden_pages["clipmode"] = len(self.doc)

    def hidden_underimage(self, x, y, text, size=BODY):
        """Write the text, then lay an opaque woven-pattern raster band over it."""
        self.page.insert_text((x, y + size), text, fontname=REG, fontsize=size, color=INK)
        w = tl(text, REG, size)
        rect = pymupdf.Rect(x - 4, y - 3, max(x + w + 4, RM), y + size + 6)
        self.page.insert_image(rect, pixmap=woven_pixmap(), keep_proportion=False)
        self.hidden_pages["underimage"] = len(self.doc)
        return rect


def woven_pixmap():
    """A small deterministic raster of a woven check (indigo, saffron, cream), used as a decorative band."""
    w, h = 96, 8
    pal = {0: (38, 48, 112), 1: (237, 158, 38), 2: (250, 244, 232), 3: (173, 48, 38)}
    data = bytearray()
    for y in range(h):
        for x in range(w):
            warp = (x // 3) % 4
            weft = (y // 2) % 2
            if weft == 0:
                c = pal[warp if warp != 2 else 2]
            else:
                c = pal[(warp + 1) % 4]
            data += bytes(c)
    return pymupdf.Pixmap(pymupdf.csRGB, w, h, bytes(data), 0)


# ---------------------------------------------------------------------------------------------- drawings
def comb(b, x, y, label, value, boxes, bw=10.5):
    p = b.page
    b.put(x, y - 3, label, BOLD, 7.2, INDIGO)
    for i in range(boxes):
        r = pymupdf.Rect(x + i * bw, y, x + (i + 1) * bw, y + 13)
        p.draw_rect(r, color=RULE, width=0.6)
        if i < len(value) and value[i] != " ":
            ch = value[i]
            b.put(r.x0 + (bw - tl(ch, MONO_B, 9)) / 2, y + 10, ch, MONO_B, 9, INDIGO_DEEP)
    return x + boxes * bw


def checkbox(b, x, y, label, ticked):
    p = b.page
    p.draw_rect(pymupdf.Rect(x, y, x + 9, y + 9), color=INDIGO, width=0.8)
    if ticked:
        p.draw_polyline([(x + 1.8, y + 4.8), (x + 3.8, y + 7.2), (x + 7.6, y + 1.6)], color=MADDER, width=1.4)
    b.put(x + 14, y + 7.5, label, REG, 7.8, INK)


def radio(b, x, y, label, on):
    p = b.page
    p.draw_circle((x + 4.5, y + 4.5), 4.5, color=INDIGO, width=0.8)
    if on:
        p.draw_circle((x + 4.5, y + 4.5), 2.4, color=None, fill=INDIGO)
    b.put(x + 13, y + 7.5, label, REG, 7.8, INK)
    return x + 13 + tl(label, REG, 7.8) + 14


def donut(b, cx, cy, r, parts, centre_lines):
    """parts: list of (label, amount, colour). A donut chart with a legend to its right."""
    p = b.page
    total = sum(a for _, a, _ in parts)
    start = 90.0
    import math
    for label, amt, col in parts:
        sweep = 360.0 * amt / total
        a0 = math.radians(start)
        pt = (cx + r * math.cos(a0), cy - r * math.sin(a0))
        # PyMuPDF draws the sector from pt around the centre by -sweep (clockwise on the page)
        p.draw_sector((cx, cy), pt, -sweep, color=WHITE, fill=col, width=1.0, fullSector=True)
        start -= sweep
    p.draw_circle((cx, cy), r * 0.56, color=None, fill=WHITE)
    yy = cy - 4
    for i, (t, f, s) in enumerate(centre_lines):
        b.put(cx - tl(t, f, s) / 2, yy + i * (s + 2), t, f, s, INDIGO_DEEP)
    # legend
    lx = cx + r + 22
    ly = cy - len(parts) * 9
    for label, amt, col in parts:
        p.draw_rect(pymupdf.Rect(lx, ly, lx + 9, ly + 9), color=None, fill=col)
        share = round(100.0 * amt / total)
        b.put(lx + 14, ly + 7.5, f"{label}: Rs. {inr(amt)} ({share}%)", REG, 8.0, INK)
        ly += 18


def inr(n: int) -> str:
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts) + "," + tail


# ---------------------------------------------------------------------------------------------- content
def build():
    b = Builder()
    p = b.page

    # ---------------- title band (page 1)
    p.draw_rect(pymupdf.Rect(0, 0, PAGE_W, 118), color=None, fill=INDIGO, width=0)
    p.insert_image(pymupdf.Rect(0, 118, PAGE_W, 128), pixmap=woven_pixmap(), keep_proportion=False)
    b.put(LM, 44, "Indrakeel Bank Ltd.", BOLD, 10.5, SAFFRON)
    b.put(LM, 74, "Karghaa Artisan Credit Card", SERIF_B, 25, WHITE)
    b.put(LM, 96, "Customer guide for weavers, potters, carvers and other craftspeople", REG, 10.5, WHITE)
    b.put(LM, 110, "Guide IKB/KAR/CG-03  |  version 2.1  |  February 2026", REG, 7.6, (0.80, 0.83, 0.95))
    b.y = 140

    b.justified(
        "Karghaa is a credit card for people who make things by hand for a living: handloom weavers, block "
        "printers, potters, woodcarvers, metal and bamboo craftspeople, embroiderers and other artisans who sell "
        "their own work at craft fairs, through a cooperative society, from a home workshop with a UPI QR code, or "
        "on online craft marketplaces. Your credit limit is worked out from your counted craft income rather than "
        "from a salary slip, raw material bought at our partner Sutra Depots gets a longer interest-free period, "
        "and for the busy fair season you can ask for a temporary Mela Boost. This guide explains who can apply, "
        "how the application works in the IndraMitra app, what the card costs and what you get back. Please read "
        "it together with the Key Fact Statement that the app shows you before you sign.", dropcap=True)

    b.heading("01", "The card at a glance")
    glance = [
        ("Issuer", "Indrakeel Bank Ltd., a scheduled commercial bank (fictional)"),
        ("Network", "RuPay; the card can be linked to UPI from the day it is issued"),
        ("Variants", "Sutli, Resham and Zardozi"),
        ("Made for", "individual artisans and craft sellers who make what they sell"),
        ("Rewards", "Buta Points; 1 point is worth Rs. 0.25 on your statement or Rs. 0.40 at Sutra Depots"),
        ("Interest-free period", "up to 50 days; up to 75 days on purchases at Sutra Depots"),
        ("Statement date", "the 18th of every month; payment is due 20 days after the statement date"),
        ("How to apply", "only through the IndraMitra app, on your own phone; staff at 140 Karigar Desks can guide you"),
        ("Card helpline", "1800-419-5276 (toll-free, 8 am to 10 pm, all days)"),
    ]
    for k, v in glance:
        b.lv(k, v, gap_after=1.5, hang=14)
    b.space(4)

    b.table(
        [118, 121, 122, 122],
        ["Feature", "Sutli", "Resham", "Zardozi"],
        [
            ["Joining fee", "Nil", "~~Rs. 999~~ Rs. 499 (launch offer)", "Rs. 2,499"],
            ["Annual fee (charged from the second card year)", "Rs. 199", "Rs. 699", "Rs. 2,999"],
            ["Annual fee waived if card-year spends reach", "Rs. 40,000", "Rs. 1,20,000", "Rs. 4,00,000"],
            ["Minimum counted craft income a year", "Rs. 1,20,000", "Rs. 2,40,000", "Rs. 6,00,000"],
            ["Limit as a share of counted craft income", "25%", "30%", "35%"],
            ["Credit limit range", "Rs. 20,000 to Rs. 75,000", "Rs. 60,000 to Rs. 2,50,000",
             "Rs. 2,00,000 to Rs. 8,00,000"],
            ["Cash limit", "10% of the credit limit", "20% of the credit limit", "30% of the credit limit"],
            ["Largest Mela Boost", "25% of the limit", "40% of the limit", "60% of the limit"],
            ["Add-on cards", "Not offered", "1", "Up to 3"],
            ["Interest on unpaid balance", "3.6% a month", "3.4% a month", "2.95% a month"],
            ["Age when you apply", "21 to 65 years", "21 to 65 years", "25 to 65 years"],
            ["Applicants with no credit history", "Accepted", "Not accepted", "Not accepted"],
        ],
        caption="Table 1. The three variants side by side",
    )
    b.para("Launch offer: the Resham joining fee is Rs. 499 instead of the usual Rs. 999 for applications that are "
           "approved on or before 31 March 2026. All fees in this guide are before GST at 18%.", size=7.6,
           color=GREY, gap_after=2)

    # ---------------- 2. who can apply
    b.heading("02", "Who can apply")
    b.justified(
        "The card is for individuals. You do not need a shop, a registered firm or a salary; what the bank looks "
        "for is proof that you practise a craft and that money from selling your work reaches your bank account "
        "regularly. You can apply if all of the following are true.")
    can = [
        ("Residence and age.", "You live in India and your age is within the range for the variant in Table 1."),
        ("Artisan proof.", "You can show one of these: (a) a Karigar Register number issued by the Hastkala Bharati "
                           "Trust; (b) membership of a registered artisans' or weavers' cooperative society for at "
                           "least 12 months, with a signed letter from the society that is not older than 90 days; or "
                           "(c) at least 6 months of payouts as a seller on a craft marketplace on the bank's partner "
                           "list (shown in the app)."),
        ("Income.", "Your counted craft income for the last 12 months is at least the minimum for the variant."),
        ("Bank account.", "Your craft income is paid into a savings or current account in India in your own name."),
        ("Credit record.", "Your credit score is 650 or more. If you have never borrowed, you can apply for Sutli "
                           "only."),
    ]
    for lead, text in can:
        b.bullet(text, lead=lead + " ")
    b.subheading("How counted craft income is added up")
    b.justified(
        "Counted craft income is the total, over the last 12 months, of marketplace payouts, receipts on your UPI QR "
        "code, and payment slips from your cooperative society, plus half (50%) of the cash sales shown in your "
        "latest income tax return. Cash sales that are not shown in a return are not counted at all. Money you "
        "receive as a loan, a grant or a prize is left out, and so are transfers between your own accounts.")
    b.hidden_opacity0(LM, b.y + 6, HIDDEN["opacity0"])
    b.space(10)
    b.subheading("Who cannot apply", MADDER)
    cannot = [
        "Traders who only resell crafts made by other people.",
        "Companies, LLPs, partnership firms and trusts; the card is issued to individuals only.",
        "Non-resident Indians.",
        "Anyone who already holds another Indrakeel Bank credit card (close it or ask for it to be converted first).",
        "Anyone with a loan written off or settled in the last 36 months.",
        "Applicants whose only artisan proof is a receipt for a stall at a fair.",
        "Anyone whose Karghaa application was declined in the last 6 months.",
    ]
    for c in cannot:
        b.bullet(c, mark=INDIGO)

    # ---------------- 3. documents
    b.heading("03", "Documents")
    docs = [
        ("PAN:", " needed from every applicant; it is checked online, so you do not upload a copy."),
        ("Aadhaar:", " for eKYC with an OTP. If you cannot use Aadhaar, keep your passport or voter ID ready for the "
                     "video call."),
        ("Artisan proof:", " a Karigar Register number (nothing to upload, the app fetches the record), or the "
                           "cooperative letter, or a 6-month payout report from your marketplace seller dashboard."),
        ("Income:", " 12 months of bank statements, shared through an account aggregator in the app; a "
                    "password-free PDF is accepted only when your bank is not on the aggregator network. Add your "
                    "latest income tax return if you want cash sales to be counted."),
        ("Workshop photos:", " two photos of your workspace or your work, for Zardozi applicants only."),
    ]
    for lead, text in docs:
        b.bullet(text, lead=lead)
    b.para("File rules: PDF, JPG or PNG, up to 4 MB each; you get 3 attempts to upload each document.",
           size=8.2, gap_after=2)

    # ---------------- 4. onboarding (always starts a new page)
    if b.y > TOP + 1:
        b.new_page()
    b.heading("04", "Applying in the IndraMitra app")
    b.justified(
        "The application has six steps, each with its own name in the app. You can stop between steps; what the "
        "app keeps for you, and for how long, is shown under each step. The whole journey usually takes about "
        "twenty-five minutes if your documents are ready.")
    b.box_text(
        "Before you start",
        [
            "Keep the phone whose number is linked to your Aadhaar; the app works only on that number.",
            "Sit where the network is steady; an interrupted video call counts as a missed slot.",
            "Have your artisan proof ready: Karigar Register number, cooperative letter or marketplace report.",
        ],
        fill=TIP_FILL, edge=LEAF, hidden_same_colour=HIDDEN["samecolour"])
    steps = [
        ("Pehla Dhaaga", "the first thread", [
            ("What you do", "enter your mobile number, confirm the OTP and agree to a credit bureau check."),
            ("Timeout", "the OTP is valid for 3 minutes."),
            ("Retries", "3 wrong OTPs lock the number for 30 minutes."),
            ("If you drop off", "nothing is saved except your mobile number; you start again from this step."),
        ]),
        ("Pehchaan", "who you are", [
            ("What you do", "the app fetches your PAN details, you complete Aadhaar OTP eKYC and take a live selfie."),
            ("Timeout", "the session ends after 15 minutes without activity."),
            ("Retries", "Aadhaar OTP 2 times a day; selfie 5 attempts."),
            ("If you drop off", "your progress is kept for 7 days and you resume at this step."),
        ]),
        ("Hunar Saboot", "proof of your craft", [
            ("What you do", "enter your Karigar Register number, or upload the cooperative letter or marketplace "
                            "report."),
            ("Timeout", "the Register look-up waits 60 seconds; after that the app asks you to upload instead."),
            ("Retries", "3 uploads for each document."),
            ("If you drop off", "your progress is kept for 15 days."),
        ]),
        ("Kamai Jod", "adding up your income", [
            ("What you do", "approve the account aggregator consent for your bank statements, link marketplace "
                            "payouts and, if you wish, add your income tax return."),
            ("Timeout", "the consent request must be approved within 10 minutes."),
            ("Retries", "2 consent requests a day."),
            ("If you drop off", "your counted craft income is saved for 10 days; after that it is fetched again."),
        ]),
        ("Naap Tol", "your offer and signature", [
            ("What you do", "see the variant and limit offered, read the Key Fact Statement and e-sign with an OTP."),
            ("Timeout", "the offer is valid for 72 hours."),
            ("Retries", "3 e-sign OTPs."),
            ("If you drop off", "after 72 hours the offer lapses (code KG-55) and you restart from Step 4, Kamai Jod."),
        ]),
        ("Aamne Saamne", "face to face", [
            ("What you do", "a video KYC call with a bank officer, between 9 am and 8 pm, Monday to Saturday."),
            ("Timeout", "finish the call within 5 days of e-signing."),
            ("Retries", "you may miss a booked slot twice; a third missed slot closes the application (code KG-61)."),
            ("If you drop off", "after 5 days the application closes and you must apply afresh."),
        ]),
    ]
    for i, (name, gloss, items) in enumerate(steps, 1):
        b.step_block(i, name, gloss, items)
    b.justified(
        "When Aamne Saamne is complete and the application is approved, a virtual card appears in the app within "
        "30 minutes and can be used at once for UPI and online payments. The physical card is dispatched within "
        "5 working days.")

    # ---------------- 5. hold codes
    b.heading("05", "Hold codes and what to do")
    b.para("If the app stops your application it shows a code. Codes are printed in the typewriter style used "
           "below; quote the code when you call.", gap_after=4)
    b.table(
        [56, 190, 237],
        ["Code", "What it means", "What to do next"],
        [
            ["KG-11", "Another Karghaa application is open on this mobile number or PAN.",
             "Finish or withdraw the other application (Profile > My applications), then start again."],
            ["KG-23", "The name on your PAN and on your Aadhaar do not match.",
             "Get one of them corrected, then resume within 7 days."],
            ["KG-31", "The Karigar Register number was not found.",
             "Upload the cooperative letter or the marketplace report at Step 3 instead."],
            ["KG-34", "The cooperative letter is older than 90 days or is not signed.",
             "Upload a fresh letter signed by the society's secretary."],
            ["KG-42", "Counted craft income is below the minimum for the variant you chose.",
             "Accept the lower variant the app offers, or add more income proof within 10 days."],
            ["KG-47", "The account aggregator consent expired or was declined.",
             "Give the consent again; 2 requests are allowed a day."],
            ["KG-55", "The offer lapsed because it was not signed within 72 hours.",
             "Restart from Step 4, Kamai Jod."],
            ["KG-61", "A third booked video KYC slot was missed.",
             "The application is closed; you can apply again after 30 days."],
            ["KG-68", "The face on the video call does not match your selfie or Aadhaar photo.",
             "Visit a Karigar Desk within 10 days for an in-person check."],
            ["KG-90", "Credit score below 650, or a recent write-off or settlement.",
             "The application is declined; you can apply again after 6 months."],
        ],
        caption="Table 2. Hold codes", mono_cols=(0,),
    )
    b.subheading("Help while you apply")
    b.lv("Sahayak chat", "inside the app, 8 am to 10 pm, every day", gap_after=1.5, hang=14)
    b.lv("Karigar Desks", "140 desks in cooperative offices and Sutra Depots, Monday to Saturday, 10 am to 6 pm; "
         "staff guide you, but you apply on your own phone", gap_after=1.5, hang=14)
    b.lv("Call-me-back", "give a missed call on 080-4719-3300; the bank calls back within 2 hours between 9 am "
         "and 7 pm", gap_after=1.5, hang=14)

    # ---------------- 6. limit
    b.heading("06", "How your limit is set")
    b.justified(
        "The bank multiplies your counted craft income by the share for your variant (Table 1) and then applies a "
        "bureau factor that depends on your credit score: 100% for a score of 750 or more, 90% for 700 to 749 and "
        "75% for 650 to 699. The result is rounded down to the nearest Rs. 5,000 and kept within the limit range "
        "of the variant. Applicants with no credit history get Sutli with a fixed limit of Rs. 20,000. Limits are "
        "reviewed every 12 months.")
    b.subheading("Worked example")
    b.justified(
        "Meenakshi prints block-printed bedsheets in Kesarpur and applies for Resham with a credit score of 720. "
        "Her marketplace payouts were Rs. 2,10,000, her QR receipts Rs. 1,30,000 and her cooperative slips Rs. "
        "40,000; her return shows Rs. 1,00,000 of cash sales, of which half counts. Her counted craft income is "
        "Rs. 4,30,000. 30% of that is Rs. 1,29,000; with the 90% bureau factor it is Rs. 1,16,100, which is "
        "rounded down to a credit limit of Rs. 1,15,000. Her cash limit is Rs. 23,000.")
    b.ensure(100)
    y0 = b.y
    donut(b, LM + 56, y0 + 52, 44, [
        ("Marketplace payouts", 210000, INDIGO),
        ("UPI QR receipts", 130000, SAFFRON),
        ("Cooperative slips", 40000, LEAF),
        ("Half of cash sales in the return", 50000, MADDER),
    ], [("Counted", BOLD, 8.0), ("Rs. 4,30,000", BOLD, 8.0)])
    b.put(LM + 150, y0 + 4, "Figure 1. Where Meenakshi's counted craft income comes from", BOLD, 8.2, MADDER)
    b.y = y0 + 104

    # ---------------- 7. Mela Boost
    b.heading("07", "Mela Boost for craft fairs")
    b.justified(
        "A Mela Boost is a temporary extra limit for a craft fair at which you have a stall. It is meant for the "
        "stock, stall fees, travel and packing that a fair needs, and it goes away on its own when the fair is "
        "over.", dropcap=True)
    rules = [
        ("Size:", " up to 25% of your limit on Sutli, 40% on Resham and 60% on Zardozi."),
        ("Window:", " from 7 days before the fair opens until 10 days after it closes, and never longer than 45 "
                    "days in all."),
        ("Asking:", " in the app under Card > Mela Boost, at least 5 working days before the fair opens; the bank "
                    "decides within 2 working days."),
        ("How often:", " at most 3 Boosts in a card year, and only one at a time."),
        ("Fee:", " Rs. 199 for each Boost on Sutli; no fee on Resham and Zardozi."),
        ("Proof:", " the stall allotment letter, or the organiser's invitation if no letter has been issued."),
        ("When it ends:", " anything you owe above your usual limit is added to the minimum amount due on your "
                          "next statement."),
    ]
    for lead, text in rules:
        b.bullet(text, lead=lead)
    b.hidden_clipmode(LM + 4, b.y + 8, HIDDEN["clipmode"])
    b.space(12)

    # specimen form
    b.ensure(210)
    y0 = b.y
    pg = b.page
    frame = pymupdf.Rect(LM, y0, RM, y0 + 200)
    pg.draw_rect(frame, color=INDIGO, fill=CREAM, width=1.0)
    pg.draw_rect(pymupdf.Rect(LM, y0, RM, y0 + 18), color=None, fill=INDIGO)
    b.put(LM + 8, y0 + 12.5, "SPECIMEN - Mela Boost request (a filled example)", BOLD, 9, WHITE)
    b.put(RM - 8 - tl("Form MB-2", MONO_B, 8.5), y0 + 12.5, "Form MB-2", MONO_B, 8.5, SAFFRON)
    yy = y0 + 36
    b.put(LM + 10, yy - 3, "Card variant", BOLD, 7.2, INDIGO)
    xx = LM + 10
    for lab, on in (("Sutli", False), ("Resham", True), ("Zardozi", False)):
        xx = radio(b, xx, yy + 2, lab, on)
    comb(b, LM + 240, yy, "Last 4 digits of card", "4417", 4)
    comb(b, LM + 330, yy, "Boost asked (% of limit)", "40", 3)
    yy += 34
    comb(b, LM + 10, yy, "Name of the fair", "RANGSETU SHILP MELA", 22)
    comb(b, LM + 265, yy, "City", "INDORE", 12)
    yy += 34
    comb(b, LM + 10, yy, "Fair opens (DD/MM/YYYY)", "12/03/2026", 10)
    comb(b, LM + 135, yy, "Fair closes (DD/MM/YYYY)", "22/03/2026", 10)
    comb(b, LM + 260, yy, "Stall allotment no.", "RSM-26-0784", 11)
    yy += 28
    checkbox(b, LM + 10, yy, "Stall allotment letter attached", True)
    checkbox(b, LM + 190, yy, "Organiser's invitation attached", False)
    yy += 14
    checkbox(b, LM + 10, yy, "No other Mela Boost is active on my card", True)
    checkbox(b, LM + 190, yy, "I have used fewer than 3 Boosts this card year", True)
    yy += 34
    pg.draw_line((LM + 10, yy), (LM + 170, yy), color=INK, width=0.5)
    b.put(LM + 10, yy + 8, "Applicant's e-sign (OTP)", REG, 6.8, GREY)
    pg.draw_rect(pymupdf.Rect(LM + 240, yy - 16, RM - 10, yy + 12), color=MADDER, width=0.6, dashes="[2] 0")
    b.put(LM + 246, yy - 6, "For bank use: Boost window", BOLD, 7.2, MADDER)
    b.put(LM + 246, yy + 6, "05/03/2026 to 01/04/2026", MONO_B, 8, MADDER)
    b.y = y0 + 206

    # ---------------- 8. fees
    b.heading("08", "Fees and charges")
    b.table(
        [150, 111, 111, 111],
        ["Charge", "Sutli", "Resham", "Zardozi"],
        [
            ["Joining fee", "Nil", "~~Rs. 999~~ Rs. 499", "Rs. 2,499"],
            ["Annual fee", "Rs. 199", "Rs. 699", "Rs. 2,999"],
            ["Add-on card fee", "Not offered", "Nil", "Nil"],
            ["Interest on unpaid balance", "3.6% a month", "3.4% a month", "2.95% a month"],
            ["Cash withdrawal fee", "2.5% of the amount, minimum Rs. 400",
             "2.5% of the amount, minimum Rs. 400", "2.5% of the amount, minimum Rs. 400"],
            ["Foreign currency mark-up", "3.5%", "3.5%", "1.99%"],
            ["Mela Boost fee", "Rs. 199 per Boost", "Nil", "Nil"],
            ["Sutra Depot EMI processing fee", "Rs. 99 per plan", "Rs. 99 per plan", "Nil"],
            ["Over-limit fee (only if you opted in)", "2.5% of the amount over the limit, minimum Rs. 500",
             "2.5% of the amount over the limit, minimum Rs. 500", "2.5% of the amount over the limit, minimum "
             "Rs. 500"],
            ["Payment returned (cheque or auto-debit)", "2% of the payment, minimum Rs. 450",
             "2% of the payment, minimum Rs. 450", "2% of the payment, minimum Rs. 450"],
            ["Card replacement", "Rs. 150", "Rs. 150", "Nil"],
            ["Copy of a statement older than 3 months", "Rs. 75 per statement", "Rs. 75 per statement",
             "Rs. 75 per statement"],
            ["Reward redemption fee", "Rs. 49 per request", "Rs. 49 per request", "Nil"],
            ["Rent paid with the card", "1% of the amount", "1% of the amount", "1% of the amount"],
            ["Late payment charge", "see Table 4", "see Table 4", "see Table 4"],
        ],
        caption="Table 3. Schedule of charges (GST at 18% is added to every fee and charge)",
    )
    b.table(
        [300, 183],
        ["Total amount due on the statement", "Late payment charge"],
        [
            ["Up to Rs. 500", "Nil"],
            ["Rs. 501 to Rs. 2,500", "Rs. 150"],
            ["Rs. 2,501 to Rs. 10,000", "Rs. 450"],
            ["Rs. 10,001 to Rs. 25,000", "Rs. 750"],
            ["Rs. 25,001 to Rs. 50,000", "Rs. 950"],
            ["More than Rs. 50,000", "Rs. 1,250"],
        ],
        caption="Table 4. Late payment charge slabs (all variants)", align_right=(1,), bold_first=False,
        header_fill=MADDER,
    )
    b.justified(
        "The late payment charge is levied only when the minimum amount due is not paid within 3 days after the "
        "due date. The minimum amount due is 5% of the total amount due or Rs. 200, whichever is higher, plus any "
        "EMI instalment and any Mela Boost amount carried over.")

    # ---------------- 9. Sutra Depots
    b.heading("09", "Buying raw material at Sutra Depots")
    b.justified(
        "Sutra Depots are 620 partner stores in 14 states that sell yarn, dyes, clay and glazes, timber, metal "
        "sheet, cane and bamboo, beads and packing material. Purchases there get up to 75 days without interest "
        "and earn the highest rate of Buta Points. A Sutra Depot bill of Rs. 3,000 or more can be turned into "
        "monthly instalments within 20 days of the purchase: 3 instalments at no interest, or 6 instalments at "
        "1.1% a month.", dropcap=True)

    # ---------------- 10. rewards
    b.heading("10", "Rewards and benefits")
    b.table(
        [150, 111, 111, 111],
        ["Benefit", "Sutli", "Resham", "Zardozi"],
        [
            ["Buta Points per Rs. 100 at Sutra Depots", "4", "5", "6"],
            ["Buta Points per Rs. 100 on fair stall fees and Dakbandh shipping", "2", "3", "4"],
            ["Buta Points per Rs. 100 on other spends", "1", "1", "2"],
            ["Most Buta Points in one statement cycle", "1,000", "2,500", "6,000"],
            ["Welcome points", "500 after the first Sutra Depot purchase within 30 days",
             "1,500 after spends of Rs. 15,000 within 60 days", "5,000 after spends of Rs. 50,000 within 60 days"],
            ["Cashback on fair stall fees", "10%, up to Rs. 300 a quarter", "10%, up to Rs. 750 a quarter",
             "15%, up to Rs. 2,000 a quarter"],
            ["Cashback on Dakbandh Logistics shipping", "Not offered", "5%, up to Rs. 200 a month",
             "5%, up to Rs. 500 a month"],
            ["Loom and tool cover against fire and flood", "Not offered", "Rs. 50,000", "Rs. 1,50,000"],
            ["Domestic airport lounge visits", "Not offered", "Not offered", "4 a card year, at most 1 a quarter"],
        ],
        caption="Table 5. Rewards and benefits by variant",
    )
    b.subheading("Using Buta Points")
    b.justified(
        "Points can be used as a statement credit at Rs. 0.25 a point, in lots of at least 500 points, or against "
        "a bill at a Sutra Depot at Rs. 0.40 a point. Points expire 24 months after the month in which they were "
        "earned. No points are given on fuel, rent, wallet loads, cash withdrawals, EMI instalments, fees and "
        "charges, or tax and other government payments.")
    hid_y = b.y + 2
    b.hidden_underimage(LM + 4, hid_y, HIDDEN["underimage"])
    b.y = hid_y + 20

    b.subheading("Lean Season Relief")
    b.justified(
        "Work at the loom and the wheel slows down in the monsoon. Once in a card year, between 1 July and 30 "
        "September, you can switch on Lean Season Relief in the app. For up to 3 statements your minimum amount "
        "due falls from 5% to 2% of the total amount due (still at least Rs. 200). Interest is charged as usual, "
        "but no late payment charge is levied if the lower amount is paid on time. Relief is not available if "
        "the card was overdue by 30 days or more at any time in the previous 6 months.")

    # ---------------- 11. key terms
    b.heading("11", "Key terms")
    terms = [
        ("Card year", "the 12 months from the date your card is issued, and each 12 months after that."),
        ("Counted craft income", "the craft income the bank counts for your limit, added up as in section 2."),
        ("Karigar Register", "the artisan register kept by the Hastkala Bharati Trust; its number is one way to "
                             "prove your craft."),
        ("Karigar Desk", "a help desk at a cooperative office or Sutra Depot where staff guide applicants."),
        ("Key Fact Statement", "the one-page summary of charges the app shows you before you e-sign."),
        ("Statement cycle", "the 18th of one month to the 17th of the next month."),
        ("Total amount due", "everything you owe on the statement date."),
    ]
    for t, d in terms:
        b.justified(None, segments=[(t + ".", SERIF_B), (d[0].upper() + d[1:], SERIF)], size=9.0, gap_after=2)

    # ---------------- 12. FAQ
    b.heading("12", "Questions artisans ask")
    faq = [
        ("Can my son, who works at the loom with me, get a card on my account?",
         "Yes, as an add-on card on Resham (1 add-on) or Zardozi (up to 3 add-ons), if he is 18 or older. Add-on "
         "cards share your limit. Sutli has no add-on cards."),
        ("Are my fair sales in cash counted?",
         "Only half of the cash sales shown in your latest income tax return are counted. Cash that is not in a "
         "return is not counted."),
        ("Can I pay a supplier by scanning his UPI QR code with this card?",
         "Yes. After you link the card to UPI in the app you can pay any merchant QR code, up to Rs. 1,00,000 a "
         "day in total. Such payments earn points at the rate for other spends."),
        ("Can I move to a higher variant later?",
         "Yes, after 12 months, if your counted craft income meets the minimum for the higher variant; there is "
         "no fee. You can move down to a lower variant at any time after 6 months."),
        ("Can I ask for a higher limit before the yearly review?",
         "Yes, after 6 months of paying on time you may ask for a review in the app; the bank decides within "
         "7 working days."),
        ("What if I lose the card at a fair?",
         "Block it at once in the app or by calling the helpline. A replacement costs Rs. 150 on Sutli and Resham "
         "and nothing on Zardozi."),
    ]
    for q, a in faq:
        b.rich([(q, SERIF_B, None)], size=9.2, gap_after=0.5, color=INDIGO_DEEP)
        b.justified(a, font=SERIF, size=9.0, gap_after=4, x0=LM + 10)

    # ---------------- 13. card controls, safety and closing
    b.heading("13", "Card controls, safety and closing the card")
    b.justified(
        "International use is switched off when the card is issued; you can switch it on, and set separate daily "
        "limits for UPI, online, contactless and ATM use, under Card > Controls in the app. Contactless payments "
        "of up to Rs. 5,000 need no PIN. The bank never asks for your OTP, PIN or CVV on a call, in a message or "
        "at a Karigar Desk.")
    b.justified(
        "If a transaction you did not make appears on your card, report it at once. If you report it within 3 "
        "days you pay nothing for it; if you report it between the 4th and the 7th day you pay at most Rs. 5,000; "
        "reports made later are handled under the bank's board-approved policy.")
    b.justified(
        "You can close the card at any time in the app or through the helpline; there is no closure fee. If you "
        "close it within 30 days of an annual fee being charged, that fee is reversed in full. Buta Points that "
        "are not used by the closing date lapse, so redeem them first.")

    # ---------------- 14. help and escalation
    b.heading("14", "Help and complaints")
    help_ = [
        ("Helpline", "1800-419-5276, toll-free, 8 am to 10 pm, all days; from outside India +91-22-6971-4400 "
                     "(charged)"),
        ("WhatsApp", "90040 71122, in English, Hindi, Marathi and Odia"),
        ("E-mail", "karghaa.care@indrakeelbank.co.in"),
        ("Block a lost card", "in the app, on the helpline, or by SMS BLOCK and the last 4 card digits to 56161"),
    ]
    for k, v in help_:
        b.lv(k, v, gap_after=1.5, hang=14)
    b.subheading("If your complaint is not resolved")
    levels = [
        ("Level 1 - Customer care:", " write or call as above; the bank replies within 7 working days."),
        ("Level 2 - Grievance Redressal Officer:", " Ms. Tanvi Oberoi, gro.karghaa@indrakeelbank.co.in; reply "
                                                     "within 10 working days."),
        ("Level 3 - Principal Nodal Officer:", " Mr. Devashish Pendse, Indrakeel Bank Ltd., Shilp Bhavan, 4th "
                                                "floor, Naupada Road, Thane 400602; pno@indrakeelbank.co.in."),
        ("Ombudsman:", " if there is no reply within 30 days of your first complaint, or you are not satisfied, "
                       "you may go to the RBI Ombudsman."),
    ]
    for lead, text in levels:
        b.bullet(text, lead=lead)

    # ---------------- 15. timelines
    b.heading("15", "Key timelines")
    b.table(
        [300, 183],
        ["Event", "Timeline"],
        [
            ["Virtual card after approval", "Within 30 minutes"],
            ["Physical card dispatched", "Within 5 working days"],
            ["Activating the physical card", "Within 30 days of dispatch, or the card is closed"],
            ["Mela Boost decision", "Within 2 working days"],
            ["Limit review on request", "Within 7 working days"],
            ["Refund of a credit balance", "Within 7 working days of your request"],
            ["Disputing a transaction", "Within 60 days of the statement date"],
            ["Closing the card", "Within 7 working days after all dues are paid"],
            ["Buta Points expiry", "24 months after the month earned"],
        ],
        caption="Table 6. Key timelines", header_fill=LEAF,
    )
    return b


def finish(b: Builder):
    n = len(b.doc)
    for i, page in enumerate(b.doc, 1):
        page.draw_line((LM, 806), (RM, 806), color=RULE, width=0.4)
        page.insert_text((LM, 818), FOOTER_LEFT, fontname=REG, fontsize=6.8, color=GREY)
        t = f"Page {i} of {n}"
        page.insert_text((RM - tl(t, BOLD, 7.6), 818), t, fontname=BOLD, fontsize=7.6, color=INDIGO)
    b.doc.set_metadata({
        "title": "Karghaa Artisan Credit Card - Customer guide",
        "author": "Indrakeel Bank Ltd. (fictional)",
        "subject": "Fictional credit card guide for evaluation",
        "creator": "build_pdf.py",
        "producer": "PyMuPDF",
        "creationDate": "D:20260201090000+05'30'",
        "modDate": "D:20260201090000+05'30'",
    })
    b.doc.save(OUT, garbage=4, deflate=True, clean=True, no_new_id=True)


def main():
    b = build()
    finish(b)
    pages = list(b.hidden_pages.values())
    assert len(b.hidden_pages) == 4 and len(set(pages)) == 4, b.hidden_pages
    print(f"wrote {OUT}: {len(b.doc)} pages, hyphenated line breaks: {b.hyphens}, hidden spans on pages "
          + ", ".join(f"{k}=p{v}" for k, v in sorted(b.hidden_pages.items(), key=lambda kv: kv[1])))


if __name__ == "__main__":
    main()
