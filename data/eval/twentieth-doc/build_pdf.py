"""Build the twentieth evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card and its
variants, the app and its journey, people, phone numbers, e-mail addresses,
web addresses, codes, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/twentieth-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign is
written as "Rs." throughout.  Output is deterministic (fixed metadata dates,
no new document id).
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "kalindra_aangan_family_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 52.0, 543.0  # left and right margins
TOP = 68.0  # body starts below the running header
FOOTER_Y = 812.0
BODY_BOTTOM = 795.0  # lowest y for body text on a page without footnotes

REG, BOLD = "helv", "hebo"
BODY = 8.7
LEAD = 1.32
ACCENT = (0.07, 0.34, 0.40)  # deep teal
HEAD_FILL = (0.86, 0.93, 0.94)
TILE_FILL = (0.95, 0.975, 0.975)
SIDE_FILL = (0.99, 0.96, 0.88)
SIDE_EDGE = (0.72, 0.52, 0.12)
GREEN = (0.12, 0.45, 0.22)
RED = (0.70, 0.12, 0.12)
SLICE_COLOURS = [(0.07, 0.34, 0.40), (0.30, 0.56, 0.60), (0.55, 0.74, 0.76), (0.80, 0.89, 0.90)]

HEADER_LEFT = "Kalindra Trust Bank Ltd.  |  Aangan Shared-Limit Family Credit Card - Customer Guide"
HEADER_RIGHT = "Version 2.1, effective 1 September 2025"
FOOTER_LEFT = "Aangan Card Guide - one limit, one household, many cards"


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
            h += len(wrap_runs([(text, REG)], RM - LM, 7.3)) * 7.3 * 1.3 + 2
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

    def rich(self, segments, size=BODY, indent=0.0, first_prefix=None, gap_after=4.0, right=RM):
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

    def numbered(self, num, text, bold_lead=None, indent=26.0):
        """A clause with a hanging number such as 4.1 or (b)."""
        segs = [(bold_lead, BOLD)] if bold_lead else []
        segs.append((text, REG))
        self.rich(segs, indent=indent, first_prefix=num, gap_after=2.0)

    def label(self, label, value, indent=0.0, right=RM):
        n = len(wrap_runs([(label + ":", BOLD), (value, REG)], right - LM - indent, BODY))
        self.ensure(n * BODY * LEAD)  # keep a label line and its wrapped value on one page
        self.rich([(label + ":", BOLD), (value, REG)], indent=indent, gap_after=1.5, right=right)

    def heading(self, text, size=11.8, keep=0.0):
        """Section heading; `keep` reserves extra room so the heading is not left alone at a page foot."""
        self.ensure(size * 1.6 + 44 + keep)
        self.y += 7 + size * 1.2
        self.page.draw_rect(pymupdf.Rect(LM, self.y - size + 1, LM + 4, self.y + 2), color=ACCENT, fill=ACCENT,
                            width=0)
        self.page.insert_text((LM + 9, self.y), text, fontname=BOLD, fontsize=size, color=ACCENT)
        self.page.draw_line((LM, self.y + 4), (RM, self.y + 4), color=ACCENT, width=0.5)
        self.y += 6

    def subheading(self, text, size=9.6, keep=34.0):
        self.ensure(size * 1.5 + keep)
        self.y += 4 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size)
        self.y += 3

    # ------------------------------------------------------- special blocks
    def tiles(self, items, cols=3, size=8.4, gap=7.0):
        """A grid of shaded tiles, each with a small capital label and a value under it."""
        w = (RM - LM - gap * (cols - 1)) / cols
        lh = size * 1.3
        rows = [items[i:i + cols] for i in range(0, len(items), cols)]
        for row in rows:
            laid = [(wrap_runs([(lab.upper(), BOLD)], w - 14, size - 1.2),
                     wrap_runs([(val, REG)], w - 14, size)) for lab, val in row]
            h = max(len(a) * (size - 1.2) * 1.3 + len(b) * lh for a, b in laid) + 14
            self.ensure(h + gap)
            for k, (lab_lines, val_lines) in enumerate(laid):
                x = LM + k * (w + gap)
                r = pymupdf.Rect(x, self.y, x + w, self.y + h)
                self.page.draw_rect(r, color=(0.70, 0.82, 0.84), fill=TILE_FILL, width=0.5)
                self.page.draw_line((x, self.y), (x + w, self.y), color=ACCENT, width=2.0)
                y = self.y + 4
                for runs in lab_lines:
                    y += (size - 1.2) * 1.3
                    self.draw_runs(x + 7, y, runs, size - 1.2, color=ACCENT)
                y += 1.5
                for runs in val_lines:
                    y += lh
                    self.draw_runs(x + 7, y, runs, size)
            self.y += h + gap
        self.y += 2

    def sidebar(self, main, title, side_items, side_w=176.0, gap=14.0):
        """Label/value lines in a narrowed main column with a shaded sidebar box on the right.

        side_items are plain sentences, drawn as bullets inside the box."""
        right = RM - side_w - gap
        top = self.y
        size = 8.3
        inner = side_w - 24
        body = [wrap_runs([(t, REG)], inner, size) for t in side_items]
        h = 12 + size * 1.6 + sum(len(b) for b in body) * size * 1.3 + len(body) * 3 + 6
        self.ensure(h + 8)
        top = self.y
        x0 = RM - side_w
        r = pymupdf.Rect(x0, top + 4, RM, top + 4 + h)
        self.page.draw_rect(r, color=SIDE_EDGE, fill=SIDE_FILL, width=0.7)
        y = r.y0 + 8 + size * 1.1
        self.page.insert_text((x0 + 9, y), title, fontname=BOLD, fontsize=size + 0.9, color=SIDE_EDGE)
        y += 5
        for lines in body:
            for i, runs in enumerate(lines):
                y += size * 1.3
                if i == 0:
                    self.page.insert_text((x0 + 9, y), ">", fontname=BOLD, fontsize=size, color=SIDE_EDGE)
                self.draw_runs(x0 + 18, y, runs, size)
            y += 3
        for lab, val in main:
            self.label(lab, val, right=right)
        self.y = max(self.y, r.y1) + 6

    def deflist(self, items, term_w=104.0, size=BODY):
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
            self.page.draw_line((LM, self.y - 1), (RM, self.y - 1), color=(0.85, 0.88, 0.88), width=0.3)
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
        self.y = top + max(lh_, rh_) + 4

    def stepper(self, names, size=7.6):
        """A row of chevrons, one per onboarding stage, with the stage number and name."""
        n = len(names)
        h = 30.0
        self.ensure(h + 12)
        top = self.y + 4
        w = (RM - LM) / n
        tip = 9.0
        for i, name in enumerate(names):
            x0 = LM + i * w
            x1 = x0 + w - 2
            pts = [(x0, top), (x1 - tip, top), (x1, top + h / 2), (x1 - tip, top + h), (x0, top + h)]
            if i:
                pts.append((x0 + tip, top + h / 2))
            shade = 0.25 + 0.55 * i / max(n - 1, 1)
            fill = (0.07 + 0.75 * (shade - 0.25), 0.34 + 0.5 * (shade - 0.25), 0.40 + 0.45 * (shade - 0.25))
            shape = self.page.new_shape()
            shape.draw_polyline(pts + [pts[0]])
            shape.finish(color=fill, fill=fill, width=0.5, closePath=True)
            shape.commit()
            col = (1, 1, 1) if i < 3 else (0.05, 0.2, 0.25)
            cx = x0 + (tip if i else 4) + 2
            self.page.insert_text((cx, top + 11), f"STAGE {i + 1}", fontname=BOLD, fontsize=size - 0.8, color=col)
            self.page.insert_text((cx, top + 22), name, fontname=BOLD, fontsize=size, color=col)
        self.y = top + h + 8

    def stacked_bar(self, parts, total_label, size=7.8):
        """A horizontal bar split into proportional segments with labels under each one."""
        total = sum(v for _, v, _ in parts)
        self.ensure(56)
        top = self.y + 4
        self.page.insert_text((LM, top + 6), total_label, fontname=BOLD, fontsize=size + 0.4, color=ACCENT)
        top += 10
        x = LM
        width = RM - LM
        for k, (name, value, amount) in enumerate(parts):
            w = width * value / total
            r = pymupdf.Rect(x, top, x + w, top + 14)
            self.page.draw_rect(r, color=(1, 1, 1), fill=SLICE_COLOURS[k % len(SLICE_COLOURS)], width=0.8)
            lx = min(x + 3, RM - max(tl(name, BOLD, size), tl(amount, REG, size)))
            self.page.insert_text((lx, top + 24), name, fontname=BOLD, fontsize=size)
            self.page.insert_text((lx, top + 33), amount, fontname=REG, fontsize=size)
            x += w
        self.y = top + 40

    def do_dont(self, dos, donts, size=8.5):
        """Bulleted do / don't lists stacked in one box, each marked with + or x."""
        lh = size * 1.32
        inner = RM - LM - 44
        dl = [wrap_runs([(t, REG)], inner, size) for t in dos]
        nl = [wrap_runs([(t, REG)], inner, size) for t in donts]
        hgt = (sum(len(x) for x in dl + nl) * lh + (len(dl) + len(nl)) * 2 + 2 * (lh + 6) + 10)
        self.ensure(hgt + 6)
        top = self.y + 4
        r = pymupdf.Rect(LM, top, RM, top + hgt)
        self.page.draw_rect(r, color=(0.55, 0.55, 0.55), width=0.6)
        y = top + 4
        for title, col, mark, items in (("Do", GREEN, "+", dl), ("Don't", RED, "x", nl)):
            y += lh + 2
            self.page.insert_text((LM + 10, y - size * 0.3), title, fontname=BOLD, fontsize=size + 0.6, color=col)
            y += 2
            for lines in items:
                for i, runs in enumerate(lines):
                    y += lh
                    if i == 0:
                        self.page.insert_text((LM + 18, y - size * 0.3), mark, fontname=BOLD, fontsize=size,
                                              color=col)
                    self.draw_runs(LM + 30, y - size * 0.3, runs, size)
                y += 2
            y += 2
        self.y = top + hgt + 6

    # ----------------------------------------------------------------- tables
    def ruled_table(self, widths, header, rows, size=8.2, pad=3.0, caption=None, group=None):
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
                self.page.draw_rect(r, color=(0.3, 0.3, 0.3), fill=ACCENT if text else HEAD_FILL, width=0.6)
                if text:
                    self.page.insert_text(((x0 + x1) / 2 - tl(text, BOLD, size) / 2, self.y + pad + size * 0.95),
                                          text, fontname=BOLD, fontsize=size, color=(1, 1, 1))
                col += span
            self.y += grp_h

        def draw_row(wrapped, h, fill=None):
            for i, wl in enumerate(wrapped):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h)
                self.page.draw_rect(r, color=(0.3, 0.3, 0.3), fill=fill, width=0.6)
                yy = self.y + pad + size * 0.95
                for runs in wl:
                    self.draw_runs(xs[i] + pad, yy, runs, size)
                    yy += lh
            self.y += h

        if caption:
            self.ensure(size * 2 + grp_h + hdr_h + 36)
            self.y += size * 1.4
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.6)
            self.y += 4
        self.ensure(grp_h + hdr_h + layout(rows[0], REG)[1])
        draw_group()
        draw_row(hdr_wrapped, hdr_h, fill=HEAD_FILL)
        for k, row in enumerate(rows):
            wrapped, h = layout(row, REG)
            if self.y + h > self.bottom():
                self.new_page()
                self.page.insert_text((LM, self.y + size), (caption or "Table") + " (continued)",
                                      fontname=BOLD, fontsize=size + 0.6)
                self.y += size + 6
                draw_group()
                draw_row(hdr_wrapped, hdr_h, fill=HEAD_FILL)
            fill = (0.965, 0.98, 0.98) if k % 2 else None
            draw_row(wrapped, h, fill=fill)
        self.y += 7

    def plain_table(self, col_x, header, rows, size=8.6, caption=None):
        """Unruled table: cells are placed at fixed x positions and no lines are drawn."""
        lh = size * 1.3
        widths = [col_x[i + 1] - col_x[i] - 8 for i in range(len(col_x) - 1)] + [RM - col_x[-1]]

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(w) for w in wrapped) * lh + 2.5

        hw, hh = layout(header, BOLD)
        if caption:
            self.ensure(size * 2 + hh + 46)
            self.y += size * 1.4
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.4)
            self.y += 5
        self.ensure(hh + 40)
        for wrapped, h in [(hw, hh)] + [layout(r, REG) for r in rows]:
            self.ensure(h)
            for x, wl in zip(col_x, wrapped):
                yy = self.y + size
                for runs in wl:
                    self.draw_runs(x, yy, runs, size)
                    yy += lh
            self.y += h + 1.5
        self.y += 6

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
        """One onboarding stage: a shaded box holding the stage title, a paragraph and rule lines."""
        size = BODY
        x0 = LM + 12
        lines = wrap_runs([(body, REG)], RM - x0 - 10, size)
        rule_lines = [wrap_runs([(lab + ":", BOLD), (val, REG)], RM - x0 - 22, size) for lab, val in rules]
        h = 19 + len(lines) * size * LEAD + sum(len(r) for r in rule_lines) * size * LEAD + 6
        self.ensure(h + 6)
        top = self.y + 3
        r = pymupdf.Rect(LM, top, RM, top + h)
        self.page.draw_rect(r, color=(0.62, 0.76, 0.78), fill=(0.95, 0.975, 0.975), width=0.6)
        self.page.draw_rect(pymupdf.Rect(LM, top, LM + 5, top + h), color=ACCENT, fill=ACCENT, width=0)
        self.page.insert_text((x0, top + 13), f"Stage {n} - {name}", fontname=BOLD, fontsize=10, color=ACCENT)
        y = top + 16
        for runs in lines:
            y += size * LEAD
            self.draw_runs(x0, y - size * 0.3, runs, size)
        y += 1
        for rl in rule_lines:
            for runs in rl:
                y += size * LEAD
                self.draw_runs(x0 + 10, y - size * 0.3, runs, size)
        self.y = r.y1 + 3

    def boxed_note(self, title, text, size=8.6):
        lines = wrap_runs([(text, REG)], RM - LM - 16, size)
        h = 8 + (size + 2) * 1.3 + len(lines) * size * 1.35 + 6
        self.ensure(h + 6)
        r = pymupdf.Rect(LM, self.y + 3, RM, self.y + 3 + h)
        self.page.draw_rect(r, color=ACCENT, fill=(0.97, 0.99, 0.99), width=1.2)
        y = r.y0 + 6 + size * 1.2
        self.page.insert_text((LM + 8, y), title, fontname=BOLD, fontsize=size + 0.5, color=ACCENT)
        y += 3
        for runs in lines:
            y += size * 1.35
            self.draw_runs(LM + 8, y, runs, size)
        self.y = r.y1 + 6

    # ----------------------------------------------------------------- finish
    def finish(self, path):
        n = self.doc.page_count
        grey = (0.3, 0.3, 0.35)
        for page in self.doc:
            page.insert_text((LM, 34), HEADER_LEFT, fontname=BOLD, fontsize=7.5, color=grey)
            page.insert_text((RM - tl(HEADER_RIGHT, REG, 7.5), 34), HEADER_RIGHT, fontname=REG,
                             fontsize=7.5, color=grey)
            page.draw_line((LM, 40), (RM, 40), color=ACCENT, width=0.8)
            notes = self.footnotes.get(page.number, [])
            if notes:
                y = BODY_BOTTOM - self.foot_height(page.number) + 12
                page.draw_line((LM, y - 2), (LM + 130, y - 2), color=(0.5, 0.5, 0.5), width=0.4)
                for text in notes:
                    for runs in wrap_runs([(text, REG)], RM - LM, 7.3):
                        y += 7.3 * 1.3
                        x = LM
                        for t, f in runs:
                            page.insert_text((x, y), t, fontname=f, fontsize=7.3, color=(0.15, 0.15, 0.15))
                            x += tl(t, f, 7.3)
                    y += 2
            page.draw_line((LM, FOOTER_Y), (RM, FOOTER_Y), color=(0.75, 0.75, 0.75), width=0.4)
            footer = f"Page {page.number + 1} of {n}"
            page.insert_text((RM - tl(footer, REG, 8), FOOTER_Y + 11), footer, fontname=REG, fontsize=8,
                             color=grey)
            page.insert_text((LM, FOOTER_Y + 11), FOOTER_LEFT, fontname=REG, fontsize=7,
                             color=(0.45, 0.45, 0.45))
        self.doc.set_metadata({
            "title": "Kalindra Aangan Shared-Limit Family Credit Card - Customer Guide (fictional)",
            "author": "Kalindra Trust Bank Ltd. (fictional)",
            "subject": "Customer guide for a fictional shared-limit family credit card for a joint household",
            "keywords": "fictional, evaluation, credit card, family, household, shared limit, sub-limits",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": "D:20250901000000+05'30'",
            "modDate": "D:20250901000000+05'30'",
        })
        self.doc.save(path, garbage=4, deflate=True, clean=True, no_new_id=True)
        return n


def build():
    b = Builder()

    # ================================================================ title
    b.page.insert_text((LM, b.y + 6), "KALINDRA TRUST BANK LTD.", fontname=BOLD, fontsize=10, color=ACCENT)
    b.y += 30
    b.page.insert_text((LM, b.y), "Aangan Family Credit Card", fontname=BOLD, fontsize=20)
    b.y += 16
    b.page.insert_text((LM, b.y), "One Household Limit, shared by the family in Member Slices - customer guide to "
                       "the Nest, Hearth and Haveli variants", fontname=REG, fontsize=9.6)
    b.y += 9
    b.para("Version 2.1, effective 1 September 2025. It replaces version 1.4 dated 20 January 2025. Every name, "
           "number and rule in this guide is fictional.", size=8.0, gap_after=5)
    b.para("The Aangan Family Credit Card is issued by Kalindra Trust Bank Ltd. to a joint household that wants "
           "one credit card account instead of many. The bank sets a single Household Limit for the family. The "
           "Primary Holder then divides it into Member Slices, one for each family member who gets a card, and "
           "whatever is not given away stays with the Primary Holder as the Reserve. Every member pays with a card "
           "in his or her own name, but there is one household statement and one bill. The application, the "
           "member invitations and every later change to the slices are done in the Kalindra Chaupal app through "
           "a six-stage journey called Griha Pravesh.")

    b.heading("1. The card at a glance")
    b.tiles([
        ("Issuer", "Kalindra Trust Bank Ltd., 7 Shyamla Ridge Road, Bhopal 462013"),
        ("Variants", "Aangan Nest, Aangan Hearth and Aangan Haveli"),
        ("Household Limit", "Rs. 40,000 (lowest, Nest) to Rs. 12,00,000 (highest, Haveli)"),
        ("Cards on one account", "Up to 6, including the Primary Holder (Haveli)"),
        ("Interest-free period", "20 to 50 days on purchases"),
        ("Card network", "Visa (Nest and Hearth), Mastercard (Haveli)"),
        ("Reward currency", "Aangan Coins, pooled in one household Coin Jar"),
        ("Mobile app", "Kalindra Chaupal, for Android and iOS"),
        ("Special feature", "Slice Ask and Slice Shift (section 9)"),
    ])
    b.label("Helpline", "Aangan Helpline 1800-572-2640 (toll-free, 24 x 7); block a lost card by SMS: ABLOCK "
            "<last 4 digits> to 56717")

    # ================================================================ variants
    b.heading("2. Variants", keep=150)
    b.ruled_table(
        [118, 123, 123, 127],
        ["Feature", "Aangan Nest (for a small household)", "Aangan Hearth (for a growing household)",
         "Aangan Haveli (for a large joint household)"],
        [
            ["Household counted income (monthly)", "Rs. 35,000 to Rs. 75,000", "Rs. 75,001 to Rs. 1,50,000",
             "Above Rs. 1,50,000"],
            ["Limit multiple", "2 times", "3 times", "4 times"],
            ["Household Limit range", "Rs. 40,000 to Rs. 1,50,000", "Rs. 1,50,001 to Rs. 4,50,000",
             "Rs. 4,50,001 to Rs. 12,00,000"],
            ["Cards on the account, including the Primary Holder", "Up to 3", "Up to 5", "Up to 6"],
            ["Junior Member cards (within the total)", "1", "2", "2"],
            ["Joining fee", "Rs. 499", "Rs. 1,499", "Rs. 4,999"],
            ["Annual fee (from the second year)", "Rs. 499", "Rs. 1,499", "Rs. 4,999"],
            ["Annual fee waived if household spends in the card year reach", "Rs. 1,20,000", "Rs. 3 lakh",
             "Rs. 8 lakh"],
            ["Interest on revolving dues and cash", "3.5% a month (42% a year)", "3.25% a month (39% a year)",
             "2.75% a month (33% a year)"],
        ],
        caption="Table 1: Variants at a glance",
    )
    b.para("The variant is decided by the household counted income (section 8). A household can move up a variant "
           "at the annual Household Review in October if its counted income has grown into the next slab; no "
           "joining fee is charged for the move.", size=8.5)

    # ================================================================ words used
    b.heading("3. Words used in this guide", keep=60)
    b.deflist([
        ("Household", "The Primary Holder and the family members who live at the same address and are added to "
         "one Aangan card account."),
        ("Primary Holder", "The person who applies, owns the card account, sets the Member Slices and is liable "
         "for all dues run up on every card of the household."),
        ("Co-earner", "One optional earning family member (spouse, or a son or daughter aged 21 or above) whose "
         "income is added to the household's counted income. A Co-earner also holds a member card."),
        ("Household Limit", "The single credit limit of the card account, shared by all cards on it."),
        ("Member Slice", "The part of the Household Limit that the Primary Holder gives to one member. A member "
         "can spend only up to his or her slice."),
        ("Reserve", "The part of the Household Limit that is not given to any member. Only the Primary Holder "
         "can spend from the Reserve."),
        ("Junior Member", "A son or daughter aged 16 or 17 who is given a card with a small slice and fixed "
         "controls."),
        ("Coin Jar", "The single household account into which the Aangan Coins earned on every card are pooled."),
    ])

    # ================================================================ eligibility
    b.heading("4. Eligibility and exclusions", keep=60)
    b.subheading("Who can apply and who can be added", keep=40)
    b.numbered("4.1", "Indian resident aged 23 to 62 years, salaried or self-employed, with a credit bureau "
               "score of 720 or above and at least 12 months at the household address (or owner of the house).",
               bold_lead="Primary Holder: ")
    b.numbered("4.2", "aged 21 to 65 years and living at the same address. The Co-earner's credit history is also "
               "checked. Only one Co-earner can be named per household.", bold_lead="Co-earner (optional): ")
    b.numbered("4.3", "spouse, parents, parents-in-law, sons and daughters aged 18 or above, and brothers and "
               "sisters, all living at the household address. A son or daughter studying in another city can be "
               "added with a hostel or college letter.", bold_lead="Members: ")
    b.numbered("4.4", "sons and daughters aged 16 or 17, with the Primary Holder's consent given in the app.",
               bold_lead="Junior Members: ")
    b.subheading("Who cannot be added", keep=40)
    b.numbered("(a)", "A person who already belongs to another Aangan household. One person can be in only one "
               "household at a time.")
    b.numbered("(b)", "Domestic staff, tenants, paying guests and friends sharing the house, even if they live at "
               "the same address.")
    b.numbered("(c)", "Non-resident Indians and foreign nationals.")
    b.numbered("(d)", "Anyone with a loan or credit card written off or settled with the lender in the last 36 "
               "months.")
    b.numbered("(e)", "A Primary Holder who already holds 4 or more credit cards with other banks.")

    # ================================================================ documents
    b.heading("5. Documents checklist", keep=110)
    b.para("Tick each item before you start. Most checks are done online through DigiLocker and Account "
           "Aggregator consent, so paper copies are needed only when an online check fails.", gap_after=2)
    b.checklist([
        ("Primary Holder", [
            "PAN (compulsory)",
            "Aadhaar, or a passport, voter ID or driving licence for address",
            "Salaried: last 3 salary slips and 6 months of bank statements",
            "Self-employed: income tax returns of the last 2 years",
            "Household address proof: electricity bill not older than 60 days, or a registered rent agreement",
        ]),
        ("Co-earner", [
            "PAN",
            "Last 3 salary slips, or the last 2 years of income tax returns",
        ]),
        ("Each member aged 18 or above", [
            "PAN or Aadhaar",
            "Hostel or college letter, only for a student living in another city",
        ]),
        ("Each Junior Member", [
            "Birth certificate or Class 10 mark sheet",
            "PAN, or Form 60*",
        ]),
    ])
    b.footnote("* Form 60 is accepted in place of PAN only for a Junior Member. Every other member and the "
               "Primary Holder must give a PAN.", need=20)

    # ================================================================ onboarding
    b.heading("6. Applying in the app: the Griha Pravesh journey", keep=90)
    b.para("The application runs in six stages in the Kalindra Chaupal app. A stage must be finished before the "
           "next one opens. Your progress is saved at the end of every stage except Doorstep.", gap_after=1)
    b.stepper(["Doorstep", "Nameplate", "Ledger", "Courtyard", "Hearth Check", "House Key"])
    b.stage(1, "Doorstep",
            "Enter the mobile number linked to your Aadhaar, confirm it with a one-time password (OTP) and give "
            "consent for a credit bureau check.",
            [("OTP valid for", "3 minutes"),
             ("Retries", "3 OTP resends; after that the number is locked for 30 minutes (halt code HH-110)"),
             ("If you drop off", "nothing is saved; start again from Doorstep")])
    b.stage(2, "Nameplate",
            "Add your PAN and complete KYC through DigiLocker or Aadhaar OTP, then take a live selfie.",
            [("Time limit", "15 minutes per session"),
             ("Retries", "2 tries to match the name on PAN with the name on Aadhaar; then halt code HH-214"),
             ("If you drop off", "the application is kept as a draft for 7 days and a resume link is sent by "
              "SMS")])
    b.stage(3, "Ledger",
            "Share 6 months of bank statements through Account Aggregator consent, or upload salary slips or "
            "income tax returns. If you name a Co-earner, he or she gets a consent request in the app.",
            [("Uploads", "PDF, JPG or PNG files of up to 5 MB each; 3 uploads allowed per document"),
             ("Co-earner consent", "must be given within 48 hours; if it expires, you may go on without the "
              "Co-earner's income"),
             ("If you drop off", "the draft is kept for 10 days")])
    b.stage(4, "Courtyard",
            "Invite family members by their mobile numbers. Each member accepts the invite in the app on his or "
            "her own phone and completes Aadhaar OTP KYC. You set the first Member Slices here.",
            [("Invite valid for", "72 hours; an invite can be resent twice"),
             ("Minimum to go ahead", "the Primary Holder alone; members can be added later from Card Services"),
             ("If you drop off", "members who have already accepted are kept; invites that are still pending "
              "expire (halt code HH-417)")])
    b.stage(5, "Hearth Check",
            "A video KYC call between the Primary Holder and a bank officer, booked in the app. Slots are open from "
            "8 am to 10 pm on all days.",
            [("Joining the call", "within 10 minutes of the start of the booked slot"),
             ("Retries", "a missed slot can be rebooked twice; after that KYC must be done at a branch (halt code "
              "HH-509)"),
             ("If you drop off", "the approved-in-principle offer is held for 15 days")])
    b.stage(6, "House Key",
            "Review the variant and Household Limit offered, confirm the Member Slices, choose the statement date "
            "and delivery address, and e-sign the card agreement with an Aadhaar OTP.",
            [("E-sign link valid for", "24 hours; a new link can be asked for from the same screen"),
             ("If you drop off", "the offer lapses 15 days after Hearth Check; a fresh application can be made "
              "after 30 days")])
    # ================================================================ help
    b.heading("7. Halt codes and getting help", keep=20)
    b.ruled_table(
        [58, 200, 233],
        ["Code", "What it means", "What to do next"],
        [
            ["HH-110", "Too many OTP resends at Doorstep", "Wait 30 minutes and start again"],
            ["HH-214", "Name on PAN does not match the name on Aadhaar",
             "Correct the PAN record, or visit a Family Desk with both cards"],
            ["HH-226", "DigiLocker or Aadhaar OTP KYC failed", "Retry after 1 hour, or choose Aadhaar OTP instead "
             "of DigiLocker"],
            ["HH-305", "Income document could not be read",
             "Upload a clearer file (PDF, JPG or PNG, up to 5 MB) or use Account Aggregator consent"],
            ["HH-318", "Household counted income is below Rs. 35,000 a month",
             "Add a Co-earner, or apply again after 6 months"],
            ["HH-402", "Another application from the same address is already open",
             "Agree within the family who will be the Primary Holder and withdraw the other application"],
            ["HH-417", "A member invite expired before it was accepted",
             "Resend from Courtyard, or add the member later from Card Services"],
            ["HH-509", "Video KYC not completed after two rebooked slots", "Book a branch KYC appointment"],
            ["HH-611", "E-sign failed or the link expired", "Ask for a new e-sign link on the House Key screen"],
            ["HH-690", "Application sent for manual review", "No action; a decision is sent within 3 working "
             "days"],
        ],
        caption="Table 2: Halt codes",
    )

    b.two_columns(
        [
            ("h", "Help from anywhere"),
            ("b", "Ask Aangan chat in the Kalindra Chaupal app, 24 x 7."),
            ("b", "Aangan Helpline 1800-572-2640, toll-free, 24 x 7."),
            ("b", "WhatsApp +91-93021-57720; send HI AANGAN to begin."),
            ("b", "E-mail aangan.help@kalindratrust.example; reply within 2 working days."),
            ("b", "Guided screen: an agent can see and guide your app screen once you read out a 6-digit Guide "
                  "Code from Help > Guide Me. The code is valid for 10 minutes."),
        ],
        [
            ("h", "Help in person"),
            ("b", "Family Desk on Saturdays at 140 Kalindra Trust Bank branches, for the whole household to "
                  "finish KYC together."),
            ("b", "Doorstep KYC visit, free for a Primary Holder aged 60 or above and for all Haveli "
                  "applicants; Rs. 150 a visit for others."),
            ("b", "Branch KYC after halt code HH-509 needs an appointment booked in the app; the application "
                  "resumes within 1 working day of the branch visit."),
        ],
    )

    b.boxed_note("Each member consents on his or her own phone",
                 "The Primary Holder cannot accept an invite or complete KYC for another member. The bank will "
                 "never ask a member to share an OTP with the Primary Holder or with anyone else. If two people "
                 "from the same address start separate applications, the second one is halted with code HH-402.")

    # ================================================================ limit
    b.heading("8. How the Household Limit is set", keep=160)
    b.sidebar(
        [
            ("Primary Holder's income", "net monthly income counted at 100%"),
            ("Co-earner's income", "net monthly income counted at 60%"),
            ("Rent or pension received", "counted at 40%"),
            ("Household counted income", "the total of the three lines above"),
            ("Household Limit", "household counted income x the variant's limit multiple (Table 1), rounded "
             "down to the nearest Rs. 5,000 and kept within the variant's range"),
            ("Bureau check", "the bank may set a lower limit after the credit bureau check, but never below "
             "the bottom of the variant's range"),
            ("Household Review", "every October, on the last 6 months of household spends and payments"),
        ],
        "Slice rules in brief",
        [
            "Smallest Member Slice: Rs. 5,000.",
            "Largest slice for any one member: 50% of the Household Limit.",
            "Junior Member slice: up to Rs. 10,000.",
            "A slice cannot be lowered below what the member has already spent in the cycle.",
            "A change to a slice takes effect within 15 minutes.",
        ],
    )
    b.subheading("Worked example", keep=40)
    b.para("Rajat earns a net Rs. 85,000 a month and is the Primary Holder. His wife Meenal, the Co-earner, earns "
           "a net Rs. 60,000, which counts as Rs. 36,000. The family also receives Rs. 20,000 a month as rent from "
           "a shop, which counts as Rs. 8,000. The household counted income is Rs. 1,29,000, which falls in the "
           "Hearth slab. The limit is 3 x Rs. 1,29,000 = Rs. 3,87,000, rounded down to a Household Limit of "
           "Rs. 3,85,000. Rajat gives Meenal a slice of Rs. 1,20,000, their son Kabir (19) Rs. 40,000 and his "
           "mother Sushila Rs. 25,000. The remaining Rs. 2,00,000 is his Reserve. No single slice may be above "
           "Rs. 1,92,500, which is half the Household Limit.")
    b.stacked_bar([("Reserve (Rajat)", 200000, "Rs. 2,00,000"), ("Meenal", 120000, "Rs. 1,20,000"),
                   ("Kabir", 40000, "Rs. 40,000"), ("Sushila", 25000, "Rs. 25,000")],
                  "Household Limit Rs. 3,85,000 split into the Reserve and three Member Slices")

    # ================================================================ special feature
    b.heading("9. Slice Ask and Slice Shift", keep=80)
    b.para("Family spending does not always follow a plan, so slices can be changed quickly without touching the "
           "Household Limit.")
    b.label("Slice Ask", "a member asks in the app for a temporary top-up from the Reserve. The Primary Holder "
            "must approve it within 30 minutes, or the ask lapses")
    b.label("How long a top-up lasts", "up to 7 days; on the 8th day any unspent part goes back to the Reserve "
            "by itself")
    b.label("How many asks", "3 Slice Asks per member in a calendar month; a Junior Member may ask for at most "
            "Rs. 2,000 at a time")
    b.label("Slice Shift", "the Primary Holder moves the unspent part of one member's slice to another member or "
            "to the Reserve at once; 10 shifts a month are free (see Table 3 for the fee after that)")
    b.label("Deputy mode", "when switched on by the Primary Holder, the Co-earner can approve Slice Asks of up to "
            "Rs. 15,000 in total a month, for example while the Primary Holder is travelling")
    b.label("Removing a member", "the member's card is blocked at once and the unspent slice returns to the "
            "Reserve within 24 hours; what the member has already spent stays on the household account")

    # ================================================================ fees
    b.heading("10. Fees and charges", keep=120)
    b.ruled_table(
        [163, 108, 108, 112],
        ["Charge", "Aangan Nest", "Aangan Hearth", "Aangan Haveli"],
        [
            ["Joining fee and annual fee", "Rs. 499", "Rs. 1,499", "Rs. 4,999"],
            ["Member card fee", "Free (up to 2 member cards)",
             "First 2 member cards free, then Rs. 299 a year for each further card", "Free"],
            ["Junior Member card", "Rs. 199 a year", "Rs. 199 a year", "Free"],
            ["Slice Shift after the first 10 in a month", "Rs. 20 a shift", "Rs. 20 a shift", "Free"],
            ["Cash withdrawal fee", "2.5% (minimum Rs. 500)", "2.5% (minimum Rs. 500)", "2% (minimum Rs. 300)"],
            ["Over-limit fee", "2.5% of the amount over the limit (minimum Rs. 600)",
             "2.5% of the amount over the limit (minimum Rs. 600)", "Nil"],
            ["Foreign currency markup", "3.5%", "3.5%", "2%"],
            ["Rent payment fee", "1% of the rent paid", "1% of the rent paid", "1% of the rent paid"],
            ["Card replacement (any card on the account)", "Rs. 200", "Rs. 200", "Free"],
            ["Reward redemption fee", "Rs. 99 per request", "Rs. 99 per request", "Nil"],
            ["EMI processing fee", "1.5% (minimum Rs. 249)", "1.25% (minimum Rs. 199)", "Rs. 149 flat"],
            ["Duplicate statement", "Rs. 100", "Rs. 100", "Rs. 100"],
            ["Payment return (cheque or auto-debit)", "Rs. 500", "Rs. 500", "Rs. 500"],
        ],
        caption="Table 3: Fees and charges",
    )
    b.para("GST at 18% is added to every fee, charge and interest amount. Member card fees are charged to the "
           "household account, not to the member's slice.", size=8.5)
    b.footnote("** First-year waiver: the first late payment charge levied in the first 12 months of the card "
               "account is reversed automatically. Interest is still charged.", need=110)
    b.plain_table(
        [LM + 10, LM + 200, LM + 350],
        ["Total amount due in the statement", "Nest and Hearth**", "Haveli**"],
        [
            ["Up to Rs. 500", "Nil", "Nil"],
            ["Rs. 501 to Rs. 5,000", "Rs. 350", "Rs. 300"],
            ["Rs. 5,001 to Rs. 25,000", "Rs. 800", "Rs. 650"],
            ["Rs. 25,001 to Rs. 50,000", "Rs. 1,150", "Rs. 950"],
            ["Above Rs. 50,000", "Rs. 1,500", "Rs. 1,250"],
        ],
        caption="Late payment charge slabs (when the minimum amount due is not paid by the due date)",
    )

    # ================================================================ benefits
    b.heading("11. Benefits and value-back", keep=120)
    b.para("Caps apply to the household as a whole, not to each member, and are per statement cycle unless the "
           "table says otherwise. Value-back is credited to the household account in the next statement.")
    b.ruled_table(
        [151, 112, 112, 116],
        ["Benefit", "Nest", "Hearth", "Haveli"],
        [
            ["Groceries and supermarkets", "5% value-back, up to Rs. 250", "5% value-back, up to Rs. 500",
             "7% value-back, up to Rs. 1,000"],
            ["School and college fees paid on the card", "1% value-back, up to Rs. 300",
             "1% value-back, up to Rs. 750", "1.5% value-back, up to Rs. 2,000"],
            ["Family dining on Saturdays and Sundays", "10% value-back, up to Rs. 200",
             "15% value-back, up to Rs. 400", "20% value-back, up to Rs. 800"],
            ["Movie tickets", "Not included", "Rs. 150 off a ticket, 2 tickets a month",
             "Rs. 250 off a ticket, 4 tickets a month"],
            ["Griha Shield home contents cover", "Rs. 1 lakh a year", "Rs. 2.5 lakh a year", "Rs. 5 lakh a year"],
            ["Personal accident cover (Primary Holder)", "Rs. 5 lakh", "Rs. 10 lakh", "Rs. 25 lakh"],
            ["Railway lounge visits (household total)", "2 a year", "4 a year", "8 a year"],
            ["Domestic airport lounge visits (household total)", "Not included", "2 a year", "8 a year"],
            ["Welcome benefit (first spend within 30 days)", "500 Aangan Coins", "2,000 Aangan Coins",
             "Rs. 3,000 GharBazaar voucher"],
        ],
        caption="Table 4: Benefits by variant",
        group=[("", 1), ("Value-back or benefit, with its cap", 3)],
    )

    # ================================================================ rewards, add-on, EMI
    b.heading("12. Aangan Coins", keep=60)
    b.label("Earn rate", "1 Aangan Coin per Rs. 100 on Nest, 2 per Rs. 100 on Hearth, 3 per Rs. 100 on Haveli")
    b.label("Household bills", "double Aangan Coins on electricity, piped gas, water and broadband bills paid on "
            "any card of the household")
    b.label("Coin Jar", "coins earned on every card of the household are pooled in one Coin Jar; only the Primary "
            "Holder can redeem them, unless Member Redeem is switched on for a member")
    b.label("Value of 1 Aangan Coin", "Rs. 0.25 as statement credit, or Rs. 0.40 against GharBazaar vouchers")
    b.label("Minimum redemption", "400 Aangan Coins")
    b.label("Validity", "3 years from the date on which they are earned")
    b.label("Family Day bonus", "5 times the usual coins on spends made on 15 May, up to 2,000 bonus coins for "
            "the household")
    b.para("No coins are earned on fuel, rent payments, wallet loads, cash withdrawals, EMI transactions, insurance "
           "premiums or government payments. Coins are taken back if a purchase is refunded or cancelled.")

    b.heading("13. Member cards (add-on cards)", keep=60)
    b.bullet("Every member gets a card with his or her own name, card number and PIN; the limit on it is the "
             "Member Slice.")
    b.bullet("Add a member later from Kalindra Chaupal > Card Services > Add Member; the new member completes the "
             "Courtyard steps on his or her own phone.")
    b.bullet("A member sees only his or her own spends and slice in the app. The Primary Holder sees every card.")
    b.bullet("Member cards are delivered only to the household address, or to the hostel address of a student "
             "member.")
    b.bullet("The Primary Holder is liable for all dues on all cards, including those of members who have been "
             "removed.")

    b.heading("14. EMI on the card", keep=60)
    b.label("Eligible purchases", "Rs. 2,500 or more, converted within 30 days of the purchase date")
    b.label("Tenures", "3, 6, 9, 12 or 24 months")
    b.label("EMI interest", "16% a year on Nest and Hearth, 14% a year on Haveli, on the reducing balance")
    b.label("Whose limit", "the EMI amount is held from the slice of the member who made the purchase and is "
            "released as instalments are paid")
    b.label("Foreclosure charge", "3% of the principal still outstanding")
    b.label("Not allowed", "Junior Members cannot convert purchases into EMI; gold and jewellery, fuel, wallet "
            "loads and cash withdrawals cannot be converted")

    # ================================================================ statements
    b.heading("15. Statements, payments and interest", keep=80)
    b.label("Statement", "one household statement with a separate section for each card")
    b.label("Statement date", "the 5th, 12th, 19th or 26th of the month, chosen at House Key; it can be changed "
            "once a card year")
    b.label("Payment due date", "20 days after the statement date")
    b.label("Minimum amount due", "5% of the total amount due or Rs. 250, whichever is higher, plus any EMI "
            "instalment and any amount over the limit")
    b.label("Who can pay", "any member, by UPI, net banking or the Chaupal app; every payment goes to the "
            "household account")
    b.para("If only part of the bill is paid, interest at the variant's monthly rate is charged on each purchase "
           "from the date of purchase until the dues are fully paid, and new purchases on every card get no "
           "interest-free period until the total amount due is cleared. Interest on cash withdrawals runs from the "
           "day of withdrawal.")
    b.subheading("Worked example (Aangan Hearth)", keep=30)
    b.para("Statement date 12 June. Total amount due Rs. 30,000: Meenal Rs. 18,000, Kabir Rs. 7,000 and Rajat "
           "Rs. 5,000. Minimum amount due Rs. 1,500. Rajat pays Rs. 10,000 on 2 July, the due date. Interest at "
           "3.25% a month is charged on the Rs. 20,000 left unpaid - about Rs. 650 for one month, plus GST - until "
           "it is cleared. As the minimum was paid in time, there is no late payment charge.")

    # ================================================================ controls
    b.heading("16. Card controls and safety", keep=100)
    b.para("The Primary Holder sets the controls of every card in Kalindra Chaupal > Card Controls. A member can "
           "make his or her own settings stricter but cannot loosen what the Primary Holder has set.", gap_after=2)
    b.ruled_table(
        [151, 112, 112, 116],
        ["Control", "Primary Holder", "Member (18 or above)", "Junior Member"],
        [
            ["Online payments", "On", "On", "On, up to Rs. 2,000 a transaction"],
            ["International use", "Off at issue; can be switched on", "Off at issue; Primary Holder can switch "
             "on", "Always off"],
            ["Cash withdrawal", "Up to 20% of the Household Limit", "Off at issue; Primary Holder can allow up to "
             "10% of the slice", "Always off"],
            ["Contactless limit per tap", "Rs. 5,000", "Rs. 5,000", "Rs. 1,000"],
            ["Night lock", "Not available", "Optional", "Card locked from 10 pm to 6 am"],
            ["Blocked categories", "None", "Set by the Primary Holder", "Gaming, betting, liquor and tobacco "
             "shops, always blocked"],
        ],
        caption="Table 5: Default card controls by type of card",
    )
    b.para("Zero liability applies to unauthorised transactions reported within 3 working days. If reported "
           "within 4 to 7 working days, the household's liability is capped at Rs. 10,000 per card. To block a "
           "lost card at once, SMS ABLOCK and the last 4 digits of the card to 56717 or call the Aangan Helpline; "
           "a replacement card reaches you within 5 working days.")
    b.do_dont(
        [
            "Give each member a slice that matches what he or she really spends, and keep the rest in the Reserve.",
            "Switch on Deputy mode before you travel, so that the family is not left without approvals.",
            "Remove a member from Card Services as soon as he or she moves out of the household.",
        ],
        [
            "Don't share your card or OTP with another member, even within the family; every member has a card.",
            "Don't approve a Slice Ask you did not expect; call the member first.",
            "Don't give a Junior Member's card to a younger child.",
        ],
    )

    # ================================================================ timelines
    b.heading("17. Key timelines", keep=40)
    b.ruled_table(
        [260, 231],
        ["Event", "Timeline"],
        [
            ["Decision after House Key", "Usually instant; up to 3 working days under manual review (HH-690)"],
            ["Virtual cards for the Primary Holder and members in Chaupal", "Within 1 hour of approval"],
            ["Physical cards delivered", "5 working days in metro cities, 8 working days elsewhere"],
            ["Card activation", "Within 30 days of issue; an unactivated member card is cancelled on day 45"],
            ["Slice change or Slice Shift", "Within 15 minutes"],
            ["Unspent slice of a removed member back in the Reserve", "Within 24 hours"],
            ["Welcome benefit credited", "Within 15 days of the first spend"],
            ["Dispute of a transaction", "Raise within 30 days of the statement date; resolved within 45 days"],
            ["Card closure", "Within 7 working days of the request, once all dues on every card are paid"],
        ],
        caption="Table 6: Key timelines",
    )

    # ================================================================ FAQ
    b.heading("18. Frequently asked questions", keep=60)
    faqs = [
        ("My brother and I live in the same house. Can we each open an Aangan household?",
         "No. One address can have only one open application, and a person can belong to only one household."),
        ("Can my daughter's spends use my Reserve without asking me?",
         "No. A member can spend only up to her slice. She can send a Slice Ask, which you approve in the app."),
        ("Can my father's salary be counted along with my wife's?",
         "No. Only one Co-earner can be named, and a Co-earner must be your spouse or a son or daughter aged 21 or "
         "above. A pension received by the household is counted at 40%."),
        ("Can we split the bill so that each member pays separately?",
         "Each member can pay towards the bill, but there is one household statement and one due date. The "
         "Primary Holder remains liable for the whole amount."),
        ("What happens to the Coin Jar if the account is closed?",
         "Coins must be redeemed before the closure request; coins left in the Coin Jar lapse when the account "
         "is closed."),
    ]
    for i, (q, a) in enumerate(faqs, 1):
        b.ensure(BODY * LEAD * (1 + len(wrap_runs([(a, REG)], RM - LM - 14, BODY))) + 6)
        b.rich([(f"Q{i}. {q}", BOLD)], gap_after=0.5)
        b.para(a, indent=14, gap_after=3.2)

    # ================================================================ contact
    b.heading("19. Contact us and grievance redressal", keep=60)
    b.label("Aangan Helpline", "1800-572-2640 (toll-free, 24 hours, all 7 days)")
    b.label("WhatsApp", "+91-93021-57720 (send HI AANGAN to start)")
    b.label("E-mail", "aangan.help@kalindratrust.example")
    b.label("Website", "www.kalindratrust.example/aangan")
    b.label("Post", "Aangan Card Cell, Kalindra Trust Bank Ltd., 7 Shyamla Ridge Road, Bhopal 462013")
    b.para("Escalate a complaint one level at a time and keep the complaint number sent to you by SMS.",
           gap_after=2)
    b.ruled_table(
        [58, 190, 140, 103],
        ["Level", "Whom to contact", "When to escalate", "Reply within"],
        [
            ["Level 1", "Aangan Helpline, e-mail, WhatsApp, or Help > Raise a complaint in Kalindra Chaupal",
             "Any complaint", "5 working days"],
            ["Level 2", "Grievance Redressal Officer, Ms. Revathi Iyengar, gro.aangan@kalindratrust.example, "
             "0755-491-3300 (10 am to 6 pm, Monday to Friday)",
             "No reply within 5 working days, or not satisfied with the Level 1 reply", "10 working days"],
            ["Level 3", "Principal Nodal Officer, Mr. Anirban Ghoshal, nodal.aangan@kalindratrust.example, "
             "0755-491-3399",
             "No reply from Level 2 within 10 working days, or not satisfied", "15 working days"],
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
