"""Build the twenty-fourth evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card and its
variants, the app and its journey, partner clinics, insurers, people, phone
numbers, e-mail addresses, web addresses, codes, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/twenty-fourth-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign is
written as "Rs." throughout.  The footnote dagger is written with its
WinAnsi code (0x86), which the built-in fonts can draw.  Output is
deterministic (fixed metadata dates, no new document id).
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "kesarwadi_poonchh_pet_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 48.0, 547.0  # left and right margins
TOP = 58.0  # body starts below the running header
FOOTER_Y = 812.0
BODY_BOTTOM = 800.0  # lowest y for body text on a page without footnotes

REG, BOLD = "helv", "hebo"
BODY = 8.3
LEAD = 1.27
TEAL = (0.04, 0.40, 0.42)
TEAL_LIGHT = (0.88, 0.95, 0.94)
TEAL_MID = (0.72, 0.87, 0.85)
CORAL = (0.84, 0.36, 0.24)
CORAL_LIGHT = (0.99, 0.91, 0.88)
WARN_FILL = (1.0, 0.96, 0.80)
GREY = (0.45, 0.47, 0.48)
RULE = (0.30, 0.36, 0.37)
INK = (0.08, 0.09, 0.10)

HEADER_LEFT = "Kesarwadi Commercial Bank Ltd.  |  Poonchh Credit Card - Customer Guide"
HEADER_RIGHT = "Guide code KCB/PNC/CG, version 1.2, 15 November 2025"
FOOTER_LEFT = "Poonchh: a credit card for people who live with a dog or a cat"
FOOTER_MID = "Fictional document - not an offer of credit"

DAGGERS = {"\u2020": "\x86", "\u2021": "\x87"}  # WinAnsi codes of the dagger and double dagger


def enc(text: str) -> str:
    for k, v in DAGGERS.items():
        text = text.replace(k, v)
    return text


def tl(text: str, font: str = REG, size: float = BODY) -> float:
    n = sum(text.count(k) for k in DAGGERS)
    for k in DAGGERS:
        text = text.replace(k, "")
    return pymupdf.get_text_length(text, fontname=font, fontsize=size) + n * 0.556 * size


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


def runs_width(runs, size):
    return sum(tl(t, f, size) for t, f in runs)


class Builder:
    def __init__(self):
        self.doc = pymupdf.open()
        self.footnotes: dict[int, list[str]] = {}
        self.page = None
        self.y = TOP
        self.table_no = 0
        self.new_page()

    # ------------------------------------------------------------------ pages
    def new_page(self):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.footnotes[self.page.number] = []
        self.y = TOP

    def foot_height(self, pno):
        h = 0.0
        for text in self.footnotes.get(pno, []):
            h += len(wrap_runs([(text, REG)], RM - LM - 14, 7.0)) * 7.0 * 1.3 + 2
        return h + (12 if h else 0)

    def bottom(self):
        return BODY_BOTTOM - self.foot_height(self.page.number)

    def ensure(self, h):
        if self.y + h > self.bottom():
            self.new_page()

    def footnote(self, text, need=30.0):
        """Attach a footnote ("* text" or "\u2020 text") to the page on which the next `need` points sit."""
        self.footnotes[self.page.number].append(text)
        if self.y + need > self.bottom():
            self.footnotes[self.page.number].pop()
            self.new_page()
            self.footnotes[self.page.number].append(text)

    # ------------------------------------------------------------------- text
    def put(self, x, y, text, font=REG, size=BODY, color=INK, page=None):
        (page or self.page).insert_text((x, y), enc(text), fontname=font, fontsize=size, color=color)

    def draw_runs(self, x, y, runs, size, color=INK):
        for text, font in runs:
            self.put(x, y, text, font, size, color)
            x += tl(text, font, size)

    def rich(self, segments, size=BODY, indent=0.0, gap_after=3.4, right=RM, mark=None, mark_color=TEAL):
        x0 = LM + indent
        lines = wrap_runs(segments, right - x0, size)
        lh = size * LEAD
        for i, runs in enumerate(lines):
            self.ensure(lh)
            self.y += lh
            if i == 0 and mark:
                self.put(x0 - tl(mark, BOLD, size) - 4, self.y - size * 0.3, mark, BOLD, size, mark_color)
            self.draw_runs(x0, self.y - size * 0.3, runs, size)
        self.y += gap_after

    def para(self, text, **kw):
        self.rich([(text, REG)], **kw)

    def bullet(self, text, bold_lead=None, indent=12.0, size=BODY):
        segs = [(bold_lead, BOLD)] if bold_lead else []
        segs.append((text, REG))
        lines = wrap_runs(segs, RM - LM - indent, size)
        self.ensure(len(lines) * size * LEAD)
        x0 = LM + indent
        for i, runs in enumerate(lines):
            self.y += size * LEAD
            if i == 0:
                self.page.draw_rect(pymupdf.Rect(x0 - 8, self.y - size * 0.3 - 4.4, x0 - 4.6, self.y - size * 0.3 - 1.0),
                                    color=CORAL, fill=CORAL, width=0)
            self.draw_runs(x0, self.y - size * 0.3, runs, size)
        self.y += 1.6

    def heading(self, num, text, keep=0.0, size=10.8):
        """Section heading: the number in a filled teal square, the title beside it, a rule under both."""
        self.ensure(size * 2 + 36 + keep)
        self.y += 8
        sq = pymupdf.Rect(LM, self.y, LM + 17, self.y + 17)
        self.page.draw_rect(sq, color=TEAL, fill=TEAL, width=0)
        n = str(num)
        self.put(sq.x0 + 8.5 - tl(n, BOLD, 9.5) / 2, sq.y1 - 5.2, n, BOLD, 9.5, (1, 1, 1))
        self.put(LM + 24, sq.y1 - 4.6, text, BOLD, size, TEAL)
        self.page.draw_line((LM, sq.y1 + 1.5), (RM, sq.y1 + 1.5), color=TEAL_MID, width=0.8)
        self.y = sq.y1 + 4

    def subheading(self, text, size=9.0, keep=30.0):
        self.ensure(size * 1.5 + keep)
        self.y += 3 + size * 1.2
        self.put(LM, self.y, text, BOLD, size, CORAL)
        self.y += 3

    # ------------------------------------------------------- label/value pairs
    def _pair_cell(self, lab, val, width, size):
        return wrap_runs([(lab + ":", BOLD), (val, REG)], width, size)

    def pair_rows(self, rows, x0=LM, x1=RM, size=BODY, gap=16.0, rule=True):
        """Label/value lines where two pairs share one line: ("Cut-off", "6 pm", "Settlement", "T+1").
        A row with only two items holds a single pair across the full width."""
        lh = size * LEAD
        mid = (x0 + x1) / 2
        for row in rows:
            if len(row) == 2:
                cells = [(x0, self._pair_cell(row[0], row[1], x1 - x0, size))]
            else:
                cells = [(x0, self._pair_cell(row[0], row[1], mid - x0 - gap / 2, size)),
                         (mid + gap / 2, self._pair_cell(row[2], row[3], x1 - mid - gap / 2, size))]
            h = max(len(c) for _, c in cells) * lh + 2.4
            self.ensure(h)
            for x, lines in cells:
                yy = self.y
                for runs in lines:
                    yy += lh
                    self.draw_runs(x, yy - size * 0.3, runs, size)
            self.y += h
            if rule:
                self.page.draw_line((x0, self.y - 0.6), (x1, self.y - 0.6), color=(0.82, 0.86, 0.86), width=0.4,
                                    dashes="[1 1.5] 0")
        self.y += 3

    def key_facts(self, title, rows, size=BODY):
        """A framed key-facts box with a title bar and paired label/value lines inside."""
        lh = size * LEAD
        x0, x1 = LM + 8, RM - 8
        mid = (x0 + x1) / 2
        heights = []
        for row in rows:
            a = self._pair_cell(row[0], row[1], mid - x0 - 8, size)
            b = self._pair_cell(row[2], row[3], x1 - mid - 8, size)
            heights.append(max(len(a), len(b)) * lh + 3)
        h = 18 + sum(heights) + 6
        self.ensure(h + 6)
        top = self.y + 3
        self.page.draw_rect(pymupdf.Rect(LM, top, RM, top + h), color=TEAL, width=1.0)
        self.page.draw_rect(pymupdf.Rect(LM, top, RM, top + 15), color=TEAL, fill=TEAL, width=0)
        self.put(LM + 8, top + 10.8, title, BOLD, 8.6, (1, 1, 1))
        self.page.draw_line((mid, top + 19), (mid, top + h - 5), color=TEAL_MID, width=0.6)
        self.y = top + 17
        self.pair_rows(rows, x0, x1, size=size, rule=False)
        self.y = top + h + 5

    # ------------------------------------------------------- special blocks
    def steps(self, items, size=BODY):
        """Numbered steps on a vertical rail; each step has a bold title, a sentence and a lettered sub-list."""
        lh = size * LEAD
        for n, (title, text, subs) in enumerate(items, 1):
            body = wrap_runs([(text, REG)], RM - LM - 30, size)
            sub = [wrap_runs([(s, REG)], RM - LM - 46, size) for s in subs]
            h = lh + 3 + len(body) * lh + sum(len(s) for s in sub) * lh + len(sub) * 1.2 + 7
            self.ensure(h)
            top = self.y
            cx = LM + 9
            self.page.draw_line((cx, top + 18), (cx, top + h - 2), color=TEAL_MID, width=1.6)
            self.page.draw_circle((cx, top + 8), 8.2, color=TEAL, fill=TEAL, width=0)
            num = str(n)
            self.put(cx - tl(num, BOLD, 9.2) / 2, top + 11.3, num, BOLD, 9.2, (1, 1, 1))
            y = top + lh
            self.put(LM + 24, y + 0.6, f"Step {n}", BOLD, 7.6, CORAL)
            self.put(LM + 24 + tl(f"Step {n}", BOLD, 7.6) + 7, y + 0.6, title, BOLD, size + 1.1, TEAL)
            y += 3
            for runs in body:
                y += lh
                self.draw_runs(LM + 24, y - size * 0.3, runs, size)
            for k, lines in enumerate(sub):
                letter = "abcdefgh"[k] + "."
                for i, runs in enumerate(lines):
                    y += lh
                    if i == 0:
                        self.put(LM + 32, y - size * 0.3, letter, BOLD, size, TEAL)
                    self.draw_runs(LM + 44, y - size * 0.3, runs, size)
                y += 1.2
            self.y = top + h

    def channel_boxes(self, boxes, size=8.0, gutter=9.0):
        """Three framed boxes side by side, each with a filled title strip and bulleted lines."""
        n = len(boxes)
        w = (RM - LM - gutter * (n - 1)) / n
        lh = size * 1.28
        laid = [[wrap_runs([(t, REG)], w - 20, size) for t in items] for _, items in boxes]
        h = 17 + max(sum(len(x) * lh + 2.5 for x in lay) for lay in laid) + 6
        self.ensure(h + 6)
        top = self.y + 3
        for k, ((title, _), lay) in enumerate(zip(boxes, laid)):
            x = LM + k * (w + gutter)
            self.page.draw_rect(pymupdf.Rect(x, top, x + w, top + h), color=TEAL, width=0.7)
            self.page.draw_rect(pymupdf.Rect(x, top, x + w, top + 14), color=TEAL, fill=TEAL_LIGHT, width=0.7)
            self.put(x + 7, top + 10, title, BOLD, size + 0.6, TEAL)
            y = top + 16
            for lines in lay:
                for i, runs in enumerate(lines):
                    y += lh
                    if i == 0:
                        self.page.draw_circle((x + 9, y - size * 0.3 - 2.6), 1.6, color=CORAL, fill=CORAL, width=0)
                    self.draw_runs(x + 14, y - size * 0.3, runs, size)
                y += 2.5
        self.y = top + h + 5

    def do_dont(self, dos, donts, size=8.1, gutter=0.0):
        """One framed box split into a DO column and a DON'T column, with drawn tick and cross marks."""
        colw = (RM - LM) / 2
        lh = size * 1.3
        ld = [wrap_runs([(t, REG)], colw - 26, size) for t in dos]
        ln = [wrap_runs([(t, REG)], colw - 26, size) for t in donts]
        body_h = max(sum(len(x) * lh + 3 for x in ld), sum(len(x) * lh + 3 for x in ln)) + 6
        h = 16 + body_h
        self.ensure(h + 8)
        top = self.y + 3
        self.page.draw_rect(pymupdf.Rect(LM, top, RM, top + h), color=RULE, width=0.8)
        self.page.draw_rect(pymupdf.Rect(LM, top, LM + colw, top + 15), color=RULE, fill=TEAL, width=0.8)
        self.page.draw_rect(pymupdf.Rect(LM + colw, top, RM, top + 15), color=RULE, fill=CORAL, width=0.8)
        self.page.draw_line((LM + colw, top + 15), (LM + colw, top + h), color=RULE, width=0.6)
        self.put(LM + 8, top + 10.8, "DO", BOLD, 8.8, (1, 1, 1))
        self.put(LM + colw + 8, top + 10.8, "DON'T", BOLD, 8.8, (1, 1, 1))
        for col, (lay, tick) in enumerate(((ld, True), (ln, False))):
            x = LM + col * colw
            y = top + 17
            for lines in lay:
                for i, runs in enumerate(lines):
                    y += lh
                    if i == 0:
                        by = y - size * 0.3 - 3
                        if tick:
                            self.page.draw_polyline([(x + 7, by), (x + 9.5, by + 2.8), (x + 14, by - 3.2)],
                                                    color=TEAL, width=1.3)
                        else:
                            self.page.draw_line((x + 7.5, by - 3), (x + 13, by + 2.6), color=CORAL, width=1.3)
                            self.page.draw_line((x + 7.5, by + 2.6), (x + 13, by - 3), color=CORAL, width=1.3)
                    self.draw_runs(x + 19, y - size * 0.3, runs, size)
                y += 3
        self.y = top + h + 5

    def warning(self, title, text, size=8.4):
        """Highlighted warning: pale yellow box, thick coral left bar, a drawn triangle and a title."""
        lines = wrap_runs([(text, REG)], RM - LM - 44, size)
        h = 8 + size * 1.4 + len(lines) * size * 1.33 + 8
        self.ensure(h + 8)
        top = self.y + 4
        self.page.draw_rect(pymupdf.Rect(LM, top, RM, top + h), color=CORAL, fill=WARN_FILL, width=0.8)
        self.page.draw_rect(pymupdf.Rect(LM, top, LM + 5, top + h), color=CORAL, fill=CORAL, width=0)
        tx, ty = LM + 21, top + 8
        self.page.draw_polyline([(tx - 9, ty + 15), (tx, ty), (tx + 9, ty + 15), (tx - 9, ty + 15)], color=CORAL,
                                fill=CORAL, width=0.8, closePath=True)
        self.put(tx - tl("!", BOLD, 9.5) / 2, ty + 13.6, "!", BOLD, 9.5, (1, 1, 1))
        y = top + 6 + size * 1.15
        self.put(LM + 36, y, title, BOLD, size + 0.8, CORAL)
        y += 2
        for runs in lines:
            y += size * 1.33
            self.draw_runs(LM + 36, y, runs, size)
        self.y = top + h + 5

    def leaders(self, items, split_x=LM + 215, size=BODY):
        """Event ........ timeline: a dotted leader (drawn, not typed) joins each event to its timeline."""
        lh = size * LEAD
        for ev, when in items:
            wl = wrap_runs([(when, REG)], RM - split_x, size)
            el = wrap_runs([(ev, BOLD)], split_x - LM - 30, size)
            h = max(len(wl), len(el)) * lh + 2.4
            self.ensure(h)
            y = self.y
            for runs in el:
                y += lh
                self.draw_runs(LM, y - size * 0.3, runs, size, color=TEAL)
            end = LM + runs_width(el[-1], size) + 4
            self.page.draw_line((end, y - size * 0.3), (split_x - 5, y - size * 0.3), color=GREY, width=0.9,
                                dashes="[0.1 2.4] 0", lineCap=1)
            y = self.y
            for runs in wl:
                y += lh
                self.draw_runs(split_x, y - size * 0.3, runs, size)
            self.y += h
        self.y += 3

    def faq(self, pairs, size=BODY):
        lh = size * LEAD
        for q, a in pairs:
            ql = wrap_runs([(q, BOLD)], RM - LM - 18, size)
            al = wrap_runs([(a, REG)], RM - LM - 18, size)
            self.ensure((len(ql) + len(al)) * lh + 5)
            for i, runs in enumerate(ql):
                self.y += lh
                if i == 0:
                    self.put(LM, self.y - size * 0.3, "Q.", BOLD, size, CORAL)
                self.draw_runs(LM + 18, self.y - size * 0.3, runs, size)
            self.y += 0.8
            for i, runs in enumerate(al):
                self.y += lh
                if i == 0:
                    self.put(LM, self.y - size * 0.3, "A.", BOLD, size, TEAL)
                self.draw_runs(LM + 18, self.y - size * 0.3, runs, size)
            self.y += 4

    def ladder(self, levels, size=8.1):
        """Escalation ladder: boxes stacked one under the other, joined by down arrows."""
        lh = size * 1.3
        tagw = 58.0
        for k, (tag, who, when, reply) in enumerate(levels):
            lines = wrap_runs([(who, REG)], RM - LM - tagw - 16, size)
            lines += wrap_runs([("When to come here: ", BOLD), (when, REG)], RM - LM - tagw - 16, size)
            lines += wrap_runs([("Reply within: ", BOLD), (reply, REG)], RM - LM - tagw - 16, size)
            h = len(lines) * lh + 8
            self.ensure(h + 14)
            top = self.y
            self.page.draw_rect(pymupdf.Rect(LM, top, RM, top + h), color=TEAL, width=0.7)
            self.page.draw_rect(pymupdf.Rect(LM, top, LM + tagw, top + h), color=TEAL, fill=TEAL, width=0)
            self.put(LM + tagw / 2 - tl(tag, BOLD, 9) / 2, top + h / 2 + 3, tag, BOLD, 9, (1, 1, 1))
            y = top + 3
            for runs in lines:
                y += lh
                self.draw_runs(LM + tagw + 8, y - size * 0.3, runs, size)
            self.y = top + h
            if k < len(levels) - 1:
                ax = LM + tagw / 2
                self.page.draw_line((ax, self.y), (ax, self.y + 6), color=CORAL, width=1.4)
                self.page.draw_polyline([(ax - 3.5, self.y + 5), (ax, self.y + 9.5), (ax + 3.5, self.y + 5)],
                                        color=CORAL, fill=CORAL, width=0.5, closePath=True)
                self.y += 10
        self.y += 5

    # ----------------------------------------------------------------- tables
    def caption(self, text, size=8.6):
        self.y += size * 1.35
        self.put(LM, self.y, text, BOLD, size, TEAL)
        self.y += 4

    def ruled_table(self, widths, header, rows, size=7.9, pad=2.7, caption=None, align=None, break_before=None,
                    first_col_fill=None, keep_rows=1):
        """Ruled table with a shaded header row. A table that does not fit (or reaches row `break_before`)
        continues on the next page under a repeated header row and a caption naming the earlier page."""
        xs = [LM]
        for w in widths:
            xs.append(xs[-1] + w)
        assert abs(xs[-1] - RM) < 0.6, (xs[-1], RM)
        align = align or ["l"] * len(widths)
        lh = size * 1.3

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w - 2 * pad, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(wl) for wl in wrapped) * lh + 2 * pad

        hdr_wrapped, hdr_h = layout(header, BOLD)

        def draw_row(wrapped, h, header_row=False, shade=False):
            for i, wl in enumerate(wrapped):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h)
                fill = TEAL_LIGHT if header_row else (first_col_fill if (i == 0 and first_col_fill) else
                                                      ((0.975, 0.985, 0.985) if shade else None))
                self.page.draw_rect(r, color=RULE, fill=fill, width=0.5)
                yy = self.y + pad + size * 0.93
                for runs in wl:
                    w = runs_width(runs, size)
                    if align[i] == "r" and not header_row:
                        x = xs[i + 1] - pad - w
                    elif align[i] == "c":
                        x = (xs[i] + xs[i + 1]) / 2 - w / 2
                    else:
                        x = xs[i] + pad
                    self.draw_runs(x, yy, runs, size, color=TEAL if header_row else INK)
                    yy += lh
            self.y += h

        if caption:
            self.table_no += 1
            caption = f"Table {self.table_no}: {caption}"
            first_h = sum(layout(r, REG)[1] for r in rows[:keep_rows])
            self.ensure(size * 2 + hdr_h + first_h + 8)
            self.caption(caption)
        else:
            self.ensure(hdr_h + layout(rows[0], REG)[1])
        draw_row(hdr_wrapped, hdr_h, header_row=True)
        for k, row in enumerate(rows):
            wrapped, h = layout(row, REG)
            if self.y + h > self.bottom() or k == break_before:
                prev = self.page.number + 1
                self.new_page()
                self.caption(f"{caption or 'Table'} (continued from page {prev})")
                draw_row(hdr_wrapped, hdr_h, header_row=True)
            draw_row(wrapped, h, shade=bool(k % 2))
        self.y += 5

    def toggles(self, rows, size=7.9, widths=(150, 70, 279)):
        """Card controls: control name, a drawn ON/OFF switch, and what can be changed."""
        xs = [LM, LM + widths[0], LM + widths[0] + widths[1], RM]
        lh = size * 1.3
        pad = 2.8
        hdr = ["Control", "At issue", "What you can change in Card > Controls"]
        self.ensure(60)
        self.table_no += 1
        self.caption(f"Table {self.table_no}: Card controls")
        hh = lh + 2 * pad
        for i, t in enumerate(hdr):
            self.page.draw_rect(pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + hh), color=RULE, fill=TEAL_LIGHT,
                                width=0.5)
            self.put(xs[i] + pad, self.y + pad + size * 0.93, t, BOLD, size, TEAL)
        self.y += hh
        for name, on, note in rows:
            nl = wrap_runs([(name, BOLD)], xs[1] - xs[0] - 2 * pad, size)
            tl_ = wrap_runs([(note, REG)], xs[3] - xs[2] - 2 * pad, size)
            h = max(len(nl), len(tl_), 1) * lh + 2 * pad + 1
            self.ensure(h)
            for i in range(3):
                self.page.draw_rect(pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h), color=RULE, width=0.5)
            yy = self.y + pad + size * 0.93
            for runs in nl:
                self.draw_runs(xs[0] + pad, yy, runs, size)
                yy += lh
            yy = self.y + pad + size * 0.93
            for runs in tl_:
                self.draw_runs(xs[2] + pad, yy, runs, size)
                yy += lh
            px = xs[1] + 12
            pill = pymupdf.Rect(px, self.y + pad, px + 32, self.y + pad + 10)
            self.page.draw_rect(pill, color=TEAL if on else GREY, fill=TEAL if on else (0.80, 0.81, 0.82), width=0.5,
                                radius=0.5)
            knob_x = pill.x1 - 5 if on else pill.x0 + 5
            self.page.draw_circle((knob_x, pill.y0 + 5), 3.6, color=(1, 1, 1), fill=(1, 1, 1), width=0)
            lab = "ON" if on else "OFF"
            lx = pill.x0 + 4 if on else pill.x1 - 4 - tl(lab, BOLD, 6.4)
            self.put(lx, pill.y0 + 7.4, lab, BOLD, 6.4, (1, 1, 1) if on else (0.25, 0.25, 0.25))
            self.y += h
        self.y += 5

    # ----------------------------------------------------------------- finish
    def finish(self, path):
        n = self.doc.page_count
        for page in self.doc:
            self.put(LM, 36, HEADER_LEFT, BOLD, 7.4, TEAL, page=page)
            self.put(RM - tl(HEADER_RIGHT, REG, 7.2), 36, HEADER_RIGHT, REG, 7.2, GREY, page=page)
            page.draw_line((LM, 41), (RM, 41), color=TEAL, width=0.9)
            page.draw_line((LM, 43), (RM, 43), color=TEAL_MID, width=0.4)
            page.draw_rect(pymupdf.Rect(LM, 39.6, LM + 60, 42.4), color=CORAL, fill=CORAL, width=0)
            notes = self.footnotes.get(page.number, [])
            if notes:
                y = BODY_BOTTOM - self.foot_height(page.number) + 12
                page.draw_line((LM, y - 2), (LM + 140, y - 2), color=GREY, width=0.4)
                for text in notes:
                    mark, rest = text.split(" ", 1)
                    first = True
                    for runs in wrap_runs([(rest, REG)], RM - LM - 14, 7.0):
                        y += 7.0 * 1.3
                        if first:
                            self.put(LM, y, mark, BOLD, 7.0, CORAL, page=page)
                            first = False
                        x = LM + 14
                        for t, f in runs:
                            self.put(x, y, t, f, 7.0, (0.15, 0.15, 0.18), page=page)
                            x += tl(t, f, 7.0)
                    y += 2
            page.draw_line((LM, FOOTER_Y), (RM, FOOTER_Y), color=TEAL_MID, width=0.6)
            pg = f"Page {page.number + 1} of {n}"
            self.put(RM - tl(pg, BOLD, 7.8), FOOTER_Y + 11, pg, BOLD, 7.8, TEAL, page=page)
            self.put(LM, FOOTER_Y + 11, FOOTER_LEFT, REG, 6.8, GREY, page=page)
            self.put((LM + RM) / 2 - tl(FOOTER_MID, REG, 6.8) / 2 + 20, FOOTER_Y + 11, FOOTER_MID, REG, 6.8, GREY,
                     page=page)
        self.doc.set_metadata({
            "title": "Kesarwadi Poonchh Credit Card for Pet Owners - Customer Guide (fictional)",
            "author": "Kesarwadi Commercial Bank Ltd. (fictional)",
            "subject": "Customer guide for a fictional credit card for people who keep a dog or a cat",
            "keywords": "fictional, evaluation, credit card, pet, veterinary, EMI, pet insurance, vaccination",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": "D:20251115000000+05'30'",
            "modDate": "D:20251115000000+05'30'",
        })
        self.doc.save(path, garbage=4, deflate=True, clean=True, no_new_id=True)
        return n


def build():
    b = Builder()

    # ================================================================ title
    b.put(LM, b.y + 8, "KESARWADI COMMERCIAL BANK LTD.", BOLD, 9.2, CORAL)
    b.y += 31
    b.put(LM, b.y, "Poonchh Credit Card", BOLD, 22, TEAL)
    b.y += 6
    b.para("For people who share their home with a dog or a cat - customer guide to the Poonchh Pup, Poonchh Pack "
           "and Poonchh Pride variants", size=9.4, gap_after=1.5)
    b.para("Guide code KCB/PNC/CG, version 1.2, effective 15 November 2025. It replaces version 1.1 dated 1 June "
           "2025. Every name, number and rule in this guide is fictional.", size=7.6, gap_after=4)
    b.para("The Poonchh Credit Card from Kesarwadi Commercial Bank Ltd. is an ordinary credit card with extra help "
           "for the cost of keeping a pet. Vet bills at Poonchh Partner Clinics can be paid in monthly instalments "
           "with VetEase EMI; a pet-insurance premium can be paid on its renewal date with PawShield Pay; pet "
           "stores, groomers and boarding kennels earn Whisker Points at higher rates, within monthly caps; "
           "JabAlert reminds you before each vaccination falls due; in an emergency VetNow Advance pays the "
           "treating clinic directly, day or night; and every January the Paw Ledger shows what you spent on "
           "your pets in the year gone by. You apply in the Kesar Mitra app through a six-step journey called "
           "the Pawtrail.")

    b.heading(1, "The card at a glance")
    b.key_facts("KEY FACTS", [
        ("Issuer", "Kesarwadi Commercial Bank Ltd., Kesar Bhavan, 22 Godavari Ghat Road, Nashik 422002",
         "Card network", "Visa (Pup and Pack), Mastercard (Pride)"),
        ("Pets per card", "1 to 3 dogs or cats included, by variant", "Credit limit", "Rs. 50,000 to Rs. 9,00,000"),
        ("Interest-free period", "20 to 50 days", "Vet bill on VetEase EMI", "Rs. 2,500 to Rs. 2,00,000"),
        ("Emergency vet advance", "up to Rs. 60,000 (Pride)", "Vaccination reminders", "JabAlert, free"),
        ("Poonchh Care", "1800-419-2764 (toll-free, 24 x 7)", "App", "Kesar Mitra, for Android and iOS"),
    ])

    # ================================================================ variants
    b.heading(2, "Variants and income slabs", keep=150)
    b.ruled_table(
        [130, 118, 124, 127],
        ["Feature", "Poonchh Pup", "Poonchh Pack", "Poonchh Pride"],
        [
            ["Suited to", "One pet and a first credit card", "Two pets, regular vet visits",
             "Up to three pets, larger vet bills"],
            ["Net monthly income (salaried)", "Rs. 25,000 to Rs. 50,000", "Rs. 50,001 to Rs. 1,25,000",
             "Above Rs. 1,25,000"],
            ["Yearly income in the latest income tax return (self-employed)", "Rs. 3.6 lakh to Rs. 7.2 lakh",
             "Above Rs. 7.2 lakh, up to Rs. 18 lakh", "Above Rs. 18 lakh"],
            ["Limit multiple (times net monthly income)", "2 times", "2.5 times", "3.5 times"],
            ["Credit limit range", "Rs. 50,000 to Rs. 1,00,000", "Rs. 1,25,000 to Rs. 3,10,000",
             "Rs. 4,35,000 to Rs. 9,00,000"],
            ["Pets on the Pet Roster (included)", "1", "2", "3"],
            ["VetNow Advance, most per advance", "Rs. 15,000", "Rs. 30,000", "Rs. 60,000"],
            ["VetNow Advances in a card year", "2", "2", "3"],
            ["Annual fee waived when card-year spends reach", "Rs. 90,000", "Rs. 2.5 lakh", "Rs. 6 lakh"],
            ["Interest on revolving dues and cash", "3.75% a month (45% a year)", "3.5% a month (42% a year)",
             "3.1% a month (37.2% a year)"],
        ],
        caption="Variants compared",
        first_col_fill=(0.96, 0.98, 0.98),
    )
    b.para("A self-employed applicant is placed by the income tax return; a salaried applicant by net monthly "
           "income. You may move up one variant a card year, in the month of your card anniversary; pets on the "
           "Pet Roster move with you and the new variant's joining fee is not charged.", size=8.0)

    # ================================================================ glossary
    b.heading(3, "Words used in this guide", keep=90)
    b.ruled_table(
        [112, 387],
        ["Term", "What it means in this guide"],
        [
            ["Pet Roster", "The dogs and cats registered on your card: 1 on Pup, 2 on Pack and 3 on Pride are "
             "included, and Pack and Pride can buy one extra slot (Table 5). Each pet gets a Pet ID such as "
             "PT-04417."],
            ["Pet Passport", "Step 4 of the Pawtrail, and the record of each pet in the app: registration or "
             "microchip, vaccination card and photo."],
            ["Poonchh Partner Clinic (PPC)", "A veterinary clinic or hospital on the bank's partner list: 1,180 "
             "clinics in the 64 Poonchh cities at the date of this guide."],
            ["Vet Reserve", "10% of your credit limit, at most Rs. 60,000, kept for vet bills, VetEase EMI and "
             "VetNow Advance. Other spends cannot use it."],
            ["VetEase EMI", "Monthly instalments for a vet bill paid at a PPC."],
            ["VetNow Advance", "An emergency payment that the bank sends straight to the treating clinic's bank "
             "account, for a pet on your Pet Roster."],
            ["PawShield Pay", "Payment of a pet-insurance premium by a standing instruction on the card."],
            ["JabAlert", "The vaccination reminder service for pets on the Pet Roster."],
            ["Whisker Points", "The reward points of the card."],
            ["Paw Ledger", "The yearly statement of your pet spends, for the calendar year."],
            ["Pet-category spend", "A spend at a merchant that the card network codes as a veterinary service, "
             "pet shop, groomer or pet-boarding kennel."],
        ],
        caption="Glossary",
        first_col_fill=(0.96, 0.98, 0.98),
    )

    # ================================================================ eligibility
    b.heading(4, "Eligibility and exclusions", keep=80)
    b.subheading("You can apply if", keep=40)
    b.bullet("you are a resident Indian aged 21 to 60 (salaried) or 21 to 65 (self-employed) and live in one of "
             "the 64 Poonchh cities;", bold_lead="Age and city: ")
    b.bullet("your income fits a variant in Table 1: at least Rs. 25,000 a month net, or Rs. 3.6 lakh a year in "
             "the latest income tax return;", bold_lead="Income: ")
    b.bullet("your credit bureau score is 720 or above. With no credit history you can apply for Poonchh Pup "
             "only, and the limit is then fixed at Rs. 50,000;", bold_lead="Credit history: ")
    b.bullet("you own at least one dog or cat aged 8 weeks or more, registered in your name or in the name of "
             "a family member at the same address.", bold_lead="Pet: ")
    b.subheading("Exclusions", keep=40)
    b.bullet("Animals other than dogs and cats (birds, fish, rabbits, reptiles, horses, cattle) cannot be added "
             "to the Pet Roster, so VetEase EMI, VetNow Advance and JabAlert are not available for them. Pet-store "
             "spends for them still earn pet-store Whisker Points.")
    b.bullet("Animals kept for breeding for sale, racing, guarding commercial premises or performing cannot be "
             "added to the Pet Roster.")
    b.bullet("You cannot apply if a loan or card of yours was settled or written off in the last 36 months, or "
             "if you closed a Poonchh card in the last 6 months.")

    # ================================================================ documents
    b.heading(5, "Documents", keep=120)
    b.subheading("For you", keep=40)
    b.bullet("PAN (compulsory), and Aadhaar for OTP e-KYC; without Aadhaar, a passport or voter ID for video KYC.")
    b.bullet("Salaried: the last 2 salary slips, or 6 months of bank statements shared through Account "
             "Aggregator. Self-employed: income tax returns of the last 2 years.")
    b.bullet("Proof of your current address if it differs from Aadhaar: a utility bill not older than 60 days.")
    b.subheading("For each pet", keep=40)
    b.bullet("Proof of ownership: a municipal pet licence or registration certificate*, or a registration "
             "certificate from a PPC that shows the pet's 15-digit microchip number.")
    b.bullet("Vaccination card with an anti-rabies shot given within the last 12 months, signed and stamped by a "
             "vet with the vet's registration number.")
    b.bullet("Two clear photos of the pet (face and full body), JPG, up to 5 MB each.")
    b.bullet("An adopted pet: the adoption letter from a registered shelter, in addition to the above.")
    b.footnote("* If your city does not issue pet licences, the pet can be added with Microchip pending. The "
               "microchip must be fitted at a PPC within 30 days of card issue; until then VetEase EMI and VetNow "
               "Advance are not available for that pet. The PPC microchip charge of Rs. 600 is refunded as a "
               "statement credit.", need=30)

    # ================================================================ onboarding
    b.heading(6, "Applying in the app: the Pawtrail", keep=40)
    b.para("The application runs in six steps in the Kesar Mitra app, one after the other. Progress is saved at "
           "the end of every step except Sniff Test, and the whole application must be finished within 30 days "
           "of starting it.", gap_after=2)
    b.steps([
        ("Sniff Test", "Enter the mobile number linked to your Aadhaar, confirm it with a one-time password (OTP), "
         "pick your city and agree to a credit bureau check.",
         ["The OTP is valid for 3 minutes; you can ask for it again up to 3 times.",
          "After 5 wrong OTP entries the number is blocked for 60 minutes (halt code PAW-104).",
          "If you drop off: nothing is saved, and you start again from Sniff Test."]),
        ("Name Tag", "Add your PAN, complete Aadhaar OTP e-KYC and take a live selfie.",
         ["The step times out after 15 minutes without activity; it restarts, but your PAN stays saved.",
          "3 selfie tries, then PAW-221; the name on PAN and Aadhaar must match (else PAW-209).",
          "If you drop off: the draft is kept for 7 days, and a resume link is sent by SMS on day 1 and day 5."]),
        ("Kibble Count", "Show your income: give Account Aggregator consent for 6 months of bank statements, or "
         "upload salary slips or income tax returns.",
         ["The Account Aggregator consent link is valid for 30 minutes.",
          "Files in PDF or JPG, up to 6 MB each; 3 upload tries per document, then PAW-318.",
          "If you drop off: the draft is kept for 15 days."]),
        ("Pet Passport", "Add each pet: name, dog or cat, breed, date of birth, licence or microchip number, "
         "vaccination card and photos. At least one pet must be added here; others can be added later.",
         ["The bank's Pet Desk checks the pet documents within 1 working day.",
          "A rejected document can be uploaded again twice; after that, PAW-436.",
          "If you drop off: the draft and the pet documents are kept for 15 days."]),
        ("Face Fetch", "A video KYC call with a bank officer, booked in the app. Slots run from 8 am to 8 pm on "
         "all days except national holidays. Keep your original PAN card at hand; your pet need not join.",
         ["Join within 3 minutes of the start of the slot, or the slot counts as missed.",
          "A third missed slot gives PAW-509, and KYC must then be done at a branch.",
          "If you drop off: the in-principle approval is held for 30 days."]),
        ("Paw Print", "See the variant, credit limit and Vet Reserve offered, choose a statement date, switch on "
         "JabAlert and e-sign the card agreement with an Aadhaar OTP.",
         ["The e-sign link is valid for 24 hours and can be generated again twice (then PAW-611).",
          "If you drop off: the offer lapses 30 days after Face Fetch, and you may apply again after 60 days."]),
    ])

    # ================================================================ halt codes
    b.heading(7, "Halt codes and what to do next", keep=160)
    b.ruled_table(
        [56, 72, 175, 196],
        ["Code", "Step", "What it means", "What to do next"],
        [
            ["PAW-104", "Sniff Test", "5 wrong OTP entries", "Wait 60 minutes and start again"],
            ["PAW-112", "Sniff Test", "Your city is not one of the 64 Poonchh cities",
             "Join the waitlist in the app; you are told when your city opens"],
            ["PAW-209", "Name Tag", "Name on PAN differs from the name on Aadhaar",
             "Correct the record, then resume within 7 days"],
            ["PAW-221", "Name Tag", "Live selfie not matched after 3 tries",
             "Try again after 24 hours, or choose video KYC at Face Fetch"],
            ["PAW-305", "Kibble Count", "Income below Rs. 25,000 a month (or Rs. 3.6 lakh a year)",
             "Apply again after 6 months"],
            ["PAW-318", "Kibble Count", "Income document could not be read after 3 tries",
             "Share bank statements through Account Aggregator instead, or visit a Pet Desk branch"],
            ["PAW-331", "Kibble Count", "Credit bureau score below 720", "Apply again after 6 months"],
            ["PAW-436", "Pet Passport", "Pet document rejected after 2 re-uploads",
             "Book a Pet Desk video check, or get a PPC registration certificate"],
            ["PAW-447", "Pet Passport", "Microchip number already on another Poonchh card",
             "The other cardholder removes the pet, or you raise a transfer with the adoption or sale letter"],
            ["PAW-452", "Pet Passport", "Anti-rabies shot older than 12 months",
             "Vaccinate and upload the new card; the application waits up to 15 days"],
            ["PAW-509", "Face Fetch", "3 video KYC slots missed", "Book a branch KYC appointment in the app"],
            ["PAW-530", "Face Fetch", "Officer could not finish KYC (poor video, or PAN not shown)",
             "Book a new slot within 30 days"],
            ["PAW-611", "Paw Print", "E-sign link expired after being generated again twice",
             "Call Poonchh Care on 1800-419-2764 for a fresh link"],
            ["PAW-690", "Any step", "Application sent for manual review",
             "No action needed; a decision is sent within 5 working days"],
        ],
        caption="Halt codes on the Pawtrail",
        break_before=11,
        keep_rows=3,
    )

    # ================================================================ help
    b.heading(8, "Help channels", keep=90)
    b.channel_boxes([
        ("Call", [
            "Poonchh Care: 1800-419-2764, toll-free, 24 x 7",
            "VetNow desk (emergencies only): 1800-419-2700, 24 x 7",
            "From abroad: +91-253-661-2764 (charged)",
            "Callback: ask in the app; a call within 4 working hours",
        ]),
        ("Chat and write", [
            "Poonchh Buddy chat in Kesar Mitra, 24 x 7",
            "WhatsApp +91-93210-47765: send HI POONCHH",
            "E-mail care.poonchh@kesarwadibank.example; reply within 2 working days",
        ]),
        ("Visit", [
            "Pet Desk at 140 branches: Monday to Saturday, 10 am to 4 pm; closed on the 2nd and 4th Saturday",
            "Doorstep KYC: Rs. 150 to Rs. 300 a visit by city; waived on Pride",
        ]),
    ])

    # ================================================================ limit
    b.heading(9, "How your credit limit is set", keep=70)
    b.pair_rows([
        ("Counted income", "net monthly salary, or one-twelfth of the income in the income tax return",
         "Not counted", "income from breeding, boarding or selling animals"),
        ("Limit", "counted income x the variant's limit multiple (Table 1), rounded down to the nearest Rs. 5,000 "
         "and kept within the variant's range"),
        ("Vet Reserve", "10% of the limit, at most Rs. 60,000", "Reserve release", "once a card year, from Card > "
         "Limits; VetNow Advance is then unavailable for 90 days"),
        ("First review", "after 9 months on the card", "Later reviews", "every 12 months"),
    ])
    b.para("Worked example. Tanvi Rajadhyaksha is salaried with a net monthly income of Rs. 96,400, which places "
           "her in the Pack slab. Her dog Biscuit and her cat Kesar are both on her Pet Roster.", gap_after=0)
    b.ruled_table(
        [30, 220, 150, 99],
        ["Step", "What is worked out", "Working", "Amount"],
        [
            ["1", "Counted income", "net monthly salary", "Rs. 96,400"],
            ["2", "Times the Pack limit multiple", "2.5 x Rs. 96,400", "Rs. 2,41,000"],
            ["3", "Rounded down to the nearest Rs. 5,000: credit limit", "", "Rs. 2,40,000"],
            ["4", "Vet Reserve", "10% of Rs. 2,40,000", "Rs. 24,000"],
            ["5", "Limit open for other spends", "Rs. 2,40,000 - Rs. 24,000", "Rs. 2,16,000"],
        ],
        caption="Tanvi's limit",
        align=["c", "l", "l", "r"],
        keep_rows=5,
    )
    b.para("In March Biscuit needs knee surgery at a PPC, billed at Rs. 36,000, and Tanvi takes VetEase EMI for 6 "
           "months. The first Rs. 24,000 comes out of the Vet Reserve and the other Rs. 12,000 out of the rest of "
           "the limit, which leaves Rs. 2,04,000 for other spends. Each instalment is Rs. 6,000 with no interest; "
           "the processing fee is Rs. 199 plus GST. As instalments are paid, the Vet Reserve is refilled first.")

    # ================================================================ fees
    b.heading(10, "Fees and charges", keep=30)
    b.ruled_table(
        [150, 82, 86, 86, 95],
        ["Fee or charge", "Charged", "Poonchh Pup", "Poonchh Pack", "Poonchh Pride"],
        [
            ["Joining fee", "once", "Rs. 499", "Rs. 1,499", "Rs. 3,999"],
            ["Annual fee (from the second year)", "per year", "Rs. 499", "Rs. 1,499", "Rs. 3,999"],
            ["Extra pet slot (one at most, beyond those in Table 1)", "per pet per year", "Not offered",
             "Rs. 250", "Rs. 150"],
            ["VetEase EMI processing fee", "per bill", "Rs. 199", "Rs. 199", "Waived"],
            ["VetNow Advance fee", "per advance", "See Table 7", "See Table 7", "See Table 7"],
            ["PawShield Pay convenience fee", "per premium", "1% (up to Rs. 300)", "Nil", "Nil"],
            ["JabAlert reminders", "per pet", "Nil", "Nil", "Nil"],
            ["JabAlert Plus home vaccination visit (vaccine extra)", "per visit", "Rs. 349", "Rs. 249",
             "Waived"],
            ["Doorstep KYC", "per visit", "Rs. 150 to Rs. 300", "Rs. 150 to Rs. 300", "Waived"],
            ["Cash withdrawal", "per transaction", "2.5% (min Rs. 500)", "2.5% (min Rs. 500)",
             "2.5% (min Rs. 500)"],
            ["Foreign currency markup", "per transaction", "3.5%", "3.5%", "2%"],
            ["Over-limit charge", "per statement", "2.5% of the excess (min Rs. 600)",
             "2.5% of the excess (min Rs. 600)", "Nil"],
            ["Interest on revolving dues", "per month", "3.75%", "3.5%", "3.1%"],
            ["Late payment charge", "per statement", "See Table 6", "See Table 6", "See Table 6"],
            ["Payment return (cheque or auto-debit)", "per instance", "Rs. 500", "Rs. 500", "Rs. 500"],
            ["Card replacement", "per card", "Rs. 200", "Rs. 200", "Waived"],
            ["Whisker Points redemption", "per request", "Rs. 99", "Rs. 99", "Waived"],
            ["Printed Paw Ledger", "per copy", "Rs. 100", "Rs. 100", "Nil"],
            ["Statement copy older than 3 months", "per statement", "Rs. 100", "Rs. 100", "Rs. 100"],
        ],
        caption="Schedule of fees and charges",
        keep_rows=4,
    )
    b.para("GST at 18% is added to every fee, charge and interest amount. A fee shown as Nil is not charged at "
           "all; a fee shown as Waived is a charge the variant does not pay.", size=7.9, gap_after=1)
    b.ruled_table(
        [250, 249],
        ["Total amount due on the statement", "Late payment charge (all variants)*"],
        [
            ["Up to Rs. 500", "Nil"],
            ["Rs. 501 to Rs. 2,500", "Rs. 300"],
            ["Rs. 2,501 to Rs. 10,000", "Rs. 650"],
            ["Rs. 10,001 to Rs. 25,000", "Rs. 950"],
            ["Rs. 25,001 to Rs. 50,000", "Rs. 1,200"],
            ["Above Rs. 50,000", "Rs. 1,500"],
        ],
        caption="Late payment charge slabs",
        align=["l", "r"],
        keep_rows=6,
    )
    b.footnote("* Charged when the minimum amount due is not paid by the due date. It is not charged when the "
               "unpaid part of the minimum amount due is Rs. 100 or less.", need=10)

    # ================================================================ VetNow
    b.heading(11, "VetNow Advance: when your pet needs emergency care", keep=70)
    b.para("VetNow Advance pays the treating clinic's bank account directly for emergency treatment of a pet on "
           "your Pet Roster, at any registered veterinary clinic in India, not only at a PPC.", gap_after=1)
    b.pair_rows([
        ("How to ask", "Pets > VetNow in the app, or the VetNow desk 1800-419-2700", "Hours", "24 x 7, all days"),
        ("Most per advance", "Rs. 15,000 / Rs. 30,000 / Rs. 60,000 (Pup / Pack / Pride)", "Paid within",
         "45 minutes of a complete request"),
        ("Comes out of", "the Vet Reserve first, then the rest of the limit", "Waiting period",
         "21 days on the Pet Roster; none for accidents"),
        ("The clinic sends", "an estimate on its letterhead with the vet's registration number", "Clinic account",
         "current account checked by a Rs. 1 test credit"),
        ("Interest-free for", "25 days from the payout", "Shown in the statement as", "VETNOW, with the clinic's name"),
        ("If not paid by the due date", "convert it to 3 or 6 instalments at 14% a year, or it becomes revolving "
         "credit at the variant's interest rate"),
    ])
    b.ruled_table(
        [250, 249],
        ["Amount of the VetNow Advance", "Fee for that advance (plus GST)\u2020"],
        [
            ["Up to Rs. 5,000", "Rs. 99"],
            ["Rs. 5,001 to Rs. 15,000", "Rs. 249"],
            ["Rs. 15,001 to Rs. 30,000", "Rs. 449"],
            ["Rs. 30,001 to Rs. 45,000", "Rs. 649"],
            ["Rs. 45,001 to Rs. 60,000", "Rs. 799"],
        ],
        caption="VetNow Advance fee slabs",
        align=["l", "r"],
        keep_rows=5,
    )
    b.footnote("\u2020 On Poonchh Pride the first VetNow Advance in each card year carries no fee; later "
               "advances follow the slabs in Table 7.", need=10)
    b.warning("WARNING: money goes only to the clinic",
              "A VetNow Advance is paid only into the treating clinic's verified current account, never to a "
              "person, a wallet or a UPI ID. Kesarwadi staff will never ask you or the clinic for a release fee "
              "or for an OTP to send an advance. If anyone does, end the call and report it to Poonchh Care on "
              "1800-419-2764.")

    # ================================================================ benefits
    b.heading(12, "Whisker Points and other benefits", keep=110)
    b.ruled_table(
        [143, 86, 66, 66, 66, 72],
        ["Spend or benefit", "You earn", "Pup cap", "Pack cap", "Pride cap", "Cap resets"],
        [
            ["Pet stores, online and in shops", "10 points per Rs. 100", "800 points", "1,500 points",
             "3,000 points", "each calendar month"],
            ["Grooming and pet boarding", "8 points per Rs. 100", "400 points", "800 points", "1,600 points",
             "each calendar month"],
            ["Vet bills paid in full (not on EMI)", "5 points per Rs. 100", "500 points", "1,000 points",
             "2,000 points", "each calendar month"],
            ["Pet-insurance premium through PawShield Pay", "5% cashback", "Rs. 500", "Rs. 1,000", "Rs. 2,000",
             "each card year"],
            ["Pet birthday: pet-store spends on the pet's registered birthday", "double points",
             "300 extra points", "500 extra points", "1,000 extra points", "per pet per year"],
            ["All other spends", "2 points per Rs. 100", "No cap", "No cap", "No cap", "-"],
            ["Welcome: Pet Wellness Check voucher at a PPC (worth Rs. 800 each)", "on the first pet-category spend",
             "1 voucher", "2 vouchers", "3 vouchers", "once"],
        ],
        caption="Earning Whisker Points, with caps",
        keep_rows=3,
    )
    b.pair_rows([
        ("Value of 1 point", "Rs. 0.25 as statement credit", "At a PPC or the Poonchh Store", "Rs. 0.40 a point"),
        ("Minimum redemption", "400 points", "Validity", "24 months from the month they are earned"),
        ("No points on", "fuel, rent, wallet loads, cash, EMI (VetEase included), VetNow Advance, fees, interest "
         "and PawShield Pay premiums, which earn cashback instead"),
    ])

    # ================================================================ VetEase EMI
    b.heading(13, "VetEase EMI and other EMI", keep=110)
    b.pair_rows([
        ("Where", "Poonchh Partner Clinics only", "Bill size", "Rs. 2,500 to Rs. 2,00,000"),
        ("Tenures", "3, 6, 9 or 12 months", "No-cost tenures", "3 and 6 months"),
        ("Interest on 9 and 12 months", "13% a year, reducing balance", "Processing fee",
         "Rs. 199 a bill (waived on Pride)"),
        ("Convert", "at the clinic counter, or in the app within 7 days of the bill", "Foreclosure",
         "2% of the principal still unpaid"),
        ("Other EMI (any merchant)", "Rs. 3,000 or more, within 30 days of the spend; 3 to 12 months at 16% a "
         "year; processing fee 1.5% (minimum Rs. 249)"),
        ("Cannot be converted", "gold, jewellery, fuel, wallet loads, and a VetNow Advance, which has its own "
         "instalment option (section 11)"),
    ])
    b.para("A new VetEase EMI cannot be booked for a pet whose anti-rabies entry in JabAlert is overdue, until "
           "an updated vaccination card is uploaded. Instalments already running are not affected.", size=8.0)

    # ================================================================ PawShield
    b.heading(14, "PawShield Pay: your pet-insurance premium on the card", keep=80)
    b.bullet("Pays the annual or monthly premium of a policy for a pet on your Pet Roster, to any of the 9 insurers "
             "on the PawShield list in the app. You must be the proposer named in the policy.")
    b.bullet("The premium is charged on the renewal date by a standing instruction set up in Pets > Insurance, "
             "which needs an OTP once.")
    b.bullet("An annual premium of Rs. 6,000 or more can be split into 3 monthly instalments with no interest "
             "and no processing fee.")
    b.bullet("If the charge fails (for example, not enough limit), it is tried once more after 24 hours; then you "
             "get a PS-FAIL alert and must pay the insurer yourself within the insurer's grace period.")
    b.bullet("The bank does not sell or service the policy: claims go to the insurer.")

    # ================================================================ JabAlert
    b.heading(15, "JabAlert: vaccination reminders", keep=80)
    b.pair_rows([
        ("Cost", "free on all variants", "Vaccines tracked", "up to 8 per pet"),
        ("Reminders", "app and SMS 21 days, 7 days and 1 day before the due date", "WhatsApp",
         "optional, switched on in Pets > JabAlert"),
        ("Where dates come from", "the vaccination card you upload; a PPC vet can enter a shot directly",
         "Your check", "confirm a vet's entry within 7 days"),
        ("Overdue", "30 days after a due date with no update, reminders stop and the pet shows Overdue",
         "Home visits", "JabAlert Plus in 38 cities (fee in Table 5)"),
    ])
    b.para("JabAlert follows the schedule that you or your vet enter; it does not give medical advice.", size=8.0)

    # ================================================================ Paw Ledger
    b.heading(16, "Paw Ledger: your yearly pet-spend statement", keep=70)
    b.bullet("Covers the calendar year (January to December) and is ready in the app by 20 January; a PDF copy is "
             "e-mailed to you.")
    b.bullet("Groups pet spends under six heads: vet treatment, medicines, food and supplies, grooming and "
             "boarding, insurance premium, and VetNow Advance.")
    b.bullet("Shows a split by pet when spends are tagged: tag them in Pets > Tag spends within 60 days of the "
             "transaction date. PPC bills are tagged automatically.")
    b.bullet("Stays in the app for 5 years. It is a summary of card spends, not a tax document.")

    # ================================================================ statements
    b.heading(17, "Statements, payments and interest", keep=120)
    b.pair_rows([
        ("Statement date", "the 2nd, 9th, 16th or 23rd, chosen at Paw Print", "Payment due",
         "20 days after the statement date"),
        ("Minimum amount due", "5% of the total amount due (at least Rs. 250), plus every EMI and any amount over "
         "the limit"),
        ("Cut-off", "8 pm on the due date for UPI and net banking", "Credited", "same day (UPI, net banking); "
         "NEFT next working day"),
        ("Cheque drop box", "credited in 3 working days", "Auto-pay", "minimum or total amount due, from Card > "
         "Repay"),
    ])
    b.para("If the total amount due is not paid in full, interest at the variant's monthly rate is charged on "
           "each purchase from its transaction date, and new spends get no interest-free period until the dues are "
           "cleared. Cash withdrawals carry interest from the day they are made.", gap_after=1)
    b.subheading("Worked example (Poonchh Pup, 45% a year)", keep=60)
    b.para("Rohini Bhattacharjee's statement of 9 August 2025 shows a total amount due of Rs. 12,000 and a minimum "
           "amount due of Rs. 600 (5%). The due date is 29 August. On 29 August she pays Rs. 5,000.", gap_after=0)
    b.ruled_table(
        [80, 150, 80, 110, 79],
        ["Date", "Spend", "Amount", "Days charged", "Interest"],
        [
            ["14 July", "Pet store (cat food)", "Rs. 4,200", "46 (to 29 Aug)", "Rs. 238.19"],
            ["22 July", "Groomer", "Rs. 1,800", "38 (to 29 Aug)", "Rs. 84.33"],
            ["3 August", "Vet bill for her cat Momo", "Rs. 6,000", "26 (to 29 Aug)", "Rs. 192.33"],
            ["29 August", "Unpaid balance after payment", "Rs. 7,000", "11 (to 9 Sep)", "Rs. 94.93"],
            ["", "Interest in the 9 September statement", "", "", "Rs. 609.78"],
        ],
        caption="Rohini's interest",
        align=["l", "l", "r", "l", "r"],
        keep_rows=5,
    )
    b.para("GST of 18% (Rs. 109.76) is added to the interest. Because she paid more than the minimum by the due "
           "date, there is no late payment charge. Had she paid nothing, the total amount due of Rs. 12,000 would "
           "have drawn a late payment charge of Rs. 950 (Table 6).", size=8.0)

    # ================================================================ controls
    b.heading(18, "Card controls and safety", keep=150)
    b.toggles([
        ("Online payments", True, "Switch off or on at any time"),
        ("Contactless", True, "Tap limit Rs. 5,000 at issue; set it anywhere from Rs. 500 to Rs. 5,000"),
        ("International use", False, "Switch on at any time; markup in Table 5"),
        ("Cash withdrawal", False, "Switch on, up to 20% of the credit limit"),
        ("VetNow Advance", True, "Switch off at any time; switching it back on takes 24 hours"),
        ("Sitter card", False, "One add-on card for your pet-sitter or dog-walker (Pack and Pride only): works only "
         "for pet-category spends, with a monthly limit you set from Rs. 1,000 to Rs. 10,000"),
        ("Vet Reserve", True, "Release once a card year; VetNow Advance is then unavailable for 90 days"),
    ])
    b.para("Lost card: block it in the app or SMS PNBLOCK <last 4 digits> to 56161. Zero liability applies to "
           "unauthorised transactions reported within 3 working days; reported in 4 to 7 working days, your "
           "liability is capped at Rs. 5,000. A replacement card reaches you in 7 working days.", size=8.0)

    # ================================================================ timelines
    b.heading(19, "Key timelines", keep=90)
    b.leaders([
        ("Decision after Paw Print", "instant; up to 5 working days in manual review (PAW-690)"),
        ("Virtual card in Kesar Mitra", "within 15 minutes of approval"),
        ("Physical card", "5 working days in metro cities, 8 working days elsewhere"),
        ("Pet Passport document check", "1 working day"),
        ("A pet added after the card is issued", "verified within 2 working days"),
        ("VetNow Advance payout", "within 45 minutes of a complete request"),
        ("Welcome voucher", "within 15 days of the first pet-category spend"),
        ("Microchip refund", "credited within 10 days of the PPC entry"),
        ("Paw Ledger", "by 20 January each year"),
        ("Dispute a transaction", "within 30 days of the statement date; resolved within 45 days"),
        ("Card closure", "7 working days after all dues are paid; PawShield Pay stops the same day"),
    ])

    # ================================================================ do / don't
    b.heading(20, "Good habits", keep=110)
    b.do_dont(
        [
            "Tag pet spends within 60 days, so the Paw Ledger splits them by pet.",
            "Upload the new vaccination card within 7 days of each shot.",
            "Ask the clinic for an estimate with the vet's registration number before a VetNow request.",
            "Keep the Vet Reserve on if you may need VetNow Advance.",
            "Update the Pet Roster within 30 days if a pet dies or is rehomed.",
        ],
        [
            "Share an OTP with a clinic, a sitter or a caller.",
            "Pay a vet through a wallet if you want Whisker Points or VetEase EMI.",
            "Try to add a bird, rabbit or other animal: only dogs and cats are accepted.",
            "Let the anti-rabies entry go overdue: new VetEase EMIs stop for that pet.",
            "Hand the sitter card to anyone other than the named sitter.",
        ],
    )

    # ================================================================ FAQ
    b.heading(21, "Frequently asked questions", keep=60)
    b.faq([
        ("My pet has died. What happens to the VetEase EMIs I took for it?",
         "They continue as billed. Remove the pet in Pets > Pet Roster; the free slot can be given to another "
         "pet at once."),
        ("Can I use VetNow Advance for a dog I am fostering?",
         "Yes, once the dog is on your Pet Roster with the shelter's foster letter uploaded; the 21-day waiting "
         "period applies except for accidents."),
        ("Do PawShield Pay premiums count towards the annual fee waiver?",
         "Yes. VetNow Advances, fees and interest do not count."),
        ("I am moving down from Pack to Pup. What happens to my second pet?",
         "You choose which pet stays on the Pet Roster. The other pet's JabAlert reminders stop, but its Paw "
         "Ledger history stays."),
    ])

    # ================================================================ grievance
    b.heading(22, "Complaints and escalation", keep=120)
    b.para("Write to Poonchh Cards, Kesarwadi Commercial Bank Ltd., Kesar Bhavan, 22 Godavari Ghat Road, Nashik "
           "422002, or use Help > Complaint in the app. Every complaint gets a reference such as PC-251115-0042.",
           size=8.0, gap_after=1)
    b.ladder([
        ("LEVEL 1", "Poonchh Care: 1800-419-2764, care.poonchh@kesarwadibank.example, or the app",
         "any complaint", "3 working days"),
        ("LEVEL 2", "Grievance Redressal Officer, Mr. Anirudh Ghorpade, gro.poonchh@kesarwadibank.example, "
         "0253-661-4400 (9.30 am to 5.30 pm, Monday to Friday)",
         "no reply within 3 working days, or not satisfied with Level 1", "10 working days"),
        ("LEVEL 3", "Principal Nodal Officer, Ms. Sunanda Vaidyanathan, nodal.poonchh@kesarwadibank.example",
         "no reply from Level 2 within 10 working days, or not satisfied", "15 working days"),
        ("LEVEL 4", "Banking Ombudsman of the Reserve Bank of India",
         "not resolved within 30 days of your first complaint, or rejected by the bank", "as per the Ombudsman "
         "scheme"),
    ])

    return b.finish(OUT)


if __name__ == "__main__":
    pages = build()
    print(f"wrote {OUT} ({pages} pages)")
