"""Build the twenty-first evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card and its
variants, the app and its journey, people, phone numbers, e-mail addresses,
web addresses, codes, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/twenty-first-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign is
written as "Rs." throughout.  Output is deterministic (fixed metadata dates,
no new document id).
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pushkarni_udbhav_student_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 50.0, 545.0  # left and right margins
TOP = 60.0  # body starts below the running header
FOOTER_Y = 810.0
BODY_BOTTOM = 797.0  # lowest y for body text on a page without footnotes

REG, BOLD = "helv", "hebo"
BODY = 8.2
LEAD = 1.27
ACCENT = (0.42, 0.13, 0.30)  # plum
BAND = (0.96, 0.92, 0.95)
HEAD_FILL = (0.93, 0.87, 0.91)
TILE_FILL = (0.985, 0.965, 0.975)
SIDE_FILL = (0.92, 0.95, 0.99)
SIDE_EDGE = (0.16, 0.32, 0.58)
STEP_FILL = [(0.86, 0.78, 0.84), (0.78, 0.65, 0.74), (0.66, 0.48, 0.61), (0.54, 0.32, 0.47),
             (0.42, 0.13, 0.30)]

HEADER_LEFT = "Pushkarni Bank Ltd.  |  Udbhav Student Credit Card with Anchor Guardian - Customer Guide"
HEADER_RIGHT = "Edition 3.0, effective 15 July 2025"
FOOTER_LEFT = "Udbhav Card Guide - study, spend wisely, build your credit"


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
        self.page = None
        self.y = TOP
        self.new_page()

    # ------------------------------------------------------------------ pages
    def new_page(self):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.footnotes[self.page.number] = []
        self.y = TOP

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

    def rich(self, segments, size=BODY, indent=0.0, first_prefix=None, gap_after=4.0, right=RM, left=LM):
        x0 = left + indent
        lines = wrap_runs(segments, right - x0, size)
        lh = size * LEAD
        for i, runs in enumerate(lines):
            self.ensure(lh)
            self.y += lh
            if i == 0 and first_prefix:
                self.page.insert_text((x0 - tl(first_prefix, BOLD, size) - 4, self.y - size * 0.3),
                                      first_prefix, fontname=BOLD, fontsize=size, color=ACCENT)
            self.draw_runs(x0, self.y - size * 0.3, runs, size)
        self.y += gap_after

    def para(self, text, **kw):
        self.rich([(text, REG)], **kw)

    def bullet(self, text, bold_lead=None, indent=14.0):
        segs = [(bold_lead, BOLD)] if bold_lead else []
        segs.append((text, REG))
        self.rich(segs, indent=indent, first_prefix="-", gap_after=1.8)

    def numbered(self, num, text, bold_lead=None, indent=26.0):
        """A clause with a hanging number such as 4.1 or (b)."""
        segs = [(bold_lead, BOLD)] if bold_lead else []
        segs.append((text, REG))
        self.rich(segs, indent=indent, first_prefix=num, gap_after=2.0)

    def label(self, label, value, indent=0.0, right=RM, left=LM):
        n = len(wrap_runs([(label + ":", BOLD), (value, REG)], right - left - indent, BODY))
        self.ensure(n * BODY * LEAD)  # keep a label line and its wrapped value on one page
        self.rich([(label + ":", BOLD), (value, REG)], indent=indent, gap_after=1.5, right=right, left=left)

    def heading(self, text, size=11.2, keep=0.0):
        """Section heading on a tinted band; `keep` reserves room so it is not left alone at a page foot."""
        self.ensure(size * 1.9 + 44 + keep)
        self.y += 6
        band = pymupdf.Rect(LM, self.y, RM, self.y + size + 8)
        self.page.draw_rect(band, color=None, fill=BAND, width=0)
        self.page.draw_line((LM, band.y1), (RM, band.y1), color=ACCENT, width=1.2)
        self.page.insert_text((LM + 7, band.y1 - 5), text, fontname=BOLD, fontsize=size, color=ACCENT)
        self.y = band.y1 + 4

    def subheading(self, text, size=9.4, keep=34.0):
        self.ensure(size * 1.5 + keep)
        self.y += 4 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size, color=(0.2, 0.2, 0.2))
        self.y += 3

    # ------------------------------------------------------- special blocks
    def tiles(self, items, cols=4, size=8.0, gap=6.0):
        """A grid of tiles, each with a small capital label in a tinted strip and a value under it."""
        w = (RM - LM - gap * (cols - 1)) / cols
        lh = size * 1.3
        rows = [items[i:i + cols] for i in range(0, len(items), cols)]
        for row in rows:
            laid = [(wrap_runs([(lab.upper(), BOLD)], w - 12, size - 1.3),
                     wrap_runs([(val, REG)], w - 12, size)) for lab, val in row]
            lab_h = max(len(a) for a, _ in laid) * (size - 1.3) * 1.3 + 6
            h = lab_h + max(len(b) for _, b in laid) * lh + 8
            self.ensure(h + gap)
            for k, (lab_lines, val_lines) in enumerate(laid):
                x = LM + k * (w + gap)
                r = pymupdf.Rect(x, self.y, x + w, self.y + h)
                self.page.draw_rect(r, color=(0.75, 0.62, 0.70), fill=TILE_FILL, width=0.5)
                self.page.draw_rect(pymupdf.Rect(x, self.y, x + w, self.y + lab_h), color=None, fill=HEAD_FILL,
                                    width=0)
                y = self.y + 2
                for runs in lab_lines:
                    y += (size - 1.3) * 1.3
                    self.draw_runs(x + 6, y, runs, size - 1.3, color=ACCENT)
                y = self.y + lab_h + 1
                for runs in val_lines:
                    y += lh
                    self.draw_runs(x + 6, y, runs, size)
            self.y += h + gap
        self.y += 2

    def sidebar_left(self, title, side_items, main, side_w=170.0, gap=14.0):
        """A shaded sidebar of bullets on the LEFT, with Label: value lines in a narrowed column on the right."""
        size = 8.2
        inner = side_w - 22
        body = [wrap_runs([(t, REG)], inner, size) for t in side_items]
        h = 10 + size * 1.7 + sum(len(b) for b in body) * size * 1.3 + len(body) * 3 + 6
        left = LM + side_w + gap
        main_h = sum(len(wrap_runs([(lab + ":", BOLD), (val, REG)], RM - left, BODY)) * BODY * LEAD + 1.5
                     for lab, val in main)
        self.ensure(max(h, main_h) + 8)
        top = self.y
        r = pymupdf.Rect(LM, top + 4, LM + side_w, top + 4 + h)
        self.page.draw_rect(r, color=SIDE_EDGE, fill=SIDE_FILL, width=0.7)
        self.page.draw_rect(pymupdf.Rect(LM, r.y0, LM + side_w, r.y0 + 3), color=None, fill=SIDE_EDGE, width=0)
        y = r.y0 + 8 + size * 1.1
        self.page.insert_text((LM + 8, y), title, fontname=BOLD, fontsize=size + 0.8, color=SIDE_EDGE)
        y += 4
        for lines in body:
            for i, runs in enumerate(lines):
                y += size * 1.3
                if i == 0:
                    self.page.draw_circle((LM + 11, y - size * 0.33), 1.6, color=SIDE_EDGE, fill=SIDE_EDGE)
                self.draw_runs(LM + 16, y, runs, size)
            y += 3
        for lab, val in main:
            self.label(lab, val, left=left)
        self.y = max(self.y, r.y1) + 6

    def deflist(self, items, term_w=112.0, size=BODY):
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
            self.page.draw_line((LM, self.y - 1), (RM, self.y - 1), color=(0.86, 0.82, 0.85), width=0.3)
        self.y += 4

    def checklist(self, groups, size=BODY):
        """Document checklist: group titles with empty tick boxes in front of each item, in two columns."""
        gutter = 18.0
        colw = (RM - LM - gutter) / 2
        lh = size * LEAD

        def lay(col):
            out, h = [], 0.0
            for title, items in col:
                out.append(("t", title))
                h += lh + 3
                for it in items:
                    lines = wrap_runs([(it, REG)], colw - 16, size)
                    out.append(("i", lines))
                    h += len(lines) * lh + 2
                h += 4
            return out, h

        half = (len(groups) + 1) // 2
        left, lh_ = lay(groups[:half])
        right, rh_ = lay(groups[half:])
        self.ensure(max(lh_, rh_) + 4)
        top = self.y
        for x, items in ((LM, left), (LM + colw + gutter, right)):
            y = top
            for kind, payload in items:
                if kind == "t":
                    if y > top:
                        y += 4
                    y += lh
                    self.page.insert_text((x, y - size * 0.3), payload, fontname=BOLD, fontsize=size + 0.3,
                                          color=ACCENT)
                    y += 3
                    continue
                for i, runs in enumerate(payload):
                    y += lh
                    if i == 0:
                        self.page.draw_rect(pymupdf.Rect(x + 1, y - size * 0.3 - 6.6, x + 8, y - size * 0.3 + 0.4),
                                            color=(0.2, 0.2, 0.2), width=0.6)
                    self.draw_runs(x + 14, y - size * 0.3, runs, size)
                y += 2
        mid = LM + colw + gutter / 2
        self.page.draw_line((mid, top + 4), (mid, top + max(lh_, rh_)), color=(0.8, 0.8, 0.8), width=0.4,
                            dashes="[2 2] 0")
        self.y = top + max(lh_, rh_) + 4

    def dot_strip(self, names, size=7.4):
        """Process strip: numbered filled circles joined by a line, with the stage name under each circle."""
        n = len(names)
        self.ensure(50)
        cy = self.y + 14
        step = (RM - LM) / n
        xs = [LM + step * (i + 0.5) for i in range(n)]
        self.page.draw_line((xs[0], cy), (xs[-1], cy), color=ACCENT, width=1.6)
        for i, (x, name) in enumerate(zip(xs, names)):
            self.page.draw_circle((x, cy), 9.5, color=ACCENT, fill=(1, 1, 1), width=1.4)
            self.page.draw_circle((x, cy), 7.0, color=None, fill=ACCENT, width=0)
            num = str(i + 1)
            self.page.insert_text((x - tl(num, BOLD, 8.5) / 2, cy + 3.0), num, fontname=BOLD, fontsize=8.5,
                                  color=(1, 1, 1))
            self.page.insert_text((x - tl(name, BOLD, size) / 2, cy + 22), name, fontname=BOLD, fontsize=size,
                                  color=ACCENT)
        self.y = cy + 27

    def staircase(self, steps, title, size=7.6):
        """A rising staircase of bars, one per step, with a label and an amount on each bar."""
        self.ensure(96)
        top = self.y + 3
        self.page.insert_text((LM, top + 7), title, fontname=BOLD, fontsize=size + 0.6, color=ACCENT)
        base = top + 84
        n = len(steps)
        gap = 8.0
        w = (RM - LM - gap * (n - 1)) / n
        vmax = max(v for _, v, _ in steps)
        for i, (name, value, amount) in enumerate(steps):
            h = 60 * value / vmax
            x = LM + i * (w + gap)
            r = pymupdf.Rect(x, base - h, x + w, base)
            self.page.draw_rect(r, color=ACCENT, fill=STEP_FILL[i % len(STEP_FILL)], width=0.6)
            col = (1, 1, 1) if i >= 2 else (0.1, 0.1, 0.1)
            self.page.insert_text((x + 5, base - h + 11), name, fontname=BOLD, fontsize=size, color=col)
            self.page.insert_text((x + 5, base - h + 21), amount, fontname=REG, fontsize=size, color=col)
        self.page.draw_line((LM, base), (RM, base), color=(0.3, 0.3, 0.3), width=0.8)
        self.y = base + 8

    # ----------------------------------------------------------------- tables
    def ruled_table(self, widths, header, rows, size=7.8, pad=2.5, caption=None, group=None):
        """Ruled table. `group` is an optional list of (text, span) cells drawn above the header row."""
        xs = [LM]
        for w in widths:
            xs.append(xs[-1] + w)
        assert abs(xs[-1] - RM) < 0.6, (xs[-1], RM)
        lh = size * 1.3

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w - 2 * pad, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(wl) for wl in wrapped) * lh + 2 * pad

        hdr_wrapped, hdr_h = layout(header, BOLD)
        grp_h = lh + 2 * pad if group else 0.0

        def draw_group():
            if not group:
                return
            col = 0
            for text, span in group:
                x0, x1 = xs[col], xs[col + span]
                r = pymupdf.Rect(x0, self.y, x1, self.y + grp_h)
                if text:
                    self.page.draw_rect(r, color=(0.3, 0.3, 0.3), fill=ACCENT, width=0.6)
                    self.page.insert_text(((x0 + x1) / 2 - tl(text, BOLD, size) / 2, self.y + pad + size * 0.95),
                                          text, fontname=BOLD, fontsize=size, color=(1, 1, 1))
                col += span
            self.y += grp_h

        def draw_row(wrapped, h, fill=None, font_col=(0, 0, 0)):
            for i, wl in enumerate(wrapped):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h)
                self.page.draw_rect(r, color=(0.3, 0.3, 0.3), fill=fill, width=0.6)
                yy = self.y + pad + size * 0.95
                for runs in wl:
                    self.draw_runs(xs[i] + pad, yy, runs, size, color=font_col)
                    yy += lh
            self.y += h

        if caption:
            self.ensure(size * 2 + grp_h + hdr_h + layout(rows[0], REG)[1] + layout(rows[1], REG)[1] + 4)
            self.y += size * 1.4
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.6, color=ACCENT)
            self.y += 4
        self.ensure(grp_h + hdr_h + layout(rows[0], REG)[1])
        draw_group()
        draw_row(hdr_wrapped, hdr_h, fill=HEAD_FILL)
        for k, row in enumerate(rows):
            wrapped, h = layout(row, REG)
            if self.y + h > self.bottom():
                self.new_page()
                self.page.insert_text((LM, self.y + size), (caption or "Table") + " (continued)",
                                      fontname=BOLD, fontsize=size + 0.6, color=ACCENT)
                self.y += size + 6
                draw_group()
                draw_row(hdr_wrapped, hdr_h, fill=HEAD_FILL)
            fill = (0.985, 0.97, 0.98) if k % 2 else None
            draw_row(wrapped, h, fill=fill)
        self.y += 7

    def plain_table(self, col_x, header, rows, size=8.5, caption=None):
        """Unruled table: cells are placed at fixed x positions and no lines are drawn."""
        lh = size * 1.3
        widths = [col_x[i + 1] - col_x[i] - 8 for i in range(len(col_x) - 1)] + [RM - col_x[-1]]

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(w) for w in wrapped) * lh + 1.5

        hw, hh = layout(header, BOLD)
        if caption:
            self.ensure(size * 2 + hh + 46)
            self.y += size * 1.4
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.4, color=ACCENT)
            self.y += 5
        self.ensure(hh + 40)
        for k, (wrapped, h) in enumerate([(hw, hh)] + [layout(r, REG) for r in rows]):
            self.ensure(h)
            for x, wl in zip(col_x, wrapped):
                yy = self.y + size
                for runs in wl:
                    self.draw_runs(x, yy, runs, size, color=ACCENT if k == 0 else (0, 0, 0))
                    yy += lh
            self.y += h + 1.0
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
        self.y = top + max(lhgt, rhgt) + 6

    def stage(self, n, name, body, rules):
        """One onboarding stage: a framed box with a filled title band, a paragraph and rule lines."""
        size = BODY
        x0 = LM + 8
        lines = wrap_runs([(body, REG)], RM - x0 - 8, size)
        rule_lines = [wrap_runs([(lab + ":", BOLD), (val, REG)], RM - x0 - 20, size) for lab, val in rules]
        band = 13.0
        h = band + 2 + len(lines) * size * LEAD + sum(len(r) for r in rule_lines) * size * LEAD + 4
        self.ensure(h + 6)
        top = self.y + 2.5
        r = pymupdf.Rect(LM, top, RM, top + h)
        self.page.draw_rect(r, color=ACCENT, fill=(0.995, 0.985, 0.99), width=0.6)
        self.page.draw_rect(pymupdf.Rect(LM, top, RM, top + band), color=None, fill=ACCENT, width=0)
        self.page.insert_text((x0, top + 9.6), f"Stage {n} of 7 - {name}", fontname=BOLD, fontsize=9.0,
                              color=(1, 1, 1))
        y = top + band + 1
        for runs in lines:
            y += size * LEAD
            self.draw_runs(x0, y - size * 0.3, runs, size)
        for rl in rule_lines:
            for i, runs in enumerate(rl):
                y += size * LEAD
                if i == 0:
                    self.page.insert_text((x0 + 2, y - size * 0.3), ">", fontname=BOLD, fontsize=size, color=ACCENT)
                self.draw_runs(x0 + 12, y - size * 0.3, runs, size)
        self.y = r.y1 + 2.5

    def boxed_note(self, title, text, size=8.5):
        """A note in a dashed frame."""
        lines = wrap_runs([(text, REG)], RM - LM - 20, size)
        h = 8 + (size + 2) * 1.3 + len(lines) * size * 1.35 + 6
        self.ensure(h + 6)
        r = pymupdf.Rect(LM, self.y + 3, RM, self.y + 3 + h)
        self.page.draw_rect(r, color=ACCENT, fill=(1.0, 0.98, 0.93), width=1.1, dashes="[4 2] 0")
        y = r.y0 + 6 + size * 1.2
        self.page.insert_text((LM + 10, y), title, fontname=BOLD, fontsize=size + 0.5, color=ACCENT)
        y += 3
        for runs in lines:
            y += size * 1.35
            self.draw_runs(LM + 10, y, runs, size)
        self.y = r.y1 + 6

    # ----------------------------------------------------------------- finish
    def finish(self, path):
        n = self.doc.page_count
        grey = (0.3, 0.3, 0.35)
        for page in self.doc:
            page.draw_rect(pymupdf.Rect(LM, 26, LM + 4, 38), color=None, fill=ACCENT, width=0)
            page.insert_text((LM + 8, 35), HEADER_LEFT, fontname=BOLD, fontsize=7.4, color=grey)
            page.insert_text((RM - tl(HEADER_RIGHT, REG, 7.4), 35), HEADER_RIGHT, fontname=REG,
                             fontsize=7.4, color=grey)
            page.draw_line((LM, 42), (RM, 42), color=(0.7, 0.6, 0.67), width=0.5)
            notes = self.footnotes.get(page.number, [])
            if notes:
                y = BODY_BOTTOM - self.foot_height(page.number) + 12
                page.draw_line((LM, y - 2), (LM + 120, y - 2), color=(0.5, 0.5, 0.5), width=0.4)
                for text in notes:
                    for runs in wrap_runs([(text, REG)], RM - LM, 7.2):
                        y += 7.2 * 1.3
                        x = LM
                        for t, f in runs:
                            page.insert_text((x, y), t, fontname=f, fontsize=7.2, color=(0.15, 0.15, 0.15))
                            x += tl(t, f, 7.2)
                    y += 2
            page.draw_line((LM, FOOTER_Y), (RM, FOOTER_Y), color=ACCENT, width=0.6)
            footer = f"Page {page.number + 1} of {n}"
            page.insert_text((RM - tl(footer, BOLD, 8), FOOTER_Y + 12), footer, fontname=BOLD, fontsize=8,
                             color=ACCENT)
            page.insert_text((LM, FOOTER_Y + 12), FOOTER_LEFT, fontname=REG, fontsize=7,
                             color=(0.45, 0.45, 0.45))
        self.doc.set_metadata({
            "title": "Pushkarni Udbhav Student Credit Card with Anchor Guardian - Customer Guide (fictional)",
            "author": "Pushkarni Bank Ltd. (fictional)",
            "subject": "Customer guide for a fictional student credit card backed by a parent or guardian",
            "keywords": "fictional, evaluation, credit card, student, guardian, co-applicant, credit builder",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": "D:20250715000000+05'30'",
            "modDate": "D:20250715000000+05'30'",
        })
        self.doc.save(path, garbage=4, deflate=True, clean=True, no_new_id=True)
        return n


def build():
    b = Builder()

    # ================================================================ title
    b.page.insert_text((LM, b.y + 6), "PUSHKARNI BANK LTD.", fontname=BOLD, fontsize=10, color=ACCENT)
    b.y += 30
    b.page.insert_text((LM, b.y), "Udbhav Student Credit Card", fontname=BOLD, fontsize=20)
    b.y += 16
    b.page.insert_text((LM, b.y), "A first credit card for students, backed by a parent or guardian - guide to "
                       "the Campus, Scholar and Fellow variants", fontname=REG, fontsize=9.5)
    b.y += 9
    b.para("Edition 3.0, effective 15 July 2025. It replaces Edition 2.2 dated 10 February 2025. Every name, "
           "number and rule in this guide is fictional.", size=7.9, gap_after=5)
    b.para("The Udbhav Student Credit Card is issued by Pushkarni Bank Ltd. to a college student in his or her own "
           "name. A parent or legal guardian applies with the student as the Anchor Guardian: the Anchor Guardian's "
           "income backs the credit limit, and the student and the Anchor Guardian are jointly liable for the dues. "
           "The card comes with the Parisar Wallet for paying college fees and campus merchants, and with the "
           "Seedhi credit-builder track, which raises the limit step by step after on-time payments. When the "
           "course ends, the card can be converted into a regular card in the student's own name through the "
           "Deekshant Switch. The application is made in the Pushkarni Kinara app through a seven-stage journey "
           "called Admission Desk.")

    b.heading("1. The card at a glance")
    b.tiles([
        ("Issuer", "Pushkarni Bank Ltd., 9 Sarovar Marg, Hubballi 580030"),
        ("Who it is for", "Students aged 18 to 28 in India, with a parent or guardian as co-applicant"),
        ("Variants", "Udbhav Campus, Udbhav Scholar and Udbhav Fellow"),
        ("Credit limit", "Rs. 10,000 (lowest, Campus) to Rs. 1,50,000 (highest, Fellow)"),
        ("Interest-free period", "20 to 50 days on purchases"),
        ("Card network", "RuPay (Campus and Scholar), Visa (Fellow)"),
        ("Reward currency", "Udbhav Stars"),
        ("Mobile app", "Pushkarni Kinara, for Android and iOS"),
    ])
    b.label("Helpline", "Udbhav Helpline 1800-309-4471 (toll-free, 24 x 7); block a lost card by SMS: UBLOCK "
            "<last 4 digits> to 57406")

    # ================================================================ variants
    b.heading("2. Variants", keep=160)
    b.ruled_table(
        [126, 117, 124, 128],
        ["Feature", "Udbhav Campus", "Udbhav Scholar", "Udbhav Fellow [1]"],
        [
            ["Who it is for", "Undergraduate and diploma students, any year of study",
             "Professional degree students (engineering, medicine, law, architecture) from the second year, and "
             "all postgraduate students",
             "Doctoral and research scholars, and postgraduate students with a fellowship or stipend of at least "
             "Rs. 15,000 a month"],
            ["Minimum age of the student", "18 years", "19 years", "21 years"],
            ["Anchor Guardian's minimum net monthly income", "Rs. 25,000", "Rs. 40,000", "Rs. 30,000"],
            ["Anchor Share (part of the guardian's income counted)", "30%", "40%", "50%"],
            ["Student's own stipend or scholarship counted", "Not counted", "50%", "100%"],
            ["Credit limit range", "Rs. 10,000 to Rs. 40,000", "Rs. 25,000 to Rs. 75,000",
             "Rs. 50,000 to Rs. 1,50,000"],
            ["Joining fee", "Nil", "Rs. 299", "Rs. 999"],
            ["Annual fee (from the second year)", "Rs. 199", "Rs. 299", "Rs. 999"],
            ["Annual fee waived if spends in the card year reach", "Rs. 30,000", "Rs. 60,000", "Rs. 1,50,000"],
            ["Interest on revolving dues and cash", "3.4% a month (40.8% a year)", "3.1% a month (37.2% a year)",
             "2.9% a month (34.8% a year)"],
        ],
        caption="Table 1: The three variants",
    )
    b.footnote("[1] Udbhav Fellow accepts a lower guardian income than Udbhav Scholar because the Fellow's own "
               "stipend is counted in full.", need=20)
    b.para("The variant is decided by the course and year of study checked at Campus Proof (stage 4). A Campus "
           "cardholder who moves into a course that qualifies for Scholar or Fellow can ask for an upgrade from Card "
           "Services after uploading a new bonafide certificate; no joining fee is charged for an upgrade.", size=8.4)

    # ================================================================ words used
    b.heading("3. Words used in this guide", keep=60)
    b.deflist([
        ("Student Holder", "The student in whose name the card is issued. The Student Holder uses the card and "
         "receives the full statement."),
        ("Anchor Guardian", "The parent or legal guardian who applies with the student. The Anchor Guardian's income "
         "backs the credit limit, and he or she is jointly liable for all dues until the Deekshant Switch."),
        ("Anchor Share", "The part of the Anchor Guardian's net monthly income that is counted towards the limit "
         "(Table 1)."),
        ("Guardian Cap", "An optional ceiling, below the limit offered by the bank, that only the Anchor Guardian "
         "can set, raise or lower."),
        ("Guardian View", "The screen in the Kinara app where the Anchor Guardian follows the card and approves "
         "requests."),
        ("Parisar Wallet", "The campus wallet attached to the card, used to pay college fees and campus merchants."),
        ("Seedhi track", "The credit-builder track that raises the limit in steps, called rungs, after on-time "
         "months."),
        ("On-time month", "A statement cycle in which at least the minimum amount due is paid by the payment due "
         "date."),
        ("Deekshant Switch", "The conversion of the Udbhav card into a regular Pushkarni Pragati credit card in "
         "the student's sole name after the course ends."),
        ("Bonafide certificate", "A letter from the college that confirms the student's enrolment, course and "
         "expected year of completion."),
    ])

    # ================================================================ eligibility
    b.heading("4. Eligibility and exclusions", keep=60)
    b.subheading("Who can apply", keep=40)
    b.numbered("4.1", "Indian resident aged 18 to 28 years, enrolled in a course of at least 1 year at a college "
               "or institute recognised by UGC, AICTE or a state board, with at least 6 months of the course left.",
               bold_lead="Student Holder: ")
    b.numbered("4.2", "father, mother, or a legal guardian appointed by a court, aged 30 to 65 years, an Indian "
               "resident with a regular income (salary, business or pension). A grandparent, uncle or elder "
               "brother or sister can be the Anchor Guardian only if appointed legal guardian by a court.",
               bold_lead="Anchor Guardian: ")
    b.numbered("4.3", "one Anchor Guardian per card; the incomes of two parents cannot be added. One Anchor "
               "Guardian can back the Udbhav cards of up to 2 students at a time.", bold_lead="How many: ")
    b.numbered("4.4", "can apply only for Udbhav Campus, and their limit cannot be more than Rs. 20,000.",
               bold_lead="Part-time and distance-learning students: ")
    b.subheading("Who cannot apply", keep=40)
    b.numbered("(a)", "A student who already holds a credit card in his or her own name.")
    b.numbered("(b)", "A student enrolled in a course run outside India, even if the college has an office in "
               "India.")
    b.numbered("(c)", "An Anchor Guardian with a loan or credit card written off or settled in the last 48 months, "
               "or with any payment 90 or more days overdue in the last 24 months.")
    b.numbered("(d)", "Non-resident Indians and foreign nationals, either as the student or as the Anchor Guardian.")
    b.numbered("(e)", "A student in the last 6 months of the course; such a student can apply directly for the "
               "Pushkarni Pragati card.")
    b.numbered("(f)", "A person who is already the Anchor Guardian of 2 Udbhav cards.")

    # ================================================================ documents
    b.heading("5. Documents checklist", keep=130)
    b.para("Tick each item before you start. The student and the Anchor Guardian each upload their own documents "
           "on their own phones; income is checked online through Account Aggregator consent wherever possible.",
           gap_after=2)
    b.footnote("[2] A parent needs to prove the relationship only if the surnames on the two PANs differ, with the "
               "student's birth certificate or Class 10 mark sheet. A legal guardian must always upload the court "
               "order of guardianship.", need=130)
    b.checklist([
        ("Student Holder", [
            "PAN (compulsory)",
            "Aadhaar, for e-KYC",
            "College ID card, front and back",
            "Bonafide certificate issued within the last 90 days",
            "Fellowship or stipend letter (Scholar and Fellow, only if the stipend is to be counted)",
            "Hostel allotment letter, if the card is to be delivered to a hostel",
        ]),
        ("Anchor Guardian", [
            "PAN (compulsory)",
            "Aadhaar or passport",
            "Salaried: last 3 salary slips and 6 months of bank statements",
            "Self-employed: income tax returns of the last 2 years",
            "Pensioner: pension payment order and 6 months of bank statements",
            "Proof of relationship [2]",
        ]),
    ])

    # ================================================================ onboarding
    b.heading("6. Applying in the app: the Admission Desk journey", keep=110)
    b.para("The application runs in seven stages in the Pushkarni Kinara app. The student starts it; the Anchor "
           "Guardian joins at stage 3 on his or her own phone. A stage must be finished before the next one opens.",
           gap_after=1)
    b.dot_strip(["Roll Call", "ID Slate", "Anchor Link", "Campus Proof", "Limit Preview", "Viva Call",
                 "Seal and Sign"])
    b.stage(1, "Roll Call",
            "The student enters the mobile number linked to his or her Aadhaar, confirms it with a one-time "
            "password (OTP), enters the date of birth and gives consent for a credit bureau check.",
            [("OTP valid for", "2 minutes"),
             ("Retries", "4 OTP resends; after that the number is locked for 1 hour (code UE-101)"),
             ("Age check", "an applicant under 18 or over 28 is stopped at once (code UE-104)"),
             ("If you drop off", "nothing is saved; start again from Roll Call")])
    b.stage(2, "ID Slate",
            "Add your PAN, complete Aadhaar e-KYC and record a 5-second live selfie video.",
            [("Time limit", "12 minutes per session"),
             ("Retries", "3 selfie attempts a day; after the third failed match, code UE-207"),
             ("If you drop off", "the application is kept as a draft for 10 days and a resume link is sent by "
              "SMS and e-mail")])
    b.stage(3, "Anchor Link",
            "Enter the Anchor Guardian's mobile number. The guardian gets a link by SMS, completes his or her own "
            "PAN and Aadhaar e-KYC and shares income through Account Aggregator consent or by uploading documents.",
            [("Guardian link valid for", "96 hours; it can be resent 3 times"),
             ("Uploads", "PDF or JPG files of up to 4 MB each"),
             ("If the link expires", "code UE-311; send a fresh link to the same guardian or name the other "
              "parent"),
             ("If you drop off", "the draft is kept for 21 days from the day the guardian link was first sent")])
    b.stage(4, "Campus Proof",
            "Choose your college by its institution code and upload the college ID card and the bonafide "
            "certificate. Colleges on the Parisar network confirm enrolment online, usually within 1 working day.",
            [("College not on the Parisar network", "the certificate is checked by a call to the college, within "
              "4 working days"),
             ("Retries", "2 uploads per document; then code UE-418"),
             ("If you drop off", "the draft is kept for 21 days")])
    b.stage(5, "Limit Preview",
            "Both of you see the variant and the credit limit offered. The Anchor Guardian accepts it or sets a "
            "Guardian Cap in steps of Rs. 1,000.",
            [("Guardian's decision", "within 72 hours, otherwise code UE-522"),
             ("Lowest Guardian Cap", "Rs. 10,000"),
             ("If you drop off", "the offer is held for 15 days")])
    b.stage(6, "Viva Call",
            "A joint video KYC call with the student and the Anchor Guardian, each joining from his or her own "
            "phone. Slots are open from 9 am to 9 pm, Monday to Saturday.",
            [("Joining the call", "both must join within 8 minutes of the start of the slot"),
             ("Retries", "the call can be rescheduled twice; after that code UE-630"),
             ("If you drop off", "the offer stays on hold until 15 days after Limit Preview")])
    b.stage(7, "Seal and Sign",
            "Both sign the card agreement with an Aadhaar OTP, in any order. The student then chooses the "
            "statement date and the delivery address (home or hostel).",
            [("E-sign window", "48 hours from the first signature; after that both signatures lapse (code "
              "UE-745)"),
             ("If you drop off", "the offer lapses; a fresh application can be made after 45 days")])

    # ================================================================ errors and help
    b.heading("7. Error codes and getting help", keep=20)
    b.ruled_table(
        [50, 66, 170, 209],
        ["Code", "Stage", "What it means", "What to do next"],
        [
            ["UE-101", "Roll Call", "Too many OTP resends", "Wait 1 hour and start again"],
            ["UE-104", "Roll Call", "Student's age is outside 18 to 28", "Not eligible for Udbhav; no retry"],
            ["UE-207", "ID Slate", "Selfie did not match the Aadhaar photo three times in a day",
             "Try again the next day in good light"],
            ["UE-215", "ID Slate", "Name on PAN differs from the name on Aadhaar",
             "Correct the PAN record, then resume within the 10-day draft period"],
            ["UE-311", "Anchor Link", "Guardian link expired before it was completed",
             "Resend the link (up to 3 times) or name the other parent"],
            ["UE-326", "Anchor Link", "Guardian's income is below the variant's minimum",
             "Name the other parent as Anchor Guardian, or apply for Udbhav Campus"],
            ["UE-340", "Anchor Link", "The guardian already backs 2 Udbhav cards",
             "The other parent or a legal guardian must be the Anchor Guardian"],
            ["UE-418", "Campus Proof", "Documents could not be read after 2 uploads",
             "E-mail the bonafide certificate to campus.verify@pushkarnibank.example with the application number"],
            ["UE-425", "Campus Proof", "College not found among recognised institutes",
             "Ask the college to join the Parisar network, or meet the officer at a Campus Desk"],
            ["UE-522", "Limit Preview", "Guardian did not accept the offer or set a cap within 72 hours",
             "Guardian opens Guardian View and decides within the 15-day hold"],
            ["UE-630", "Viva Call", "Both reschedules used up", "Visit a branch together with original PAN and "
             "Aadhaar"],
            ["UE-745", "Seal and Sign", "Second signature not done within 48 hours",
             "Both sign again from the Seal and Sign screen"],
            ["UE-790", "Any", "Application sent for manual review", "No action; a decision is sent within 4 working "
             "days"],
        ],
        caption="Table 2: Error codes",
    )

    b.two_columns(
        [
            ("h", "Help online"),
            ("b", "Ask Udbhav chat in the Pushkarni Kinara app, 24 x 7."),
            ("b", "Udbhav Helpline 1800-309-4471, toll-free, 24 x 7."),
            ("b", "WhatsApp +91-80471-26390; send HELLO UDBHAV to begin."),
            ("b", "E-mail udbhav.care@pushkarnibank.example; reply within 2 working days."),
            ("b", "Join Together: an agent guides the student and the guardian on the same screen once either of "
                  "them reads out a 5-digit Sync Code from Help > Join Together. The code is valid for 15 minutes."),
        ],
        [
            ("h", "Help in person"),
            ("b", "Campus Desk: a Pushkarni officer visits colleges on the Parisar network on the first and third "
                  "Wednesday of every month, from 11 am to 3 pm."),
            ("b", "Branch: any of 96 Pushkarni branches. A branch visit after code UE-630 needs both the student "
                  "and the Anchor Guardian; the application resumes within 2 working days of the visit."),
            ("b", "Guardian at home: a doorstep KYC visit for the Anchor Guardian, free if he or she is aged 60 "
                  "or above; Rs. 200 a visit for others."),
        ],
    )

    b.boxed_note("The Anchor Guardian acts only on his or her own phone",
                 "The student cannot accept the Anchor Link, set a Guardian Cap or sign for the guardian. Pushkarni "
                 "Bank will never ask a student to forward the guardian's OTP, or the guardian to forward the "
                 "student's. After the card is issued, only the Anchor Guardian can raise or lower the Guardian Cap, "
                 "from Guardian View.")

    # ================================================================ limit
    b.heading("8. How the credit limit is set", keep=150)
    b.sidebar_left(
        "What Guardian View shows",
        [
            "The limit, the amount due and the due date of the student's card.",
            "An alert for every spend above the alert amount (Rs. 5,000 at issue).",
            "Merchant-wise spends only if the student chooses to share them.",
            "Requests to approve: international use, EMI of Rs. 15,000 or more, and Seedhi raises above the "
            "Guardian Cap.",
            "A change to the Guardian Cap takes effect within 30 minutes.",
        ],
        [
            ("Anchor-backed amount", "the Anchor Guardian's net monthly income x the variant's Anchor Share "
             "(Table 1)"),
            ("Student's own income", "stipend or scholarship, counted as in Table 1"),
            ("Credit limit", "the total of the two lines above, rounded down to the nearest Rs. 1,000 and kept "
             "within the variant's range"),
            ("Guardian Cap", "if one is set, the limit is the lower of the Guardian Cap and the limit worked out "
             "above"),
            ("Two students, one guardian", "the two limits together cannot be more than 60% of the guardian's "
             "net monthly income"),
            ("Annual Campus Check", "every July the student uploads a fresh bonafide certificate; if it is not "
             "uploaded by 31 August, new spends are blocked until it is"),
        ],
    )
    b.subheading("Worked example", keep=40)
    b.para("Ishita Bhandari is in the first year of an M.Tech and gets a stipend of Rs. 12,500 a month, so she is "
           "offered Udbhav Scholar. Her father Naveen, her Anchor Guardian, has a net income of Rs. 92,500 a month. "
           "The anchor-backed amount is 40% of Rs. 92,500 = Rs. 37,000. Half of her stipend, Rs. 6,250, is added, "
           "making Rs. 43,250, which is rounded down to a credit limit of Rs. 43,000. This is within the Scholar "
           "range of Rs. 25,000 to Rs. 75,000, and Naveen does not set a Guardian Cap.")

    # ================================================================ seedhi
    b.heading("9. The Seedhi credit-builder track", keep=150)
    b.para("Every Udbhav card starts on the Seedhi track. Each rung raises the limit once the student has paid on "
           "time for the stated number of months; the new limit applies from the next statement date.")
    b.label("Rung 1", "after 6 on-time months, the limit goes up by 10%")
    b.label("Rung 2", "after 12 on-time months, a further 15%")
    b.label("Rung 3", "after 18 on-time months, a further 20%")
    b.label("Rung 4", "after 24 on-time months, a further 15%")
    b.label("Rounding and ceiling", "each new limit is rounded down to the nearest Rs. 500 and never goes above "
            "the top of the variant's range; a raise above a Guardian Cap needs the Anchor Guardian's approval "
            "within 7 days, or that rung's raise is skipped")
    b.label("Late payment", "the count of on-time months towards the next rung goes back to zero, but rungs "
            "already reached are kept")
    b.label("Payment 30 or more days late", "the last rung reached is taken away (the limit goes back one step) "
            "and the track is paused for 3 statement cycles")
    b.label("Rung bonus", "250 Udbhav Stars for every rung reached")
    b.staircase([("Start", 43000, "Rs. 43,000"), ("Rung 1 (month 6)", 47000, "Rs. 47,000"),
                 ("Rung 2 (month 12)", 54000, "Rs. 54,000"), ("Rung 3 (month 18)", 64500, "Rs. 64,500"),
                 ("Rung 4 (month 24)", 74000, "Rs. 74,000")],
                "Ishita's limit on the Seedhi track if she pays on time every month (worked example continued)")

    # ================================================================ wallet
    b.heading("10. Parisar Wallet for college fees", keep=90)
    b.label("What it is", "a wallet inside the Kinara app, tied to the Udbhav card, for paying tuition, hostel and "
            "mess fees and campus merchants such as the canteen, bookshop, photocopy counter and college bus")
    b.label("Loading", "free from the student's or the Anchor Guardian's bank account by UPI or net banking; from "
            "the card limit up to Rs. 5,000 a statement cycle, with a 1% load fee and no Udbhav Stars")
    b.label("Wallet limits", "balance of up to Rs. 2,00,000 and loads of up to Rs. 2,50,000 in a calendar month")
    b.label("Fee payments", "to a college on the Parisar network by its institution code; the fee receipt goes to "
            "the student and to the Anchor Guardian's e-mail")
    b.label("Fee Split", "a fee of Rs. 10,000 or more paid from the card (not from the wallet balance) to a Parisar "
            "network college can be split into 3 or 6 monthly instalments at 0% interest; only 2 Fee Splits can "
            "run at a time")
    b.label("Unused balance", "at the Deekshant Switch or on closure, the balance is sent to the bank account last "
            "used for a load, within 5 working days")

    # ================================================================ fees
    b.heading("11. Fees and charges", keep=130)
    b.ruled_table(
        [170, 106, 106, 113],
        ["Charge", "Campus", "Scholar", "Fellow"],
        [
            ["Joining fee", "Nil", "Rs. 299", "Rs. 999"],
            ["Annual fee (from the second year)", "Rs. 199", "Rs. 299", "Rs. 999"],
            ["Cash withdrawal fee", "2.5% (minimum Rs. 300)", "2.5% (minimum Rs. 300)", "2% (minimum Rs. 250)"],
            ["Over-limit fee", "Not applicable; spends over the limit are declined",
             "Not applicable; spends over the limit are declined", "2% of the amount over the limit (minimum "
             "Rs. 400)"],
            ["Foreign currency markup", "3.5%", "3.5%", "1.99%"],
            ["Card-to-wallet load (Parisar Wallet)", "1%", "1%", "1%"],
            ["Fee payment to a college not on the Parisar network", "1% (maximum Rs. 1,500)",
             "1% (maximum Rs. 1,500)", "Free"],
            ["Fee Split processing fee", "Rs. 199", "Rs. 199", "Free"],
            ["Card replacement", "Rs. 100", "Rs. 100", "Free"],
            ["Reward redemption fee", "Rs. 49 per request", "Rs. 49 per request", "Free"],
            ["Duplicate statement", "Rs. 50", "Rs. 50", "Rs. 50"],
            ["Payment return (cheque or auto-debit)", "Rs. 350", "Rs. 350", "Rs. 450"],
        ],
        caption="Table 3: Fees and charges",
    )
    b.para("GST at 18% is added to every fee, charge and interest amount.", size=8.4)
    b.footnote("[3] Grace Tap: once in a card year, the late payment charge is reversed if the minimum amount due "
               "is paid within 3 days after the due date. Such a month still does not count as an on-time month on "
               "the Seedhi track.", need=120)
    b.ruled_table(
        [185, 100, 100, 110],
        ["Total amount due in the statement", "Campus", "Scholar", "Fellow"],
        [
            ["Up to Rs. 500", "Nil", "Nil", "Nil"],
            ["Rs. 501 to Rs. 2,500", "Rs. 100", "Rs. 100", "Rs. 150"],
            ["Rs. 2,501 to Rs. 10,000", "Rs. 300", "Rs. 350", "Rs. 400"],
            ["Rs. 10,001 to Rs. 25,000", "Rs. 500", "Rs. 600", "Rs. 700"],
            ["Above Rs. 25,000", "Rs. 750", "Rs. 900", "Rs. 1,000"],
        ],
        caption="Table 4: Late payment charge slabs (minimum amount due not paid by the due date) [3]",
        group=[("", 1), ("Late payment charge", 3)],
    )

    # ================================================================ benefits
    b.heading("12. Benefits and cashback", keep=120)
    b.para("Cashback is credited in the next statement. Caps are per statement cycle unless the table says "
           "otherwise.")
    b.ruled_table(
        [155, 112, 112, 116],
        ["Benefit", "Campus", "Scholar", "Fellow"],
        [
            ["Textbook and stationery shops", "5% cashback, up to Rs. 150", "5% cashback, up to Rs. 300",
             "5% cashback, up to Rs. 500"],
            ["Food delivery apps", "10% cashback, up to Rs. 100", "10% cashback, up to Rs. 200",
             "10% cashback, up to Rs. 300"],
            ["Online courses and exam registration fees", "2% cashback, up to Rs. 200",
             "3% cashback, up to Rs. 400", "5% cashback, up to Rs. 1,000"],
            ["Laptop and tablet protection (theft or accidental damage, 180 days from purchase)",
             "Up to Rs. 30,000", "Up to Rs. 60,000", "Up to Rs. 1 lakh"],
            ["Personal accident cover (Student Holder)", "Rs. 2 lakh", "Rs. 5 lakh", "Rs. 10 lakh"],
            ["Railway lounge visits", "2 a year", "4 a year", "4 a year"],
            ["Domestic airport lounge visits", "Not included", "Not included", "4 a year"],
            ["Welcome benefit (first spend within 30 days)", "300 Udbhav Stars", "750 Udbhav Stars",
             "1,500 Udbhav Stars"],
        ],
        caption="Table 5: Benefits by variant",
    )

    # ================================================================ rewards
    b.heading("13. Udbhav Stars", keep=60)
    b.label("Earn rate", "1 Star per Rs. 150 on Campus, 2 Stars per Rs. 150 on Scholar, 3 Stars per Rs. 150 on "
            "Fellow")
    b.label("Campus spends from the wallet", "spends at campus merchants paid from the Parisar Wallet earn 1 Star "
            "per Rs. 100 on every variant")
    b.label("Value of 1 Star", "Rs. 0.20 as statement credit, or Rs. 0.30 against book vouchers at Pushkarni "
            "Pustak")
    b.label("Minimum redemption", "500 Stars")
    b.label("Validity", "2 years from the month in which they are earned")
    b.label("Exam Month bonus", "double Stars at bookshops in March and November, up to 1,000 bonus Stars a year")
    b.para("No Stars are earned on fuel, rent, card-to-wallet loads, cash withdrawals, EMI and Fee Split "
           "transactions, or fee payments to colleges.")

    # ================================================================ statements
    b.heading("14. Statements, payments and interest", keep=60)
    b.label("Statement", "the full monthly statement goes to the student; the Anchor Guardian gets a summary with "
            "the amount due and the due date only")
    b.label("Statement date", "the 3rd, 10th, 18th or 25th of the month, chosen at Seal and Sign; it can be "
            "changed once in a card year")
    b.label("Payment due date", "20 days after the statement date")
    b.label("Minimum amount due", "5% of the total amount due or Rs. 200, whichever is higher, plus any EMI and "
            "Fee Split instalments")
    b.label("Reminders", "the Anchor Guardian gets an SMS 5 days before the due date, and again on the day after "
            "it if the minimum amount due is still unpaid")
    b.label("Auto-pay", "the student or the Anchor Guardian can set up an auto-debit for the minimum or the total "
            "amount due; if both set one up, only the one set up later is used")
    b.para("If only part of the bill is paid, interest at the variant's monthly rate is charged on each purchase "
           "from the date of purchase until the dues are fully paid, and new purchases get no interest-free period "
           "until the total amount due is cleared. Interest on cash withdrawals runs from the day of withdrawal.")
    b.subheading("Worked example (Udbhav Scholar)", keep=30)
    b.para("Statement date 18 March. Total amount due Rs. 14,000; minimum amount due Rs. 700. Ishita pays Rs. 9,000 "
           "on 7 April, the due date. Interest at 3.1% a month is charged on the Rs. 5,000 left unpaid - about "
           "Rs. 155 for one month, plus GST - until it is cleared. As the minimum was paid in time, there is no "
           "late payment charge, and March counts as an on-time month on the Seedhi track.")

    # ================================================================ EMI
    b.heading("15. EMI on the card", keep=110)
    b.para("Purchases of Rs. 3,000 or more can be converted into EMI within 30 days of the purchase date. An EMI "
           "of Rs. 15,000 or more needs the Anchor Guardian's approval in Guardian View. The processing fee is 1% "
           "of the amount (minimum Rs. 99) and the foreclosure charge is 2% of the principal still outstanding. "
           "Jewellery, fuel, wallet loads and cash withdrawals cannot be converted.", gap_after=1)
    b.plain_table(
        [LM + 10, LM + 150, LM + 260, LM + 370],
        ["Tenure", "Campus", "Scholar", "Fellow"],
        [
            ["3 months", "13% a year", "12% a year", "11% a year"],
            ["6 months", "14% a year", "13% a year", "12% a year"],
            ["9 months", "15% a year", "14% a year", "13% a year"],
            ["12 months", "16% a year", "15% a year", "14% a year"],
            ["18 months", "Not offered", "16% a year", "15% a year"],
        ],
        caption="EMI interest rates by tenure (reducing balance)",
    )

    # ================================================================ controls
    b.heading("16. Card controls and safety", keep=110)
    b.ruled_table(
        [150, 140, 205],
        ["Control", "At issue", "Who can change it"],
        [
            ["Online payments", "On, up to Rs. 10,000 a transaction", "Student, up to Rs. 25,000 a transaction; "
             "above that, with the Anchor Guardian's approval"],
            ["International use", "Off", "Student, with the Anchor Guardian's approval (a Fellow student can "
             "switch it on alone)"],
            ["Cash withdrawal", "Off", "Student, up to 10% of the limit; the Anchor Guardian is told by SMS"],
            ["Contactless limit per tap", "Rs. 2,000", "Student can lower it, but not raise it"],
            ["Gaming and betting sites", "Always blocked", "Nobody"],
            ["Late-night block (11 pm to 5 am)", "Off", "Anchor Guardian only"],
            ["Spend alert to the guardian", "Spends above Rs. 5,000", "Anchor Guardian, any amount from Rs. 500 to "
             "Rs. 10,000"],
        ],
        caption="Table 6: Card controls",
    )
    b.para("Zero liability applies to unauthorised transactions reported within 3 working days. If reported within "
           "4 to 7 working days, the liability is capped at Rs. 5,000. To block a lost card at once, SMS UBLOCK and "
           "the last 4 digits of the card to 57406 or call the Udbhav Helpline; a replacement card reaches you "
           "within 6 working days.")

    # ================================================================ graduation
    b.heading("17. After the course: the Deekshant Switch", keep=100)
    b.para("When the course ends, the Udbhav card can be converted into a Pushkarni Pragati credit card in the "
           "student's sole name, and the Anchor Guardian is released.", gap_after=2)
    b.numbered("17.1", "from 60 days before to 12 months after the course end date shown on the last bonafide "
               "certificate.", bold_lead="When: ")
    b.numbered("17.2", "at least Rung 2 on the Seedhi track; no payment 30 or more days late in the last 12 "
               "months; and own income of at least Rs. 20,000 a month (salary slip, an offer letter with a joining "
               "date within 90 days, or an income tax return).", bold_lead="Conditions: ")
    b.numbered("17.3", "the higher of the current Udbhav limit and 2 times the student's net monthly income, up "
               "to Rs. 3 lakh. The card number changes; the credit history built on the Udbhav card stays with the "
               "student.", bold_lead="New limit: ")
    b.numbered("17.4", "ends for dues run up from the conversion date; dues from before that date stay joint until "
               "they are paid.", bold_lead="Anchor Guardian's liability: ")
    b.numbered("17.5", "the card continues with the Anchor Guardian for up to 12 months after the course end date; "
               "after that, new spends stop and the account is closed once the dues are paid.",
               bold_lead="If the conditions are not met: ")
    b.numbered("17.6", "a student who joins another course within 6 months of the end of the first can keep the "
               "Udbhav card by uploading a new bonafide certificate; rungs already reached are kept.",
               bold_lead="Higher studies: ")

    # ================================================================ timelines
    b.heading("18. Key timelines", keep=40)
    b.ruled_table(
        [245, 250],
        ["Event", "Timeline"],
        [
            ["Decision after Seal and Sign", "Usually instant; up to 4 working days under manual review (UE-790)"],
            ["Virtual card in the Kinara app", "Within 30 minutes of approval"],
            ["Physical card delivered", "6 working days to a home address, 9 working days to a hostel address"],
            ["Card activation", "Within 45 days of issue, or the card is cancelled and any joining fee refunded"],
            ["Guardian Cap change", "Within 30 minutes"],
            ["Seedhi rung raise", "From the statement date after the rung is reached"],
            ["College fee refund to the Parisar Wallet", "Within 7 working days of the college's refund"],
            ["Dispute of a transaction", "Raise within 45 days of the statement date; resolved within 60 days"],
            ["Card closure", "Within 7 working days once all dues are paid and the wallet balance is returned"],
        ],
        caption="Table 7: Key timelines",
    )

    # ================================================================ FAQ
    b.heading("19. Frequently asked questions", keep=60)
    faqs = [
        ("I turn 18 next month and join college in August. Can I apply now?",
         "No. The student must be at least 18 on the day of applying (19 for Scholar and 21 for Fellow). Apply after "
         "your birthday."),
        ("Can my uncle be my Anchor Guardian?",
         "Only if a court has appointed him your legal guardian; he must upload the court order."),
        ("Will my father see everything I buy?",
         "No. Guardian View shows the limit, the amount due, the due date and alerts for spends above the alert "
         "amount, but not merchant-wise spends unless you choose to share them."),
        ("Can both my parents be Anchor Guardians so that I get a higher limit?",
         "No. There is only one Anchor Guardian per card, and the incomes of two parents cannot be added."),
        ("What if I leave my course midway?",
         "Tell the bank within 30 days. New spends are stopped and the card is closed once the dues are paid; the "
         "Anchor Guardian stays liable for the dues until then."),
    ]
    for i, (q, a) in enumerate(faqs, 1):
        b.ensure(BODY * LEAD * (1 + len(wrap_runs([(a, REG)], RM - LM - 14, BODY))) + 6)
        b.rich([(f"Q{i}. {q}", BOLD)], gap_after=0.5)
        b.para(a, indent=14, gap_after=3.2)

    # ================================================================ contact
    b.heading("20. Contact us and grievance redressal", keep=60)
    b.label("Udbhav Helpline", "1800-309-4471 (toll-free, 24 hours, all 7 days)")
    b.label("WhatsApp", "+91-80471-26390 (send HELLO UDBHAV to start)")
    b.label("E-mail", "udbhav.care@pushkarnibank.example")
    b.label("Website", "www.pushkarnibank.example/udbhav")
    b.label("Post", "Udbhav Card Cell, Pushkarni Bank Ltd., 9 Sarovar Marg, Hubballi 580030")
    b.para("Escalate a complaint one level at a time and keep the complaint number sent to you by SMS.",
           gap_after=2)
    b.ruled_table(
        [56, 196, 140, 103],
        ["Level", "Whom to contact", "When to escalate", "Reply within"],
        [
            ["Level 1", "Udbhav Helpline, e-mail, WhatsApp, or Help > Complaints in the Kinara app",
             "Any complaint", "7 working days"],
            ["Level 2", "Grievance Redressal Officer, Mr. Tushar Vaidyanathan, gro.udbhav@pushkarnibank.example, "
             "0836-227-5010 (9:30 am to 5:30 pm, Monday to Saturday)",
             "No reply within 7 working days, or not satisfied with the Level 1 reply", "10 working days"],
            ["Level 3", "Principal Nodal Officer, Ms. Gurpreet Lalwani, nodal.udbhav@pushkarnibank.example, "
             "0836-227-5099",
             "No reply from Level 2 within 10 working days, or not satisfied", "15 working days"],
            ["Level 4", "Banking Ombudsman of the Reserve Bank of India",
             "Complaint not resolved within 30 days of first lodging it with the bank",
             "As per the Ombudsman scheme"],
        ],
        caption="Table 8: Grievance escalation",
    )

    return b.finish(OUT)


if __name__ == "__main__":
    pages = build()
    print(f"wrote {OUT} ({pages} pages)")
