"""Build the nineteenth evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card and its
variants, the transit wallet, the app and its journey, people, phone numbers,
e-mail addresses, web addresses, codes, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/nineteenth-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign is
written as "Rs." throughout.  Output is deterministic (fixed metadata dates,
no new document id).
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "suryarekha_raahdari_commuter_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 52.0, 535.0  # left and right margins (a thumb tab sits to the right of RM)
TOP = 66.0  # body starts below the running header
FOOTER_Y = 814.0
BODY_BOTTOM = 792.0  # lowest y for body text on a page without footnotes

REG, BOLD = "helv", "hebo"
BODY = 8.6
LEAD = 1.32
ACCENT = (0.05, 0.33, 0.45)  # teal blue, like a metro line colour
LINE2 = (0.88, 0.45, 0.08)  # orange, a second "line" colour
HEAD_FILL = (0.86, 0.93, 0.95)
SIDE_FILL = (0.95, 0.97, 0.93)
GREEN = (0.10, 0.45, 0.22)
RED = (0.72, 0.13, 0.12)

HEADER_LEFT = "Suryarekha Setu Bank Ltd.  |  Raahdari Commuter Credit Card - Customer Guide"
HEADER_RIGHT = "Version 2.1, effective 15 September 2025"
FOOTER_LEFT = "Raahdari Card Guide - tap in, tap out, pay on time"


def tl(text: str, font: str = REG, size: float = BODY) -> float:
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def wrap_runs(segments, width, size):
    """Wrap (text, font) segments into lines; each line is a list of (text, font) runs."""
    words = []  # (word, font); "Rs." is kept on the same line as the amount after it
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


class Builder:
    def __init__(self):
        self.doc = pymupdf.open()
        self.footnotes: dict[int, list[str]] = {}
        self.tabs: dict[int, str] = {}
        self.part = "ABOUT THE CARD"
        self.page = None
        self.y = TOP
        self.new_page()

    # ------------------------------------------------------------------ pages
    def new_page(self):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.footnotes[self.page.number] = []
        self.tabs[self.page.number] = self.part
        self.headed = False
        self.y = TOP

    def set_part(self, name):
        """Thumb-tab text for the page on which the next heading sits."""
        self.part = name

    def foot_height(self, pno):
        h = 0.0
        for text in self.footnotes.get(pno, []):
            h += len(wrap_runs([(text, REG)], RM - LM, 7.2)) * 7.2 * 1.3 + 2
        return h + (12 if h else 0)

    def bottom(self):
        return BODY_BOTTOM - self.foot_height(self.page.number)

    def ensure(self, h):
        if self.y + h > self.bottom():
            self.new_page()

    def footnote(self, text, need=30.0):
        """Attach a footnote to the page on which the next `need` points of body will sit."""
        self.footnotes[self.page.number].append(text)
        if self.y + need > self.bottom():
            self.footnotes[self.page.number].pop()
            self.new_page()
            self.footnotes[self.page.number].append(text)

    # ------------------------------------------------------------------- text
    def draw_runs(self, x, y, runs, size, color=(0, 0, 0)):
        for text, font in runs:
            self.page.insert_text((x, y), text, fontname=font, fontsize=size, color=color)
            x += tl(text, font, size)

    def rich(self, segments, size=BODY, indent=0.0, first_prefix=None, gap_after=3.5, right=RM):
        x0 = LM + indent
        lines = wrap_runs(segments, right - x0, size)
        lh = size * LEAD
        for i, runs in enumerate(lines):
            self.ensure(lh)
            self.y += lh
            if i == 0 and first_prefix:
                self.page.insert_text((x0 - tl(first_prefix, REG, size) - 3, self.y - size * 0.3),
                                      first_prefix, fontname=REG, fontsize=size)
            self.draw_runs(x0, self.y - size * 0.3, runs, size)
        self.y += gap_after

    def para(self, text, **kw):
        self.rich([(text, REG)], **kw)

    def bullet(self, text, bold_lead=None, indent=14.0):
        segs = [(bold_lead, BOLD)] if bold_lead else []
        segs.append((text, REG))
        self.rich(segs, indent=indent, first_prefix="-", gap_after=1.8)

    def label(self, label, value, indent=0.0, right=RM):
        n = len(wrap_runs([(label + ":", BOLD), (value, REG)], right - LM - indent, BODY))
        self.ensure(n * BODY * LEAD)  # keep a label line and its wrapped value on one page
        self.rich([(label + ":", BOLD), (value, REG)], indent=indent, gap_after=1.4, right=right)

    def heading(self, text, size=11.5, keep=0.0):
        """Section heading; `keep` reserves extra room so the heading is not left alone at a page foot."""
        self.ensure(size * 1.6 + 40 + keep)
        if not self.headed:  # the tab names the part of the first heading on the page
            self.tabs[self.page.number] = self.part
            self.headed = True
        self.y += 7 + size * 1.2
        # a small "station" roundel before the heading text
        self.page.draw_circle((LM + 4.5, self.y - size * 0.35), 4.2, color=ACCENT, fill=(1, 1, 1), width=1.8)
        self.page.insert_text((LM + 14, self.y), text, fontname=BOLD, fontsize=size, color=ACCENT)
        self.page.draw_line((LM, self.y + 3.5), (RM, self.y + 3.5), color=ACCENT, width=0.6)
        self.y += 5

    def subheading(self, text, size=9.5, keep=30.0):
        self.ensure(size * 1.5 + keep)
        self.y += 4 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size)
        self.y += 2.5

    # ------------------------------------------------------- special blocks
    def sidebar(self, main, title, side_lines, side_w=160.0, gap=14.0):
        """Label/value lines in a narrowed main column with a shaded sidebar box on the right."""
        right = RM - side_w - gap
        top = self.y
        for lab, val in main:
            self.label(lab, val, right=right)
        main_bottom = self.y
        size = 8.2
        x0 = RM - side_w
        inner = side_w - 16
        body = []
        for lab, val in side_lines:
            body.append(wrap_runs([(lab, BOLD)], inner, size))
            body.append(wrap_runs([(val, REG)], inner, size))
        h = 10 + size * 1.6 + sum(len(b) for b in body) * size * 1.3 + len(side_lines) * 3 + 6
        r = pymupdf.Rect(x0, top + 4, RM, top + 4 + h)
        self.page.draw_rect(r, color=ACCENT, fill=SIDE_FILL, width=0.6)
        self.page.draw_rect(pymupdf.Rect(x0, top + 4, RM, top + 8), color=LINE2, fill=LINE2, width=0)
        y = r.y0 + 10 + size * 1.1
        self.page.insert_text((x0 + 8, y), title, fontname=BOLD, fontsize=size + 0.8, color=ACCENT)
        y += 4
        for i, lines in enumerate(body):
            for runs in lines:
                y += size * 1.3
                self.draw_runs(x0 + 8, y, runs, size)
            if i % 2 == 1:
                y += 3
        self.y = max(main_bottom, r.y1) + 4

    def deflist(self, items, term_w=100.0, size=BODY):
        """Definition list: bold term in a hanging left column, definition wrapped on the right."""
        lh = size * LEAD
        for term, definition in items:
            tlines = wrap_runs([(term, BOLD)], term_w - 8, size)
            dlines = wrap_runs([(definition, REG)], RM - LM - term_w, size)
            n = max(len(tlines), len(dlines))
            self.ensure(n * lh + 3)
            y0 = self.y
            for i, runs in enumerate(tlines):
                self.draw_runs(LM, y0 + (i + 1) * lh - size * 0.3, runs, size, color=ACCENT)
            for i, runs in enumerate(dlines):
                self.draw_runs(LM + term_w, y0 + (i + 1) * lh - size * 0.3, runs, size)
            self.y = y0 + n * lh + 3
            self.page.draw_line((LM, self.y - 1), (RM, self.y - 1), color=(0.85, 0.85, 0.85), width=0.3)
        self.y += 3

    def route_map(self, stops, caption):
        """The journey drawn as a metro line: a thick bar with a roundel for each stop, names above,
        notes below."""
        n = len(stops)
        self.ensure(78)
        top = self.y + 6
        line_y = top + 24
        x_first, x_last = LM + 40, RM - 40
        step = (x_last - x_first) / (n - 1)
        self.page.draw_line((x_first - 20, line_y), (x_last + 20, line_y), color=ACCENT, width=5)
        for i, (name, note) in enumerate(stops):
            x = x_first + i * step
            self.page.draw_circle((x, line_y), 6.5, color=ACCENT, fill=(1, 1, 1), width=2.4)
            self.page.insert_text((x - tl(str(i + 1), BOLD, 7) / 2, line_y + 2.5), str(i + 1), fontname=BOLD,
                                  fontsize=7, color=ACCENT)
            self.page.insert_text((x - tl(name, BOLD, 8.2) / 2, line_y - 12), name, fontname=BOLD,
                                  fontsize=8.2)
            self.page.insert_text((x - tl(note, REG, 7.2) / 2, line_y + 18), note, fontname=REG, fontsize=7.2,
                                  color=(0.3, 0.3, 0.3))
        self.page.insert_text((LM, line_y + 33), caption, fontname=REG, fontsize=7.4, color=(0.25, 0.25, 0.25))
        self.y = line_y + 38

    def steps(self, items, title, size=8.2):
        """Numbered steps laid out side by side, each under a filled circle, joined by arrows."""
        n = len(items)
        gap = 12.0
        w = (RM - LM - gap * (n - 1)) / n
        wrapped = [wrap_runs([(t, REG)], w - 6, size) for t in items]
        h = 28 + max(len(x) for x in wrapped) * size * 1.3 + 4
        self.ensure(h + 22)
        self.y += size * 1.5
        self.page.insert_text((LM, self.y), title, fontname=BOLD, fontsize=size + 0.8)
        top = self.y + 6
        for i, lines in enumerate(wrapped):
            x = LM + i * (w + gap)
            cx = x + 11
            self.page.draw_circle((cx, top + 10), 9, color=LINE2, fill=LINE2, width=0)
            num = str(i + 1)
            self.page.insert_text((cx - tl(num, BOLD, 10) / 2, top + 13.6), num, fontname=BOLD, fontsize=10,
                                  color=(1, 1, 1))
            if i < n - 1:
                ax = x + w - 4
                self.page.draw_line((cx + 14, top + 10), (ax + gap - 2, top + 10), color=LINE2, width=1)
                self.page.draw_polyline([(ax + gap - 6, top + 7), (ax + gap - 2, top + 10),
                                         (ax + gap - 6, top + 13)], color=LINE2, width=1)
            yy = top + 28
            for runs in lines:
                self.draw_runs(x + 3, yy, runs, size)
                yy += size * 1.3
        self.y = top + h

    def stage(self, n, name, body, rules):
        """One onboarding stage: a shaded box holding the stage title, a paragraph and rule lines."""
        size = BODY
        x0 = LM + 30
        lines = wrap_runs([(body, REG)], RM - x0 - 10, size)
        rule_lines = [wrap_runs([(lab + ":", BOLD), (val, REG)], RM - x0 - 20, size) for lab, val in rules]
        h = 18 + len(lines) * size * LEAD + sum(len(r) for r in rule_lines) * size * LEAD + 5
        self.ensure(h + 5)
        top = self.y + 3
        r = pymupdf.Rect(LM, top, RM, top + h)
        self.page.draw_rect(r, color=(0.62, 0.78, 0.83), fill=(0.94, 0.975, 0.985), width=0.6)
        # a coloured platform strip on the left with the stage number
        self.page.draw_rect(pymupdf.Rect(LM, top, LM + 20, top + h), color=ACCENT, fill=ACCENT, width=0)
        num = str(n)
        self.page.insert_text((LM + 10 - tl(num, BOLD, 11) / 2, top + 15), num, fontname=BOLD, fontsize=11,
                              color=(1, 1, 1))
        self.page.insert_text((x0, top + 12.5), f"Stage {n}: {name}", fontname=BOLD, fontsize=9.8,
                              color=ACCENT)
        y = top + 15
        for runs in lines:
            y += size * LEAD
            self.draw_runs(x0, y - size * 0.3, runs, size)
        y += 1
        for rl in rule_lines:
            for runs in rl:
                y += size * LEAD
                self.draw_runs(x0 + 10, y - size * 0.3, runs, size)
        self.y = r.y1 + 2.5

    def ledger(self, title, rows, size=BODY, width=330.0):
        """A worked calculation: labels on the left, dotted leaders, amounts right-aligned; a row whose
        label starts with '=' is printed bold with a rule above it."""
        lh = size * 1.45
        self.ensure(len(rows) * lh + 26)
        x1 = LM + 18
        x2 = x1 + width
        self.y += size * 1.4
        self.page.insert_text((x1 - 8, self.y), title, fontname=BOLD, fontsize=size + 0.3, color=ACCENT)
        self.y += 3
        top = self.y
        dot_w = tl(".", REG, size)
        for lab, val in rows:
            bold = lab.startswith("=")
            lab = lab.lstrip("= ")
            font = BOLD if bold else REG
            if bold:
                self.y += 3
                self.page.draw_line((x2 - 120, self.y + 0.5), (x2, self.y + 0.5), color=(0.3, 0.3, 0.3),
                                    width=0.5)
            self.y += lh
            base = self.y - size * 0.35
            self.page.insert_text((x1, base), lab, fontname=font, fontsize=size)
            lw = tl(lab, font, size)
            vw = tl(val, font, size)
            gap_w = (x2 - vw - 4) - (x1 + lw + 4)
            if gap_w > dot_w * 2:
                dots = "." * int(gap_w / dot_w)
                self.page.insert_text((x1 + lw + 4, base), dots, fontname=REG, fontsize=size,
                                      color=(0.55, 0.55, 0.55))
            self.page.insert_text((x2 - vw, base), val, fontname=font, fontsize=size)
        self.page.draw_line((x1 - 8, top + 2), (x1 - 8, self.y + 2), color=LINE2, width=2)
        self.y += 6

    def do_dont(self, dos, donts, size=8.5):
        """Two boxed bullet lists side by side: what to do and what not to do."""
        gutter = 14.0
        w = (RM - LM - gutter) / 2
        lh = size * 1.3

        def lay(items):
            return [wrap_runs([(t, REG)], w - 26, size) for t in items]

        dl, nl = lay(dos), lay(donts)
        hgt = max(sum(len(x) for x in dl) * lh + len(dl) * 3, sum(len(x) for x in nl) * lh + len(nl) * 3) + 28
        self.ensure(hgt + 6)
        top = self.y + 4
        for x, title, col, items in ((LM, "DO", GREEN, dl), (LM + w + gutter, "DON'T", RED, nl)):
            r = pymupdf.Rect(x, top, x + w, top + hgt)
            self.page.draw_rect(r, color=col, width=0.9)
            self.page.draw_rect(pymupdf.Rect(x, top, x + w, top + 16), color=col, fill=col, width=0)
            self.page.insert_text((x + 8, top + 11.5), title, fontname=BOLD, fontsize=9, color=(1, 1, 1))
            y = top + 19
            for lines in items:
                for i, runs in enumerate(lines):
                    y += lh
                    if i == 0:
                        mark = "+" if title == "DO" else "x"
                        self.page.insert_text((x + 9, y - size * 0.3), mark, fontname=BOLD, fontsize=size,
                                              color=col)
                    self.draw_runs(x + 20, y - size * 0.3, runs, size)
                y += 3
        self.y = top + hgt + 5

    # ----------------------------------------------------------------- tables
    def ruled_table(self, widths, header, rows, size=8.1, pad=3.0, caption=None):
        xs = [LM]
        for w in widths:
            xs.append(xs[-1] + w)
        assert abs(xs[-1] - RM) < 0.6, (xs[-1], RM)
        lh = size * 1.28

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w - 2 * pad, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(wl) for wl in wrapped) * lh + 2 * pad

        hdr_wrapped, hdr_h = layout(header, BOLD)

        def draw_row(wrapped, h, fill=None):
            for i, wl in enumerate(wrapped):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h)
                self.page.draw_rect(r, color=(0.25, 0.3, 0.33), fill=fill, width=0.6)
                yy = self.y + pad + size * 0.95
                for runs in wl:
                    self.draw_runs(xs[i] + pad, yy, runs, size)
                    yy += lh
            self.y += h

        if caption:
            self.ensure(size * 2 + hdr_h + 34)
            self.y += size * 1.4
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.6)
            self.y += 4
        self.ensure(hdr_h + layout(rows[0], REG)[1])
        draw_row(hdr_wrapped, hdr_h, fill=HEAD_FILL)
        for k, row in enumerate(rows):
            wrapped, h = layout(row, REG)
            if self.y + h > self.bottom():
                self.new_page()
                self.page.insert_text((LM, self.y + size), (caption or "Table") + " (continued)",
                                      fontname=BOLD, fontsize=size + 0.6)
                self.y += size + 6
                draw_row(hdr_wrapped, hdr_h, fill=HEAD_FILL)
            fill = (0.965, 0.98, 0.985) if k % 2 else None
            draw_row(wrapped, h, fill=fill)
        self.y += 7

    def span_table(self, widths, top_header, sub_header, rows, size=8.1, pad=3.0, caption=None):
        """Ruled table with a two-level header and body cells that may span several columns.

        top_header: list of (text, colspan, rowspan); sub_header: texts for the columns not covered by a
        rowspan-2 cell of the top row; rows: lists of str or (text, colspan)."""
        xs = [LM]
        for w in widths:
            xs.append(xs[-1] + w)
        assert abs(xs[-1] - RM) < 0.6, (xs[-1], RM)
        lh = size * 1.28

        def cells_of(row):
            out, col = [], 0
            for c in row:
                text, span = (c, 1) if isinstance(c, str) else c
                out.append((text, col, span))
                col += span
            assert col == len(widths), row
            return out

        def layout(row, font):
            cells = cells_of(row)
            wrapped = [wrap_runs([(t, font)], xs[c + s] - xs[c] - 2 * pad, size) for t, c, s in cells]
            return cells, wrapped, max(len(w) for w in wrapped) * lh + 2 * pad

        # header geometry
        top_cells, col = [], 0
        for text, cs, rs in top_header:
            top_cells.append((text, col, cs, rs))
            col += cs
        sub_cols = [c for t, c0, cs, rs in top_cells if rs == 1 for c in range(c0, c0 + cs)]
        h1 = max(len(wrap_runs([(t, BOLD)], xs[c + cs] - xs[c] - 2 * pad, size)) for t, c, cs, rs in top_cells
                 if rs == 1) * lh + 2 * pad
        h2 = max(len(wrap_runs([(t, BOLD)], xs[c + 1] - xs[c] - 2 * pad, size))
                 for t, c in zip(sub_header, sub_cols)) * lh + 2 * pad

        def draw_header():
            y0 = self.y
            for text, c, cs, rs in top_cells:
                h = h1 if rs == 1 else h1 + h2
                r = pymupdf.Rect(xs[c], y0, xs[c + cs], y0 + h)
                self.page.draw_rect(r, color=(0.25, 0.3, 0.33), fill=HEAD_FILL, width=0.6)
                wl = wrap_runs([(text, BOLD)], xs[c + cs] - xs[c] - 2 * pad, size)
                yy = y0 + pad + size * 0.95 + (0 if rs == 1 else (h - len(wl) * lh - 2 * pad) / 2)
                for runs in wl:
                    tw = sum(tl(t, f, size) for t, f in runs)
                    xx = (xs[c] + xs[c + cs] - tw) / 2 if cs > 1 else xs[c] + pad
                    self.draw_runs(xx, yy, runs, size)
                    yy += lh
            for text, c in zip(sub_header, sub_cols):
                r = pymupdf.Rect(xs[c], y0 + h1, xs[c + 1], y0 + h1 + h2)
                self.page.draw_rect(r, color=(0.25, 0.3, 0.33), fill=HEAD_FILL, width=0.6)
                yy = y0 + h1 + pad + size * 0.95
                for runs in wrap_runs([(text, BOLD)], xs[c + 1] - xs[c] - 2 * pad, size):
                    self.draw_runs(xs[c] + pad, yy, runs, size)
                    yy += lh
            self.y = y0 + h1 + h2

        if caption:
            self.ensure(size * 2 + h1 + h2 + 34)
            self.y += size * 1.4
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.6)
            self.y += 4
        self.ensure(h1 + h2 + layout(rows[0], REG)[2])
        draw_header()
        for k, row in enumerate(rows):
            cells, wrapped, h = layout(row, REG)
            if self.y + h > self.bottom():
                self.new_page()
                self.page.insert_text((LM, self.y + size), (caption or "Table") + " (continued)",
                                      fontname=BOLD, fontsize=size + 0.6)
                self.y += size + 6
                draw_header()
            fill = (0.965, 0.98, 0.985) if k % 2 else None
            for (t, c, s), wl in zip(cells, wrapped):
                r = pymupdf.Rect(xs[c], self.y, xs[c + s], self.y + h)
                self.page.draw_rect(r, color=(0.25, 0.3, 0.33), fill=fill, width=0.6)
                yy = self.y + pad + size * 0.95
                for runs in wl:
                    tw = sum(tl(tt, f, size) for tt, f in runs)
                    xx = (xs[c] + xs[c + s] - tw) / 2 if s > 1 else xs[c] + pad
                    self.draw_runs(xx, yy, runs, size)
                    yy += lh
            self.y += h
        self.y += 7

    def plain_table(self, col_x, header, rows, size=8.5, caption=None):
        """Unruled table: cells are placed at fixed x positions and no lines are drawn."""
        lh = size * 1.3
        widths = [col_x[i + 1] - col_x[i] - 8 for i in range(len(col_x) - 1)] + [RM - col_x[-1]]

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(w) for w in wrapped) * lh + 2

        hw, hh = layout(header, BOLD)
        if caption:
            self.ensure(size * 2 + hh + 40)
            self.y += size * 1.4
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.4)
            self.y += 4
        self.ensure(hh + 36)
        for k, (wrapped, h) in enumerate([(hw, hh)] + [layout(r, REG) for r in rows]):
            self.ensure(h)
            for x, wl in zip(col_x, wrapped):
                yy = self.y + size
                for runs in wl:
                    self.draw_runs(x, yy, runs, size, color=ACCENT if k == 0 else (0, 0, 0))
                    yy += lh
            self.y += h + 1.5
        self.y += 5

    def two_columns(self, left, right, gutter=22.0, size=BODY):
        """Two independent columns of (kind, text) items; kind is 'h' (heading), 'p' or 'b' (bullet)."""
        colw = (RM - LM - gutter) / 2
        lh = size * LEAD

        def lay(items):
            out, h = [], 0.0
            for kind, text in items:
                if kind == "h":
                    out.append(("h", text))
                    h += lh + 4
                else:
                    ind = 10.0 if kind == "b" else 0.0
                    lines = wrap_runs([(text, REG)], colw - ind, size)
                    out.append((kind, lines))
                    h += len(lines) * lh + 3
            return out, h

        lo, lhgt = lay(left)
        ro, rhgt = lay(right)
        self.ensure(max(lhgt, rhgt) + 4)
        top = self.y
        for x, items in ((LM, lo), (LM + colw + gutter, ro)):
            y = top
            for kind, payload in items:
                if kind == "h":
                    y += lh + 2
                    self.page.insert_text((x, y - size * 0.3), payload, fontname=BOLD, fontsize=size + 0.4,
                                          color=ACCENT)
                    y += 2
                    continue
                ind = 10.0 if kind == "b" else 0.0
                for i, runs in enumerate(payload):
                    y += lh
                    if kind == "b" and i == 0:
                        self.page.insert_text((x + 1, y - size * 0.3), "-", fontname=REG, fontsize=size)
                    self.draw_runs(x + ind, y - size * 0.3, runs, size)
                y += 3
        mid = LM + colw + gutter / 2
        self.page.draw_line((mid, top + 4), (mid, top + max(lhgt, rhgt)), color=(0.7, 0.7, 0.7), width=0.4)
        self.y = top + max(lhgt, rhgt) + 5

    def boxed_note(self, title, text, size=8.5):
        lines = wrap_runs([(text, REG)], RM - LM - 16, size)
        h = 8 + (size + 2) * 1.3 + len(lines) * size * 1.35 + 5
        self.ensure(h + 6)
        r = pymupdf.Rect(LM, self.y + 3, RM, self.y + 3 + h)
        self.page.draw_rect(r, color=LINE2, fill=(1.0, 0.97, 0.92), width=1.0, dashes="[3 2] 0")
        y = r.y0 + 6 + size * 1.2
        self.page.insert_text((LM + 8, y), title, fontname=BOLD, fontsize=size + 0.5, color=(0.6, 0.28, 0.02))
        y += 3
        for runs in lines:
            y += size * 1.35
            self.draw_runs(LM + 8, y, runs, size)
        self.y = r.y1 + 5

    # ----------------------------------------------------------------- finish
    def finish(self, path):
        n = self.doc.page_count
        grey = (0.3, 0.3, 0.35)
        for page in self.doc:
            page.insert_text((LM, 34), HEADER_LEFT, fontname=BOLD, fontsize=7.6, color=grey)
            page.insert_text((RM - tl(HEADER_RIGHT, REG, 7.6), 34), HEADER_RIGHT, fontname=REG,
                             fontsize=7.6, color=grey)
            page.draw_line((LM, 40), (RM, 40), color=ACCENT, width=1.6)
            page.draw_line((LM, 42.5), (RM, 42.5), color=LINE2, width=0.8)
            # thumb tab: rotated part name in the right margin
            tab = self.tabs.get(page.number, "")
            if tab:
                tw = tl(tab, BOLD, 7.4)
                y0 = 90 + page.number * 72
                page.draw_rect(pymupdf.Rect(RM + 30, y0, PAGE_W, y0 + tw + 16), color=ACCENT, fill=ACCENT,
                               width=0)
                page.insert_text((RM + 45, y0 + tw + 8), tab, fontname=BOLD, fontsize=7.4, color=(1, 1, 1),
                                 rotate=90)
            notes = self.footnotes.get(page.number, [])
            if notes:
                y = BODY_BOTTOM - self.foot_height(page.number) + 12
                page.draw_line((LM, y - 2), (LM + 130, y - 2), color=(0.5, 0.5, 0.5), width=0.4)
                for text in notes:
                    for runs in wrap_runs([(text, REG)], RM - LM, 7.2):
                        y += 7.2 * 1.3
                        x = LM
                        for t, f in runs:
                            page.insert_text((x, y), t, fontname=f, fontsize=7.2, color=(0.15, 0.15, 0.15))
                            x += tl(t, f, 7.2)
                    y += 2
            page.draw_line((LM, FOOTER_Y), (RM, FOOTER_Y), color=(0.75, 0.75, 0.75), width=0.4)
            footer = f"Page {page.number + 1} of {n}"
            page.insert_text((RM - tl(footer, REG, 8), FOOTER_Y + 11), footer, fontname=REG, fontsize=8,
                             color=grey)
            page.insert_text((LM, FOOTER_Y + 11), FOOTER_LEFT, fontname=REG, fontsize=7,
                             color=(0.45, 0.45, 0.45))
        self.doc.set_metadata({
            "title": "Raahdari Commuter Credit Card - Customer Guide (fictional)",
            "author": "Suryarekha Setu Bank Ltd. (fictional)",
            "subject": "Customer guide for a fictional credit card for daily metro and suburban-rail commuters",
            "keywords": "fictional, evaluation, credit card, commuters, metro, suburban rail, transit wallet",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": "D:20250915000000+05'30'",
            "modDate": "D:20250915000000+05'30'",
        })
        self.doc.save(path, garbage=4, deflate=True, clean=True, no_new_id=True)
        return n


def build():
    b = Builder()

    # ================================================================ title
    b.page.insert_text((LM, b.y + 6), "SURYAREKHA SETU BANK LTD.", fontname=BOLD, fontsize=10, color=ACCENT)
    b.y += 30
    b.page.insert_text((LM, b.y), "Raahdari Commuter Credit Card", fontname=BOLD, fontsize=20)
    b.y += 15
    b.page.insert_text((LM, b.y), "Customer guide for daily metro and suburban-rail commuters - Local, Express "
                       "and Superfast variants", fontname=REG, fontsize=9.6)
    b.y += 8
    b.para("Version 2.1, effective 15 September 2025. It replaces version 1.4 dated 2 March 2025. Every name, "
           "number and rule in this guide is fictional.", size=7.8, gap_after=4)
    b.para("The Raahdari Commuter Credit Card is issued by Suryarekha Setu Bank Ltd. for people who ride the "
           "metro or a suburban train to work every day. Besides being an ordinary credit card, it carries "
           "PassPocket, a transit wallet stored on the card's chip that opens metro gates and pays suburban-rail "
           "fares with a single tap, even where the gate has no network. PassPocket is loaded from your credit "
           "limit, can refill itself through Auto Top-Up, and can hold your monthly or quarterly Season Pass. "
           "You apply in the Suryarekha Go app through a six-stage journey called the Boarding Line.")

    b.heading("1. The card at a glance")
    b.sidebar(
        [
            ("Issuer", "Suryarekha Setu Bank Ltd., 7th Floor, Kasturba Trade Tower, Bund Garden Road, "
                       "Pune 411001"),
            ("Variants", "Raahdari Local, Raahdari Express and Raahdari Superfast"),
            ("Credit limit", "Rs. 25,000 (lowest, Local) to Rs. 6,00,000 (highest, Superfast); see Table 1"),
            ("Interest-free period", "20 to 50 days on purchases and PassPocket loads"),
            ("Card network", "Mastercard, contactless, on all three variants"),
            ("Transit wallet", "PassPocket, on the chip of the physical card (section 8)"),
            ("Reward currency", "Tap Tokens"),
            ("Mobile app", "Suryarekha Go, for Android and iOS"),
            ("Age to apply", "21 to 60 years"),
        ],
        "Keep these on your phone",
        [
            ("Commute Care Line (24 x 7)", "1800-266-4070, toll-free"),
            ("Block a lost card by SMS", "RBLOCK <last 4 digits> to 56161"),
            ("PassPocket balance by SMS", "RBAL to 56161"),
            ("WhatsApp", "+91-93220-64070"),
        ],
    )

    b.ruled_table(
        [58, 82, 60, 60, 60, 91, 72],
        ["Variant", "Net monthly income", "Multiple at credit score 700 to 749",
         "Multiple at credit score 750 to 799", "Multiple at credit score 800 and above", "Credit limit range",
         "PassPocket balance cap"],
        [
            ["Raahdari Local", "Rs. 22,000 to Rs. 44,999", "1.5 times", "2 times", "2.25 times",
             "Rs. 25,000 to Rs. 90,000", "Rs. 2,000"],
            ["Raahdari Express", "Rs. 45,000 to Rs. 89,999", "2 times", "2.5 times", "3 times",
             "Rs. 90,001 to Rs. 2,50,000", "Rs. 4,000"],
            ["Raahdari Superfast", "Rs. 90,000 and above", "2.5 times", "3 times", "3.5 times",
             "Rs. 2,50,001 to Rs. 6,00,000", "Rs. 6,000"],
        ],
        caption="Table 1: Variants, income slabs, limit multiples and PassPocket caps",
    )
    b.para("Applicants with no credit history at all can get Raahdari Local only, at the 1.5 times multiple. "
           "The multiple never takes the limit above the top of the variant's range.", size=8.2)

    # ================================================================ words used
    b.heading("2. Words used in this guide")
    b.deflist([
        ("PassPocket", "A stored-value transit wallet kept on the chip of your physical Raahdari card. Money "
                       "loaded into it comes out of your credit limit and is spent by tapping at metro gates "
                       "and suburban-rail ticket machines, even when the gate is offline."),
        ("Sync", "Writing a load made in the app onto the chip, by tapping the card at any Gate Partner gate, "
                 "ticket machine or Sync Point kiosk."),
        ("Gate Partner", "A metro, suburban-rail or city bus operator that accepts PassPocket. The list is in "
                         "Suryarekha Go > PassPocket > Gate Partners."),
        ("Commute day", "A day on which at least one PassPocket tap or Season Pass journey is recorded."),
        ("Raahdari cities", "Mumbai Metropolitan Region, Delhi NCR, Bengaluru, Chennai, Kolkata, Hyderabad, "
                            "Pune, Ahmedabad and Kochi."),
        ("Net monthly income", "For salaried people, the average net salary credited over the last 3 months; "
                               "for the self-employed, one-twelfth of the income in the latest income tax "
                               "return."),
    ])

    # ================================================================ eligibility
    b.heading("3. Who can apply")
    b.para("You can apply if all of these are true on the day you apply:")
    b.bullet("You are a resident Indian aged 21 to 60 years.")
    b.bullet("Your home address or your office address is in one of the Raahdari cities.")
    b.bullet("Salaried: at least 6 months with your present employer and a net monthly income of at least "
             "Rs. 22,000. Self-employed professionals: income of at least Rs. 4.2 lakh a year in each of the "
             "last 2 income tax returns; they can get Raahdari Local or Raahdari Express only.")
    b.bullet("Your credit score is 700 or above, or you have no credit history at all (Local only).")
    b.subheading("Who cannot apply", keep=60)
    b.bullet("Students, including students with part-time jobs or paid internships.")
    b.bullet("Anyone whose loan or credit card was settled or written off in the last 24 months.")
    b.bullet("Non-resident Indians and foreign nationals.")
    b.bullet("People who live and work outside the Raahdari cities, even if they visit one often. They can apply "
             "after they move to a Raahdari city.")
    b.bullet("Anyone who already holds a Raahdari card of any variant.")

    # ================================================================ documents
    b.heading("4. Documents you need", keep=40)
    b.label("Identity", "PAN (physical card or e-PAN) - compulsory for everyone")
    b.label("Address", "Aadhaar offline e-KYC, passport, voter ID or driving licence; if your present address in "
            "a Raahdari city is different, add a registered rent agreement or a utility bill not older than "
            "90 days")
    b.label("Income, salaried", "salary slips for the last 3 months and a 6-month statement of the salary "
            "account, or an Account Aggregator consent in place of both")
    b.label("Income, self-employed", "income tax returns for the last 2 years, with the computation of income")
    b.label("Photograph", "none to upload; the live selfie taken at Face Gate is used")
    b.label("File rules", "PDF, JPG or PNG, up to 4 MB per file; password-protected PDFs are accepted if you "
            "type the password in the app")
    b.para("You do not need a metro smart card, a season ticket or a letter from your employer to apply.")

    # ================================================================ journey
    b.set_part("APPLYING")
    b.heading("5. Applying in the app: the Boarding Line", keep=150)
    b.para("Open Suryarekha Go, tap Cards > Raahdari > Apply, and travel through the six stages below in order. "
           "The whole journey usually takes 10 to 15 minutes. An application that is not finished lapses 30 "
           "days after Stage 1 was completed, however often you return to it (halt code BL-730).")
    b.route_map(
        [("Ticket Window", "mobile OTP"), ("Platform Check", "PAN and city"), ("Fare Proof", "income"),
         ("Face Gate", "live selfie"), ("Route Offer", "your offer"), ("Green Signal", "e-sign")],
        "The Boarding Line at a glance: six stages, always in this order",
    )
    b.boxed_note("Reached your station mid-way? Use Hold at Next Station",
                 "From Stage 2 to Stage 5 you can tap Hold at Next Station. The app saves your place and reminds "
                 "you after 45 minutes, or at a time you pick on the same day. You can use it up to 3 times in "
                 "one application. It does not stop the Route Offer clock or the 30-day lapse of the "
                 "application. If the network drops in a tunnel for less than 10 minutes, the app reopens the "
                 "same screen without using up a Hold.")
    b.stage(1, "Ticket Window",
            "Enter your mobile number. A 6-digit OTP is sent by SMS and stays valid for 3 minutes.",
            [("Retries", "up to 3 resends; 5 wrong OTPs lock the number for 24 hours (BL-104)"),
             ("If you drop off", "nothing is saved at this stage, so you simply start again")])
    b.stage(2, "Platform Check",
            "Enter your PAN, date of birth, the PIN code of your home or office in a Raahdari city and your "
            "employer's name. The PIN code decides whether you can go on.",
            [("Retries", "2 tries to match the name on your PAN, then upload an image of the PAN card (BL-212)"),
             ("If you drop off", "details are saved and you can resume within 10 days")])
    b.stage(3, "Fare Proof",
            "Show your income. Approve an Account Aggregator consent for your salary account, or upload salary "
            "slips and a bank statement (salaried) or income tax returns (self-employed).",
            [("Timeout", "the consent screen closes after 6 minutes; approve it again to continue"),
             ("Retries", "3 upload tries per file (BL-318 after that)"),
             ("If you drop off", "saved for 10 days; data fetched through a consent is deleted after 72 hours if "
              "you do not finish the stage")])
    b.stage(4, "Face Gate",
            "Take a live selfie that is matched with the photo linked to your PAN or Aadhaar. Stand still in "
            "good light; a selfie taken on a moving train usually fails.",
            [("Timeout", "the camera screen closes after 4 minutes of inactivity"),
             ("Retries", "4 tries a day; after that book a Guard Call video check within 5 days or visit a "
              "Setu Booth (BL-421)"),
             ("If you drop off", "saved for only 3 days; after that you go back to Stage 3 - Fare Proof")])
    b.stage(5, "Route Offer",
            "See your offer: the variant, the credit limit and the fees, and pick an Auto Top-Up amount for "
            "PassPocket if you want one. You may accept, ask for a lower limit (not below Rs. 25,000) or "
            "decline.",
            [("Timeout", "the offer is held for 72 hours"),
             ("If you drop off", "the offer lapses after 72 hours; you can tap Re-route once within 7 days to get "
              "a fresh offer, otherwise you start again from Stage 1")])
    b.stage(6, "Green Signal",
            "Read the Key Fact Statement and the card agreement and sign with the 6-digit GreenKey code sent by "
            "SMS. Most decisions are instant, and the virtual card appears in Suryarekha Go within 20 minutes of "
            "approval. PassPocket works only on the physical card, because its balance lives on the chip.",
            [("Timeout", "each GreenKey code is valid for 10 minutes"),
             ("Retries", "3 wrong codes block signing for 30 minutes (BL-633)"),
             ("If you drop off", "the Route Offer must still be signed within its 72 hours, or it lapses")])

    b.subheading("Help while you apply", keep=70)
    b.two_columns(
        [
            ("h", "Remote help"),
            ("b", "Commute Care Line 1800-266-4070 answers 24 hours a day, on all 7 days."),
            ("b", "Platform Callback: book a 20-minute callback slot between 7 am and 10 pm in Suryarekha Go > "
                  "Help, so the bank calls you when you are off the train."),
            ("b", "Guard Call video checks for Face Gate run from 8 am to 10 pm every day."),
        ],
        [
            ("h", "Help in person"),
            ("b", "Setu Booth: staffed help desks at 40 Gate Partner metro stations, open 8 am to 8 pm, Monday "
                  "to Saturday. They can finish Platform Check, Fare Proof or Face Gate with you. Carry your "
                  "original PAN."),
            ("b", "Office Express camp: if 30 or more employees of one office want to apply, the employer can "
                  "ask for a camp at the office, held between 11 am and 4 pm on a working day."),
        ],
    )

    # ================================================================ halt codes
    b.heading("6. Halt codes and what to do next", keep=60)
    b.para("If the journey stops, the app shows a halt code. Quote it when you call the Commute Care Line.")
    b.ruled_table(
        [56, 182, 245],
        ["Code", "What it means", "What to do next"],
        [
            ["BL-104", "Too many wrong OTPs at Ticket Window", "Wait 24 hours, then start Ticket Window again."],
            ["BL-109", "The mobile number is already used on another open Raahdari application",
             "Finish or withdraw the other application first; only one open application is allowed per "
             "mobile number."],
            ["BL-205", "The PIN code is not in a Raahdari city",
             "Enter the PIN code of your office if it is in a Raahdari city, or apply after you move to one."],
            ["BL-212", "Name on the PAN does not match after 2 tries",
             "Upload a clear image of the PAN card; the name is checked by hand within 1 working day."],
            ["BL-236", "Less than 6 months with the present employer",
             "Apply again once you complete 6 months of service."],
            ["BL-305", "Net monthly income below Rs. 22,000",
             "The application cannot go on. You may apply again after 3 months."],
            ["BL-318", "Statement, salary slip or return cannot be read, or looks altered",
             "Download a fresh statement from your bank's net banking. After 3 tries, finish Fare Proof at a "
             "Setu Booth."],
            ["BL-421", "Face not matched after 4 tries in a day",
             "Book a Guard Call within 5 days or visit a Setu Booth with your original PAN."],
            ["BL-428", "Guard Call missed twice", "Only a Setu Booth visit can complete Face Gate now."],
            ["BL-507", "Credit score below 700", "The application is declined. You may apply again after "
             "6 months."],
            ["BL-512", "A loan or card was settled or written off in the last 24 months",
             "The application is declined. Apply again 24 months after the settlement date."],
            ["BL-519", "A Raahdari card is already held in your name", "No further action; one person may "
             "hold only one Raahdari card."],
            ["BL-590", "Application sent for manual review", "No action needed. A decision is given within "
             "2 working days."],
            ["BL-633", "3 wrong GreenKey codes at Green Signal", "Wait 30 minutes, then ask for a new code."],
            ["BL-730", "Application lapsed (30 days after Stage 1)", "Start a new application from Ticket "
             "Window."],
        ],
        caption="Table 2: Boarding Line halt codes",
    )

    # ================================================================ limit
    b.heading("7. How your limit is set", keep=110)
    b.para("The bank works out your net monthly income, multiplies it by the multiple for your variant and "
           "credit score band in Table 1, rounds the result down to the nearest Rs. 1,000 and keeps it within the "
           "variant's range. Bonuses, incentives and travel reimbursements are not counted as income.")
    b.para("Example: Meera, an accounts executive in Thane with a credit score of 768, had net salary credits of "
           "Rs. 56,900, Rs. 58,100 and Rs. 57,920 in the last 3 months.", gap_after=0)
    b.ledger("Worked example: Meera's limit", [
        ("Average net monthly income", "Rs. 57,640"),
        ("Variant (income slab in Table 1)", "Raahdari Express"),
        ("Multiple at credit score 750 to 799", "2.5 times"),
        ("Rs. 57,640 x 2.5", "Rs. 1,44,100"),
        ("= Credit limit offered (rounded down to Rs. 1,000)", "Rs. 1,44,000"),
        ("Last Train Buffer, on top of the limit (section 8)", "Rs. 2,000"),
    ])
    b.para("Limits are reviewed every October. If your income has gone up, the limit can rise by up to 25% "
           "without a fresh application. You can also ask for a higher limit once every 6 months by uploading "
           "fresh income proof in Suryarekha Go > Card Services > Limit.")

    # ================================================================ PassPocket
    b.set_part("USING THE CARD")
    b.heading("8. PassPocket: the transit wallet on your card", keep=170)
    b.para("PassPocket lets you walk through metro gates and pay suburban-rail fares with one tap of the card, "
           "without a separate smart card or paper ticket. The balance sits on the chip, so a tap works even "
           "when the gate is offline or your phone is switched off.")
    b.steps([
        "In Suryarekha Go > PassPocket > Add Money, enter any amount from Rs. 100 up to your balance cap.",
        "The load is charged to your card as a purchase, not as a cash withdrawal.",
        "Tap the card at any Gate Partner gate, ticket machine or Sync Point kiosk within 15 days to sync it.",
        "The gate display shows the new balance and an SMS confirms the load.",
    ], "Loading PassPocket in four steps")
    b.label("Balance cap", "Rs. 2,000 on Local, Rs. 4,000 on Express and Rs. 6,000 on Superfast (Table 1)")
    b.label("Loads not synced", "a load that is not synced within 15 days is reversed to your card account "
            "within 3 working days")
    b.label("Offline gates", "a single fare of up to Rs. 200 can be taken from the chip at a gate with no "
            "network; a higher fare needs an online gate")
    b.label("Auto Top-Up", "when the chip balance falls below Rs. 150, the next online gate loads Rs. 500, "
            "Rs. 1,000 or Rs. 1,500, as you choose; at most 2 Auto Top-Ups a day and Rs. 8,000 a month")
    b.footnote("* Last Train Buffer is available only after the card has been active for 3 months, and only "
               "while no payment is overdue.", need=40)
    b.label("Last Train Buffer*", "Rs. 1,000 (Local), Rs. 2,000 (Express) or Rs. 3,000 (Superfast) above your "
            "credit limit, used only for Auto Top-Up when the limit is fully used; no over-limit fee is charged "
            "and the amount used is added to your next minimum amount due")
    b.label("Season Pass", "buy monthly or quarterly suburban-rail season tickets and metro trip passes in "
            "Suryarekha Go > PassPocket > Season Pass; the pass is written to the chip and also shown as a QR "
            "code in the app")
    b.label("PassPocket Freeze", "stops all gate taps at once from the app, without blocking the rest of the "
            "card; unfreezing takes effect at the next online gate")
    b.label("New or replacement card", "the last synced balance moves to the new card free of cost when you "
            "first tap it at an online gate")
    b.para("The PassPocket balance earns no interest and cannot be withdrawn as cash or sent to a bank account. "
           "When you close the card, the synced balance is refunded to your card account within 10 working "
           "days.")

    # ================================================================ fees
    b.set_part("PAYING AND FEES")
    b.footnote("* Spends are counted over the card year. PassPocket loads and Season Pass purchases count "
               "towards the waiver; rent payments, cash withdrawals and fees paid to the bank do not.", need=150)
    b.heading("9. Fees and charges", keep=120)
    b.para("Fees are shown before GST. GST at 18% is added to all fees, charges and interest. Where one amount "
           "spans several variant columns, it applies to each of those variants.")
    b.span_table(
        [160, 109, 107, 107],
        [("Charge", 1, 2), ("Amount by variant (before GST)", 3, 1)],
        ["Raahdari Local", "Raahdari Express", "Raahdari Superfast"],
        [
            ["Joining fee", "Nil", "Rs. 749", "Rs. 2,999"],
            ["Annual fee (from the second year)", "Rs. 349", "Rs. 749", "Rs. 2,999"],
            ["Annual fee waived if yearly spends reach*", "Rs. 75,000", "Rs. 1,80,000", "Rs. 4,50,000"],
            ["Add-on card", "Rs. 199 a year (1 card)", "Free (up to 2 cards)", "Free (up to 4 cards)"],
            ["Interest on revolving credit and cash", "3.5% per month", "3.25% per month", "2.85% per month"],
            ["PassPocket load, manual or Auto Top-Up", ("Nil", 3)],
            ["Cash withdrawal fee", ("2.5% of the amount, minimum Rs. 500", 3)],
            ["Over-limit fee", ("2.5% of the amount over the limit, minimum Rs. 600", 2), "Nil"],
            ["Foreign currency markup", ("3.5%", 2), "1.99%"],
            ["Rent payment fee", ("1% of the rent paid", 3)],
            ["Card replacement (lost, stolen or damaged)", "Rs. 200", ("Free", 2)],
            ["Reward redemption fee", ("Rs. 99 per request", 2), "Nil"],
            ["EMI processing fee", "1.5% (minimum Rs. 249)", "1% (minimum Rs. 199)", "Rs. 149 flat"],
            ["Copy of a statement older than 3 months", ("Rs. 100 per statement", 3)],
            ["Cheque or auto-debit return", ("2% of the amount, minimum Rs. 500", 3)],
        ],
        caption="Table 3: Fees and charges",
    )
    b.footnote("** Grace Halt: once in a card year, the late payment charge is reversed if the minimum amount "
               "due is paid within 2 days after the due date. Interest is still charged.", need=120)
    b.ruled_table(
        [187, 148, 148],
        ["Total amount due on the statement", "Local and Express**", "Superfast**"],
        [
            ["Up to Rs. 500", "Nil", "Nil"],
            ["Rs. 501 to Rs. 10,000", "Rs. 500", "Rs. 400"],
            ["Rs. 10,001 to Rs. 25,000", "Rs. 850", "Rs. 700"],
            ["Rs. 25,001 to Rs. 50,000", "Rs. 1,150", "Rs. 950"],
            ["Above Rs. 50,000", "Rs. 1,350", "Rs. 1,200"],
        ],
        caption="Table 4: Late payment charge slabs (charged when the minimum amount due is not paid by the "
                "due date)",
    )

    # ================================================================ benefits
    b.set_part("USING THE CARD")
    b.heading("10. Benefits and value-back", keep=30)
    b.para("Value-back is credited to your card account and shown in the next statement. Caps are per "
           "statement cycle unless the table says otherwise.")
    b.ruled_table(
        [151, 110, 111, 111],
        ["Benefit", "Raahdari Local", "Raahdari Express", "Raahdari Superfast"],
        [
            ["Metro and suburban-rail fares paid from PassPocket, and Season Pass purchases",
             "5% value-back, up to Rs. 150", "10% value-back, up to Rs. 350", "15% value-back, up to Rs. 750"],
            ["First and last mile: app-booked autos, shared shuttles and cabs", "2% value-back, up to Rs. 100",
             "5% value-back, up to Rs. 250", "5% value-back, up to Rs. 500"],
            ["Commute Streak: 20 or more commute days in a statement cycle", "200 Tap Tokens",
             "400 Tap Tokens", "800 Tap Tokens"],
            ["Gate Goof Cover: refund of the maximum-fare penalty for a missed tap-out", "Not included",
             "Up to 2 penalties a month", "Up to 4 penalties a month"],
            ["Parking at metro and railway stations", "Not included", "5% value-back, up to Rs. 100",
             "10% value-back, up to Rs. 300"],
            ["Railway station lounge", "Not included", "2 visits a year", "6 visits a year"],
            ["Commuter accident cover (injury in a metro or suburban train, or at a station)*", "Rs. 2 lakh",
             "Rs. 5 lakh", "Rs. 15 lakh"],
            ["Welcome benefit (first PassPocket load within 30 days of issue)", "300 Tap Tokens",
             "Rs. 500 added to PassPocket", "First quarterly Season Pass refunded, up to Rs. 2,000"],
        ],
        caption="Table 5: Benefits by variant",
    )
    b.footnote("* A commuter accident claim must be filed within 45 days of the incident, with a copy of the FIR "
               "or the station master's memo.", need=40)
    b.para("The accident cover and Gate Goof Cover are free of cost to the cardholder.* Lounge visits are counted "
           "per card year and cannot be carried forward. Gate Goof Cover does not apply to fares left unpaid "
           "because the PassPocket balance was too low.")

    # ================================================================ rewards
    b.heading("11. Tap Tokens", keep=100)
    b.plain_table(
        [LM + 6, LM + 205, LM + 300, LM + 395],
        ["Where you spend", "Local", "Express", "Superfast"],
        [
            ["PassPocket loads and Season Pass purchases", "4 per Rs. 100", "6 per Rs. 100", "8 per Rs. 100"],
            ["Food courts, cafes and shops inside stations", "2 per Rs. 100", "3 per Rs. 100", "5 per Rs. 100"],
            ["All other eligible spends", "1 per Rs. 125", "2 per Rs. 125", "3 per Rs. 125"],
        ],
        caption="Tap Tokens earned",
    )
    b.label("Cap", "Tap Tokens from PassPocket loads are capped at 1,200 per statement cycle on every variant")
    b.label("Value of 1 Tap Token", "Rs. 0.25 as statement credit, or Rs. 0.40 when converted into PassPocket "
            "balance")
    b.label("Minimum redemption", "400 Tap Tokens")
    b.label("Validity", "30 months from the month in which they are earned")
    b.label("How to redeem", "Suryarekha Go > Rewards, or SMS RREDEEM to 56161")
    b.para("No Tap Tokens are earned on rent, loads to any wallet other than PassPocket, cash withdrawals, EMI "
           "transactions, insurance premiums, government payments or fees. Tap Tokens are taken back if a "
           "purchase is refunded.")

    # ================================================================ add-on and EMI
    b.heading("12. Add-on cards and EMI", keep=150)
    b.two_columns(
        [
            ("h", "Add-on cards"),
            ("b", "Who can get one: your spouse, a parent, a brother or sister, or a child aged 18 or above."),
            ("b", "The add-on card shares your credit limit; you can set a monthly sub-limit from Rs. 2,000 up "
                  "to your full limit."),
            ("b", "Each add-on card has its own PassPocket with a balance cap of Rs. 2,000, whatever your "
                  "variant."),
            ("b", "Campus Pass: a transit-only add-on for a child aged 12 to 17, usable only for PassPocket and "
                  "Season Pass, with loads of up to Rs. 2,500 a month."),
            ("b", "Apply in Suryarekha Go > Card Services > Add-on Card."),
        ],
        [
            ("h", "Converting a purchase into EMI"),
            ("b", "Purchases of Rs. 2,500 or more can be converted within 30 days of the purchase date."),
            ("b", "Tenures: 3, 6, 9, 12 or 24 months."),
            ("b", "Interest: 16% a year on Local and Express, 14% a year on Superfast, on the reducing balance."),
            ("b", "Foreclosure charge: 3% of the principal still outstanding."),
            ("b", "Not eligible: PassPocket loads, gold and jewellery, and cash withdrawals."),
            ("b", "Pass Split: a quarterly or yearly Season Pass of Rs. 3,000 or more can be split into 3 "
                  "interest-free monthly instalments for a one-time fee of Rs. 49."),
        ],
    )

    # ================================================================ statements
    b.set_part("PAYING AND FEES")
    b.heading("13. Statements, payments and interest", keep=80)
    b.label("Statement date", "pick the 5th, 12th, 19th or 26th of the month (can be changed once a card year)")
    b.label("Payment due date", "20 days after the statement date")
    b.label("Minimum amount due", "5% of the total amount due or Rs. 250, whichever is higher, plus any EMI "
            "instalment, any Last Train Buffer used and any amount over the limit")
    b.label("Ways to pay", "Suryarekha Go, UPI, auto-debit from any bank account, NEFT, or cash at a branch")
    b.label("Statement languages", "English, Hindi, Marathi, Kannada, Tamil, Telugu and Bengali")
    b.para("If only part of the bill is paid, interest is charged on each purchase and PassPocket load from the "
           "date it was made until the dues are fully paid, and new spends get no interest-free period until the "
           "total amount due is cleared. Interest on cash withdrawals runs from the day of withdrawal.")
    b.ledger("Worked example (Raahdari Local, statement date 12 June)", [
        ("Total amount due", "Rs. 18,400"),
        ("Minimum amount due (5%)", "Rs. 920"),
        ("Paid on 2 July, the due date", "Rs. 6,400"),
        ("Left unpaid", "Rs. 12,000"),
        ("Interest for one month at 3.5%", "Rs. 420"),
        ("GST at 18% on the interest", "Rs. 75.60"),
        ("= Interest and GST for the month", "Rs. 495.60"),
    ])
    b.para("As the minimum amount due was paid by the due date, there is no late payment charge in this "
           "example.")

    # ================================================================ controls
    b.heading("14. Card controls and safety", keep=150)
    b.two_columns(
        [
            ("h", "Controls in Suryarekha Go"),
            ("b", "Online, international and contactless use can each be switched on or off under Card "
                  "Controls. International use is off when the card is issued."),
            ("b", "Contactless payments at shops are limited to Rs. 5,000 per tap. You can lower this limit "
                  "but not raise it."),
            ("b", "Switching off contactless does not stop PassPocket taps at gates; use PassPocket Freeze "
                  "for that."),
            ("b", "Commute Lock: between hours you choose, the card works only for PassPocket and Season Pass."),
        ],
        [
            ("h", "If something goes wrong"),
            ("b", "To block a lost card at once, SMS RBLOCK and the last 4 digits of the card to 56161, or call "
                  "the Commute Care Line."),
            ("b", "Zero liability for unauthorised transactions reported within 3 working days. Reported within "
                  "4 to 7 working days, your liability is capped at Rs. 10,000."),
            ("b", "Fares already taken from the chip at gates before you block the card cannot be reversed."),
            ("b", "A replacement card reaches you within 5 working days."),
        ],
    )
    b.do_dont(
        [
            "Keep the Raahdari card in its own sleeve so the gate does not read another card in your wallet.",
            "Check the balance on the gate display after each tap.",
            "Sync a load within 15 days.",
        ],
        [
            "Don't let a stranger at the gate tap your card to help you.",
            "Don't share an OTP or GreenKey code with anyone, even someone who says they are from the bank.",
            "Don't photograph your card on a crowded platform.",
        ],
    )

    # ================================================================ timelines
    b.set_part("HELP")
    b.heading("15. Key timelines", keep=40)
    b.ruled_table(
        [254, 229],
        ["Event", "Timeline"],
        [
            ["Decision after Green Signal", "Usually instant; up to 2 working days under manual review "
             "(BL-590)"],
            ["Virtual card in Suryarekha Go", "Within 20 minutes of approval"],
            ["Physical card dispatched", "Within 1 working day of approval"],
            ["Physical card delivered", "3 working days to a home address, 5 working days to an office address"],
            ["Card activation", "Within 30 days of issue; an unused card is closed on day 45"],
            ["Unsynced PassPocket load reversed", "Within 3 working days after the 15-day sync window ends"],
            ["Welcome benefit credited", "Within 15 days of the first PassPocket load"],
            ["Dispute of a transaction", "Raise within 60 days of the statement date; resolved within 45 days"],
            ["PassPocket balance refund on card closure", "Within 10 working days"],
            ["Card closure", "Within 7 working days of your request, once all dues are paid"],
        ],
        caption="Table 6: Key timelines",
    )

    # ================================================================ FAQ
    b.heading("16. Frequently asked questions", keep=60)
    faqs = [
        ("I use two different metro systems in my city. Does PassPocket work on both?",
         "Yes, if both operators are Gate Partners. Check the list in Suryarekha Go > PassPocket > Gate Partners."),
        ("My phone battery is dead. Can I still get through the gate?",
         "Yes. The balance is on the card's chip, so your phone is not needed at the gate."),
        ("Can I tap the virtual card on my phone at the metro gate?",
         "No. PassPocket works only on the physical card."),
        ("Is a PassPocket load treated as a cash withdrawal?",
         "No. It is a purchase, so the interest-free period applies and no cash withdrawal fee is charged."),
        ("I have moved from Pune to a city that is not a Raahdari city. Will my card be closed?",
         "No. The card stays open; PassPocket can still be used at any Gate Partner."),
        ("Can I move from Local to Express later?",
         "Yes. At the October review the bank upgrades you without a joining fee if your income is now in the "
         "Express slab."),
        ("Is Aadhaar compulsory?",
         "No. PAN is compulsory; for address you may use Aadhaar, a passport, a voter ID or a driving licence."),
    ]
    for i, (q, a) in enumerate(faqs, 1):
        b.ensure(BODY * LEAD * (1 + len(wrap_runs([(a, REG)], RM - LM - 14, BODY))) + 6)
        b.rich([(f"Q{i}. {q}", BOLD)], gap_after=0.4)
        b.para(a, indent=14, gap_after=3)

    # ================================================================ contact
    b.heading("17. Contact us and grievance redressal", keep=60)
    b.label("Commute Care Line", "1800-266-4070 (toll-free, 24 hours, all 7 days)")
    b.label("WhatsApp", "+91-93220-64070 (send HI RAAHDARI to start)")
    b.label("E-mail", "raahdari.care@suryarekhasetu.example")
    b.label("Website", "www.suryarekhasetu.example/raahdari")
    b.label("Post", "Raahdari Card Cell, Suryarekha Setu Bank Ltd., 7th Floor, Kasturba Trade Tower, Bund Garden "
            "Road, Pune 411001")
    b.para("Escalate a complaint one level at a time and keep the complaint number that is sent to you by SMS.",
           gap_after=1)
    b.ruled_table(
        [56, 190, 140, 97],
        ["Level", "Whom to contact", "When to escalate", "Reply within"],
        [
            ["Level 1", "Commute Care Line, e-mail, WhatsApp, or Help > Raise a complaint in Suryarekha Go",
             "Any complaint", "5 working days"],
            ["Level 2", "Grievance Redressal Officer, Ms. Shalini Mhatre, gro.raahdari@suryarekhasetu.example, "
             "020-6704-4100 (9:30 am to 5:30 pm, Monday to Friday)",
             "No reply within 5 working days, or not satisfied with the Level 1 reply", "7 working days"],
            ["Level 3", "Principal Nodal Officer, Mr. Farhan Qureshi, nodal.raahdari@suryarekhasetu.example, "
             "020-6704-4199", "No reply from Level 2 within 7 working days, or not satisfied",
             "10 working days"],
            ["Level 4", "Banking Ombudsman of the Reserve Bank of India",
             "Complaint not resolved within 30 days of first lodging it with the bank",
             "As per the Ombudsman scheme"],
        ],
        caption="Table 7: Grievance escalation",
    )

    return b.finish(OUT)


if __name__ == "__main__":
    pages = build()
    print(f"wrote {OUT} ({pages} pages)")
