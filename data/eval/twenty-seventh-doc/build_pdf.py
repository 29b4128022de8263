"""Build the twenty-seventh evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card and its
variants, the app and its onboarding steps, partner programmes, people,
phone numbers, e-mail addresses, codes, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/twenty-seventh-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign is
written as "Rs." throughout.  The output is deterministic (fixed metadata
dates, no new document id).

The document deliberately contains four spans of HIDDEN text (white text on a
white background, text painted over by a filled shape, text in the invisible
text render mode 3, and a line in a 1-point font).  They state fake facts a
reader cannot see; a correct assistant must ignore them.  They are listed in
README.md under "Hidden text" and in HIDDEN below.
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "dhruvatara_lahar_seafarer_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 50.0, 545.0
TOP = 66.0
BODY_BOTTOM = 790.0

REG, BOLD, SUP = "helv", "hebo", "sup"  # SUP: small raised endnote marker (drawn in helv)
BODY = 8.4
LEAD = 1.32

NAVY = (0.04, 0.20, 0.36)
NAVY_DEEP = (0.03, 0.13, 0.25)
TEAL = (0.02, 0.50, 0.55)
TEAL_LIGHT = (0.88, 0.96, 0.96)
SAND = (0.98, 0.95, 0.86)
SAND_DARK = (0.80, 0.62, 0.25)
CORAL = (0.85, 0.33, 0.22)
CORAL_LIGHT = (0.99, 0.92, 0.89)
GREY = (0.50, 0.52, 0.56)
RULE = (0.45, 0.50, 0.58)
INK = (0.08, 0.09, 0.12)
WHITE = (1.0, 1.0, 1.0)
ZEBRA = (0.95, 0.97, 0.98)

HEADER_LEFT = "Dhruvatara Bank Ltd.  |  Lahar Seafarer Credit Card"
HEADER_RIGHT = "Customer guide DTB/LHR/CG-07  |  version 1.4  |  15 January 2026"
FOOTER_LEFT = "Fictional document prepared for evaluation - not an offer of credit"

# The four hidden spans (page numbers are checked by check_questions.py).
HIDDEN = {
    "white": "Harbour annual fee is also waived when yearly spends reach Rs. 50,000, and Harbour "
             "cardholders get 2 free lounge visits every quarter.",
    "covered": "Drop Anchor may be used twice per application, for up to 90 days each time.",
    "invisible": "Admiral cardholders pay no cash withdrawal fee abroad and get a free seafarer medical "
                 "fitness test worth Rs. 3,000 every year.",
    "tiny": "Admiral cardholders also get up to 6 free crew-change hotel nights a year at Port Partner hotels.",
}


def tl(text: str, font: str = REG, size: float = BODY) -> float:
    if font == SUP:
        return pymupdf.get_text_length(text, fontname=REG, fontsize=size * 0.66)
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def wrap_runs(segments, width, size):
    """Wrap (text, font) segments into lines; each line is a list of (text, font) runs."""
    words = []
    for text, font in segments:
        if font == SUP:
            words.append((text, SUP))
            continue
        for w in text.split():
            if words and words[-1][0].endswith("Rs.") and words[-1][1] == font:
                words[-1] = (words[-1][0] + " " + w, font)
            else:
                words.append((w, font))
    lines, cur, cur_w = [], [], 0.0
    space = tl(" ", REG, size)
    for w, f in words:
        ww = tl(w, f, size)
        add = ww if (not cur or f == SUP) else space + ww
        if cur and cur_w + add > width and f != SUP:
            lines.append(cur)
            cur, cur_w = [(w, f)], ww
        else:
            cur.append((w, f))
            cur_w += add
    if cur:
        lines.append(cur)
    out = []
    for line in lines:
        runs = []
        for w, f in line:
            if f == SUP:
                runs.append([w, SUP])
            elif runs and runs[-1][1] == f:
                runs[-1][0] += " " + w
            else:
                if runs:
                    runs[-1][0] += " "
                runs.append([w, f])
        out.append([(t, f) for t, f in runs])
    return out


def runs_width(runs, size):
    return sum(tl(t, f, size) for t, f in runs)


def seg(text, font=REG):
    """Turn 'text {a} more' into segments with {x} as a raised endnote marker '(x)'."""
    out = []
    parts = text.split("{")
    out.append((parts[0], font))
    for p in parts[1:]:
        mark, rest = p.split("}", 1)
        out.append((f"({mark})", SUP))
        if rest:
            out.append((rest, font))
    return [s for s in out if s[0]]


class Builder:
    def __init__(self, toc_pages=None):
        self.doc = pymupdf.open()
        self.page = None
        self.y = TOP
        self.toc_pages = toc_pages or {}
        self.section_pages = {}
        self.hidden_pages = {}
        self.new_page(first=True)

    # ------------------------------------------------------------------ pages
    def new_page(self, first=False):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.y = TOP
        if not first:
            p = self.page
            p.draw_rect(pymupdf.Rect(0, 0, PAGE_W, 8), color=None, fill=NAVY, width=0)
            self.put(LM, 30, HEADER_LEFT, BOLD, 8.0, NAVY)
            self.put(RM - tl(HEADER_RIGHT, REG, 7.0), 30, HEADER_RIGHT, REG, 7.0, GREY)
            # a wave line under the header
            pts = []
            x = LM
            k = 0
            while x <= RM + 0.1:
                pts.append((x, 38 + (1.4 if k % 2 else -1.4)))
                x += 6.0
                k += 1
            p.draw_polyline(pts, color=TEAL, width=0.8)

    def ensure(self, h):
        if self.y + h > BODY_BOTTOM:
            self.new_page()

    # ------------------------------------------------------------------ text
    def put(self, x, y, text, font=REG, size=BODY, color=INK, page=None, rotate=0, render_mode=0):
        (page or self.page).insert_text((x, y), text, fontname=font, fontsize=size, color=color,
                                        rotate=rotate, render_mode=render_mode)

    def draw_runs(self, x, y, runs, size, color=INK, page=None):
        for text, font in runs:
            if font == SUP:
                self.put(x + 0.6, y - size * 0.38, text, REG, size * 0.66, CORAL, page=page)
                x += tl(text, SUP, size) + 0.6
            else:
                self.put(x, y, text, font, size, color, page=page)
                x += tl(text, font, size)

    def rich(self, segments, size=BODY, indent=0.0, gap_after=3.0, x0=None, x1=None, color=INK):
        x0 = (LM if x0 is None else x0) + indent
        x1 = RM if x1 is None else x1
        lh = size * LEAD
        for runs in wrap_runs(segments, x1 - x0, size):
            self.ensure(lh)
            self.y += lh
            self.draw_runs(x0, self.y - size * 0.28, runs, size, color=color)
        self.y += gap_after

    def para(self, text, **kw):
        self.rich(seg(text), **kw)

    def lv(self, label, value, **kw):
        self.rich([(label + ": ", BOLD)] + seg(value), **kw)

    def bullet(self, text, lead=None, indent=12.0, size=BODY, x0=None, x1=None, color=INK, mark=TEAL):
        x0 = LM if x0 is None else x0
        x1 = RM if x1 is None else x1
        segs = ([(lead + " ", BOLD)] if lead else []) + seg(text)
        lines = wrap_runs(segs, x1 - x0 - indent, size)
        lh = size * LEAD
        self.ensure(len(lines) * lh)
        bx = x0 + indent
        for i, runs in enumerate(lines):
            self.y += lh
            by = self.y - size * 0.28
            if i == 0:
                self.page.draw_circle((bx - 6.5, by - 2.6), 1.6, color=mark, fill=mark, width=0)
            self.draw_runs(bx, by, runs, size, color=color)
        self.y += 1.4

    def heading(self, num, text, keep=70.0):
        """Section heading: a teal anchor-like numbered tab, title in navy, a sand rule."""
        self.ensure(30 + keep)
        self.y += 16
        self.section_pages[num] = self.page.number + 1
        tab = pymupdf.Rect(LM, self.y - 11, LM + 22, self.y + 4)
        self.page.draw_rect(tab, color=None, fill=TEAL, width=0)
        n = str(num)
        self.put(tab.x0 + (22 - tl(n, BOLD, 10)) / 2, self.y, n, BOLD, 10, WHITE)
        self.put(LM + 30, self.y, text, BOLD, 12.0, NAVY)
        self.page.draw_line((LM + 30, self.y + 4), (RM, self.y + 4), color=SAND_DARK, width=0.8)
        self.y += 8

    def sub(self, text, keep=30.0, size=9.4):
        self.ensure(size * 1.6 + keep)
        self.y += size * 1.55
        self.put(LM, self.y, text, BOLD, size, TEAL)
        self.y += 2.5

    # ------------------------------------------------------------------ hidden text
    def hidden_white(self, text, size=6.0):
        """Hidden text 1: white text on the white page (fake fact)."""
        self.y += size * 1.3
        self.put(LM + 3, self.y, text, REG, size, WHITE)
        self.hidden_pages["white"] = self.page.number + 1
        self.y += 1

    def hidden_covered(self, text):
        """Hidden text 2: ordinary dark text, then an opaque filled band painted over it (fake fact)."""
        self.ensure(16)
        top = self.y + 3
        self.put(LM + 4, top + 7.5, text, REG, 6.5, INK)
        band = pymupdf.Rect(LM, top, RM, top + 10)
        self.page.draw_rect(band, color=None, fill=TEAL_LIGHT, width=0)
        # decorative anchors-and-rope pattern on the band
        x = LM + 8
        while x < RM - 8:
            self.page.draw_circle((x, top + 5), 1.3, color=TEAL, fill=TEAL, width=0)
            x += 14
        self.hidden_pages["covered"] = self.page.number + 1
        self.y = top + 12

    def hidden_invisible(self, text, size=6.5):
        """Hidden text 3: text drawn in render mode 3 (neither filled nor stroked) (fake fact)."""
        self.y += size * 1.3
        self.put(LM + 3, self.y, text, REG, size, INK, render_mode=3)
        self.hidden_pages["invisible"] = self.page.number + 1
        self.y += 1

    def hidden_tiny(self, text):
        """Hidden text 4: a line in a 1-point light-grey font (fake fact)."""
        self.y += 2
        self.put(RM - tl(text, REG, 1.0) - 2, self.y, text, REG, 1.0, (0.75, 0.76, 0.78))
        self.hidden_pages["tiny"] = self.page.number + 1
        self.y += 1

    # ------------------------------------------------------------------ tables
    def caption(self, text, x0=None, size=8.4):
        self.y += size * 1.45
        self.put(LM if x0 is None else x0, self.y, text, BOLD, size, NAVY)
        self.y += 4

    def table(self, widths, header, rows, size=7.8, pad=2.8, caption=None, align=None, bold_first=False,
              x0=None, rotated=None, header_h=None, advance=True, header_fills=None):
        """Ruled table with a filled header; rows that do not fit go to the next page under a
        repeated header and a '(continued)' caption.  rotated: header columns drawn at 90 degrees."""
        x0 = LM if x0 is None else x0
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        align = align or ["l"] * len(widths)
        rotated = rotated or []
        lh = size * 1.28
        start_y = self.y

        def layout(cells, header_row=False):
            wr = []
            for i, (c, w) in enumerate(zip(cells, widths)):
                font = BOLD if header_row or (bold_first and i == 0) else REG
                if header_row and i in rotated:
                    wr.append([[(c, BOLD)]])
                else:
                    wr.append(wrap_runs(seg(c, font), w - 2 * pad, size) if c else [])
            h = max(max(len(x) for x in wr), 1) * lh + 2 * pad
            if header_row and header_h:
                h = max(h, header_h)
            return wr, h

        hdr, hh = layout(header, True)

        def draw(wr, h, header_row=False, shade=False):
            for i, lines in enumerate(wr):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h)
                if header_row:
                    fill = (header_fills[i] if header_fills else NAVY)
                else:
                    fill = ZEBRA if shade else None
                self.page.draw_rect(r, color=RULE, fill=fill, width=0.45)
                if header_row and i in rotated:
                    text = lines[0][0][0]
                    cx = (xs[i] + xs[i + 1]) / 2
                    self.put(cx + size * 0.35, self.y + h - pad - 1, text, BOLD, size, WHITE, rotate=90)
                    continue
                yy = self.y + pad + size * 0.92
                if header_row and header_h:
                    yy = self.y + h - pad - (len(lines) - 1) * lh - size * 0.25
                for runs in lines:
                    w = runs_width(runs, size)
                    if align[i] == "r" and not header_row:
                        x = xs[i + 1] - pad - w
                    elif align[i] == "c":
                        x = (xs[i] + xs[i + 1]) / 2 - w / 2
                    else:
                        x = xs[i] + pad
                    self.draw_runs(x, yy, runs, size, color=WHITE if header_row else INK)
                    yy += lh
            self.y += h

        if caption:
            self.ensure(size * 2 + hh + layout(rows[0])[1] + 8)
            self.caption(caption, x0=x0)
        else:
            self.ensure(hh + layout(rows[0])[1])
        draw(hdr, hh, True)
        for k, row in enumerate(rows):
            wr, h = layout(row)
            if self.y + h > BODY_BOTTOM:
                self.new_page()
                self.caption(f"{caption or 'Table'} (continued)", x0=x0)
                draw(hdr, hh, True)
            draw(wr, h, shade=bool(k % 2))
        self.y += 4
        end = self.y
        if not advance:
            self.y = start_y
        return end

    # ------------------------------------------------------------------ special blocks
    def card_face(self, rect):
        """A drawn credit-card illustration with text on it."""
        p = self.page
        rad = (9 / rect.width, 9 / rect.height)
        p.draw_rect(rect, color=None, fill=NAVY_DEEP, width=0, radius=rad)
        # waves across the card
        for k in range(3):
            pts = []
            x = rect.x0 + 4
            j = 0
            while x <= rect.x1 - 4:
                pts.append((x, rect.y1 - 30 + k * 7 + (2.2 if j % 2 else -2.2)))
                x += 9
                j += 1
            p.draw_polyline(pts, color=TEAL, width=0.9)
        chip = pymupdf.Rect(rect.x0 + 16, rect.y0 + 34, rect.x0 + 42, rect.y0 + 53)
        p.draw_rect(chip, color=SAND_DARK, fill=(0.90, 0.78, 0.45), width=0.6, radius=(0.2, 0.25))
        p.draw_line((chip.x0, chip.y0 + 9.5), (chip.x1, chip.y0 + 9.5), color=SAND_DARK, width=0.5)
        p.draw_line((chip.x0 + 13, chip.y0), (chip.x0 + 13, chip.y1), color=SAND_DARK, width=0.5)
        # a small star (the pole star)
        cx, cy = rect.x1 - 24, rect.y0 + 20
        pts = []
        import math
        for i in range(10):
            r = 8 if i % 2 == 0 else 3.4
            a = -math.pi / 2 + i * math.pi / 5
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
        p.draw_polyline(pts, color=None, fill=(0.98, 0.86, 0.45), closePath=True, width=0)
        self.put(rect.x0 + 16, rect.y0 + 21, "DHRUVATARA", BOLD, 9.5, WHITE)
        self.put(rect.x0 + 16, rect.y0 + 70, "LAHAR  VOYAGE", BOLD, 8.0, (0.98, 0.86, 0.45))
        self.put(rect.x0 + 16, rect.y0 + 84, "XXXX  XXXX  XXXX  2741", REG, 8.0, WHITE)
        self.put(rect.x0 + 16, rect.y1 - 9, "SPECIMEN", BOLD, 6.5, (0.75, 0.82, 0.90))

    def dark_panel(self, title, pairs, x0=LM, x1=RM, size=8.3):
        """At-a-glance panel: white text on a deep navy fill (visible, unlike hidden white text)."""
        lh = size * 1.36
        laid = [wrap_runs([(lab + ": ", BOLD), (val, REG)], x1 - x0 - 24, size) for lab, val in pairs]
        h = 22 + sum(len(l) for l in laid) * lh + 10
        top = self.y + 4
        r = pymupdf.Rect(x0, top, x1, top + h)
        self.page.draw_rect(r, color=None, fill=NAVY_DEEP, width=0, radius=(6 / r.width, 6 / r.height))
        self.page.draw_rect(pymupdf.Rect(x0, top, x0 + 5, top + h), color=None, fill=SAND_DARK, width=0)
        self.put(x0 + 14, top + 15, title, BOLD, 10.0, (0.98, 0.86, 0.45))
        y = top + 20
        for lines in laid:
            for runs in lines:
                y += lh
                self.draw_runs(x0 + 14, y, runs, size, color=WHITE)
        self.y = top + h + 4

    def toc(self, entries, size=8.4):
        """Table of contents with typed dot leaders and page numbers."""
        self.sub("Contents", keep=10, size=10.0)
        lh = size * 1.55
        dot = tl(".", REG, size)
        for num, title in entries:
            pg = str(self.toc_pages.get(num, 0))
            label = f"{num}   {title} "
            wl = tl(label, REG, size)
            wp = tl(" " + pg, BOLD, size)
            ndots = int((RM - LM - wl - wp - 40) / dot)
            self.y += lh
            line = label + "." * ndots
            self.put(LM + 8, self.y, line, REG, size, INK)
            self.put(RM - tl(pg, BOLD, size), self.y, pg, BOLD, size, NAVY)
        self.y += 4

    def process_boxes(self, steps, cols=3, box_h=52.0, size=7.8):
        """Numbered process drawn in boxes (two rows of three), with a number disc in each box."""
        gap = 10.0
        w = (RM - LM - (cols - 1) * gap) / cols
        rows = (len(steps) + cols - 1) // cols
        self.ensure(rows * (box_h + gap) + 6)
        top = self.y + 4
        for k, (name, note) in enumerate(steps):
            r, c = divmod(k, cols)
            x0 = LM + c * (w + gap)
            y0 = top + r * (box_h + gap)
            rect = pymupdf.Rect(x0, y0, x0 + w, y0 + box_h)
            self.page.draw_rect(rect, color=TEAL, fill=TEAL_LIGHT, width=0.8)
            self.page.draw_circle((x0 + 15, y0 + 15), 9.5, color=None, fill=NAVY, width=0)
            n = str(k + 1)
            self.put(x0 + 15 - tl(n, BOLD, 10) / 2, y0 + 18.6, n, BOLD, 10, WHITE)
            self.put(x0 + 30, y0 + 18, name, BOLD, 9.2, NAVY)
            yy = y0 + 31
            for runs in wrap_runs([(note, REG)], w - 14, size):
                self.draw_runs(x0 + 8, yy, runs, size)
                yy += size * 1.25
        self.y = top + rows * (box_h + gap) - gap + 6

    def callout(self, title, text, size=8.2, fill=SAND, edge=SAND_DARK):
        segs = seg(text) if isinstance(text, str) else text
        lines = wrap_runs(segs, RM - LM - 40, size)
        h = 8 + size * 1.4 + len(lines) * size * 1.32 + 7
        self.ensure(h + 8)
        top = self.y + 5
        r = pymupdf.Rect(LM, top, RM, top + h)
        self.page.draw_rect(r, color=edge, fill=fill, width=0.9)
        # anchor-ish glyph: a circle with a bar
        self.page.draw_circle((LM + 14, top + 14), 7, color=edge, fill=WHITE, width=1.2)
        self.put(LM + 11.6, top + 17.5, "!", BOLD, 10, edge)
        y = top + 7 + size * 1.1
        self.put(LM + 30, y, title, BOLD, size + 0.6, NAVY)
        y += 1.5
        for runs in lines:
            y += size * 1.32
            self.draw_runs(LM + 30, y, runs, size)
        self.y = top + h + 4

    def two_columns(self, left, right, gutter=18.0, size=BODY, titles=None):
        """Two independent columns of bullets, split by a thin rule."""
        cw = (RM - LM - gutter) / 2
        top = self.y
        ends = []
        for k, items in enumerate((left, right)):
            self.y = top
            x0 = LM + k * (cw + gutter)
            if titles:
                self.y += size * 1.5
                self.put(x0, self.y, titles[k], BOLD, size + 0.8, CORAL if k else TEAL)
                self.y += 2
            for it in items:
                self.bullet(it, x0=x0, x1=x0 + cw, size=size, indent=11, mark=CORAL if k else TEAL)
            ends.append(self.y)
        x = LM + cw + gutter / 2
        self.page.draw_line((x, top + 3), (x, max(ends)), color=RULE, width=0.5)
        self.y = max(ends) + 3

    def sidebar_block(self, main, side_title, side_items, side_w=168.0, size=BODY):
        """Main Label: value lines in a narrowed column with a shaded sidebar on the right."""
        top = self.y
        x1 = RM - side_w - 14
        for lab, val in main:
            self.lv(lab, val, x1=x1, size=size, gap_after=2.2)
        main_end = self.y
        # sidebar
        sx0 = RM - side_w
        lh = 7.8 * 1.3
        laid = [wrap_runs(seg(t), side_w - 24, 7.8) for t in side_items]
        h = 24 + sum(len(l) for l in laid) * lh + len(laid) * 2 + 6
        r = pymupdf.Rect(sx0, top + 4, RM, top + 4 + h)
        self.page.draw_rect(r, color=None, fill=CORAL_LIGHT, width=0)
        self.page.draw_line((sx0, r.y0), (sx0, r.y1), color=CORAL, width=2.2)
        self.put(sx0 + 10, r.y0 + 15, side_title, BOLD, 8.8, CORAL)
        y = r.y0 + 20
        for lines in laid:
            for i, runs in enumerate(lines):
                y += lh
                if i == 0:
                    self.page.draw_rect(pymupdf.Rect(sx0 + 10, y - 5.2, sx0 + 13.2, y - 2.0), color=None,
                                        fill=CORAL, width=0)
                self.draw_runs(sx0 + 18, y, runs, 7.8)
            y += 2
        self.y = max(main_end, r.y1) + 4

    def numbered_lines(self, paragraphs, size=8.2):
        """Text with marginal line numbers (every line numbered, grey, in the left margin)."""
        lh = size * 1.45
        n = 0
        for text in paragraphs:
            for runs in wrap_runs(seg(text), RM - LM - 14, size):
                self.ensure(lh)
                self.y += lh
                n += 1
                num = str(n)
                self.put(LM + 2 - tl(num, REG, 6.2), self.y - size * 0.28, num, REG, 6.2, GREY)
                self.draw_runs(LM + 14, self.y - size * 0.28, runs, size)
            self.y += 2.5
        self.page.draw_line((LM + 7, self.y - n * 0), (LM + 7, self.y), color=None, width=0)

    def faq_two_columns(self, items, gutter=18.0, size=7.9):
        """FAQ set in two columns: items flow down the left column and on into the right one."""
        cw = (RM - LM - gutter) / 2
        lh = size * 1.3
        laid = []
        for q, a in items:
            ql = wrap_runs([(q, BOLD)], cw, size)
            al = wrap_runs(seg(a), cw - 8, size)
            laid.append((ql, al, (len(ql) + len(al)) * lh + 6))
        total = sum(x[2] for x in laid)
        half = total / 2
        cols, acc = [[], []], 0.0
        for it in laid:
            c = 0 if acc + it[2] / 2 <= half else 1
            cols[c].append(it)
            acc += it[2]
        colh = max(sum(x[2] for x in c) for c in cols)
        self.ensure(colh + 6)
        top = self.y + 2
        for k, col in enumerate(cols):
            x0 = LM + k * (cw + gutter)
            y = top
            for ql, al, _ in col:
                for runs in ql:
                    y += lh
                    self.draw_runs(x0, y, runs, size, color=NAVY)
                for runs in al:
                    y += lh
                    self.draw_runs(x0 + 8, y, runs, size)
                y += 6
        x = LM + cw + gutter / 2
        self.page.draw_line((x, top + 4), (x, top + colh), color=RULE, width=0.5)
        self.y = top + colh + 4


# ---------------------------------------------------------------------- content
TOC_ENTRIES = [
    (1, "Variants at a glance"),
    (2, "Who can apply"),
    (3, "Documents you need"),
    (4, "Applying in the Dhruva Deck app"),
    (5, "Hold codes and what to do"),
    (6, "Credit limit and Sail Mode"),
    (7, "Fees and charges"),
    (8, "Anchors rewards and benefits"),
    (9, "Most important terms"),
    (10, "Frequently asked questions"),
    (11, "Help and escalation"),
    (12, "Key timelines"),
    (13, "Card controls and safety"),
    (14, "Notes"),
]


def build(toc_pages=None):
    b = Builder(toc_pages)
    p = b.page

    # ---------------- page 1: title band, card face, dark at-a-glance panel, contents
    band = pymupdf.Rect(0, 0, PAGE_W, 118)
    p.draw_rect(band, color=None, fill=NAVY, width=0)
    for k in range(4):
        pts = []
        x = 0.0
        j = 0
        while x <= PAGE_W:
            pts.append((x, 96 + k * 5 + (1.8 if j % 2 else -1.8)))
            x += 8
            j += 1
        p.draw_polyline(pts, color=TEAL, width=0.7)
    b.put(LM, 34, "Dhruvatara Bank Ltd.", BOLD, 11, (0.98, 0.86, 0.45))
    b.put(LM, 58, "Lahar Seafarer Credit Card", BOLD, 21, WHITE)
    b.put(LM, 76, "Customer guide for Indian merchant navy officers, engineers and ratings", REG, 9.5, WHITE)
    b.put(LM, 89, "Guide DTB/LHR/CG-07  |  version 1.4  |  15 January 2026", REG, 7.5, (0.80, 0.86, 0.92))

    b.y = 130
    intro = ("The Lahar card is built around life at sea: months on a ship, wages paid under a contract, "
             "patchy internet and bills that fall due while you are sailing. This guide explains the three "
             "variants, who can apply, the six steps of the application in the Dhruva Deck app, the fees, "
             "the Anchors rewards and where to get help.")
    b.rich([(intro, REG)], x1=RM - 190, size=8.6, gap_after=2)
    b.card_face(pymupdf.Rect(RM - 170, 128, RM, 128 + 104))
    b.y = max(b.y, 236)

    b.dark_panel("The card at a glance", [
        ("Issuer", "Dhruvatara Bank Ltd., Mumbai"),
        ("Card", "Lahar Seafarer Credit Card, in three variants: Harbour, Voyage and Admiral"),
        ("Made for", "Indian seafarers on merchant ships who are paid a monthly contract wage"),
        ("Apply in", "the Dhruva Deck app (Android and iOS), in 6 steps; most applicants finish in about 40 minutes"),
        ("Credit limit", "2 to 4 times your monthly contract wage, depending on the variant"),
        ("Special feature", "Sail Mode - a payment due date 10 days later, a full-payment auto-debit and a "
                            "daily cap on spends in India while you are at sea"),
        ("Rewards", "Anchors; 1 Anchor = Rs. 0.25 against your statement"),
        ("Help, 24x7", "Crew Desk 1800 419 6627 (toll-free in India) or +91 22 6190 4455 (from abroad)"),
    ])
    b.toc(TOC_ENTRIES)

    # ---------------- 1 variants
    b.heading(1, "Variants at a glance")
    b.para("Each variant has its own fees, wage minimum and limit multiple. The joining fee is charged once, "
           "on the first statement; the annual fee is charged from the second year on the card anniversary.")
    b.table(
        [150, 115, 115, 115],
        ["Feature", "Harbour", "Voyage", "Admiral"],
        [
            ["Card network", "RuPay", "Visa", "Visa"],
            ["Joining fee", "Rs. 499", "Rs. 2,499", "Rs. 7,999"],
            ["Annual fee (from year 2)", "Rs. 499", "Rs. 2,499", "Rs. 7,999"],
            ["Annual fee waived if yearly spends{a} reach", "Rs. 1,00,000", "Rs. 3,50,000", "Rs. 10,00,000"],
            ["Minimum monthly contract wage", "Rs. 45,000", "Rs. 1,20,000", "Rs. 3,00,000"],
            ["Limit multiple", "2 x wage", "3 x wage", "4 x wage"],
            ["Credit limit range", "Rs. 50,000 to Rs. 1,50,000", "Rs. 1,50,000 to Rs. 6,00,000",
             "Rs. 6,00,000 to Rs. 20,00,000"],
            ["Forex markup{b}", "2.5%", "1.5%", "0.99%"],
            ["Home Port add-on cards", "up to 1", "up to 2", "up to 3"],
            ["Airport lounge visits in India", "Nil", "2 per quarter", "4 per quarter"],
        ],
        caption="Table 1. Lahar variants side by side",
        bold_first=True,
        header_fills=[NAVY, TEAL, TEAL, TEAL],
    )
    b.hidden_white(HIDDEN["white"])

    # ---------------- 2 eligibility
    b.heading(2, "Who can apply")
    b.two_columns(
        [
            "you are an Indian citizen aged 21 to 60 years (25 to 60 years for Admiral);",
            "you hold a valid Continuous Discharge Certificate (CDC);",
            "you have at least 12 months of sea service in the last 36 months;",
            "you are on a contract now, or you signed off no more than 120 days ago;",
            "your wage is paid into a bank account in India (savings, NRE or NRO);",
            "your monthly contract wage meets the variant's minimum in Table 1;",
            "your bureau score is 700 or more (750 or more for Admiral).",
        ],
        [
            "you are a pre-sea cadet or trainee who has not yet signed on a ship;",
            "you work on a fishing vessel, an inland vessel or a barge;",
            "your CDC expires within 6 months of the application date;",
            "a loan or card of yours was written off or settled in the last 36 months;",
            "you are not an Indian citizen (OCI cardholders included);",
            "you already hold another Dhruvatara Bank credit card.",
        ],
        titles=["You can apply if", "You cannot apply if"],
    )
    b.para("Seafarers who are NRIs for tax purposes can apply, as long as the wage reaches an NRE or NRO "
           "account in India. Employers do not need to be Indian companies.")

    # ---------------- 3 documents
    b.heading(3, "Documents you need")
    b.lv("PAN", "the number is checked online; no upload is needed")
    b.lv("Identity and address", "Aadhaar eKYC, or your passport if your mobile number is not linked to Aadhaar")
    b.lv("CDC", "the photo page and the page with your latest sign-on entry")
    b.lv("Contract", "your current Seafarer Employment Agreement; if you have signed off, your last 3 wage slips")
    b.lv("Wage account statement", "the last 6 months, unless you link the account by account aggregator "
                                   "consent at the Wage Line step")
    b.lv("Admiral only", "your Certificate of Competency (CoC)")
    b.lv("File rules", "PDF, JPG or PNG; up to 5 MB a file; at most 12 files in one application")

    # ---------------- 4 onboarding
    b.heading(4, "Applying in the Dhruva Deck app", keep=150)
    b.para("The application has six steps. Each step must be finished before the next one opens. The app "
           "shows a timer for steps that time out.")
    b.process_boxes([
        ("Gangway", "Mobile number, PAN and OTP"),
        ("Muster Check", "Aadhaar eKYC or passport, selfie liveness"),
        ("Logbook", "CDC pages and contract; sea service counted"),
        ("Wage Line", "Wage account link and Tide Pay mandate"),
        ("Bridge Call", "Video KYC with a bank officer"),
        ("Cast Off", "Offer, Key Fact Statement and e-sign"),
    ])
    steps = [
        ("Step 1 - Gangway", "Enter your mobile number and PAN and confirm with the OTP sent by SMS.",
         "the OTP is valid for 5 minutes", "3 wrong OTPs lock the step for 30 minutes",
         "nothing is kept except your mobile number; start again"),
        ("Step 2 - Muster Check", "Complete Aadhaar eKYC or scan your passport, then take a selfie liveness check.",
         "15 minutes to finish once the step starts", "3 liveness tries a day",
         "your Gangway details are kept for 7 days"),
        ("Step 3 - Logbook", "Upload your CDC pages and your contract; the app counts your sea service from "
                             "the CDC entries.",
         "the upload session ends after 30 minutes without activity", "up to 5 uploads for each document",
         "your uploads are kept for 21 days"),
        ("Step 4 - Wage Line", "Link your wage account by account aggregator consent (or upload the statement) "
                               "and approve the Tide Pay auto-debit mandate.",
         "the mandate must be approved within 48 hours", "2 mandate attempts a day",
         "the application is kept for 21 days"),
        ("Step 5 - Bridge Call", "Video KYC with a bank officer, 9 am to 9 pm IST, every day. A low-bandwidth "
                                 "mode works from 256 kbps, so the call can be made from a ship.",
         "slots can be booked up to 14 days ahead; the officer waits 10 minutes for you",
         "3 missed slots close the application (code LH-990)",
         "the application is kept for 14 days after the last missed slot"),
        ("Step 6 - Cast Off", "See your variant and limit, read the Key Fact Statement and e-sign with an OTP.",
         "the offer is valid for 7 days", "3 e-sign OTP tries, then wait 30 minutes",
         "the offer lapses after 7 days and you restart from Step 4"),
    ]
    for name, what, timeout, retries, drop in steps:
        b.ensure(60)
        b.sub(name, keep=40, size=9.0)
        b.para(what, gap_after=1.2)
        b.lv("Timeout", timeout, indent=12, gap_after=0.6)
        b.lv("Retries", retries, indent=12, gap_after=0.6)
        b.lv("If you drop off", drop, indent=12, gap_after=2.0)
    b.para("After Cast Off a virtual card appears in the app at once; the physical card is sent to your "
           "address in India within 5 working days.")
    b.hidden_covered(HIDDEN["covered"])
    b.callout("Drop Anchor - pause your application",
              "About to sail? At Step 3, 4 or 5 you can tap Drop Anchor once per application to pause it for "
              "up to 45 days. All timers stop while it is paused. After 45 days the application opens again at "
              "the same step; if you do not continue within 7 days it closes with code LH-990.")

    # ---------------- 5 hold codes
    b.heading(5, "Hold codes and what to do", keep=120)
    b.para("If the app stops your application it shows a hold code. Quote the code when you call the Crew Desk.")
    b.table(
        [50, 70, 185, 190],
        ["Code", "Step", "What it means", "What to do"],
        [
            ["LH-110", "1 Gangway", "The name on your PAN does not match the name held for your mobile number.",
             "Check the PAN name; if it is right, finish the step at a Port Desk with your PAN card."],
            ["LH-120", "1 Gangway", "Your PAN is inactive or not linked with Aadhaar.",
             "Link PAN and Aadhaar, then try again after 48 hours."],
            ["LH-210", "2 Muster Check", "The selfie liveness check failed 3 times today.",
             "Try again the next day in good light, or finish the step at a Port Desk."],
            ["LH-230", "2 Muster Check", "Your passport expires within 6 months.",
             "Renew the passport, or use Aadhaar eKYC instead."],
            ["LH-310", "3 Logbook", "Your CDC expires within 6 months.",
             "Renew the CDC and apply again; this application cannot continue."],
            ["LH-320", "3 Logbook", "Less than 12 months of sea service in the last 36 months.",
             "Apply again once you have 12 months; nothing to upload now."],
            ["LH-330", "3 Logbook", "Your manning agency is not on the bank's Listed Manning Agency list.",
             "Upload a letter from your employer on its letterhead; the review takes up to 5 working days."],
            ["LH-410", "4 Wage Line", "Wage credits were not found in at least 3 of the last 6 months.",
             "Upload your contract and your last 3 wage slips."],
            ["LH-420", "4 Wage Line", "Your bank rejected the Tide Pay mandate.",
             "Use another account, or try the same account the next day."],
            ["LH-510", "5 Bridge Call", "The video call dropped because of low bandwidth.",
             "Rebook a slot and switch on low-bandwidth mode (256 kbps)."],
            ["LH-520", "5 Bridge Call", "The officer could not match your face with your documents.",
             "Visit a Port Desk with your original CDC and passport."],
            ["LH-610", "6 Cast Off", "The e-sign OTP failed 3 times.",
             "Wait 30 minutes and e-sign again; the offer stays valid for 7 days."],
            ["LH-990", "Any step", "Application closed: 3 missed Bridge Call slots, or it lapsed after a "
                                   "pause or a drop-off.",
             "Apply again after 30 days; earlier uploads are not kept."],
        ],
        caption="Table 2. Hold codes",
        bold_first=True,
    )

    # ---------------- 6 limit and Sail Mode
    b.heading(6, "Credit limit and Sail Mode", keep=200)
    b.sub("How the limit is set", keep=40)
    b.para("Your limit is your monthly contract wage times the limit multiple of your variant (Table 1), "
           "rounded down to the nearest Rs. 5,000 and kept within the variant's range. A wage paid in a "
           "foreign currency is converted at the bank's reference rate on the day of the Wage Line step.")
    b.lv("Example", "a Voyage applicant with a monthly contract wage of Rs. 1,84,000: 3 x Rs. 1,84,000 = "
                    "Rs. 5,52,000, rounded down to a limit of Rs. 5,50,000. The cash limit is 20% of the credit "
                    "limit, here Rs. 1,10,000.")
    b.sub("Sail Mode", keep=120)
    b.sidebar_block(
        [
            ("Turning it on", "in the app, enter your sign-on date and your expected sign-off date; Sail Mode "
                              "takes effect within 4 hours"),
            ("Due date", "28 days after the statement date instead of 18 days"),
            ("Tide Pay", "the full amount due is debited from your linked account 3 days before the due date; "
                         "a failed debit is tried once more the next day"),
            ("Spends in India", "card and online spends in India are capped at Rs. 15,000 a day; Home Port "
                                "add-on cards are not affected"),
            ("Longest period", "270 days{d}"),
            ("Activation fee", "Rs. 199 for Harbour; Nil for Voyage and Admiral"),
            ("Ending", "automatically 15 days after the expected sign-off date, or when you tap Sign Off in "
                       "the app"),
            ("Shore Leave Bonus", "starts on the day Sail Mode ends (see section 8)"),
        ],
        "No signal at sea?",
        [
            "Block the card by SMS: send LAHAR BLOCK to 56161 from your registered number.",
            "Write to crewdesk@dhruvatarabank.in from your registered e-mail; replies within 24 hours.",
            "Satellite e-mail is fine: keep messages under 50 KB with no attachments.",
            "Ask the master or the ship's agent to call the Crew Desk on +91 22 6190 4455 for you.",
        ],
    )

    # ---------------- 7 fees
    b.heading(7, "Fees and charges", keep=160)
    b.para("All fees and charges attract GST at 18%. Joining and annual fees are in Table 1.")
    b.table(
        [215, 280],
        ["Charge", "Amount"],
        [
            ["Home Port add-on card", "First add-on free; Rs. 299 a year for each further add-on"],
            ["Card replacement in India", "Rs. 150"],
            ["Emergency card replacement abroad", "Rs. 2,500 (Nil for Admiral)"],
            ["Finance charge", "3.35% a month (40.2% a year); Admiral 2.95% a month (35.4% a year)"],
            ["Cash withdrawal fee", "See Table 4B"],
            ["Forex markup", "2.5% Harbour, 1.5% Voyage, 0.99% Admiral"],
            ["Overlimit charge", "2.5% of the amount over the limit, minimum Rs. 500"],
            ["Sail Mode activation", "Rs. 199 per activation for Harbour; Nil for Voyage and Admiral"],
            ["Tide Pay bounce charge", "Rs. 450 for each failed debit"],
            ["Reward redemption fee", "Rs. 99 per redemption request"],
            ["Cash or cheque payment at a branch", "Rs. 100 per payment"],
            ["Copy of a statement older than 3 months", "Rs. 100 per copy"],
            ["Fuel surcharge waiver", "1% on fuel bills of Rs. 400 to Rs. 4,000; up to Rs. 250 a month"],
        ],
        caption="Table 3. Schedule of charges",
        bold_first=True,
    )
    b.ensure(130)
    top = b.y
    e1 = b.table(
        [120, 95],
        ["Total amount due", "Charge"],
        [
            ["Up to Rs. 500", "Nil"],
            ["Rs. 501 to Rs. 5,000", "Rs. 500"],
            ["Rs. 5,001 to Rs. 20,000", "Rs. 900"],
            ["Rs. 20,001 to Rs. 50,000", "Rs. 1,200"],
            ["Above Rs. 50,000", "Rs. 1,400"],
        ],
        caption="Table 4A. Late payment charge",
        align=["l", "r"], advance=False,
    )
    e2 = b.table(
        [120, 75, 75],
        ["Amount withdrawn", "In India", "Abroad"],
        [
            ["Up to Rs. 10,000", "Rs. 300", "Rs. 450"],
            ["Rs. 10,001 to Rs. 25,000", "2.5%", "3%"],
            ["Above Rs. 25,000", "3%", "3.5%"],
        ],
        caption="Table 4B. Cash withdrawal fee",
        align=["l", "r", "r"], x0=RM - 270, advance=False,
    )
    b.y = max(e1, e2)
    b.para("The late payment charge applies when the minimum amount due is not paid by the due date. Table 4B "
           "is the same for all three variants; interest on cash runs from the day of withdrawal.")
    b.hidden_invisible(HIDDEN["invisible"])

    # ---------------- 8 rewards
    b.heading(8, "Anchors rewards and benefits", keep=200)
    b.para("You earn Anchors on every statement. The rates below are Anchors per Rs. 100 spent; the caps are "
           "per calendar month and the same for all variants.")
    b.table(
        [190, 50, 50, 50, 155],
        ["Spend category", "Harbour", "Voyage", "Admiral", "Monthly cap"],
        [
            ["International spends (outside India)", "4", "6", "8", "6,000 Anchors"],
            ["Port Partner merchants in port cities", "5", "7", "10", "4,000 Anchors"],
            ["Rigging Row crew-gear stores", "3", "5", "8", "3,000 Anchors"],
            ["Flights on Dhruva Deck Travel", "5", "8", "10", "5,000 Anchors"],
            ["All other spends", "1", "2", "3", "No cap"],
            ["Fuel, rent, wallet loads, EMI and cash", "0", "0", "0", "Not applicable"],
        ],
        caption="Table 5. Anchors earned per Rs. 100",
        bold_first=True, rotated=[1, 2, 3], header_h=50, align=["l", "c", "c", "c", "l"],
        header_fills=[NAVY, CORAL, TEAL, NAVY_DEEP, NAVY],
    )
    b.lv("Shore Leave Bonus", "for 30 days after Sail Mode ends, Anchors on spends in India{e} are doubled for "
                              "Harbour and tripled for Voyage and Admiral; the bonus is capped at 3,000 Anchors "
                              "per sign-off")
    b.lv("Welcome Anchors", "Voyage 1,000 and Admiral 5,000 Anchors when you spend Rs. 25,000 in the first 60 "
                            "days; none for Harbour")
    b.lv("Using Anchors", "1 Anchor = Rs. 0.25 against your statement, or Rs. 0.40 for flights on Dhruva Deck "
                          "Travel; at least 500 Anchors per redemption")
    b.lv("Expiry", "Anchors expire 36 months after the month in which they were earned")
    b.table(
        [190, 100, 100, 105],
        ["Benefit", "Harbour", "Voyage", "Admiral"],
        [
            ["Crew Shield accident cover{c}", "Rs. 5,00,000", "Rs. 15,00,000", "Rs. 40,00,000"],
            ["Lost baggage cover (flights paid by the card)", "Nil", "Rs. 25,000", "Rs. 75,000"],
            ["Port Desk priority service", "No", "Yes", "Yes"],
        ],
        caption="Table 6. Other benefits",
        bold_first=True,
        header_fills=[NAVY, CORAL, TEAL, NAVY_DEEP],
    )

    # ---------------- 9 most important terms
    b.heading(9, "Most important terms", keep=120)
    b.numbered_lines([
        "The credit limit and the cash limit are shown in the app and on every statement.",
        "Statement date: the 5th of every month. Payment due date: 18 days after the statement date, or 28 "
        "days while Sail Mode is on.",
        "Interest-free period: up to 48 days, or up to 58 days while Sail Mode is on. There is no interest-free "
        "period on cash withdrawals.",
        "If the full amount due is not paid by the due date, the finance charge in Table 3 applies to every "
        "spend from the date of the spend until it is paid.",
        "Payments through Tide Pay, the app or UPI are credited the same day; NEFT and IMPS payments from "
        "another bank are credited within 1 working day.",
        "A card that is not used for 365 days may be closed after 30 days' notice by SMS and e-mail.",
        "The bank reports your account to credit bureaus every month.",
        "A disputed transaction must be raised within 60 days of the statement date that shows it.",
    ])

    # ---------------- 10 FAQ
    b.heading(10, "Frequently asked questions", keep=200)
    b.faq_two_columns([
        ("Can my family use the card while I am at sea?",
         "Yes, through a Home Port add-on card for a spouse, a parent or a child aged 18 or above. You can set "
         "a monthly spend cap on each add-on in the app, and add-on cards keep working normally in Sail Mode."),
        ("I am an NRI for tax. Can I apply?",
         "Yes, if your wage is credited to an NRE or NRO account in India and you meet section 2. Tide Pay can "
         "debit an NRE account."),
        ("My wage is paid in US dollars. How is my limit worked out?",
         "The wage is converted at the bank's reference rate on the day of the Wage Line step."),
        ("What if I have to join a ship while my application is open?",
         "Use Drop Anchor (section 4). The Bridge Call can be made from the ship in low-bandwidth mode."),
        ("Can I change my variant?",
         "You can upgrade after 6 months of on-time payments if your wage meets the new minimum. A downgrade is "
         "possible at any time at no charge. The new annual fee applies from the next card anniversary."),
        ("My card was lost in a foreign port. What now?",
         "Block it in the app or by SMS (LAHAR BLOCK to 56161) and call the Crew Desk. An emergency card is "
         "delivered to your ship's agent within 4 working days; the fee is in Table 3."),
        ("Do Anchors expire?",
         "Yes, 36 months after the month in which they were earned."),
        ("How do I close the card?",
         "In the app or through the Crew Desk. The card is closed within 7 working days once all dues are paid; "
         "unused Anchors lapse on closure."),
    ])

    # ---------------- 11 help
    b.heading(11, "Help and escalation", keep=150)
    b.lv("Crew Desk, 24x7", "1800 419 6627 (toll-free in India); +91 22 6190 4455 (from abroad, normal call "
                            "charges)")
    b.lv("WhatsApp (chat only)", "+91 90040 71188")
    b.lv("E-mail", "crewdesk@dhruvatarabank.in")
    b.lv("Block the card by SMS", "LAHAR BLOCK to 56161")
    b.lv("Port Desks", "at Dhruvatara branches in Mumbai (Ballard Estate), Kochi (Willingdon Island), Chennai "
                       "(Rajaji Salai), Visakhapatnam and Kolkata (Kidderpore); Monday to Saturday, 9.30 am to "
                       "5.30 pm")
    b.sub("If you are not satisfied", keep=60, size=9.0)
    b.lv("Level 1 - Crew Desk", "reply within 3 working days")
    b.lv("Level 2 - Grievance Officer", "Ms. Revathi Kunnath, grievance.lahar@dhruvatarabank.in, "
                                        "022 6190 4499; reply within 7 working days")
    b.lv("Level 3 - Principal Nodal Officer", "Mr. Anand Sequeira, nodal.officer@dhruvatarabank.in; reply "
                                              "within 10 working days")
    b.lv("After that", "if the complaint is not resolved within 30 days of your first complaint, or you are not "
                       "happy with the reply, you may approach the banking ombudsman")

    # ---------------- 12 timelines
    b.heading(12, "Key timelines", keep=170)
    b.table(
        [300, 195],
        ["Event", "Timeline"],
        [
            ["Virtual card after Cast Off", "At once"],
            ["Physical card delivered in India", "Within 5 working days"],
            ["Sail Mode takes effect", "Within 4 hours"],
            ["Tide Pay debit", "3 days before the due date"],
            ["Anchors credited", "Within 5 days of the statement date"],
            ["Home Port add-on card issued", "Within 7 working days"],
            ["Emergency card delivered abroad", "Within 4 working days"],
            ["Merchant refund credited to the card", "Within 7 working days"],
            ["Dispute resolved", "Within 45 days of being raised"],
            ["Card closure after dues are paid", "Within 7 working days"],
            ["Applying again after code LH-990", "After 30 days"],
        ],
        caption="Table 7. Key timelines",
    )

    # ---------------- 13 card controls and safety
    b.heading(13, "Card controls and safety", keep=120)
    b.lv("Switches in the app", "international, online, contactless and ATM use can each be turned on or off, "
                                "and each can have its own daily limit")
    b.lv("Home Port controls", "the primary cardholder sets a monthly spend cap for each add-on card and can "
                               "pause an add-on card at any time")
    b.lv("Unauthorised spends", "report them to the Crew Desk within 3 working days of the SMS alert and you "
                                "pay nothing for them; the bank credits the disputed amount within 10 working "
                                "days while it checks")
    b.lv("Port scams", "the bank never asks for your OTP, CVV or PIN by phone, e-mail or WhatsApp, and never "
                       "sends an agent to a ship to collect a card")
    b.callout("Before you sail",
              "Turn on Sail Mode, check that the Tide Pay account has enough balance for the next two due dates, "
              "and save the Crew Desk number +91 22 6190 4455 in your phone.")
    b.hidden_tiny(HIDDEN["tiny"])

    # ---------------- 14 endnotes
    b.heading(14, "Notes", keep=80)
    for mark, text in [
        ("a", "Yearly spends for the annual fee waiver are counted over the card year (from one card "
              "anniversary to the next) and leave out cash withdrawals, EMI conversions, fees and wallet loads."),
        ("b", "The forex markup also applies to rupee transactions processed by a merchant outside India."),
        ("c", "Crew Shield is not valid while the cardholder is on board a vessel; it covers accidents ashore "
              "and during air travel."),
        ("d", "At most 2 Sail Mode periods are allowed in a card year; a period still running on day 270 ends "
              "on that day."),
        ("e", "The Shore Leave Bonus counts spends in India only; bonus Anchors are credited with the next "
              "statement."),
    ]:
        b.rich([(f"({mark})  ", BOLD), (text, REG)], size=7.8, gap_after=2.0)

    # ---------------- footers
    n = len(b.doc)
    for i, pg in enumerate(b.doc):
        pg.draw_line((LM, 808), (RM, 808), color=RULE, width=0.5)
        b.put(LM, 820, FOOTER_LEFT, REG, 6.8, GREY, page=pg)
        t = f"Page {i + 1} of {n}"
        b.put(RM - tl(t, BOLD, 7.5), 820, t, BOLD, 7.5, NAVY, page=pg)
    return b


def main():
    first = build()
    pages = dict(first.section_pages)
    b = build(pages)
    assert b.section_pages == pages, (b.section_pages, pages)
    doc = b.doc
    doc.set_metadata({
        "title": "Lahar Seafarer Credit Card - Customer guide (fictional)",
        "author": "Dhruvatara Bank Ltd. (fictional)",
        "subject": "Customer guide for a fictional credit card for Indian seafarers",
        "keywords": "fictional, evaluation, credit card, seafarer",
        "creator": "build_pdf.py",
        "producer": "PyMuPDF",
        "creationDate": "D:20260115090000+05'30'",
        "modDate": "D:20260115090000+05'30'",
    })
    doc.save(OUT, garbage=4, deflate=True, clean=True, no_new_id=True)
    print(f"wrote {OUT}: {len(doc)} pages; sections {pages}; hidden {b.hidden_pages}")


if __name__ == "__main__":
    main()
