"""Build the seventeenth evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card and its
variants, the app and its journey, platforms, people, phone numbers, e-mail
addresses, web addresses, codes, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/seventeenth-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign is
written as "Rs." throughout.  Output is deterministic (fixed metadata dates,
no new document id).
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ambarvalli_saptak_gig_worker_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 54.0, 541.0  # left and right margins
TOP = 72.0  # body starts below the running header
FOOTER_Y = 812.0
BODY_BOTTOM = 786.0  # lowest y for body text on a page without footnotes

REG, BOLD = "helv", "hebo"
BODY = 8.8
LEAD = 1.33
ACCENT = (0.42, 0.16, 0.36)
HEAD_FILL = (0.94, 0.88, 0.93)
SHADE = (0.97, 0.94, 0.97)
SIDE_FILL = (0.95, 0.95, 0.90)

HEADER_LEFT = "Ambarvalli Bank Ltd.  |  Saptak Credit Card for Platform Workers - Customer Guide"
HEADER_RIGHT = "Version 1.3, effective 15 August 2025"
FOOTER_LEFT = "Saptak Card Guide  -  ABL/CC/SPT/1.3"


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


def item_segments(kind, payload):
    """Segments for a column item: 'p' paragraph, 'b' bullet, 'l' (label, value)."""
    if kind == "l":
        lab, val = payload
        return [(lab + ":", BOLD), (val, REG)]
    return [(payload, REG)]


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
                pf, pfont = first_prefix if isinstance(first_prefix, tuple) else (first_prefix, REG)
                self.page.insert_text((x0 - tl(pf, pfont, size) - 3, self.y - size * 0.3),
                                      pf, fontname=pfont, fontsize=size)
            self.draw_runs(x0, self.y - size * 0.3, runs, size)
        self.y += gap_after

    def para(self, text, **kw):
        self.rich([(text, REG)], **kw)

    def bullet(self, text, bold_lead=None, indent=14.0):
        segs = [(bold_lead, BOLD)] if bold_lead else []
        segs.append((text, REG))
        self.rich(segs, indent=indent, first_prefix="-", gap_after=2.0)

    def label(self, label, value, indent=0.0):
        self.rich([(label + ":", BOLD), (value, REG)], indent=indent, gap_after=1.5)

    def heading(self, text, size=12.0, keep=0.0):
        """Section heading; `keep` reserves extra room so the heading is not left alone at a page foot."""
        self.ensure(size * 1.6 + 46 + keep)
        self.y += 8 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size, color=ACCENT)
        self.page.draw_line((LM, self.y + 3), (RM, self.y + 3), color=ACCENT, width=0.6)
        self.y += 6

    def subheading(self, text, size=9.8):
        self.ensure(size * 1.5 + 34)
        self.y += 4 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size)
        self.y += 3

    # ------------------------------------------------------- new layout ideas
    def definition_list(self, items, term_w=112.0, size=8.8):
        """Glossary: bold term at the left margin, its definition hanging in a second column."""
        lh = size * LEAD
        x_def = LM + term_w
        for term, definition in items:
            tlines = wrap_runs([(term, BOLD)], term_w - 10, size)
            dlines = wrap_runs([(definition, REG)], RM - x_def, size)
            n = max(len(tlines), len(dlines))
            self.ensure(n * lh + 3)
            y0 = self.y
            for i, runs in enumerate(tlines):
                self.draw_runs(LM, y0 + (i + 1) * lh - size * 0.3, runs, size, color=ACCENT)
            for i, runs in enumerate(dlines):
                self.draw_runs(x_def, y0 + (i + 1) * lh - size * 0.3, runs, size)
            self.y = y0 + n * lh + 3.5
        self.y += 3

    def with_sidebar(self, main_items, side_title, side_items, side_w=172.0, gutter=16.0, size=BODY):
        """Main text in a narrowed left column, with a shaded sidebar box on the right."""
        lh = size * LEAD
        main_w = RM - LM - side_w - gutter
        side_x = RM - side_w
        sside = size - 0.6
        slh = sside * LEAD

        main_lay, mh = [], 0.0
        for kind, payload in main_items:
            ind = 12.0 if kind == "b" else 0.0
            lines = wrap_runs(item_segments(kind, payload), main_w - ind, size)
            main_lay.append((kind, lines))
            mh += len(lines) * lh + (2 if kind == "b" else 4)
        side_lay, sh = [], slh + 8
        for kind, payload in side_items:
            ind = 9.0 if kind == "b" else 0.0
            lines = wrap_runs(item_segments(kind, payload), side_w - 16 - ind, sside)
            side_lay.append((kind, lines))
            sh += len(lines) * slh + 2.5
        sh += 8
        self.ensure(max(mh, sh) + 4)
        top = self.y
        y = top
        for kind, lines in main_lay:
            ind = 12.0 if kind == "b" else 0.0
            for i, runs in enumerate(lines):
                y += lh
                if kind == "b" and i == 0:
                    self.page.insert_text((LM + 2, y - size * 0.3), "-", fontname=REG, fontsize=size)
                self.draw_runs(LM + ind, y - size * 0.3, runs, size)
            y += 2 if kind == "b" else 4
        box = pymupdf.Rect(side_x, top + 3, RM, top + 3 + sh)
        self.page.draw_rect(box, color=(0.55, 0.55, 0.45), fill=SIDE_FILL, width=0.6)
        self.page.draw_rect(pymupdf.Rect(side_x, top + 3, side_x + 3, top + 3 + sh), color=ACCENT, fill=ACCENT,
                            width=0)
        sy = top + 3 + 6 + sside * 1.1
        self.page.insert_text((side_x + 9, sy), side_title, fontname=BOLD, fontsize=sside + 0.5, color=ACCENT)
        sy += 3
        for kind, lines in side_lay:
            ind = 9.0 if kind == "b" else 0.0
            for i, runs in enumerate(lines):
                sy += slh
                if kind == "b" and i == 0:
                    self.page.insert_text((side_x + 9, sy - sside * 0.3), "-", fontname=REG, fontsize=sside)
                self.draw_runs(side_x + 9 + ind, sy - sside * 0.3, runs, sside)
            sy += 2.5
        self.y = top + max(mh, sh + 6) + 4

    def do_dont(self, dos, donts, size=BODY):
        """A bulleted checklist: each line starts with a bold 'Do' or 'Don't'."""
        for lead, items in (("Do", dos), ("Don't", donts)):
            for text in items:
                self.rich([(lead + " ", BOLD), (text, REG)], size=size, indent=16.0,
                          first_prefix=("+" if lead == "Do" else "x", BOLD), gap_after=1.8)
        self.y += 3

    # ------------------------------------------------------------- stage boxes
    def stage(self, n, name, body, rules):
        """One onboarding stage drawn inside a shaded box, with `Label: value` rule lines."""
        size = BODY
        x0 = LM + 40
        lines = wrap_runs([(body, REG)], RM - x0 - 8, size)
        rule_lines = [wrap_runs([(lab + ":", BOLD), (val, REG)], RM - x0 - 16, size) for lab, val in rules]
        h = 18 + len(lines) * size * LEAD + sum(len(r) for r in rule_lines) * size * LEAD + 8
        self.ensure(h + 6)
        top = self.y + 4
        self.page.draw_rect(pymupdf.Rect(LM, top, RM, top + h), color=(0.75, 0.62, 0.72), fill=SHADE, width=0.5)
        box = pymupdf.Rect(LM + 6, top + 5, LM + 32, top + 21)
        self.page.draw_rect(box, color=ACCENT, fill=ACCENT, width=0.5)
        lab = f"{n}"
        self.page.insert_text((box.x0 + (26 - tl(lab, BOLD, 10)) / 2, top + 16.5), lab, fontname=BOLD,
                              fontsize=10, color=(1, 1, 1))
        self.page.insert_text((x0, top + 16), f"Shift {n} - {name}", fontname=BOLD, fontsize=10,
                              color=ACCENT)
        self.y = top + 18
        for runs in lines:
            self.y += size * LEAD
            self.draw_runs(x0, self.y - size * 0.3, runs, size)
        self.y += 1
        for rl in rule_lines:
            for runs in rl:
                self.y += size * LEAD
                self.draw_runs(x0 + 8, self.y - size * 0.3, runs, size)
        self.y = top + h + 3

    # ----------------------------------------------------------------- tables
    def ruled_table(self, widths, header, rows, size=8.1, pad=3.0, caption=None, first_bold=False):
        xs = [LM]
        for w in widths:
            xs.append(xs[-1] + w)
        assert abs(xs[-1] - RM) < 0.6, (xs[-1], RM)
        lh = size * 1.3

        def layout(cells, font, first_font=None):
            wrapped = [wrap_runs([(c, (first_font if (i == 0 and first_font) else font))], w - 2 * pad, size)
                       for i, (c, w) in enumerate(zip(cells, widths))]
            return wrapped, max(len(wl) for wl in wrapped) * lh + 2 * pad

        hdr_wrapped, hdr_h = layout(header, BOLD)

        def draw_row(wrapped, h, fill=None):
            for i, wl in enumerate(wrapped):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h)
                self.page.draw_rect(r, color=(0.3, 0.25, 0.3), fill=fill, width=0.6)
                yy = self.y + pad + size * 0.95
                for runs in wl:
                    self.draw_runs(xs[i] + pad, yy, runs, size)
                    yy += lh
            self.y += h

        ff = BOLD if first_bold else None
        if caption:
            self.ensure(size * 2 + hdr_h + layout(rows[0], REG, ff)[1] + 10)
            self.y += size * 1.4
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.6)
            self.y += 4
        self.ensure(hdr_h + layout(rows[0], REG, ff)[1])
        draw_row(hdr_wrapped, hdr_h, fill=HEAD_FILL)
        for row in rows:
            wrapped, h = layout(row, REG, ff)
            if self.y + h > self.bottom():
                self.new_page()
                self.page.insert_text((LM, self.y + size), (caption or "Table") + " (continued)",
                                      fontname=BOLD, fontsize=size + 0.6)
                self.y += size + 6
                draw_row(hdr_wrapped, hdr_h, fill=HEAD_FILL)
            draw_row(wrapped, h)
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
        self.page.draw_rect(r, color=ACCENT, fill=None, width=1.0, dashes="[3 2] 0")
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
            page.insert_text((LM, 38), HEADER_LEFT, fontname=BOLD, fontsize=7.7, color=grey)
            page.insert_text((RM - tl(HEADER_RIGHT, REG, 7.7), 38), HEADER_RIGHT, fontname=REG,
                             fontsize=7.7, color=grey)
            page.draw_line((LM, 44), (RM, 44), color=ACCENT, width=0.5)
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
            "title": "Ambarvalli Saptak Credit Card for Platform Workers - Customer Guide (fictional)",
            "author": "Ambarvalli Bank Ltd. (fictional)",
            "subject": "Customer guide for a fictional credit card for gig and platform workers paid weekly",
            "keywords": "fictional, evaluation, credit card, gig workers, weekly payouts",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": "D:20250815000000+05'30'",
            "modDate": "D:20250815000000+05'30'",
        })
        self.doc.save(path, garbage=4, deflate=True, clean=True, no_new_id=True)
        return n


def build():
    b = Builder()

    # ================================================================ title
    b.page.insert_text((LM, b.y + 6), "AMBARVALLI BANK LTD.", fontname=BOLD, fontsize=10, color=ACCENT)
    b.y += 31
    b.page.insert_text((LM, b.y), "Saptak Credit Card", fontname=BOLD, fontsize=20)
    b.y += 17
    b.page.insert_text((LM, b.y), "Customer guide for drivers, freelancers and home-service professionals paid "
                       "weekly by platforms", fontname=REG, fontsize=10)
    b.y += 10
    b.para("Version 1.3, effective 15 August 2025. It replaces version 1.1 dated 2 January 2025. Every name, "
           "number and term in this guide is fictional.", size=8.0, gap_after=6)
    b.para("The Saptak Credit Card is issued by Ambarvalli Bank Ltd. for people who earn through app-based "
           "platforms and are paid every week: cab and auto drivers on ride-hailing apps, freelancers on work "
           "marketplaces, and electricians, plumbers, beauticians, cleaners and other home-service professionals "
           "who take jobs through service apps. Your credit limit is worked out from the weekly payouts that "
           "reach your bank account, not from a salary slip. The card's PayWeek Split feature lets you pay your "
           "bill in four weekly parts on the day your platform pays you. You apply in the AmbarGo app through a "
           "seven-step journey called Seven Shifts.")

    b.subheading("Words used in this guide")
    b.definition_list([
        ("Partner platform", "An app-based company on the Ambarvalli Partner Platform List (APPL) that pays its "
                             "workers directly into their bank accounts."),
        ("Payout", "Money a partner platform credits to your bank account for the work you did, after its "
                   "commission. Tips paid into the same account count; incentives paid as wallet points do not."),
        ("Active week", "A week from Monday to Sunday in which at least one payout of Rs. 500 or more reaches "
                        "your account."),
        ("Average weekly payout", "Total payouts of the last 12 weeks divided by 12, including weeks with no "
                                  "payout."),
        ("Payout day", "The weekday you choose (Monday to Saturday) on which your main platform usually pays "
                       "you. PayWeek Split collects its weekly parts on this day."),
        ("Tempo Points", "The reward points of the Saptak card."),
    ])

    b.heading("1. The card at a glance")
    b.label("Issuer", "Ambarvalli Bank Ltd., Kesar Tower, 41 Nehru Marg, Indore 452001")
    b.label("Variants", "Saptak Dhun, Saptak Taal and Saptak Raag")
    b.label("Credit limit", "Rs. 9,000 (lowest, Dhun) to Rs. 3,00,000 (highest, Raag); see Table 1")
    b.label("Interest-free period", "18 to 48 days on purchases")
    b.label("Reward currency", "Tempo Points")
    b.label("Mobile app", "AmbarGo, for Android and iOS")
    b.label("Saptak Line", "1800-419-7070 (toll-free, 6 am to 11 pm, all 7 days)")
    b.label("Balance by SMS", "send SPBAL to 57070 from your registered mobile number")

    b.footnote("* Multi-gig rate: applies when payouts from 2 or more partner platforms are each at least "
               "Rs. 1,000 a week on average. It never takes the limit above the top of the variant's range.",
               need=120)
    b.ruled_table(
        [62, 132, 113, 110, 70],
        ["Variant", "Average weekly payout", "Limit (weeks of average payout)", "Credit limit range",
         "Joining fee"],
        [
            ["Dhun", "Rs. 3,000 to Rs. 7,999", "3 weeks (3.5 weeks*)", "Rs. 9,000 to Rs. 28,000", "Nil"],
            ["Taal", "Rs. 8,000 to Rs. 17,999", "4 weeks (4.5 weeks*)", "Rs. 32,000 to Rs. 81,000", "Rs. 299"],
            ["Raag", "Rs. 18,000 and above", "5 weeks (5.5 weeks*)", "Rs. 90,000 to Rs. 3,00,000", "Rs. 999"],
        ],
        caption="Table 1: Variants and payout slabs",
        first_bold=True,
    )

    # ================================================================ eligibility (with sidebar)
    b.heading("2. Who can apply")
    b.para("You can apply if all of the following are true on the day you apply:")
    b.bullet("You are a resident Indian aged 21 to 58 years.")
    b.bullet("You have earned through at least one partner platform for 6 months or more. Cab drivers must have "
             "completed at least 400 trips on that platform.")
    b.bullet("Payouts reached your savings account in at least 10 of the last 12 weeks (10 active weeks), and "
             "the account is in your own name.")
    b.bullet("Your average weekly payout is at least Rs. 3,000.")
    b.bullet("Your credit score is 680 or above. If you have no credit history at all, you can still get Dhun "
             "as a first card.")
    b.bullet("Your partner rating on the main platform is 4.2 or above, where the platform shows one.")
    b.subheading("Who cannot apply")
    b.with_sidebar(
        [
            ("b", "People paid a fixed monthly salary by a staffing agency or a fleet owner, even if they work "
                  "on a platform. They can apply for Ambarvalli's salaried cards instead."),
            ("b", "Workers whose platform account is suspended or deactivated, or who are serving a platform "
                  "penalty at the time of applying."),
            ("b", "Anyone whose card or loan with any lender was settled or written off in the last 24 months."),
            ("b", "Anyone who already holds a Saptak card of any variant."),
            ("p", "Workers who are new to credit get Dhun only, and their limit is capped at Rs. 15,000 for the "
                  "first 6 statements, whatever their payouts."),
        ],
        "Which earnings count?",
        [
            ("p", "Counted:"),
            ("b", "trip and job payouts from platforms on the APPL"),
            ("b", "tips credited with a payout"),
            ("b", "freelance payments released by a marketplace's escrow"),
            ("p", "Not counted:"),
            ("b", "referral bonuses and joining bonuses"),
            ("b", "cash collected from customers"),
            ("b", "payments from a platform's own lending or advance scheme"),
            ("b", "money sent to you by friends or family through UPI"),
        ],
    )

    # ================================================================ documents
    b.heading("3. Documents you need")
    b.label("Identity", "PAN (physical card or e-PAN) - compulsory for everyone")
    b.label("Address", "Aadhaar (offline e-KYC or masked copy), passport, voter ID or driving licence")
    b.label("Platform proof", "your partner ID, plus a screenshot of your partner profile or an earnings "
            "certificate from the platform dated within the last 60 days")
    b.label("Income", "an Account Aggregator consent for the account that receives your payouts, or, in its "
            "place, a 4-month bank statement of that account")
    b.label("Drivers only", "a valid commercial driving licence; the vehicle's registration certificate is not "
            "needed")
    b.label("File rules", "PDF, JPG or PNG, up to 5 MB per file; up to 6 files per upload screen")
    b.para("No income tax return, GST registration, salary slip or guarantor is needed. If your name on the "
           "platform differs from your PAN (for example a short name), add a self-declaration in the app.")

    # ================================================================ journey
    b.heading("4. Applying in the app: the Seven Shifts journey")
    b.para("Open AmbarGo, tap Cards > Saptak > Apply, and complete the seven shifts below in order. Most people "
           "finish in 20 to 25 minutes. An application that is not finished lapses 21 days after Shift 1 was "
           "completed, even if you keep returning to it (halt code SK-799).")
    b.subheading("Before you start")
    b.bullet("Keep your PAN, your partner ID and the login to your main platform's app at hand.")
    b.bullet("Use the mobile number registered with your main platform; Gig Link matches it with the platform.")
    b.bullet("Selfie Shift does not work between 12 midnight and 5 am. All other shifts work at any hour.")
    b.bullet("You can pause after any shift and continue later from the same phone or another one.")
    b.stage(1, "Check-In",
            "Confirm your mobile number with a 6-digit OTP sent by SMS. The OTP is valid for 5 minutes.",
            [("Retries", "up to 3 resends, 30 seconds apart; 4 wrong OTPs lock the number for 12 hours "
                         "(SK-102)"),
             ("If you drop off", "nothing is saved at this shift, so you simply begin again")])
    b.stage(2, "ID Badge",
            "Enter your PAN and date of birth and complete Aadhaar offline e-KYC, or upload another address "
            "proof.",
            [("Retries", "2 tries if the PAN name does not match; then upload a photo of the PAN card (SK-207)"),
             ("If you drop off", "details are kept for 14 days")])
    b.stage(3, "Gig Link",
            "Pick your platforms from the APPL and enter each partner ID. The platform sends a link request to "
            "its own app; approve it there. You can link up to 3 platforms.",
            [("Timeout", "each link request must be approved within 15 minutes"),
             ("Retries", "3 link requests per platform a day; if your platform is not listed, upload an "
                         "earnings certificate instead (SK-311)"),
             ("If you drop off", "linked platforms are kept for 14 days, but a link approval that is not used "
                                 "expires after 7 days")])
    b.stage(4, "Payout Trail",
            "Show the last 12 weeks of payouts. Approve an Account Aggregator consent for the account that "
            "receives your payouts, or upload a 4-month statement of that account as a PDF.",
            [("Timeout", "the consent screen closes after 10 minutes"),
             ("Retries", "3 upload tries per file (SK-418 after that)"),
             ("If you drop off", "kept for 14 days; data fetched through a consent is deleted after 48 hours "
                                 "if you do not finish this shift")])
    b.stage(5, "Selfie Shift",
            "Take a live selfie. It is matched with your PAN or Aadhaar photo. Remove helmets, caps and dark "
            "glasses.",
            [("Timeout", "the camera closes after 5 minutes without activity"),
             ("Retries", "3 tries a day; then book a Video Shift call within 7 days or visit a Hub Desk "
                         "(SK-523)"),
             ("If you drop off", "kept for only 5 days; after that you go back to Shift 2 - ID Badge")])
    b.stage(6, "Rate Card",
            "See your offer: the variant, the credit limit and the fees, and choose your payout day. Accept, ask "
            "for a lower limit (not below Rs. 9,000) or decline.",
            [("Timeout", "the offer is held for 48 hours"),
             ("If you drop off", "the offer lapses after 48 hours; tap Refresh Offer once within 10 days for a "
                                 "new offer, otherwise restart from Shift 3 - Gig Link")])
    b.stage(7, "Clock Out",
            "Read the Key Fact Statement and the cardholder agreement, then sign with the 6-digit SignCode sent "
            "by SMS. Most decisions are instant; the virtual card appears in AmbarGo within 15 minutes.",
            [("Timeout", "each SignCode is valid for 8 minutes"),
             ("Retries", "3 wrong SignCodes block signing for 45 minutes (SK-706)"),
             ("If you drop off", "sign within the 48 hours of the Rate Card offer, or the offer lapses")])

    b.boxed_note("Help while you apply: Hub Desk, Video Shift and Saptak Line",
                 "Hub Desk: bank staff sit at partner platforms' driver and partner hubs every Sunday from 10 am to "
                 "4 pm and can complete ID Badge, Gig Link or Selfie Shift with you; bring your original PAN. "
                 "Video Shift: a video call with a bank officer, available 8 am to 10 pm, that can replace Selfie "
                 "Shift; book it in AmbarGo > Help. Saptak Line (1800-419-7070) can check your application "
                 "status and halt code but cannot complete a shift for you.")

    # ================================================================ halt codes
    b.heading("5. Halt codes and what to do next")
    b.para("If the journey stops, AmbarGo shows a halt code. Quote it when you contact Saptak Line.")
    b.ruled_table(
        [56, 184, 247],
        ["Code", "What it means", "What to do next"],
        [
            ["SK-102", "Too many wrong OTPs at Check-In", "Wait 12 hours, then start Check-In again."],
            ["SK-109", "Another Saptak application is open on this mobile number",
             "Finish or withdraw the other application; one open application per mobile number."],
            ["SK-207", "Name on PAN does not match", "Upload a clear photo of the PAN card. If your name has "
             "changed, update PAN first."],
            ["SK-215", "Age outside 21 to 58 years", "The application cannot go on."],
            ["SK-311", "Platform not on the APPL", "Upload an earnings certificate from the platform dated within "
             "60 days; the bank reviews it within 4 working days."],
            ["SK-316", "Less than 6 months on the platform, or fewer than 400 trips for cab drivers",
             "Apply again once you meet the condition."],
            ["SK-322", "Platform account suspended, deactivated or under penalty",
             "Apply again 30 days after the account is active again."],
            ["SK-418", "Statement cannot be read or looks edited", "Download a fresh statement from your bank. "
             "After 3 tries, finish Payout Trail at a Hub Desk."],
            ["SK-425", "Fewer than 10 active weeks in the last 12", "Apply again when you have 10 active "
             "weeks; the app shows the date from which you qualify."],
            ["SK-431", "Average weekly payout below Rs. 3,000", "Link another platform in Gig Link, or apply "
             "again after 8 weeks."],
            ["SK-523", "Selfie not matched after 3 tries", "Book a Video Shift call within 7 days or visit a Hub "
             "Desk with your original PAN."],
            ["SK-527", "Video Shift call missed twice", "Only a Hub Desk visit can complete Selfie Shift now."],
            ["SK-608", "Credit score below 680", "The application is declined. You may apply again after 6 "
             "months."],
            ["SK-690", "Application sent for manual review", "No action needed. A decision is given within 3 "
             "working days."],
            ["SK-706", "3 wrong SignCodes at Clock Out", "Wait 45 minutes, then ask for a new SignCode."],
            ["SK-799", "Application lapsed (21 days after Shift 1)", "Start a new application from Check-In."],
        ],
        caption="Table 2: Seven Shifts halt codes",
        first_bold=True,
    )

    # ================================================================ limit
    b.heading("6. How your limit is set")
    b.para("The bank adds up the payouts credited in the last 12 weeks, divides the total by 12 to get your "
           "average weekly payout, and multiplies it by the number of weeks for your variant in Table 1. The "
           "result is rounded down to the nearest Rs. 500 and kept within the variant's range.")
    b.subheading("Worked example")
    b.para("Imran drives a cab on two ride-hailing apps. His payouts in the last 12 weeks total Rs. 1,36,080, "
           "so his average weekly payout is Rs. 11,340 - the Taal slab. Both apps pay him more than Rs. 1,000 a "
           "week, so the multi-gig rate of 4.5 weeks applies: 4.5 x Rs. 11,340 = Rs. 51,030. Rounded down to the "
           "nearest Rs. 500, his limit is Rs. 51,000. With one app only, it would have been 4 x Rs. 11,340 = "
           "Rs. 45,360, that is Rs. 45,000.")
    b.para("Limits are reviewed every 6 months, in February and August, using the latest 12 weeks. A limit can "
           "go up by at most 30% at a review, and it is never cut at a review while no payment is overdue. You "
           "may also ask for a review in AmbarGo > Card Services > Limit Review once every 90 days.")

    # ================================================================ special feature
    b.heading("7. PayWeek Split and Dry Spell Relief", keep=40)
    b.para("Platform workers are paid every week, but card bills come once a month. PayWeek Split matches the "
           "two: instead of paying the bill in one go, the minimum amount due is collected in 4 equal weekly "
           "parts by auto-debit on your payout day.")
    b.label("Who can use it", "Taal and Raag from the first statement; Dhun after 3 statements paid on time")
    b.label("How it works", "the first part is debited on the first payout day after the statement date and the "
            "other three on the next three payout days; the last part is always before the due date")
    b.label("How to switch it on", "AmbarGo > Card Services > PayWeek Split, at least 5 days before a "
            "statement date; it stays on until you switch it off")
    b.label("If a part is not collected", "the bank tries once more the next day; if that fails too, PayWeek "
            "Split is turned off for that statement and the rest of the minimum amount due must be paid by the "
            "due date")
    b.label("Cost", "Rs. 29 per statement on Dhun; free on Taal and Raag (see Table 3)")
    b.label("What it does not change", "interest on any unpaid balance is charged as usual; paying more than "
            "the weekly part is always allowed")
    b.subheading("Dry Spell Relief")
    b.para("If your payouts stop, or fall by more than half compared with your average weekly payout, for 2 "
           "weeks in a row - for example while your vehicle is being repaired or you are unwell - you can ask "
           "for Dry Spell Relief in AmbarGo > Card Services. For the next statement the minimum amount due is "
           "reduced to 2% of the total amount due and no late payment charge is levied for that statement. "
           "Interest continues. It can be used once in any 6 months, and not while a payment is more than "
           "30 days overdue.")

    # ================================================================ fees
    b.footnote("* Spends are counted over the card year, starting from the month the card is issued. Rent, "
               "wallet loads, cash withdrawals and fees paid to the bank are not counted.", need=130)
    b.footnote("** The Rs. 29 PayWeek Split fee is not charged for a statement in which Dry Spell Relief is "
               "active.", need=130)
    b.heading("8. Fees and charges")
    b.para("Fees are shown before GST. GST at 18% is added to all fees, charges and interest.")
    b.ruled_table(
        [172, 105, 105, 105],
        ["Charge", "Saptak Dhun", "Saptak Taal", "Saptak Raag"],
        [
            ["Joining fee", "Nil", "Rs. 299", "Rs. 999"],
            ["Annual fee (from the second year)", "Rs. 199", "Rs. 499", "Rs. 1,499"],
            ["Annual fee waived if yearly spends reach*", "Rs. 40,000", "Rs. 1,00,000", "Rs. 2,50,000"],
            ["PayWeek Split**", "Rs. 29 per statement", "Free", "Free"],
            ["Add-on card", "Not offered", "Rs. 149 a year (1 card)", "Free (up to 2 cards)"],
            ["Interest on revolving credit and cash", "3.6% per month", "3.25% per month", "2.9% per month"],
            ["Cash withdrawal fee", "2.5% (minimum Rs. 300)", "2.5% (minimum Rs. 300)", "2% (minimum Rs. 250)"],
            ["Over-limit fee", "2.5% of the amount over the limit (minimum Rs. 500)",
             "2.5% of the amount over the limit (minimum Rs. 500)", "Nil"],
            ["Wallet load fee", "1% on loads above Rs. 10,000 in a month", "1% on loads above Rs. 10,000 in a "
             "month", "Nil"],
            ["Rent payment fee", "1% of the rent paid", "1% of the rent paid", "1% of the rent paid"],
            ["Card replacement", "Rs. 150", "Rs. 150", "Free"],
            ["Reward redemption fee", "Rs. 49 per request", "Rs. 49 per request", "Nil"],
            ["EMI conversion processing fee", "1.5% (minimum Rs. 199)", "1% (minimum Rs. 149)", "Nil"],
            ["Auto-debit or cheque return", "Rs. 450", "Rs. 450", "Rs. 450"],
            ["Copy of a statement older than 3 months", "Rs. 75 per statement", "Rs. 75 per statement",
             "Rs. 75 per statement"],
        ],
        caption="Table 3: Fees and charges",
    )

    b.subheading("Late payment charges")
    b.para("A late payment charge applies when the minimum amount due is not paid by the due date. It depends "
           "on the total amount due on that statement.", gap_after=2)
    b.ruled_table(
        [118, 76, 76, 217],
        ["Total amount due on the statement", "Dhun", "Taal and Raag", "Also note"],
        [
            ["Up to Rs. 500", "Nil", "Nil", "No charge, but interest still applies to the unpaid amount."],
            ["Rs. 501 to Rs. 5,000", "Rs. 300", "Rs. 250", "Charged once per statement, even if the payment "
             "is late by only one day."],
            ["Rs. 5,001 to Rs. 20,000", "Rs. 600", "Rs. 500", "With PayWeek Split on, not charged if all 4 "
             "weekly parts were collected."],
            ["Rs. 20,001 to Rs. 50,000", "Rs. 900", "Rs. 800", "Two late payments in a row turn PayWeek Split "
             "off for 3 statements."],
            ["Above Rs. 50,000", "Rs. 1,200", "Rs. 1,100", "Not possible on Dhun, whose highest limit is "
             "Rs. 28,000, unless the card is over its limit."],
        ],
        caption="Table 4: Late payment charge slabs",
    )

    # ================================================================ benefits
    b.heading("9. Benefits", keep=60)
    b.para("Value-back is credited to your card account and shown on the next statement. Caps are per statement "
           "cycle unless the table says otherwise.")
    b.footnote("* Shift Cover pays from the third day of a hospital stay of at least 48 hours. The card must have "
               "been used at least once in the 45 days before admission.", need=140)
    b.ruled_table(
        [150, 112, 112, 113],
        ["Benefit", "Saptak Dhun", "Saptak Taal", "Saptak Raag"],
        [
            ["Mobile recharges and data plans", "5% value-back, up to Rs. 100", "7.5% value-back, up to "
             "Rs. 250", "10% value-back, up to Rs. 500"],
            ["Tools, work kits and uniforms", "3% value-back, up to Rs. 150", "5% value-back, up to Rs. 400",
             "5% value-back, up to Rs. 1,000"],
            ["Car servicing, car wash and tyres", "Not included", "5% value-back, up to Rs. 300",
             "5% value-back, up to Rs. 800"],
            ["Software, cloud storage and co-working", "4 Tempo Points per Rs. 100, up to 400 points",
             "6 Tempo Points per Rs. 100, up to 1,200 points", "8 Tempo Points per Rs. 100, up to 3,000 points"],
            ["Smartphone on EMI", "Not included", "No-cost EMI for 6 months on phones up to Rs. 30,000",
             "No-cost EMI for 9 months on phones up to Rs. 60,000"],
            ["Shift Cover: hospital cash*", "Rs. 300 a day, up to 5 days a year", "Rs. 500 a day, up to 10 days "
             "a year", "Rs. 1,000 a day, up to 15 days a year"],
            ["Personal accident cover", "Rs. 1 lakh", "Rs. 3 lakh", "Rs. 10 lakh"],
            ["Domestic airport lounge", "Not included", "Not included", "4 visits a year"],
            ["All other eligible spends", "1 Tempo Point per Rs. 150", "2 Tempo Points per Rs. 150",
             "3 Tempo Points per Rs. 150"],
            ["Welcome benefit (first spend within 30 days)", "None", "750 Tempo Points", "Rs. 1,500 voucher "
             "for tools or a phone accessory"],
        ],
        caption="Table 5: Benefits by variant",
        first_bold=True,
    )
    b.para("Shift Cover and the accident cover cost the cardholder nothing. Lounge visits are counted per card "
           "year and cannot be carried forward.")

    b.heading("10. Tempo Points")
    b.label("Value of 1 Tempo Point", "Rs. 0.20 as statement credit, or Rs. 0.30 against a PayWeek Split part")
    b.label("Minimum redemption", "500 Tempo Points")
    b.label("Validity", "24 months from the end of the month in which they are earned")
    b.label("How to redeem", "AmbarGo > Rewards, or SMS SPREDEEM to 57070")
    b.label("Streak bonus", "100 bonus Tempo Points for every 4 weeks in a row in which all PayWeek Split parts "
            "were collected, up to 1,200 bonus points a card year")
    b.para("No Tempo Points are earned on fuel, rent, wallet loads, cash withdrawals, EMI transactions, insurance "
           "premiums or government payments. Points and value-back are reversed if a purchase is refunded.")

    # ================================================================ add-ons, EMI
    b.heading("11. Add-on cards, EMI and closing the card")
    b.subheading("Add-on cards (Taal and Raag)")
    b.label("Who can get one", "your spouse, a parent, or a child aged 18 or above")
    b.label("Crew card (Raag only)", "one of the two add-on cards may instead be given to a helper who works "
            "with you, such as an assistant electrician; it works only at tools, hardware and work-supply stores "
            "and its sub-limit is at most Rs. 25,000")
    b.label("Limit", "shared with your card; set a sub-limit between Rs. 3,000 and your full limit")
    b.label("How to apply", "AmbarGo > Card Services > Add-on Card")
    b.para("Tempo Points earned on add-on cards go to your account, and you are responsible for all their spends.")
    b.subheading("Converting a purchase into EMI")
    b.label("Eligible purchases", "Rs. 2,000 or more, converted within 21 days of the purchase date")
    b.label("Tenures", "3, 6, 9, 12 or 18 months")
    b.label("Foreclosure charge", "2.5% of the principal still outstanding")
    b.label("Not eligible", "jewellery, fuel, wallet loads and cash withdrawals")
    b.subheading("Closing the card")
    b.para("Ask for closure in AmbarGo > Card Services > Close Card, or through Saptak Line. Redeem your Tempo "
           "Points first: points left unredeemed lapse 45 days after the card is closed.")

    # ================================================================ statements
    b.heading("12. Statements, payments and interest")
    b.label("Statement date", "choose the 2nd, 9th, 16th or 23rd of the month (can be changed twice a card "
            "year)")
    b.label("Payment due date", "18 days after the statement date")
    b.label("Minimum amount due", "5% of the total amount due or Rs. 200, whichever is higher, plus any EMI "
            "instalment and any amount over the limit")
    b.label("Ways to pay", "AmbarGo, UPI, PayWeek Split auto-debit, NEFT, or cash at any Ambarvalli branch")
    b.label("Statement languages", "English, Hindi, Kannada and Telugu")
    b.para("If only part of the bill is paid, interest is charged on each purchase from its date until the dues "
           "are fully paid, and new purchases get no interest-free period until the total amount due is "
           "cleared. Interest on cash withdrawals runs from the day of withdrawal. Daily interest is the monthly "
           "rate x 12 / 365.")
    b.subheading("Worked example (Saptak Dhun)")
    b.para("Statement date 9 June, total amount due Rs. 16,000, minimum amount due Rs. 800. On 27 June, the due "
           "date, you pay Rs. 6,000. Interest at 3.6% per month runs on the Rs. 10,000 left unpaid. For 30 days "
           "it is Rs. 10,000 x 3.6% x 12 / 365 x 30 = Rs. 355.07, plus GST of Rs. 63.91. As the minimum amount "
           "due was paid in time, no late payment charge applies.")

    # ================================================================ controls
    b.heading("13. Card controls and safety")
    b.two_columns(
        [
            ("h", "Controls in AmbarGo"),
            ("b", "Switch online, international and contactless use on or off under Card Controls. "
                  "International use is off when the card is issued."),
            ("b", "Contactless payments are limited to Rs. 5,000 per tap; you can lower this but not raise it."),
            ("b", "Shift Lock: the card works only from 6 am to 11 pm, or during hours you set, so that it "
                  "cannot be misused while you sleep."),
            ("b", "Set a weekly spend alert between Rs. 500 and your full limit."),
        ],
        [
            ("h", "If something goes wrong"),
            ("b", "To block a lost card at once, SMS SPBLOCK and the last 4 digits of the card to 57070, or call "
                  "Saptak Line."),
            ("b", "Zero liability for unauthorised transactions reported within 3 working days. Reported within "
                  "4 to 7 working days, your liability is capped at Rs. 5,000."),
            ("b", "A replacement card reaches you within 7 working days."),
        ],
    )
    b.subheading("Safety do's and don'ts")
    b.do_dont(
        [
            "keep your card PIN different from your platform app's login PIN.",
            "turn on Shift Lock if you often leave your phone in a vehicle or a customer's home.",
        ],
        [
            "share your OTP, SignCode, PIN or CVV with anyone - not even a caller who says they are from the "
            "bank or your platform.",
            "let a customer take your card out of sight to pay for you.",
            "install screen-sharing apps at the request of someone who says they will raise your limit.",
        ],
    )

    # ================================================================ timelines (unruled)
    b.heading("14. Key timelines", keep=60)
    b.plain_table(
        [LM + 6, LM + 230],
        ["Event", "Timeline"],
        [
            ["Decision after Clock Out", "Usually instant; up to 3 working days under manual review (SK-690)"],
            ["Virtual card in AmbarGo", "Within 15 minutes of approval"],
            ["Physical card delivered", "4 working days in metro cities, 8 working days elsewhere"],
            ["Card activation", "Within 30 days of issue; an unused card is closed on day 40"],
            ["Review of an earnings certificate", "Within 4 working days"],
            ["Welcome benefit credited", "Within 10 days of the first spend"],
            ["Dispute of a transaction", "Raise within 30 days of the statement date; resolved within 45 days"],
            ["Refund of a credit balance", "Within 5 working days of your request"],
            ["Card closure", "Within 7 working days of your request, once all dues are paid"],
        ],
    )

    # ================================================================ FAQ
    b.heading("15. Frequently asked questions", keep=40)
    faqs = [
        ("I drive for one app and do electrical jobs through another. Can I link both?",
         "Yes. You can link up to 3 platforms in Gig Link, and payouts from all of them are added up."),
        ("My platform pays me twice a week. Which day should I choose as my payout day?",
         "Choose the day on which the larger payout usually arrives. You can change it once every 60 days."),
        ("I have just joined a platform. Can I apply now?",
         "No. You need at least 6 months on a partner platform and 10 active weeks in the last 12."),
        ("I took a loan from my platform's advance scheme. Will it reduce my limit?",
         "Repayments deducted by the platform lower the payouts that reach your account, so they can lower the "
         "average weekly payout used for your limit."),
        ("Is Aadhaar compulsory?",
         "No. PAN is compulsory; for address you may use Aadhaar, a passport, a voter ID or a driving licence."),
        ("Can I move from Dhun to Taal?",
         "Yes. At a February or August review the bank moves you up without a joining fee if your average weekly "
         "payout now falls in the Taal slab."),
        ("I switched to a new platform. Do I need a new card?",
         "No. Link the new platform in AmbarGo > Profile > Gig Link within 30 days."),
        ("Can PayWeek Split and Dry Spell Relief be on at the same time?",
         "Yes. While Dry Spell Relief is active, the 4 weekly parts are worked out on the reduced minimum amount "
         "due."),
        ("Will the bank check my partner rating again after I get the card?",
         "No. The rating is checked only when you apply. It is not used at limit reviews."),
    ]
    for i, (q, a) in enumerate(faqs, 1):
        b.ensure(BODY * LEAD * (1 + len(wrap_runs([(a, REG)], RM - LM - 14, BODY))) + 6)
        b.rich([(f"Q{i}. {q}", BOLD)], gap_after=0.5)
        b.para(a, indent=14, gap_after=3.5)

    # ================================================================ contact
    b.heading("16. Contact us and grievance redressal", keep=80)
    b.label("Saptak Line", "1800-419-7070 (toll-free, 6 am to 11 pm, all 7 days)")
    b.label("WhatsApp", "+91-97300-27070 (send HI SAPTAK to start)")
    b.label("E-mail", "saptak.care@ambarvallibank.example")
    b.label("Website", "www.ambarvallibank.example/saptak")
    b.label("Post", "Saptak Card Cell, Ambarvalli Bank Ltd., Kesar Tower, 41 Nehru Marg, Indore 452001")
    b.para("Escalate a complaint one level at a time and keep the complaint number sent to you by SMS.",
           gap_after=2)
    b.ruled_table(
        [56, 190, 141, 100],
        ["Level", "Whom to contact", "When to escalate", "Reply within"],
        [
            ["Level 1", "Saptak Line, e-mail, WhatsApp, or Help > Raise a complaint in AmbarGo",
             "Any complaint", "5 working days"],
            ["Level 2", "Grievance Redressal Officer, Ms. Rohini Kalbande, gro.saptak@ambarvallibank.example, "
             "0731-4920-600 (10 am to 6 pm, Monday to Saturday)",
             "No reply within 5 working days, or not satisfied with the Level 1 reply", "10 working days"],
            ["Level 3", "Principal Nodal Officer, Mr. Anand Thekkedath, nodal@ambarvallibank.example, "
             "0731-4920-699",
             "No reply from Level 2 within 10 working days, or not satisfied", "15 working days"],
            ["Level 4", "Banking Ombudsman of the Reserve Bank of India",
             "Complaint not resolved within 30 days of first lodging it with the bank",
             "As per the Ombudsman scheme"],
        ],
        caption="Table 6: Grievance escalation",
        first_bold=True,
    )

    return b.finish(OUT)


if __name__ == "__main__":
    pages = build()
    print(f"wrote {OUT} ({pages} pages)")
