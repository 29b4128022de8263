"""Build the twenty-fifth evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card and its
variants, the app and its journey, partner schools and coaching institutes,
people, phone numbers, e-mail addresses, web addresses, codes, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/twenty-fifth-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign
is written as "Rs." throughout.  Output is deterministic (fixed metadata
dates, no new document id).
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "amrutvel_bastaa_school_fee_card_guide.pdf")

A4_W, A4_H = 595.0, 842.0
LM = 50.0
TOP = 64.0
REG, BOLD = "helv", "hebo"
BODY = 8.4
LEAD = 1.28

NAVY = (0.10, 0.18, 0.38)
NAVY_LIGHT = (0.89, 0.91, 0.96)
MUSTARD = (0.86, 0.62, 0.10)
MUSTARD_LIGHT = (1.0, 0.96, 0.85)
ZEBRA = (0.95, 0.96, 0.98)
GREY = (0.42, 0.44, 0.48)
RULE = (0.35, 0.38, 0.45)
INK = (0.07, 0.08, 0.10)
GREEN = (0.12, 0.50, 0.28)
RED = (0.72, 0.18, 0.14)
WHITE = (1, 1, 1)

HEADER_LEFT = "Amrutvel Bank Ltd.  -  Bastaa Credit Card: guide for parents"
HEADER_RIGHT = "Document AVB/BST/PG-01, edition 1.0, 10 January 2026"
FOOTER_LEFT = "Bastaa: the card for school fees, coaching fees and school supplies"
FOOTER_MID = "Fictional document - not an offer of credit"

ROMAN = ["i.", "ii.", "iii.", "iv.", "v.", "vi.", "vii.", "viii.", "ix.", "x.", "xi.", "xii."]


def tl(text, font=REG, size=BODY):
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
        self.notes = {}  # page number -> [(n, text)]
        self.fn_count = 0
        self.table_no = 0
        self.landscape = set()
        self.sidebar = False
        self.tip_y = 0.0
        self.new_page()

    # ------------------------------------------------------------------ pages
    @property
    def rm(self):
        return self.page.rect.width - 50.0

    @property
    def right(self):
        return 412.0 if self.sidebar else self.rm

    def new_page(self, landscape=False):
        w, h = (A4_H, A4_W) if landscape else (A4_W, A4_H)
        self.page = self.doc.new_page(width=w, height=h)
        if landscape:
            self.landscape.add(self.page.number)
        self.notes[self.page.number] = []
        self.y = TOP
        self.tip_y = TOP

    def foot_h(self, pno=None):
        pno = self.page.number if pno is None else pno
        h = 0.0
        for _, text in self.notes.get(pno, []):
            h += len(wrap_runs([(text, REG)], self.rm - LM - 14, 7.0)) * 7.0 * 1.3 + 2
        return h + (10 if h else 0)

    def bottom(self):
        return self.page.rect.height - 44 - self.foot_h()

    def ensure(self, h):
        if self.y + h > self.bottom():
            self.new_page()

    # ------------------------------------------------------------------- text
    def put(self, x, y, text, font=REG, size=BODY, color=INK, page=None):
        (page or self.page).insert_text((x, y), text, fontname=font, fontsize=size, color=color)

    def draw_runs(self, x, y, runs, size, color=INK):
        for text, font in runs:
            self.put(x, y, text, font, size, color)
            x += tl(text, font, size)
        return x

    def footnote(self, text):
        """Register footnote text for the current page; returns its number (drawn as a raised digit)."""
        self.fn_count += 1
        self.notes[self.page.number].append((self.fn_count, text))
        return self.fn_count

    def sup(self, x, y, n, size=BODY):
        s = str(n)
        self.put(x + 0.8, y - size * 0.38, s, BOLD, size * 0.62, MUSTARD)
        return x + 0.8 + tl(s, BOLD, size * 0.62)

    def para(self, segments, size=BODY, indent=0.0, gap=3.2, sup=None, color=INK):
        """Paragraph from a string or (text, font) segments; `sup` = footnote number raised after the last word."""
        if isinstance(segments, str):
            segments = [(segments, REG)]
        x0 = LM + indent
        lines = wrap_runs(segments, self.right - x0 - (8 if sup else 0), size)
        lh = size * LEAD
        for i, runs in enumerate(lines):
            self.ensure(lh)
            self.y += lh
            x = self.draw_runs(x0, self.y - size * 0.28, runs, size, color)
            if sup and i == len(lines) - 1:
                self.sup(x, self.y - size * 0.28, sup, size)
        self.y += gap

    def heading(self, num, text, keep=40.0):
        """Section heading: a large two-digit number in mustard, the title in navy, a short bar and hairline."""
        self.ensure(34 + keep)
        self.y += 10
        n = f"{num:02d}"
        self.put(LM, self.y + 14, n, BOLD, 15, MUSTARD)
        self.put(LM + 27, self.y + 13, text.upper(), BOLD, 10.2, NAVY)
        self.page.draw_rect(pymupdf.Rect(LM, self.y + 18, LM + 22, self.y + 20.2), color=MUSTARD, fill=MUSTARD,
                            width=0)
        self.page.draw_line((LM + 24, self.y + 19.1), (self.rm, self.y + 19.1), color=NAVY, width=0.4)
        self.y += 24
        self.tip_y = max(self.tip_y, self.y)

    def sub(self, text, keep=30.0, size=8.9):
        self.ensure(size * 1.6 + keep)
        self.y += size * 1.45
        self.put(LM, self.y, text, BOLD, size, NAVY)
        self.y += 3

    def start_sidebar(self):
        self.sidebar = True
        self.tip_y = max(self.tip_y, self.y)

    def stop_sidebar(self):
        self.sidebar = False
        self.y = max(self.y, self.tip_y)

    def tip(self, text, size=7.3):
        """A 'Tip' note in the right-hand margin column, level with the current line of the main text."""
        x0, x1 = 424.0, self.rm
        lines = wrap_runs([(text, REG)], x1 - x0 - 10, size)
        h = 13 + len(lines) * size * 1.3 + 5
        top = max(self.y + 2, self.tip_y)
        if top + h > self.bottom():
            top = max(TOP, self.bottom() - h)
        self.page.draw_rect(pymupdf.Rect(x0, top, x1, top + h), color=None, fill=MUSTARD_LIGHT, width=0)
        self.page.draw_line((x0, top), (x0, top + h), color=MUSTARD, width=2.2)
        self.put(x0 + 7, top + 10, "Tip", BOLD, 7.8, NAVY)
        y = top + 11
        for runs in lines:
            y += size * 1.3
            self.draw_runs(x0 + 7, y, runs, size)
        self.tip_y = top + h + 7

    def roman(self, items, size=BODY, indent=4.0):
        """Roman-numeral list: i., ii., iii. ... right-aligned in a hanging column."""
        lh = size * LEAD
        for k, item in enumerate(items):
            segs = [(item, REG)] if isinstance(item, str) else item
            lines = wrap_runs(segs, self.right - LM - indent - 22, size)
            self.ensure(len(lines) * lh)
            for i, runs in enumerate(lines):
                self.y += lh
                if i == 0:
                    mark = ROMAN[k]
                    self.put(LM + indent + 16 - tl(mark, BOLD, size), self.y - size * 0.28, mark, BOLD, size, NAVY)
                self.draw_runs(LM + indent + 22, self.y - size * 0.28, runs, size)
            self.y += 1.6
        self.y += 2

    def desc(self, items, size=BODY, indent=16.0):
        """Description list: each bold term on its own line, its description indented beneath it."""
        lh = size * LEAD
        for term, text in items:
            segs = [(text, REG)] if isinstance(text, str) else text
            lines = wrap_runs(segs, self.right - LM - indent, size)
            self.ensure((len(lines) + 1) * lh + 3)
            self.y += lh
            self.put(LM, self.y - size * 0.28, term, BOLD, size + 0.2, NAVY)
            for runs in lines:
                self.y += lh
                self.draw_runs(LM + indent, self.y - size * 0.28, runs, size)
            self.y += 2.2

    # ----------------------------------------------------------------- tables
    def table(self, title, widths, header, rows, size=7.8, pad=2.6, groups=None, align=None, zebra=False,
              total=None, break_before=None, first_bold=False, keep=False):
        """Ruled table. `groups` = [(label or "", span), ...] drawn as a merged header row above `header`.
        `total` = a bold totals row under a heavier rule.  A table reaching row `break_before` (or the page
        bottom) stops with a 'continued on next page' note and goes on under its repeated header and a
        '(continued)' caption on the next page."""
        x_left = LM
        xs = [x_left]
        for w in widths:
            xs.append(xs[-1] + w)
        assert abs(xs[-1] - self.rm) < 0.6, (xs[-1], self.rm)
        align = align or ["l"] * len(widths)
        lh = size * 1.3

        def layout(cells, font, bold_first=False):
            wr = []
            for i, (c, w) in enumerate(zip(cells, widths)):
                f = BOLD if (bold_first and i == 0) else font
                wr.append(wrap_runs([(c, f)], w - 2 * pad, size) if c else [])
            return wr, max(max(len(x) for x in wr), 1) * lh + 2 * pad

        hdr_w, hdr_h = layout(header, BOLD)
        grp_h = lh + 2 * pad if groups else 0.0

        def cell_text(wl, x0, x1, ytop, al, color=INK):
            yy = ytop + pad + size * 0.93
            for runs in wl:
                w = runs_width(runs, size)
                x = x1 - pad - w if al == "r" else ((x0 + x1) / 2 - w / 2 if al == "c" else x0 + pad)
                self.draw_runs(x, yy, runs, size, color)
                yy += lh

        def draw_header():
            if groups:
                k = 0
                for label, span in groups:
                    x0, x1 = xs[k], xs[k + span]
                    r = pymupdf.Rect(x0, self.y, x1, self.y + grp_h)
                    if label:
                        self.page.draw_rect(r, color=RULE, fill=NAVY, width=0.5)
                        w = tl(label, BOLD, size)
                        self.put((x0 + x1) / 2 - w / 2, self.y + pad + size * 0.93, label, BOLD, size, WHITE)
                    else:
                        self.page.draw_rect(r, color=RULE, fill=NAVY_LIGHT, width=0.5)
                    k += span
                self.y += grp_h
            for i, wl in enumerate(hdr_w):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + hdr_h)
                self.page.draw_rect(r, color=RULE, fill=NAVY_LIGHT, width=0.5)
                cell_text(wl, xs[i], xs[i + 1], self.y, "c" if align[i] != "l" else "l", NAVY)
            self.y += hdr_h

        def draw_row(wl_all, h, shade, bold_rule=False):
            for i, wl in enumerate(wl_all):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h)
                self.page.draw_rect(r, color=RULE, fill=shade, width=0.5)
                cell_text(wl, xs[i], xs[i + 1], self.y, align[i])
            if bold_rule:
                self.page.draw_line((xs[0], self.y), (xs[-1], self.y), color=NAVY, width=1.6)
            self.y += h

        self.table_no += 1
        cap = f"Table {self.table_no}. {title}"
        first_h = layout(rows[0], REG, first_bold)[1]
        if keep:
            first_h = sum(layout(r, REG, first_bold)[1] for r in rows) + (layout(total, BOLD)[1] if total else 0)
        self.ensure(12 + grp_h + hdr_h + first_h + 6)
        self.y += 11
        self.put(LM, self.y, cap, BOLD, 8.4, NAVY)
        self.y += 4
        draw_header()
        for k, row in enumerate(rows):
            wl, h = layout(row, REG, first_bold)
            if k == break_before or self.y + h + 12 > self.bottom():
                self.put(self.rm - tl("continued on next page", REG, 7.0), self.y + 9, "continued on next page",
                         REG, 7.0, GREY)
                prev = self.page.number + 1
                self.new_page(landscape=self.page.number in self.landscape)
                self.y += 11
                self.put(LM, self.y, f"Table {self.table_no}. {title} (continued from page {prev})", BOLD, 8.4,
                         NAVY)
                self.y += 4
                draw_header()
            draw_row(wl, h, ZEBRA if (zebra and k % 2) else None)
        if total:
            wl, h = layout(total, BOLD)
            draw_row(wl, h, MUSTARD_LIGHT, bold_rule=True)
        self.y += 5

    # ------------------------------------------------------------- flowchart
    def flowchart(self):
        """Decision flowchart for FeeSplit: diamonds with Yes/No branches drawn with lines and arrows."""
        p = self.page
        top = self.y + 4
        cx = LM + 150  # centre of the main (Yes) column
        size = 7.4

        def arrow(x0, y0, x1, y1):
            p.draw_line((x0, y0), (x1, y1), color=NAVY, width=0.9)
            if x0 == x1:
                d = 1 if y1 > y0 else -1
                p.draw_polyline([(x1 - 3, y1 - 5 * d), (x1, y1), (x1 + 3, y1 - 5 * d)], color=NAVY, fill=NAVY,
                                closePath=True, width=0.5)
            else:
                d = 1 if x1 > x0 else -1
                p.draw_polyline([(x1 - 5 * d, y1 - 3), (x1, y1), (x1 - 5 * d, y1 + 3)], color=NAVY, fill=NAVY,
                                closePath=True, width=0.5)

        def box(x0, y0, x1, y1, lines, fill, bold=False, color=INK):
            p.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=NAVY, fill=fill, width=0.8, radius=0.15)
            n = len(lines)
            yy = (y0 + y1) / 2 - (n - 1) * size * 0.6 + size * 0.35
            for ln in lines:
                f = BOLD if bold else REG
                self.put((x0 + x1) / 2 - tl(ln, f, size) / 2, yy, ln, f, size, color)
                yy += size * 1.2

        def diamond(cy, lines, hw=88, hh=27):
            pts = [(cx, cy - hh), (cx + hw, cy), (cx, cy + hh), (cx - hw, cy), (cx, cy - hh)]
            p.draw_polyline(pts, color=NAVY, fill=MUSTARD_LIGHT, width=0.9, closePath=True)
            n = len(lines)
            yy = cy - (n - 1) * size * 0.6 + size * 0.35
            for ln in lines:
                self.put(cx - tl(ln, BOLD, size) / 2, yy, ln, BOLD, size, NAVY)
                yy += size * 1.2
            return hw, hh

        def label(x, y, t, col):
            self.put(x, y, t, BOLD, 7.4, col)

        # start box
        box(cx - 95, top, cx + 95, top + 24, ["You have paid a term fee", "with your Bastaa card"], NAVY, True,
            WHITE)
        y = top + 24
        questions = [
            (["Is the school or institute a", "Vidya Partner (VPS code)?"],
             ["Not eligible for FeeSplit.", "Flexi EMI may still be used", "(purchase of Rs. 2,500 or more)."]),
            (["Is the fee Rs. 8,000 or", "more for one child?"],
             ["Not eligible for FeeSplit.", "Pay the statement as usual."]),
            (["Are you within 20 days", "of the fee payment?"],
             ["Too late for FeeSplit:", "the fee is billed in full."]),
            (["Is the child on your", "Class List?"],
             ["Add the child in Class List,", "then ask again (same", "20-day window)."]),
        ]
        nx0, nx1 = cx + 140, self.right
        for qlines, nolines in questions:
            arrow(cx, y, cx, y + 14)
            cy = y + 14 + 27
            hw, hh = diamond(cy, qlines)
            # No branch to the right
            arrow(cx + hw, cy, nx0, cy)
            label(cx + hw + 8, cy - 4, "No", RED)
            bh = len(nolines) * size * 1.2 + 9
            box(nx0, cy - bh / 2, nx1, cy + bh / 2, nolines, (0.98, 0.92, 0.91))
            label(cx + 5, cy + hh + 10, "Yes", GREEN)
            y = cy + hh
        arrow(cx, y, cx, y + 16)
        box(cx - 120, y + 16, cx + 120, y + 50,
            ["Open Fees > FeeSplit and choose 3, 6, 9 or 12 months.", "The plan is booked within 2 working days."],
            (0.88, 0.95, 0.90), True)
        self.y = y + 58

    # -------------------------------------------------------------- timeline
    def timeline(self, marks, size=7.3):
        """Horizontal line with dated tick marks; labels alternate above and below the line."""
        x0, x1 = LM + 6, self.rm - 6
        mid = self.y + 62
        self.page.draw_line((x0, mid), (x1, mid), color=NAVY, width=2.0)
        self.page.draw_polyline([(x1 - 2, mid - 4), (x1 + 5, mid), (x1 - 2, mid + 4)], color=NAVY, fill=NAVY,
                                closePath=True, width=0.5)
        n = len(marks)
        step = (x1 - x0 - 30) / (n - 1)
        for k, (date, lines) in enumerate(marks):
            x = x0 + 12 + k * step
            up = k % 2 == 0
            self.page.draw_line((x, mid - 6), (x, mid + 6), color=MUSTARD, width=2.2)
            self.page.draw_circle((x, mid), 2.6, color=NAVY, fill=WHITE, width=1.0)
            w = max([tl(date, BOLD, size + 0.4)] + [tl(ln, REG, size) for ln in lines])
            lx = min(max(x - w / 2, LM), self.rm - w)
            if up:
                yy = mid - 14 - len(lines) * size * 1.2
                self.put(lx, yy, date, BOLD, size + 0.4, NAVY)
                for ln in lines:
                    yy += size * 1.2
                    self.put(lx, yy, ln, REG, size)
                self.page.draw_line((x, mid - 12), (x, mid - 7), color=GREY, width=0.5)
            else:
                yy = mid + 20
                self.put(lx, yy, date, BOLD, size + 0.4, NAVY)
                for ln in lines:
                    yy += size * 1.2
                    self.put(lx, yy, ln, REG, size)
                self.page.draw_line((x, mid + 7), (x, mid + 12), color=GREY, width=0.5)
        self.y = mid + 62

    # ---------------------------------------------------------------- finish
    def finish(self, path):
        n = self.doc.page_count
        for page in self.doc:
            rm = page.rect.width - 50.0
            ph = page.rect.height
            page.draw_rect(pymupdf.Rect(LM, 28, LM + 9, 37), color=MUSTARD, fill=MUSTARD, width=0)
            self.put(LM + 14, 36, HEADER_LEFT, BOLD, 7.6, NAVY, page=page)
            self.put(rm - tl(HEADER_RIGHT, REG, 7.0), 36, HEADER_RIGHT, REG, 7.0, GREY, page=page)
            page.draw_line((LM, 42), (rm, 42), color=NAVY, width=0.5)
            notes = self.notes.get(page.number, [])
            if notes:
                y = ph - 44 - self.foot_h(page.number) + 10
                page.draw_line((LM, y - 2), (LM + 120, y - 2), color=GREY, width=0.5)
                for num, text in notes:
                    first = True
                    for runs in wrap_runs([(text, REG)], rm - LM - 14, 7.0):
                        y += 7.0 * 1.3
                        if first:
                            self.put(LM + 2, y - 2.4, str(num), BOLD, 5.6, MUSTARD, page=page)
                            first = False
                        x = LM + 12
                        for t, f in runs:
                            self.put(x, y, t, f, 7.0, (0.15, 0.15, 0.18), page=page)
                            x += tl(t, f, 7.0)
                    y += 2
            fy = ph - 30
            page.draw_line((LM, fy), (rm, fy), color=MUSTARD, width=1.0)
            pg = f"{page.number + 1} / {n}"
            self.put(rm - tl(pg, BOLD, 8.0), fy + 12, pg, BOLD, 8.0, NAVY, page=page)
            self.put(LM, fy + 12, FOOTER_LEFT, REG, 6.8, GREY, page=page)
            mx = (LM + rm) / 2 - tl(FOOTER_MID, REG, 6.8) / 2 + 30
            self.put(mx, fy + 12, FOOTER_MID, REG, 6.8, GREY, page=page)
        self.doc.set_metadata({
            "title": "Amrutvel Bastaa Credit Card for Parents - School Fee Guide (fictional)",
            "author": "Amrutvel Bank Ltd. (fictional)",
            "subject": "Guide to a fictional credit card for parents paying school fees, coaching fees and supplies",
            "keywords": "fictional, evaluation, credit card, school fees, coaching, instalments, rewards",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": "D:20260110000000+05'30'",
            "modDate": "D:20260110000000+05'30'",
        })
        self.doc.save(path, garbage=4, deflate=True, clean=True, no_new_id=True)
        return n


def build():
    b = Builder()

    # ================================================================ title
    p = b.page
    p.draw_rect(pymupdf.Rect(LM, 52, b.rm, 122), color=None, fill=NAVY, width=0)
    p.draw_rect(pymupdf.Rect(LM, 118, b.rm, 122), color=None, fill=MUSTARD, width=0)
    for k in range(7):  # ruled-notebook lines on the right of the band
        yy = 62 + k * 8
        p.draw_line((430, yy), (b.rm - 12, yy), color=(0.30, 0.40, 0.62), width=0.6)
    b.put(LM + 14, 80, "Bastaa Credit Card", BOLD, 21, WHITE)
    b.put(LM + 14, 96, "For parents who pay school fees, coaching fees and school supplies", REG, 9.6, WHITE)
    b.put(LM + 14, 110, "Customer guide  |  Amrutvel Bank Ltd.  |  variants Pencil, Compass and Atlas", REG, 7.8,
          (0.85, 0.88, 0.95))
    b.y = 128

    # ================================================================ 01 glance
    b.heading(1, "The card at a glance", keep=60)
    b.para("Bastaa is a credit card from Amrutvel Bank Ltd. for a parent or legal guardian who pays a child's "
           "school fees, coaching-class fees and school supplies. It is applied for and managed in the bank's app, "
           "Amrut Mobile. There is one card, in the parent's name; Bastaa has no add-on card for a child or "
           "student in any variant.")
    b.roman([
        [("FeeSplit: ", BOLD), ("a term fee paid by card to a partner school (a Vidya Partner) can be turned into "
                                "3, 6, 9 or 12 monthly instalments; coaching fees into 3 or 6.", REG)],
        [("Satchel Points: ", BOLD), ("extra reward points on books, stationery, uniforms, school shoes and school "
                                      "bags, within a monthly cap for each variant.", REG)],
        [("TermBell: ", BOLD), ("a reminder of every term-fee due date on your Class List, with an optional "
                                "AutoPay on the due date.", REG)],
        [("Term Boost: ", BOLD), ("a temporary extra limit, only for fees paid to partner schools, in two fee "
                                  "seasons a year.", REG)],
        [("Edu Spend Summary: ", BOLD), ("a yearly list of the fees you paid for each child.", REG)],
    ])

    # ================================================================ 02 variants
    b.heading(2, "Variants", keep=120)
    b.table(
        "Bastaa variants: fees, income needed and credit limits",
        [62, 46, 46, 70, 56, 62, 50, 55, 48],
        ["Variant", "Joining fee", "Annual fee", "Annual fee waived on yearly spends of", "Salaried",
         "Self-employed", "Minimum", "Maximum", "Children on Class List"],
        [
            ["Bastaa Pencil", "Rs. 499", "Rs. 499", "Rs. 1.2 lakh", "Rs. 3,60,000", "Rs. 4,80,000", "Rs. 40,000",
             "Rs. 1,50,000", "up to 2"],
            ["Bastaa Compass", "Rs. 1,299", "Rs. 1,299", "Rs. 2.5 lakh", "Rs. 7,20,000", "Rs. 9,00,000",
             "Rs. 1,00,000", "Rs. 4,00,000", "up to 3"],
            ["Bastaa Atlas", "Rs. 2,999", "Rs. 2,999", "Rs. 5 lakh", "Rs. 15,00,000", "Rs. 18,00,000",
             "Rs. 2,50,000", "Rs. 10,00,000", "up to 4"],
        ],
        groups=[("", 4), ("Yearly income needed", 2), ("Credit limit", 2), ("", 1)],
        align=["l", "r", "r", "r", "r", "r", "r", "r", "c"], first_bold=True,
    )
    n1 = b.footnote("Income is the gross yearly income: for salaried applicants from salary slips or Form 16, for "
                    "self-employed applicants from the income-tax returns of the last 2 years (the lower year "
                    "counts).")
    b.para("The yearly income needed is checked on the income you declare and on the documents in section 04. "
           "You can move to another variant once every 12 months from Card > Change variant", sup=n1)

    # ================================================================ 03 eligibility
    b.heading(3, "Eligibility and exclusions", keep=120)
    b.start_sidebar()
    b.sub("You can apply if all of these are true")
    b.tip("Guardians: upload the guardianship order at Parent Proof, not at Class List. It is checked in about "
          "1 working day.")
    b.roman([
        "you are a resident Indian aged 23 to 60 years if salaried, or 25 to 65 years if self-employed;",
        "you are the parent or the legal guardian (with a court guardianship order) of at least one child aged 3 "
        "to 21 years who is enrolled in a school or a coaching institute;",
        "your income meets the slab of the variant you choose (Table 1);",
        "your credit bureau score is 720 or higher, or you have no credit history but have held an Amrutvel "
        "savings account for at least 12 months;",
        "you live in one of the 96 cities where Amrutvel delivers cards (the list is in the app).",
    ])
    b.sub("Who cannot apply")
    b.tip("A bureau score below 720 is not a final no: you may apply again after 6 months.")
    b.roman([
        "a student applying for himself or herself, and anyone applying only to pay his or her own fees;",
        "a person with any Amrutvel card or loan overdue by 60 days or more in the last 12 months;",
        "non-resident Indians and foreign nationals;",
        "a person who already holds a Bastaa card (one Bastaa card per parent; both parents may hold one each);",
        "a person whose Bastaa application was declined in the last 90 days.",
    ])
    b.stop_sidebar()

    # ================================================================ 04 documents
    b.heading(4, "Documents needed", keep=90)
    b.start_sidebar()
    b.tip("Photos of documents must be in colour and under 4 MB each; PDF files up to 8 MB.")
    b.desc([
        ("PAN card", "Needed from every applicant; the name on PAN must match the name you type at Report Card."),
        ("Identity and address proof", "Aadhaar through Aadhaar OTP e-KYC. Without Aadhaar: passport or voter ID, "
                                       "followed by video KYC."),
        ("Income proof (salaried)", "Salary slips for the last 3 months, or the latest Form 16."),
        ("Income proof (self-employed)", "Income-tax returns for the last 2 years with computation of income."),
        ("Proof for each child", "The child's school or institute ID card, or the latest fee receipt showing the "
                                 "child's name. A birth certificate is needed only for a child under 6 years."),
        ("Guardianship order", "Only for a legal guardian who is not a parent."),
    ])
    b.stop_sidebar()

    # ================================================================ 05 onboarding
    b.heading(5, "Your application in Amrut Mobile", keep=120)
    b.para("Open Amrut Mobile > Cards > Bastaa and go through six steps. An application that is not finished "
           "expires 30 days after Roll Call; after that you start again.")
    b.start_sidebar()
    b.tip("Keep your PAN, Aadhaar-linked phone and each child's ID card next to you before Roll Call: most "
          "drop-offs happen at Class List.")
    steps = [
        ("Step 1 - Roll Call", "Enter your mobile number and the OTP sent to it.",
         "the OTP is valid for 3 minutes", "3 OTP resends; 5 wrong OTPs lock the step for 30 minutes (BST-101)",
         "nothing is saved; you start again"),
        ("Step 2 - Report Card", "PAN, employment, income and your consent for a credit bureau check.",
         "15 minutes without activity", "the PAN name can be corrected 3 times (BST-204)",
         "your details are saved for 7 days; a resume link is sent by SMS after 2 hours"),
        ("Step 3 - Parent Proof", "Aadhaar OTP e-KYC, or video KYC between 8 am and 8 pm on any day.",
         "the Aadhaar OTP is valid for 10 minutes; a video KYC call lasts at most 15 minutes",
         "2 video KYC attempts a day; face match can be retaken 2 times (BST-316)",
         "KYC stays valid for 72 hours; after that you repeat Parent Proof"),
        ("Step 4 - Class List", "Add each child (name, date of birth, class) and search the school or coaching "
                                "institute by name or VPS code.",
         "20 minutes without activity", "a school search can be repeated without limit",
         "children already added are kept for 7 days; a school can also be added within 30 days after the card "
         "is issued"),
        ("Step 5 - Ink Sign", "Choose the variant, read the key fact statement and e-sign with Aadhaar OTP.",
         "the e-sign link is valid for 48 hours", "2 new e-sign links can be requested (BST-508)",
         "a reminder is sent after 24 hours; after 48 hours the link expires"),
        ("Step 6 - Final Bell", "The decision: instant, or manual review (BST-611).",
         "manual review takes up to 4 working days", "none needed",
         "nothing to do; the decision comes by SMS and in the app"),
    ]
    tips = {2: "Report Card pulls your bureau report once. Stopping and resuming within 7 days does not trigger "
               "a second enquiry.",
            4: "A school that is not a Vidya Partner can still be added; only FeeSplit is unavailable for it.",
            5: "The key fact statement can be downloaded at Ink Sign and again later from Card > Documents."}
    for k, (name, what, timeout, retries, drop) in enumerate(steps, 1):
        if k in tips:
            b.tip(tips[k])
        b.desc([(name, [("What you do: ", BOLD), (what, REG), (" Timeout: ", BOLD), (timeout + ".", REG),
                        (" Retries: ", BOLD), (retries + ".", REG), (" If you drop off: ", BOLD),
                        (drop + ".", REG)])])
    b.stop_sidebar()
    b.para("After approval the virtual card appears in Amrut Mobile within 10 minutes; the physical card reaches "
           "you within 7 working days.")

    # ================================================================ 06 halt codes
    b.heading(6, "Halt codes and what to do", keep=60)
    b.para("If the journey stops, the screen shows a halt code. Quote it to the Bastaa Desk (section 07).")
    b.table(
        "Halt codes during the application",
        [58, 70, 165, 202],
        ["Code", "Step", "What it means", "What to do next"],
        [
            ["BST-101", "Roll Call", "5 wrong OTPs entered", "Wait 30 minutes, then start Roll Call again."],
            ["BST-117", "Roll Call", "Your mobile number is already linked to another Bastaa application",
             "Finish or withdraw that application; an unfinished one expires after 30 days."],
            ["BST-204", "Report Card", "Name does not match the PAN record",
             "Type the name exactly as on PAN; after 3 tries, visit a branch with your PAN card."],
            ["BST-215", "Report Card", "Credit bureau record not found",
             "Continue only if you have held an Amrutvel savings account for 12 months; otherwise apply at a "
             "branch."],
            ["BST-228", "Report Card", "Income below the slab of the chosen variant",
             "Accept the lower variant offered. Below the Pencil slab, apply again after 6 months."],
            ["BST-309", "Parent Proof", "No video KYC agent free", "Book another slot (8 am to 8 pm)."],
            ["BST-316", "Parent Proof", "Face match failed",
             "Retake the photo in good light (2 more tries), then switch to video KYC."],
            ["BST-402", "Class List", "Child's age is outside 3 to 21 years",
             "Remove that child; at least one eligible child is needed to continue."],
            ["BST-425", "Class List", "School or institute not found among Vidya Partners",
             "The child is saved as non-partner; continue. FeeSplit will not be available for that school."],
            ["BST-508", "Ink Sign", "E-sign link expired after 48 hours",
             "Ask for a new link in the app (2 at most); after that, contact the Bastaa Desk."],
            ["BST-611", "Final Bell", "Sent for manual review", "No action; the decision comes within 4 working "
                                                                  "days."],
            ["BST-690", "Final Bell", "Application declined", "Apply again after 90 days."],
        ],
    )

    # ================================================================ 07 help
    b.heading(7, "Help channels", keep=90)
    b.table(
        "Where to get help",
        [120, 215, 160],
        ["Channel", "Details", "Hours"],
        [
            ["Bastaa Desk (phone)", "1800-309-5521 (toll-free)",
             "8 am to 10 pm every day; 24 hours from 1 to 15 April and 1 to 15 June"],
            ["Lost or stolen card", "1800-309-5599, or SMS BSTBLK <last 4 digits> to 56070", "24 hours"],
            ["Ask Bastaa (chat in Amrut Mobile)", "Help > Ask Bastaa; a person joins the chat on request",
             "24 hours; people 9 am to 9 pm"],
            ["WhatsApp", "+91 80 4719 2286 (send HI BASTAA)", "24 hours"],
            ["E-mail", "care.bastaa@amrutvelbank.example", "reply within 2 working days"],
            ["Fee Desk at branches", "Fee Desk counters at 60 of the 240 Amrutvel branches; web: "
                                     "www.amrutvelbank.example/bastaa", "Saturdays 10 am to 2 pm"],
        ],
        zebra=True, first_bold=True,
    )

    # ================================================================ 08 limit
    b.heading(8, "How your credit limit is set", keep=150)
    b.start_sidebar()
    b.tip("The deduction in step ii uses the total limits of your other cards, not what you owe on them.")
    b.para("The limit starts from your monthly net income multiplied by the variant's multiple: 2 for Pencil, 2.5 "
           "for Compass and 3 for Atlas. One quarter (25%) of the total credit limits of your other credit cards is "
           "deducted, the result is rounded down to the nearest Rs. 5,000 and then kept within the variant's "
           "minimum and maximum in Table 1.")
    b.sub("Worked example: Ms. Revathi Kulkarni, Bastaa Compass")
    b.tip("Term Boost is not added to your card limit on the statement; it is usable only for partner-school fees.")
    b.roman([
        "Monthly net income Rs. 93,400 x 2.5 = Rs. 2,33,500.",
        "Other credit card: limit Rs. 80,000; 25% of it = Rs. 20,000. Rs. 2,33,500 - Rs. 20,000 = Rs. 2,13,500.",
        "Rounded down to the nearest Rs. 5,000: Rs. 2,10,000.",
        "Within the Compass range of Rs. 1,00,000 to Rs. 4,00,000, so the credit limit is Rs. 2,10,000.",
        "Term Boost in a fee season: 20% of Rs. 2,10,000 = Rs. 42,000 (below the Compass cap of Rs. 50,000), so "
        "up to Rs. 2,52,000 can be used for partner-school fees during the window.",
    ])
    b.para("The limit is reviewed every 12 months. You may ask for an increase after 6 months of on-time "
           "payments; a decrease can be asked for at any time.")
    b.stop_sidebar()

    # ================================================================ 09 fees (landscape)
    b.new_page(landscape=True)
    b.heading(9, "Fees and charges", keep=200)
    b.para("All fees and charges below are subject to GST at 18%. Fees paid to schools and institutes are "
           "passed on without any bank markup.")
    b.table(
        "Full schedule of fees and charges by variant",
        [170, 86, 118, 118, 118, 132],
        ["Fee or charge", "Charged", "Bastaa Pencil", "Bastaa Compass", "Bastaa Atlas", "Notes"],
        [
            ["Joining fee", "once", "Rs. 499", "Rs. 1,299", "Rs. 2,999", "Not refunded"],
            ["Annual fee", "per year, from year 2", "Rs. 499", "Rs. 1,299", "Rs. 2,999",
             "Waived on spends as in Table 1"],
            ["FeeSplit processing fee (school)", "per plan", "1% (minimum Rs. 199)", "1% (minimum Rs. 149)", "Nil",
             "Vidya Partner schools only"],
            ["Coaching FeeSplit processing fee", "per plan", "1.5% (minimum Rs. 249)", "1.5% (minimum Rs. 249)",
             "1% (minimum Rs. 199)", "Vidya Partner coaching institutes only"],
            ["FeeSplit foreclosure charge", "per plan", "2% of principal outstanding",
             "2% of principal outstanding", "1% of principal outstanding", "Nil when the school refunds the fee"],
            ["Education payment fee (school or coaching that is not a Vidya Partner)", "per transaction", "1%",
             "1%", "Nil", "Nil at Vidya Partners"],
            ["Flexi EMI processing fee", "per plan", "1.5% (minimum Rs. 199)", "1.5% (minimum Rs. 199)",
             "1.5% (minimum Rs. 199)", "Section 14"],
            ["Finance charge (interest)", "per month", "3.5% (42% a year)", "3.4% (40.8% a year)",
             "2.95% (35.4% a year)", "On unpaid balances and cash"],
            ["Late payment charge", "per statement", "Table 5", "Table 5", "Table 5", "Slab by total amount due"],
            ["Over-limit charge", "per statement", "2.5% of the amount over limit (minimum Rs. 500)",
             "2.5% of the amount over limit (minimum Rs. 500)", "Nil", "Term Boost use is not over-limit"],
            ["Cash withdrawal fee", "per withdrawal", "2.5% (minimum Rs. 500)", "2.5% (minimum Rs. 500)",
             "2% (minimum Rs. 400)", "Cash is off by default"],
            ["Foreign currency markup", "per transaction", "3.5%", "3.5%", "1.99%", ""],
            ["Payment return (cheque or auto-debit)", "per instance", "2% of the amount (minimum Rs. 450)",
             "2% of the amount (minimum Rs. 450)", "2% of the amount (minimum Rs. 450)", ""],
            ["Reward redemption fee", "per request", "Rs. 99", "Rs. 99", "Nil", ""],
            ["Card replacement", "per card", "Rs. 200", "Rs. 200", "Nil", "Free if the card is faulty"],
            ["Duplicate statement older than 3 months", "per copy", "Rs. 100", "Rs. 100", "Rs. 100", ""],
            ["Add-on card (spouse only)", "per year", "Not offered", "Nil", "Nil", "No add-on card for children"],
            ["TermBell and TermBell AutoPay", "-", "Nil", "Nil", "Nil", ""],
        ],
        groups=[("", 2), ("Amount by variant (plus GST)", 3), ("", 1)], zebra=True, first_bold=True,
    )
    b.table(
        "Late payment charge by total amount due (all variants)",
        [130, 102, 102, 102, 102, 102, 102],
        ["Total amount due on the statement", "Up to Rs. 500", "Rs. 501 to Rs. 5,000", "Rs. 5,001 to Rs. 15,000",
         "Rs. 15,001 to Rs. 30,000", "Rs. 30,001 to Rs. 60,000", "Above Rs. 60,000"],
        [["Late payment charge", "Nil", "Rs. 400", "Rs. 750", "Rs. 950", "Rs. 1,150", "Rs. 1,400"]],
        align=["l", "c", "c", "c", "c", "c", "c"], first_bold=True,
    )
    b.para("The late payment charge applies when the minimum amount due is not paid by the payment due date. On "
           "Bastaa Atlas the first late payment charge in a card year is waived.")

    # ================================================================ 10 FeeSplit
    b.new_page()
    b.heading(10, "FeeSplit: school fees in instalments", keep=200)
    b.start_sidebar()
    b.tip("Pay the fee through the school's Bastaa payment page or Fees > Pay school fee, so it is tagged with "
          "the child's name.")
    b.roman([
        "FeeSplit is for term, annual or admission fees paid by the Bastaa card to a Vidya Partner school (1,850 "
        "schools, each with a VPS code such as VPS-MY-04417).",
        "The fee must be at least Rs. 8,000 for one child, and at most Rs. 1,50,000 (Pencil), Rs. 2,50,000 "
        "(Compass) or Rs. 4,00,000 (Atlas) per child per term.",
        "Ask within 20 days of the fee payment, and before the statement that bills it is generated.",
        "Tenures and interest (reducing balance): 3 months at 0%, 6 months at 11%, 9 months at 12.5%, 12 months "
        "at 13.5% a year. The processing fee in Table 4 applies to every plan, also at 0%.",
        "At most 6 FeeSplit plans (school and coaching together) can run at the same time.",
        "Foreclose any time after the first instalment is billed (charge in Table 4).",
    ])
    b.tip("Transport, hostel mess and uniform bills raised by third parties are not school fees, even when paid "
          "on the school's page.")
    b.stop_sidebar()
    b.sub("Can this fee go on FeeSplit?", keep=290)
    b.flowchart()
    b.sub("Coaching FeeSplit")
    b.para("Fees for a Vidya Partner coaching institute (listed as VPC codes) can be split into 3 or 6 months at "
           "14% a year. The course fee must be Rs. 5,000 to Rs. 1,20,000. A coaching institute that is not a "
           "partner can only be paid with Flexi EMI.")
    b.table(
        "FeeSplit worked example: term fee Rs. 72,000, 6 months at 11% a year (Bastaa Compass)",
        [95, 100, 100, 100, 100],
        ["Instalment", "Principal at start", "Interest", "Principal repaid", "Instalment amount"],
        [
            ["1", "Rs. 72,000", "Rs. 660", "Rs. 11,728", "Rs. 12,388"],
            ["2", "Rs. 60,272", "Rs. 552", "Rs. 11,836", "Rs. 12,388"],
            ["3", "Rs. 48,436", "Rs. 444", "Rs. 11,944", "Rs. 12,388"],
            ["4", "Rs. 36,492", "Rs. 335", "Rs. 12,053", "Rs. 12,388"],
            ["5", "Rs. 24,439", "Rs. 224", "Rs. 12,164", "Rs. 12,388"],
            ["6", "Rs. 12,275", "Rs. 113", "Rs. 12,275", "Rs. 12,388"],
        ],
        total=["Total", "", "Rs. 2,328", "Rs. 72,000", "Rs. 74,328"],
        align=["c", "r", "r", "r", "r"], zebra=True, keep=True,
    )
    b.para("The processing fee of 1% (Rs. 720, plus GST of Rs. 129.60) is billed on the first statement with the "
           "first instalment.")

    # ================================================================ 11 TermBell
    b.heading(11, "TermBell: term-fee reminders", keep=110)
    b.start_sidebar()
    b.tip("Partner schools send their due dates to TermBell themselves; for other schools you type the dates in "
          "once a year.")
    b.roman([
        "TermBell reminds you 10 days and again 2 days before each term-fee due date, by app notice and SMS.",
        "Up to 12 due dates per child per year can be set.",
        "TermBell AutoPay (optional) pays the fee from the card on the due date, up to Rs. 75,000 per payment.",
        "If the available limit is too low, AutoPay tries once more the next day; if that also fails, you get an "
        "SMS and the fee must be paid by you.",
        "AutoPay can be switched off up to 1 day before a due date.",
    ])
    b.stop_sidebar()

    # ================================================================ 12 Term Boost
    b.heading(12, "Term Boost: extra limit in fee seasons", keep=90)
    b.para("Term Boost adds 20% of your credit limit, only for fees paid to Vidya Partner schools, during two "
           "windows a year: 1 April to 15 May and 1 October to 14 November. The boost is capped at Rs. 25,000 "
           "(Pencil), Rs. 50,000 (Compass) and Rs. 1,00,000 (Atlas). You get it only if your last 3 statements "
           "were paid by the due date. Amounts used from the boost must be repaid with the next statement or "
           "put on FeeSplit.")

    # ================================================================ 13 rewards
    b.heading(13, "Satchel Points and other rewards", keep=150)
    n2 = b.footnote("School supplies: bookshops, stationery shops, school-uniform stores, school shoe and bag "
                    "stores, and the online supplies stores listed in the app. Laptops, tablets and other "
                    "electronics are not school supplies and earn the base rate.")
    b.para("Satchel Points are earned on school supplies at a higher rate, within a monthly cap; all other "
           "eligible spends earn the base rate", sup=n2)
    b.table(
        "Reward earning and caps by variant",
        [175, 106, 107, 107],
        ["Category", "Bastaa Pencil", "Bastaa Compass", "Bastaa Atlas"],
        [
            ["School supplies (Satchel Points)", "5 points per Rs. 100", "8 points per Rs. 100",
             "10 points per Rs. 100"],
            ["Monthly cap on Satchel Points", "600 points", "1,200 points", "2,500 points"],
            ["June Back-to-School bonus (rate doubled), extra points cap", "1,000 points", "2,000 points",
             "3,000 points"],
            ["Coaching fees paid directly (not on FeeSplit)", "2 points per Rs. 100, up to 500 a month",
             "2 points per Rs. 100, up to 500 a month", "2 points per Rs. 100, up to 500 a month"],
            ["All other eligible spends (base rate)", "1 point per Rs. 100", "2 points per Rs. 150",
             "3 points per Rs. 150"],
            ["Welcome points (spend Rs. 10,000 in the first 60 days)", "500 points", "1,500 points",
             "4,000 points"],
            ["Fuel surcharge waiver (1% on Rs. 400 to Rs. 4,000)", "up to Rs. 100 a month", "up to Rs. 150 a month",
             "up to Rs. 250 a month"],
        ],
        align=["l", "c", "c", "c"], first_bold=True,
    )
    n3 = b.footnote("Fee Credit is paid straight to the school against the child's next fee and can be used only "
                    "at Vidya Partner schools.")
    b.roman([
        "No points on school fees put on FeeSplit, on fuel, rent, wallet loads, insurance premiums, government "
        "payments, cash, fees and interest.",
        "Redeem against the statement at Rs. 0.25 a point, or as Fee Credit at Rs. 0.40 a point (minimum 2,000 "
        "points per redemption).",
        "Points expire 36 months after the month they are earned, and lapse at once if the card is closed.",
    ])
    b.para("Fee Credit is the best value for points", sup=n3)

    # ================================================================ 14 EMI
    b.heading(14, "Flexi EMI for other purchases", keep=80)
    b.para("Any purchase of Rs. 2,500 or more can be turned into Flexi EMI within 30 days of the purchase: 3 or 6 "
           "months at 14%, 9 or 12 months at 15%, 18 months at 16% a year (processing fee in Table 4). Gold, "
           "jewellery, fuel, wallet loads and cash cannot be put on Flexi EMI, and a fee already on FeeSplit cannot "
           "also go on Flexi EMI. Pre-closure of a Flexi EMI costs 3% of the principal outstanding.")

    # ================================================================ 15 statements
    b.heading(15, "Statements, payments and interest", keep=130)
    b.start_sidebar()
    b.tip("Pay the total amount due, not just the minimum, to keep the interest-free period on new spends.")
    b.roman([
        "The statement is generated on the 12th of each month; the payment is due 20 days later.",
        "Interest-free period: up to 50 days, only if the previous statement was paid in full.",
        "Minimum amount due: 5% of the total amount due (at least Rs. 200), plus all FeeSplit and Flexi EMI "
        "instalments, any over-limit amount and fees.",
        "If anything is left unpaid, interest runs on every spend from its transaction date, and on the unpaid "
        "balance from the payment date to the next statement date.",
        "The Edu Spend Summary (fees paid for each child from 1 April to 31 March) is ready in the app by 15 April "
        "each year.",
    ])
    b.stop_sidebar()
    n4 = b.footnote("Day counts run from the transaction date up to the day before the payment, and from the "
                    "payment date up to the next statement date.")
    b.para("Worked example (Bastaa Compass, 3.4% a month = 40.8% a year): statement of 12 March 2026 with a total "
           "amount due of Rs. 30,000 (spends of Rs. 24,000 on 18 February and Rs. 6,000 on 5 March); due date 1 "
           "April; Rs. 10,000 paid on 1 April. The minimum amount due was Rs. 1,500, so no late payment charge "
           "applies, but interest does", sup=n4)
    b.table(
        "Interest on the statement of 12 April 2026",
        [200, 95, 75, 125],
        ["Amount and period", "Amount", "Days", "Interest at 40.8% a year"],
        [
            ["Spend of 18 February, to 31 March", "Rs. 24,000", "42", "Rs. 1,126.75"],
            ["Spend of 5 March, to 31 March", "Rs. 6,000", "27", "Rs. 181.08"],
            ["Unpaid balance, 1 April to 12 April", "Rs. 20,000", "12", "Rs. 268.27"],
        ],
        total=["Total interest (GST of Rs. 283.70 is added)", "", "", "Rs. 1,576.10"],
        align=["l", "r", "c", "r"], zebra=True, keep=True,
    )

    # ================================================================ 16 controls
    b.heading(16, "Card controls and safety", keep=120)
    b.table(
        "Card controls in Card > Controls",
        [150, 80, 265],
        ["Control", "When issued", "What you can change"],
        [
            ["Online spends", "On", "Switch off or set a per-transaction limit from Rs. 1,000 up to the full limit"],
            ["Contactless (tap)", "On", "Up to Rs. 5,000 per tap; switch off at any time"],
            ["International use", "Off", "Switch on for up to 30 days at a time"],
            ["Cash withdrawal", "Off", "Switch on, up to 10% of the credit limit"],
            ["Education-only mode", "Off", "When on, the card works only at schools, coaching institutes and "
                                          "school-supplies stores"],
            ["TermBell AutoPay", "Off", "Switch on per child; off up to 1 day before a due date"],
        ],
        zebra=True, first_bold=True,
    )
    b.desc([
        ("Lost card", "Block it in Amrut Mobile, call 1800-309-5599 or SMS BSTBLK <last 4 digits> to 56070. A "
                      "replacement card reaches you within 6 working days."),
        ("Your liability", "Nil for unauthorised transactions reported within 3 working days; up to Rs. 7,500 if "
                           "reported in 4 to 7 working days; after that, as decided under the bank's board policy."),
        ("Fee-payment fraud", "Amrutvel and Vidya Partner schools never ask you to pay a fee to a personal UPI ID "
                              "or to share an OTP. A partner school's page always shows its VPS code with a "
                              "Verified badge."),
    ])

    # ================================================================ 17 timelines
    b.heading(17, "Key timelines", keep=200)
    b.para("The Bastaa year for a parent (dates repeat every year):")
    b.timeline([
        ("1 Apr", ["Term Boost window 1", "opens (to 15 May)"]),
        ("15 Apr", ["Edu Spend Summary", "ready in the app"]),
        ("1 Jun", ["Back-to-School bonus", "starts (to 30 Jun)"]),
        ("1 Oct", ["Term Boost window 2", "opens (to 14 Nov)"]),
        ("14 Nov", ["Term Boost window 2", "closes"]),
        ("31 Mar", ["Edu Spend Summary", "year ends"]),
    ])
    b.table(
        "Service timelines",
        [250, 245],
        ["Event", "Timeline"],
        [
            ["Decision after Final Bell", "instant, or up to 4 working days (BST-611)"],
            ["Virtual card / physical card", "within 10 minutes / within 7 working days"],
            ["Asking for FeeSplit", "within 20 days of the fee payment"],
            ["FeeSplit plan booked", "within 2 working days of the request"],
            ["Points credited", "within 5 days of the statement date"],
            ["Fee Credit reaches the school", "within 7 working days of redemption"],
            ["Dispute a transaction", "within 45 days of the statement date; resolved within 60 days"],
            ["Card closure", "7 working days after all dues are paid; TermBell AutoPay stops the same day"],
        ],
        zebra=True,
    )

    # ================================================================ 18 FAQ
    b.heading(18, "Frequently asked questions", keep=80)
    b.desc([
        ("My son has started college. Can he get his own Bastaa card as an add-on?",
         "No. Bastaa add-on cards are issued only to a spouse, and only on Compass and Atlas. You can keep paying "
         "his college fees with your own card."),
        ("The school refunded part of a fee that is on FeeSplit. What happens?",
         "The refund is credited to the card and the plan is closed; the remaining principal is billed on the next "
         "statement, set off against the refund. No foreclosure charge applies."),
        ("My daughter changed schools mid-year. Do my FeeSplit plans stop?",
         "No. Running plans continue. Update the school in Class List; TermBell then takes the new school's dates."),
        ("Do FeeSplit instalments count towards the annual fee waiver?",
         "The fee counts once, when you pay it by card. The instalments do not count again."),
    ], indent=14)

    # ================================================================ 19 complaints
    b.heading(19, "Complaints and escalation", keep=150)
    b.para("Raise a complaint in Help > Complaint, by phone or by letter to Bastaa Cards, Amrutvel Bank Ltd., "
           "Amrutvel House, 14 Kanakapura Cross Road, Mysuru 570011. Each complaint gets a reference such as "
           "BC-260110-0173.")
    b.table(
        "Escalation levels",
        [58, 197, 140, 100],
        ["Level", "Whom to contact", "When", "Reply within"],
        [
            ["Level 1", "Bastaa Desk: 1800-309-5521, care.bastaa@amrutvelbank.example or the app", "any complaint",
             "5 working days"],
            ["Level 2", "Grievance Redressal Officer, Ms. Kavitha Rangaswamy, gro.bastaa@amrutvelbank.example, "
                        "0821-660-3380 (10 am to 5 pm, Monday to Friday)",
             "no reply from Level 1 in 5 working days, or not satisfied", "7 working days"],
            ["Level 3", "Principal Nodal Officer, Mr. Devdutt Halbhavi, nodal.bastaa@amrutvelbank.example",
             "no reply from Level 2 in 7 working days, or not satisfied", "10 working days"],
            ["Level 4", "Banking Ombudsman of the Reserve Bank of India",
             "not resolved within 30 days of the first complaint, or rejected", "as per the Ombudsman scheme"],
        ],
        first_bold=True,
    )
    return b.finish(OUT)


if __name__ == "__main__":
    pages = build()
    print(f"wrote {OUT} ({pages} pages)")
