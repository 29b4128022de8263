"""Build the thirteenth evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the card, the app,
people, phone numbers, e-mail addresses, web addresses, fees and rules.

Usage (from the repository root):
    .venv/bin/python data/eval/thirteenth-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign is
written as "Rs." throughout.  Output is deterministic (fixed metadata dates,
no new document id).
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "mandakini_shubhvarsh_pension_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 54.0, 541.0  # left and right margins
TOP = 76.0  # first text baseline area below running header
FOOTER_Y = 812.0
BODY_BOTTOM = 790.0  # lowest y for body text when the page has no footnotes

REG, BOLD = "helv", "hebo"
BODY = 9.4
LEAD = 1.38

HEADER_LEFT = "Mandakini Bank Ltd.  |  Shubhvarsh Pension Credit Card - Customer Guide"
HEADER_RIGHT = "Version 2.1, effective 1 July 2025"


def tl(text: str, font: str = REG, size: float = BODY) -> float:
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def wrap_runs(segments, width, size):
    """Wrap a list of (text, font) segments into lines of (text, font) runs."""
    words = []  # (word, font); "Rs." is kept on the same line as its amount
    for text, font in segments:
        for w in text.split():
            if words and words[-1][0].endswith("Rs.") and words[-1][1] == font:
                words[-1] = (words[-1][0] + " " + w, font)
            else:
                words.append((w, font))
    lines = []
    cur = []  # list of (word, font)
    cur_w = 0.0
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
    # merge consecutive words with the same font into runs
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
            h += len(wrap_runs([(text, REG)], RM - LM, 7.6)) * 7.6 * 1.3 + 2
        return h + (10 if h else 0)

    def bottom(self):
        return BODY_BOTTOM - self.foot_height(self.page.number)

    def ensure(self, h):
        if self.y + h > self.bottom():
            self.new_page()

    def footnote(self, text, need=30.0):
        """Register a footnote for the page on which the next `need` points of body go.

        Call it just BEFORE drawing the text that carries the footnote marker, so
        that the marker and the footnote text always end up on the same page.
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
        """Paragraph of mixed regular/bold segments, with optional hanging prefix."""
        x0 = LM + indent
        width = RM - x0
        lines = wrap_runs(segments, width, size)
        lh = size * LEAD
        for i, runs in enumerate(lines):
            self.ensure(lh)
            self.y += lh
            if i == 0 and first_prefix:
                self.page.insert_text((x0 - tl(first_prefix, REG, size) - 2, self.y - size * 0.3),
                                      first_prefix, fontname=REG, fontsize=size)
            self.draw_runs(x0, self.y - size * 0.3, runs, size)
        self.y += gap_after

    def para(self, text, **kw):
        self.rich([(text, REG)], **kw)

    def bullet(self, text, bold_lead=None, indent=14.0):
        segs = []
        if bold_lead:
            segs.append((bold_lead, BOLD))
        segs.append((text, REG))
        self.rich(segs, indent=indent, first_prefix="-", gap_after=2.0)

    def label(self, label, value, indent=0.0):
        self.rich([(label + ":", BOLD), (value, REG)], indent=indent, gap_after=1.5)

    def heading(self, text, size=12.5):
        self.ensure(size * 1.6 + 40)
        self.y += 8 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size, color=(0.05, 0.2, 0.45))
        self.y += 5

    def subheading(self, text, size=10.2):
        self.ensure(size * 1.5 + 30)
        self.y += 4 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size)
        self.y += 3

    # ----------------------------------------------------------------- tables
    def ruled_table(self, widths, header, rows, size=8.6, pad=3.5, caption=None):
        xs = [LM]
        for w in widths:
            xs.append(xs[-1] + w)
        assert abs(xs[-1] - RM) < 0.6, (xs[-1], RM)
        lh = size * 1.3

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w - 2 * pad, size) for c, w in zip(cells, widths)]
            h = max(len(wl) for wl in wrapped) * lh + 2 * pad
            return wrapped, h

        hdr_wrapped, hdr_h = layout(header, BOLD)

        def draw_row(wrapped, h, fill=None):
            for i, wl in enumerate(wrapped):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h)
                self.page.draw_rect(r, color=(0, 0, 0), fill=fill, width=0.6)
                yy = self.y + pad + size * 0.95
                for runs in wl:
                    self.draw_runs(xs[i] + pad, yy, runs, size)
                    yy += lh
            self.y += h

        if caption:
            self.ensure(size * 2 + hdr_h + 30)
            self.y += size * 1.4
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.6)
            self.y += 4
        first_row_h = layout(rows[0], REG)[1]
        self.ensure(hdr_h + first_row_h)
        draw_row(hdr_wrapped, hdr_h, fill=(0.87, 0.9, 0.95))
        for row in rows:
            wrapped, h = layout(row, REG)
            if self.y + h > self.bottom():
                self.new_page()
                self.page.insert_text((LM, self.y + size), (caption or "Table").rstrip("*") + " (continued)",
                                      fontname=BOLD, fontsize=size + 0.6)
                self.y += size + 6
                draw_row(hdr_wrapped, hdr_h, fill=(0.87, 0.9, 0.95))
            draw_row(wrapped, h)
        self.y += 8

    def plain_table(self, col_x, header, rows, size=8.8):
        """Unruled table: text placed at fixed x positions, no lines drawn."""
        lh = size * 1.3
        widths = [col_x[i + 1] - col_x[i] - 6 for i in range(len(col_x) - 1)] + [RM - col_x[-1]]
        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(w) for w in wrapped) * lh + 3
        hw, hh = layout(header, BOLD)
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
        for page in self.doc:
            page.insert_text((LM, 40), HEADER_LEFT, fontname=BOLD, fontsize=8, color=(0.3, 0.3, 0.3))
            page.insert_text((RM - tl(HEADER_RIGHT, REG, 8), 40), HEADER_RIGHT, fontname=REG,
                             fontsize=8, color=(0.3, 0.3, 0.3))
            notes = self.footnotes.get(page.number, [])
            if notes:
                y = BODY_BOTTOM - self.foot_height(page.number) + 12
                for text in notes:
                    for runs in wrap_runs([(text, REG)], RM - LM, 7.6):
                        y += 7.6 * 1.3
                        self.draw_runs_on(page, LM, y, runs, 7.6)
                    y += 2
            footer = f"Page {page.number + 1} of {n}"
            page.insert_text(((PAGE_W - tl(footer, REG, 8)) / 2, FOOTER_Y + 10), footer,
                             fontname=REG, fontsize=8, color=(0.3, 0.3, 0.3))
            left = "Shubhvarsh Customer Guide"
            page.insert_text((LM, FOOTER_Y + 10), left, fontname=REG, fontsize=7,
                             color=(0.45, 0.45, 0.45))
        self.doc.set_metadata({
            "title": "Shubhvarsh Pension Credit Card - Customer Guide (fictional)",
            "author": "Mandakini Bank Ltd. (fictional)",
            "subject": "Customer guide for a fictional pension-linked credit card",
            "keywords": "fictional, evaluation, credit card, senior citizens",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": "D:20250701000000+05'30'",
            "modDate": "D:20250701000000+05'30'",
        })
        self.doc.save(path, garbage=4, deflate=True, clean=True, no_new_id=True)
        return n

    @staticmethod
    def draw_runs_on(page, x, y, runs, size):
        for text, font in runs:
            page.insert_text((x, y), text, fontname=font, fontsize=size, color=(0.15, 0.15, 0.15))
            x += tl(text, font, size)


def build():
    b = Builder()

    # ============================================================== page 1
    b.page.insert_text((LM, b.y + 6), "MANDAKINI BANK LTD.", fontname=BOLD, fontsize=10,
                       color=(0.05, 0.2, 0.45))
    b.y += 30
    b.page.insert_text((LM, b.y), "Shubhvarsh Pension Credit Card", fontname=BOLD, fontsize=20)
    b.y += 18
    b.page.insert_text((LM, b.y), "Customer guide for senior citizens and pensioners - Essential and Plus variants",
                       fontname=REG, fontsize=10.5)
    b.y += 10
    b.para("This guide (version 2.1, effective 1 July 2025) replaces version 1.4 dated 1 October 2024. "
           "All names, numbers and terms in this document are fictional.", size=8.2, gap_after=6)
    b.para("The Shubhvarsh Pension Credit Card is a pension-linked credit card for retired employees and "
           "family pensioners who receive their monthly pension in a Mandakini Bank pension account. Your "
           "credit limit is worked out from your regular pension, and the card carries health, pharmacy and "
           "rail travel benefits chosen for senior citizens. You can apply entirely on your phone in the "
           "Mandakini Saathi app (the digital route), or ask a bank officer called a Seva Mitra to help you at "
           "home or at a branch (the assisted route).")

    b.heading("1. The card at a glance")
    b.label("Issuer", "Mandakini Bank Ltd., 14 Lakeview Road, Bhopal 462001")
    b.label("Variants", "Shubhvarsh Essential and Shubhvarsh Plus")
    b.label("Credit limit (Essential)", "Rs. 25,000 to Rs. 1,50,000")
    b.label("Credit limit (Plus)", "Rs. 1,50,001 to Rs. 5,00,000")
    b.label("How the limit is set", "up to 3 times your net monthly pension (Essential) or up to 5 times (Plus)")
    b.label("Interest-free period", "20 to 50 days on purchases")
    b.label("Add-on card", "one add-on card for your spouse, free of charge")
    b.label("Mobile app", "Mandakini Saathi, for Android and iOS")
    b.label("Senior Citizens Helpline", "1800-309-4477 (toll-free, 8 am to 10 pm, all days)")
    b.label("SMS service", "send SHUBH to 56161")

    b.heading("2. Who can apply")
    b.para("You can apply if all of the following are true:")
    b.bullet("You are a resident Indian aged 58 years or more on the date of application. The upper age "
             "limit is 80 years for Essential and 75 years for Plus.")
    b.bullet("You are a retired employee (central or state government, defence, public sector, or a private "
             "employer with a pension scheme) or a family pensioner.")
    b.bullet("Your pension has been credited to a Mandakini Bank pension account for at least the last "
             "3 consecutive months.")
    b.bullet("Your net monthly pension is at least Rs. 12,000 for Essential or Rs. 35,000 for Plus.")
    b.bullet("Your PAN is linked to your Aadhaar.")
    b.subheading("Who cannot apply")
    b.bullet("Non-resident Indians and pensioners living abroad, even if their pension is credited in India.")
    b.bullet("Applicants whose pension account is frozen, marked dormant, or under a court or tax attachment.")
    b.bullet("Anyone whose earlier Mandakini Bank credit card was written off, or settled for less than the "
             "full dues, in the last 36 months.")
    b.bullet("A relative or power-of-attorney holder applying on behalf of the pensioner. The pensioner must "
             "apply personally; family members may only help.")
    b.footnote("* Branch applications based on another bank's pension account are considered only for the "
               "Essential variant, with a maximum credit limit of Rs. 75,000.")
    b.bullet("Pensioners whose pension is credited to another bank cannot use the digital route. They may "
             "apply at a branch with the last 6 months' statements of that pension account.*")

    b.heading("3. Documents you need")
    b.bullet("Aadhaar number, with the mobile number linked to it close at hand (for Aadhaar eKYC and e-sign).")
    b.bullet("PAN card. The original card is shown during Video KYC. A printout of an e-PAN is not accepted "
             "on the video call; an e-PAN opened in the DigiLocker app is accepted.")
    b.bullet("Pension Payment Order (PPO) number, printed on your PPO or on your pension slip.")
    b.bullet("Present address proof, only if your current address differs from your Aadhaar address: an "
             "electricity, water or piped-gas bill not older than 2 months, or a registered rent agreement.")
    b.bullet("Assisted route only: one recent passport-size photograph. The Seva Mitra brings the paper "
             "application form with them.")
    b.para("No income tax return, salary slip or guarantor is required.")

    # ============================================================== route choice
    b.heading("4. Choosing your application route")
    b.para("Both routes lead to the same card and the same credit decision rules. Compare them below.")
    b.footnote("** The first doorstep visit is free. A repeat visit requested because documents were not ready "
               "costs Rs. 150. Repeat visits are always free for applicants aged 75 or above and for persons "
               "with disabilities.", need=150)
    b.plain_table(
        [LM, LM + 120, LM + 300],
        ["Feature", "Digital route (Saathi app)", "Assisted route (Seva Mitra)"],
        [
            ["Best for", "Applicants comfortable with a smartphone", "Applicants who prefer help at home or at a branch"],
            ["Where", "Anywhere, on your own phone", "Your home or any Mandakini Bank branch"],
            ["Typical time to decision", "About 30 minutes", "5 working days after the visit"],
            ["Card delivered in", "7 working days", "10 working days"],
            ["Identity check", "Face match and Video KYC", "In-person check of original documents"],
            ["Signature", "Aadhaar OTP e-sign", "Signature on the paper form"],
            ["Virtual card", "Immediately on activation", "Only after the physical card is activated"],
            ["Cost to apply", "Nil", "Nil (repeat doorstep visit Rs. 150)**"],
        ],
    )

    # ============================================================== digital route
    b.heading("5. Digital route: the six stages")
    b.para("The digital route has six stages. Your progress is saved after each stage, and an unfinished "
           "application stays open for 30 days from the day you start it. After 30 days it expires and you "
           "must start again (stop code SV-602).")
    b.subheading("Stage 1 - Mobile number and OTP")
    b.para("Enter the mobile number registered with your pension account. A 6-digit OTP is sent by SMS and is "
           "valid for 3 minutes. You can ask for a fresh OTP up to 3 times. After 5 wrong OTP entries the "
           "application is locked for 24 hours.")
    b.subheading("Stage 2 - Aadhaar eKYC and PAN")
    b.para("Enter your Aadhaar number and the OTP sent to your Aadhaar-linked mobile; this OTP is valid for "
           "10 minutes. Then enter your PAN: the app checks that the PAN is linked to Aadhaar and that the "
           "names match. You get 3 eKYC attempts a day. The eKYC result is valid for 3 days; if Video KYC is "
           "not finished within 3 days, Stage 2 must be repeated.")
    b.subheading("Stage 3 - Pension account link")
    b.para("Select your Mandakini Bank pension account and enter your PPO number. The bank credits Rs. 1 to "
           "the account to confirm that it is active (a penny-drop check) and reads your last 3 pension "
           "credits to work out your limit. Your provisional credit limit is shown at the end of this stage, "
           "and the offer is held for 7 days.")
    b.subheading("Stage 4 - Face match and liveness check")
    b.para("Take a live selfie in the app. You will be asked to blink and to turn your head slowly. The photo "
           "is matched with your Aadhaar photograph. You get 3 tries per session; after 3 failed tries this "
           "stage is locked for 48 hours. Sit facing a window or lamp, remove dark glasses and caps, and hold "
           "the phone at eye level.")
    b.subheading("Stage 5 - Video KYC")
    b.para("A bank officer verifies you on a live video call. Keep your original PAN card, a blank white sheet "
           "of paper and a blue or black pen ready: you will sign on the paper and show it to the camera. The "
           "call usually takes 6 to 8 minutes.")
    b.footnote("* Video KYC is also closed on Sundays and on national holidays. A call that starts by "
               "6:45 pm is completed even if it runs past 7:00 pm.", need=30)
    b.label("Video KYC hours", "9:00 am to 7:00 pm")
    b.label("Video KYC days", "Monday to Saturday, except the second and fourth Saturdays*")
    b.label("Slot booking", "up to 3 days in advance, in 15-minute slots")
    b.label("If the call drops", "rejoin from the Saathi app within 15 minutes to continue the same call")
    b.label("Call languages", "English, Hindi, Marathi, Tamil, Bengali and Telugu")
    b.subheading("Stage 6 - E-sign and activation")
    b.para("Read the Key Fact Statement and the terms, then e-sign with an Aadhaar OTP. The e-sign link stays "
           "valid for 48 hours. Once the credit decision is approved, your virtual card appears in the app; "
           "set a 4-digit card PIN in the app to activate it. The physical card is sent by registered post to "
           "your Aadhaar address and arrives in 7 working days. If a card is not activated within 30 days of "
           "issue, the bank asks for your consent by OTP and closes the card free of charge if you do not "
           "reply within 7 working days.")

    b.ruled_table(
        [112, 122, 130, 123],
        ["Stage", "Main action", "Time limit or validity", "Retry limit"],
        [
            ["1. Mobile OTP", "Verify the mobile registered with your pension account", "OTP valid 3 minutes",
             "3 fresh OTPs; locked 24 hours after 5 wrong entries"],
            ["2. Aadhaar eKYC and PAN", "Aadhaar OTP and PAN check", "Aadhaar OTP 10 minutes; eKYC result 3 days",
             "3 attempts a day"],
            ["3. Pension account link", "PPO number and Rs. 1 penny-drop", "Limit offer held 7 days",
             "Penny-drop retry after 4 hours"],
            ["4. Face match and liveness", "Live selfie with blink", "Each session 10 minutes",
             "3 tries; then locked 48 hours"],
            ["5. Video KYC", "Live call with a bank officer", "Rejoin a dropped call within 15 minutes",
             "2 calls a day"],
            ["6. E-sign and activation", "Aadhaar OTP e-sign, set card PIN",
             "E-sign link 48 hours; activate within 30 days", "3 e-sign attempts per link"],
        ],
        caption="Table 1: Digital route stages at a glance",
    )

    b.heading("6. When a stage stops: stop codes and next steps")
    b.para("If a stage cannot be completed, the app shows a stop code. Note the code before you call us; it "
           "tells the helpline exactly where your application stopped.")
    b.ruled_table(
        [52, 44, 160, 231],
        ["Code", "Stage", "What it means", "What to do next"],
        [
            ["SV-101", "1", "OTP expired", "Tap Resend OTP. You can request 3 fresh OTPs per session."],
            ["SV-102", "1", "Mobile number not registered with the pension account",
             "Update your mobile number at any branch or through a Seva Mitra; the update takes 2 working days."],
            ["SV-103", "1", "Too many wrong OTPs", "Wait 24 hours, then start again from Stage 1."],
            ["SV-201", "2", "Aadhaar OTP not received",
             "Check that the Aadhaar-linked mobile is with you and try again after 30 minutes."],
            ["SV-204", "2", "PAN not linked to Aadhaar",
             "Link PAN and Aadhaar on the Income Tax e-filing portal, then retry 7 days after linking."],
            ["SV-207", "2", "Names in PAN and Aadhaar do not match",
             "Continue through the assisted route; the Seva Mitra records the difference with a signed declaration."],
            ["SV-301", "3", "Fewer than 3 pension credits found", "Apply after your third monthly pension credit."],
            ["SV-305", "3", "Penny-drop check failed",
             "Make sure the pension account is active and not dormant, then retry after 4 hours."],
            ["SV-310", "3", "PPO number does not match bank records",
             "Visit your home branch with a copy of the PPO to correct the records (3 working days)."],
            ["SV-401", "4", "Face did not match the Aadhaar photo",
             "Retry in better light. After 3 failures wait 48 hours or switch to the assisted route."],
            ["SV-402", "4", "Liveness not detected",
             "Blink and turn slowly when prompted, and avoid a bright window behind you."],
            ["SV-501", "5", "Outside Video KYC hours", "Book a slot for the next working day in the app."],
            ["SV-503", "5", "Video call dropped",
             "Rejoin from the app within 15 minutes; after that, book a new slot."],
            ["SV-509", "5", "Original PAN not shown on the call",
             "Book a new slot and keep the original PAN card or the DigiLocker e-PAN ready."],
            ["SV-601", "6", "E-sign failed or e-sign link expired",
             "Request a new e-sign link from the app; each link is valid for 48 hours."],
            ["SV-602", "Any", "Application expired after 30 days",
             "Start a new application. Completed eKYC is not carried over."],
            ["SV-900", "After 6", "Application referred for manual review",
             "A credit officer calls you within 3 working days. No action is needed from you."],
        ],
        caption="Table 2: Stop codes",
    )

    # ============================================================== assisted route
    b.heading("7. Assisted route: doorstep or branch")
    b.para("If you cannot complete the digital route - for example you do not use a smartphone, the face "
           "match keeps failing, or the names in your PAN and Aadhaar differ - ask for a Seva Mitra.")
    b.bullet("Call 1800-309-4477 and press 3, send SHUBH to 56161, tap Request a Seva Mitra in the app, or "
             "walk into any of our 214 branches.", bold_lead="How to ask: ")
    b.bullet("A Seva Mitra visits your home within 3 working days of your request, between 10:00 am and "
             "5:00 pm, Monday to Saturday.", bold_lead="Visit: ")
    b.bullet("Doorstep visits are available within 25 km of a Mandakini Bank branch. Beyond that distance the "
             "application is taken at the nearest branch.", bold_lead="Coverage: ")
    b.bullet("Before the visit you receive an SMS with the officer's name and a 4-digit visit code. Ask the "
             "officer to tell you the code before you let them in or show any document.",
             bold_lead="Safety: ")
    b.bullet("The Seva Mitra checks your original Aadhaar and PAN, takes your signature on the paper form and "
             "your photograph. No fee or cash is collected at the visit.", bold_lead="At the visit: ")
    b.bullet("The credit decision is sent by SMS within 5 working days of the visit, and the card is delivered "
             "in 10 working days.", bold_lead="Decision: ")
    b.bullet("A family member may sit with you and help, but you must sign the form yourself. A thumb "
             "impression must be attested by a bank officer.", bold_lead="Family help: ")

    # ============================================================== fees
    b.heading("8. Fees and charges")
    b.footnote("* GST at 18% is added to all fees, charges and interest. Amounts in Tables 3 and 4 are before GST.",
               need=70)
    b.ruled_table(
        [175, 150, 162],
        ["Fee or charge", "Shubhvarsh Essential", "Shubhvarsh Plus"],
        [
            ["Joining fee", "Nil", "Rs. 999"],
            ["Annual fee (from the second year)", "Nil",
             "Rs. 999; waived if you spent Rs. 1,20,000 or more in the previous card year"],
            ["Add-on card for spouse", "Nil", "Nil"],
            ["Interest on unpaid balance and cash", "3.15% a month (37.8% a year)", "2.75% a month (33% a year)"],
            ["Cash withdrawal fee", "2.5% of the amount, minimum Rs. 300", "2.5% of the amount, minimum Rs. 300"],
            ["Over-limit fee", "2.5% of the over-limit amount, minimum Rs. 500", "Nil"],
            ["Foreign currency markup", "3.5%", "1.99%"],
            ["Rent payment fee", "1% of the amount", "1% of the amount"],
            ["Payment return (cheque or auto-debit)", "2% of the amount, minimum Rs. 450",
             "2% of the amount, minimum Rs. 450"],
            ["Card replacement (lost, stolen or damaged)", "Rs. 100", "Nil"],
            ["Cash payment of the bill at a branch", "Rs. 100 per payment", "Nil"],
            ["Duplicate statement older than 3 months", "Rs. 50 per statement", "Rs. 50 per statement"],
            ["Repeat doorstep visit", "Rs. 150", "Rs. 150"],
        ],
        caption="Table 3: Fees and charges*",
    )
    b.ruled_table(
        [260, 227],
        ["Total amount due on the statement", "Late payment fee"],
        [
            ["Up to Rs. 500", "Nil"],
            ["Rs. 501 to Rs. 5,000", "Rs. 400"],
            ["Rs. 5,001 to Rs. 10,000", "Rs. 750"],
            ["Rs. 10,001 to Rs. 25,000", "Rs. 950"],
            ["Rs. 25,001 to Rs. 50,000", "Rs. 1,100"],
            ["Above Rs. 50,000", "Rs. 1,300"],
        ],
        caption="Table 4: Late payment fee (both variants)",
    )
    b.para("The late payment fee is charged only when the minimum amount due is not paid within 3 days after "
           "the payment due date. The slab depends on the total amount due shown on the statement.")

    # ============================================================== benefits
    b.heading("9. Benefits")
    b.ruled_table(
        [92, 135, 150, 110],
        ["Benefit", "Value", "Condition", "Validity"],
        [
            ["Health check-up voucher", "Essential: 1 voucher worth Rs. 2,500. Plus: 2 vouchers worth Rs. 3,000 each",
             "Essential: spend Rs. 40,000 in the card year. Plus: no spend condition",
             "90 days from the date of issue"],
            ["Pharmacy cashback", "Essential 5%, Plus 10%",
             "Pharmacy bill of Rs. 500 or more; cashback up to Rs. 300 a month (Essential) or Rs. 600 a month (Plus)",
             "Credited with the next statement"],
            ["Railway lounge visits", "Essential: 1 visit per quarter. Plus: 3 visits per quarter",
             "Essential: spend Rs. 15,000 in the previous quarter. Plus: no spend condition. 40 partner station lounges",
             "Unused visits lapse at the end of each quarter"],
            ["Fuel surcharge waiver", "1% surcharge waived", "Fuel bills from Rs. 400 to Rs. 4,000",
             "Up to Rs. 250 (Essential) or Rs. 500 (Plus) per statement cycle"],
            ["Doctor tele-consultation", "Plus: 12 free consultations a year",
             "Plus only; 24x7 through the Saathi app", "Card year"],
            ["Welcome points", "Essential: 1,000 Shubh Points. Plus: 3,000 Shubh Points",
             "Spend Rs. 5,000 within 60 days of card issue", "One time"],
            ["Bill autopay cashback", "Rs. 50 a month",
             "Electricity or phone bill set up on autopay with the card", "First 6 months"],
        ],
        caption="Table 5: Benefits",
    )

    # ============================================================== rewards
    b.heading("10. Shubh Points: earning and redeeming")
    b.subheading("Earning")
    b.label("Essential", "2 Shubh Points for every Rs. 100 spent")
    b.label("Plus", "4 Shubh Points for every Rs. 100 spent")
    b.label("Cap per statement cycle", "3,000 points (Essential) or 8,000 points (Plus)")
    b.para("No points are earned on fuel, rent payments, wallet loads, cash withdrawals, EMI conversions, "
           "insurance premiums, or government and tax payments. Pharmacy bills earn cashback (Table 5) "
           "instead of points.")
    b.subheading("Redeeming")
    b.plain_table(
        [LM, LM + 230, LM + 340],
        ["Redeem for", "Value of 1 point", "Limit"],
        [
            ["Statement credit", "Rs. 0.25", "Maximum 10,000 points a month"],
            ["Health and pharmacy voucher catalogue", "Rs. 0.30", "No monthly limit"],
            ["Railway tickets booked in the Saathi app", "Rs. 0.20", "Maximum 5,000 points a booking"],
        ],
    )
    b.label("Minimum redemption", "500 points")
    b.label("Redemption fee", "Nil")
    b.label("Validity", "points expire 36 months after the month in which they are earned")
    b.label("On card closure", "unredeemed points lapse 45 days after the card is closed")

    # ============================================================== statements
    b.heading("11. Statements, payments and interest")
    b.label("Statement date", "5th of every month; you can change it to the 15th or the 25th once per card year")
    b.label("Payment due date", "20 days after the statement date")
    b.label("Minimum amount due", "5% of the total amount due or Rs. 200, whichever is higher, plus any EMI "
            "and over-limit amount")
    b.label("Late fee grace", "3 days after the payment due date")
    b.label("Statement delivery", "e-mail and the Saathi app; a large-print paper statement is free on request")
    b.label("Auto-debit", "from your pension account on the due date, for the full or the minimum amount")
    b.para("If you pay the total amount due by the due date, no interest is charged on purchases. If you pay "
           "less, interest is charged on every purchase from its transaction date, and on the unpaid balance "
           "until it is paid. Cash withdrawals attract interest from the day of withdrawal even when the full "
           "amount is paid.")
    b.subheading("Worked example (Essential, 3.15% a month, that is 37.8% a year)")
    b.para("Mr. Arvind Kulkarni buys medicines and a mobile phone for Rs. 20,000 on 10 June. His statement dated "
           "5 July shows Rs. 20,000 due by 25 July. He pays Rs. 8,000 on 25 July and nothing more before the "
           "next statement on 5 August.")
    b.bullet("Interest on Rs. 20,000 from 10 June to 24 July (45 days): 20,000 x 37.8% x 45/365 = Rs. 932.05")
    b.bullet("Interest on Rs. 12,000 from 25 July to 5 August (12 days): 12,000 x 37.8% x 12/365 = Rs. 149.13")
    b.bullet("Total interest Rs. 1,081.18 plus GST at 18% (Rs. 194.61): Rs. 1,275.79 is added to the "
             "5 August statement.")
    b.para("No late fee applies, because he paid more than the minimum amount due of Rs. 1,000 on time.")

    # ============================================================== controls
    b.heading("12. Card controls and safety")
    b.bullet("In the Saathi app, under Card Controls, you can switch online payments, contactless (tap) "
             "payments, ATM cash withdrawals and international use on or off. International use is off when "
             "the card is issued.", bold_lead="Switches: ")
    b.bullet("Tap payments without a PIN are allowed up to Rs. 5,000 a tap. You can set a lower tap limit, "
             "from Rs. 500 upwards.", bold_lead="Contactless: ")
    b.bullet("Set your own daily spend limit, from Rs. 1,000 up to your full credit limit.",
             bold_lead="Daily limit: ")
    b.bullet("Cash withdrawals are limited to 20% of your credit limit, and to Rs. 10,000 a day.",
             bold_lead="Cash: ")
    b.bullet("You can nominate one family member to receive SMS alerts for transactions above Rs. 10,000. "
             "The Trusted Contact cannot see your statement or use your card.", bold_lead="Trusted Contact: ")
    b.bullet("Block the card at once in the app (Card Controls > Block card) or call 1800-309-4477. Your "
             "liability is nil for unauthorised transactions reported within 3 working days; if reported "
             "within 4 to 7 working days, it is capped at Rs. 5,000.", bold_lead="Lost or stolen card: ")
    b.bullet("Never share your OTP, PIN or CVV. Bank staff, including the Video KYC officer and the Seva Mitra, "
             "will never ask for them.", bold_lead="OTP safety: ")
    b.bullet("You may close the card within 30 days of issue without any charge, and the joining fee is "
             "refunded in full.", bold_lead="Free-look period: ")

    # ============================================================== timelines
    b.heading("13. Key timelines")
    for lbl, val in [
        ("Mobile OTP (Stage 1)", "valid 3 minutes"),
        ("Aadhaar OTP (Stage 2)", "valid 10 minutes"),
        ("eKYC result", "valid 3 days"),
        ("Provisional limit offer", "held 7 days"),
        ("E-sign link", "valid 48 hours"),
        ("Unfinished digital application", "expires after 30 days"),
        ("Seva Mitra visit", "within 3 working days of the request"),
        ("Credit decision, assisted route", "within 5 working days of the visit"),
        ("Card delivery", "7 working days (digital) or 10 working days (assisted)"),
        ("Card activation", "within 30 days of issue"),
        ("Free-look closure", "within 30 days of issue"),
        ("Payment due date", "20 days after the statement date"),
        ("Health check-up voucher", "usable for 90 days"),
        ("Shubh Points", "expire after 36 months"),
    ]:
        b.label(lbl, val, indent=10)

    # ============================================================== FAQ
    b.heading("14. Frequently asked questions")
    faqs = [
        ("Can a family pensioner apply?",
         "Yes. Family pensioners who receive the pension in a Mandakini Bank pension account can apply on the "
         "same terms as retired employees."),
        ("My pension comes to another bank. Can I still get the card?",
         "Yes, but only at a branch, with the last 6 months' statements of that pension account, and only for "
         "the Essential variant with a limit of up to Rs. 75,000."),
        ("Will the bank take money from my pension account when I apply?",
         "No. The bank only credits Rs. 1 to check the account. Money is debited from the pension account only "
         "if you set up auto-debit for your card bill."),
        ("I do not have a smartphone. What should I do?",
         "Ask for a Seva Mitra. Call 1800-309-4477 and press 3, or visit any branch."),
        ("Can my son fill in the application for me?",
         "He may help you, but the face match, the Video KYC call and the signature must be your own."),
        ("Can I get an add-on card for my daughter?",
         "No. Only one add-on card is issued, and only for your spouse."),
        ("Will my credit limit go up when my pension is revised?",
         "Your limit is reviewed once every 12 months against your latest pension credits. You may also ask "
         "for an increase in the app after 6 months of card use."),
        ("Can I move from Essential to Plus?",
         "Yes, free of charge in the app, once your net monthly pension reaches Rs. 35,000 and you are not "
         "older than 75."),
        ("What happens if my pension stops for some time?",
         "If no pension is credited for 2 consecutive months, new spends on the card are paused until the "
         "pension resumes or the dues are paid in full."),
        ("Can I use the card abroad?",
         "Yes, after you switch on international use in Card Controls. The foreign currency markup is 3.5% "
         "on Essential and 1.99% on Plus."),
        ("Can I pay my card bill in cash?",
         "Yes, at any branch. Essential cardholders pay Rs. 100 per cash payment; it is free for Plus."),
        ("Can I get my statement in Hindi?",
         "Yes. Statements are available in English and Hindi; choose the language in the Saathi app."),
    ]
    for i, (q, a) in enumerate(faqs, 1):
        b.ensure(BODY * LEAD * (1 + len(wrap_runs([(a, REG)], RM - LM - 14, BODY))) + 6)
        b.rich([(f"Q{i}. {q}", BOLD)], gap_after=0.5)
        b.para(a, indent=14, gap_after=4)

    # ============================================================== grievances
    b.heading("15. Contact us and grievance redressal")
    b.label("Senior Citizens Helpline", "1800-309-4477 (toll-free, 8 am to 10 pm, all days)")
    b.label("Calling from abroad", "+91-22-6190-4477 (call charges apply)")
    b.label("E-mail", "shubhvarsh.care@mandakini-bank.example")
    b.label("Website", "www.mandakini-bank.example/shubhvarsh")
    b.label("Post", "Card Services, Mandakini Bank Ltd., 14 Lakeview Road, Bhopal 462001")
    b.para("Escalate your complaint step by step. Keep the complaint reference number sent to you by SMS.",
           gap_after=2)
    b.ruled_table(
        [70, 170, 140, 107],
        ["Level", "Whom to contact", "When to escalate", "Reply within"],
        [
            ["Level 1", "Customer Care: helpline, e-mail, or Raise a complaint in the Saathi app",
             "Any complaint", "7 working days"],
            ["Level 2", "Grievance Redressal Officer, Ms. Rekha Deshpande, gro.cards@mandakini-bank.example, "
             "0755-419-2200 (10 am to 6 pm, Monday to Friday)",
             "No reply within 7 working days, or not satisfied with the Level 1 reply", "10 working days"],
            ["Level 3", "Principal Nodal Officer, Mr. Harish Venkataraman, nodal.officer@mandakini-bank.example, "
             "0755-419-2299",
             "No reply from Level 2 within 10 working days, or not satisfied", "15 working days"],
            ["Level 4", "Banking Ombudsman of the Reserve Bank of India",
             "Complaint not resolved within 30 days of first lodging it with the bank",
             "As per the Ombudsman scheme"],
        ],
        caption="Table 6: Grievance escalation",
    )
    b.footnote("* The senior desk also calls back within 2 hours if you leave a missed call on 1800-309-4477 "
               "between 8 am and 8 pm.")
    b.para("Complaints from cardholders aged 70 or above go to a dedicated senior desk and are answered at "
           "Level 1 within 5 working days.*")

    return b.finish(OUT)


if __name__ == "__main__":
    pages = build()
    print(f"wrote {OUT} ({pages} pages)")
