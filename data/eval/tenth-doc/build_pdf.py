"""Build the fictional 'Meghdoot Bank Saathi RuPay Credit Card' customer guide.

Self-contained: uses only PyMuPDF and the built-in Helvetica fonts.
Run from the repository root:

    .venv/bin/python data/eval/tenth-doc/build_pdf.py

The output is deterministic (fixed metadata dates, no new file id),
so rebuilding gives a byte-identical PDF.
Everything in this document is invented for evaluation purposes.
"""

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "meghdoot-bank-saathi-rupay-credit-card.pdf")

PAGE_W, PAGE_H = 595, 842  # A4 in points
LM, RM = 50, 50
TOP, BOTTOM = 74, 782
CONTENT_W = PAGE_W - LM - RM

REG, BOLD = "helv", "hebo"
BLACK = (0, 0, 0)
DARK = (0.12, 0.16, 0.35)
GREY = (0.35, 0.35, 0.35)
HEAD_FILL = (0.87, 0.89, 0.94)

HEADER_L = "Meghdoot Bank Limited  |  Saathi RuPay Credit Card - Customer Guide"
HEADER_R = "Version 3.1  |  Effective 1 April 2025"
FOOTER_L = "Meghdoot Bank Limited. Saathi card guide for gig and platform workers."
DATE = "D:20250401090000+05'30'"


def text_len(s, font, size):
    return pymupdf.get_text_length(s, fontname=font, fontsize=size)


def wrap(text, font, size, width):
    """Greedy word wrap; honours explicit newlines."""
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        for w in words:
            cand = w if not line else line + " " + w
            if text_len(cand, font, size) <= width:
                line = cand
                continue
            if line:
                out.append(line)
            # hard-split very long words
            while text_len(w, font, size) > width:
                cut = len(w)
                while cut > 1 and text_len(w[:cut], font, size) > width:
                    cut -= 1
                out.append(w[:cut])
                w = w[cut:]
            line = w
        out.append(line)
    return out


class Builder:
    def __init__(self, total_pages=0):
        self.doc = pymupdf.open()
        self.page = None
        self.y = BOTTOM + 1
        self.total = total_pages

    # ---------------------------------------------------------------- pages
    def new_page(self):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.y = TOP
        self.running_header(self.page)

    def running_header(self, page):
        page.insert_text((LM, 40), HEADER_L, fontname=BOLD, fontsize=8, color=DARK)
        w = text_len(HEADER_R, REG, 8)
        page.insert_text((PAGE_W - RM - w, 40), HEADER_R, fontname=REG, fontsize=8, color=GREY)
        page.draw_line((LM, 48), (PAGE_W - RM, 48), color=DARK, width=0.8)

    def ensure(self, h):
        if self.page is None or self.y + h > BOTTOM:
            self.new_page()

    def finish_pages(self):
        n = self.total or len(self.doc)
        for i, page in enumerate(self.doc):
            page.draw_line((LM, 800), (PAGE_W - RM, 800), color=DARK, width=0.5)
            page.insert_text((LM, 813), FOOTER_L, fontname=REG, fontsize=7.5, color=GREY)
            pg = "Page %d of %d" % (i + 1, n)
            w = text_len(pg, REG, 7.5)
            page.insert_text((PAGE_W - RM - w, 813), pg, fontname=REG, fontsize=7.5, color=GREY)

    # ----------------------------------------------------------------- text
    def lines(self, text, font=REG, size=9.5, indent=0, color=BLACK, lead=1.38, after=4):
        lh = size * lead
        for ln in wrap(text, font, size, CONTENT_W - indent):
            self.ensure(lh)
            self.page.insert_text((LM + indent, self.y + size), ln, fontname=font,
                                  fontsize=size, color=color)
            self.y += lh
        self.y += after

    def title(self, text, size=18):
        self.ensure(size * 2)
        self.lines(text, font=BOLD, size=size, color=DARK, lead=1.25, after=2)

    def h1(self, text):
        self.ensure(70)
        self.y += 6
        self.lines(text, font=BOLD, size=13, color=DARK, lead=1.3, after=3)
        self.page.draw_line((LM, self.y - 2), (LM + 120, self.y - 2), color=DARK, width=1.2)
        self.y += 4

    def h2(self, text):
        self.ensure(50)
        self.y += 2
        self.lines(text, font=BOLD, size=10.5, color=DARK, lead=1.3, after=2)

    def para(self, text, **kw):
        self.lines(text, **kw)

    def bullets(self, items, size=9.5):
        lh = size * 1.38
        for it in items:
            ls = wrap(it, REG, size, CONTENT_W - 14)
            self.ensure(lh)
            self.page.draw_circle((LM + 4, self.y + size * 0.62), 1.6, color=BLACK, fill=BLACK)
            for ln in ls:
                self.ensure(lh)
                self.page.insert_text((LM + 14, self.y + size), ln, fontname=REG,
                                      fontsize=size, color=BLACK)
                self.y += lh
            self.y += 1.5
        self.y += 3

    def caption(self, text):
        self.ensure(60)
        self.lines(text, font=BOLD, size=9, color=DARK, lead=1.3, after=3)

    def two_columns(self, left, right, size=9.2, gap=22):
        colw = (CONTENT_W - gap) / 2
        lh = size * 1.38
        ll = []
        for p in left:
            ll += wrap(p, REG, size, colw) + [""]
        rl = []
        for p in right:
            rl += wrap(p, REG, size, colw) + [""]
        n = max(len(ll), len(rl))
        self.ensure(n * lh)
        y0 = self.y
        for i, ln in enumerate(ll):
            if ln:
                self.page.insert_text((LM, y0 + i * lh + size), ln, fontname=REG,
                                      fontsize=size)
        for i, ln in enumerate(rl):
            if ln:
                self.page.insert_text((LM + colw + gap, y0 + i * lh + size), ln,
                                      fontname=REG, fontsize=size)
        self.y = y0 + n * lh + 2

    # ---------------------------------------------------------------- table
    def table(self, headers, rows, widths, size=8.6, cont_label=None):
        """Ruled table; splits across pages and repeats the header row."""
        total = float(sum(widths))
        ws = [CONTENT_W * w / total for w in widths]
        xs = [LM]
        for w in ws:
            xs.append(xs[-1] + w)
        pad = 3.2
        lh = size * 1.3

        def layout(cells, font):
            wrapped = [wrap(c, font, size, ws[i] - 2 * pad) for i, c in enumerate(cells)]
            h = max(len(w) for w in wrapped) * lh + 2 * pad
            return wrapped, h

        head_wrapped, head_h = layout(headers, BOLD)
        seg = {"top": None, "bounds": []}

        def start_segment(continued):
            if continued and cont_label:
                self.lines(cont_label, font=BOLD, size=8.5, color=GREY, lead=1.3, after=2)
            seg["top"] = self.y
            seg["bounds"] = [self.y]
            self.page.draw_rect(pymupdf.Rect(LM, self.y, xs[-1], self.y + head_h),
                                color=None, fill=HEAD_FILL, width=0)
            draw_row(head_wrapped, BOLD)
            self.y += head_h
            seg["bounds"].append(self.y)

        def draw_row(wrapped, font):
            for i, ls in enumerate(wrapped):
                for j, ln in enumerate(ls):
                    self.page.insert_text((xs[i] + pad, self.y + pad + j * lh + size * 0.92),
                                          ln, fontname=font, fontsize=size, color=BLACK)

        def close_segment():
            top, bot = seg["top"], seg["bounds"][-1]
            for b in seg["bounds"]:
                self.page.draw_line((xs[0], b), (xs[-1], b), color=BLACK, width=0.6)
            for x in xs:
                self.page.draw_line((x, top), (x, bot), color=BLACK, width=0.6)

        self.ensure(head_h + 2 * lh + 2 * pad + 4)
        start_segment(False)
        for r in rows:
            wrapped, h = layout(r, REG)
            if self.y + h > BOTTOM:
                close_segment()
                self.new_page()
                start_segment(True)
            draw_row(wrapped, REG)
            self.y += h
            seg["bounds"].append(self.y)
        close_segment()
        self.y += 10

    def save(self):
        if len(self.doc) != self.total:
            n = len(self.doc)
            self.doc.close()
            return n
        self.finish_pages()
        self.doc.set_metadata({
            "title": "Saathi RuPay Credit Card - Customer Guide",
            "author": "Meghdoot Bank Limited",
            "subject": "Customer guide: Saathi RuPay credit card for gig and platform workers",
            "keywords": "credit card, RuPay, UPI, gig workers, fees, rewards, application",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": DATE,
            "modDate": DATE,
            "trapped": "",
        })
        self.doc.save(OUT, garbage=4, deflate=True, clean=True, no_new_id=True)
        self.doc.close()
        return None


def build(total_pages=0):
    b = Builder(total_pages)
    b.new_page()

    # ------------------------------------------------------------ title
    b.title("Saathi RuPay Credit Card")
    b.para("Customer guide for gig, delivery, ride-hailing and freelance workers",
           font=BOLD, size=11, color=GREY, after=2)
    b.para("Meghdoot Bank Limited  |  Version 3.1, effective 1 April 2025  |  "
           "Please read this guide together with the Most Important Terms and Conditions.",
           size=8.5, color=GREY, after=8)

    # ------------------------------------------------------------ 1
    b.h1("1. Overview and card variants")
    b.h2("1.1 What the Saathi card is")
    b.para("The Meghdoot Saathi RuPay Credit Card is a credit card built for people whose income comes "
           "from platforms and short assignments: food and parcel delivery partners, cab and bike-taxi "
           "drivers, home-service professionals and freelancers. The card runs on the RuPay network, so "
           "you can link it to a UPI app and pay at shops by scanning a QR code, using your credit limit "
           "instead of the money in your savings account. Your card is available in the Meghdoot Mobile "
           "app from the first day as a virtual card; a physical card follows by courier.")
    b.h2("1.2 Key features")
    b.bullets([
        "Scan-and-pay with UPI: link the card to a UPI app and pay merchants by QR code. Person-to-person "
        "UPI transfers (for example, sending money to a friend or relative) are not allowed on a credit card.",
        "Weekly Repay: split your monthly bill into four equal weekly payments that match your weekly "
        "payouts, at no extra charge. Enrol in the app at least 2 days before your statement date.",
        "Slow Week Shield (Saathi Plus and Saathi Pro only): once in each card year you can move your "
        "payment due date forward by 15 days without a late payment charge. Interest is still charged as "
        "usual. Ask for it in the app at least 2 days before the due date.",
        "Saathi Coins: reward points on every eligible spend, with higher rates on fuel, EV charging, "
        "mobile recharges and vehicle servicing (see section 6).",
    ])
    b.h2("1.3 Variants at a glance")
    b.caption("Table 1: Saathi variants")
    b.table(
        ["Feature", "Saathi Lite", "Saathi Plus", "Saathi Pro"],
        [
            ["Credit limit range", "Rs. 10,000 to Rs. 50,000", "Rs. 30,000 to Rs. 1,50,000",
             "Rs. 1,00,000 to Rs. 3,00,000"],
            ["Minimum average monthly earnings", "Rs. 12,000", "Rs. 25,000", "Rs. 50,000"],
            ["Joining fee", "Nil", "Rs. 299", "Rs. 799"],
            ["Annual fee", "Nil (lifetime free)", "Rs. 299", "Rs. 799"],
            ["Cash withdrawal", "Not available", "Up to 20% of credit limit", "Up to 30% of credit limit"],
            ["Slow Week Shield", "No", "Yes", "Yes"],
            ["Insurance cover", "None", "Personal accident cover", "Accident, hospital cash and screen cover"],
            ["Card colour", "Sky blue", "Saffron", "Graphite"],
        ],
        [2.2, 2, 2, 2],
    )

    # ------------------------------------------------------------ 2
    b.h1("2. Eligibility and documents")
    b.h2("2.1 Who can apply")
    b.bullets([
        "Indian residents aged 21 to 60 years on the date of application. For Saathi Lite the age band "
        "is 18 to 60 years.",
        "You have earned from one or more registered platforms, or as a freelancer, for at least 6 months.",
        "Your average monthly earnings over the last 6 months meet the minimum for the variant (Table 1).",
        "You have a mobile number linked to your Aadhaar and a savings account in any Indian bank that "
        "receives your payouts.",
        "A credit score of 680 or more from any credit bureau. Applicants with no credit history "
        "(new to credit) can apply for Saathi Lite only.",
    ])
    b.h2("2.2 Who cannot apply")
    b.bullets([
        "Anyone with a credit card or loan that was written off or settled in the last 36 months.",
        "Anyone who already holds a Saathi card, or has a Saathi application in progress.",
        "Anyone whose Saathi application was declined in the last 90 days.",
    ])
    b.h2("2.3 Documents you will need")
    b.caption("Table 2: Documents")
    b.table(
        ["Document", "Why we need it", "What is accepted"],
        [
            ["PAN", "Identity and credit check", "PAN number in the app; the original PAN card is shown "
             "on camera during Video KYC"],
            ["Aadhaar", "eKYC and address", "Aadhaar OTP verification; no photocopy needed"],
            ["Proof of earnings", "To decide your variant and credit limit", "Account Aggregator consent "
             "for your payout bank account (preferred), or the last 6 months of platform earnings "
             "statements as PDF files, up to 5 MB each"],
            ["Current address proof (only if different from Aadhaar)", "Card delivery",
             "Utility bill not older than 2 months, or a registered rent agreement"],
            ["Selfie", "Liveness and face match", "Taken live in the app; uploaded photos are not accepted"],
        ],
        [2, 2.2, 3.8],
    )
    b.h2("2.4 Before you start: a quick checklist")
    b.two_columns(
        [
            "Keep your phone charged above 30% and on a stable 4G or Wi-Fi connection. The Video KYC "
            "call uses about 60 MB of data.",
            "Sit in a well-lit, quiet place. Avoid sitting with a window or a bright light behind you, "
            "and keep your face fully inside the frame.",
        ],
        [
            "Keep your original PAN card, a blank white sheet of paper and a blue or black pen ready; "
            "the officer will ask you to sign on the paper and show it on camera.",
            "You must be physically in India during the call. Remove helmets, caps, masks and dark "
            "glasses before the call starts.",
        ],
    )

    # ------------------------------------------------------------ 3
    b.h1("3. The online application journey")
    b.para("You can apply in the Meghdoot Mobile app (Android and iOS) or at saathi.meghdootbank.in. "
           "The journey has six stages. Stages 1 to 4 and Stage 6 are open 24 hours a day, 7 days a "
           "week; Video KYC (Stage 5) runs only during fixed hours. If you leave midway, your progress "
           "is saved for 15 days; after that you must start again.")
    b.caption("Table 3: Application stages")
    b.table(
        ["Stage", "What happens", "Typical time", "When available"],
        [
            ["1. Mobile verification", "Enter the mobile number linked to your Aadhaar and type the "
             "6-digit OTP. The OTP is valid for 3 minutes. Three wrong OTPs lock the journey for 30 minutes.",
             "1 minute", "24x7"],
            ["2. PAN and Aadhaar eKYC", "Enter your PAN, then confirm Aadhaar with a second OTP. Your name "
             "and date of birth must match on both.", "3 minutes", "24x7"],
            ["3. Selfie and liveness check", "Take a live selfie; the app asks you to blink and turn your "
             "head. The photo is matched with your Aadhaar photo. Up to 3 attempts.", "2 minutes", "24x7"],
            ["4. Earnings and offer", "Give Account Aggregator consent or upload statements. You then see "
             "your variant and credit limit offer and accept it.", "5 to 10 minutes with Account "
             "Aggregator; up to 48 working hours for uploaded statements",
             "24x7 (uploaded statements are reviewed on working days)"],
            ["5. Video KYC", "Live video call with a Meghdoot officer, who checks your original PAN, "
             "captures your signature and confirms your location.", "6 to 8 minutes; waiting time is "
             "usually under 10 minutes", "9:00 AM to 9:00 PM, Monday to Saturday, except bank holidays"],
            ["6. Card issue and activation", "Your virtual card appears in the app. Set the card PIN and "
             "UPI PIN and link the card to a UPI app. The physical card is dispatched.",
             "Virtual card within 15 minutes of Video KYC approval", "24x7"],
        ],
        [1.7, 3.6, 1.8, 1.9],
        cont_label="Table 3 (continued): Application stages",
    )
    b.para("Video KYC must be completed within 3 working days of accepting your offer. You may book a "
           "slot for a later time within those 3 working days. If the deadline passes, the offer lapses "
           "and you restart from Stage 4. If a video call is not possible for you, you can instead "
           "complete KYC at any Meghdoot branch with your original PAN and Aadhaar within the same 3 "
           "working days.")
    b.para("Activate your card within 30 days of issue by setting the card PIN or making your first "
           "transaction. A card that is not activated within 30 days is closed, and no fee is charged.")

    # ------------------------------------------------------------ 4
    b.h1("4. If your application stops: codes and what to do")
    b.para("When an application cannot continue, the status screen in the app and an SMS show a stop "
           "code. Use the table below to understand the code and your next step.")
    b.caption("Table 4: Application stop codes")
    b.table(
        ["Code", "What it means", "What you should do"],
        [
            ["SA-101", "Too many wrong OTPs, or the mobile number is not linked to Aadhaar.",
             "Wait 30 minutes and try again. If your number is not linked, update it at an Aadhaar Seva "
             "Kendra and apply after the update is complete."],
            ["SA-204", "The name or date of birth on your PAN does not match your Aadhaar.",
             "Correct the PAN or Aadhaar record first, then apply again. No data from the failed attempt "
             "is kept."],
            ["SA-307", "The selfie did not pass the liveness or face-match check after 3 attempts.",
             "Nothing to fix: your application moves directly to Video KYC, where the officer checks "
             "your face on the call. Book a slot."],
            ["SA-412", "Earnings are below the minimum for every variant, or you have less than 6 months "
             "of earnings history.", "You may apply again after 90 days. Keep your payouts going to the "
             "same bank account to build history."],
            ["SA-518", "Video KYC could not be completed (call dropped, poor video, location outside "
             "India, or original PAN not shown).", "Reschedule the call from the app within 3 working "
             "days of accepting your offer. Two failed calls close the application."],
            ["SA-620", "Your credit bureau record could not be found, or shows an overdue account.",
             "If you have an overdue loan, clear it and apply again after 60 days. Otherwise call the "
             "helpline and ask for a manual check."],
            ["SA-733", "Another Saathi application or card already exists on your PAN.",
             "Continue the earlier application from the app, or wait until it is closed."],
        ],
        [1.1, 3.4, 4.0],
    )

    # ------------------------------------------------------------ 5
    b.h1("5. Fees and charges")
    b.para("All fees and charges below are subject to GST at 18%. The card year runs from the month "
           "your card is issued.")
    b.caption("Table 5: Schedule of fees and charges")
    b.table(
        ["Charge", "Saathi Lite", "Saathi Plus", "Saathi Pro"],
        [
            ["Joining fee", "Nil", "Rs. 299", "Rs. 799"],
            ["Annual fee (from the second year)", "Nil", "Rs. 299; waived if you spend Rs. 75,000 in the "
             "previous card year", "Rs. 799; waived if you spend Rs. 1,50,000 in the previous card year"],
            ["Add-on card", "Not available", "Not available", "Not available"],
            ["Card replacement (lost, stolen or damaged)", "Rs. 100", "Rs. 100", "Nil"],
            ["Cash withdrawal fee", "Not applicable", "2.5% of the amount, minimum Rs. 300",
             "2.5% of the amount, minimum Rs. 300"],
            ["UPI payments to merchants", "Nil", "Nil", "Nil"],
            ["Foreign currency mark-up", "3.5%", "3.5%", "1.99%"],
            ["Over-limit fee", "2.5% of the over-limit amount, minimum Rs. 500",
             "2.5% of the over-limit amount, minimum Rs. 500", "2.5% of the over-limit amount, minimum Rs. 500"],
            ["Payment return (auto-debit or cheque)", "2% of the payment amount, minimum Rs. 450",
             "2% of the payment amount, minimum Rs. 450", "2% of the payment amount, minimum Rs. 450"],
            ["Rent payments", "1% of the amount", "1% of the amount", "1% of the amount"],
            ["Fuel surcharge waiver", "Not available", "1% on fuel bills of Rs. 400 to Rs. 4,000; up to "
             "Rs. 100 per statement cycle", "1% on fuel bills of Rs. 400 to Rs. 4,000; up to Rs. 250 per "
             "statement cycle"],
            ["Reward redemption fee", "Rs. 49 per request", "Rs. 49 per request", "Nil"],
            ["Duplicate statement (older than 3 months)", "Rs. 50 per statement", "Rs. 50 per statement",
             "Rs. 50 per statement"],
            ["EMI conversion processing fee", "1% of the amount, minimum Rs. 99",
             "1% of the amount, minimum Rs. 99", "1% of the amount, minimum Rs. 99"],
            ["Weekly Repay", "Nil", "Nil", "Nil"],
            ["Card closure", "Nil", "Nil", "Nil"],
            ["Late payment charge", "See Table 9", "See Table 9", "See Table 9"],
        ],
        [2.4, 2, 2.3, 2.3],
        cont_label="Table 5 (continued): Schedule of fees and charges",
    )

    # ------------------------------------------------------------ 6
    b.h1("6. Saathi Coins and other benefits")
    b.h2("6.1 Earning Saathi Coins")
    b.caption("Table 6: Saathi Coins earned per Rs. 100 spent")
    b.table(
        ["Spend category", "Saathi Lite", "Saathi Plus", "Saathi Pro"],
        [
            ["UPI payments to merchants (scan and pay)", "1", "2", "3"],
            ["Fuel and EV charging", "2", "4", "5"],
            ["Mobile recharges and data packs", "2", "5", "5"],
            ["Vehicle servicing, tyres and spare parts", "2", "5", "8"],
            ["All other eligible spends", "1", "1", "2"],
            ["Monthly cap on Saathi Coins earned", "500 coins", "1,500 coins", "3,000 coins"],
            ["Welcome bonus (spend Rs. 5,000 within 30 days of card issue)", "None", "500 coins",
             "1,500 coins"],
        ],
        [3.4, 1.6, 1.6, 1.6],
    )
    b.bullets([
        "1 Saathi Coin is worth Rs. 0.25 when redeemed as a statement credit. Redeem in multiples of "
        "200 coins in the app under Rewards > Redeem; the credit is posted within 2 working days.",
        "Coins expire 24 months after the month in which they are earned. Unused coins lapse when the "
        "card is closed.",
        "No coins are earned on rent payments, wallet loads, fuel surcharge, cash withdrawals, EMI "
        "conversions, fees and charges, or government payments.",
    ])
    b.h2("6.2 Insurance benefits")
    b.para("Saathi Lite does not include insurance cover. A cover is active only if at least one "
           "purchase has been made on the card in the 60 days before the incident.")
    b.caption("Table 7: Insurance benefits")
    b.table(
        ["Benefit", "Saathi Plus", "Saathi Pro"],
        [
            ["Personal accident cover (including while on duty)", "Rs. 5,00,000", "Rs. 10,00,000"],
            ["Hospital daily cash", "Not available", "Rs. 1,000 per day, up to 10 days in a card year"],
            ["Mobile screen damage cover", "Not available", "Up to Rs. 7,500, once per card year"],
        ],
        [3.4, 2.3, 3.3],
    )

    # ------------------------------------------------------------ 7
    b.h1("7. Billing, interest and late payment")
    b.caption("Table 8: Billing and interest rules")
    b.table(
        ["Item", "Rule"],
        [
            ["Statement date", "Choose the 5th, 12th, 20th or 27th of the month in the app. You can change "
             "it once every 6 months."],
            ["Payment due date", "18 days after the statement date."],
            ["Interest-free period", "Up to 48 days on purchases, if the full previous balance was paid by "
             "the due date. There is no interest-free period on cash withdrawals."],
            ["Minimum amount due", "5% of the total outstanding or Rs. 200, whichever is higher, plus any "
             "EMI instalment, over-limit amount and fees."],
            ["Interest rate", "Saathi Lite and Saathi Plus: 3.4% per month (40.8% a year). Saathi Pro: "
             "2.9% per month (34.8% a year)."],
            ["Interest on cash withdrawals", "Charged from the date of withdrawal at the same monthly rate."],
            ["Grace period", "A late payment charge is added, and the account is reported as past due to "
             "credit bureaus, only if the minimum amount due is still unpaid 3 days after the due date."],
            ["Order in which payments are used", "Taxes first, then fees and charges, then interest, then "
             "cash withdrawals, then purchases."],
            ["Weekly Repay", "Four equal weekly payments; the fourth payment must fall on or before the "
             "due date. Enrol at least 2 days before the statement date."],
        ],
        [2.2, 6.8],
    )
    b.caption("Table 9: Late payment charges")
    b.table(
        ["Total amount due on the statement", "Late payment charge"],
        [
            ["Up to Rs. 500", "Nil"],
            ["Rs. 501 to Rs. 5,000", "Rs. 400"],
            ["Rs. 5,001 to Rs. 20,000", "Rs. 750"],
            ["Rs. 20,001 to Rs. 50,000", "Rs. 1,000"],
            ["Above Rs. 50,000", "Rs. 1,300"],
        ],
        [4.5, 4.5],
    )
    b.para("Example: Ravi's statement dated 12 June shows a total amount due of Rs. 18,400 and a minimum "
           "amount due of Rs. 920. His due date is 30 June. If Ravi pays nothing by 3 July, a late payment "
           "charge of Rs. 750 plus GST is added, and interest is charged on the full Rs. 18,400 from the "
           "date of each transaction.")

    # ------------------------------------------------------------ 8
    b.h1("8. Credit limit and managing your card")
    b.bullets([
        "Credit limit reviews: your limit is reviewed automatically every 6 months. You can ask for an "
        "increase in the app after 6 consecutive on-time payments, and you can lower your limit at any time.",
        "UPI on the card: up to Rs. 1,00,000 per day and up to 20 UPI transactions per day. Every payment "
        "needs your UPI PIN. The card can be linked to up to 3 UPI apps at a time.",
        "Contactless (tap) payments: up to Rs. 5,000 per tap without a PIN.",
        "Card Controls: switch online, international, contactless and ATM use on or off in the app. "
        "International use is off by default.",
        "EMI: purchases of Rs. 2,500 or more can be converted into EMIs of 3, 6, 9 or 12 months within "
        "30 days of the purchase. Interest is 16% a year on a reducing balance; the processing fee is "
        "shown in Table 5.",
        "Lost or stolen card: block it at once in the app (Card Controls > Block), call the helpline, or "
        "SMS BLOCK followed by the last 4 digits of your card to 5676123. You are not liable for "
        "unauthorised transactions that you report within 3 working days of receiving the transaction alert.",
        "Closing your card: request it in the app or on the helpline. There is no closure charge. The card "
        "is closed within 7 working days after all dues are cleared.",
    ])

    # ------------------------------------------------------------ 9
    b.h1("9. Key timelines")
    b.caption("Table 10: Timelines")
    b.table(
        ["Event", "Timeline"],
        [
            ["Offer after Account Aggregator consent", "Within 10 minutes"],
            ["Review of uploaded earnings statements", "Up to 48 working hours"],
            ["Video KYC after accepting the offer", "Within 3 working days"],
            ["Virtual card", "Within 15 minutes of Video KYC approval"],
            ["Physical card", "Dispatched within 5 working days of issue; delivery usually takes 7 to 10 "
             "working days"],
            ["Card activation window", "30 days from issue"],
            ["Saathi Coins for a statement cycle", "Credited within 3 working days after the statement date"],
            ["Temporary credit for a disputed transaction", "Within 10 working days of raising the dispute"],
            ["Final resolution of a dispute", "Up to 60 days"],
            ["Address change", "Takes effect within 5 working days"],
            ["Card closure", "7 working days after all dues are cleared"],
            ["Reply to a complaint", "Within 7 working days"],
        ],
        [4, 5],
    )

    # ------------------------------------------------------------ 10
    b.h1("10. Frequently asked questions")
    faq = [
        ("I work for two delivery apps. Can I show earnings from both?",
         "Yes. Add both payout accounts when you give Account Aggregator consent, or upload statements "
         "from both platforms. We add the earnings together."),
        ("Can I send money to a friend through UPI using my Saathi card?",
         "No. UPI on credit cards works only for payments to merchants. Payments to a person's UPI ID "
         "are declined."),
        ("My earnings dropped this month. Will my limit be cut?",
         "Your limit is reviewed every 6 months and is not reduced because of a single weak month. "
         "Weekly Repay and Slow Week Shield can help you manage a slow period."),
        ("Can I upgrade from Saathi Lite to Saathi Plus?",
         "Yes, after 12 months with no late payments, if your average earnings meet the Saathi Plus "
         "minimum. Apply in the app under Upgrade. The Saathi Plus joining fee of Rs. 299 is waived "
         "for upgrades."),
        ("I missed my Video KYC slot. What now?",
         "Book a new slot within 3 working days of accepting your offer. Two failed calls close the "
         "application (code SA-518)."),
        ("Will applying affect my credit score?",
         "The offer at Stage 4 uses a soft check that does not affect your score. A full bureau check "
         "happens only when you accept the offer."),
        ("Is there any charge for Weekly Repay?",
         "No. Weekly Repay is free on all variants."),
        ("Do I need to visit a branch?",
         "No. The journey is fully digital. A branch visit is only an option if you cannot complete "
         "Video KYC."),
        ("How do I redeem Saathi Coins?",
         "Open Rewards > Redeem in the app and choose a multiple of 200 coins. The statement credit is "
         "posted within 2 working days."),
        ("I have moved to another city. How do I update my address?",
         "Update it in the app under Profile and upload a new address proof. The change takes effect "
         "within 5 working days."),
    ]
    for i, (q, a) in enumerate(faq, 1):
        b.ensure(40)
        b.para("Q%d. %s" % (i, q), font=BOLD, size=9.5, after=1)
        b.para(a, size=9.5, after=5)

    # ------------------------------------------------------------ 11
    b.h1("11. Help and contact")
    b.caption("Table 11: Contact details")
    b.table(
        ["Channel", "Details", "Hours"],
        [
            ["Saathi helpline (toll-free)", "1800-266-4172", "24x7"],
            ["Calling from outside India", "+91-20-6719-4400", "24x7"],
            ["WhatsApp", "+91 73870 55821 (send \"Hi\")", "24x7"],
            ["E-mail", "saathi.care@meghdootbank.in", "Reply within 2 working days"],
            ["Block a card by SMS", "BLOCK <last 4 digits> to 5676123", "24x7"],
            ["Branches", "Any Meghdoot Bank branch", "10:00 AM to 4:00 PM, Monday to Saturday (closed on "
             "the second and fourth Saturdays)"],
        ],
        [2.6, 3.4, 3],
    )
    b.h2("11.1 Complaints and escalation")
    b.bullets([
        "Level 1: raise a complaint on the helpline, by e-mail or in the app under Help. We reply within "
        "7 working days.",
        "Level 2: if you are not satisfied, write to the Grievance Redressal Officer, Ms. Revathi Kulkarni, "
        "at grievance.cards@meghdootbank.in.",
        "Level 3: if you still have no resolution after 15 days, write to the Principal Nodal Officer, "
        "Mr. Harpreet Sandhu, at pno@meghdootbank.in or Meghdoot Bank Limited, 4th Floor, Nilgiri Towers, "
        "Plot 17, Baner-Pashan Link Road, Pune 411045.",
        "If your complaint is not resolved within 30 days, you may approach the RBI Integrated "
        "Ombudsman Scheme.",
    ])
    b.para("Meghdoot Bank Limited, the Saathi card and all names, numbers and addresses in this guide are "
           "fictional.", size=7.5, color=GREY, after=0)
    return b.save()


if __name__ == "__main__":
    # First pass counts the pages; second pass writes "Page x of N" footers.
    n = build(0)
    if build(n) is not None:
        raise SystemExit("page count changed between passes")
    print(OUT)
