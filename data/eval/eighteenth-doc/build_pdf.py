"""Build the eighteenth evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card and its
variants, the app and its journey, people, phone numbers, e-mail addresses,
web addresses, codes, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/eighteenth-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign is
written as "Rs." throughout.  Output is deterministic (fixed metadata dates,
no new document id).
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "kshema_pulse_healthcare_staff_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 54.0, 541.0  # left and right margins
TOP = 70.0  # body starts below the running header
FOOTER_Y = 812.0
BODY_BOTTOM = 788.0  # lowest y for body text on a page without footnotes

REG, BOLD = "helv", "hebo"
BODY = 8.8
LEAD = 1.33
ACCENT = (0.55, 0.12, 0.22)  # deep maroon
HEAD_FILL = (0.96, 0.89, 0.91)
SIDE_FILL = (0.97, 0.94, 0.88)
GREEN = (0.12, 0.45, 0.22)
RED = (0.70, 0.12, 0.12)

HEADER_LEFT = "Neelkanth Kshema Bank Ltd.  |  Kshema Pulse Credit Card for Healthcare Staff - Customer Guide"
HEADER_RIGHT = "Edition 3.0, effective 1 August 2025"
FOOTER_LEFT = "Pulse Card Guide - keep this guide in your locker, not on the ward"


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
        self.rich(segs, indent=indent, first_prefix="-", gap_after=2.0)

    def label(self, label, value, indent=0.0, right=RM):
        n = len(wrap_runs([(label + ":", BOLD), (value, REG)], right - LM - indent, BODY))
        self.ensure(n * BODY * LEAD)  # keep a label line and its wrapped value on one page
        self.rich([(label + ":", BOLD), (value, REG)], indent=indent, gap_after=1.5, right=right)

    def heading(self, text, size=12.0, keep=0.0):
        """Section heading; `keep` reserves extra room so the heading is not left alone at a page foot."""
        self.ensure(size * 1.6 + 46 + keep)
        self.y += 8 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size, color=ACCENT)
        self.page.draw_line((LM, self.y + 3), (RM, self.y + 3), color=ACCENT, width=0.6)
        self.y += 6

    def subheading(self, text, size=9.8, keep=34.0):
        self.ensure(size * 1.5 + keep)
        self.y += 4 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size)
        self.y += 3

    # ------------------------------------------------------- special blocks
    def sidebar(self, main, title, side_lines, side_w=168.0, gap=14.0):
        """Label/value lines in a narrowed main column with a shaded sidebar box on the right."""
        right = RM - side_w - gap
        top = self.y
        for lab, val in main:
            self.label(lab, val, right=right)
        main_bottom = self.y
        # sidebar box
        size = 8.4
        x0 = RM - side_w
        inner = side_w - 16
        body = []
        for lab, val in side_lines:
            body.append(wrap_runs([(lab, BOLD)], inner, size))
            body.append(wrap_runs([(val, REG)], inner, size))
        h = 10 + size * 1.6 + sum(len(b) for b in body) * size * 1.3 + len(side_lines) * 3 + 6
        r = pymupdf.Rect(x0, top + 4, RM, top + 4 + h)
        self.page.draw_rect(r, color=ACCENT, fill=SIDE_FILL, width=0.6)
        self.page.draw_rect(pymupdf.Rect(x0, top + 4, x0 + 4, top + 4 + h), color=ACCENT, fill=ACCENT,
                            width=0)
        y = r.y0 + 8 + size * 1.1
        self.page.insert_text((x0 + 10, y), title, fontname=BOLD, fontsize=size + 0.8, color=ACCENT)
        y += 4
        for i, lines in enumerate(body):
            for runs in lines:
                y += size * 1.3
                self.draw_runs(x0 + 10, y, runs, size)
            if i % 2 == 1:
                y += 3
        self.y = max(main_bottom, r.y1) + 4

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
            self.page.draw_line((LM + term_w, self.y - 1), (RM, self.y - 1), color=(0.85, 0.85, 0.85),
                                width=0.3)
        self.y += 4

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
        self.page.draw_rect(r, color=(0.80, 0.70, 0.72), fill=(0.985, 0.955, 0.96), width=0.6)
        tag = f"STAGE {n}"
        self.page.draw_rect(pymupdf.Rect(RM - 62, top, RM, top + 15), color=ACCENT, fill=ACCENT, width=0)
        self.page.insert_text((RM - 31 - tl(tag, BOLD, 8) / 2, top + 10.5), tag, fontname=BOLD, fontsize=8,
                              color=(1, 1, 1))
        self.page.insert_text((x0, top + 13), f"{n}. {name}", fontname=BOLD, fontsize=10.2, color=ACCENT)
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

    def hour_bar(self, start, end, label):
        """A 24-hour strip with the hours from `start` to `end` (wrapping midnight) shaded."""
        self.ensure(50)
        top = self.y + 6
        cell = (RM - LM) / 24
        for h in range(24):
            shaded = (h >= start or h < end) if start > end else (start <= h < end)
            r = pymupdf.Rect(LM + h * cell, top, LM + (h + 1) * cell, top + 14)
            self.page.draw_rect(r, color=(0.6, 0.6, 0.6), fill=(0.30, 0.22, 0.45) if shaded else (0.97, 0.96,
                                                                                                     0.90),
                                width=0.4)
        for h, txt in ((0, "12 am"), (6, "6 am"), (12, "12 noon"), (18, "6 pm"), (22, "10 pm")):
            self.page.insert_text((LM + h * cell + 1, top + 24), txt, fontname=REG, fontsize=7,
                                  color=(0.3, 0.3, 0.3))
        self.page.insert_text((LM, top + 35), label, fontname=REG, fontsize=7.6, color=(0.25, 0.25, 0.25))
        self.y = top + 40

    def do_dont(self, dos, donts, size=8.7):
        """Two boxed bullet lists side by side: what to do and what not to do."""
        gutter = 14.0
        w = (RM - LM - gutter) / 2
        lh = size * 1.32

        def lay(items):
            return [wrap_runs([(t, REG)], w - 26, size) for t in items]

        dl, nl = lay(dos), lay(donts)
        hgt = max(sum(len(x) for x in dl) * lh + len(dl) * 3, sum(len(x) for x in nl) * lh + len(nl) * 3) + 30
        self.ensure(hgt + 6)
        top = self.y + 4
        for x, title, col, items in ((LM, "DO", GREEN, dl), (LM + w + gutter, "DON'T", RED, nl)):
            r = pymupdf.Rect(x, top, x + w, top + hgt)
            self.page.draw_rect(r, color=col, width=0.9)
            self.page.draw_rect(pymupdf.Rect(x, top, x + w, top + 16), color=col, fill=col, width=0)
            self.page.insert_text((x + 8, top + 11.5), title, fontname=BOLD, fontsize=9, color=(1, 1, 1))
            y = top + 20
            for lines in items:
                for i, runs in enumerate(lines):
                    y += lh
                    if i == 0:
                        mark = "+" if title == "DO" else "x"
                        self.page.insert_text((x + 9, y - size * 0.3), mark, fontname=BOLD, fontsize=size,
                                              color=col)
                    self.draw_runs(x + 20, y - size * 0.3, runs, size)
                y += 3
        self.y = top + hgt + 6

    # ----------------------------------------------------------------- tables
    def ruled_table(self, widths, header, rows, size=8.3, pad=3.2, caption=None):
        xs = [LM]
        for w in widths:
            xs.append(xs[-1] + w)
        assert abs(xs[-1] - RM) < 0.6, (xs[-1], RM)
        lh = size * 1.3

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w - 2 * pad, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(wl) for wl in wrapped) * lh + 2 * pad

        hdr_wrapped, hdr_h = layout(header, BOLD)

        def draw_row(wrapped, h, fill=None, font_color=(0, 0, 0)):
            for i, wl in enumerate(wrapped):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h)
                self.page.draw_rect(r, color=(0.3, 0.25, 0.27), fill=fill, width=0.6)
                yy = self.y + pad + size * 0.95
                for runs in wl:
                    self.draw_runs(xs[i] + pad, yy, runs, size, color=font_color)
                    yy += lh
            self.y += h

        if caption:
            self.ensure(size * 2 + hdr_h + 36)
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
            fill = (0.985, 0.975, 0.975) if k % 2 else None
            draw_row(wrapped, h, fill=fill)
        self.y += 8

    def plain_table(self, col_x, header, rows, size=8.7, caption=None):
        """Unruled table: cells are placed at fixed x positions and no lines are drawn."""
        lh = size * 1.3
        widths = [col_x[i + 1] - col_x[i] - 8 for i in range(len(col_x) - 1)] + [RM - col_x[-1]]

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(w) for w in wrapped) * lh + 3

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

    def boxed_note(self, title, text, size=8.7):
        lines = wrap_runs([(text, REG)], RM - LM - 16, size)
        h = 8 + (size + 2) * 1.3 + len(lines) * size * 1.35 + 6
        self.ensure(h + 6)
        r = pymupdf.Rect(LM, self.y + 3, RM, self.y + 3 + h)
        self.page.draw_rect(r, color=ACCENT, fill=(0.99, 0.97, 0.95), width=1.0, dashes="[3 2] 0")
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
            page.insert_text((LM, 36), HEADER_LEFT, fontname=BOLD, fontsize=7.6, color=grey)
            page.insert_text((RM - tl(HEADER_RIGHT, REG, 7.6), 36), HEADER_RIGHT, fontname=REG,
                             fontsize=7.6, color=grey)
            page.draw_line((LM, 42), (RM, 42), color=ACCENT, width=0.5)
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
            "title": "Kshema Pulse Credit Card for Healthcare Staff - Customer Guide (fictional)",
            "author": "Neelkanth Kshema Bank Ltd. (fictional)",
            "subject": "Customer guide for a fictional credit card for hospital and healthcare staff on shifts",
            "keywords": "fictional, evaluation, credit card, nurses, paramedics, hospital staff, shifts",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": "D:20250801000000+05'30'",
            "modDate": "D:20250801000000+05'30'",
        })
        self.doc.save(path, garbage=4, deflate=True, clean=True, no_new_id=True)
        return n


def build():
    b = Builder()

    # ================================================================ title
    b.page.insert_text((LM, b.y + 6), "NEELKANTH KSHEMA BANK LTD.", fontname=BOLD, fontsize=10, color=ACCENT)
    b.y += 30
    b.page.insert_text((LM, b.y), "Kshema Pulse Credit Card", fontname=BOLD, fontsize=20)
    b.y += 16
    b.page.insert_text((LM, b.y), "Customer guide for nurses, paramedics and hospital staff on rotating shifts - "
                       "Bedside, Ward and Apex variants", fontname=REG, fontsize=9.8)
    b.y += 9
    b.para("Edition 3.0, effective 1 August 2025. It replaces edition 2.2 dated 14 November 2024. Every name, "
           "number and term in this guide is fictional.", size=8.0, gap_after=5)
    b.para("The Kshema Pulse Credit Card is issued by Neelkanth Kshema Bank Ltd. for people who keep hospitals "
           "running around the clock: nurses, paramedics and ambulance crews, technicians, pharmacists and other "
           "staff on the payroll of a hospital, nursing home, clinic or diagnostic laboratory. Your limit is set "
           "from your counted income and the category of your employer. The card is built for people whose day "
           "often starts at night: Night Owl Hours give extra Pulse Points on late-night food, rides and pharmacy "
           "spends, Roster Shift lets you move your payment due date when it clashes with your duty roster, and "
           "the whole application runs in the Kshema Nest app through a six-stage journey called Shift Handover.")

    b.heading("1. The card at a glance")
    b.sidebar(
        [
            ("Issuer", "Neelkanth Kshema Bank Ltd., 41 Residency Lane, Civil Lines, Nagpur 440001"),
            ("Variants", "Pulse Bedside, Pulse Ward and Pulse Apex"),
            ("Credit limit", "Rs. 20,000 (lowest, Bedside) to Rs. 7,50,000 (highest, Apex); see Table 1"),
            ("Interest-free period", "18 to 48 days on purchases"),
            ("Card network", "Visa (Bedside and Ward) or Mastercard (Apex)"),
            ("Reward currency", "Pulse Points"),
            ("Mobile app", "Kshema Nest, for Android and iOS"),
            ("Special features", "Night Owl Hours (section 8) and Roster Shift (section 12)"),
            ("Age to apply", "20 to 58 years"),
        ],
        "Numbers to save on your phone",
        [
            ("Pulse Care Line (24 x 7)", "1800-419-7733, toll-free"),
            ("Block a lost card by SMS", "PBLOCK <last 4 digits> to 58855"),
            ("Balance by SMS", "PBAL to 58855"),
            ("WhatsApp", "+91-97300-41977"),
        ],
    )

    b.ruled_table(
        [62, 92, 66, 66, 66, 85, 50],
        ["Variant", "Counted monthly income", "Multiple for Category A employer",
         "Multiple for Category B employer", "Multiple for Category C employer", "Credit limit range",
         "Joining fee"],
        [
            ["Pulse Bedside", "Rs. 16,000 to Rs. 31,999", "2 times", "1.75 times", "1.5 times",
             "Rs. 20,000 to Rs. 75,000", "Nil"],
            ["Pulse Ward", "Rs. 32,000 to Rs. 69,999", "3 times", "2.5 times", "2 times",
             "Rs. 75,001 to Rs. 2,50,000", "Rs. 599"],
            ["Pulse Apex", "Rs. 70,000 and above", "4 times", "3.5 times", "3 times",
             "Rs. 2,50,001 to Rs. 7,50,000", "Rs. 2,499"],
        ],
        caption="Table 1: Variants, counted income slabs and limit multiples",
    )
    b.para("Employer categories: Category A - government and government-aided hospitals, public health centres "
           "and hospitals of the railways and armed forces. Category B - private hospitals with 50 or more beds. "
           "Category C - nursing homes and hospitals with fewer than 50 beds, clinics, diagnostic laboratories, "
           "blood banks and private ambulance services. The multiple never takes the limit above the top of the "
           "variant's range.", size=8.4)

    # ================================================================ words used
    b.heading("2. Words used in this guide")
    b.deflist([
        ("Counted income", "Your average net salary credit over the last 3 months, in which night-duty and "
                           "shift allowances are counted at only 50%, because they change from month to month."),
        ("Card year", "The 12 months starting from the month in which your card is issued."),
        ("Duty roster", "The shift schedule issued by your hospital, showing day, evening and night duties."),
        ("Night Owl Hours", "10 pm to 6 am Indian Standard Time, by the time the merchant records the "
                            "transaction."),
        ("Agency staff", "People who work in a hospital but are paid through a manpower or outsourcing agency "
                         "rather than by the hospital itself."),
        ("Total amount due", "Everything you owe on the statement date, including fees, interest and GST."),
    ])

    # ================================================================ eligibility
    b.heading("3. Who can apply")
    b.para("You can apply if every one of these is true on the day you apply:")
    b.bullet("You are a resident Indian aged 20 to 58 years.")
    b.bullet("You work for a hospital, nursing home, clinic, diagnostic laboratory, blood bank or ambulance service "
             "in India as a nurse (ANM, GNM or B.Sc./M.Sc. Nursing), paramedic or emergency medical technician, "
             "laboratory or radiology technician, operation theatre technician, pharmacist, physiotherapist, "
             "ward attendant, or member of the hospital's administration, billing or housekeeping staff.")
    b.bullet("Permanent staff: at least 3 months of continuous service with your present employer. Agency staff: "
             "at least 9 months of work at the same hospital, with salary paid through the agency into a bank "
             "account in your name.")
    b.bullet("Your counted income is at least Rs. 16,000 a month.")
    b.bullet("Your credit score is 690 or above. If you have no credit history at all, you can still get Pulse "
             "Bedside as your first card.")
    b.subheading("Who cannot apply")
    b.bullet("Doctors, including resident doctors, consultants and medical interns. They are served by a "
             "separate card and cannot hold a Pulse card.")
    b.bullet("Nursing and paramedical students or trainees who are paid a stipend.")
    b.bullet("Home-care nurses and attendants hired directly by families, and medical representatives.")
    b.bullet("Staff on leave without pay for more than 60 days at the time of applying.")
    b.bullet("Anyone who already holds a Pulse card of any variant.")
    b.para("Agency staff can get Pulse Bedside or Pulse Ward only, and their limit multiple is capped at 1.25 "
           "times the counted income, whatever the employer category.")

    # ================================================================ documents
    b.heading("4. Documents you need")
    b.label("Identity", "PAN (physical card or e-PAN) - mandatory for everyone")
    b.label("Address", "Aadhaar (masked copy or offline e-KYC), passport, voter ID or driving licence")
    b.label("Employment", "hospital identity badge, plus either your appointment letter or an HR letter signed by "
            "the HR head or medical superintendent and dated within the last 60 days")
    b.label("Council registration", "nurses and pharmacists may enter their state council registration number "
            "instead of uploading the appointment letter or HR letter")
    b.label("Income", "salary slips for the last 3 months and a 6-month statement of the account where your "
            "salary is credited, or an Account Aggregator consent in place of both")
    b.label("Agency staff", "a letter from the agency naming the hospital where you are posted")
    b.label("File rules", "PDF, JPG or PNG, up to 5 MB per file; photos of documents taken on a ward phone "
            "are accepted if all four corners are visible")
    b.para("No guarantor, income tax return or duty roster is needed to apply.")

    # ================================================================ journey
    b.heading("5. Applying in the app: the Shift Handover journey", keep=60)
    b.para("Download Kshema Nest, tap Cards > Pulse > Apply, and complete the six stages below in order. The "
           "whole journey usually takes 12 to 18 minutes. An application that is not completed lapses 21 days "
           "after Stage 1 was finished, even if you keep coming back to it (halt code SH-690).")
    b.boxed_note("Called to a patient mid-way? Use Pause for Duty",
                 "From Stage 2 to Stage 5 you can tap Pause for Duty. The app saves your place and reminds you 9 "
                 "hours later, after a typical shift. You can use it twice in one application. Pause for Duty "
                 "does not stop the offer clock at Care Plan or the 21-day lapse of the application.")
    b.stage(1, "Check-In",
            "Confirm your mobile number. A 6-digit OTP is sent by SMS and stays valid for 4 minutes.",
            [("Retries", "up to 3 resends; 4 wrong OTPs lock the number for 12 hours (SH-102)"),
             ("If you drop off", "nothing is saved at this stage, so you simply start again")])
    b.stage(2, "Duty Badge",
            "Enter your PAN, date of birth, your employer's code from the Kshema Care Employer List and your "
            "employee ID. If your hospital is not on the list, send an Add My Hospital request with a letter "
            "from the HR head or medical superintendent.",
            [("Retries", "2 attempts to match your employee ID, then an HR letter upload (SH-221)"),
             ("If you drop off", "details are saved and you can resume within 14 days")])
    b.stage(3, "Pay Chart",
            "Prove your income. Approve an Account Aggregator consent for the account that receives your "
            "salary, or upload salary slips and a bank statement as PDF files.",
            [("Timeout", "the consent screen closes after 8 minutes; approve it again to continue"),
             ("Retries", "3 upload tries per file (SH-317 after that)"),
             ("If you drop off", "saved for 14 days; data fetched through a consent is deleted after 48 hours "
              "if you do not finish the stage")])
    b.stage(4, "Face Round",
            "Take a live selfie that is matched with the photo linked to your PAN or Aadhaar. Take off your "
            "surgical mask and cap first. This stage works at any hour, including during night shifts.",
            [("Timeout", "the camera screen ends after 5 minutes of inactivity"),
             ("Retries", "3 tries a day; after that book a Video Round call within 7 days or visit a Kshema Desk "
              "(SH-408)"),
             ("If you drop off", "saved for only 5 days; after that you go back to Stage 3 - Pay Chart")])
    b.stage(5, "Care Plan",
            "See your offer: the variant, the credit limit and the fees. You may accept it, ask for a lower "
            "limit (not below Rs. 20,000) or decline.",
            [("Timeout", "the offer is held for 96 hours"),
             ("If you drop off", "the offer lapses after 96 hours; you can tap Re-offer once within 10 days to "
              "get a fresh offer, otherwise you start again from Stage 1")])
    b.stage(6, "Sign-Off",
            "Read the Key Fact Statement and the card agreement, and sign with the 6-digit SignPulse code sent by "
            "SMS. Most decisions are instant; the virtual card appears in Kshema Nest within 30 minutes of "
            "approval.",
            [("Timeout", "each SignPulse code is valid for 15 minutes"),
             ("Retries", "3 wrong codes block signing for 45 minutes (SH-633)"),
             ("If you drop off", "the Care Plan offer must still be signed within its 96 hours, or it lapses")])

    b.subheading("Help while you apply", keep=80)
    b.two_columns(
        [
            ("h", "Remote help"),
            ("b", "Pulse Care Line 1800-419-7733 answers 24 hours a day, on all 7 days, because shifts do not "
                  "stop on Sundays."),
            ("b", "Shift Callback: book a 30-minute callback slot between 6 am and midnight in Kshema Nest > Help, "
                  "so the bank calls you after your duty ends."),
            ("b", "Video Round calls for Face Round run from 7 am to 11 pm every day."),
        ],
        [
            ("h", "Help in person"),
            ("b", "Kshema Desk: staff at any branch can finish Duty Badge, Pay Chart or Face Round with you. "
                  "Carry your original PAN and hospital badge."),
            ("b", "Ward Visit camp: if 25 or more staff of one hospital want to apply, the HR department can ask "
                  "for a Ward Visit. Bank staff come to the hospital in a day slot (10 am to 1 pm) or an evening "
                  "slot (7 pm to 10 pm) so that night staff can also attend."),
        ],
    )

    # ================================================================ halt codes
    b.heading("6. Halt codes and what to do next")
    b.para("If the journey stops, the app shows a halt code. Quote it when you call the Pulse Care Line.")
    b.ruled_table(
        [58, 190, 239],
        ["Code", "What it means", "What to do next"],
        [
            ["SH-102", "Too many wrong OTPs at Check-In", "Wait 12 hours, then start Check-In again."],
            ["SH-109", "The mobile number is already used on another open Pulse application",
             "Finish or withdraw the other application first; only one open application is allowed per "
             "mobile number."],
            ["SH-215", "Your employer is not on the Kshema Care Employer List",
             "Upload an Add My Hospital letter from the HR head or medical superintendent. The bank reviews it "
             "within 4 working days and sends you an SMS."],
            ["SH-221", "Employee ID does not match the employer's records",
             "Upload an HR letter dated within the last 60 days, or enter your council registration number."],
            ["SH-236", "Service period is too short",
             "Apply again once you complete 3 months (permanent staff) or 9 months (agency staff)."],
            ["SH-304", "No salary credit found, or counted income below Rs. 16,000",
             "Link the account that actually receives your salary, or upload salary slips for 3 months."],
            ["SH-317", "Statement or salary slip cannot be read, or looks altered",
             "Download a fresh statement from your bank's net banking. After 3 tries, finish Pay Chart at a "
             "Kshema Desk."],
            ["SH-408", "Face not matched after 3 tries in a day",
             "Book a Video Round call within 7 days or visit a Kshema Desk with your original PAN."],
            ["SH-415", "Video Round call missed twice",
             "Only a Kshema Desk visit can complete Face Round now."],
            ["SH-506", "Credit score below 690", "The application is declined. You may apply again after "
             "4 months."],
            ["SH-513", "A Pulse card is already held in your name", "No further action; one person may hold "
             "only one Pulse card."],
            ["SH-588", "Application sent for manual review", "No action needed. A decision is given within "
             "3 working days."],
            ["SH-633", "3 wrong SignPulse codes at Sign-Off", "Wait 45 minutes, then ask for a new code."],
            ["SH-690", "Application lapsed (21 days after Stage 1)", "Start a new application from Check-In."],
        ],
        caption="Table 2: Shift Handover halt codes",
    )

    # ================================================================ limit
    b.heading("7. How your limit is set", keep=60)
    b.para("The bank works out your counted income, multiplies it by the multiple for your variant and employer "
           "category in Table 1, rounds the result down to the nearest Rs. 500 and keeps it within the variant's "
           "range. Overtime paid as a one-off arrear is not counted.")
    b.subheading("Worked example")
    b.para("A staff nurse at a 120-bed private hospital (Category B) has an average net salary credit of "
           "Rs. 46,900 over the last 3 months, of which Rs. 6,300 is night-duty allowance. Counted income = "
           "Rs. 40,600 + 50% of Rs. 6,300 = Rs. 43,750, which falls in the Pulse Ward slab. 2.5 x Rs. 43,750 = "
           "Rs. 1,09,375, rounded down to the nearest Rs. 500, so the limit offered is Rs. 1,09,000.")
    b.para("Limits are reviewed every year in April. If your salary has gone up, the limit can rise by up to 30% "
           "without a fresh application. If you move to another hospital, update it in Kshema Nest > Profile > "
           "Change Hospital within 45 days; your card stays open and the limit stays the same unless your "
           "counted income falls.")

    # ================================================================ night owl
    b.heading("8. Night Owl Hours", keep=90)
    b.para("Night Owl Hours is the card's own feature for people who work and shop at night. Spends made between "
           "10 pm and 6 am in the categories below earn a multiple of the usual Pulse Points.")
    b.hour_bar(22, 6, "Shaded: Night Owl Hours, 10 pm to 6 am IST, every day of the week including holidays")
    b.label("Categories that count", "food delivery apps, app-booked cab and auto rides, pharmacies, 24-hour "
            "convenience stores and hospital canteens")
    b.label("Multiple", "3 times the usual Pulse Points on Bedside, 4 times on Ward and 5 times on Apex")
    b.label("Cap on bonus points", "600 (Bedside), 1,200 (Ward) and 2,500 (Apex) per statement cycle")
    b.label("Switching it on", "automatic; there is nothing to register")
    b.label("What does not count", "fuel, wallet loads, cash withdrawals, and any spend recorded at 6:00 am or "
            "later, even if you were still on duty")
    b.para("If a merchant records an online order in the next morning, the merchant's time is used, not the time "
           "you placed the order.")

    # ================================================================ fees
    b.footnote("* Spends are counted over the card year. Rent payments, wallet loads, cash withdrawals and fees "
               "paid to the bank are not counted towards the waiver.", need=150)
    b.heading("9. Fees and charges", keep=120)
    b.para("Fees are shown before GST. GST at 18% is added to all fees, charges and interest.")
    b.ruled_table(
        [175, 104, 104, 104],
        ["Charge", "Pulse Bedside", "Pulse Ward", "Pulse Apex"],
        [
            ["Joining fee", "Nil", "Rs. 599", "Rs. 2,499"],
            ["Annual fee (from the second year)", "Rs. 299", "Rs. 599", "Rs. 2,499"],
            ["Annual fee waived if yearly spends reach*", "Rs. 60,000", "Rs. 1,50,000", "Rs. 4,00,000"],
            ["Add-on card", "Rs. 149 a year (1 card)", "Free (1 card)", "Free (up to 3 cards)"],
            ["Interest on revolving credit and cash", "3.45% per month", "3.2% per month", "2.75% per month"],
            ["Cash withdrawal fee", "2.5% (minimum Rs. 400)", "2.5% (minimum Rs. 400)", "2% (minimum Rs. 250)"],
            ["Over-limit fee", "2.5% of the amount over the limit (minimum Rs. 550)",
             "2.5% of the amount over the limit (minimum Rs. 550)", "Nil"],
            ["Foreign currency markup", "3.5%", "3.25%", "2.2%"],
            ["Rent payment fee", "1.25% of the rent paid", "1.25% of the rent paid", "1% of the rent paid"],
            ["Utility bills above Rs. 40,000 in a statement cycle", "1% of the whole amount",
             "1% of the whole amount", "Nil"],
            ["Card replacement", "Rs. 150", "Rs. 150", "Free"],
            ["Reward redemption fee", "Rs. 75 per request", "Rs. 75 per request", "Nil"],
            ["EMI conversion processing fee", "1.5% (minimum Rs. 199)", "1.25% (minimum Rs. 175)", "Rs. 99 flat"],
            ["Copy of a statement older than 3 months", "Rs. 125 per statement", "Rs. 125 per statement",
             "Rs. 125 per statement"],
            ["Cheque or auto-debit return", "Rs. 550", "Rs. 550", "Rs. 550"],
        ],
        caption="Table 3: Fees and charges",
    )

    b.subheading("Late payment charges", keep=100)
    b.para("A late payment charge is levied when the minimum amount due is not paid by the due date (or by the "
           "new due date if you used Roster Shift). The charge depends on the total amount due in that "
           "statement.", gap_after=2)
    b.footnote("** Double Shift Grace: once in a card year, the late payment charge is reversed if the minimum "
               "amount due is paid within 3 days after the due date. Interest is still charged.", need=110)
    b.plain_table(
        [LM + 10, LM + 190, LM + 345],
        ["Total amount due", "Bedside and Ward**", "Apex**"],
        [
            ["Up to Rs. 500", "Nil", "Nil"],
            ["Rs. 501 to Rs. 5,000", "Rs. 300", "Rs. 250"],
            ["Rs. 5,001 to Rs. 20,000", "Rs. 750", "Rs. 600"],
            ["Rs. 20,001 to Rs. 50,000", "Rs. 1,100", "Rs. 950"],
            ["Above Rs. 50,000", "Rs. 1,400", "Rs. 1,200"],
        ],
        caption="Late payment charge slabs",
    )

    # ================================================================ benefits
    b.heading("10. Benefits and value-back", keep=120)
    b.para("Value-back is credited to your card account and shown in the next statement. Caps are per statement "
           "cycle unless the table says otherwise.")
    b.ruled_table(
        [154, 111, 111, 111],
        ["Benefit", "Pulse Bedside", "Pulse Ward", "Pulse Apex"],
        [
            ["Pharmacy, uniforms, footwear and medical instruments", "5% value-back, up to Rs. 200",
             "7.5% value-back, up to Rs. 500", "10% value-back, up to Rs. 1,200"],
            ["Night Owl Hours bonus (section 8)", "3 times, up to 600 bonus points",
             "4 times, up to 1,200 bonus points", "5 times, up to 2,500 bonus points"],
            ["Safe Ride Home: cab rides starting between 10 pm and 6 am", "Not included",
             "10% value-back, up to Rs. 250", "15% value-back, up to Rs. 600"],
            ["Nursing and CME courses, licence and council renewal fees", "10 Pulse Points per Rs. 100, up to "
             "800 points", "15 Pulse Points per Rs. 100, up to 2,000 points", "20 Pulse Points per Rs. 100, up "
             "to 4,000 points"],
            ["Sharps Shield: cover for tests and treatment after a needlestick injury at work", "Up to Rs. 25,000 "
             "a year", "Up to Rs. 50,000 a year", "Up to Rs. 1 lakh a year"],
            ["Preventive health check-up", "Not included", "1 basic check-up a year",
             "1 full-body check-up a year"],
            ["Railway lounge", "2 visits a year", "4 visits a year", "8 visits a year"],
            ["Domestic airport lounge", "Not included", "2 visits a year", "6 visits a year"],
            ["All other eligible spends", "1 Pulse Point per Rs. 150", "2 Pulse Points per Rs. 150",
             "3 Pulse Points per Rs. 150"],
            ["Welcome benefit (after first spend within 30 days)", "500 Pulse Points", "1,500 Pulse Points",
             "Rs. 2,500 ScrubLine voucher"],
            ["Personal accident cover", "Rs. 3 lakh", "Rs. 7.5 lakh", "Rs. 20 lakh"],
        ],
        caption="Table 4: Benefits by variant",
    )
    b.footnote("* A Sharps Shield claim must be filed within 30 days of the injury, with an incident report "
               "signed by the hospital's infection control nurse.", need=60)
    b.para("Sharps Shield, the health check-up and the accident cover are free of cost to the cardholder.* Lounge "
           "visits are counted per card year and cannot be carried forward.")

    b.heading("11. Pulse Points, add-on cards and EMI", keep=60)
    b.label("Value of 1 Pulse Point", "Rs. 0.20 as statement credit, or Rs. 0.30 against scrubs, footwear and "
            "uniforms at ScrubLine partner stores")
    b.label("Minimum redemption", "500 Pulse Points")
    b.label("Validity", "24 months from the month in which they are earned")
    b.label("How to redeem", "Kshema Nest > Rewards, or SMS PREDEEM to 58855")
    b.label("Nurses' Day bonus", "4 times the usual Pulse Points on spends made on 12 May, up to 1,500 bonus "
            "points")
    b.para("No Pulse Points are earned on fuel, rent payments, wallet loads, cash withdrawals, EMI transactions, "
           "insurance premiums or government payments. Points and value-back are taken back if a purchase is "
           "refunded or cancelled.")
    b.subheading("Add-on cards (all variants)")
    b.label("Who can get one", "your spouse, a parent, a brother or sister, or a child aged 18 or above")
    b.label("Limit", "shared with your card; you can set a sub-limit between Rs. 3,000 and your full limit")
    b.label("How to apply", "Kshema Nest > Card Services > Add-on Card")
    b.subheading("Converting a purchase into EMI")
    b.label("Eligible purchases", "Rs. 3,000 or more, converted within 25 days of the purchase date")
    b.label("Tenures", "3, 6, 9, 12 or 18 months")
    b.label("EMI interest", "15% a year on Bedside and Ward, 13% a year on Apex, on the reducing balance")
    b.label("Foreclosure charge", "2.5% of the principal still outstanding")
    b.label("Not eligible", "gold and jewellery, fuel, wallet loads and cash withdrawals")

    # ================================================================ statements
    b.heading("12. Statements, payments and interest", keep=80)
    b.label("Statement date", "pick the 2nd, 9th, 16th or 23rd of the month (can be changed once a card year)")
    b.label("Payment due date", "18 days after the statement date")
    b.label("Minimum amount due", "5% of the total amount due or Rs. 200, whichever is higher, plus any EMI "
            "instalment and any amount over the limit")
    b.label("Roster Shift", "move the due date of a statement later by up to 6 days, twice in a card year, from "
            "Kshema Nest > Card Services > Roster Shift, at least 3 days before the original due date; there is "
            "no fee")
    b.label("Ways to pay", "Kshema Nest, UPI, auto-debit from your salary account, NEFT, or cash at any branch")
    b.label("Statement languages", "English, Hindi, Marathi, Tamil and Malayalam")
    b.para("If only part of the bill is paid, interest is charged on each purchase from the date of purchase until "
           "the dues are fully paid, and new purchases get no interest-free period until the total amount due is "
           "cleared. Interest on cash withdrawals runs from the day of withdrawal. With Roster Shift, interest for "
           "the extra days is charged only if the total amount due is not paid in full by the new due date.")
    b.subheading("Worked example (Pulse Ward)")
    b.para("Statement date 16 August, total amount due Rs. 20,000, minimum amount due Rs. 1,000. You pay "
           "Rs. 8,000 on 3 September, the due date. Interest at 3.2% per month is charged on the Rs. 12,000 left "
           "unpaid - about Rs. 384 for one month, plus GST - until you clear it. As the minimum was paid in time, "
           "there is no late payment charge.")

    # ================================================================ controls (two columns)
    b.heading("13. Card controls and safety", keep=150)
    b.two_columns(
        [
            ("h", "Controls in Kshema Nest"),
            ("b", "Online, international and contactless use can each be switched on or off under Card "
                  "Controls. International use is off when the card is issued."),
            ("b", "Contactless payments are limited to Rs. 3,000 per tap. You can lower this limit but not "
                  "raise it."),
            ("b", "Duty Lock: save your duty hours and the card is locked automatically while you are on duty, "
                  "so a card left in a locker or scrub pocket cannot be misused. Duty Lock never blocks "
                  "auto-debits."),
            ("b", "Set a monthly spend alert between Rs. 1,000 and your full limit."),
        ],
        [
            ("h", "If something goes wrong"),
            ("b", "To block a lost card at once, SMS PBLOCK and the last 4 digits of the card to 58855, or call "
                  "the Pulse Care Line."),
            ("b", "Zero liability for unauthorised transactions reported within 3 working days. Reported within "
                  "4 to 7 working days, your liability is capped at Rs. 8,000."),
            ("b", "The bank never asks for your OTP, SignPulse code, card PIN or CVV by call, SMS or e-mail."),
            ("b", "A replacement card reaches you within 6 working days."),
        ],
    )
    b.do_dont(
        [
            "Switch on Duty Lock if you keep the card in a shared locker.",
            "Log out of Kshema Nest on any shared ward or nursing-station phone.",
            "Report a lost card at once, even in the middle of a night shift.",
        ],
        [
            "Don't hand your card to a colleague to pay for a canteen order.",
            "Don't read an OTP aloud at the nursing station.",
            "Don't save your card details on a hospital computer.",
        ],
    )

    # ================================================================ timelines
    b.heading("14. Key timelines", keep=40)
    b.ruled_table(
        [254, 233],
        ["Event", "Timeline"],
        [
            ["Decision after Sign-Off", "Usually instant; up to 3 working days under manual review (SH-588)"],
            ["Virtual card in Kshema Nest", "Within 30 minutes of approval"],
            ["Physical card dispatched", "Within 2 working days of approval"],
            ["Physical card delivered (to home or to your hospital's HR desk)",
             "4 working days in metro cities, 9 working days elsewhere"],
            ["Card activation", "Within 30 days of issue; an unused card is closed on day 40"],
            ["Add My Hospital review", "Within 4 working days"],
            ["Welcome benefit credited", "Within 20 days of the first spend"],
            ["Dispute of a transaction", "Raise within 45 days of the statement date; resolved within 60 days"],
            ["Refund of a credit balance", "Within 5 working days of your request"],
            ["Card closure", "Within 7 working days of your request, once all dues are paid"],
        ],
        caption="Table 5: Key timelines",
    )

    # ================================================================ FAQ
    b.heading("15. Frequently asked questions", keep=60)
    faqs = [
        ("I work night shifts at two hospitals. Can both salaries be counted?",
         "No. Only the salary from the employer you enter at Duty Badge is counted."),
        ("I am a final-year B.Sc. Nursing student on a stipend. Can I apply?",
         "No. Students and trainees on a stipend are not eligible. You can apply once you join the payroll."),
        ("Is Aadhaar compulsory?",
         "No. PAN is compulsory; for address you may use Aadhaar, a passport, a voter ID or a driving licence."),
        ("Can the physical card be delivered to my hospital?",
         "Yes. Choose the hospital's HR desk as the delivery address at Sign-Off."),
        ("My due date falls in the middle of a week of night duty. What can I do?",
         "Use Roster Shift to move the due date later by up to 6 days, twice in a card year."),
        ("Can I move from Bedside to Ward later?",
         "Yes. At the April review the bank upgrades you without a joining fee if your counted income now falls "
         "in the Ward slab."),
        ("I am moving from a private hospital to a government hospital. Will my limit go up?",
         "Not automatically. Update the new employer through Change Hospital within 45 days; the higher multiple "
         "is applied at the next April review."),
    ]
    for i, (q, a) in enumerate(faqs, 1):
        b.ensure(BODY * LEAD * (1 + len(wrap_runs([(a, REG)], RM - LM - 14, BODY))) + 6)
        b.rich([(f"Q{i}. {q}", BOLD)], gap_after=0.5)
        b.para(a, indent=14, gap_after=3.5)

    # ================================================================ contact
    b.heading("16. Contact us and grievance redressal", keep=60)
    b.label("Pulse Care Line", "1800-419-7733 (toll-free, 24 hours, all 7 days)")
    b.label("WhatsApp", "+91-97300-41977 (send HI PULSE to start)")
    b.label("E-mail", "pulse.care@neelkanthkshema.example")
    b.label("Website", "www.neelkanthkshema.example/pulse")
    b.label("Post", "Pulse Card Cell, Neelkanth Kshema Bank Ltd., 41 Residency Lane, Civil Lines, Nagpur 440001")
    b.para("Escalate a complaint one level at a time and keep the complaint number that is sent to you by SMS.",
           gap_after=2)
    b.ruled_table(
        [60, 185, 140, 102],
        ["Level", "Whom to contact", "When to escalate", "Reply within"],
        [
            ["Level 1", "Pulse Care Line, e-mail, WhatsApp, or Help > Raise a complaint in Kshema Nest",
             "Any complaint", "7 working days"],
            ["Level 2", "Grievance Redressal Officer, Ms. Annamma Varghese, gro.pulse@neelkanthkshema.example, "
             "0712-668-2200 (10 am to 6 pm, Monday to Saturday)",
             "No reply within 7 working days, or not satisfied with the Level 1 reply", "10 working days"],
            ["Level 3", "Principal Nodal Officer, Mr. Harpreet Sandhu, nodal.pulse@neelkanthkshema.example, "
             "0712-668-2299",
             "No reply from Level 2 within 10 working days, or not satisfied", "15 working days"],
            ["Level 4", "Banking Ombudsman of the Reserve Bank of India",
             "Complaint not resolved within 30 days of first lodging it with the bank",
             "As per the Ombudsman scheme"],
        ],
        caption="Table 6: Grievance escalation",
    )

    return b.finish(OUT)


if __name__ == "__main__":
    pages = build()
    print(f"wrote {OUT} ({pages} pages)")
