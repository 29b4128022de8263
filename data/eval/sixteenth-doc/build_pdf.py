"""Build the sixteenth evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card and its
variants, the app and its journey, people, phone numbers, e-mail addresses,
web addresses, codes, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/sixteenth-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign is
written as "Rs." throughout.  Output is deterministic (fixed metadata dates,
no new document id).
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "vishwas_acharya_teachers_credit_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 54.0, 541.0  # left and right margins
TOP = 72.0  # body starts below the running header
FOOTER_Y = 812.0
BODY_BOTTOM = 786.0  # lowest y for body text on a page without footnotes

REG, BOLD = "helv", "hebo"
BODY = 9.2
LEAD = 1.38
ACCENT = (0.08, 0.30, 0.45)
HEAD_FILL = (0.86, 0.92, 0.96)

HEADER_LEFT = "Sahyadri Vishwas Bank Ltd.  |  Vishwas Acharya Credit Card for Teachers - Customer Guide"
HEADER_RIGHT = "Edition 2.1, effective 1 July 2025"
FOOTER_LEFT = "Acharya Card Guide"


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
            h += len(wrap_runs([(text, REG)], RM - LM, 7.4)) * 7.4 * 1.3 + 2
        return h + (12 if h else 0)

    def bottom(self):
        return BODY_BOTTOM - self.foot_height(self.page.number)

    def ensure(self, h):
        if self.y + h > self.bottom():
            self.new_page()

    def footnote(self, text, need=30.0):
        """Attach a footnote to the page on which the next `need` points of body will sit.

        Called just before the text that carries the marker, so that the marker
        and its footnote always end up on the same page.
        """
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

    def rich(self, segments, size=BODY, indent=0.0, first_prefix=None, gap_after=4.0):
        x0 = LM + indent
        lines = wrap_runs(segments, RM - x0, size)
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

    def label(self, label, value, indent=0.0):
        self.rich([(label + ":", BOLD), (value, REG)], indent=indent, gap_after=1.5)

    def heading(self, text, size=12.2, keep=0.0):
        """Section heading; `keep` reserves extra room so the heading is not left alone at a page foot."""
        self.ensure(size * 1.6 + 46 + keep)
        self.y += 9 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size, color=ACCENT)
        self.page.draw_line((LM, self.y + 3), (RM, self.y + 3), color=ACCENT, width=0.6)
        self.y += 6

    def subheading(self, text, size=9.9):
        self.ensure(size * 1.5 + 34)
        self.y += 4 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size)
        self.y += 3

    def stage(self, n, name, body, rules):
        """One onboarding stage: a shaded number box, the stage name, a paragraph and rule lines."""
        size = BODY
        lines = wrap_runs([(body, REG)], RM - LM - 40, size)
        h = 16 + len(lines) * size * LEAD + len(rules) * size * LEAD * 1.6 + 8
        self.ensure(h)
        top = self.y + 4
        box = pymupdf.Rect(LM, top, LM + 30, top + 16)
        self.page.draw_rect(box, color=ACCENT, fill=ACCENT, width=0.5)
        label = f"{n}"
        self.page.insert_text((box.x0 + (30 - tl(label, BOLD, 10)) / 2, top + 12), label, fontname=BOLD,
                              fontsize=10, color=(1, 1, 1))
        self.page.insert_text((LM + 40, top + 12), f"Stage {n}: {name}", fontname=BOLD, fontsize=10.2,
                              color=ACCENT)
        self.y = top + 16
        x0 = LM + 40
        for runs in lines:
            self.y += size * LEAD
            self.draw_runs(x0, self.y - size * 0.3, runs, size)
        self.y += 1
        for lab, val in rules:
            for i, runs in enumerate(wrap_runs([(lab + ":", BOLD), (val, REG)], RM - x0 - 8, size)):
                self.ensure(size * LEAD)
                self.y += size * LEAD
                self.draw_runs(x0 + 8, self.y - size * 0.3, runs, size)
        self.y += 6

    # ----------------------------------------------------------------- tables
    def ruled_table(self, widths, header, rows, size=8.4, pad=3.3, caption=None):
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
                self.page.draw_rect(r, color=(0.25, 0.25, 0.3), fill=fill, width=0.6)
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
        for row in rows:
            wrapped, h = layout(row, REG)
            if self.y + h > self.bottom():
                self.new_page()
                self.page.insert_text((LM, self.y + size), (caption or "Table") + " (continued)",
                                      fontname=BOLD, fontsize=size + 0.6)
                self.y += size + 6
                draw_row(hdr_wrapped, hdr_h, fill=HEAD_FILL)
            draw_row(wrapped, h)
        self.y += 8

    def plain_table(self, col_x, header, rows, size=8.8, caption=None):
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

    def boxed_note(self, title, text, size=8.8):
        lines = wrap_runs([(text, REG)], RM - LM - 16, size)
        h = 8 + (size + 2) * 1.3 + len(lines) * size * 1.35 + 6
        self.ensure(h + 6)
        r = pymupdf.Rect(LM, self.y + 3, RM, self.y + 3 + h)
        self.page.draw_rect(r, color=ACCENT, fill=(0.95, 0.97, 0.99), width=0.8)
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
            page.insert_text((LM, 38), HEADER_LEFT, fontname=BOLD, fontsize=7.8, color=grey)
            page.insert_text((RM - tl(HEADER_RIGHT, REG, 7.8), 38), HEADER_RIGHT, fontname=REG,
                             fontsize=7.8, color=grey)
            page.draw_line((LM, 44), (RM, 44), color=ACCENT, width=0.5)
            notes = self.footnotes.get(page.number, [])
            if notes:
                y = BODY_BOTTOM - self.foot_height(page.number) + 12
                page.draw_line((LM, y - 2), (LM + 130, y - 2), color=(0.5, 0.5, 0.5), width=0.4)
                for text in notes:
                    for runs in wrap_runs([(text, REG)], RM - LM, 7.4):
                        y += 7.4 * 1.3
                        x = LM
                        for t, f in runs:
                            page.insert_text((x, y), t, fontname=f, fontsize=7.4, color=(0.15, 0.15, 0.15))
                            x += tl(t, f, 7.4)
                    y += 2
            page.draw_line((LM, FOOTER_Y), (RM, FOOTER_Y), color=(0.75, 0.75, 0.75), width=0.4)
            footer = f"Page {page.number + 1} of {n}"
            page.insert_text((RM - tl(footer, REG, 8), FOOTER_Y + 11), footer, fontname=REG, fontsize=8,
                             color=grey)
            page.insert_text((LM, FOOTER_Y + 11), FOOTER_LEFT, fontname=REG, fontsize=7,
                             color=(0.45, 0.45, 0.45))
        self.doc.set_metadata({
            "title": "Vishwas Acharya Credit Card for Teachers - Customer Guide (fictional)",
            "author": "Sahyadri Vishwas Bank Ltd. (fictional)",
            "subject": "Customer guide for a fictional credit card for school and college teachers",
            "keywords": "fictional, evaluation, credit card, teachers, education",
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
    b.page.insert_text((LM, b.y + 6), "SAHYADRI VISHWAS BANK LTD.", fontname=BOLD, fontsize=10, color=ACCENT)
    b.y += 31
    b.page.insert_text((LM, b.y), "Vishwas Acharya Credit Card", fontname=BOLD, fontsize=20)
    b.y += 17
    b.page.insert_text((LM, b.y), "Customer guide for school and college teachers - Shiksha, Pragati and "
                       "Pradhan variants", fontname=REG, fontsize=10.2)
    b.y += 10
    b.para("Edition 2.1, effective 1 July 2025. It replaces edition 1.4 dated 5 September 2024. Every name, "
           "number and term in this guide is fictional.", size=8.1, gap_after=6)
    b.para("The Vishwas Acharya Credit Card is issued by Sahyadri Vishwas Bank Ltd. for people who teach: "
           "teachers in recognised schools and junior colleges, and lecturers and professors in colleges and "
           "universities. Your credit limit is based on your net monthly salary and the type of institution "
           "you work for. The card rewards what teachers actually buy - books, stationery, courses and exam "
           "fees, and train tickets in the vacation months - and its Vacation Shield feature helps teachers in "
           "private schools whose salary is not paid in the summer break. You apply in the VishwasOne app "
           "through a six-stage journey called Class Bell.")

    b.heading("1. The card at a glance")
    b.label("Issuer", "Sahyadri Vishwas Bank Ltd., 14 Karve Road, Erandwane, Pune 411004")
    b.label("Variants", "Acharya Shiksha, Acharya Pragati and Acharya Pradhan")
    b.label("Credit limit", "Rs. 15,000 (lowest, Shiksha) to Rs. 6,00,000 (highest, Pradhan); see Table 1")
    b.label("Interest-free period", "20 to 50 days on purchases")
    b.label("Card network", "RuPay (Shiksha and Pragati) or Mastercard (Pradhan)")
    b.label("Reward currency", "Chalk Points")
    b.label("Mobile app", "VishwasOne, for Android and iOS")
    b.label("Teachers' Helpline", "1800-233-5090 (toll-free, 7 am to 10 pm, Monday to Saturday)")
    b.label("Balance by SMS", "send ACBAL to 56161 from your registered mobile number")

    b.footnote("* Government and government-aided institutions only. The higher multiple never takes the limit "
               "above the top of the variant's range.", need=120)
    b.ruled_table(
        [72, 120, 108, 120, 67],
        ["Variant", "Net monthly salary", "Limit multiple (times net monthly salary)", "Credit limit range",
         "Joining fee"],
        [
            ["Shiksha", "Rs. 18,000 to Rs. 34,999", "1.5 times (2 times*)", "Rs. 15,000 to Rs. 60,000", "Nil"],
            ["Pragati", "Rs. 35,000 to Rs. 74,999", "2.5 times (3 times*)", "Rs. 60,001 to Rs. 2,00,000",
             "Rs. 499"],
            ["Pradhan", "Rs. 75,000 and above", "4 times (4.5 times*)", "Rs. 2,00,001 to Rs. 6,00,000",
             "Rs. 1,999"],
        ],
        caption="Table 1: Variants and salary slabs",
    )

    # ================================================================ eligibility
    b.heading("2. Who can apply")
    b.para("You can apply if every one of these is true on the day you apply:")
    b.bullet("You are a resident Indian aged 21 to 60 years.")
    b.bullet("You are on the payroll of a recognised school, junior college, college or university as a "
             "teacher, lecturer, professor, headmaster or principal. Librarians and laboratory instructors of "
             "such institutions may apply for Shiksha only.")
    b.bullet("Permanent staff: you have completed at least 6 months of continuous service with your present "
             "institution. Contractual or ad-hoc staff: you have completed at least 12 months of service there "
             "and your current contract has at least 9 months left to run.")
    b.bullet("Your net monthly salary is at least Rs. 18,000 and is credited to a savings or salary account in "
             "your own name with any bank in India.")
    b.bullet("Your credit score is 700 or above. If you have never had a loan or card, you can still get "
             "Shiksha as a first card.")
    b.subheading("Who cannot apply")
    b.bullet("Private home tutors and coaching-class teachers who are not on the payroll of an institution.")
    b.bullet("Visiting or guest faculty who are paid per lecture.")
    b.bullet("Non-teaching staff such as office clerks, accountants, drivers and security staff.")
    b.bullet("Retired teachers who draw a pension, and teachers who are on leave without pay or on study leave "
             "of more than 3 months when they apply.")
    b.bullet("Anyone who already holds an Acharya card of any variant.")
    b.para("Contractual and ad-hoc staff can get Shiksha or Pragati only, and their limit is capped at 1 time "
           "the net monthly salary, whatever the variant.")

    # ================================================================ documents
    b.heading("3. Documents you need")
    b.label("Identity", "PAN (physical card or e-PAN) - mandatory for everyone")
    b.label("Address", "Aadhaar (masked copy or offline e-KYC), passport, voter ID or driving licence")
    b.label("Employment", "institution identity card, plus either your appointment letter or a service "
            "certificate signed by the principal or registrar and dated within the last 90 days")
    b.label("Income", "salary slips for the last 3 months and a 6-month statement of the account where your "
            "salary is credited, or an Account Aggregator consent in place of both")
    b.label("Contractual staff", "a copy of the current contract showing its end date")
    b.label("File rules", "PDF, JPG or PNG, up to 4 MB per file; a password-protected PDF is accepted if you "
            "type the password in the app")
    b.para("Teachers of government institutions who are paid through a state treasury can enter their treasury "
           "employee code instead of uploading salary slips. No guarantor and no income tax return are needed.")

    # ================================================================ journey
    b.heading("4. Applying in the app: the Class Bell journey")
    b.para("Download VishwasOne, tap Cards > Acharya > Apply, and go through the six stages below in order. The "
           "whole journey usually takes 15 to 20 minutes. An application that is not completed lapses 30 days "
           "after Stage 1 was finished, even if you keep coming back to it (halt code CB-699).")
    b.subheading("Before you start")
    b.bullet("Keep your PAN, your institution identity card and your latest salary slips at hand.")
    b.bullet("Use the mobile number that is linked to your salary account. An Account Aggregator consent can "
             "only be approved from that number.")
    b.bullet("Face Attendance is not available between 11 pm and 6 am. The other stages work at any hour.")
    b.bullet("The app does not run on rooted or jail-broken phones.")
    b.stage(1, "Roll Call",
            "Confirm your mobile number. A 6-digit OTP is sent by SMS and stays valid for 3 minutes.",
            [("Retries", "up to 3 resends; 5 wrong OTPs lock the number for 24 hours (CB-101)"),
             ("If you drop off", "nothing is saved at this stage, so you simply start again")])
    b.stage(2, "Staff Room",
            "Enter your PAN, date of birth, the code of your institution and your employee ID. The bank checks "
            "them against its Vishwas Institution Register. If your school or college is not on the register, "
            "send an Add My Institution request with a letter from the head of the institution.",
            [("Retries", "2 attempts to match your employee ID, then a service certificate upload (CB-220)"),
             ("If you drop off", "details are saved and you can resume within 10 days")])
    b.stage(3, "Pay Slate",
            "Prove your salary. Either approve an Account Aggregator consent for the account that receives "
            "your salary, or upload salary slips and a bank statement as PDF files.",
            [("Timeout", "the consent screen closes after 10 minutes; approve it again to continue"),
             ("Retries", "3 upload tries per file (CB-318 after that)"),
             ("If you drop off", "saved for 10 days; data fetched through a consent is deleted after 72 hours "
              "if you do not finish the stage")])
    b.stage(4, "Face Attendance",
            "Take a live selfie. The app compares it with the photo linked to your PAN or Aadhaar. Take off "
            "spectacles with tinted lenses and stand in even light.",
            [("Timeout", "the camera screen ends after 6 minutes of inactivity"),
             ("Retries", "3 tries a day; after that book a Video Register call within 5 days or visit a "
              "Vishwas Desk (CB-412)"),
             ("If you drop off", "saved for only 7 days; after that you go back to Stage 2 - Staff Room")])
    b.stage(5, "Report Card",
            "See your offer: the variant, the credit limit and the fees. You may accept it, ask for a lower "
            "limit (not below Rs. 15,000) or decline.",
            [("Timeout", "the offer is held for 72 hours"),
             ("If you drop off", "the offer lapses after 72 hours; you can tap Recheck once within 15 days to "
              "get a fresh offer, otherwise you start again from Stage 1")])
    b.stage(6, "Final Bell",
            "Read the Key Fact Statement and the card agreement, and sign with the 6-digit SignSlate code sent "
            "by SMS. Most decisions are instant; the virtual card appears in VishwasOne within 20 minutes of "
            "approval.",
            [("Timeout", "each SignSlate code is valid for 10 minutes"),
             ("Retries", "3 wrong codes block signing for 30 minutes (CB-640)"),
             ("If you drop off", "the Report Card offer must be signed within its 72 hours, or it lapses")])
    b.boxed_note("Help in person: Vishwas Desk and Campus Camp",
                 "Any branch has a Vishwas Desk where staff can complete Staff Room, Pay Slate or Face Attendance "
                 "for you; carry your original PAN and institution ID card. If 20 or more staff of one "
                 "institution want to apply, the head of the institution can ask for a Campus Camp, where bank "
                 "staff visit the institution on a working day and help everyone apply.")

    # ================================================================ halt codes
    b.heading("5. Halt codes and what to do next")
    b.para("If the journey stops, the app shows a halt code. Quote it when you call the Teachers' Helpline.")
    b.ruled_table(
        [58, 190, 239],
        ["Code", "What it means", "What to do next"],
        [
            ["CB-101", "Too many wrong OTPs at Roll Call", "Wait 24 hours, then start Roll Call again."],
            ["CB-108", "The mobile number is already used on another open Acharya application",
             "Finish or withdraw the other application first; only one open application is allowed per "
             "mobile number."],
            ["CB-214", "Your institution is not on the Vishwas Institution Register",
             "Upload an Add My Institution letter signed by the head of the institution. The bank reviews it "
             "within 5 working days and sends you an SMS."],
            ["CB-220", "Employee ID does not match the institution's records",
             "Upload a service certificate dated within the last 90 days."],
            ["CB-233", "Service period is too short",
             "Apply again once you complete 6 months (permanent staff) or 12 months (contractual staff)."],
            ["CB-305", "No salary credit found, or net salary below Rs. 18,000",
             "Link the account that actually receives your salary, or upload salary slips for 3 months."],
            ["CB-318", "Statement or salary slip cannot be read, or looks altered",
             "Download a fresh statement from your bank's net banking. After 3 tries, finish Pay Slate at a "
             "Vishwas Desk."],
            ["CB-412", "Face not matched after 3 tries",
             "Book a Video Register call within 5 days or visit a Vishwas Desk with your original PAN."],
            ["CB-419", "Video Register call missed twice", "Only a Vishwas Desk visit can complete Face "
             "Attendance now."],
            ["CB-507", "Credit score below 700", "The application is declined. You may apply again after "
             "6 months."],
            ["CB-512", "An Acharya card is already held in your name", "No further action; one person may "
             "hold only one Acharya card."],
            ["CB-590", "Application sent for manual review", "No action needed. A decision is given within "
             "4 working days."],
            ["CB-640", "3 wrong SignSlate codes at Final Bell", "Wait 30 minutes, then ask for a new code."],
            ["CB-699", "Application lapsed (30 days after Stage 1)", "Start a new application from Roll Call."],
        ],
        caption="Table 2: Class Bell halt codes",
    )

    # ================================================================ limit and vacation shield
    b.heading("6. How your limit is worked out")
    b.para("The bank takes the average net salary credited in the last 3 months, multiplies it by the limit "
           "multiple for your variant in Table 1 and rounds the result down to the nearest Rs. 1,000. The limit "
           "is then kept within the variant's range.")
    b.para("Example: a permanent lecturer at a private college has an average net salary of Rs. 48,600, which "
           "falls in the Pragati slab. 2.5 x Rs. 48,600 = Rs. 1,21,500, so the limit offered is Rs. 1,21,000.")
    b.para("Limits are reviewed every year in July. If your salary has gone up, for example after a pay "
           "revision, the limit can rise by up to 25% without a fresh application. If you move to another "
           "institution, update it in VishwasOne > Profile > Transfer Assist within 60 days; your card stays "
           "open and the limit stays the same unless your salary falls.")

    b.subheading("Vacation Shield")
    b.para("Some private schools do not pay salary during the summer break. Vacation Shield lowers the minimum "
           "amount due for two statements in a row so that a gap in salary does not turn into a late payment.")
    b.label("Who can use it", "all three variants; once in each card year")
    b.label("When", "any 2 consecutive statements dated between 1 April and 31 July")
    b.label("Minimum amount due while it is on", "2% of the total amount due (instead of 5%), with no lower "
            "floor")
    b.label("How to switch it on", "VishwasOne > Card Services > Vacation Shield, at least 7 days before the "
            "first statement date")
    b.label("What does not change", "interest on unpaid balances is still charged at the usual rate")

    # ================================================================ fees
    b.footnote("* Spends are counted over the card year starting from the month of issue. Rent payments, wallet "
               "loads, cash withdrawals and fees paid to the bank are not counted.", need=150)
    b.heading("7. Fees and charges")
    b.para("Fees are shown before GST. GST at 18% is added to all fees, charges and interest.")
    b.ruled_table(
        [175, 104, 104, 104],
        ["Charge", "Acharya Shiksha", "Acharya Pragati", "Acharya Pradhan"],
        [
            ["Joining fee", "Nil", "Rs. 499", "Rs. 1,999"],
            ["Annual fee (from the second year)", "Rs. 249", "Rs. 499", "Rs. 1,999"],
            ["Annual fee waived if yearly spends reach*", "Rs. 50,000", "Rs. 1,20,000", "Rs. 3,50,000"],
            ["Add-on card", "Not offered", "Rs. 199 a year (1 card)", "Free (up to 2 cards)"],
            ["Interest on revolving credit and cash", "3.5% per month", "3.1% per month", "2.65% per month"],
            ["Cash withdrawal fee", "2.5% (minimum Rs. 350)", "2.5% (minimum Rs. 350)", "2% (minimum Rs. 300)"],
            ["Over-limit fee", "2.5% of the amount over the limit (minimum Rs. 500)",
             "2.5% of the amount over the limit (minimum Rs. 500)", "Nil"],
            ["Foreign currency markup", "3.5%", "3%", "1.99%"],
            ["Rent payment fee", "1% of the rent paid", "1% of the rent paid", "1% of the rent paid"],
            ["Child's school or college fee paid through a third-party app", "1% (maximum Rs. 2,999)",
             "1% (maximum Rs. 2,999)", "Nil"],
            ["Card replacement", "Rs. 100", "Rs. 100", "Free"],
            ["Reward redemption fee", "Rs. 59 per request", "Rs. 59 per request", "Nil"],
            ["EMI conversion processing fee", "1.5% (minimum Rs. 199)", "1% (minimum Rs. 149)", "Nil"],
            ["Copy of a statement older than 3 months", "Rs. 100 per statement", "Rs. 100 per statement",
             "Rs. 100 per statement"],
            ["Cheque or auto-debit return", "Rs. 500", "Rs. 500", "Rs. 500"],
        ],
        caption="Table 3: Fees and charges",
    )

    b.subheading("Late payment charges")
    b.para("A late payment charge is levied when the minimum amount due is not paid by the due date. The charge "
           "depends on the total amount due in that statement.", gap_after=2)
    b.footnote("** Exam Duty Grace: once in a card year, the late payment charge is reversed if the minimum amount "
               "due is paid within 4 days after the due date. Interest is still charged.", need=120)
    b.plain_table(
        [LM + 10, LM + 190, LM + 345],
        ["Total amount due", "Shiksha and Pragati**", "Pradhan**"],
        [
            ["Up to Rs. 500", "Nil", "Nil"],
            ["Rs. 501 to Rs. 10,000", "Rs. 500", "Rs. 400"],
            ["Rs. 10,001 to Rs. 25,000", "Rs. 800", "Rs. 700"],
            ["Rs. 25,001 to Rs. 50,000", "Rs. 1,000", "Rs. 900"],
            ["Above Rs. 50,000", "Rs. 1,250", "Rs. 1,100"],
        ],
        caption="Late payment charge slabs",
    )

    # ================================================================ benefits
    b.heading("8. Benefits and value-back")
    b.para("Value-back is credited to your card account and shown in the next statement. Caps are per statement "
           "cycle unless the table says otherwise.")
    b.ruled_table(
        [154, 111, 111, 111],
        ["Benefit", "Acharya Shiksha", "Acharya Pragati", "Acharya Pradhan"],
        [
            ["Books, stationery and teaching aids", "5% value-back, up to Rs. 250", "7.5% value-back, up to "
             "Rs. 600", "10% value-back, up to Rs. 1,500"],
            ["Online courses, exam and certification fees", "10 Chalk Points per Rs. 100, up to 1,000 points",
             "15 Chalk Points per Rs. 100, up to 2,500 points", "20 Chalk Points per Rs. 100, up to 5,000 points"],
            ["Rail and bus tickets in May, June and December", "5% value-back, up to Rs. 150",
             "5% value-back, up to Rs. 400", "8% value-back, up to Rs. 1,000"],
            ["Child's school or college fee paid directly to the institution", "2 Chalk Points per Rs. 100, up "
             "to 400 points", "2 Chalk Points per Rs. 100, up to 1,000 points", "3 Chalk Points per Rs. 100, up "
             "to 3,000 points"],
            ["Laptop, tablet or projector on EMI", "Not included", "No-cost EMI for 6 months",
             "No-cost EMI for 9 months"],
            ["Voice Care: ENT and speech-therapy teleconsultations", "1 free teleconsultation a quarter",
             "2 free teleconsultations a quarter", "Unlimited teleconsultations"],
            ["Domestic airport lounge", "Not included", "2 visits a year", "8 visits a year"],
            ["All other eligible spends", "1 Chalk Point per Rs. 200", "2 Chalk Points per Rs. 200",
             "3 Chalk Points per Rs. 200"],
            ["Welcome benefit (after first spend within 30 days)", "None", "1,000 Chalk Points",
             "Rs. 2,000 book voucher"],
            ["Personal accident cover", "Rs. 2 lakh", "Rs. 5 lakh", "Rs. 15 lakh"],
        ],
        caption="Table 4: Benefits by variant",
    )
    b.footnote("* The accident cover applies only if the card was used at least once in the 60 days before the "
               "accident. Claims must be filed within 90 days.", need=60)
    b.para("Accident cover and Voice Care are free of cost to the cardholder.* Lounge visits are counted per "
           "card year and cannot be carried forward.")

    b.heading("9. Chalk Points")
    b.label("Value of 1 Chalk Point", "Rs. 0.25 as statement credit, or Rs. 0.40 against books at Vishwas "
            "BookMart partner stores")
    b.label("Minimum redemption", "400 Chalk Points")
    b.label("Validity", "36 months from the month in which they are earned")
    b.label("How to redeem", "VishwasOne > Rewards, or SMS REDEEM to 56161")
    b.label("Teachers' Day bonus", "5 times the usual Chalk Points on spends made on 5 September, up to "
            "2,000 bonus points")
    b.para("No Chalk Points are earned on fuel, rent payments, wallet loads, cash withdrawals, EMI transactions, "
           "insurance premiums or government payments. Points and value-back are taken back if a purchase is "
           "refunded or cancelled.")

    # ================================================================ statements
    b.heading("10. Add-on cards, EMI and closing the card")
    b.subheading("Add-on cards (Pragati and Pradhan)")
    b.label("Who can get one", "your spouse, a parent, or a child aged 18 or above")
    b.label("Limit", "shared with your card; you can set a sub-limit between Rs. 5,000 and your full limit")
    b.label("How to apply", "VishwasOne > Card Services > Add-on Card")
    b.para("Chalk Points earned on an add-on card are added to your account, and you are responsible for all "
           "spends on it.")
    b.subheading("Converting a purchase into EMI")
    b.label("Eligible purchases", "Rs. 2,500 or more, converted within 30 days of the purchase date")
    b.label("Tenures", "3, 6, 9 or 12 months")
    b.label("Foreclosure charge", "3% of the principal still outstanding")
    b.label("Not eligible", "gold and jewellery, fuel, and cash withdrawals")
    b.subheading("Closing the card")
    b.para("Ask for closure in VishwasOne > Card Services > Close Card, or through the Teachers' Helpline. "
           "Redeem your Chalk Points first: any points left unredeemed lapse 30 days after the card is closed.")

    b.heading("11. Statements, payments and interest")
    b.label("Statement date", "pick the 3rd, 10th, 18th or 25th of the month (can be changed once a card year)")
    b.label("Payment due date", "20 days after the statement date")
    b.label("Minimum amount due", "5% of the total amount due or Rs. 250, whichever is higher, plus any EMI "
            "instalment and any amount over the limit")
    b.label("Ways to pay", "VishwasOne, UPI, auto-debit from your salary account, NEFT, or cash at any branch")
    b.label("Statement languages", "English, Hindi, Marathi and Gujarati")
    b.para("If only part of the bill is paid, interest is charged on each purchase from the date of purchase to "
           "the date the dues are fully paid, and new purchases get no interest-free period until the total "
           "amount due is cleared. Interest on cash withdrawals runs from the day of withdrawal.")
    b.subheading("Worked example (Acharya Shiksha)")
    b.para("Statement date 10 October, total amount due Rs. 12,000, minimum amount due Rs. 600. You pay Rs. 5,000 "
           "on 30 October, the due date. Interest at 3.5% per month is charged on the Rs. 7,000 left unpaid "
           "until you clear it. As the minimum was paid in time, there is no late payment charge.")

    # ================================================================ controls (two columns)
    b.heading("12. Card controls and safety", keep=150)
    b.two_columns(
        [
            ("h", "Controls in VishwasOne"),
            ("b", "Online, international and contactless use can each be switched on or off under Card "
                  "Controls. International use is off when the card is issued."),
            ("b", "Contactless payments are limited to Rs. 5,000 per tap. You can lower this limit but not "
                  "raise it."),
            ("b", "Campus Lock: when it is on, the card works only at education merchants, bookshops and "
                  "stationery stores. Useful if you hand the card to a colleague to buy supplies for your "
                  "class."),
            ("b", "Set a monthly spend alert between Rs. 1,000 and your full limit."),
        ],
        [
            ("h", "If something goes wrong"),
            ("b", "To block a lost card at once, SMS ACBLOCK and the last 4 digits of the card to 56161, or "
                  "call the Teachers' Helpline."),
            ("b", "Zero liability for unauthorised transactions reported within 3 working days. Reported "
                  "within 4 to 7 working days, your liability is capped at Rs. 10,000."),
            ("b", "The bank never asks for your OTP, SignSlate code, card PIN or CVV by call, SMS or e-mail."),
            ("b", "A replacement card reaches you within 7 working days."),
        ],
    )

    # ================================================================ timelines
    b.heading("13. Key timelines")
    b.ruled_table(
        [254, 233],
        ["Event", "Timeline"],
        [
            ["Decision after Final Bell", "Usually instant; up to 4 working days under manual review (CB-590)"],
            ["Virtual card in VishwasOne", "Within 20 minutes of approval"],
            ["Physical card dispatched", "Within 2 working days of approval"],
            ["Physical card delivered", "5 working days in metro cities, 10 working days elsewhere"],
            ["Card activation", "Within 30 days of issue; an unused card is closed on day 45"],
            ["Add My Institution review", "Within 5 working days"],
            ["Welcome benefit credited", "Within 15 days of the first spend"],
            ["Dispute of a transaction", "Raise within 30 days of the statement date; resolved within 60 days"],
            ["Refund of a credit balance", "Within 7 working days of your request"],
            ["Card closure", "Within 7 working days of your request, once all dues are paid"],
        ],
        caption="Table 5: Key timelines",
    )

    # ================================================================ FAQ
    b.heading("14. Frequently asked questions")
    faqs = [
        ("I teach at two schools. Can both salaries be counted?",
         "No. Only the salary from the institution you enter at Staff Room is counted."),
        ("I am a B.Ed. intern who gets a stipend. Can I apply?",
         "No. Interns and trainees are not on the payroll of the institution, so they are not eligible."),
        ("Is Aadhaar compulsory?",
         "No. PAN is compulsory; for address you may use Aadhaar, a passport, a voter ID or a driving licence."),
        ("My school is closed in May and June and pays no salary. Will my card be closed?",
         "No. Your card stays open. Use Vacation Shield to lower the minimum amount due for two statements."),
        ("Can my daughter who studies in college get an add-on card?",
         "Yes, on Pragati or Pradhan, if she is 18 or older. Shiksha does not offer add-on cards."),
        ("Can I move from Shiksha to Pragati later?",
         "Yes. At the July review the bank upgrades you without a joining fee if your salary now falls in the "
         "Pragati slab."),
        ("Does the book value-back work on e-books?",
         "Yes, if the seller is classed as a bookshop or stationery merchant."),
        ("I have been transferred to another government school. Do I need a new card?",
         "No. Update the new institution through Transfer Assist within 60 days."),
        ("Can I pay my card bill in cash?",
         "Yes, at any Sahyadri Vishwas Bank branch. Cash is not accepted at a Campus Camp."),
    ]
    for i, (q, a) in enumerate(faqs, 1):
        b.ensure(BODY * LEAD * (1 + len(wrap_runs([(a, REG)], RM - LM - 14, BODY))) + 6)
        b.rich([(f"Q{i}. {q}", BOLD)], gap_after=0.5)
        b.para(a, indent=14, gap_after=4)

    # ================================================================ contact
    b.heading("15. Contact us and grievance redressal")
    b.label("Teachers' Helpline", "1800-233-5090 (toll-free, 7 am to 10 pm, Monday to Saturday)")
    b.label("WhatsApp", "+91-98220-45090 (send HELLO to start)")
    b.label("E-mail", "acharya.care@sahyadrivishwas.example")
    b.label("Website", "www.sahyadrivishwas.example/acharya")
    b.label("Post", "Acharya Card Cell, Sahyadri Vishwas Bank Ltd., 14 Karve Road, Erandwane, Pune 411004")
    b.para("Escalate a complaint one level at a time and keep the complaint number that is sent to you by SMS.",
           gap_after=2)
    b.ruled_table(
        [60, 185, 140, 102],
        ["Level", "Whom to contact", "When to escalate", "Reply within"],
        [
            ["Level 1", "Teachers' Helpline, e-mail, WhatsApp, or Help > Raise a complaint in VishwasOne",
             "Any complaint", "7 working days"],
            ["Level 2", "Grievance Redressal Officer, Mrs. Vaishali Deshmane, gro.acharya@sahyadrivishwas.example, "
             "020-6612-4500 (10 am to 6 pm, Monday to Friday)",
             "No reply within 7 working days, or not satisfied with the Level 1 reply", "10 working days"],
            ["Level 3", "Principal Nodal Officer, Mr. Tenzing Bhutia, nodal@sahyadrivishwas.example, "
             "020-6612-4599",
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
