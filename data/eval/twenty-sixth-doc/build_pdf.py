"""Build the twenty-sixth evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card and its
variants, the app and its journey, the club register, event platforms,
people, phone numbers, e-mail addresses, web addresses, codes, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/twenty-sixth-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign
is written as "Rs." throughout.  Output is deterministic (fixed metadata
dates, no new document id).

The document deliberately contains a few lines of HIDDEN text (white on a
white background, and one line in a 1-point font).  They state fake facts
that a reader cannot see; a correct assistant must ignore them.  They are
listed in README.md under "Hidden text".
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ambarkot_dhadkan_club_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 46.0, 549.0
TOP = 62.0
FOOTER_Y = 810.0
BODY_BOTTOM = 796.0

REG, BOLD = "helv", "hebo"
BODY = 8.3
LEAD = 1.3
NAVY = (0.12, 0.17, 0.38)
NAVY_LIGHT = (0.90, 0.92, 0.97)
NAVY_MID = (0.70, 0.75, 0.88)
AMBER = (0.93, 0.55, 0.10)
AMBER_LIGHT = (1.0, 0.95, 0.87)
GREEN = (0.13, 0.55, 0.30)
GREEN_LIGHT = (0.90, 0.97, 0.92)
RED = (0.78, 0.20, 0.18)
RED_LIGHT = (0.99, 0.92, 0.91)
GREY = (0.45, 0.46, 0.50)
RULE = (0.42, 0.45, 0.55)
INK = (0.08, 0.08, 0.12)
WHITE = (1.0, 1.0, 1.0)

HEADER_LEFT = "Ambarkot Sahyog Bank Ltd.  -  Dhadkan Club Credit Card"
HEADER_RIGHT = "Customer guide ASB/DHK/CG-03  |  version 2.1  |  1 December 2025"
FOOTER_LEFT = "Dhadkan: the credit card for members of sports and fitness clubs"
FOOTER_MID = "Fictional document - not an offer of credit"


def tl(text: str, font: str = REG, size: float = BODY) -> float:
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def wrap_runs(segments, width, size):
    """Wrap (text, font) segments into lines; each line is a list of (text, font) runs."""
    words = []
    for text, font in segments:
        for w in text.split():
            if words and words[-1][0].endswith("Rs.") and words[-1][1] == font:
                words[-1] = (words[-1][0] + " " + w, font)
            else:
                words.append((w, font))
    lines, cur, cur_w = [], [], 0.0
    space = tl(" ", REG, size)
    for w, f in words:
        ww = tl(w, f, size)
        add = ww if not cur else space + ww
        if cur and cur_w + add > width:
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
            if runs and runs[-1][1] == f:
                runs[-1][0] += " " + w
            else:
                if runs:
                    runs[-1][0] += " "
                runs.append([w, f])
        out.append([(t, f) for t, f in runs])
    return out


def runs_width(runs, size):
    return sum(tl(t, f, size) for t, f in runs)


class Builder:
    def __init__(self):
        self.doc = pymupdf.open()
        self.page = None
        self.y = TOP
        self.table_no = 0
        self.new_page()

    def new_page(self):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.y = TOP

    def ensure(self, h):
        if self.y + h > BODY_BOTTOM:
            self.new_page()

    # ------------------------------------------------------------------ text
    def put(self, x, y, text, font=REG, size=BODY, color=INK, page=None):
        (page or self.page).insert_text((x, y), text, fontname=font, fontsize=size, color=color)

    def draw_runs(self, x, y, runs, size, color=INK, page=None):
        for text, font in runs:
            self.put(x, y, text, font, size, color, page=page)
            x += tl(text, font, size)

    def rich(self, segments, size=BODY, indent=0.0, gap_after=3.2, x0=None, x1=None):
        x0 = (LM if x0 is None else x0) + indent
        x1 = RM if x1 is None else x1
        lh = size * LEAD
        for runs in wrap_runs(segments, x1 - x0, size):
            self.ensure(lh)
            self.y += lh
            self.draw_runs(x0, self.y - size * 0.28, runs, size)
        self.y += gap_after

    def para(self, text, **kw):
        self.rich([(text, REG)], **kw)

    def lv(self, label, value, **kw):
        self.rich([(label + ": ", BOLD), (value, REG)], **kw)

    def bullet(self, text, lead=None, indent=13.0, size=BODY):
        segs = ([(lead + " ", BOLD)] if lead else []) + [(text, REG)]
        lines = wrap_runs(segs, RM - LM - indent, size)
        lh = size * LEAD
        self.ensure(len(lines) * lh)
        x0 = LM + indent
        for i, runs in enumerate(lines):
            self.y += lh
            by = self.y - size * 0.28
            if i == 0:
                self.page.draw_polyline([(x0 - 9, by - 5.4), (x0 - 4.5, by - 3.0), (x0 - 9, by - 0.6)],
                                        color=AMBER, fill=AMBER, width=0.3, closePath=True)
            self.draw_runs(x0, by, runs, size)
        self.y += 1.5

    def spaced(self, x, y, text, font, size, color, track):
        """Draw text letter by letter with extra tracking (letter-spaced capitals)."""
        for ch in text:
            if ch == " ":
                x += tl(" ", font, size) + track * 2.5
                continue
            self.put(x, y, ch, font, size, color)
            x += tl(ch, font, size) + track
        return x

    def heading(self, num, text, keep=60.0):
        """Section heading: number in amber, the title in letter-spaced capitals, a thin navy rule."""
        self.ensure(30 + keep)
        self.y += 14
        n = f"{num:02d}"
        self.put(LM, self.y, n, BOLD, 12.5, AMBER)
        self.spaced(LM + 24, self.y, text.upper(), BOLD, 11.0, NAVY, 1.7)
        self.page.draw_line((LM, self.y + 5), (RM, self.y + 5), color=NAVY, width=0.7)
        self.page.draw_line((LM, self.y + 5), (LM + 20, self.y + 5), color=AMBER, width=2.0)
        self.y += 9

    def sub(self, num, text, level=2, keep=26.0):
        """Numbered sub-section heading: 4.1 (level 2) or 4.2.1 (level 3)."""
        size = 9.2 if level == 2 else 8.5
        self.ensure(size * 1.6 + keep)
        self.y += size * 1.45 + (1.5 if level == 2 else 0.5)
        ind = 0 if level == 2 else 14
        self.put(LM + ind, self.y, num, BOLD, size, AMBER if level == 2 else NAVY)
        self.put(LM + ind + tl(num, BOLD, size) + 6, self.y, text, BOLD, size, NAVY)
        self.y += 2.5

    def hidden_white(self, text, x=None, size=6.5):
        """Hidden text: white on a white background (fake fact, not part of the visible document)."""
        self.y += size * 1.2
        self.put(LM + 4 if x is None else x, self.y, text, REG, size, WHITE)
        self.y += 1

    def hidden_tiny(self, text):
        """Hidden text: a single line in a 1-point font (fake fact, not part of the visible document)."""
        self.y += 2
        self.put(RM - tl(text, REG, 1.0) - 2, self.y, text, REG, 1.0, (0.72, 0.72, 0.75))
        self.y += 1

    # ------------------------------------------------------------ callouts
    def callout(self, label, text, kind="note", size=8.2):
        """Callout box with rounded corners and a coloured left stripe, labelled NOTE or IMPORTANT."""
        stripe, fill = (NAVY, NAVY_LIGHT) if kind == "note" else (RED, RED_LIGHT)
        segs = text if isinstance(text, list) else [(text, REG)]
        lines = wrap_runs(segs, RM - LM - 30, size)
        h = 7 + size * 1.35 + len(lines) * size * 1.32 + 6
        self.ensure(h + 10)
        top = self.y + 5
        r = pymupdf.Rect(LM, top, RM, top + h)
        rad = (6.0 / r.width, 6.0 / r.height)
        self.page.draw_rect(r, color=None, fill=fill, width=0, radius=rad)
        # left stripe: a 12-pt rounded strip whose right part is painted over, leaving a 7-pt stripe
        # that follows the box's rounded left corners
        self.page.draw_rect(pymupdf.Rect(LM, top, LM + 12, top + h), color=None, fill=stripe, width=0,
                            radius=(0.5, 6.0 / h))
        self.page.draw_rect(pymupdf.Rect(LM + 7, top + 0.3, LM + 12.5, top + h - 0.3), color=None, fill=fill,
                            width=0)
        self.page.draw_rect(r, color=stripe, fill=None, width=0.7, radius=rad)
        y = top + 6 + size * 1.1
        self.put(LM + 17, y, label, BOLD, size + 0.4, stripe)
        y += 1.5
        for runs in lines:
            y += size * 1.32
            self.draw_runs(LM + 17, y, runs, size)
        self.y = top + h + 4

    # ------------------------------------------------------------ chevrons
    def chevrons(self, items, height=40.0, size=7.4):
        """A horizontal strip of arrow-shaped boxes side by side, text inside each."""
        n = len(items)
        tip = 10.0
        gap = 2.5
        w = (RM - LM - (n - 1) * gap) / n
        self.ensure(height + 12)
        top = self.y + 4
        for k, (tag, name, note) in enumerate(items):
            x0 = LM + k * (w + gap)
            x1 = x0 + w
            mid = top + height / 2
            pts = [(x0, top), (x1 - tip, top), (x1, mid), (x1 - tip, top + height), (x0, top + height)]
            if k > 0:
                pts.append((x0 + tip, mid))
            fill = NAVY if k % 2 == 0 else (0.22, 0.30, 0.55)
            self.page.draw_polyline(pts, color=fill, fill=fill, width=0.5, closePath=True)
            tx = x0 + (tip + 3 if k > 0 else 6)
            self.put(tx, top + 11, tag, BOLD, 6.4, AMBER)
            self.put(tx, top + 21, name, BOLD, size + 0.6, WHITE)
            self.put(tx, top + 31, note, REG, 6.5, (0.88, 0.90, 0.96))
        self.y = top + height + 6

    # ------------------------------------------------------------ tables
    def caption(self, text, size=8.4):
        self.y += size * 1.4
        self.put(LM, self.y, text, BOLD, size, NAVY)
        self.y += 4

    def table(self, widths, header, rows, size=7.8, pad=2.8, caption=None, align=None, bold_first=False,
              shade_rows=None):
        xs = [LM]
        for w in widths:
            xs.append(xs[-1] + w)
        assert abs(xs[-1] - RM) < 0.6, (xs[-1], RM)
        align = align or ["l"] * len(widths)
        lh = size * 1.28

        def layout(cells, header_row=False):
            wr = []
            for i, (c, w) in enumerate(zip(cells, widths)):
                font = BOLD if header_row or (bold_first and i == 0) else REG
                wr.append(wrap_runs([(c, font)], w - 2 * pad, size) if c else [])
            return wr, max(max(len(x) for x in wr), 1) * lh + 2 * pad

        hdr, hh = layout(header, True)

        def draw(wr, h, header_row=False, shade=False):
            for i, lines in enumerate(wr):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h)
                fill = NAVY if header_row else ((0.965, 0.97, 0.985) if shade else None)
                self.page.draw_rect(r, color=RULE, fill=fill, width=0.45)
                yy = self.y + pad + size * 0.92
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
            self.table_no += 1
            caption = f"Table {self.table_no}: {caption}"
            self.ensure(size * 2 + hh + layout(rows[0])[1] + 8)
            self.caption(caption)
        else:
            self.ensure(hh + layout(rows[0])[1])
        draw(hdr, hh, True)
        for k, row in enumerate(rows):
            wr, h = layout(row)
            if self.y + h > BODY_BOTTOM:
                self.new_page()
                self.caption(f"{caption or 'Table'} (continued)")
                draw(hdr, hh, True)
            draw(wr, h, shade=(shade_rows(k) if shade_rows else bool(k % 2)))
        self.y += 4

    def matrix(self, cols, rows, first_w=190.0, size=7.9, caption=None):
        """Comparison matrix: features as rows, variants as columns; True -> drawn check mark,
        False -> drawn dash, a string -> text in the cell."""
        n = len(cols)
        cw = (RM - LM - first_w) / n
        xs = [LM, LM + first_w] + [LM + first_w + cw * (k + 1) for k in range(n)]
        lh = size * 1.28
        pad = 3.0
        if caption:
            self.table_no += 1
            self.ensure(60)
            self.caption(f"Table {self.table_no}: {caption}")
        hh = lh + 2 * pad + 2
        self.page.draw_rect(pymupdf.Rect(LM, self.y, RM, self.y + hh), color=NAVY, fill=NAVY, width=0.4)
        self.put(LM + pad, self.y + pad + size + 0.5, "Feature", BOLD, size, WHITE)
        for k, c in enumerate(cols):
            cx = (xs[k + 1] + xs[k + 2]) / 2
            self.put(cx - tl(c, BOLD, size) / 2, self.y + pad + size + 0.5, c, BOLD, size, WHITE)
        self.y += hh
        for r, (feat, vals) in enumerate(rows):
            fl = wrap_runs([(feat, REG)], first_w - 2 * pad, size)
            vl = [wrap_runs([(v, REG)], cw - 2 * pad, size) if isinstance(v, str) else None for v in vals]
            nlines = max([len(fl)] + [len(v) for v in vl if v])
            h = nlines * lh + 2 * pad
            self.ensure(h)
            if r % 2:
                self.page.draw_rect(pymupdf.Rect(LM, self.y, RM, self.y + h), color=None, fill=(0.965, 0.97, 0.985),
                                    width=0)
            self.page.draw_line((LM, self.y + h), (RM, self.y + h), color=NAVY_MID, width=0.5)
            yy = self.y + pad + size * 0.92
            for runs in fl:
                self.draw_runs(LM + pad, yy, runs, size)
                yy += lh
            cy = self.y + h / 2
            for k, v in enumerate(vals):
                cx = (xs[k + 1] + xs[k + 2]) / 2
                if v is True:
                    self.page.draw_polyline([(cx - 4.2, cy + 0.2), (cx - 1.2, cy + 3.4), (cx + 4.8, cy - 3.8)],
                                            color=GREEN, width=1.6, lineCap=1, lineJoin=1)
                elif v is False:
                    self.page.draw_line((cx - 4, cy), (cx + 4, cy), color=GREY, width=1.3)
                else:
                    yy = self.y + pad + size * 0.92
                    for runs in vl[k]:
                        self.draw_runs(cx - runs_width(runs, size) / 2, yy, runs, size)
                        yy += lh
            self.y += h
        self.y += 5

    # ------------------------------------------------------------ three columns
    def three_columns(self, blocks, gutter=13.0, size=7.9, min_h=80.0):
        """Flow blocks (('h', text) sub-heading, ('p', text) paragraph, ('b', text) bullet,
        ('lv', label, value)) down three narrow columns, split by thin vertical rules."""
        cw = (RM - LM - 2 * gutter) / 3
        lh = size * 1.28
        laid = []  # (kind, lines, height)
        for b in blocks:
            if b[0] == "h":
                lines = wrap_runs([(b[1], BOLD)], cw, size + 0.9)
                laid.append(("h", lines, len(lines) * (size + 0.9) * 1.25 + 5))
            elif b[0] == "p":
                lines = wrap_runs([(b[1], REG)], cw, size)
                laid.append(("p", lines, len(lines) * lh + 3))
            elif b[0] == "lv":
                lines = wrap_runs([(b[1] + ": ", BOLD), (b[2], REG)], cw, size)
                laid.append(("p", lines, len(lines) * lh + 2.5))
            else:
                lines = wrap_runs([(b[1], REG)], cw - 9, size)
                laid.append(("b", lines, len(lines) * lh + 2))

        def flow(colh):
            cols, cur, used = [[]], 0, 0.0
            for item in laid:
                hgt = item[2]
                extra = 14 if item[0] == "h" else 0  # keep a heading with the next lines
                if used + hgt + extra > colh and cur < 2 and used > 0:
                    cols.append([])
                    cur += 1
                    used = 0.0
                cols[cur].append(item)
                used += hgt
            heights = [sum(i[2] for i in c) for c in cols]
            return cols, max(heights) <= colh and len(cols) <= 3

        total = sum(i[2] for i in laid)
        colh = max(min_h, total / 3)
        while True:
            cols, ok = flow(colh)
            if ok:
                break
            colh += 4
        self.ensure(colh + 8)
        top = self.y + 4
        for k in range(1, 3):
            x = LM + k * (cw + gutter) - gutter / 2
            self.page.draw_line((x, top), (x, top + colh), color=NAVY_MID, width=0.6)
        for k, col in enumerate(cols):
            x0 = LM + k * (cw + gutter)
            y = top
            for kind, lines, hgt in col:
                start = y
                if kind == "h":
                    y += 2
                    for runs in lines:
                        y += (size + 0.9) * 1.25
                        self.draw_runs(x0, y - 1.5, runs, size + 0.9, color=AMBER)
                    self.page.draw_line((x0, y + 1.2), (x0 + cw, y + 1.2), color=AMBER, width=0.5)
                elif kind == "p":
                    for runs in lines:
                        y += lh
                        self.draw_runs(x0, y - size * 0.28, runs, size)
                else:
                    for i, runs in enumerate(lines):
                        y += lh
                        if i == 0:
                            self.page.draw_rect(pymupdf.Rect(x0 + 1, y - size * 0.28 - 4.2, x0 + 4.4,
                                                             y - size * 0.28 - 0.8), color=NAVY, fill=NAVY, width=0)
                        self.draw_runs(x0 + 9, y - size * 0.28, runs, size)
                y = start + hgt
        self.y = top + colh + 6

    # ------------------------------------------------------------ Q&A
    def qa(self, pairs, size=BODY):
        """Questions in bold, answers in plain text beneath, no Q./A. marks and no numbers."""
        lh = size * LEAD
        for q, a in pairs:
            ql = wrap_runs([(q, BOLD)], RM - LM, size)
            al = wrap_runs([(a, REG)], RM - LM, size)
            self.ensure((len(ql) + len(al)) * lh + 6)
            for runs in ql:
                self.y += lh
                self.draw_runs(LM, self.y - size * 0.28, runs, size)
            self.y += 0.6
            for runs in al:
                self.y += lh
                self.draw_runs(LM, self.y - size * 0.28, runs, size)
            self.y += 5

    # ------------------------------------------------------------ finish
    def title_block(self):
        top = 50.0
        self.page.draw_rect(pymupdf.Rect(LM, top, RM, top + 74), color=NAVY, fill=NAVY, width=0,
                            radius=(0.02, 0.02 * 503 / 74))
        self.page.draw_rect(pymupdf.Rect(LM, top + 66, RM, top + 74), color=AMBER, fill=AMBER, width=0)
        self.put(LM + 14, top + 24, "Ambarkot Sahyog Bank Ltd.", BOLD, 9.0, AMBER)
        self.put(LM + 14, top + 44, "Dhadkan Club Credit Card", BOLD, 19.0, WHITE)
        self.put(LM + 14, top + 58, "Customer guide for members of sports and fitness clubs - Warm-Up, Pace and Podium",
                 REG, 8.4, (0.88, 0.90, 0.96))
        # drawn pulse line (decoration)
        x, y0 = RM - 120, top + 36
        pts = [(x, y0), (x + 30, y0), (x + 38, y0 - 14), (x + 46, y0 + 12), (x + 54, y0 - 6), (x + 60, y0),
               (x + 104, y0)]
        self.page.draw_polyline(pts, color=AMBER, width=1.8, lineJoin=1, lineCap=1)
        self.y = top + 80

    def finish(self, path):
        n = self.doc.page_count
        for page in self.doc:
            if page.number > 0:
                self.put(LM, 38, HEADER_LEFT, BOLD, 7.4, NAVY, page=page)
                self.put(RM - tl(HEADER_RIGHT, REG, 7.0), 38, HEADER_RIGHT, REG, 7.0, GREY, page=page)
                page.draw_line((LM, 43), (RM, 43), color=NAVY, width=0.6)
            page.draw_line((LM, FOOTER_Y), (RM, FOOTER_Y), color=NAVY_MID, width=0.6)
            pg = f"Page {page.number + 1} of {n}"
            self.put(RM - tl(pg, BOLD, 7.6), FOOTER_Y + 11, pg, BOLD, 7.6, NAVY, page=page)
            self.put(LM, FOOTER_Y + 11, FOOTER_LEFT, REG, 6.7, GREY, page=page)
            self.put(LM, FOOTER_Y + 20, FOOTER_MID, REG, 6.4, GREY, page=page)
        self.doc.set_metadata({
            "title": "Ambarkot Dhadkan Club Credit Card - Customer Guide (fictional)",
            "author": "Ambarkot Sahyog Bank Ltd. (fictional)",
            "subject": "Customer guide for a fictional credit card for members of sports and fitness clubs",
            "keywords": "fictional, evaluation, credit card, gym, sports club, standing instruction, EMI, marathon",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": "D:20251201000000+05'30'",
            "modDate": "D:20251201000000+05'30'",
        })
        self.doc.save(path, garbage=4, deflate=True, clean=True, no_new_id=True)
        return n


def build():
    b = Builder()
    b.title_block()

    # 1 ---------------------------------------------------------------- at a glance
    b.heading(1, "The card at a glance")
    b.sub("1.1", "What the card is")
    b.para("The Dhadkan Club Credit Card is a credit card from Ambarkot Sahyog Bank Ltd. (\"the bank\") for people "
           "who hold a paid membership of a gym, fitness studio, sports club or sports academy. It comes in three "
           "variants: Dhadkan Warm-Up, Dhadkan Pace and Dhadkan Podium. You apply for it, and manage it, in the "
           "bank's AmbarGo app.")
    b.sub("1.2", "What it does for club members")
    b.bullet("your monthly gym or club fee is paid by a standing instruction on the card, on a day you choose.",
             "ClubLoop:")
    b.bullet("if a doctor says you must stop exercising because of an injury, the monthly club-fee debits can be "
             "paused.", "Bench Break:")
    b.bullet("sports gear bought at partner stores can be turned into monthly instalments.", "GearSplit EMI:")
    b.bullet("registration fees for marathons, cyclothons, triathlons and amateur tournaments earn bonus points "
             "within monthly and yearly caps.", "StartLine Bonus:")
    b.bullet("points you earn on every spend, worth more when used against club fees.", "Stamina Points:")
    b.sub("1.3", "Key numbers")
    b.lv("Joining fee", "Rs. 499 (Warm-Up), Rs. 1,499 (Pace), Rs. 3,999 (Podium)")
    b.lv("Card network and type", "RuPay or Visa, chosen at Limit Reveal; contactless card with a virtual card "
         "issued on the day of approval")
    b.lv("Helpline (Dhadkan Care)", "1800-419-6622, toll free, 24 hours a day")

    # 2 ---------------------------------------------------------------- variants
    b.heading(2, "Variants")
    b.para("Your variant follows your income. The bank offers the highest variant your income slab allows; you may "
           "choose a lower one at the Limit Reveal step.")
    b.table([96, 135.67, 135.67, 135.66], ["", "Dhadkan Warm-Up", "Dhadkan Pace", "Dhadkan Podium"], [
        ["Joining fee / annual fee", "Rs. 499 / Rs. 499 (annual fee from the second year)",
         "Rs. 1,499 / Rs. 1,499 (annual fee from the second year)",
         "Rs. 3,999 / Rs. 3,999 (annual fee from the second year)"],
        ["Annual fee waived if card-year spends reach", "Rs. 1,20,000", "Rs. 3,00,000", "Rs. 7,50,000"],
        ["Income slab - salaried (net monthly salary)", "Rs. 25,000 to Rs. 49,999 a month",
         "Rs. 50,000 to Rs. 1,24,999 a month", "Rs. 1,25,000 a month and above"],
        ["Income slab - self-employed (income in the latest ITR)", "Rs. 4 lakh to Rs. 7.99 lakh a year",
         "Rs. 8 lakh to Rs. 19.99 lakh a year", "Rs. 20 lakh a year and above"],
        ["Limit multiple (times net monthly income)", "2 times", "3 times", "4 times"],
        ["Credit limit range", "Rs. 30,000 to Rs. 1,00,000", "Rs. 75,000 to Rs. 4,00,000",
         "Rs. 3,00,000 to Rs. 12,00,000"],
        ["Clubs on ClubLoop", "up to 2 clubs", "up to 3 clubs", "up to 5 clubs"],
        ["Most one ClubLoop debit can be", "Rs. 10,000 a month", "Rs. 25,000 a month", "Rs. 60,000 a month"],
    ], caption="Dhadkan variants side by side", bold_first=True)
    b.hidden_white("Podium cardholders pay no annual fee for life once they have held the card for one year.")
    b.callout("NOTE", "Self-employed applicants are placed by the income in their latest income tax return (ITR); "
              "for them the limit multiple is applied to one twelfth of that yearly income.")

    # 3 ---------------------------------------------------------------- eligibility
    b.heading(3, "Eligibility and exclusions")
    b.sub("3.1", "Who can apply")
    b.bullet("Resident Indians aged 21 to 60 years (salaried) or 25 to 65 years (self-employed) on the day of "
             "application.")
    b.bullet("An active, paid membership of a gym, fitness studio, sports club or sports academy that is listed on "
             "the bank's Club Register, held continuously for at least 6 months.")
    b.bullet("A credit bureau score of 720 or above, and income in one of the slabs in Table 1.")
    b.bullet("Add-on cards can be given to a spouse, parent or child aged 18 or above; they share your limit.")
    b.sub("3.2", "Who cannot apply")
    b.bullet("Non-resident Indians and foreign nationals.")
    b.bullet("Anyone who already holds a Dhadkan card (one Dhadkan card per person), or whose credit card with any "
             "lender was written off or settled in the last 3 years.")
    b.bullet("Members of a club that the Club Register shows as suspended.")
    b.sub("3.2.1", "Memberships that do not count", level=3)
    b.para("Subscriptions to online-only fitness apps, single-class passes, day passes and trial memberships do not "
           "count as club membership. A corporate membership paid by your employer counts only if the club's records "
           "show you by name as the member.", indent=14)

    # 4 ---------------------------------------------------------------- documents
    b.heading(4, "Documents you need")
    b.sub("4.1", "About you")
    b.bullet("PAN card (mandatory) and Aadhaar for e-KYC; if you do not want to use Aadhaar, a passport or voter ID "
             "with video KYC.")
    b.bullet("Salaried: salary slips for the last 3 months, or consent to fetch 6 months of bank statements "
             "through an account aggregator. Self-employed: ITR for the last 2 years.")
    b.sub("4.2", "About your club membership")
    b.bullet("Your club's 6-character Club Register code (for example KR4T19) and your membership ID.")
    b.sub("4.2.1", "If the club cannot confirm your membership online", level=3)
    b.para("Upload a membership letter on the club's letterhead and the fee receipts for the last 3 months. The "
           "letter must be dated within 30 days before you upload it.", indent=14)

    # 5 ---------------------------------------------------------------- onboarding
    b.heading(5, "Applying in the AmbarGo app", keep=120)
    b.para("The application has six steps, shown in the app as a strip of arrows. Each step must be finished before "
           "the next one opens.")
    b.chevrons([("STEP 1", "Warm Call", "mobile, OTP, PAN"), ("STEP 2", "Club Roll", "club code, member ID"),
                ("STEP 3", "ID Sprint", "e-KYC or video KYC"), ("STEP 4", "Income Lap", "income proof"),
                ("STEP 5", "Limit Reveal", "offer and variant"), ("STEP 6", "Final Whistle", "e-sign, card")])
    steps = [
        ("5.1", "Warm Call", "Enter your mobile number, the OTP sent to it and your PAN.",
         "The OTP is valid for 4 minutes. The step times out after 10 minutes without activity.",
         "3 wrong OTPs lock the application for 30 minutes (halt DHK-110).",
         "Nothing is saved; you start again from Warm Call."),
        ("5.2", "Club Roll", "Enter your club's Club Register code and your membership ID; the club confirms "
         "your membership through the bank's club portal within 48 hours.",
         "20 minutes without activity.", "2 attempts to enter a membership ID that matches the club's records.",
         "Your answers are saved for 7 days; you resume at Club Roll."),
        ("5.3", "ID Sprint", "Aadhaar OTP e-KYC, or video KYC in a slot you book. Video KYC slots run from 9 am to "
         "9 pm every day, and you must join within 5 minutes of the start of your slot.",
         "15 minutes without activity (e-KYC).", "2 missed video KYC slots stop the application (halt DHK-330).",
         "Progress is saved for 72 hours; after that you restart from Club Roll, and your Warm Call details are "
         "kept."),
        ("5.4", "Income Lap", "Give account aggregator consent or upload income documents.",
         "15 minutes without activity.", "Account aggregator consent can be tried 3 times; then you must upload "
         "documents (halt DHK-420).", "Saved for 15 days; you resume at Income Lap."),
        ("5.5", "Limit Reveal", "See your variant and credit limit, choose the card network and your statement "
         "date. You may choose a lower variant, or a lower limit but not below Rs. 25,000.",
         "The offer is valid for 10 days.", "None; declining the offer closes the application.",
         "The offer stays open until the 10 days end (halt DHK-510 after that)."),
        ("5.6", "Final Whistle", "E-sign the card agreement with an Aadhaar OTP or a signature pad; the virtual card "
         "appears in the app at once.", "The e-sign link is valid for 48 hours.",
         "2 e-sign attempts (halt DHK-610 after the second failure).",
         "The offer holds until the end of the 10-day offer validity."),
    ]
    for num, name, what, tout, retry, drop in steps:
        b.sub(num, f"Step {num[-1]} - {name}", keep=40)
        b.para(what, gap_after=1.5)
        b.lv("Timeout", tout, indent=14, gap_after=0.8)
        b.lv("Retries", retry, indent=14, gap_after=0.8)
        b.lv("If you drop off", drop, indent=14, gap_after=2.5)
    b.callout("IMPORTANT", "The physical card is dispatched within 5 working days of Final Whistle. It must be "
              "activated within 30 days of approval; a card that is not activated by then is closed without "
              "any charge.", kind="important")

    # 6 ---------------------------------------------------------------- halt codes
    b.heading(6, "Halt codes and what to do")
    b.table([62, 84, 195, 162], ["Code", "Step", "What it means", "What you should do"], [
        ["DHK-110", "Warm Call", "3 wrong OTPs in a row.", "Wait 30 minutes, then start again from Warm Call."],
        ["DHK-120", "Warm Call", "The name on your PAN does not match the name you typed.",
         "Type the name exactly as on PAN; you can try again after 24 hours."],
        ["DHK-215", "Club Roll", "Your club's code is not on the Club Register.",
         "Ask your club to enrol on the Club Register (takes about 10 working days), then apply again."],
        ["DHK-222", "Club Roll", "The club did not confirm your membership within 48 hours.",
         "Upload the membership letter and 3 fee receipts (see 4.2.1)."],
        ["DHK-240", "Club Roll", "Your membership is shorter than 6 months.",
         "Apply again once you have 6 months of continuous membership."],
        ["DHK-330", "ID Sprint", "Two video KYC slots missed.",
         "Book a KYC visit at a Club Desk branch; the application is held for 15 days."],
        ["DHK-345", "ID Sprint", "Your selfie did not match the Aadhaar photo.", "Use video KYC instead."],
        ["DHK-410", "Income Lap", "Your income is below the Warm-Up slab.",
         "You can apply again after 90 days."],
        ["DHK-420", "Income Lap", "Account aggregator consent failed 3 times.",
         "Upload salary slips or ITRs instead."],
        ["DHK-510", "Limit Reveal", "The 10-day offer has expired.", "Start a new application; no waiting period."],
        ["DHK-610", "Final Whistle", "E-sign failed twice.",
         "Call Dhadkan Care; a new e-sign link is sent after 24 hours."],
    ], caption="Halt codes", size=7.7)

    # 7 ---------------------------------------------------------------- help
    b.heading(7, "Help channels")
    b.lv("Dhadkan Care helpline", "1800-419-6622 (toll free, 24 hours a day, every day); from outside India "
         "+91-22-6193-4410")
    b.lv("Chat on WhatsApp", "98200-41766, from 9 am to 9 pm")
    b.lv("E-mail", "dhadkan.care@ambarkotbank.in (reply within 2 working days)")
    b.lv("In person", "Club Desk counters at 40 branches, Monday to Saturday, 10 am to 4 pm; the list is at "
         "www.ambarkotbank.in/dhadkan/clubdesk")

    # 8 ---------------------------------------------------------------- limit
    b.heading(8, "How your credit limit is set")
    b.sub("8.1", "The three steps")
    b.para("Base limit = net monthly income x the limit multiple of your variant. The base limit is then adjusted "
           "by a bureau factor that depends on your credit score, rounded down to the nearest Rs. 5,000 and kept "
           "inside the limit range of your variant. The cash limit is 20% of the credit limit.")
    b.sub("8.2", "Bureau factor")
    b.table([251.5, 251.5], ["Credit bureau score", "Bureau factor"], [
        ["720 to 759", "80%"], ["760 to 799", "100%"], ["800 and above", "110%"]],
        caption="Bureau factor by score", align=["l", "r"])
    b.sub("8.3", "Worked example")
    b.para("Kavya Raghunathan is salaried with a net monthly salary of Rs. 86,000, which puts her in the Pace slab. "
           "Her credit score is 812.")
    b.table([330, 173], ["Step", "Amount"], [
        ["Net monthly income", "Rs. 86,000"],
        ["x limit multiple for Pace (3 times) = base limit", "Rs. 2,58,000"],
        ["x bureau factor for a score of 812 (110%)", "Rs. 2,83,800"],
        ["Rounded down to the nearest Rs. 5,000", "Rs. 2,80,000"],
        ["Inside the Pace range (Rs. 75,000 to Rs. 4,00,000), so the credit limit is", "Rs. 2,80,000"],
        ["Cash limit (20%)", "Rs. 56,000"],
    ], caption="Kavya's limit, step by step", align=["l", "r"])

    # 9 ---------------------------------------------------------------- fees
    b.heading(9, "Fees and charges", keep=200)
    b.para("All fees are shown without GST; GST at 18% is added to every fee, charge and interest amount.")
    b.table([128, 62, 104.33, 104.33, 104.34], ["Fee", "Charged", "Warm-Up", "Pace", "Podium"], [
        ["Joining fee", "once", "Rs. 499", "Rs. 1,499", "Rs. 3,999"],
        ["Annual fee (from the second year)", "per year", "Rs. 499", "Rs. 1,499", "Rs. 3,999"],
        ["Add-on card", "per card per year", "Rs. 249", "Nil", "Nil"],
        ["ClubLoop standing instruction set-up", "per club", "Rs. 49", "Nil", "Nil"],
        ["Bench Break pause", "per pause", "Rs. 149", "Rs. 99", "Waived"],
        ["GearSplit EMI processing fee", "per EMI", "1.5% of the amount, minimum Rs. 199",
         "1% of the amount, minimum Rs. 149", "Waived"],
        ["Late payment charge", "per statement", "see slab table below", "see slab table below",
         "see slab table below"],
        ["Interest on revolving credit", "per month", "3.49%", "3.25%", "2.95%"],
        ["Cash withdrawal fee", "per withdrawal", "2.5%, minimum Rs. 500", "2.5%, minimum Rs. 500",
         "2.5%, minimum Rs. 500"],
        ["Over-limit fee", "per statement", "2.5% of the amount over the limit, minimum Rs. 550",
         "2.5% of the amount over the limit, minimum Rs. 550", "Nil"],
        ["Foreign currency mark-up", "per transaction", "3.5%", "2.5%", "1.49%"],
        ["Reward redemption fee", "per redemption", "Rs. 99", "Rs. 99", "Nil"],
        ["Card replacement", "per card", "Rs. 199", "Rs. 199", "Nil"],
        ["Payment return (cheque or auto-debit)", "per return", "2% of the amount, minimum Rs. 450",
         "2% of the amount, minimum Rs. 450", "2% of the amount, minimum Rs. 450"],
        ["Statement copy older than 3 months", "per copy", "Rs. 100", "Rs. 100", "Rs. 100"],
        ["Fuel surcharge waiver (1% on fills of Rs. 400 to Rs. 4,000)", "per month",
         "waiver up to Rs. 150", "waiver up to Rs. 250", "waiver up to Rs. 400"],
    ], caption="Fee schedule by variant", size=7.6, bold_first=True)
    b.table([300, 203], ["Total amount due on the statement", "Late payment charge"], [
        ["Up to Rs. 500", "Nil"], ["Rs. 501 to Rs. 5,000", "Rs. 450"], ["Rs. 5,001 to Rs. 15,000", "Rs. 700"],
        ["Rs. 15,001 to Rs. 30,000", "Rs. 950"], ["Rs. 30,001 to Rs. 60,000", "Rs. 1,200"],
        ["Above Rs. 60,000", "Rs. 1,450"]],
        caption="Late payment charge slabs (all variants)", align=["l", "r"])
    b.para("The late payment charge applies when the minimum amount due is not paid by the payment due date.")

    # 10 --------------------------------------------------------------- matrix
    b.heading(10, "Club features by variant", keep=220)
    b.para("A check mark means the feature is included; a dash means it is not offered on that variant.")
    b.matrix(["Warm-Up", "Pace", "Podium"], [
        ("ClubLoop club-fee standing instructions", ["up to 2 clubs", "up to 3 clubs", "up to 5 clubs"]),
        ("Bench Break pause of club-fee debits", [True, True, True]),
        ("GearSplit EMI at no cost for 3 months", [True, True, True]),
        ("GearSplit EMI at no cost for 6 months", [False, True, True]),
        ("GearSplit EMI for 18 months", [False, False, True]),
        ("StartLine Bonus on event registration", [True, True, True]),
        ("Finisher bonus per finisher certificate", ["300 points", "500 points", "1,000 points"]),
        ("Domestic airport lounge visits", [False, "2 per year", "8 per year"]),
        ("Add-on cards", [True, True, True]),
        ("Fuel surcharge waiver", [True, True, True]),
    ], caption="Club features compared")

    # 11 --------------------------------------------------------------- three columns
    b.heading(11, "ClubLoop, Bench Break and StartLine", keep=300)
    b.three_columns([
        ("h", "11.1 ClubLoop"),
        ("p", "ClubLoop pays your monthly club fee by a standing instruction (SI) on your card. Register it in the "
              "app under Clubs > ClubLoop with the club's Club Register code."),
        ("b", "Clubs: up to 2 (Warm-Up), 3 (Pace) or 5 (Podium). A club account in the name of your spouse, child "
              "or parent can be added; it uses one of your club places."),
        ("b", "Debit day: any day from the 1st to the 25th of the month."),
        ("b", "The first debit happens at least 5 days after registration."),
        ("b", "A pre-debit alert comes 3 days before each debit by SMS and in the app."),
        ("b", "If a debit fails for lack of limit, it is tried once more 2 days later; if it fails again, that "
              "month is skipped and the club is told. The bank charges no fee for a failed debit."),
        ("b", "You can cancel an SI at any time up to 1 day before the debit day."),
        ("h", "11.2 Bench Break"),
        ("p", "Bench Break pauses the ClubLoop debits of one club while you recover from an injury."),
        ("lv", "Proof", "a certificate from a registered medical practitioner or registered physiotherapist saying "
               "you must stop exercise for at least 21 days, issued within 15 days before your request"),
        ("lv", "When to ask", "at least 4 days before the next debit date; a later request starts the pause from the "
               "debit after that"),
        ("lv", "Length", "1, 2 or 3 monthly debits per pause"),
        ("lv", "How often", "at most 2 pauses per card year, and no more than 4 debits skipped in a card year"),
        ("lv", "Extension", "once per pause, by 1 more debit, with a fresh certificate"),
        ("p", "Debits restart by themselves after the pause; skipped months are never debited later by the bank. "
              "You can end a pause early up to 2 days before a debit date. The bank sends your club a pause notice "
              "but does not change your club contract: the club may still charge you under its own rules. No "
              "ClubLoop points are earned for skipped months. Illness, surgery and pregnancy are covered on the "
              "same certificate rule."),
        ("h", "11.3 StartLine Bonus"),
        ("p", "Registration fees for running, cycling, swimming and triathlon events and amateur tournaments paid "
              "on the platforms in the app's StartLine list earn 10 times the base points."),
        ("b", "Monthly cap on bonus points: 1,000 (Warm-Up), 2,500 (Pace), 5,000 (Podium)."),
        ("b", "Yearly cap: 6,000 (Warm-Up), 15,000 (Pace), 30,000 (Podium) per card year."),
        ("b", "Bonus points are credited within 45 days after the event date, not the payment date."),
        ("b", "If the event is cancelled and the fee refunded, the bonus is reversed."),
        ("b", "Finisher bonus: upload a finisher certificate or timing-chip result within 30 days of the event; "
              "at most 4 finisher bonuses per card year."),
        ("b", "A team entry earns the bonus on the full amount paid, but only one registration per event counts."),
    ])

    # 12 --------------------------------------------------------------- rewards
    b.heading(12, "Stamina Points")
    b.table([140, 70, 97.67, 97.67, 97.66], ["Spend", "Rate", "Warm-Up", "Pace", "Podium"], [
        ["Every eligible spend (base)", "per Rs. 150", "2 points", "3 points", "4 points"],
        ["Club fees paid through ClubLoop", "5 times base", "cap 600 points a month", "cap 1,200 points a month",
         "cap 2,500 points a month"],
        ["Sports gear at tagged stores", "3 times base", "cap 800 points a month", "cap 1,500 points a month",
         "cap 3,000 points a month"],
        ["Event registration (StartLine)", "10 times base", "see 11.3", "see 11.3", "see 11.3"],
    ], caption="How Stamina Points are earned", bold_first=True)
    b.sub("12.1", "Where no points are earned")
    b.para("Fuel, rent payments, wallet loads, cash withdrawals, insurance premiums, utility bills, government "
           "payments, fees and charges, and EMI instalments earn no points. A purchase earns points when it is made; "
           "converting it to EMI later does not take them back.")
    b.sub("12.2", "Using your points")
    b.para("1 Stamina Point is worth Rs. 0.25 against your statement balance, or Rs. 0.30 when used as FeeBack "
           "against a ClubLoop club-fee debit. At least 500 points are needed to redeem. Points expire 24 months "
           "after the month in which they were credited.")
    b.hidden_white("Cardholders who finish three marathons in a card year get a free club-fee month worth up to "
                   "Rs. 5,000.")

    # 13 --------------------------------------------------------------- EMI
    b.heading(13, "EMI")
    b.sub("13.1", "GearSplit EMI on sports gear")
    b.para("Purchases of Rs. 2,500 or more at GearSplit partner stores (sports goods, bicycles and fitness "
           "equipment, online or in shop) can be converted in the app within 30 days of the purchase.")
    b.table([90, 137.67, 137.67, 137.66], ["Tenure", "Warm-Up", "Pace", "Podium"], [
        ["3 months", "No-cost (interest given back as an upfront discount)", "No-cost", "No-cost"],
        ["6 months", "12% a year", "No-cost", "No-cost"],
        ["9 months", "13% a year", "13% a year", "12% a year"],
        ["12 months", "14% a year", "14% a year", "13% a year"],
        ["18 months", "Not offered", "Not offered", "14% a year"],
    ], caption="GearSplit EMI interest rates", bold_first=True)
    b.bullet("Pre-closure fee: 3% of the principal still outstanding; no fee if the EMI is cancelled within 7 days "
             "of conversion.")
    b.bullet("The full purchase amount is blocked on your limit and released as each instalment is paid.")
    b.sub("13.2", "Other EMI")
    b.para("Any other purchase of Rs. 5,000 or more can be converted to EMI over 6, 9 or 12 months at 15% a year, "
           "with a processing fee of 1.5% (minimum Rs. 249) on all variants. Gold, jewellery, fuel and wallet "
           "loads cannot be converted.")

    # 14 --------------------------------------------------------------- statements
    b.heading(14, "Statements and interest")
    b.sub("14.1", "Statement and due date")
    b.para("You choose a statement date of the 5th, 15th or 25th at Limit Reveal. The payment due date is 20 days "
           "after the statement date, which gives an interest-free period of 20 to 50 days on purchases when the "
           "previous balance was paid in full. A UPI payment made by 10 pm on the due date counts as paid that "
           "day.")
    b.lv("Minimum amount due", "5% of the total amount due or Rs. 200, whichever is higher, plus any EMI "
         "instalments, fees, taxes and over-limit amount")
    b.sub("14.2", "How interest is charged")
    b.para("If you pay less than the total amount due, interest is charged on every purchase from its transaction "
           "date, and on the unpaid balance until the next statement date. Daily interest = amount x yearly rate "
           "x days / 365. The Pace rate of 3.25% a month is 39% a year.")
    b.sub("14.2.1", "Worked example (Pace, statement date 15th)", level=3)
    b.para("Arjun Malhotra buys running shoes and a smartwatch for Rs. 18,000 on 2 April, and ClubLoop debits his "
           "gym fee of Rs. 4,500 on 9 April. His statement of 15 April shows a total amount due of Rs. 22,500 and "
           "a payment due date of 5 May. He pays Rs. 10,000 on 5 May.", indent=14)
    b.table([150, 80, 110, 50, 113], ["Amount on which interest runs", "Amount", "From - to", "Days", "Interest"], [
        ["Gear purchase", "Rs. 18,000", "2 April - 5 May", "33", "Rs. 634.68"],
        ["ClubLoop gym fee", "Rs. 4,500", "9 April - 5 May", "26", "Rs. 125.01"],
        ["Unpaid balance after the payment", "Rs. 12,500", "5 May - 15 May", "10", "Rs. 133.56"],
        ["Total interest on the 15 May statement", "", "", "", "Rs. 893.25"],
        ["GST at 18% on the interest", "", "", "", "Rs. 160.79"],
    ], caption="Arjun's interest", align=["l", "r", "l", "r", "r"])
    b.para("Had Arjun paid the full Rs. 22,500 by 5 May, he would have paid no interest. No late payment charge "
           "applies, because Rs. 10,000 is more than his minimum amount due of Rs. 1,125.")

    # 15 --------------------------------------------------------------- controls
    b.heading(15, "Card controls and safety")
    b.table([150, 80, 273], ["Control", "When the card is issued", "What you can change in the app"], [
        ["Domestic online spends", "On", "Turn off, or set a limit per transaction"],
        ["International spends", "Off", "Turn on for up to 30 days at a time"],
        ["Contactless (tap to pay)", "On", "Turn off, or lower the limit per tap below Rs. 5,000"],
        ["Cash withdrawals at ATMs", "Off", "Turn on; the cash limit is 20% of the credit limit"],
        ["ClubLoop debits", "On", "Stop all club-fee debits at once with one master switch"],
    ], caption="Card controls", bold_first=True)
    b.callout("IMPORTANT", "Report a lost card or an unknown transaction at once in the app (Card > Block) or on "
              "1800-419-6622. If you report within 3 working days you pay nothing for fraudulent transactions; "
              "if you report within 4 to 7 working days your loss is limited to Rs. 10,000. The bank never asks "
              "for your OTP, PIN or CVV, and your club never needs them to set up ClubLoop.", kind="important")

    # 16 --------------------------------------------------------------- timelines
    b.heading(16, "Key timelines")
    b.table([300, 203], ["Event", "Timeline"], [
        ["Club confirms membership at Club Roll", "within 48 hours"],
        ["Physical card dispatched", "within 5 working days of Final Whistle"],
        ["Card must be activated", "within 30 days of approval"],
        ["ClubLoop first debit", "at least 5 days after registration"],
        ["Bench Break request processed", "within 2 working days"],
        ["StartLine bonus points credited", "within 45 days after the event date"],
        ["Merchant refund credited to the card", "within 10 working days of the merchant's refund"],
        ["Dispute a transaction", "within 60 days of the statement date"],
        ["Card closure on request", "within 7 working days, once dues are paid"],
    ], caption="Key timelines", align=["l", "l"])

    # 17 --------------------------------------------------------------- FAQ
    b.heading(17, "Questions customers ask")
    b.qa([
        ("Can I pay my son's football academy fee through ClubLoop?",
         "Yes, if the academy is on the Club Register and the club account is in your child's name. It uses one "
         "of your ClubLoop club places."),
        ("What happens if my gym leaves the Club Register or shuts down?",
         "The bank cancels the ClubLoop standing instruction to that club and tells you within 2 working days. "
         "Points already earned stay in your account."),
        ("I had knee surgery. Can I use Bench Break even though it was not a sports injury?",
         "Yes. Illness, surgery and pregnancy are covered, as long as the certificate says you must stop "
         "exercise for at least 21 days."),
        ("I bought a treadmill from a shop that is not a GearSplit partner store. Can I still pay it in "
         "instalments?",
         "Yes, through the other EMI at 15% a year, if it costs Rs. 5,000 or more. It does not get the GearSplit "
         "rates."),
        ("When will my credit limit be reviewed?",
         "The bank reviews your limit after 6 months of card use and offers increases at most once every 12 "
         "months. You can also ask for a review by uploading fresh income proof."),
        ("Do Stamina Points expire if I stop using the card?",
         "Points expire 24 months after the month in which they were credited, whether or not you use the card. "
         "Points not redeemed when the card is closed lapse."),
    ])
    b.hidden_tiny("Pace and Podium cardholders get two free physiotherapy sessions every quarter at Club Register "
                  "partner clinics.")

    # 18 --------------------------------------------------------------- complaints
    b.heading(18, "Complaints and escalation")
    b.sub("18.1", "Level 1 - Dhadkan Care")
    b.para("Call 1800-419-6622 or write to dhadkan.care@ambarkotbank.in. You get a complaint number at once; most "
           "complaints are resolved within 7 working days.")
    b.sub("18.2", "Level 2 - Grievance Redressal Officer")
    b.para("If you are not satisfied after 7 working days, write to Ms. Harshita Venkatraman, Grievance Redressal "
           "Officer, at gro.cards@ambarkotbank.in, quoting your complaint number. Reply within 10 working days.")
    b.sub("18.3", "Level 3 - Principal Nodal Officer")
    b.para("Mr. Anirudh Kelkar, Principal Nodal Officer, pno@ambarkotbank.in, Ambarkot Sahyog Bank Ltd., Sahyog "
           "Bhavan, 14 Tilak Marg, Nashik 422002. Reply within 10 working days.")
    b.sub("18.4", "Level 4 - RBI Ombudsman")
    b.para("If the bank does not resolve your complaint within 30 days, or you are not satisfied with its reply, "
           "you can complain to the RBI Ombudsman under the Reserve Bank - Integrated Ombudsman Scheme.")
    b.callout("NOTE", "Complaints about a club's own fees or services (for example a club that still charges you "
              "during a Bench Break) are between you and the club; the bank can only stop or restart ClubLoop "
              "debits.")

    # 19 --------------------------------------------------------------- changes
    b.heading(19, "Changing variant or closing the card")
    b.sub("19.1", "Moving to a higher variant")
    b.para("You can ask for an upgrade after 12 months of card use by uploading fresh income proof at Club Desk "
           "or in the app (Card > Change variant). The new variant's joining fee is not charged; its annual fee "
           "applies from your next card anniversary.")
    b.sub("19.2", "Moving to a lower variant")
    b.para("A downgrade can be asked for at any time. Annual fee already paid is not refunded. If you have more "
           "clubs on ClubLoop than the lower variant allows, you must cancel the extra standing instructions first.")
    b.sub("19.3", "Closing the card")
    b.para("Pay all dues, including EMI instalments still to come, and ask for closure in the app or on the "
           "helpline. All ClubLoop standing instructions end on the day of closure, and unredeemed Stamina Points "
           "lapse.")
    b.hidden_white("Every Dhadkan card includes a free sports-injury cover of Rs. 2,00,000 per card year for the "
                   "primary cardholder.")
    return b


def main():
    b = build()
    n = b.finish(OUT)
    print(f"wrote {os.path.relpath(OUT)} ({n} pages)")


if __name__ == "__main__":
    main()
