"""Build the fourteenth evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the fuel and charging
partners, the card, the app, people, phone numbers, e-mail addresses, web
addresses, codes, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/fourteenth-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign is
written as "Rs." throughout.  Output is deterministic (fixed metadata dates,
no new document id).
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "pravahini_raftaar_rider_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 56.0, 539.0  # left and right margins
TOP = 74.0  # body starts below the running header
FOOTER_Y = 814.0
BODY_BOTTOM = 788.0  # lowest y for body text when the page has no footnotes

REG, BOLD = "helv", "hebo"
BODY = 9.3
LEAD = 1.38
ACCENT = (0.55, 0.18, 0.05)

HEADER_LEFT = "Pravahini Bank Ltd.  |  UrjaPath Raftaar Rider Credit Card - Customer Guide"
HEADER_RIGHT = "Edition 3.0, effective 15 August 2025"
FOOTER_LEFT = "Raftaar Rider Card Guide"


def tl(text: str, font: str = REG, size: float = BODY) -> float:
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def wrap_runs(segments, width, size):
    """Wrap (text, font) segments into lines, each a list of (text, font) runs."""
    words = []  # (word, font); "Rs." stays on the same line as its amount
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
            h += len(wrap_runs([(text, REG)], RM - LM, 7.5)) * 7.5 * 1.3 + 2
        return h + (12 if h else 0)

    def bottom(self):
        return BODY_BOTTOM - self.foot_height(self.page.number)

    def ensure(self, h):
        if self.y + h > self.bottom():
            self.new_page()

    def footnote(self, text, need=30.0):
        """Register a footnote on the page where the next `need` points of body go.

        Call it just before drawing the text that carries the marker, so that the
        marker and the footnote always share a page.
        """
        self.footnotes[self.page.number].append(text)
        if self.y + need > self.bottom():
            self.footnotes[self.page.number].pop()
            self.new_page()
            self.footnotes[self.page.number].append(text)

    def space(self, h):
        self.y += h

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

    def numbered(self, n, text, bold_lead=None, indent=16.0):
        segs = [(bold_lead, BOLD)] if bold_lead else []
        segs.append((text, REG))
        self.rich(segs, indent=indent, first_prefix=f"{n}.", gap_after=2.0)

    def label(self, label, value, indent=0.0):
        self.rich([(label + ":", BOLD), (value, REG)], indent=indent, gap_after=1.5)

    def heading(self, text, size=12.4):
        self.ensure(size * 1.6 + 44)
        self.y += 9 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size, color=ACCENT)
        self.page.draw_line((LM, self.y + 3), (RM, self.y + 3), color=ACCENT, width=0.5)
        self.y += 6

    def subheading(self, text, size=10.0):
        self.ensure(size * 1.5 + 32)
        self.y += 4 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size)
        self.y += 3

    # ----------------------------------------------------------------- tables
    def ruled_table(self, widths, header, rows, size=8.5, pad=3.4, caption=None):
        xs = [LM]
        for w in widths:
            xs.append(xs[-1] + w)
        assert abs(xs[-1] - RM) < 0.6, (xs[-1], RM)
        lh = size * 1.3

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w - 2 * pad, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(wl) for wl in wrapped) * lh + 2 * pad

        hdr_wrapped, hdr_h = layout(header, BOLD)

        def draw_row(wrapped, h, fill=None):
            for i, wl in enumerate(wrapped):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h)
                self.page.draw_rect(r, color=(0.2, 0.2, 0.2), fill=fill, width=0.6)
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
        draw_row(hdr_wrapped, hdr_h, fill=(0.96, 0.9, 0.84))
        for row in rows:
            wrapped, h = layout(row, REG)
            if self.y + h > self.bottom():
                self.new_page()
                self.page.insert_text((LM, self.y + size), (caption or "Table") + " (continued)",
                                      fontname=BOLD, fontsize=size + 0.6)
                self.y += size + 6
                draw_row(hdr_wrapped, hdr_h, fill=(0.96, 0.9, 0.84))
            draw_row(wrapped, h)
        self.y += 8

    def plain_table(self, col_x, header, rows, size=8.8, caption=None):
        """Unruled table: cells placed at fixed x positions, no lines drawn."""
        lh = size * 1.3
        widths = [col_x[i + 1] - col_x[i] - 8 for i in range(len(col_x) - 1)] + [RM - col_x[-1]]

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(w) for w in wrapped) * lh + 3

        hw, hh = layout(header, BOLD)
        if caption:
            self.ensure(size * 2 + hh + 44)
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

    # ----------------------------------------------------------------- finish
    def finish(self, path):
        n = self.doc.page_count
        grey = (0.32, 0.32, 0.32)
        for page in self.doc:
            page.insert_text((LM, 40), HEADER_LEFT, fontname=BOLD, fontsize=8, color=grey)
            page.insert_text((RM - tl(HEADER_RIGHT, REG, 8), 40), HEADER_RIGHT, fontname=REG,
                             fontsize=8, color=grey)
            page.draw_line((LM, 46), (RM, 46), color=(0.6, 0.6, 0.6), width=0.4)
            notes = self.footnotes.get(page.number, [])
            if notes:
                y = BODY_BOTTOM - self.foot_height(page.number) + 12
                page.draw_line((LM, y - 2), (LM + 120, y - 2), color=(0.5, 0.5, 0.5), width=0.4)
                for text in notes:
                    for runs in wrap_runs([(text, REG)], RM - LM, 7.5):
                        y += 7.5 * 1.3
                        x = LM
                        for t, f in runs:
                            page.insert_text((x, y), t, fontname=f, fontsize=7.5, color=(0.15, 0.15, 0.15))
                            x += tl(t, f, 7.5)
                    y += 2
            footer = f"Page {page.number + 1} of {n}"
            page.insert_text(((PAGE_W - tl(footer, REG, 8)) / 2, FOOTER_Y + 10), footer,
                             fontname=REG, fontsize=8, color=grey)
            page.insert_text((LM, FOOTER_Y + 10), FOOTER_LEFT, fontname=REG, fontsize=7,
                             color=(0.45, 0.45, 0.45))
        self.doc.set_metadata({
            "title": "UrjaPath Raftaar Rider Credit Card - Customer Guide (fictional)",
            "author": "Pravahini Bank Ltd. (fictional)",
            "subject": "Customer guide for a fictional fuel-and-commute credit card for delivery riders",
            "keywords": "fictional, evaluation, credit card, gig workers, fuel",
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
    b.page.insert_text((LM, b.y + 6), "PRAVAHINI BANK LTD.  x  URJAPATH FUELS", fontname=BOLD, fontsize=10,
                       color=ACCENT)
    b.y += 31
    b.page.insert_text((LM, b.y), "UrjaPath Raftaar Rider Credit Card", fontname=BOLD, fontsize=19.5)
    b.y += 17
    b.page.insert_text((LM, b.y), "Customer guide for delivery and bike-taxi partners - Lite, Pro and EV variants",
                       fontname=REG, fontsize=10.3)
    b.y += 10
    b.para("Edition 3.0, effective 15 August 2025. It replaces edition 2.2 dated 1 February 2025. All names, "
           "numbers and terms in this guide are fictional.", size=8.1, gap_after=6)
    b.para("The UrjaPath Raftaar Rider Credit Card is a co-branded fuel-and-commute credit card issued by "
           "Pravahini Bank Ltd. together with UrjaPath Fuels Pvt. Ltd. It is made for people who earn by "
           "delivering food, groceries and parcels, or by riding a bike taxi, for one or more app-based "
           "platforms. Your credit limit is worked out from the payouts the platforms send you, not from a "
           "salary slip, and the card gives value-back on fuel at UrjaPath outlets, on EV charging at "
           "ChargeChowk stations, and on the repairs and commute costs that riders pay every week. You apply "
           "in the Pravahini Raah app through a seven-stage journey called the Green Signal journey.")

    b.heading("1. The card at a glance")
    b.label("Issuer", "Pravahini Bank Ltd., 9 Riverside Estate, Wardha Road, Nagpur 440015")
    b.label("Co-brand partner", "UrjaPath Fuels Pvt. Ltd. (1,840 UrjaPath fuel outlets in 212 cities)")
    b.label("Variants", "Raftaar Lite, Raftaar Pro and Raftaar EV")
    b.label("Credit limit (Lite)", "Rs. 10,000 to Rs. 60,000")
    b.label("Credit limit (EV)", "Rs. 15,000 to Rs. 1,00,000")
    b.label("Credit limit (Pro)", "Rs. 60,001 to Rs. 2,50,000")
    b.label("How the limit is set", "up to 1.5 times your average monthly payout (Lite), 2 times (EV) or "
            "3 times (Pro)")
    b.label("Interest-free period", "18 to 48 days on purchases")
    b.label("Card network", "RuPay (Lite and EV) or Visa (Pro)")
    b.label("Mobile app", "Pravahini Raah, for Android and iOS")
    b.label("Rider Helpline", "1800-266-7070 (toll-free, 6 am to midnight, all days)")
    b.label("Missed-call balance check", "give a missed call to 0712-660-7000")

    b.heading("2. Who can apply")
    b.para("You can apply for the card if all of the following are true:")
    b.bullet("You are a resident Indian aged 19 to 60 years on the date of application (21 to 60 years for "
             "Raftaar Pro).")
    b.bullet("You have worked as a delivery partner or bike-taxi captain for at least one app-based platform "
             "for at least 4 consecutive months (6 consecutive months for Pro).")
    b.bullet("Your average monthly payout over that period is at least Rs. 12,500 for Lite, Rs. 15,000 for EV "
             "or Rs. 27,000 for Pro.")
    b.bullet("Your payouts are credited to a savings account in your own name with any bank in India.")
    b.bullet("You hold a permanent driving licence for a two-wheeler with gear (MCWG) or without gear (MCWOG). "
             "A learner's licence is not accepted.")
    b.bullet("Raftaar EV only: the two-wheeler you ride is battery-electric, as shown in the fuel type on its "
             "registration certificate.")
    b.subheading("Who cannot apply")
    b.bullet("Delivery partners who deliver on foot or by bicycle, because the card needs a two-wheeler "
             "driving licence. They may apply for the Secured Boost option described in section 7 only if they "
             "hold such a licence.")
    b.bullet("Partners who are paid only in cash, or whose payouts go to another person's account.")
    b.bullet("Anyone who already holds a Raftaar card. One person can hold only one Raftaar card, of any variant.")
    b.bullet("Anyone whose earlier Pravahini Bank credit card was written off or settled for less than the full "
             "dues in the last 24 months.")
    b.footnote("* Platforms on the PayoutConnect list are shown in the app. Payouts from a platform that is not on "
               "the list can still be proved by uploading statements (see Stage 2).")
    b.bullet("Partners whose only platform has been active in India for less than 12 months, unless that platform "
             "is on the PayoutConnect list.*")

    b.heading("3. Documents you need")
    b.bullet("PAN card (original or e-PAN). The name on the PAN is compared with your driving licence.")
    b.bullet("Permanent two-wheeler driving licence, valid for at least 6 more months on the day you apply.")
    b.bullet("Registration certificate (RC) of the two-wheeler you ride, or its registration number.")
    b.bullet("Proof of payouts for the last 4 months (6 months for Pro): either a PayoutConnect consent in the "
             "app, or payout statements downloaded from the platform as PDF files, each up to 5 MB.")
    b.bullet("Bank statement of the account that receives your payouts, for the same months, only if you upload "
             "statements instead of using PayoutConnect.")
    b.bullet("If the vehicle is rented from a fleet: a Fleet Authorisation Letter on the fleet owner's letterhead, "
             "dated within the last 60 days.")
    b.bullet("If the vehicle belongs to your parent or spouse: proof of relationship, such as a ration card or "
             "marriage certificate.")
    b.para("No salary slip, income tax return or guarantor is needed. Aadhaar is not required for this card; if "
           "you give it voluntarily, it is used only for your address.")

    # ================================================================ journey
    b.heading("4. The Green Signal journey: seven stages")
    b.para("Your progress is saved at the end of every stage. An unfinished application stays open for "
           "21 days from the day you complete Stage 1; after that it lapses (halt code GS-09) and you must "
           "start again.")
    b.subheading("Stage 1 - Ignition")
    b.para("Enter the mobile number you use for your delivery or bike-taxi app. The app sends a 6-digit "
           "StartCode by SMS, valid for 180 seconds. After 4 wrong StartCodes the number is paused for "
           "30 minutes (halt code GS-12).")
    b.subheading("Stage 2 - Payout Trail")
    b.para("Prove your earnings. The quick way is PayoutConnect: you approve a consent screen and the platform "
           "shares your last 6 months of payout data with the bank directly. The consent is valid for one "
           "use only and expires after 72 hours. If your platform is not on the PayoutConnect list, upload "
           "the platform's monthly payout statements as original PDF files; photos, screenshots and "
           "password-protected files are rejected (halt code GS-24).")
    b.subheading("Stage 3 - Licence Lock")
    b.para("Enter your PAN and your driving licence number. The app fetches the licence from the transport "
           "records and compares the name and date of birth with your PAN. Small spelling differences (one "
           "letter, or an initial instead of a full middle name) are accepted; other differences stop the "
           "journey (halt code GS-33).")
    b.subheading("Stage 4 - Wheel Match")
    b.para("Enter the registration number of your two-wheeler. The owner named on the RC must be you, your "
           "parent or your spouse, or a fleet that has given you a Fleet Authorisation Letter. Commercial "
           "(yellow-plate) and private (white-plate) two-wheelers are both accepted. For Raftaar EV, the fuel "
           "type on the RC must read ELECTRIC.")
    b.subheading("Stage 5 - Face Frame")
    b.para("Take a live selfie; the app compares it with the photograph on your driving licence. Remove your "
           "helmet, cap, mask and sunglasses, and stand still rather than sitting on a running vehicle. You "
           "get 3 tries in a day. After 3 failures, try again the next day or finish this stage in person at "
           "a Depot Desk.")
    b.subheading("Stage 6 - Limit Lane")
    b.para("The app shows the limit you qualify for and the variant it fits. You can accept it, pick a lower "
           "limit, or choose Secured Boost (section 7). The limit offer is held for 5 days.")
    b.subheading("Stage 7 - Handshake Sign")
    b.para("Read the Key Fact Statement and sign the card agreement with an 8-digit SignPIN sent by SMS. Each "
           "SignPIN is valid for 10 minutes, and you can ask for at most 3 SignPINs in one application. Once "
           "you sign, the decision is usually instant. Your virtual card appears in the Raah app within "
           "30 minutes of approval.")
    b.subheading("Depot Desk")
    b.para("A Depot Desk is a bank help counter inside selected UrjaPath outlets, open 8 am to 8 pm, Monday to "
           "Saturday. Staff there can complete Face Frame, check original documents and help with halt codes "
           "GS-33, GS-41 and GS-52. Find the nearest one in the app under Help > Depot Desk.")

    b.ruled_table(
        [96, 150, 130, 107],
        ["Stage", "What you do", "Validity or time limit", "Retries"],
        [
            ["1. Ignition", "Verify your mobile number with a StartCode", "StartCode 180 seconds",
             "Paused 30 minutes after 4 wrong codes"],
            ["2. Payout Trail", "PayoutConnect consent or PDF payout statements", "Consent expires after 72 hours",
             "5 uploads per application"],
            ["3. Licence Lock", "PAN and driving licence check", "Licence valid 6 more months",
             "2 attempts a day"],
            ["4. Wheel Match", "Vehicle registration check", "Fleet letter dated within 60 days",
             "3 attempts a day"],
            ["5. Face Frame", "Live selfie against licence photo", "Each try 90 seconds",
             "3 tries a day, or Depot Desk"],
            ["6. Limit Lane", "Accept limit or choose Secured Boost", "Offer held 5 days",
             "Limit can be changed once"],
            ["7. Handshake Sign", "Sign with an 8-digit SignPIN", "SignPIN 10 minutes",
             "3 SignPINs per application"],
        ],
        caption="Table 1: Green Signal stages at a glance",
    )

    # ================================================================ halt codes
    b.heading("5. Halt codes and what to do next")
    b.para("If a stage cannot be completed, the app shows a halt code beginning with GS. Note the code before "
           "you call the Rider Helpline; it tells the agent where your application stopped.")
    b.ruled_table(
        [50, 66, 150, 217],
        ["Code", "Stage", "What it means", "What to do next"],
        [
            ["GS-09", "Any", "Application lapsed after 21 days", "Start a fresh application from Stage 1."],
            ["GS-12", "1. Ignition", "Too many wrong StartCodes", "Wait 30 minutes, then request a new StartCode."],
            ["GS-21", "2. Payout Trail", "Payout history shorter than required",
             "Reapply when you complete 4 months (6 for Pro), or choose Secured Boost, which needs only "
             "2 months of payouts."],
            ["GS-24", "2. Payout Trail", "Statement unreadable or not an original PDF",
             "Download the statement again from the platform app and upload the PDF without a password."],
            ["GS-27", "2. Payout Trail", "Average payout below the minimum for the chosen variant",
             "Pick a variant with a lower minimum, or choose Secured Boost."],
            ["GS-33", "3. Licence Lock", "Name or date of birth on PAN and licence do not match",
             "Visit a Depot Desk with a gazette notification or marriage certificate that explains the difference."],
            ["GS-35", "3. Licence Lock", "Licence expired, expires within 6 months, or is a learner's licence",
             "Renew the licence at your transport office, then apply again."],
            ["GS-41", "4. Wheel Match", "RC owner is not you, your parent or spouse, or an authorising fleet",
             "Upload a Fleet Authorisation Letter or relationship proof, or visit a Depot Desk."],
            ["GS-47", "4. Wheel Match", "Vehicle is not battery-electric but EV was chosen",
             "Switch to Raftaar Lite or Raftaar Pro; your progress is kept."],
            ["GS-52", "5. Face Frame", "Selfie did not match the licence photo 3 times",
             "Try again the next day in daylight, or complete the stage at a Depot Desk."],
            ["GS-63", "6. Limit Lane", "Worked-out limit is below Rs. 10,000",
             "Choose Secured Boost with a fixed deposit of at least Rs. 10,000."],
            ["GS-71", "7. Handshake Sign", "SignPIN expired or all 3 SignPINs used",
             "Call the Rider Helpline to reset signing; the reset takes 1 working day."],
            ["GS-90", "Any", "Application sent for manual review",
             "No action needed. You get an SMS with the decision within 5 working days."],
        ],
        caption="Table 2: Halt codes",
    )

    # ================================================================ secured boost
    b.heading("6. How your credit limit is worked out")
    b.para("The bank works out an average of your monthly payouts over the last 4 months (6 months for Pro) and "
           "multiplies it by 1.5 for Lite, 2 for EV or 3 for Pro. The result is rounded down to the nearest "
           "Rs. 1,000 and kept within the variant's limit range. Payouts from up to 3 platforms are added "
           "together. Tips paid by customers through the platform count as payouts; incentives paid in "
           "vouchers do not.")
    b.para("Your limit is reviewed every 6 months. If your payouts have risen by 20% or more, the limit is "
           "raised automatically, and you get an SMS 7 days before the change so you can refuse it.")

    b.heading("7. Secured Boost: a limit backed by a fixed deposit")
    b.para("Secured Boost is for riders who are new to platform work or whose worked-out limit is too low. "
           "You open a fixed deposit with Pravahini Bank during Limit Lane and the card limit is set against it.")
    b.label("Payout history needed", "2 months")
    b.label("Fixed deposit amount", "Rs. 10,000 to Rs. 2,00,000")
    b.label("Credit limit", "90% of the fixed deposit amount")
    b.label("Minimum deposit tenure", "13 months, renewed automatically while the card is open")
    b.label("Variant issued", "Raftaar Lite features, with the Lite fees")
    b.label("Boost Graduation", "after 9 consecutive on-time payments you may ask for an unsecured limit; the "
            "deposit is then freed within 10 working days")
    b.para("While the card is open you cannot close or break the deposit. If dues stay unpaid for 60 days after "
           "the due date, the bank may recover them from the deposit after a 15-day notice.")

    # ================================================================ fees
    b.footnote("* Spends are counted over the card year, from the month of card issue. Fuel, EV charging, "
               "wallet loads and cash withdrawals do not count towards the waiver.", need=150)
    b.heading("8. Fees and charges")
    b.para("All fees are shown before GST, which is charged at 18% on fees and interest.")
    b.ruled_table(
        [170, 104, 105, 104],
        ["Charge", "Raftaar Lite", "Raftaar Pro", "Raftaar EV"],
        [
            ["Joining fee", "Nil", "Rs. 749", "Rs. 299"],
            ["Annual fee (from the second year)", "Rs. 199", "Rs. 749", "Rs. 299"],
            ["Annual fee waived if yearly spends reach*", "Rs. 40,000", "Rs. 1,50,000", "Rs. 60,000"],
            ["Add-on card", "Not offered", "Rs. 249 a year (spouse or parent only)", "Not offered"],
            ["Interest on revolving credit and cash", "3.45% per month", "2.95% per month", "3.25% per month"],
            ["Cash withdrawal fee", "2.5% (minimum Rs. 300)", "2.5% (minimum Rs. 300)", "2.5% (minimum Rs. 300)"],
            ["Over-limit fee", "2.5% of the amount over the limit (minimum Rs. 400)", "Nil",
             "2.5% of the amount over the limit (minimum Rs. 400)"],
            ["Foreign currency markup", "3.5%", "2.25%", "3.5%"],
            ["Card replacement", "Rs. 150", "Free", "Rs. 150"],
            ["Cash payment of the card bill at a branch", "Rs. 99 per payment", "Free", "Rs. 99 per payment"],
            ["Reward redemption fee", "Rs. 49 per request", "Nil", "Rs. 49 per request"],
            ["EMI conversion processing fee", "1.5% (minimum Rs. 149)", "1% (minimum Rs. 99)",
             "1.5% (minimum Rs. 149)"],
            ["Statement copy older than 3 months", "Rs. 75 per statement", "Rs. 75 per statement",
             "Rs. 75 per statement"],
            ["Cheque or auto-debit return", "Rs. 450", "Rs. 450", "Rs. 450"],
        ],
        caption="Table 3: Fees and charges",
    )

    b.subheading("Late payment charges")
    b.para("A late payment charge applies when the minimum amount due is not paid by the due date. It depends "
           "on the total amount due in that statement and is the same for all three variants.", gap_after=2)
    b.footnote("** Rider Grace: once in any 12-month period, no late payment charge is levied if the full minimum "
               "amount due reaches us within 3 days after the due date. Interest is still charged.", need=120)
    b.plain_table(
        [LM + 10, LM + 180, LM + 320],
        ["Total amount due", "First late payment**", "Each further late payment within 6 months"],
        [
            ["Up to Rs. 500", "Nil", "Nil"],
            ["Rs. 501 to Rs. 5,000", "Rs. 350", "Rs. 450"],
            ["Rs. 5,001 to Rs. 15,000", "Rs. 650", "Rs. 800"],
            ["Rs. 15,001 to Rs. 40,000", "Rs. 900", "Rs. 1,100"],
            ["Above Rs. 40,000", "Rs. 1,150", "Rs. 1,300"],
        ],
        caption="Late payment charge slabs",
    )

    # ================================================================ benefits
    b.heading("9. Benefits and value-back")
    b.para("Value-back is a credit to your card account, shown in the next statement. Caps apply per statement "
           "cycle unless the table says otherwise.")
    b.ruled_table(
        [150, 111, 111, 111],
        ["Benefit", "Raftaar Lite", "Raftaar Pro", "Raftaar EV"],
        [
            ["Fuel at UrjaPath outlets", "4% value-back, up to Rs. 200", "6% value-back, up to Rs. 650",
             "1% value-back, up to Rs. 100"],
            ["EV charging at ChargeChowk stations", "2% value-back, up to Rs. 100", "3% value-back, up to Rs. 200",
             "10% value-back, up to Rs. 500"],
            ["Fuel surcharge waiver at any fuel station (Rs. 300 to Rs. 4,000 per transaction)", "Up to Rs. 150",
             "Up to Rs. 400", "Up to Rs. 150"],
            ["Tyres, puncture repair and servicing at Raftaar Garage partner workshops", "10% off, up to Rs. 300",
             "15% off, up to Rs. 750", "10% off, up to Rs. 400"],
            ["Metro, bus and commute card top-ups", "5 points per Rs. 100, up to 500 points",
             "10 points per Rs. 100, up to 1,500 points", "5 points per Rs. 100, up to 800 points"],
            ["Mobile recharge and data packs", "3 points per Rs. 100", "5 points per Rs. 100",
             "3 points per Rs. 100"],
            ["All other eligible spends", "1 point per Rs. 150", "2 points per Rs. 150", "1 point per Rs. 150"],
            ["Helmet voucher on first use", "Not included", "Rs. 500", "Rs. 500"],
            ["On-road personal accident cover", "Rs. 2 lakh", "Rs. 10 lakh", "Rs. 5 lakh"],
            ["Hospital cash after a road accident", "Not included", "Rs. 600 a day, up to 10 days a year",
             "Rs. 400 a day, up to 7 days a year"],
        ],
        caption="Table 4: Benefits by variant",
    )
    b.footnote("* The accident cover is active only if the card was used at least once in the 45 days before "
               "the accident. Claims must be made within 60 days of the accident.", need=60)
    b.para("The accident cover and hospital cash are provided at no cost to you.* Helmet vouchers are sent by SMS "
           "within 7 days of your first transaction and can be used at any UrjaPath outlet shop within 90 days.")

    b.heading("10. Reward points")
    b.label("Value of 1 point", "Rs. 0.25 as statement credit, or Rs. 0.30 as UrjaPath Fuel Credit")
    b.label("Minimum redemption", "500 points")
    b.label("Validity", "points expire 24 months after the month they are earned")
    b.label("Where to redeem", "Raah app > Rewards, or by SMS REDEEM to 57070")
    b.para("No points are earned on fuel at non-UrjaPath outlets, rent payments, wallet loads, cash withdrawals, "
           "EMI transactions, insurance premiums or government payments. Points, value-back and the surcharge "
           "waiver are reversed if the purchase is refunded.")

    b.subheading("Slow Week Shield")
    b.para("Platform earnings can fall in a bad month. If your payouts in a month drop by more than 40% compared "
           "with your average, you can ask for a Due Date Shift in the app: the due date of the next statement "
           "moves by up to 10 days without any late payment charge. You can use a Due Date Shift twice in a card "
           "year. Interest on purchases still runs from the original due date if the bill is not paid in full.")

    # ================================================================ statements
    b.heading("11. Statements, payments and interest")
    b.label("Statement date", "choose the 5th, 12th or 20th of each month (change once in a card year)")
    b.label("Payment due date", "18 days after the statement date")
    b.label("Minimum amount due", "5% of the total amount due or Rs. 200, whichever is higher, plus any EMI "
            "instalment and any amount over the limit")
    b.label("Ways to pay", "Raah app, UPI, auto-debit from your payout account, NEFT, or cash at any branch")
    b.label("Statement languages", "English, Hindi, Kannada and Telugu")
    b.para("If you pay only part of the bill, interest is charged on each purchase from the date of the purchase "
           "until the date of full payment, and no interest-free period applies to new purchases until the "
           "total amount due is cleared. Cash withdrawals attract interest from the day of withdrawal.")
    b.subheading("Worked example (Raftaar Lite)")
    b.para("Statement date 5 September, total amount due Rs. 8,000, minimum amount due Rs. 400. You pay Rs. 3,000 "
           "on 23 September (the due date). Interest at 3.45% per month runs on the unpaid Rs. 5,000 until you "
           "clear it. Because the minimum was paid on time, no late payment charge applies.")

    b.heading("12. Card controls and safety")
    b.bullet("when switched on, the card works only at fuel stations and EV charging points. Use it "
             "if you share a fleet vehicle or leave the card with a helper.", bold_lead="Pump Lock: ")
    b.bullet("Contactless payments are limited to Rs. 5,000 per tap; the limit can be lowered in the app but not "
             "raised.")
    b.bullet("International and online use are off when the card is issued; switch them on in Raah app > Card "
             "Controls.")
    b.bullet("To block a lost card at once, send BLOCK followed by the last 4 digits of the card to 57070, or "
             "call the Rider Helpline.")
    b.bullet("You have zero liability for unauthorised transactions if you report them within 3 working days. "
             "Reported within 4 to 7 working days, your liability is capped at Rs. 5,000.")
    b.bullet("Pravahini Bank never asks for your StartCode, SignPIN, card PIN or CVV by phone, e-mail or chat.")

    # ================================================================ timelines
    b.heading("13. Key timelines")
    b.ruled_table(
        [260, 223],
        ["Event", "Timeline"],
        [
            ["Decision after Handshake Sign", "Usually instant; up to 5 working days under manual review (GS-90)"],
            ["Virtual card in the Raah app", "Within 30 minutes of approval"],
            ["Physical card dispatched", "Within 3 working days of approval"],
            ["Physical card delivered", "7 working days in metro cities, 12 working days elsewhere"],
            ["Card activation", "Within 30 days of issue; an unactivated card is closed on day 37 after an "
             "SMS reminder"],
            ["Helmet voucher (Pro and EV)", "Within 7 days of your first transaction"],
            ["Value-back credited", "In the next statement after the purchase"],
            ["Dispute of a transaction", "Raise within 30 days of the statement date; resolved within 45 days"],
            ["Refund of a credit balance", "Within 7 working days of your request"],
            ["Card closure", "Within 7 working days of your request, once all dues are paid"],
            ["Secured Boost deposit freed after closure or Boost Graduation", "Within 10 working days"],
        ],
        caption="Table 5: Key timelines",
    )

    # ================================================================ FAQ
    b.heading("14. Frequently asked questions")
    faqs = [
        ("I deliver for two apps. Are both counted?",
         "Yes. Payouts from up to 3 platforms are added together when your limit is worked out."),
        ("I ride a rented electric scooter from a fleet. Can I get Raftaar EV?",
         "Yes, if the RC shows the fuel type ELECTRIC and you upload a Fleet Authorisation Letter dated within "
         "the last 60 days."),
        ("Do I need Aadhaar to apply?",
         "No. PAN, a permanent two-wheeler driving licence and proof of payouts are enough."),
        ("Can I use the card at any petrol pump?",
         "Yes. Value-back is given only at UrjaPath outlets, but the fuel surcharge waiver works at any fuel "
         "station for transactions between Rs. 300 and Rs. 4,000."),
        ("I stopped riding for a month. Will my card be closed?",
         "No. The card stays open. Your limit is looked at again only at the 6-monthly review."),
        ("Can my younger brother get an add-on card?",
         "No. Add-on cards are offered only on Raftaar Pro, and only for a spouse or parent."),
        ("Can I move from Lite to Pro later?",
         "Yes, free of charge in the app, once you have 6 months of payouts averaging at least Rs. 27,000 and "
         "you are 21 or older. The Pro joining fee is waived on an upgrade."),
        ("My licence photo is very old. What if Face Frame keeps failing?",
         "After 3 failed tries, finish Face Frame at a Depot Desk, where staff check you against your original "
         "licence."),
        ("Can I pay my bill with cash at an UrjaPath outlet?",
         "No. Cash payments are taken only at Pravahini Bank branches."),
    ]
    for i, (q, a) in enumerate(faqs, 1):
        b.ensure(BODY * LEAD * (1 + len(wrap_runs([(a, REG)], RM - LM - 14, BODY))) + 6)
        b.rich([(f"Q{i}. {q}", BOLD)], gap_after=0.5)
        b.para(a, indent=14, gap_after=4)

    # ================================================================ contact
    b.heading("15. Contact us and grievance redressal")
    b.label("Rider Helpline", "1800-266-7070 (toll-free, 6 am to midnight, all days)")
    b.label("WhatsApp", "+91-90040-17070 (type HI to start)")
    b.label("E-mail", "raftaar.care@pravahini-bank.example")
    b.label("Website", "www.pravahini-bank.example/raftaar")
    b.label("Post", "Rider Card Cell, Pravahini Bank Ltd., 9 Riverside Estate, Wardha Road, Nagpur 440015")
    b.para("Escalate a complaint one level at a time. Keep the complaint number sent to you by SMS.", gap_after=2)
    b.ruled_table(
        [62, 180, 140, 101],
        ["Level", "Whom to contact", "When to escalate", "Reply within"],
        [
            ["Level 1", "Rider Helpline, e-mail, WhatsApp, or Help > Raise a complaint in the Raah app",
             "Any complaint", "5 working days"],
            ["Level 2", "Grievance Redressal Officer, Mr. Anirudh Kolhatkar, gro.raftaar@pravahini-bank.example, "
             "0712-660-4100 (10 am to 6 pm, Monday to Friday)",
             "No reply within 5 working days, or not satisfied with the Level 1 reply", "8 working days"],
            ["Level 3", "Principal Nodal Officer, Ms. Farzana Qureshi, nodal.officer@pravahini-bank.example, "
             "0712-660-4199",
             "No reply from Level 2 within 8 working days, or not satisfied", "12 working days"],
            ["Level 4", "Banking Ombudsman of the Reserve Bank of India",
             "Complaint not resolved within 30 days of first lodging it with the bank",
             "As per the Ombudsman scheme"],
        ],
        caption="Table 6: Grievance escalation",
    )
    b.para("Complaints about fuel quantity or quality at an UrjaPath outlet are handled by UrjaPath Fuels, not by "
           "the bank: call 1800-419-3030 or write to feedback@urjapath.example.")

    return b.finish(OUT)


if __name__ == "__main__":
    pages = build()
    print(f"wrote {OUT} ({pages} pages)")
