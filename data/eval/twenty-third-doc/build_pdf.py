"""Build the twenty-third evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card and its
variants, the app and its journey, the partner network, people, installers,
electricity distribution companies, phone numbers, e-mail addresses, web
addresses, codes, fees, emission factors and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/twenty-third-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign is
written as "Rs." throughout.  Output is deterministic (fixed metadata dates,
no new document id).
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "nirmalya_harit_ghar_green_home_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 48.0, 547.0  # left and right margins
TOP = 58.0  # body starts below the running header
FOOTER_Y = 812.0
BODY_BOTTOM = 798.0  # lowest y for body text on a page without footnotes

REG, BOLD = "helv", "hebo"
SUP = "sup"  # pseudo font: a raised footnote mark glued to the word before it
BODY = 8.5
LEAD = 1.28
FOREST = (0.07, 0.36, 0.22)  # dark green
LEAF = (0.90, 0.96, 0.91)  # light green fill
SUN = (0.91, 0.60, 0.08)  # sun yellow-orange
SUN_FILL = (1.0, 0.97, 0.88)
GRID = (0.30, 0.40, 0.34)
ZEBRA = (0.965, 0.985, 0.968)
GREY = (0.38, 0.40, 0.39)

HEADER_LEFT = "Nirmalya Bank Ltd.  |  Harit Ghar Credit Card  |  Customer Guide"
FOOTER_LEFT = "Document NB-HG-CG-04, version 4.1, effective 1 July 2025"
FOOTER_RIGHT = "Fictional document - for evaluation only"


def tl(text: str, font: str = REG, size: float = BODY) -> float:
    if font == SUP:
        return pymupdf.get_text_length(text, fontname=REG, fontsize=size * 0.62)
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def wrap_runs(segments, width, size):
    """Wrap (text, font) segments into lines; each line is a list of (text, font, glued) words.

    "Rs." is kept on the same line as the amount after it; a SUP segment is glued to the word before it."""
    words = []  # [text, font, glued]
    for text, font in segments:
        if font == SUP:
            words.append([text, SUP, True])
            continue
        for w in text.split():
            if words and words[-1][0].endswith("Rs.") and words[-1][1] == font:
                words[-1][0] += " " + w
            else:
                words.append([w, font, False])
    lines, cur, cur_w = [], [], 0.0
    space = tl(" ", REG, size)
    for w, f, g in words:
        ww = tl(w, f, size)
        add = ww if (not cur or g) else space + ww
        if cur and cur_w + add > width and not g:
            lines.append(cur)
            cur, cur_w = [(w, f, g)], ww
        else:
            cur.append((w, f, g))
            cur_w += add
    if cur:
        lines.append(cur)
    out = []
    for line in lines:
        runs = []  # merge neighbouring words of the same font into one run
        for w, f, g in line:
            if runs and runs[-1][1] == f and f != SUP and not g:
                runs[-1][0] += " " + w
            else:
                if runs and not g:
                    runs[-1][0] += " "
                runs.append([w, f])
        out.append([(t, f) for t, f in runs])
    return out


def line_text(runs):
    return "".join(t for t, _ in runs)


class Builder:
    def __init__(self):
        self.doc = pymupdf.open()
        self.footnotes: dict[int, list[tuple[str, str]]] = {}
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
        for _mark, text in self.footnotes.get(pno, []):
            h += len(wrap_runs([(text, REG)], RM - LM - 14, 7.2)) * 7.2 * 1.3 + 2
        return h + (12 if h else 0)

    def bottom(self):
        return BODY_BOTTOM - self.foot_height(self.page.number)

    def ensure(self, h):
        if self.y + h > self.bottom():
            self.new_page()

    def footnote(self, mark, text):
        """Attach a footnote to the current page (call right after the text that carries the mark)."""
        self.footnotes[self.page.number].append((mark, text))

    # ------------------------------------------------------------------- text
    def draw_runs(self, x, y, runs, size, color=(0, 0, 0)):
        for text, font in runs:
            if font == SUP:
                self.page.insert_text((x + 0.4, y - size * 0.38), text, fontname=REG, fontsize=size * 0.62,
                                      color=SUN)
                x += tl(text, SUP, size) + 0.8
                continue
            self.page.insert_text((x, y), text, fontname=font, fontsize=size, color=color)
            x += tl(text, font, size)

    def rich(self, segments, size=BODY, indent=0.0, gap_after=3.6, right=RM, marker=None, color=(0, 0, 0)):
        x0 = LM + indent
        lines = wrap_runs(segments, right - x0, size)
        lh = size * LEAD
        for i, runs in enumerate(lines):
            self.ensure(lh)
            self.y += lh
            if i == 0 and marker == "dot":
                self.page.draw_circle((x0 - 7, self.y - size * 0.3 - 2.6), 1.7, color=FOREST, fill=FOREST, width=0)
            self.draw_runs(x0, self.y - size * 0.3, runs, size, color=color)
        self.y += gap_after

    def para(self, text, **kw):
        self.rich([(text, REG)], **kw)

    def bullet(self, text, bold_lead=None, indent=12.0, sup=None):
        segs = [(bold_lead, BOLD)] if bold_lead else []
        segs.append((text, REG))
        if sup:
            segs.append((sup, SUP))
        self.rich(segs, indent=indent, marker="dot", gap_after=1.6)

    def label(self, label, value, indent=0.0, right=RM, size=BODY, gap_after=1.4):
        n = len(wrap_runs([(label + ":", BOLD), (value, REG)], right - LM - indent, size))
        self.ensure(n * size * LEAD)  # keep a label line and its wrapped value on one page
        self.rich([(label + ":", BOLD), (value, REG)], indent=indent, gap_after=gap_after, right=right, size=size)

    def heading(self, num, text, size=11.0, keep=0.0):
        """Section heading: the number in a green square, the title in green, a hairline under both."""
        self.ensure(size * 2 + 40 + keep)
        self.y += 9
        sq = pymupdf.Rect(LM, self.y, LM + size + 9, self.y + size + 9)
        self.page.draw_rect(sq, color=FOREST, fill=FOREST, width=0)
        ns = str(num)
        self.page.insert_text((sq.x0 + (sq.width - tl(ns, BOLD, size)) / 2, sq.y1 - 5.2), ns, fontname=BOLD,
                              fontsize=size, color=(1, 1, 1))
        self.page.insert_text((sq.x1 + 8, sq.y1 - 5.2), text, fontname=BOLD, fontsize=size + 1, color=FOREST)
        self.page.draw_line((sq.x1, sq.y1), (RM, sq.y1), color=SUN, width=1.2)
        self.y = sq.y1 + 3

    def subheading(self, text, size=9.2, keep=30.0):
        self.ensure(size * 1.5 + keep)
        self.y += 4 + size * 1.2
        self.page.draw_rect(pymupdf.Rect(LM, self.y - size * 0.75, LM + 4, self.y + 1), color=SUN, fill=SUN,
                            width=0)
        self.page.insert_text((LM + 8, self.y), text, fontname=BOLD, fontsize=size, color=FOREST)
        self.y += 3

    # ------------------------------------------------------- special blocks
    def key_facts(self, title, pairs, size=8.2, labw=86.0, gutter=18.0):
        """A framed key-facts box: two columns of label / value pairs under a filled title bar."""
        colw = (RM - LM - 20 - gutter) / 2
        half = (len(pairs) + 1) // 2
        cols = [pairs[:half], pairs[half:]]
        lh = size * 1.3
        laid = []
        for col in cols:
            items = []
            for lab, val in col:
                ll = wrap_runs([(lab, BOLD)], labw - 6, size)
                vl = wrap_runs([(val, REG)], colw - labw, size)
                items.append((ll, vl, max(len(ll), len(vl)) * lh + 4))
            laid.append(items)
        h = 22 + max(sum(i[2] for i in items) for items in laid) + 6
        self.ensure(h + 8)
        top = self.y + 4
        box = pymupdf.Rect(LM, top, RM, top + h)
        self.page.draw_rect(box, color=FOREST, width=0.9)
        self.page.draw_rect(pymupdf.Rect(LM, top, RM, top + 16), color=FOREST, fill=FOREST, width=0)
        self.page.insert_text((LM + 10, top + 11.5), title, fontname=BOLD, fontsize=size + 1.2, color=(1, 1, 1))
        for k, items in enumerate(laid):
            x = LM + 10 + k * (colw + gutter)
            y = top + 22
            for j, (ll, vl, ih) in enumerate(items):
                if j:
                    self.page.draw_line((x, y - 1), (x + colw, y - 1), color=(0.78, 0.86, 0.80), width=0.4)
                yy = y
                for runs in ll:
                    yy += lh
                    self.draw_runs(x, yy - 2, runs, size, color=FOREST)
                yy = y
                for runs in vl:
                    yy += lh
                    self.draw_runs(x + labw, yy - 2, runs, size)
                y += ih
        mid = LM + 10 + colw + gutter / 2
        self.page.draw_line((mid, top + 22), (mid, top + h - 6), color=(0.78, 0.86, 0.80), width=0.5)
        self.y = box.y1 + 6

    def _arrow(self, p0, p1, color=SUN, width=1.6, head=5.0):
        """A straight arrow from p0 to p1 with a filled triangular head at p1."""
        x0, y0 = p0
        x1, y1 = p1
        dx, dy = x1 - x0, y1 - y0
        ln = (dx * dx + dy * dy) ** 0.5
        ux, uy = dx / ln, dy / ln
        bx, by = x1 - ux * head * 1.5, y1 - uy * head * 1.5
        self.page.draw_line((x0, y0), (bx, by), color=color, width=width)
        pts = [(x1, y1), (bx - uy * head, by + ux * head), (bx + uy * head, by - ux * head), (x1, y1)]
        self.page.draw_polyline(pts, color=color, fill=color, width=0.3, closePath=True)

    def stage_flow(self, stages, size=7.6):
        """Onboarding stages as boxes joined by arrows, three to a row, in a snake (row 2 runs right to left)."""
        per = 3
        gap = 34.0
        w = (RM - LM - gap * (per - 1)) / per
        bh = 50.0
        vgap = 26.0
        rows = (len(stages) + per - 1) // per
        total = rows * bh + (rows - 1) * vgap + 8
        self.ensure(total + 6)
        top = self.y + 6
        rects = []
        for i, (tag, name, note) in enumerate(stages):
            r, c = divmod(i, per)
            if r % 2 == 1:
                c = per - 1 - c
            x = LM + c * (w + gap)
            y = top + r * (bh + vgap)
            rect = pymupdf.Rect(x, y, x + w, y + bh)
            rects.append(rect)
            self.page.draw_rect(rect, color=FOREST, fill=LEAF, width=0.9, radius=0.12)
            self.page.insert_text((x + 8, y + 12), tag, fontname=BOLD, fontsize=size - 0.4, color=SUN)
            self.page.insert_text((x + 8, y + 25), name, fontname=BOLD, fontsize=size + 2.2, color=FOREST)
            yy = y + 36
            for runs in wrap_runs([(note, REG)], w - 16, size):
                self.page.insert_text((x + 8, yy), line_text(runs), fontname=REG, fontsize=size,
                                      color=(0.15, 0.15, 0.15))
                yy += size * 1.2
        for a, b in zip(rects, rects[1:]):
            if abs(a.y0 - b.y0) < 1:  # same row
                if b.x0 > a.x0:
                    self._arrow((a.x1 + 3, a.y0 + bh / 2), (b.x0 - 3, b.y0 + bh / 2))
                else:
                    self._arrow((a.x0 - 3, a.y0 + bh / 2), (b.x1 + 3, b.y0 + bh / 2))
            else:  # down to the next row
                cx = (a.x0 + a.x1) / 2
                self._arrow((cx, a.y1 + 3), (cx, b.y0 - 3))
        self.y = top + total

    def flow_columns(self, items, gutter=20.0, size=BODY):
        """Running text in two columns: fill the left column to the foot of the page, then the right one,
        then go on to a new page. Items: ('h', text), ('p', text), ('l', label, value), ('b', text)."""
        colw = (RM - LM - gutter) / 2
        lh = size * LEAD
        xs = [LM, LM + colw + gutter]
        col = 0
        top = self.y
        col_bottom = [top, top]

        def rule():
            mid = LM + colw + gutter / 2
            self.page.draw_line((mid, top + 2), (mid, max(col_bottom) - 2), color=SUN, width=0.5)

        y = top
        for item in items:
            kind = item[0]
            if kind == "h":
                need = lh * 4 + 8
                segs_lines = [[(item[1], BOLD)]]
            elif kind == "l":
                segs_lines = wrap_runs([(item[1] + ":", BOLD), (item[2], REG)], colw, size)
                need = len(segs_lines) * lh + 2
            elif kind == "b":
                segs_lines = wrap_runs([(item[1], REG)], colw - 9, size)
                need = len(segs_lines) * lh + 2
            else:
                segs_lines = wrap_runs([(item[1], REG)], colw, size)
                need = lh * 2  # a paragraph may break across columns after two lines
            if y + need > self.bottom():
                col_bottom[col] = y
                if col == 0:
                    col, y = 1, top
                else:
                    rule()
                    self.new_page()
                    top = y = self.y
                    col, col_bottom = 0, [top, top]
            x = xs[col]
            if kind == "h":
                y += lh + 5
                self.page.insert_text((x, y - size * 0.3), item[1], fontname=BOLD, fontsize=size + 0.9,
                                      color=FOREST)
                self.page.draw_line((x, y + 1.2), (x + colw, y + 1.2), color=(0.78, 0.86, 0.80), width=0.5)
                y += 3
                continue
            for i, runs in enumerate(segs_lines):
                if y + lh > self.bottom():
                    col_bottom[col] = y
                    if col == 0:
                        col, y = 1, top
                    else:
                        rule()
                        self.new_page()
                        top = y = self.y
                        col, col_bottom = 0, [top, top]
                    x = xs[col]
                y += lh
                if kind == "b":
                    if i == 0:
                        self.page.draw_circle((x + 2.5, y - size * 0.3 - 2.6), 1.6, color=FOREST, fill=FOREST,
                                              width=0)
                    self.draw_runs(x + 9, y - size * 0.3, runs, size)
                else:
                    self.draw_runs(x, y - size * 0.3, runs, size)
            y += 3.2 if kind == "p" else 1.6
        col_bottom[col] = y
        rule()
        self.y = max(col_bottom) + 4

    # ----------------------------------------------------------------- tables
    def ruled_table(self, widths, header, rows, size=8.0, pad=2.8, caption=None, total_rows=0, first_bold=False):
        """Ruled table.  A cell given as None is merged with the cell above it (a row span): the label of
        the first row of the span is drawn once in a cell as tall as all the rows it spans.  The last
        `total_rows` rows are drawn as a summary (bold, shaded, with a heavier rule above)."""
        xs = [LM]
        for w in widths:
            xs.append(xs[-1] + w)
        assert abs(xs[-1] - RM) < 0.6, (xs[-1], RM)
        lh = size * 1.3
        n = len(rows)

        def wrap(c, w, font):
            return wrap_runs([(c, font)], w - 2 * pad, size)

        hdr = [wrap(c, w, BOLD) for c, w in zip(header, widths)]
        hdr_h = max(len(x) for x in hdr) * lh + 2 * pad
        # span length of each cell that starts a span
        span = [[0] * len(widths) for _ in rows]
        for ci in range(len(widths)):
            for ri in range(n):
                if rows[ri][ci] is None:
                    continue
                k = ri + 1
                while k < n and rows[k][ci] is None:
                    k += 1
                span[ri][ci] = k - ri
        heights = []
        for ri, row in enumerate(rows):
            font = BOLD if ri >= n - total_rows else REG
            hs = [len(wrap(c, w, BOLD if (first_bold and ci == 0) else font)) * lh + 2 * pad
                  for ci, (c, w) in enumerate(zip(row, widths)) if c is not None and span[ri][ci] == 1]
            heights.append(max(hs) if hs else lh + 2 * pad)
        for ri in range(n):  # make every spanning cell tall enough for its text
            for ci, w in enumerate(widths):
                s = span[ri][ci]
                if s > 1:
                    need = len(wrap(rows[ri][ci], w, BOLD if ci == 0 and first_bold else REG)) * lh + 2 * pad
                    have = sum(heights[ri:ri + s])
                    if need > have:
                        heights[ri + s - 1] += need - have
        # groups of rows that must stay on one page (rows joined by a span)
        groups, ri = [], 0
        while ri < n:
            end = ri + max(1, max(span[ri][ci] for ci in range(len(widths))))
            k = ri
            while k < end:
                end = max(end, k + max(1, max(span[k][ci] for ci in range(len(widths)))))
                k += 1
            groups.append((ri, end))
            ri = end

        def draw_header():
            for i, wl in enumerate(hdr):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + hdr_h)
                self.page.draw_rect(r, color=GRID, fill=FOREST, width=0.6)
                yy = self.y + pad + size * 0.95
                for runs in wl:
                    self.draw_runs(xs[i] + pad, yy, runs, size, color=(1, 1, 1))
                    yy += lh
            self.y += hdr_h

        if caption:
            first_h = sum(heights[groups[0][0]:groups[0][1]])
            self.ensure(size * 2 + hdr_h + first_h + 10)
            self.y += size * 1.5
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.6, color=FOREST)
            self.y += 4
        draw_header()
        for gi, (g0, g1) in enumerate(groups):
            gh = sum(heights[g0:g1])
            if self.y + gh > self.bottom():
                self.new_page()
                self.page.insert_text((LM, self.y + size), (caption or "Table") + " (continued)",
                                      fontname=BOLD, fontsize=size + 0.6, color=FOREST)
                self.y += size + 6
                draw_header()
            ys = [self.y]
            for ri in range(g0, g1):
                ys.append(ys[-1] + heights[ri])
            for ri in range(g0, g1):
                is_total = ri >= n - total_rows
                fill = LEAF if is_total else (ZEBRA if gi % 2 else None)
                for ci in range(len(widths)):
                    c = rows[ri][ci]
                    if c is None:
                        continue
                    s = span[ri][ci]
                    y0, y1 = ys[ri - g0], ys[ri - g0 + s]
                    r = pymupdf.Rect(xs[ci], y0, xs[ci + 1], y1)
                    self.page.draw_rect(r, color=GRID, fill=(LEAF if s > 1 and not is_total else fill), width=0.6)
                    font = BOLD if (is_total or (first_bold and ci == 0)) else REG
                    yy = y0 + pad + size * 0.95
                    for runs in wrap(c, widths[ci], font):
                        self.draw_runs(xs[ci] + pad, yy, runs, size)
                        yy += lh
                if is_total and ri == n - total_rows:
                    self.page.draw_line((LM, ys[ri - g0]), (RM, ys[ri - g0]), color=FOREST, width=1.6)
            self.y = ys[-1]
        self.y += 6

    def plain_table(self, col_x, header, rows, size=8.3, caption=None):
        """Unruled table: cells at fixed x positions, no lines; the header is underlined by a thin rule."""
        lh = size * 1.3
        widths = [col_x[i + 1] - col_x[i] - 10 for i in range(len(col_x) - 1)] + [RM - col_x[-1]]

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(w) for w in wrapped) * lh + 2.4

        hw, hh = layout(header, BOLD)
        if caption:
            self.ensure(size * 2 + hh + 46)
            self.y += size * 1.5
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.5, color=FOREST)
            self.y += 5
        self.ensure(hh + 40)
        for k, (wrapped, h) in enumerate([(hw, hh)] + [layout(r, REG) for r in rows]):
            if k and self.y + h > self.bottom():
                self.new_page()
            for x, wl in zip(col_x, wrapped):
                yy = self.y + size
                for runs in wl:
                    self.draw_runs(x, yy, runs, size, color=FOREST if k == 0 else (0, 0, 0))
                    yy += lh
            self.y += h + 1.8
        self.y += 5

    def faq(self, items, size=BODY):
        """FAQ: each question in bold on its own line(s), the answer in plain text beneath it."""
        lh = size * LEAD
        for q, a in items:
            ql = wrap_runs([(q, BOLD)], RM - LM, size)
            al = wrap_runs([(a, REG)], RM - LM - 10, size)
            self.ensure((len(ql) + len(al)) * lh + 8)
            self.y += 2
            self.rich([(q, BOLD)], gap_after=0.4, color=FOREST)
            self.rich([(a, REG)], indent=10, gap_after=3.2)

    def callout(self, title, text, size=8.3):
        """A note with a thick sun-coloured bar down its left edge and a light fill."""
        lines = wrap_runs([(text, REG)], RM - LM - 22, size)
        h = 8 + (size + 1.5) * 1.3 + len(lines) * size * 1.32 + 5
        self.ensure(h + 6)
        r = pymupdf.Rect(LM, self.y + 3, RM, self.y + 3 + h)
        self.page.draw_rect(r, color=SUN_FILL, fill=SUN_FILL, width=0)
        self.page.draw_rect(pymupdf.Rect(LM, r.y0, LM + 5, r.y1), color=SUN, fill=SUN, width=0)
        y = r.y0 + 5 + size * 1.25
        self.page.insert_text((LM + 14, y), title, fontname=BOLD, fontsize=size + 0.5, color=FOREST)
        y += 2
        for runs in lines:
            y += size * 1.32
            self.draw_runs(LM + 14, y, runs, size)
        self.y = r.y1 + 5

    # ----------------------------------------------------------------- finish
    def finish(self, path):
        n = self.doc.page_count
        for page in self.doc:
            # running header: text on the left, "Page x of N" on the right, a green rule under both
            page.insert_text((LM, 34), HEADER_LEFT, fontname=BOLD, fontsize=7.4, color=FOREST)
            hdr_right = f"Page {page.number + 1} of {n}"
            page.insert_text((RM - tl(hdr_right, BOLD, 7.6), 34), hdr_right, fontname=BOLD, fontsize=7.6,
                             color=FOREST)
            page.draw_line((LM, 39), (RM, 39), color=FOREST, width=1.0)
            page.draw_line((LM, 41), (RM, 41), color=SUN, width=0.5)
            notes = self.footnotes.get(page.number, [])
            if notes:
                y = BODY_BOTTOM - self.foot_height(page.number) + 12
                page.draw_line((LM, y - 2), (LM + 140, y - 2), color=GREY, width=0.4)
                for mark, text in notes:
                    first = True
                    for runs in wrap_runs([(text, REG)], RM - LM - 14, 7.2):
                        y += 7.2 * 1.3
                        if first:
                            page.insert_text((LM + 2, y - 2.4), mark, fontname=REG, fontsize=5.6, color=SUN)
                            first = False
                        x = LM + 14
                        for t, f in runs:
                            page.insert_text((x, y), t, fontname=f, fontsize=7.2, color=(0.15, 0.15, 0.2))
                            x += tl(t, f, 7.2)
                    y += 2
            # running footer: document code on the left, a note on the right, a thin rule above
            page.draw_line((LM, FOOTER_Y), (RM, FOOTER_Y), color=GREY, width=0.4)
            page.insert_text((LM, FOOTER_Y + 11), FOOTER_LEFT, fontname=REG, fontsize=6.8, color=GREY)
            page.insert_text((RM - tl(FOOTER_RIGHT, REG, 6.8), FOOTER_Y + 11), FOOTER_RIGHT, fontname=REG,
                             fontsize=6.8, color=GREY)
        self.doc.set_metadata({
            "title": "Nirmalya Harit Ghar Green Home Credit Card - Customer Guide (fictional)",
            "author": "Nirmalya Bank Ltd. (fictional)",
            "subject": "Customer guide for a fictional credit card that finances rooftop solar, home EV chargers "
                       "and efficient appliances and pays the electricity bill",
            "keywords": "fictional, evaluation, credit card, green home, solar, EV charger, electricity bill, "
                        "carbon statement",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": "D:20250701000000+05'30'",
            "modDate": "D:20250701000000+05'30'",
        })
        self.doc.save(path, garbage=4, deflate=True, clean=True, no_new_id=True)
        return n


def build():
    b = Builder()

    # ================================================================ title
    b.page.draw_rect(pymupdf.Rect(LM, b.y, RM, b.y + 64), color=LEAF, fill=LEAF, width=0)
    b.page.draw_rect(pymupdf.Rect(LM, b.y, LM + 6, b.y + 64), color=FOREST, fill=FOREST, width=0)
    b.page.draw_circle((RM - 34, b.y + 32), 18, color=SUN, fill=SUN, width=0)
    b.page.insert_text((LM + 16, b.y + 17), "NIRMALYA BANK LTD.", fontname=BOLD, fontsize=9.2, color=SUN)
    b.page.insert_text((LM + 16, b.y + 41), "Harit Ghar Credit Card", fontname=BOLD, fontsize=21, color=FOREST)
    b.page.insert_text((LM + 16, b.y + 56), "The green home card - customer guide to Harit Leaf, Harit Grove "
                       "and Harit Canopy", fontname=REG, fontsize=9.0, color=(0.15, 0.15, 0.15))
    b.y += 68
    b.para("Version 4.1, effective 1 July 2025. It replaces version 3.2 dated 1 January 2025. Every name, number "
           "and rule in this guide is fictional.", size=7.8, gap_after=3)
    b.para("The Harit Ghar Credit Card is issued by Nirmalya Bank Ltd. to people who want a cleaner, cheaper-to-run "
           "home. Besides ordinary card spends, it finances a rooftop solar system, a home EV charger or "
           "energy-efficient appliances bought from a Harit Partner on Green EMI, using an extra limit called "
           "Green Headroom; it pays your electricity bill by itself through BijliPay Autopay; it gives Urja Points "
           "for every unit of power your rooftop generates or your home saves, with monthly caps; and every quarter "
           "it shows the carbon you avoided in a Carbon Passbook. You apply in the NirmalyaGo app through a "
           "six-stage journey called the Sunpath.")

    b.heading(1, "The card at a glance")
    b.key_facts("KEY FACTS", [
        ("Issuer", "Nirmalya Bank Ltd., Sevantika Towers, 9 Ganeshkhind Road, Pune 411007"),
        ("Variants", "Harit Leaf, Harit Grove and Harit Canopy"),
        ("Credit limit", "Rs. 70,000 (Leaf, lowest) to Rs. 15,00,000 (Canopy, highest)"),
        ("Green Headroom", "an extra limit for Green EMI only, up to Rs. 8 lakh"),
        ("Green EMI", "rooftop solar, home EV chargers and efficient appliances from Harit Partners, 3 to 60 "
         "months"),
        ("BijliPay Autopay", "pays the electricity bill 2 days before its due date, for up to 2 consumer numbers"),
        ("Urja Points", "on spends, on units generated and on units saved, each with a cap"),
        ("Carbon Passbook", "a carbon statement in the app every quarter"),
        ("Mobile app", "NirmalyaGo, for Android and iOS"),
        ("Harit Care", "1800-209-4471 (toll-free, 7 am to 11 pm, all days)"),
    ])

    # ================================================================ variants
    b.heading(2, "Variants", keep=150)
    b.ruled_table(
        [133, 118, 120, 128],
        ["Feature", "Harit Leaf", "Harit Grove", "Harit Canopy"],
        [
            ["Net monthly income", "Rs. 35,000 to Rs. 70,000", "Rs. 70,001 to Rs. 1,75,000", "Above Rs. 1,75,000"],
            ["Limit multiple (times net monthly income)", "2 times", "3 times", "4 times"],
            ["Credit limit range", "Rs. 70,000 to Rs. 1,40,000", "Rs. 2,10,000 to Rs. 5,25,000",
             "Rs. 7,00,000 to Rs. 15,00,000"],
            ["Green Headroom (extra limit for Green EMI)", "75% of the card limit, up to Rs. 1 lakh",
             "100% of the card limit, up to Rs. 4 lakh", "100% of the card limit, up to Rs. 8 lakh"],
            ["Largest rooftop solar system that can be financed", "3 kW", "6 kW", "10 kW"],
            ["BijliPay limit per bill", "Rs. 12,000", "Rs. 25,000", "Rs. 60,000"],
            ["Card network", "RuPay", "Visa", "Mastercard"],
        ],
        caption="Table 1: The three variants side by side",
        first_bold=True,
    )
    b.para("The variant follows your net monthly income (section 7). Once a card year, in the month of your card "
           "anniversary, you can move up a variant if your income has grown into the next slab; Green EMIs already "
           "running move with you and keep their rates.", size=8.3)

    # ================================================================ eligibility
    b.heading(3, "Eligibility and exclusions", keep=60)
    b.subheading("Who can apply")
    b.bullet("resident Indian aged 23 to 65 years; non-resident Indians cannot apply.", bold_lead="Age and "
             "residence: ")
    b.bullet("salaried with a net monthly income of at least Rs. 35,000, or self-employed with an income of at "
             "least Rs. 5 lakh a year in each of the last 2 income tax returns.", bold_lead="Income: ")
    b.bullet("a credit bureau score of 720 or above. An applicant with no credit history can get Harit Leaf only, "
             "with a limit of Rs. 70,000.", bold_lead="Credit history: ")
    b.bullet("a domestic (residential) electricity connection in your own name, or in the name of your spouse, "
             "parent or child who lives with you (a Family Connection, declared at Meter Match).",
             bold_lead="Electricity connection: ")
    b.bullet("for rooftop solar, you or the family member on the connection must own the roof. A flat on a shared "
             "roof also needs the housing society's no-objection certificate on Form HG-7.",
             bold_lead="Roof: ")
    b.subheading("What the card will not do or finance")
    b.bullet("No card for a commercial, industrial or agricultural electricity connection (halt code UJ-447).")
    b.bullet("No Green EMI for rooftop solar on a rented home; appliances and EV chargers can still be financed.")
    b.bullet("No Green EMI for used, refurbished or display pieces, for appliances with fewer than 5 stars on the "
             "energy label, or for ceiling fans other than BLDC fans.")
    b.bullet("No Green EMI for off-grid battery-only systems, diesel or petrol generators, or inverters bought "
             "without solar panels.")
    b.bullet("No Green EMI for an EV charger meant for public or paid charging, or one fixed in a common parking "
             "area without the society's written consent.")
    b.para("An applicant with a loan or card settled or written off in the last 36 months cannot apply.", size=8.3,
           gap_after=2)

    # ================================================================ documents
    b.heading(4, "Documents you will need", keep=80)
    b.para("Income is checked through Account Aggregator consent, so paper copies are needed only when the online "
           "check fails.", gap_after=1)
    b.subheading("For the card", keep=20)
    b.bullet("PAN (compulsory) and Aadhaar for OTP e-KYC; a passport or voter ID if you choose video KYC.")
    b.bullet("Salaried: the last 3 salary slips or 6 months of bank statements. Self-employed: income tax returns "
             "of the last 2 years.")
    b.subheading("For BijliPay Autopay and unit rewards", keep=20)
    b.bullet("The latest electricity bill, not older than 60 days, with the consumer number and the name of the "
             "distribution company (discom).")
    b.bullet("For a Family Connection, a relationship declaration signed in the app with an Aadhaar OTP.")
    b.subheading("For rooftop solar", keep=20)
    b.bullet("A property tax receipt or sale deed in the name of the roof owner.")
    b.bullet("Form HG-7 from the housing society, for a shared roof.")
    b.bullet("A sanctioned load on the bill at least equal to the size of the solar system", sup="1")
    b.footnote("1", "If the sanctioned load is lower, the installer applies to the discom for a load increase. The "
               "discom's charges for it are paid by you and cannot be added to the Green EMI.")

    # ================================================================ onboarding
    b.heading(5, "Applying in the app: the Sunpath", keep=160)
    b.para("The application runs in six stages in the NirmalyaGo app, in the order shown below. A stage must be "
           "finished before the next one opens. Progress is saved at the end of every stage from Kernel onwards; "
           "only one application per PAN can be open at a time.", gap_after=0)
    b.stage_flow([
        ("STAGE 1", "Spark", "Mobile OTP and credit bureau consent"),
        ("STAGE 2", "Kernel", "PAN, Aadhaar e-KYC and a live selfie"),
        ("STAGE 3", "Yield", "Income through Account Aggregator or uploads"),
        ("STAGE 4", "Meter Match", "Electricity connection, bills and Units Baseline"),
        ("STAGE 5", "Sunview Call", "Video KYC with a bank officer"),
        ("STAGE 6", "Switch On", "Offer, statement date, BijliPay and e-sign"),
    ])
    stages = [
        ("Stage 1 (Spark)", "enter the mobile number linked to your Aadhaar, confirm it with a one-time password "
         "and give consent for a credit bureau check.",
         [("Timeout", "the OTP is valid for 3 minutes"),
          ("Retries", "5 OTP resends; after that the number is locked for 30 minutes (UJ-110)"),
          ("If you drop off", "nothing is saved; start again from Spark")]),
        ("Stage 2 (Kernel)", "add your PAN, complete Aadhaar OTP e-KYC and take a live selfie.",
         [("Timeout", "a session lasts 15 minutes; after that the stage starts again"),
          ("Retries", "3 selfie tries (then UJ-214); 2 tries to match the names on PAN and Aadhaar (then UJ-221)"),
          ("If you drop off", "the draft is kept for 7 days, with an SMS reminder on day 2 and day 6")]),
        ("Stage 3 (Yield)", "share 6 months of bank statements through Account Aggregator consent, or upload "
         "salary slips or income tax returns.",
         [("Timeout", "the Account Aggregator consent screen stays open for 10 minutes"),
          ("Retries", "3 uploads per document, PDF or JPG of up to 5 MB each (then UJ-342)"),
          ("If you drop off", "the draft is kept for 10 days")]),
        ("Stage 4 (Meter Match)", "enter the electricity consumer number and pick your discom. The bank fetches "
         "your last 6 bills, checks the name on the connection and sets your Units Baseline (section 11).",
         [("Timeout", "each bill fetch waits up to 90 seconds"),
          ("Retries", "3 fetch tries; if the discom does not answer (UJ-431) you may choose Link later, and "
           "BijliPay and unit rewards stay locked until the connection is linked, within 45 days of card issue"),
          ("If you drop off", "the draft is kept for 10 days")]),
        ("Stage 5 (Sunview Call)", "a video KYC call with a bank officer, booked in the app; slots run from 8 am "
         "to 8 pm, Monday to Saturday. Keep your original PAN card at hand.",
         [("Timeout", "join within 3 minutes of the start of the booked slot"),
          ("Retries", "2 missed slots (then UJ-517); a call that drops 3 times ends with UJ-530"),
          ("If you drop off", "the in-principle offer is held for 15 days")]),
        ("Stage 6 (Switch On)", "review the variant, credit limit and Green Headroom offered, choose the "
         "statement date, switch on BijliPay Autopay and e-sign the card agreement with an Aadhaar OTP.",
         [("Timeout", "the e-sign link is valid for 6 hours; up to 2 new links can be asked for"),
          ("If you drop off", "the offer lapses 15 days after the Sunview Call; you can apply again after 60 "
           "days")]),
    ]
    for name, text, rules in stages:
        n_lines = len(wrap_runs([(name + ":", BOLD), (text, REG)], RM - LM, BODY)) + len(rules) + 1
        b.ensure(n_lines * BODY * LEAD + 6)
        b.y += 2
        b.label(name, text, gap_after=0.6)
        for lab, val in rules:
            b.label(lab, val, indent=22, size=8.2, gap_after=0.4)
        b.y += 2

    # ================================================================ halt codes
    b.heading(6, "Halt codes and getting help", keep=60)
    b.ruled_table(
        [72, 48, 175, 204],
        ["Stage", "Code", "What it means", "What to do next"],
        [
            ["Spark", "UJ-110", "Too many OTP resends", "Wait 30 minutes and start again"],
            [None, "UJ-126", "Credit bureau consent not given, or a score below 720",
             "Give consent again; with a low score, apply again after 6 months"],
            ["Kernel", "UJ-214", "Live selfie not matched after 3 tries",
             "Try again after 4 hours in daylight, or choose video KYC at the Sunview Call"],
            [None, "UJ-221", "Names on PAN and Aadhaar do not match", "Correct the PAN record, then restart Kernel"],
            [None, "UJ-236", "Age outside 23 to 65 years", "Not eligible; the application closes"],
            ["Yield", "UJ-318", "Net monthly income below Rs. 35,000",
             "Apply again after 6 months with new income proof"],
            [None, "UJ-342", "Statements unreadable after 3 uploads, or consent declined",
             "Give Account Aggregator consent, or take printed statements to a Green Desk"],
            ["Meter Match", "UJ-431", "The discom did not answer after 3 tries",
             "Choose Link later and link from Cards > Harit Ghar > My Meter within 45 days of card issue"],
            [None, "UJ-447", "Commercial, industrial or agricultural connection",
             "Not eligible on this connection; use a domestic connection"],
            [None, "UJ-452", "Connection is in the name of someone other than you or a declared family member",
             "Add a Family Connection declaration, or have the discom change the name first"],
            ["Sunview Call", "UJ-517", "Two booked slots missed",
             "Book KYC at a Green Desk or a doorstep visit (Rs. 149; free for Harit Canopy)"],
            [None, "UJ-530", "Call dropped 3 times", "Move to Wi-Fi and book a new slot through Helpline 1"],
            ["Switch On", "UJ-612", "E-sign failed or the link expired", "Ask for a new link (up to 2)"],
            [None, "UJ-690", "Sent for manual review", "No action needed; a decision comes within 3 working days"],
        ],
        caption="Table 2: Halt codes on the Sunpath, by stage",
        first_bold=True,
    )
    b.subheading("Help channels", keep=60)
    b.label("Helpline 1 (cards and applications)", "1800-209-4471, toll-free, 7 am to 11 pm, all days")
    b.label("Helpline 2 (Green EMI, partners and installations)", "1800-209-4488, toll-free, 9 am to 7 pm, Monday "
            "to Saturday")
    b.label("Helpline 3 (calling from outside India)", "+91-20-6718-4471, charged at normal rates")
    b.label("WhatsApp", "+91-98220-47710; send HARIT to begin")
    b.label("E-mail", "haritcare@nirmalyabank.example; reply within 2 working days")
    b.label("Green Desk", "in 64 Nirmalya branches, Monday to Saturday, 10 am to 4 pm")
    b.label("Lost card", "SMS HGBLOCK <last 4 digits> to 56161 at any hour, or block it in NirmalyaGo")

    # ================================================================ limit
    b.heading(7, "How your credit limit is set", keep=200)
    b.label("Rule 1 (Income counted)", "net monthly income from salary slips, bank statements or income tax returns "
            "(yearly income divided by 12); rent you receive and money the discom pays you for exported solar "
            "power are not counted")
    b.label("Rule 2 (Multiple)", "net monthly income x the variant's limit multiple (Table 1)")
    b.label("Rule 3 (Rounding)", "rounded down to the nearest Rs. 10,000 and kept within the variant's range")
    b.label("Rule 4 (Bureau check)", "with a score from 720 to 749 the bank may lower the limit by up to 25%, but "
            "never below the bottom of the variant's range")
    b.label("Rule 5 (Green Headroom)", "a share of the final card limit, with the cap in Table 1. It can be used "
            "only for Green EMI at Harit Partners, and it frees up as the instalments are paid")
    b.subheading("Worked example", keep=60)
    b.para("Mrinalini Kothawale, a salaried engineer, has a net monthly income of Rs. 1,12,000, which puts her in "
           "the Grove slab. Her limit is 3 x Rs. 1,12,000 = Rs. 3,36,000, rounded down to Rs. 3,30,000. Her bureau "
           "score is 768, so there is no cut. Her Green Headroom is 100% of the limit, Rs. 3,30,000, which is under "
           "the Rs. 4 lakh cap. She asks Suryakiran Rooftech, Nashik (Partner Code HP-SOL-2217) for a 3 kW rooftop "
           "system and locks this quote:", gap_after=0)
    b.ruled_table(
        [380, 119],
        ["Item in the quote", "Amount"],
        [
            ["Solar panels, 6 x 500 W", "Rs. 1,17,000"],
            ["3 kW on-grid inverter", "Rs. 36,500"],
            ["Mounting structure, cabling and earthing", "Rs. 24,000"],
            ["Net-meter application and discom fees", "Rs. 7,500"],
            ["Installation and 5-year maintenance contract", "Rs. 10,000"],
            ["Total quote", "Rs. 1,95,000"],
        ],
        caption="Table 3: Mrinalini's locked quote",
        total_rows=1,
    )
    b.para("Green EMI pays up to 90% of a solar quote, so Rs. 1,75,500 is financed and Mrinalini pays her Own Share "
           "of Rs. 19,500 to the installer by UPI. She books the Rs. 1,75,500 for 36 months at 11% a year: her EMI "
           "is Rs. 5,746 and the processing fee is Rs. 1,755 plus GST. The booking comes out of her Green Headroom, "
           "which falls to Rs. 1,54,500; her Rs. 3,30,000 card limit stays free for other spends.")

    # ================================================================ Green EMI
    b.heading(8, "Green EMI", keep=170)
    b.ruled_table(
        [150, 106, 103, 140],
        ["What you buy", "Tenure", "Interest a year", "Processing fee"],
        [
            ["Rooftop solar (on-grid, 1 to 10 kW)", "12 or 24 months", "9.5%", "1% (minimum Rs. 999)"],
            [None, "36 or 48 months", "11%", None],
            [None, "60 months", "12.5%", None],
            ["Home EV charger (3.3 kW to 22 kW, wall-mounted)", "6 or 12 months", "No-cost (0%)", "Nil"],
            [None, "18 or 24 months", "12%", "1.5% (minimum Rs. 499)"],
            ["Energy-efficient appliances (5-star label, BLDC fans)", "3 or 6 months", "No-cost (0%)", "Nil"],
            [None, "9 or 12 months", "13%", "1.5% (minimum Rs. 299)"],
            [None, "18 months", "14%", None],
        ],
        caption="Table 4: Green EMI rates and processing fees",
        first_bold=True,
    )
    b.label("Smallest booking", "Rs. 25,000 for solar, Rs. 15,000 for an EV charger and Rs. 8,000 for "
            "appliances (one invoice may hold several appliances)")
    b.label("Share financed", "up to 90% of a solar quote; up to 100% of an EV charger or appliance invoice")
    b.label("Which limit is used", "Green Headroom first; only the part above it is taken from the card limit")
    b.label("Foreclosure", "2% of the principal left; free on a solar plan once 12 instalments are paid, and "
            "free on no-cost plans")
    b.label("Where to book", "only at a Harit Partner's checkout, in the Green Store or through a Harit Pay QR. "
            "An appliance bought on the card at a Harit Partner can be moved to Green EMI within 15 days; solar and "
            "EV chargers cannot be converted later")
    b.subheading("Buying rooftop solar, step by step", keep=60)
    b.label("Step 1 (Pick a partner)", "choose an installer in the Green Store; 640 Harit Partners are listed in "
            "118 cities")
    b.label("Step 2 (Installer visit)", "a free site survey within 5 working days of your request; the installer "
            "uploads roof photos and a shadow check")
    b.label("Step 3 (Quote lock)", "accept the quote in the app; the Quote Lock holds the price and reserves your "
            "Green Headroom for 15 days")
    b.label("Step 4 (Material delivered)", "confirm delivery with Delivery OK in the app; the bank then pays 70% of "
            "the financed amount to the installer")
    b.label("Step 5 (Commissioning)", "after installation and the discom's net meter, the installer uploads the "
            "commissioning certificate and the bank pays the other 30%. If this is not done within 90 days of the "
            "Quote Lock, the 30% stays with the bank until a Partner Case (section 15) is closed.")
    b.para("Instalments start in the first statement after the second payment to the installer; no interest is "
           "charged before that.", size=8.3)

    # ================================================================ fees
    b.heading(9, "Fees and charges", keep=120)
    b.ruled_table(
        [78, 64, 74, 86, 120, 77],
        ["Variant", "Joining fee", "Annual fee (from year 2)", "Annual fee waived on yearly spends of",
         "Interest on revolving dues and cash", "Card replacement"],
        [
            ["Harit Leaf", "Rs. 499", "Rs. 499", "Rs. 1,00,000", "3.5% a month (42% a year)", "Rs. 200"],
            ["Harit Grove", "Rs. 1,499", "Rs. 1,499", "Rs. 2,50,000", "3.25% a month (39% a year)", "Rs. 200"],
            ["Harit Canopy", "Rs. 3,999", "Rs. 3,999", "Rs. 6,00,000", "2.85% a month (34.2% a year)", "Free"],
        ],
        caption="Table 5: Card fees by variant",
        first_bold=True,
    )
    b.para("Green EMI bookings do not count towards the spends that waive the annual fee. The joining fee comes back "
           "as a statement credit if a Green EMI of Rs. 50,000 or more is booked within 90 days of card issue.",
           size=8.3, gap_after=1)
    b.ruled_table(
        [210, 289],
        ["Other charge", "Amount"],
        [
            ["Cash withdrawal fee", "2.5% of the amount (minimum Rs. 500)"],
            ["Foreign currency markup", "3.5% on Leaf and Grove; 2% on Canopy"],
            ["Over-limit fee", "2.5% of the amount over the limit (minimum Rs. 600)"],
            ["BijliPay Autopay", "Nil"],
            ["Payment return (cheque or auto-debit)", "Rs. 500"],
            ["Urja Points redemption fee", "Rs. 49 a request; free on Canopy"],
            ["Doorstep KYC visit", "Rs. 149; free for Harit Canopy applicants"],
            ["Printed Carbon Passbook by post", "Rs. 50 a copy"],
        ],
        caption="Table 6: Other charges",
    )
    b.para("GST at 18% is added to every fee, charge and interest amount.", size=8.3, gap_after=1)
    # ================================================================ benefits
    b.heading(10, "Benefits", keep=150)
    b.ruled_table(
        [160, 108, 113, 118],
        ["Benefit", "Harit Leaf", "Harit Grove", "Harit Canopy"],
        [
            ["Welcome benefit (first Green EMI of Rs. 25,000 or more within 90 days)", "1,000 Urja Points",
             "2,500 Urja Points", "6,000 Urja Points"],
            ["BijliPay cashback on the electricity bill", "5%, up to Rs. 100 a month", "5%, up to Rs. 250 a month",
             "7.5%, up to Rs. 600 a month"],
            ["SolarSure cover for a financed solar system (fire, theft, storm)", "Up to Rs. 1.5 lakh",
             "Up to Rs. 3 lakh", "Up to Rs. 6 lakh"],
            ["Extra warranty on an EV charger bought on Green EMI", "Not included", "1 year", "2 years"],
            ["Urja Audit (home energy audit by a partner)", "Not included", "1 a card year", "2 a card year"],
            ["Green Store discount on a booking", "3%, up to Rs. 2,000", "5%, up to Rs. 5,000",
             "8%, up to Rs. 12,000"],
        ],
        caption="Table 7: Benefits by variant",
        first_bold=True,
    )
    b.para("SolarSure covers the system for the whole EMI tenure, at the address where it was installed. Cashback "
           "is credited in the next statement.", size=8.3)
    b.ruled_table(
        [70, 64, 75, 72, 72, 72, 74],
        ["Variant", "Spends", "Units Generated Bonus", "Monthly cap (generated)", "Units Saved Bonus",
         "Monthly cap (saved)", "Yearly cap, both unit bonuses"],
        [
            ["Harit Leaf", "1 per Rs. 100", "2 per kWh", "250", "4 per kWh saved", "150", "3,000"],
            ["Harit Grove", "2 per Rs. 100", "3 per kWh", "600", "5 per kWh saved", "400", "8,000"],
            ["Harit Canopy", "3 per Rs. 100", "4 per kWh", "1,200", "6 per kWh saved", "800", "18,000"],
        ],
        caption="Table 8: Earning Urja Points",
        first_bold=True,
    )

    # ================================================================ two-column running text
    b.new_page()
    b.heading(11, "BijliPay, unit rewards, the Carbon Passbook and card controls")
    b.flow_columns([
        ("h", "BijliPay Autopay"),
        ("p", "You can link up to 2 domestic electricity consumer numbers: your own home and one more home of a "
              "family member. The bill is fetched as soon as the discom issues it, and the bank pays it 2 days "
              "before the bill's due date. If a bill is above the BijliPay limit per bill of your variant "
              "(Table 1), nothing is paid: you get a BP-HIGH alert and pay that bill yourself. The bank never pays "
              "part of a bill."),
        ("p", "If the discom rejects a payment, the bank tries once more on the next working day. If that fails "
              "too, you get a BP-FAIL alert and must pay the discom directly. A late fee that the discom charges "
              "after a BP-FAIL is refunded only when the failure was the bank's fault, up to Rs. 500 a bill. You "
              "can hold a single bill up to 3 days before its payment date."),
        ("p", "BijliPay payments are ordinary card spends with the usual interest-free period. They earn the "
              "BijliPay cashback in Table 7 but no Urja Points on spends."),
        ("h", "How units are counted"),
        ("p", "Units Generated are read from the generation data the discom shares for your net meter. They count "
              "only for a solar system financed on the card, or for one system per card bought elsewhere and "
              "added through Solar Register with the installer's commissioning certificate."),
        ("p", "Units Saved compare the units billed in a month with your Units Baseline, the average monthly "
              "units of the 6 bills fetched at Meter Match. The baseline is set again every 12 months. A month "
              "counts only if you save at least 10% of the baseline, and at most 200 saved units are counted in a "
              "month."),
        ("p", "A consumer number cannot earn both unit bonuses in the same month: the higher of the two is "
              "credited. Unit bonuses are credited within 10 days of the discom's bill date and are subject to "
              "the caps in Table 8. No unit bonus is paid for a connection linked with Link later until it is "
              "linked."),
        ("h", "Solar Register"),
        ("p", "A rooftop system that was not financed on the card can still earn the Units Generated Bonus once it "
              "is added through Solar Register, under Green > My Rooftop in the app. The system must be on-grid, "
              "between 1 and 10 kW, commissioned within the last 5 years and fixed at a consumer number linked to "
              "the card. Upload the installer's commissioning certificate and a photo of the net meter showing its "
              "serial number. Only one registered system is allowed per card, and approval takes up to 7 working "
              "days."),
        ("p", "A registered system earns unit bonuses only. It does not get the welcome benefit or SolarSure "
              "cover, and its installer does not have to be a Harit Partner."),
        ("h", "SolarSure claims"),
        ("p", "SolarSure pays for fire, theft and storm damage to a solar system financed on Green EMI, up to the "
              "limit in Table 7. Report a loss through Helpline 2 within 7 days, with photos and, for theft, a "
              "police report. Each claim carries an excess of Rs. 2,500 that you bear. Approved claims are paid to "
              "the Harit Partner who repairs or replaces the system, not to you. Wear and tear, a slow fall in "
              "panel output and damage from work done by anyone other than a Harit Partner are not covered. The "
              "cover ends on the day the Green EMI is closed, also when it is foreclosed early."),
        ("h", "Using Urja Points"),
        ("l", "Value", "1 Urja Point is worth Rs. 0.25 as a statement credit, or Rs. 0.40 when used against an "
                       "electricity bill through BijliPay (Bill Offset)"),
        ("l", "Minimum redemption", "500 Urja Points"),
        ("l", "Validity", "3 years from the month in which they are earned"),
        ("p", "Bill Offset is set up in BijliPay settings. It applies to the next bill that BijliPay pays, and "
              "points can pay for at most 50% of any one bill; the rest is charged to the card as usual. Points "
              "used in this way do not earn BijliPay cashback."),
        ("p", "No Urja Points are earned on Green EMI bookings, BijliPay payments, fuel, wallet loads, rent, cash "
              "withdrawals, fees or interest."),
        ("h", "Carbon Passbook"),
        ("p", "Every quarter (April to June, July to September, October to December and January to March) the "
              "Carbon Passbook appears in the app under Green > Carbon Passbook, by the 12th of the month after "
              "the quarter. It shows the units generated and saved, the carbon dioxide avoided at 0.71 kg for each "
              "kWh, and a tree equivalent at 20 kg a tree a year."),
        ("p", "A yearly Green Certificate for the financial year is ready as a PDF by 20 April. The Passbook and "
              "the certificate are for your information only: they are not carbon credits, cannot be sold or "
              "traded, and are not tax documents. A printed Passbook costs Rs. 50 by post."),
        ("h", "Card controls and safety"),
        ("b", "Online and contactless payments are on at issue, with a limit of Rs. 3,000 a tap that you can lower "
              "in the app."),
        ("b", "International use is off at issue; it can be switched on for Grove and Canopy only."),
        ("b", "Cash withdrawal is off at issue; it can be switched on, up to 10% of the credit limit."),
        ("b", "Green Headroom lock: the headroom works only for Green EMI at Harit Partners and cannot be opened "
              "for other spends."),
        ("b", "No installer is paid without your Delivery OK in the app, and an installer can never ask you for an "
              "OTP to release a payment."),
        ("p", "Zero liability applies to unauthorised transactions reported within 3 days; from 4 to 7 days your "
              "liability is capped at Rs. 10,000 or the transaction amount, whichever is lower. A replacement "
              "card reaches you within 5 working days, and Green EMIs and BijliPay move to it by themselves."),
    ])

    # ================================================================ statements
    b.heading(12, "Statements, payments, interest and late payment", keep=120)
    b.label("Statement date", "the 5th, 12th, 19th or 26th of the month, chosen at Switch On")
    b.label("Payment due date", "20 days after the statement date; the interest-free period is 20 to 50 days")
    b.label("Minimum amount due", "5% of the total amount due (leaving out EMIs) or Rs. 250, whichever is higher, "
            "plus every Green EMI instalment and any amount over the limit")
    b.para("If only part of the bill is paid, interest at the variant's monthly rate is charged on every purchase "
           "and BijliPay payment from its date until the dues are cleared, and new spends get no interest-free "
           "period until the total amount due is paid. Cash withdrawals carry interest from the day they are made.",
           gap_after=0)
    b.ruled_table(
        [380, 119],
        ["Mrinalini's statement of 12 March 2026 (Harit Grove)", "Amount"],
        [
            ["Purchases: groceries, online shopping, dining", "Rs. 16,480"],
            ["BijliPay: Sahyadri Vidyut bill for February", "Rs. 3,920"],
            ["Green EMI instalment 7 of 36 (rooftop solar)", "Rs. 5,746"],
            ["Total amount due", "Rs. 26,146"],
            ["Minimum amount due: 5% of Rs. 20,400 (Rs. 1,020) plus the instalment", "Rs. 6,766"],
        ],
        caption="Table 9: Worked example of a statement",
        total_rows=2,
    )
    b.para("Mrinalini pays Rs. 12,000 on 1 April, the due date. As the minimum was paid in time, there is no late "
           "payment charge and BijliPay goes on as usual. Interest at 3.25% a month is charged on the Rs. 14,146 "
           "left unpaid - about Rs. 460 for one month, plus GST - and her next purchases get no interest-free "
           "period until the balance is cleared.")

    b.ruled_table(
        [250, 249],
        ["Total amount due in the statement", "Late payment charge (all variants)"],
        [
            ["Up to Rs. 500", "Nil"],
            ["Rs. 501 to Rs. 10,000", "Rs. 500"],
            ["Rs. 10,001 to Rs. 25,000", "Rs. 800"],
            ["Rs. 25,001 to Rs. 50,000", "Rs. 1,000"],
            ["Above Rs. 50,000", "Rs. 1,300"],
        ],
        caption="Table 10: Late payment charge slabs",
    )
    b.rich([("The charge applies when the minimum amount due is not paid within 3 days after the due date. "
             "On Harit Canopy the first late payment charge in a card year is reversed if the dues are paid within "
             "5 days of the due date.", REG), ("2", SUP)], size=8.3)
    b.footnote("2", "A late payment charge is never levied on a Green EMI instalment alone when the rest of the "
               "minimum amount due has been paid; such an instalment is carried to the next statement with "
               "interest at the plan's rate.")


    # ================================================================ timelines
    b.heading(13, "Key timelines", keep=140)
    b.plain_table(
        [LM + 4, LM + 230],
        ["Event", "Timeline"],
        [
            ["Decision after Switch On", "Usually instant; up to 3 working days under manual review (UJ-690)"],
            ["Virtual card in NirmalyaGo", "Within 15 minutes of approval"],
            ["Physical card delivered", "5 working days in metro cities, 8 working days elsewhere"],
            ["Site survey by the installer", "Within 5 working days of the request"],
            ["First payment to the installer (70%)", "Within 2 working days of Delivery OK"],
            ["Second payment to the installer (30%)", "Within 3 working days of the commissioning certificate"],
            ["Unit bonuses credited", "Within 10 days of the discom's bill date"],
            ["Solar Register approval", "Within 7 working days"],
            ["Welcome benefit credited", "Within 30 days of the first qualifying Green EMI"],
            ["Dispute of a transaction", "Raise within 60 days of the statement date; resolved within 45 days"],
            ["Card closure", "7 working days once all dues, Green EMIs included, are paid"],
        ],
    )

    # ================================================================ FAQ
    b.heading(14, "Frequently asked questions", keep=70)
    b.faq([
        ("I paid cash for my rooftop solar last year. Can it still earn the Units Generated Bonus?",
         "Yes. Add it once through Solar Register with the installer's commissioning certificate and net-meter "
         "details. Only one such system is allowed per card, and bonuses start from the first bill after approval."),
        ("My installer is not a Harit Partner. Can I still use Green EMI?",
         "No. The installer can apply for listing from the Green Store, which takes about 30 days. Meanwhile you "
         "can pay as an ordinary card spend and convert it to a Card EMI at 16% a year, which does not use Green "
         "Headroom."),
        ("I am moving house. What happens to BijliPay and my solar EMI?",
         "Replace the consumer number in Cards > Harit Ghar > My Meter. A new Units Baseline is set after 3 bills, "
         "and no Units Saved Bonus is paid until then. The solar EMIs go on, as the system stays with the roof, "
         "and SolarSure covers it only at the address where it was installed."),
        ("Can I use my Green Headroom to buy a television?",
         "No. Green Headroom works only for Green EMI on listed products at Harit Partners, and televisions are "
         "not listed."),
        ("Will the bank pay the discom's late fee if BijliPay fails?",
         "Only when the failure was the bank's fault, up to Rs. 500 a bill."),
    ])

    # ================================================================ grievance
    b.heading(15, "Contact us and grievance redressal", keep=60)
    b.label("Post", "Harit Ghar Cards, Nirmalya Bank Ltd., Sevantika Towers, 9 Ganeshkhind Road, Pune 411007")
    b.label("Website", "www.nirmalyabank.example/haritghar")
    b.label("Partner Case", "a complaint about an installer's or dealer's work goes first to the partner; if it is "
            "not settled within 15 days, Helpline 2 opens a Partner Case and the bank holds back any payment still "
            "due to the partner")
    b.ruled_table(
        [52, 205, 142, 100],
        ["Level", "Whom to contact", "When to escalate", "Reply within"],
        [
            ["Level 1", "Harit Care helplines, e-mail, WhatsApp, or Help > Raise a complaint in the app",
             "Any complaint", "5 working days"],
            ["Level 2", "Grievance Redressal Officer, Ms. Revati Inamdar, gro.harit@nirmalyabank.example, "
             "020-6718-4400 (10 am to 6 pm, Monday to Friday)",
             "No reply within 5 working days, or not satisfied at Level 1", "7 working days"],
            ["Level 3", "Principal Nodal Officer, Mr. Tejomay Sabharwal, nodal.harit@nirmalyabank.example",
             "No reply from Level 2 within 7 working days, or not satisfied", "10 working days"],
            ["Level 4", "Banking Ombudsman of the Reserve Bank of India",
             "Not resolved within 30 days of the first complaint to the bank", "As per the Ombudsman scheme"],
        ],
        caption="Table 11: Grievance escalation",
        first_bold=True,
    )

    return b.finish(OUT)


if __name__ == "__main__":
    pages = build()
    print(f"wrote {OUT} ({pages} pages)")
