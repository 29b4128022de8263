"""Build the twenty-second evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card and its
variants, the app and its journey, people, landlords, housing societies,
phone numbers, e-mail addresses, web addresses, codes, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/twenty-second-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign is
written as "Rs." throughout.  Output is deterministic (fixed metadata dates,
no new document id).
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "vellora_kiraya_basera_tenant_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 50.0, 545.0  # left and right margins
TOP = 62.0  # body starts below the running header band
FOOTER_Y = 810.0
BODY_BOTTOM = 796.0  # lowest y for body text on a page without footnotes

REG, BOLD = "helv", "hebo"
BODY = 8.5
LEAD = 1.28
ACCENT = (0.22, 0.20, 0.50)  # indigo
ACCENT_LIGHT = (0.90, 0.90, 0.97)
HEAD_FILL = (0.88, 0.88, 0.96)
AMBER = (0.78, 0.47, 0.06)
AMBER_FILL = (1.0, 0.96, 0.88)
TILE_FILL = (0.965, 0.965, 0.99)
GRID = (0.35, 0.35, 0.45)

HEADER_LEFT = "Vellora Union Bank Ltd.  -  Kiraya Basera Credit Card"
HEADER_RIGHT = "Customer Guide, Version 3.0 (1 October 2025)"
FOOTER_LEFT = "Kiraya Basera: rent and society maintenance on your credit card"


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
            h += len(wrap_runs([(text, REG)], RM - LM - 16, 7.2)) * 7.2 * 1.3 + 2
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

    def rich(self, segments, size=BODY, indent=0.0, first_prefix=None, gap_after=3.6, right=RM):
        x0 = LM + indent
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

    def bullet(self, text, bold_lead=None, indent=13.0):
        segs = [(bold_lead, BOLD)] if bold_lead else []
        segs.append((text, REG))
        self.rich(segs, indent=indent, first_prefix="-", gap_after=1.6)

    def numbered(self, num, text, bold_lead=None, indent=28.0):
        """A clause with a hanging number such as 4.1 or (b)."""
        segs = [(bold_lead, BOLD)] if bold_lead else []
        segs.append((text, REG))
        self.rich(segs, indent=indent, first_prefix=num, gap_after=1.8)

    def label(self, label, value, indent=0.0, right=RM, size=BODY):
        n = len(wrap_runs([(label + ":", BOLD), (value, REG)], right - LM - indent, size))
        self.ensure(n * size * LEAD)  # keep a label line and its wrapped value on one page
        self.rich([(label + ":", BOLD), (value, REG)], indent=indent, gap_after=1.4, right=right, size=size)

    def heading(self, text, size=10.6, keep=0.0):
        """Section heading: white bold text on a full-width indigo band."""
        self.ensure(size * 2 + 40 + keep)
        self.y += 7
        band = pymupdf.Rect(LM, self.y, RM, self.y + size + 7)
        self.page.draw_rect(band, color=ACCENT, fill=ACCENT, width=0)
        self.page.draw_rect(pymupdf.Rect(RM - 40, self.y, RM, self.y + size + 7), color=AMBER, fill=AMBER,
                            width=0)
        self.page.insert_text((LM + 7, self.y + size + 2.2), text, fontname=BOLD, fontsize=size,
                              color=(1, 1, 1))
        self.y = band.y1 + 3

    def subheading(self, text, size=9.4, keep=32.0):
        self.ensure(size * 1.5 + keep)
        self.y += 4 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size, color=ACCENT)
        self.page.draw_line((LM, self.y + 2.5), (LM + tl(text, BOLD, size), self.y + 2.5), color=AMBER,
                            width=0.8)
        self.y += 4

    # ------------------------------------------------------- special blocks
    def tiles(self, items, cols=4, size=8.2, gap=6.0):
        """A grid of tiles with an amber bar on the left edge, a small capital label and a value."""
        w = (RM - LM - gap * (cols - 1)) / cols
        lh = size * 1.28
        rows = [items[i:i + cols] for i in range(0, len(items), cols)]
        for row in rows:
            laid = [(wrap_runs([(lab.upper(), BOLD)], w - 16, size - 1.4),
                     wrap_runs([(val, REG)], w - 16, size)) for lab, val in row]
            h = max(len(a) * (size - 1.4) * 1.3 + len(b) * lh for a, b in laid) + 13
            self.ensure(h + gap)
            for k, (lab_lines, val_lines) in enumerate(laid):
                x = LM + k * (w + gap)
                r = pymupdf.Rect(x, self.y, x + w, self.y + h)
                self.page.draw_rect(r, color=(0.78, 0.78, 0.88), fill=TILE_FILL, width=0.5)
                self.page.draw_rect(pymupdf.Rect(x, self.y, x + 3.5, self.y + h), color=AMBER, fill=AMBER,
                                    width=0)
                y = self.y + 3
                for runs in lab_lines:
                    y += (size - 1.4) * 1.3
                    self.draw_runs(x + 9, y, runs, size - 1.4, color=ACCENT)
                y += 1.5
                for runs in val_lines:
                    y += lh
                    self.draw_runs(x + 9, y, runs, size)
            self.y += h + gap
        self.y += 1

    def deflist(self, items, size=BODY, indent=18.0):
        """Stacked definition list: the term on its own line, the definition indented beneath it."""
        lh = size * LEAD
        for term, definition in items:
            dlines = wrap_runs([(definition, REG)], RM - LM - indent, size)
            self.ensure((len(dlines) + 1) * lh + 4)
            self.y += lh
            self.page.draw_rect(pymupdf.Rect(LM, self.y - size * 0.3 - 5.2, LM + 4, self.y - size * 0.3 - 1.2),
                                color=AMBER, fill=AMBER, width=0)
            self.draw_runs(LM + 8, self.y - size * 0.3, [(term, BOLD)], size, color=ACCENT)
            for runs in dlines:
                self.y += lh
                self.draw_runs(LM + indent, self.y - size * 0.3, runs, size)
            self.y += 2.5
        self.y += 2

    def checklist(self, groups, size=8.3, gutter=10.0):
        """Documents checklist: three framed columns, each with a title and empty tick boxes."""
        n = len(groups)
        colw = (RM - LM - gutter * (n - 1)) / n
        lh = size * 1.3
        laid = []
        for title, items in groups:
            tlines = wrap_runs([(title, BOLD)], colw - 12, size + 0.3)
            ilines = [wrap_runs([(it, REG)], colw - 26, size) for it in items]
            h = len(tlines) * lh + 8 + sum(len(x) * lh + 3 for x in ilines) + 8
            laid.append((tlines, ilines, h))
        hmax = max(h for _, _, h in laid)
        self.ensure(hmax + 8)
        top = self.y + 3
        for k, (tlines, ilines, _) in enumerate(laid):
            x = LM + k * (colw + gutter)
            r = pymupdf.Rect(x, top, x + colw, top + hmax)
            self.page.draw_rect(r, color=(0.6, 0.6, 0.72), width=0.6)
            th = len(tlines) * lh + 6
            self.page.draw_rect(pymupdf.Rect(x, top, x + colw, top + th), color=(0.6, 0.6, 0.72), fill=HEAD_FILL,
                                width=0.6)
            y = top + 1
            for runs in tlines:
                y += lh
                self.draw_runs(x + 6, y - 1, runs, size + 0.3, color=ACCENT)
            y = top + th + 2
            for lines in ilines:
                for i, runs in enumerate(lines):
                    y += lh
                    if i == 0:
                        self.page.draw_rect(pymupdf.Rect(x + 7, y - size * 0.3 - 6.8, x + 14, y - size * 0.3 + 0.2),
                                            color=(0.15, 0.15, 0.2), width=0.7)
                    self.draw_runs(x + 20, y - size * 0.3, runs, size)
                y += 3
        self.y = top + hmax + 5

    def circle_strip(self, names, size=7.6):
        """Process strip: numbered circles joined by a line, each with the stage name under it."""
        n = len(names)
        w = (RM - LM) / n
        rad = 10.0
        self.ensure(52)
        cy = self.y + 6 + rad
        self.page.draw_line((LM + w / 2, cy), (RM - w / 2, cy), color=AMBER, width=2.0)
        for i, name in enumerate(names):
            cx = LM + w * i + w / 2
            self.page.draw_circle((cx, cy), rad, color=ACCENT, fill=ACCENT, width=0)
            num = str(i + 1)
            self.page.insert_text((cx - tl(num, BOLD, 9) / 2, cy + 3.2), num, fontname=BOLD, fontsize=9,
                                  color=(1, 1, 1))
            yy = cy + rad + 10
            for runs in wrap_runs([(name, BOLD)], w - 6, size):
                txt = "".join(t for t, _ in runs)
                self.page.insert_text((cx - tl(txt, BOLD, size) / 2, yy), txt, fontname=BOLD, fontsize=size,
                                      color=ACCENT)
                yy += size * 1.2
        self.y = cy + rad + 26

    def cycle_line(self, marks, title, size=7.5):
        """A horizontal time line with tick marks; each mark has a bold label above and a note below."""
        self.ensure(64)
        self.y += size * 1.4
        self.page.insert_text((LM, self.y), title, fontname=BOLD, fontsize=size + 0.8, color=ACCENT)
        n = len(marks)
        w = (RM - LM) / n
        base = self.y + 22
        self.page.draw_line((LM + 4, base), (RM - 4, base), color=GRID, width=1.0)
        for i, (lab, note) in enumerate(marks):
            cx = LM + w * i + w / 2
            self.page.draw_rect(pymupdf.Rect(cx - 3, base - 3, cx + 3, base + 3), color=AMBER, fill=AMBER, width=0)
            self.page.insert_text((cx - tl(lab, BOLD, size) / 2, base - 7), lab, fontname=BOLD, fontsize=size)
            yy = base + 11
            for runs in wrap_runs([(note, REG)], w - 8, size):
                txt = "".join(t for t, _ in runs)
                self.page.insert_text((cx - tl(txt, REG, size) / 2, yy), txt, fontname=REG, fontsize=size)
                yy += size * 1.2
        self.y = base + 28

    def stage(self, n, name, body, rules):
        """One onboarding stage: a framed box with a shaded title band, a paragraph and rule lines."""
        size = BODY
        x0 = LM + 8
        lines = wrap_runs([(body, REG)], RM - x0 - 8, size)
        rule_lines = [wrap_runs([(lab + ":", BOLD), (val, REG)], RM - x0 - 22, size) for lab, val in rules]
        band = 15.0
        h = band + 4 + len(lines) * size * LEAD + sum(len(r) for r in rule_lines) * size * LEAD + 7
        self.ensure(h + 6)
        top = self.y + 3
        r = pymupdf.Rect(LM, top, RM, top + h)
        self.page.draw_rect(r, color=ACCENT, width=0.7)
        self.page.draw_rect(pymupdf.Rect(LM, top, RM, top + band), color=ACCENT, fill=ACCENT_LIGHT, width=0.7)
        tag = f"STAGE {n}"
        self.page.insert_text((x0, top + 10.8), tag, fontname=BOLD, fontsize=8, color=AMBER)
        self.page.insert_text((x0 + tl(tag, BOLD, 8) + 8, top + 10.8), name, fontname=BOLD, fontsize=9.6,
                              color=ACCENT)
        y = top + band + 2
        for runs in lines:
            y += size * LEAD
            self.draw_runs(x0, y - size * 0.3, runs, size)
        y += 1
        for rl in rule_lines:
            for i, runs in enumerate(rl):
                y += size * LEAD
                if i == 0:
                    self.page.insert_text((x0 + 3, y - size * 0.3), ">", fontname=BOLD, fontsize=size, color=AMBER)
                self.draw_runs(x0 + 12, y - size * 0.3, runs, size)
        self.y = r.y1 + 3

    def sidebar_left(self, title, side_items, main, side_w=170.0, gap=14.0, size=8.2):
        """A shaded sidebar of numbered short rules on the LEFT, with label/value lines to its right."""
        inner = side_w - 26
        body = [wrap_runs([(t, REG)], inner, size) for t in side_items]
        h = 10 + size * 1.6 + sum(len(b) for b in body) * size * 1.3 + len(body) * 3 + 6
        self.ensure(h + 8)
        top = self.y + 3
        r = pymupdf.Rect(LM, top, LM + side_w, top + h)
        self.page.draw_rect(r, color=AMBER, fill=AMBER_FILL, width=0.7)
        self.page.draw_line((LM, top), (LM + side_w, top), color=AMBER, width=2.5)
        y = top + 6 + size * 1.2
        self.page.insert_text((LM + 8, y), title, fontname=BOLD, fontsize=size + 0.9, color=AMBER)
        y += 4
        for k, lines in enumerate(body, 1):
            for i, runs in enumerate(lines):
                y += size * 1.3
                if i == 0:
                    self.page.insert_text((LM + 8, y), f"{k}.", fontname=BOLD, fontsize=size, color=AMBER)
                self.draw_runs(LM + 20, y, runs, size)
            y += 3
        self.y = top - 2
        for lab, val in main:
            self.label(lab, val, indent=side_w + gap)
        self.y = max(self.y, r.y1) + 5

    def receipt(self, title, left, right, note, size=8.2):
        """A mock-up of a rent receipt: a double frame, a title bar and two aligned columns of fields."""
        lh = size * 1.45
        rows = max(len(left), len(right))
        h = 20 + rows * lh + 8 + size * 1.4 + 6
        self.ensure(h + 8)
        top = self.y + 4
        outer = pymupdf.Rect(LM + 30, top, RM - 30, top + h)
        self.page.draw_rect(outer, color=GRID, width=1.1)
        self.page.draw_rect(pymupdf.Rect(outer.x0 + 2.5, top + 2.5, outer.x1 - 2.5, top + h - 2.5), color=GRID,
                            width=0.4)
        self.page.draw_rect(pymupdf.Rect(outer.x0 + 2.5, top + 2.5, outer.x1 - 2.5, top + 17), color=GRID,
                            fill=HEAD_FILL, width=0.4)
        self.page.insert_text((outer.x0 + 10, top + 13), title, fontname=BOLD, fontsize=size + 0.6, color=ACCENT)
        mid = (outer.x0 + outer.x1) / 2
        for x, items, labw in ((outer.x0 + 10, left, 78), (mid + 6, right, 70)):
            y = top + 20
            for lab, val in items:
                y += lh
                self.page.insert_text((x, y), lab, fontname=BOLD, fontsize=size)
                self.page.insert_text((x + labw, y), val, fontname=REG, fontsize=size)
        y = top + 20 + rows * lh + 6
        self.page.draw_line((outer.x0 + 10, y), (outer.x1 - 10, y), color=(0.7, 0.7, 0.7), width=0.4,
                            dashes="[2 2] 0")
        y += size * 1.4
        self.page.insert_text((outer.x0 + 10, y), note, fontname=REG, fontsize=size - 0.6,
                              color=(0.25, 0.25, 0.3))
        self.y = top + h + 6

    # ----------------------------------------------------------------- tables
    def ruled_table(self, widths, header, rows, size=8.0, pad=2.8, caption=None, group=None):
        """Ruled table. `group` is an optional list of (text, span) cells drawn above the header row;
        a cell with text spans its columns and is shaded; an empty one is left blank."""
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
                if text:
                    r = pymupdf.Rect(x0, self.y, x1, self.y + grp_h)
                    self.page.draw_rect(r, color=GRID, fill=AMBER_FILL, width=0.6)
                    self.page.insert_text(((x0 + x1) / 2 - tl(text, BOLD, size) / 2, self.y + pad + size * 0.95),
                                          text, fontname=BOLD, fontsize=size, color=AMBER)
                col += span
            self.y += grp_h

        def draw_row(wrapped, h, fill=None, colour=(0, 0, 0)):
            for i, wl in enumerate(wrapped):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h)
                self.page.draw_rect(r, color=GRID, fill=fill, width=0.6)
                yy = self.y + pad + size * 0.95
                for runs in wl:
                    self.draw_runs(xs[i] + pad, yy, runs, size, color=colour)
                    yy += lh
            self.y += h

        if caption:
            self.ensure(size * 2 + grp_h + hdr_h + 34)
            self.y += size * 1.4
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.6, color=ACCENT)
            self.y += 4
        self.ensure(grp_h + hdr_h + layout(rows[0], REG)[1])
        draw_group()
        draw_row(hdr_wrapped, hdr_h, fill=HEAD_FILL, colour=ACCENT)
        for k, row in enumerate(rows):
            wrapped, h = layout(row, REG)
            if self.y + h > self.bottom():
                self.new_page()
                self.page.insert_text((LM, self.y + size), (caption or "Table") + " (continued)",
                                      fontname=BOLD, fontsize=size + 0.6, color=ACCENT)
                self.y += size + 6
                draw_group()
                draw_row(hdr_wrapped, hdr_h, fill=HEAD_FILL, colour=ACCENT)
            fill = (0.975, 0.975, 0.995) if k % 2 else None
            draw_row(wrapped, h, fill=fill)
        self.y += 6

    def plain_table(self, col_x, header, rows, size=8.4, caption=None):
        """Unruled table: cells are placed at fixed x positions and no lines are drawn."""
        lh = size * 1.3
        widths = [col_x[i + 1] - col_x[i] - 10 for i in range(len(col_x) - 1)] + [RM - col_x[-1]]

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(w) for w in wrapped) * lh + 2.2

        hw, hh = layout(header, BOLD)
        if caption:
            self.ensure(size * 2 + hh + 46)
            self.y += size * 1.4
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.4, color=ACCENT)
            self.y += 5
        self.ensure(hh + 40)
        for k, (wrapped, h) in enumerate([(hw, hh)] + [layout(r, REG) for r in rows]):
            if k and self.y + h > self.bottom():  # continue on a new page under a repeated header row
                self.new_page()
                for x, wl in zip(col_x, hw):
                    yy = self.y + size
                    for runs in wl:
                        self.draw_runs(x, yy, runs, size, color=ACCENT)
                        yy += lh
                self.y += hh + 1.6
            for x, wl in zip(col_x, wrapped):
                yy = self.y + size
                for runs in wl:
                    self.draw_runs(x, yy, runs, size, color=ACCENT if k == 0 else (0, 0, 0))
                    yy += lh
            self.y += h + 1.6
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
                        self.page.insert_text((x + 1, y - size * 0.3), "-", fontname=BOLD, fontsize=size,
                                              color=AMBER)
                    self.draw_runs(x + ind, y - size * 0.3, runs, size)
                y += 3
        mid = LM + colw + gutter / 2
        self.page.draw_line((mid, top + 4), (mid, top + max(lhgt, rhgt)), color=AMBER, width=0.6)
        self.y = top + max(lhgt, rhgt) + 5

    def boxed_note(self, title, text, size=8.4):
        """A note in a dashed frame with a title."""
        lines = wrap_runs([(text, REG)], RM - LM - 20, size)
        h = 8 + (size + 2) * 1.3 + len(lines) * size * 1.35 + 6
        self.ensure(h + 6)
        r = pymupdf.Rect(LM, self.y + 3, RM, self.y + 3 + h)
        self.page.draw_rect(r, color=AMBER, fill=AMBER_FILL, width=1.1, dashes="[4 2] 0")
        y = r.y0 + 6 + size * 1.2
        self.page.insert_text((LM + 10, y), title, fontname=BOLD, fontsize=size + 0.5, color=AMBER)
        y += 3
        for runs in lines:
            y += size * 1.35
            self.draw_runs(LM + 10, y, runs, size)
        self.y = r.y1 + 5

    # ----------------------------------------------------------------- finish
    def finish(self, path):
        n = self.doc.page_count
        for page in self.doc:
            page.draw_rect(pymupdf.Rect(LM, 24, RM, 42), color=ACCENT_LIGHT, fill=ACCENT_LIGHT, width=0)
            page.draw_rect(pymupdf.Rect(LM, 24, LM + 4, 42), color=ACCENT, fill=ACCENT, width=0)
            page.insert_text((LM + 10, 36), HEADER_LEFT, fontname=BOLD, fontsize=7.6, color=ACCENT)
            page.insert_text((RM - 6 - tl(HEADER_RIGHT, REG, 7.4), 36), HEADER_RIGHT, fontname=REG, fontsize=7.4,
                             color=(0.3, 0.3, 0.4))
            notes = self.footnotes.get(page.number, [])
            if notes:
                y = BODY_BOTTOM - self.foot_height(page.number) + 12
                page.draw_line((LM, y - 2), (LM + 150, y - 2), color=(0.5, 0.5, 0.55), width=0.4)
                for text in notes:
                    mark, rest = text.split(" ", 1)
                    first = True
                    for runs in wrap_runs([(rest, REG)], RM - LM - 16, 7.2):
                        y += 7.2 * 1.3
                        if first:
                            page.insert_text((LM, y), mark, fontname=BOLD, fontsize=7.2, color=AMBER)
                            first = False
                        x = LM + 16
                        for t, f in runs:
                            page.insert_text((x, y), t, fontname=f, fontsize=7.2, color=(0.15, 0.15, 0.2))
                            x += tl(t, f, 7.2)
                    y += 2
            page.draw_line((LM, FOOTER_Y), (RM, FOOTER_Y), color=ACCENT, width=0.6)
            footer = f"Page {page.number + 1} of {n}"
            page.insert_text(((LM + RM) / 2 - tl(footer, BOLD, 8) / 2, FOOTER_Y + 12), footer, fontname=BOLD,
                             fontsize=8, color=ACCENT)
            page.insert_text((LM, FOOTER_Y + 12), FOOTER_LEFT, fontname=REG, fontsize=6.8,
                             color=(0.4, 0.4, 0.45))
            right = "Fictional document"
            page.insert_text((RM - tl(right, REG, 6.8), FOOTER_Y + 12), right, fontname=REG, fontsize=6.8,
                             color=(0.4, 0.4, 0.45))
        self.doc.set_metadata({
            "title": "Vellora Kiraya Basera Credit Card for Tenants - Customer Guide (fictional)",
            "author": "Vellora Union Bank Ltd. (fictional)",
            "subject": "Customer guide for a fictional credit card that pays rent and housing-society maintenance",
            "keywords": "fictional, evaluation, credit card, tenant, rent, maintenance, landlord, security deposit",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": "D:20251001000000+05'30'",
            "modDate": "D:20251001000000+05'30'",
        })
        self.doc.save(path, garbage=4, deflate=True, clean=True, no_new_id=True)
        return n


def build():
    b = Builder()

    # ================================================================ title
    b.page.insert_text((LM, b.y + 6), "VELLORA UNION BANK LTD.", fontname=BOLD, fontsize=9.6, color=AMBER)
    b.y += 29
    b.page.insert_text((LM, b.y), "Kiraya Basera Credit Card", fontname=BOLD, fontsize=21, color=ACCENT)
    b.y += 15
    b.y -= 4
    b.para("Pay your monthly rent and housing-society maintenance on a credit card - customer guide to the Basera "
           "Studio, Basera Suite and Basera Terrace variants", size=9.2, gap_after=2)
    b.para("Version 3.0, effective 1 October 2025. It replaces version 2.2 dated 1 March 2025. Every name, "
           "number and rule in this guide is fictional.", size=7.8, gap_after=4)
    b.para("The Kiraya Basera Credit Card is issued by Vellora Union Bank Ltd. to people who live in a rented home. "
           "Besides ordinary card spends, it pays your monthly rent straight into your landlord's bank account "
           "and your housing-society maintenance to the society, on a date you choose, so that you get up to 48 "
           "days to pay the bank. Before the first rent payment the landlord is verified through OwnerOK. "
           "Every rent payment earns Basera Bricks and a RentPatra rent receipt, and the security deposit for a "
           "new home can be paid in monthly instalments with Deposit Ease. You apply in the Vellora Chhatri app "
           "through a six-stage journey called the Chaabi Trail.")

    b.heading("1. The card at a glance")
    b.tiles([
        ("Issuer", "Vellora Union Bank Ltd., Neelkamal Chambers, 14 Chamundi Hill Road, Mysuru 570010"),
        ("Variants", "Basera Studio, Basera Suite and Basera Terrace"),
        ("Credit limit", "Rs. 60,000 (Studio, lowest) to Rs. 10,00,000 (Terrace, highest)"),
        ("Monthly rent you can pay", "Rs. 8,000 to Rs. 2,50,000, to one verified landlord"),
        ("Rent Convenience Fee", "0.8% to 1.25% of each rent payment, with a cap per payment"),
        ("Interest-free period", "18 to 48 days on purchases and rent"),
        ("Card network", "RuPay (Studio and Suite), Visa (Terrace)"),
        ("Mobile app", "Vellora Chhatri, for Android and iOS"),
    ])
    b.label("Basera Care helpline", "1800-266-3158 (toll-free, 8 am to 10 pm, all 7 days); to block a lost card, "
            "SMS BASERABLOCK <last 4 digits> to 57392 at any hour")

    # ================================================================ variants
    b.heading("2. Variants", keep=150)
    b.ruled_table(
        [127, 120, 120, 128],
        ["Feature", "Basera Studio (first rented home)", "Basera Suite (family flat)",
         "Basera Terrace (premium homes)"],
        [
            ["Net monthly income", "Rs. 30,000 to Rs. 60,000", "Rs. 60,001 to Rs. 1,50,000", "Above Rs. 1,50,000"],
            ["Limit multiple (times net monthly income)", "2 times", "3 times", "4 times"],
            ["Credit limit range", "Rs. 60,000 to Rs. 1,20,000", "Rs. 1,80,000 to Rs. 4,50,000",
             "Rs. 6,00,000 to Rs. 10,00,000"],
            ["Monthly rent that can be scheduled", "Rs. 8,000 to Rs. 40,000", "Rs. 8,000 to Rs. 1,20,000",
             "Rs. 8,000 to Rs. 2,50,000"],
            ["Joining fee", "Rs. 299", "Rs. 999", "Rs. 2,999"],
            ["Annual fee (from the second year)", "Rs. 299", "Rs. 999", "Rs. 2,999"],
            ["Annual fee waived if spends (rent and maintenance excluded) in the card year reach", "Rs. 75,000",
             "Rs. 2 lakh", "Rs. 5 lakh"],
            ["Interest on revolving dues and cash", "3.6% a month (43.2% a year)", "3.4% a month (40.8% a year)",
             "2.95% a month (35.4% a year)"],
        ],
        caption="Table 1: Variants compared",
    )
    b.para("The variant follows your net monthly income (section 8). You can move up a variant once a card year, "
           "in the month of your card anniversary, if your income has grown into the next slab; the joining fee "
           "of the new variant is not charged for the move.", size=8.3)

    # ================================================================ words used
    b.heading("3. Words used in this guide", keep=20)
    b.deflist([
        ("Tenant Cardholder", "The person who applies, lives in the rented home, holds the card and is liable "
         "for every rent, maintenance and card payment made on it."),
        ("Landlord", "The owner (or up to 2 co-owners) of the rented home whose bank account receives the rent."),
        ("OwnerOK", "The landlord check: a Rs. 1 test credit to the landlord's account with a name match of at "
         "least 80%, and a confirmation link that the landlord must accept on his or her own phone."),
        ("RentRhythm", "The rent-payment schedule. On the payout date you choose, the card pays the rent to the "
         "verified landlord by IMPS."),
        ("SocietySync", "The schedule that pays housing-society maintenance to a registered society, monthly or "
         "quarterly."),
        ("Rent Earmark", "The amount of the next rent or maintenance payment, with its fee and GST, held from "
         "your available limit 3 days before the payout date."),
        ("Rent Ceiling", "The most you can schedule in a month for rent and maintenance together: 45% of your "
         "credit limit."),
        ("Deposit Ease", "The plan that pays a security deposit to the landlord in one go and lets you repay it "
         "in monthly instalments."),
        ("Basera Bricks", "The reward points of the card. Bricks on rent and maintenance have a monthly cap."),
        ("RentPatra", "The rent receipt created in the app for every successful rent payment; the Rent Ledger is "
         "the yearly statement of all of them."),
    ])

    # ================================================================ eligibility
    b.heading("4. Eligibility and exclusions", keep=60)
    b.subheading("Who can apply", keep=40)
    b.numbered("4.1", "Indian resident aged 21 to 60 years who lives in a rented home in one of the 42 "
               "Kiraya Basera cities listed in the app.", bold_lead="Age and residence: ")
    b.numbered("4.2", "salaried with a net monthly income of at least Rs. 30,000, or self-employed with an income "
               "of at least Rs. 4.8 lakh a year in the last income tax return.", bold_lead="Income: ")
    b.numbered("4.3", "a credit bureau score of 700 or above. An applicant with no credit history can apply "
               "for Basera Studio only.", bold_lead="Credit history: ")
    b.numbered("4.4", "a registered or notarised rent agreement in the applicant's name with at least 3 months "
               "still to run, for a monthly rent of Rs. 8,000 or more.", bold_lead="Rent agreement: ")
    b.subheading("What the card will not pay", keep=40)
    b.numbered("(a)", "Rent to your spouse, parent, child, brother or sister, or to any landlord whose PAN is "
               "the same as yours.")
    b.numbered("(b)", "Rent for a shop, office, godown or any other commercial premises.")
    b.numbered("(c)", "Paying-guest or hostel charges, unless the operator has a GSTIN and issues a tax invoice.")
    b.numbered("(d)", "Rent into a landlord's NRE account, a wallet or a prepaid card. NRO accounts are accepted.")
    b.numbered("(e)", "Rent for a home leased by your employer, where the employer pays the landlord.")
    b.para("An applicant with a loan or card settled or written off in the last 24 months cannot apply.",
           size=8.3, gap_after=2)

    # ================================================================ documents
    b.heading("5. Documents checklist", keep=150)
    b.para("Tick each item before you start. Income checks run through Account Aggregator consent, so paper "
           "copies are needed only when an online check fails.", gap_after=1)
    b.checklist([
        ("You (Tenant Cardholder)", [
            "PAN (compulsory)",
            "Aadhaar for OTP KYC, or a passport for video KYC",
            "Salaried: last 3 salary slips or 6 months of bank statements",
            "Self-employed: income tax returns of the last 2 years",
            "Rent agreement, registered or notarised, with 3 months or more left",
        ]),
        ("Your landlord", [
            "Full name exactly as in the bank account",
            "Bank account number and IFSC",
            "Landlord's PAN, needed when the rent is above Rs. 1,00,000 a year [1]",
            "Mobile number, to receive the OwnerOK link",
        ]),
        ("Housing society (maintenance only)", [
            "Registered name and registration number",
            "Society Code from the app's list, or the society's bank account and IFSC",
            "Latest maintenance bill, not older than 90 days",
        ]),
    ])
    b.footnote("[1] If the landlord has no PAN, the landlord signs a no-PAN declaration (Form LD-2) in the "
               "OwnerOK link, and the rent that can be scheduled is then limited to Rs. 8,333 a month.", need=20)
    b.boxed_note("Your landlord confirms on his or her own phone",
                 "You cannot accept the OwnerOK link for your landlord, and the bank will never ask the landlord "
                 "to share an OTP with you. Rent is paid only into an account that has passed OwnerOK. If the "
                 "landlord's account or the rent agreement changes, the new details must pass OwnerOK again.")

    # ================================================================ onboarding
    b.heading("6. Applying in the app: the Chaabi Trail", keep=150)
    b.para("The application runs in six stages in the Vellora Chhatri app. A stage must be finished before the "
           "next one opens. Your progress is saved at the end of every stage except Porch.", gap_after=0)
    b.circle_strip(["Porch", "Badge", "Paycheck", "Landlord Link", "Lens Call", "Keyturn"])
    b.stage(1, "Porch",
            "Enter the mobile number linked to your Aadhaar, confirm it with a one-time password (OTP) and give "
            "consent for a credit bureau check.",
            [("OTP valid for", "2 minutes"),
             ("Retries", "4 OTP resends; after that the number is locked for 45 minutes (halt code CT-101)"),
             ("If you drop off", "nothing is saved; start again from Porch")])
    b.stage(2, "Badge",
            "Add your PAN, complete KYC through DigiLocker or Aadhaar OTP, and take a live selfie.",
            [("Time limit", "20 minutes per session"),
             ("Retries", "3 selfie tries (then CT-233); 2 tries to match the name on PAN and Aadhaar (then "
              "CT-205)"),
             ("If you drop off", "the draft is kept for 5 days; a resume link is sent by SMS and e-mail")])
    b.stage(3, "Paycheck",
            "Share 6 months of bank statements through Account Aggregator consent, or upload salary slips or "
            "income tax returns.",
            [("Uploads", "PDF files only, up to 8 MB each; 2 uploads allowed per document"),
             ("If you drop off", "the draft is kept for 12 days")])
    b.stage(4, "Landlord Link",
            "Enter your landlord's details and upload the rent agreement. The bank sends Rs. 1 to the landlord's "
            "account to check the name, then sends the OwnerOK link to the landlord's mobile.",
            [("Name match", "at least 80% between the bank account name and the rent agreement; 2 tries (then "
              "CT-422)"),
             ("OwnerOK link valid for", "96 hours; it can be resent once"),
             ("If the landlord does not confirm", "halt code CT-418; you may go on, and the card is issued with "
              "RentRhythm locked until the landlord confirms, within 60 days of card issue"),
             ("If you drop off", "the draft is kept for 12 days")])
    b.stage(5, "Lens Call",
            "A video KYC call with a bank officer, booked in the app. Slots run from 9 am to 9 pm, Monday to "
            "Saturday.",
            [("Joining the call", "within 5 minutes of the start of the booked slot"),
             ("Retries", "3 missed slots; after that halt code CT-507 and KYC at a branch or a doorstep visit"),
             ("If you drop off", "the approved-in-principle offer is held for 21 days")])
    b.stage(6, "Keyturn",
            "Review the variant and credit limit offered, pick the RentRhythm payout date and the statement date, "
            "and e-sign the card agreement with an Aadhaar OTP.",
            [("E-sign link valid for", "12 hours; a new link can be asked for on the same screen"),
             ("If you drop off", "the offer lapses 21 days after Lens Call; you can apply again after 45 days")])

    # ================================================================ help
    b.heading("7. Halt codes and getting help", keep=40)
    b.ruled_table(
        [56, 207, 232],
        ["Code", "What it means", "What to do next"],
        [
            ["CT-101", "Too many OTP resends at Porch", "Wait 45 minutes and start again"],
            ["CT-205", "Name on PAN does not match the name on Aadhaar",
             "Correct the PAN record, then restart Badge"],
            ["CT-233", "Live selfie could not be matched after 3 tries",
             "Move to good light and try again after 2 hours, or choose video KYC at Lens Call"],
            ["CT-312", "Net monthly income below Rs. 30,000",
             "Apply again after 6 months, or apply for the Vellora Suraksha secured card"],
            ["CT-340", "Bank statements could not be read or consent was declined",
             "Upload a clear PDF of up to 8 MB, or give Account Aggregator consent again"],
            ["CT-418", "Landlord did not confirm the OwnerOK link within 96 hours",
             "Ask the landlord to confirm from Cards > Kiraya Basera > Landlord, or to visit any branch with PAN "
             "and a property tax receipt"],
            ["CT-422", "Landlord's bank account name does not match the rent agreement",
             "Check the account number and IFSC, or add the co-owner who holds the account"],
            ["CT-431", "Rent agreement has less than 3 months to run or has expired",
             "Upload the renewed agreement"],
            ["CT-455", "Landlord is a close relative, or has the same PAN as you", "Not allowed; the card can be "
             "used for other spends only"],
            ["CT-507", "Lens Call missed 3 times", "Book a branch KYC or a doorstep visit"],
            ["CT-612", "E-sign failed or the link expired", "Ask for a new e-sign link on the Keyturn screen"],
            ["CT-690", "Application sent for manual review", "No action; a decision is sent within 4 working "
             "days"],
        ],
        caption="Table 2: Halt codes on the Chaabi Trail",
    )

    b.two_columns(
        [
            ("h", "Help from anywhere"),
            ("b", "Basera Sahayak chat in the Vellora Chhatri app, 24 x 7."),
            ("b", "Basera Care helpline 1800-266-3158, toll-free, 8 am to 10 pm, all 7 days."),
            ("b", "WhatsApp +91-90045-61180; send HELLO BASERA to begin."),
            ("b", "E-mail basera.care@vellorabank.example; reply within 3 working days."),
            ("b", "Screen Assist: an agent can see and guide your app screen once you read out the 8-character "
                  "Assist Code from Help > Screen Assist. The code is valid for 15 minutes."),
        ],
        [
            ("h", "Help in person"),
            ("b", "Tenant Corner desks at 85 Vellora branches, Monday to Friday, 4 pm to 7 pm."),
            ("b", "Doorstep KYC visit: Rs. 199 a visit, free for Basera Terrace applicants."),
            ("b", "A landlord who cannot use the OwnerOK link can confirm at any Vellora branch with PAN and a "
                  "property tax receipt; RentRhythm unlocks within 1 working day."),
            ("b", "Branch KYC after CT-507 needs an appointment booked in the app."),
        ],
    )



    # ================================================================ limit
    b.heading("8. How your credit limit is set", keep=170)
    b.sidebar_left(
        "Limit rules in brief",
        [
            "Rent plus maintenance scheduled in a month: at most 45% of the limit (Rent Ceiling).",
            "Deposit Ease: at most 3 times the monthly rent and 60% of the limit.",
            "The Rent Earmark is held 3 days before each payout date.",
            "A limit increase is offered after 6 on-time rent payments in a row.",
        ],
        [
            ("Counted income", "net monthly income from salary slips, bank statements or income tax returns; "
             "rent you receive from a property you own is not counted"),
            ("Limit", "net monthly income x the variant's limit multiple (Table 1), rounded down to the nearest "
             "Rs. 5,000 and kept within the variant's range"),
            ("Bureau check", "the bank may set a lower limit after the credit bureau check, but never below the "
             "bottom of the variant's range"),
            ("Limit review", "every 12 months, on your spends, rent payments and repayments"),
        ],
    )
    b.subheading("Worked example", keep=40)
    b.para("Ishaan Barbhuiya, a salaried tenant, has a net monthly income of Rs. 82,000, which puts him in the Suite "
           "slab. His limit is 3 x Rs. 82,000 = Rs. 2,46,000, rounded down to Rs. 2,45,000. His monthly rent is "
           "Rs. 28,500 and his maintenance to Gulmohar Heights CHS is Rs. 3,200, together Rs. 31,700, well within "
           "his Rent Ceiling of Rs. 1,10,250 (45% of the limit). His landlord asks for a deposit of Rs. 85,500. "
           "Deposit Ease allows up to 3 times the rent (Rs. 85,500) and up to 60% of the limit (Rs. 1,47,000), so "
           "the full deposit can be paid. After the deposit is paid his available limit is Rs. 1,59,500. His "
           "payout date is the 5th, so on the 2nd of each month Rs. 32,055 (rent, maintenance, the two fees and "
           "GST, rounded to the rupee) is earmarked.")

    # ================================================================ rent payments
    b.heading("9. Paying rent and maintenance", keep=30)
    b.subheading("RentRhythm (rent)", keep=40)
    b.label("Payout date", "any day from the 1st to the 10th of the month, chosen at Keyturn; it can be "
            "changed once every 3 months")
    b.label("How the landlord is paid", "by IMPS at 10 am on the payout date; if that day is a bank holiday, on "
            "the working day before")
    b.label("If the payout fails", "one retry at 4 pm the same day; if that fails too, you get an RR-FAIL "
            "alert and must pay the landlord yourself. No fee is charged on a failed payout")
    b.label("Skip a month", "2 skips a card year are free, then Rs. 49 a skip; set a skip at least 4 days "
            "before the payout date")
    b.label("Co-owners", "rent can be split between up to 2 verified accounts in a fixed ratio")
    b.label("Change of landlord", "2 changes a card year are free, then Rs. 99 a change; the new landlord "
            "passes OwnerOK again within 2 working days")
    b.label("Automatic pause", "RentRhythm stops if the minimum amount due is still unpaid 30 days after the "
            "due date, and restarts once it is paid")
    b.cycle_line(
        [("Day -3", "Rent Earmark held"), ("Day -1", "SMS and app reminder"), ("Payout day", "IMPS at 10 am"),
         ("Same day", "retry at 4 pm if needed"), ("+2 working days", "RentPatra in the app")],
        "One month of RentRhythm",
    )
    b.subheading("SocietySync (maintenance)", keep=40)
    b.label("Whom it pays", "a registered housing society, by its Society Code or its verified bank account")
    b.label("How often", "monthly or quarterly, on any day from the 1st to the 28th")
    b.label("Amount", "up to Rs. 50,000 a payment; counted within your Rent Ceiling")
    b.label("Not covered", "water-tanker, parking-fine or one-time repair charges billed by the society are "
            "paid like ordinary card spends")

    # ================================================================ deposit
    b.heading("10. Deposit Ease: security deposit in instalments", keep=80)
    b.label("What it pays", "the security deposit in your rent agreement, in one go, to the OwnerOK-verified "
            "landlord")
    b.label("Amount", "Rs. 10,000 to 3 times the monthly rent, and not more than 60% of your credit limit")
    b.label("When to book", "within 30 days of the start date of the rent agreement; one Deposit Ease plan at "
            "a time")
    b.label("Tenures", "3, 6, 9 or 12 monthly instalments, added to your statements")
    b.label("Foreclosure", "free at any time; the unpaid principal is billed in the next statement")
    b.label("Refund at move-out", "the landlord returns the deposit to you directly; the bank does not collect "
            "it and the instalments still have to be paid")

    # ================================================================ fees
    b.heading("11. Fees and charges", keep=150)
    b.ruled_table(
        [75, 70, 70, 70, 70, 70, 70],
        ["Variant", "Fee per payment", "Cap per payment", "Fee per payment", "Cap per payment",
         "Processing fee", "Interest, 6 to 12 months"],
        [
            ["Basera Studio", "1.25%", "Rs. 1,250", "0.5%", "Rs. 250", "1% (minimum Rs. 399)", "14% a year"],
            ["Basera Suite", "1%", "Rs. 1,500", "0.5%", "Rs. 200", "1% (minimum Rs. 299)", "12% a year"],
            ["Basera Terrace", "0.8%", "Rs. 2,000", "Nil", "Not applicable", "0.5% (minimum Rs. 299)",
             "10.5% a year"],
        ],
        caption="Table 3: Payment fees by variant",
        group=[("", 1), ("Rent (RentRhythm)", 2), ("Maintenance (SocietySync)", 2), ("Deposit Ease", 2)],
    )
    b.para("A 3-month Deposit Ease plan carries no interest on Suite and Terrace (the processing fee still "
           "applies); on Studio it is charged at 14% a year. Interest is on the reducing balance.", size=8.3,
           gap_after=1)
    b.ruled_table(
        [198, 297],
        ["Charge", "Amount"],
        [
            ["Cash withdrawal fee", "2.5% of the amount (minimum Rs. 450)"],
            ["Foreign currency markup", "3.5% on Studio and Suite; 1.99% on Terrace"],
            ["Over-limit fee", "2.5% of the amount over the limit (minimum Rs. 550)"],
            ["RentRhythm skip, after 2 free skips a card year", "Rs. 49 a skip"],
            ["Change of landlord, after 2 free changes a card year", "Rs. 99 a change"],
            ["Payment return (cheque or auto-debit)", "Rs. 450"],
            ["Card replacement", "Rs. 150; free on Terrace"],
            ["Basera Bricks redemption fee", "Rs. 75 a request; free on Terrace"],
            ["Printed RentPatra or Rent Ledger by courier", "Rs. 75 a copy"],
        ],
        caption="Table 4: Other fees",
    )
    b.para("GST at 18% is added to every fee, charge and interest amount. No Rent Convenience Fee is charged on a "
           "payout that fails.", size=8.3)
    b.ruled_table(
        [247, 248],
        ["Total amount due in the statement", "Late payment charge (all variants) [2]"],
        [
            ["Up to Rs. 500", "Nil"],
            ["Rs. 501 to Rs. 5,000", "Rs. 400"],
            ["Rs. 5,001 to Rs. 20,000", "Rs. 750"],
            ["Rs. 20,001 to Rs. 50,000", "Rs. 1,100"],
            ["Above Rs. 50,000", "Rs. 1,400"],
        ],
        caption="Table 5: Late payment charge slabs",
    )
    b.footnote("[2] Charged when the minimum amount due is not paid by the due date. On Basera Terrace the first "
               "late payment charge in a card year is reversed if the dues are paid within 7 days of the due "
               "date.", need=10)

    # ================================================================ benefits
    b.heading("12. Benefits", keep=120)
    b.para("Caps are per calendar month unless the table says otherwise. Cashback is credited in the next "
           "statement.", gap_after=1)
    b.ruled_table(
        [162, 106, 106, 121],
        ["Benefit", "Basera Studio", "Basera Suite", "Basera Terrace"],
        [
            ["Utility bills (electricity, water, piped gas, broadband)", "5% cashback, up to Rs. 150",
             "5% cashback, up to Rs. 300", "5% cashback, up to Rs. 500"],
            ["Rent-failure cover: the landlord's late fee when a payout fails because of the bank",
             "Up to Rs. 500 an incident", "Up to Rs. 1,000 an incident", "Up to Rs. 2,500 an incident"],
            ["ShiftKart movers and packers", "Not included", "10% off, up to Rs. 1,000, once a card year",
             "15% off, up to Rs. 2,500, once a card year"],
            ["Ghar Kavach home contents cover", "Rs. 50,000", "Rs. 1.5 lakh", "Rs. 3 lakh"],
            ["Fuel surcharge waiver (Rs. 400 to Rs. 4,000)", "Up to Rs. 100", "Up to Rs. 200",
             "Up to Rs. 300"],
            ["Lounge visits", "Not included", "2 railway lounge visits a quarter",
             "4 domestic airport lounge visits a year"],
            ["Welcome benefit (first rent payout within 60 days)", "250 Basera Bricks", "1,000 Basera Bricks",
             "Rs. 2,000 ShiftKart voucher"],
        ],
        caption="Table 6: Benefits by variant",
    )

    # ================================================================ rewards
    b.heading("13. Basera Bricks", keep=100)
    b.ruled_table(
        [165, 110, 108, 112],
        ["Basera Bricks", "Basera Studio", "Basera Suite", "Basera Terrace"],
        [
            ["On rent and maintenance", "1 per Rs. 200", "1 per Rs. 150", "1 per Rs. 100"],
            ["Monthly cap on rent and maintenance Bricks", "150", "400", "1,000"],
            ["On other spends", "2 per Rs. 100", "3 per Rs. 100", "4 per Rs. 100"],
            ["Streak Bonus (6 on-time rent payouts in a row)", "600", "1,200", "2,500"],
        ],
        caption="Table 7: Earning Basera Bricks",
    )
    b.label("Streak Bonus", "counts a month as on time when the RentRhythm payout succeeds and the statement is "
            "paid in full by the due date; the bonus is outside the monthly cap and the count restarts after it")
    b.label("Value of 1 Basera Brick", "Rs. 0.20 as statement credit, or Rs. 0.30 when used against your next "
            "rent payout (Brick Rent)")
    b.label("Minimum redemption", "500 Basera Bricks")
    b.label("Validity", "2 years from the date on which they are earned")
    b.para("No Bricks are earned on Deposit Ease, fuel, wallet loads, cash withdrawals, EMI, fees or interest. "
           "Bricks are taken back if a rent payout is returned by the landlord's bank.")

    # ================================================================ receipts
    b.heading("14. RentPatra receipts and the Rent Ledger", keep=30)
    b.bullet("A RentPatra receipt is created for every successful rent payout within 2 working days, under "
             "Documents > RentPatra in the app, and is e-mailed to you.")
    b.bullet("The Rent Ledger for the financial year (April to March) lists every payout with the landlord's name, "
             "masked PAN and the IMPS reference; it is ready by 10 April each year.")
    b.bullet("Receipts and ledgers stay in the app for 7 years. The bank does not certify that you can claim "
             "HRA; ask your employer or tax adviser.")
    b.receipt(
        "RentPatra - sample receipt",
        [("Receipt no.", "RP-2510-004417"), ("Tenant", "Ishaan Barbhuiya"), ("Landlord", "Mrs. Sharmila Chitnavis"),
         ("Landlord PAN", "XXXXX4821X")],
        [("Rent for", "October 2025"), ("Amount", "Rs. 28,500"), ("Paid on", "5 October 2025"),
         ("IMPS ref.", "527810934416")],
        "Fee and GST are shown in your card statement, not on the receipt.",
    )

    # ================================================================ EMI
    b.heading("15. EMI on purchases", keep=60)
    b.label("Eligible purchases", "Rs. 3,000 or more, converted within 45 days of the purchase date")
    b.label("Tenures", "3, 6, 9, 12 or 18 months")
    b.label("Interest and fees", "15% a year on Studio and Suite, 13% a year on Terrace, on the reducing "
            "balance; processing fee 1.5% (minimum Rs. 199); foreclosure charge 2.5% of the principal left")
    b.label("Not allowed", "rent and maintenance payouts cannot be turned into EMI; for a deposit use Deposit "
            "Ease. Gold, jewellery, fuel and wallet loads cannot be converted either")

    # ================================================================ statements
    b.heading("16. Statements, payments and interest", keep=80)
    b.label("Statement date", "the 3rd, 10th, 17th or 24th of the month, chosen at Keyturn")
    b.label("Payment due date", "18 days after the statement date")
    b.label("Minimum amount due", "5% of the total amount due (leaving out instalments) or Rs. 200, whichever "
            "is higher, plus every EMI and Deposit Ease instalment and any amount over the limit")
    b.label("Rent in the statement", "each payout shows as RENT-OUT with the landlord's name; its fee shows on "
            "the next line as RCF")
    b.para("If only part of the bill is paid, interest at the variant's monthly rate is charged on each purchase "
           "and rent payout from its date until the dues are fully paid, and new spends get no interest-free "
           "period until the total amount due is cleared. Cash withdrawals carry interest from the day they are "
           "made.")
    b.subheading("Worked example (Basera Suite)", keep=30)
    b.para("Ishaan's statement of 10 November shows a total amount due of Rs. 50,000, which includes a Deposit "
           "Ease instalment of Rs. 14,754. His minimum amount due is Rs. 16,516 (5% of Rs. 35,246, which is "
           "Rs. 1,762, plus the instalment). He pays Rs. 25,000 on 28 November, the due date. Interest at 3.4% a "
           "month is charged on the Rs. 25,000 left unpaid - about Rs. 850 for one month, plus GST. As the "
           "minimum was paid in time there is no late payment charge, and RentRhythm goes on as usual.")

    # ================================================================ controls
    b.heading("17. Card controls and safety", keep=100)
    b.ruled_table(
        [140, 152, 203],
        ["Control", "At issue", "What you can change in the app"],
        [
            ["Online and contactless payments", "On; Rs. 5,000 a tap", "Switch off, or lower the tap limit to "
             "Rs. 1,000"],
            ["International use", "Off", "Switch on (Suite and Terrace only)"],
            ["Cash withdrawal", "Off", "Switch on, up to 20% of the credit limit"],
            ["Rent payee lock", "On; rent goes only to OwnerOK-verified accounts", "Cannot be switched off"],
            ["RentRhythm payouts", "On once the landlord is verified", "Pause for up to 3 months at a time"],
        ],
        caption="Table 8: Card controls",
    )
    b.para("Zero liability applies to unauthorised transactions reported within 3 working days; from 4 to 7 "
           "working days your liability is capped at Rs. 5,000. A replacement card reaches you within 6 working "
           "days. Rent payouts already scheduled are not affected when a card is blocked and replaced.")

    # ================================================================ timelines
    b.heading("18. Key timelines", keep=0)
    b.plain_table(
        [LM + 4, LM + 250],
        ["Event", "Timeline"],
        [
            ["Decision after Keyturn", "Usually instant; up to 4 working days under manual review (CT-690)"],
            ["Virtual card in Vellora Chhatri", "Within 30 minutes of approval"],
            ["Physical card delivered", "4 working days in metro cities, 7 working days elsewhere"],
            ["First RentRhythm payout", "At least 5 working days after the landlord is verified"],
            ["Welcome benefit credited", "Within 20 days of the first rent payout"],
            ["Dispute of a transaction", "Raise within 45 days of the statement date; resolved within 60 days"],
            ["Card closure", "Within 7 working days once all dues are paid; RentRhythm and SocietySync stop "
             "the same day you ask"],
        ],
    )

    # ================================================================ moving
    b.heading("19. Moving to a new rented home", keep=80)
    b.two_columns(
        [
            ("h", "Before you move out"),
            ("b", "Cancel or change RentRhythm at least 4 days before the next payout date, from Cards > Kiraya "
                  "Basera > Landlord."),
            ("b", "RentPatra receipts for the old home stay in the app."),
            ("b", "Deposit Ease instalments continue; you may foreclose the plan free of charge."),
        ],
        [
            ("h", "After you move in"),
            ("b", "Add the new landlord as a change of landlord and upload the new rent agreement; the new "
                  "landlord passes OwnerOK within 2 working days."),
            ("b", "A new Deposit Ease plan can be booked only after the earlier plan is fully repaid, and within "
                  "30 days of the start date of the new agreement."),
            ("b", "If the new home is outside the 42 Kiraya Basera cities, RentRhythm stops at the end of the month; "
                  "the card stays open for other spends."),
        ],
    )

    # ================================================================ FAQ
    b.heading("20. Frequently asked questions", keep=60)
    faqs = [
        ("My landlord lives abroad. Can the card pay him?",
         "Yes, into his NRO account in India once it passes OwnerOK. NRE accounts are not accepted."),
        ("Can I pay two months of rent at once?",
         "No. RentRhythm pays one month's rent on each payout date. Use Skip a month if you have paid the landlord "
         "yourself."),
        ("My flatmate and I share the rent. Can we both pay it from our cards?",
         "Yes, if each of you holds a Kiraya Basera card and the rent agreement names both of you; each card then "
         "pays its own share to the same landlord."),
        ("Will my landlord see my card number?",
         "No. The landlord receives an IMPS credit from Vellora Union Bank with a RentRhythm reference; your card "
         "details are never shared."),
        ("My rent goes up from next month. What do I do?",
         "Upload the renewed or amended agreement in Cards > Kiraya Basera > Landlord. The new amount applies from "
         "the next payout date that is at least 5 working days away. If the landlord's account is unchanged, "
         "OwnerOK is not repeated."),
    ]
    for i, (q, a) in enumerate(faqs, 1):
        b.ensure(BODY * LEAD * (1 + len(wrap_runs([(a, REG)], RM - LM - 14, BODY))) + 6)
        b.rich([(f"Q{i}. {q}", BOLD)], gap_after=0.5)
        b.para(a, indent=14, gap_after=3.0)

    # ================================================================ contact
    b.heading("21. Contact us and grievance redressal", keep=60)
    b.label("Basera Care", "1800-266-3158 (toll-free, 8 am to 10 pm); e-mail basera.care@vellorabank.example")
    b.label("Website", "www.vellorabank.example/kirayabasera")
    b.label("Post", "Kiraya Basera Cards, Vellora Union Bank Ltd., Neelkamal Chambers, 14 Chamundi Hill Road, Mysuru 570010")
    b.ruled_table(
        [52, 202, 141, 100],
        ["Level", "Whom to contact", "When to escalate", "Reply within"],
        [
            ["Level 1", "Basera Care helpline, e-mail, WhatsApp, or Help > Raise a complaint in the app",
             "Any complaint", "5 working days"],
            ["Level 2", "Grievance Redressal Officer, Mr. Devashish Pattnaik, gro.basera@vellorabank.example, "
             "0821-412-8800 (10 am to 6 pm, Monday to Friday)",
             "No reply within 5 working days, or not satisfied at Level 1", "7 working days"],
            ["Level 3", "Principal Nodal Officer, Ms. Oindrila Vasudevan, nodal.basera@vellorabank.example",
             "No reply from Level 2 within 7 working days, or not satisfied", "10 working days"],
            ["Level 4", "Banking Ombudsman of the Reserve Bank of India",
             "Not resolved within 30 days of the first complaint to the bank", "As per the Ombudsman scheme"],
        ],
        caption="Table 9: Grievance escalation",
    )

    return b.finish(OUT)


if __name__ == "__main__":
    pages = build()
    print(f"wrote {OUT} ({pages} pages)")
