"""Build the seventh fictional product document (a blind generality test).

Writes pathik-drivemore-credit-card.pdf next to this script, with PyMuPDF and
the built-in Helvetica fonts only. Metadata dates are fixed and the file is
saved with no_new_id=True, so a rebuild gives the same bytes.

    cd /work/main && .venv/bin/python data/eval/seventh-doc/build_pdf.py

Everything in the document (bank, card, partner, app, people, numbers, phone
numbers, e-mail addresses, URLs) is fictional.
"""

from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
OUT = HERE / "pathik-drivemore-credit-card.pdf"

PAGE_W, PAGE_H = pymupdf.paper_size("a4")
LEFT, RIGHT = 50.0, PAGE_W - 50.0
TOP, BOTTOM = 78.0, PAGE_H - 62.0
WIDTH = RIGHT - LEFT

BODY = ("helv", 9.4, 12.6)  # font, size, leading
BOLD = "hebo"
TABLE_SIZE, TABLE_LEAD = 8.4, 10.8
BLACK = (0, 0, 0)
GREY = (0.35, 0.35, 0.35)
SHADE = (0.88, 0.91, 0.95)
ACCENT = (0.05, 0.25, 0.45)

HEADER_LEFT = "Kaveri Coast Bank Ltd.  |  Pathik DriveMore Credit Card"
HEADER_RIGHT = "Customer Guide - Version 3.2 - Effective 1 April 2025"
FOOTER_LEFT = "Ref. KCB/CARDS/PDM/2025-03  |  Fictional document written for evaluation only"


def text_len(text, font, size):
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def wrap_runs(runs, width, size):
    """Wrap [(text, font), ...] into lines of [(text, font), ...]."""
    words = []
    for text, font in runs:
        for i, w in enumerate(text.split(" ")):
            if w == "":
                continue
            words.append((w, font))
    lines, cur, cur_w = [], [], 0.0
    space = text_len(" ", "helv", size)
    for w, font in words:
        ww = text_len(w, font, size)
        add = ww if not cur else space + ww
        if cur and cur_w + add > width:
            lines.append(cur)
            cur, cur_w = [(w, font)], ww
        else:
            cur.append((w, font))
            cur_w += add
    if cur:
        lines.append(cur)
    # merge consecutive words of the same font into segments
    out = []
    for line in lines:
        segs = []
        for w, font in line:
            if segs and segs[-1][1] == font:
                segs[-1] = (segs[-1][0] + " " + w, font)
            elif segs:
                segs.append((" " + w, font))
            else:
                segs.append((w, font))
        out.append(segs)
    return out


def wrap_plain(text, font, size, width):
    return ["".join(s for s, _ in line) for line in wrap_runs([(text, font)], width, size)]


class Writer:
    def __init__(self):
        self.doc = pymupdf.open()
        self.page = None
        self.y = 0.0
        self.new_page()

    # -- pages ---------------------------------------------------------
    def new_page(self):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.y = TOP

    def ensure(self, h):
        if self.y + h > BOTTOM:
            self.new_page()

    def decorate(self):
        n = len(self.doc)
        for i, page in enumerate(self.doc):
            page.draw_rect(pymupdf.Rect(0, 0, PAGE_W, 8), color=None, fill=ACCENT)
            page.insert_text((LEFT, 34), HEADER_LEFT, fontname=BOLD, fontsize=8.6, color=ACCENT)
            w = text_len(HEADER_RIGHT, "helv", 8)
            page.insert_text((RIGHT - w, 34), HEADER_RIGHT, fontname="helv", fontsize=8, color=GREY)
            page.draw_line((LEFT, 42), (RIGHT, 42), color=ACCENT, width=0.8)
            page.draw_line((LEFT, PAGE_H - 48), (RIGHT, PAGE_H - 48), color=GREY, width=0.5)
            page.insert_text((LEFT, PAGE_H - 36), FOOTER_LEFT, fontname="helv", fontsize=7.5, color=GREY)
            label = f"Page {i + 1} of {n}"
            w = text_len(label, "helv", 7.5)
            page.insert_text((RIGHT - w, PAGE_H - 36), label, fontname="helv", fontsize=7.5, color=GREY)
            sub = "Kaveri Coast Bank Ltd., 14 Lighthouse Hill Road, Mangaluru 575001. Card helpline 1800-309-4477 (24x7)."
            page.insert_text((LEFT, PAGE_H - 25), sub, fontname="helv", fontsize=7, color=GREY)

    # -- blocks --------------------------------------------------------
    def title(self, text, subtitle):
        self.page.insert_text((LEFT, self.y + 14), text, fontname=BOLD, fontsize=18, color=ACCENT)
        self.y += 24
        for line in wrap_plain(subtitle, "helv", 10.5, WIDTH):
            self.page.insert_text((LEFT, self.y + 11), line, fontname="helv", fontsize=10.5, color=GREY)
            self.y += 14
        self.y += 8

    def heading(self, text):
        self.ensure(16 + 3 * BODY[2])
        self.y += 6
        self.page.insert_text((LEFT, self.y + 12), text, fontname=BOLD, fontsize=12, color=ACCENT)
        self.y += 18

    def subheading(self, text):
        self.ensure(14 + 3 * BODY[2])
        self.y += 2
        self.page.insert_text((LEFT, self.y + 10), text, fontname=BOLD, fontsize=10, color=BLACK)
        self.y += 15

    def para(self, text, lead=None, indent=0.0, bullet=None):
        font, size, leading = BODY
        runs = []
        if lead:
            runs.append((lead, BOLD))
        runs.append((text, font))
        x0 = LEFT + indent + (12 if bullet else 0)
        lines = wrap_runs(runs, RIGHT - x0, size)
        for k, segs in enumerate(lines):
            self.ensure(leading)
            base = self.y + size
            if bullet and k == 0:
                self.page.insert_text((x0 - 10, base), bullet, fontname=font, fontsize=size)
            x = x0
            for s, f in segs:
                self.page.insert_text((x, base), s, fontname=f, fontsize=size)
                x += text_len(s, f, size)
            self.y += leading
        self.y += 4

    def bullets(self, items, indent=6.0):
        for item in items:
            if isinstance(item, tuple):
                self.para(item[1], lead=item[0], indent=indent, bullet="-")
            else:
                self.para(item, indent=indent, bullet="-")
            self.y -= 2
        self.y += 2

    def table(self, widths, header, rows, caption=None):
        total = sum(widths)
        widths = [w * WIDTH / total for w in widths]
        pad = 4.0

        def layout(cells, font):
            wrapped = [wrap_plain(c, font, TABLE_SIZE, w - 2 * pad) for c, w in zip(cells, widths)]
            h = max(len(x) for x in wrapped) * TABLE_LEAD + 2 * pad - 1
            return wrapped, h

        head = layout(header, BOLD)
        body = [layout(r, "helv") for r in rows]
        need_cap = 15 if caption else 0

        def draw_row(wrapped, h, shaded, font):
            top = self.y
            if shaded:
                self.page.draw_rect(pymupdf.Rect(LEFT, top, RIGHT, top + h), color=None, fill=SHADE)
            x = LEFT
            for lines, w in zip(wrapped, widths):
                for k, line in enumerate(lines):
                    self.page.insert_text((x + pad, top + pad + TABLE_SIZE + k * TABLE_LEAD - 1),
                                          line, fontname=font, fontsize=TABLE_SIZE)
                x += w
            # rules: top and bottom of the row, and every column boundary
            self.page.draw_line((LEFT, top), (RIGHT, top), color=BLACK, width=0.6)
            self.page.draw_line((LEFT, top + h), (RIGHT, top + h), color=BLACK, width=0.6)
            x = LEFT
            for w in widths:
                self.page.draw_line((x, top), (x, top + h), color=BLACK, width=0.6)
                x += w
            self.page.draw_line((RIGHT, top), (RIGHT, top + h), color=BLACK, width=0.6)
            self.y += h

        full = need_cap + head[1] + sum(h for _, h in body)
        if self.y + full > BOTTOM and full <= BOTTOM - TOP:
            self.new_page()
        self.ensure(need_cap + head[1] + body[0][1])
        if caption:
            self.page.insert_text((LEFT, self.y + 10), caption, fontname=BOLD, fontsize=9.2, color=ACCENT)
            self.y += need_cap
        draw_row(*head, True, BOLD)
        for wrapped, h in body:
            if self.y + h > BOTTOM:
                self.new_page()
                draw_row(*head, True, BOLD)
            draw_row(wrapped, h, False, "helv")
        self.y += 10


def build():
    w = Writer()
    w.title(
        "Pathik DriveMore Credit Card",
        "Customer guide to the card, the online application, fees, fuel rewards and help. "
        "Issued by Kaveri Coast Bank Ltd. in partnership with Pathik Fuels Pvt. Ltd.",
    )

    # 1 -----------------------------------------------------------------
    w.heading("1. About this guide and the card")
    w.para(
        "The Pathik DriveMore Credit Card is issued by Kaveri Coast Bank Ltd. (\"KCB\" or \"the Bank\") in "
        "partnership with Pathik Fuels Pvt. Ltd. (\"Pathik\"), which runs 2,150 fuel stations and 640 Pathik Stop "
        "convenience stores across 14 states. The card is made for people who drive a lot: it earns extra "
        "DriveMore Points on fuel bought at Pathik outlets, waives the 1% fuel surcharge at every fuel station in "
        "India, and lets you pay for fuel with points at any Pathik pump."
    )
    w.para(
        "This guide explains the two variants, who can apply, the online application in the KCB Kinara app or at "
        "apply.kavericoastbank.in, the fees, the rewards and where to get help. Read it together with the Most "
        "Important Terms and Conditions (MITC) that you accept at the e-Sign stage. Where this guide and the MITC "
        "differ, the MITC prevails. Amounts are in Indian rupees (Rs.) and, unless stated otherwise, exclude GST "
        "at 18%."
    )
    w.table(
        [30, 35, 35],
        ["At a glance", "DriveMore Classic", "DriveMore Plus"],
        [
            ["Card network", "RuPay", "Visa Signature"],
            ["Credit limit range", "Rs. 20,000 to Rs. 2,00,000", "Rs. 75,000 to Rs. 8,00,000"],
            ["Joining fee / annual fee", "Rs. 499 / Rs. 499", "Rs. 1,499 / Rs. 1,499"],
            ["Points on fuel at Pathik outlets", "6 DriveMore Points per Rs. 100", "10 DriveMore Points per Rs. 100"],
            ["Add-on cards", "Up to 3", "Up to 3"],
        ],
        caption="Table 1. The two variants at a glance",
    )

    # 2 -----------------------------------------------------------------
    w.heading("2. Who can apply and what you need")
    w.subheading("2.1 Eligibility")
    w.bullets([
        "You must be a resident of India aged 21 to 60 years if salaried, or 21 to 65 years if self-employed, "
        "on the date you apply.",
        ("Minimum income, Classic: ", "a net monthly salary of Rs. 25,000, or an annual income of Rs. 3,60,000 "
         "in your latest income tax return (ITR) if self-employed."),
        ("Minimum income, Plus: ", "a net monthly salary of Rs. 60,000, or an annual income of Rs. 9,00,000 in "
         "your latest ITR if self-employed."),
        "Salaried applicants must have been with their current employer for at least 6 months; self-employed "
        "applicants must have run the same business for at least 2 years.",
        "Your residence pin code must be on the Bank's serviceable list (about 1,900 pin codes in 14 states). "
        "The app checks this at the first stage.",
        "You cannot apply if you already hold a KCB credit card (use Cards > Upgrade in the app instead), or if a "
        "KCB card of yours was earlier closed with dues written off.",
    ])
    w.subheading("2.2 Documents")
    w.bullets([
        ("PAN: ", "mandatory for every applicant. Form 60 is not accepted in place of PAN."),
        ("Identity and address: ", "Aadhaar fetched through DigiLocker (preferred, nothing to upload), or an "
         "upload of your passport, driving licence or voter ID card."),
        ("Income, salaried: ", "either (a) your last 2 months' salary slips plus your latest Form 16, or (b) an "
         "e-statement of your salary account for the last 3 months."),
        ("Income, self-employed: ", "your latest ITR with the computation of income, and an e-statement of your "
         "main current account for the last 6 months."),
        ("KCB salary account holders: ", "if your salary has been credited to a KCB account for the last 3 "
         "months, you get a pre-approved Fast Lane offer and the Income Proof Upload stage is skipped."),
    ])
    w.subheading("2.3 File rules")
    w.para(
        "Files may be PDF, JPG or PNG, up to 5 MB each, and at most 10 files per application. Bank statements must "
        "be original e-statements downloaded from net banking: scans and phone photos of statements are rejected. "
        "Salary slips and statements must be dated within the last 45 days. Password-protected PDFs are accepted "
        "if you type the password into the app when asked; the Bank does not store the password."
    )

    # 3 -----------------------------------------------------------------
    w.heading("3. The online application: six stages")
    w.para(
        "The whole journey takes about 20 minutes if your documents are ready. Your progress is saved after each "
        "stage. You can leave and come back within 30 days using the \"Resume application\" link sent by SMS, or "
        "from Cards > My applications in the KCB Kinara app. After 30 days the saved application is deleted and you "
        "must start again. A session logs out after 15 minutes without activity; stages you have completed are kept."
    )
    w.table(
        [6, 22, 44, 12, 16],
        ["No.", "Stage", "What happens", "Typical time", "Available"],
        [
            ["1", "Profile Check", "Mobile OTP, PAN, date of birth, employment type, pin code; soft bureau check",
             "3 minutes", "24x7"],
            ["2", "Income Proof Upload", "Upload income documents or fetch statements through Account Aggregator",
             "5 minutes", "24x7"],
            ["3", "Limit Offer", "See the approved variant and limit, accept or lower it, pick a statement date",
             "2 minutes", "24x7"],
            ["4", "Face Match", "Live selfie with liveness check, matched with your ID photo", "2 minutes",
             "7 AM to 11 PM daily"],
            ["5", "Address and Delivery", "Confirm the card delivery address; add add-on cardholders", "2 minutes",
             "24x7"],
            ["6", "e-Sign and Welcome", "Read and e-Sign the MITC and cardholder agreement with Aadhaar OTP",
             "3 minutes", "24x7"],
        ],
        caption="Table 2. The six stages",
    )
    w.para(
        "\"24x7\" excludes the weekly maintenance window, every Sunday from 12:30 AM to 4:30 AM, when the "
        "application cannot be opened."
    )
    w.subheading("Stage 1 - Profile Check")
    w.para(
        "Enter your mobile number and the 6-digit OTP sent to it. The OTP is valid for 180 seconds; you can ask for "
        "it again up to 3 times, at least 30 seconds apart. Then enter your PAN, date of birth, employment type and "
        "residence pin code. The Bank runs a soft enquiry with a credit bureau, which does not affect your credit "
        "score. If the name or date of birth does not match the PAN records you get 3 attempts; after the third "
        "failure the PAN is locked for new applications for 24 hours."
    )
    w.subheading("Stage 2 - Income Proof Upload")
    w.para(
        "Upload the documents listed in section 2.2, or choose \"Fetch via Account Aggregator\" to share your bank "
        "statements directly with one-time consent (the last 6 months are fetched). Automatic reading of your "
        "documents usually finishes within 10 minutes. If the documents need a manual review, the review team "
        "(9 AM to 7 PM, Monday to Saturday) decides within 2 working days and you are told by SMS."
    )
    w.subheading("Stage 3 - Limit Offer")
    w.para(
        "You see the variant or variants you qualify for and your approved credit limit. You may accept the limit "
        "or lower it, but not below the variant minimum (Rs. 20,000 for Classic, Rs. 75,000 for Plus). If you qualify "
        "for Plus you may still choose Classic. You also pick a statement date: the 5th, 12th or 20th of the month. "
        "The offer stays valid for 15 days; after that Stage 2 must be done again. A hard enquiry with the credit "
        "bureau is made only when you accept the offer."
    )
    w.subheading("Stage 4 - Face Match")
    w.para(
        "Take a live selfie in the app. It is compared with the photo on your Aadhaar (through DigiLocker) or on the "
        "ID you uploaded. For the liveness check, blink and turn your head when asked. Remove caps, masks and "
        "tinted glasses, face a light source, and make sure nobody else is in the frame. You get 3 attempts a day. "
        "If all three fail, book an Assisted Face Match: a 5-minute video call with a KCB officer, available from "
        "9 AM to 8 PM, Monday to Saturday, except national holidays. Slots can be booked up to 7 days ahead."
    )
    w.subheading("Stage 5 - Address and Delivery")
    w.para(
        "Choose where the card is delivered: the address on your Aadhaar or ID, or a different current address. "
        "For a different address, upload an electricity, piped-gas or postpaid broadband bill not older than 60 "
        "days, or a registered rent agreement. You can also add up to 3 add-on cardholders (spouse, parents, "
        "children or siblings aged 18 or above) with their name, date of birth and PAN."
    )
    w.subheading("Stage 6 - e-Sign and Welcome")
    w.para(
        "Read the MITC and the cardholder agreement and sign them with an Aadhaar OTP. The e-Sign OTP is valid for "
        "10 minutes and you may request it at most 3 times in one session. If your mobile number is not linked to "
        "Aadhaar, choose \"Sign on Delivery\": the courier collects your signature on paper, which adds about 4 "
        "working days."
    )
    w.para(
        "After e-Sign the final approval message arrives within 4 hours; applications signed after 8 PM are approved "
        "by 11 AM the next day. A virtual card appears in the app within 30 minutes of approval. Until you activate "
        "the physical card it works only for online payments, up to Rs. 50,000 or your credit limit, whichever is "
        "lower. The physical card is dispatched within 3 working days of approval and usually reaches you in 5 to 7 "
        "working days in metro cities and up to 10 working days elsewhere. Activate it by setting a PIN in the app. "
        "If a card is not activated within 30 days of issue, the Bank asks for your confirmation and closes the card "
        "within 7 working days if you do not confirm that you want to keep it."
    )

    # 4 -----------------------------------------------------------------
    w.heading("4. When your application stops")
    w.para(
        "If a stage cannot be completed, the app shows a code and a message. The table below lists the common "
        "ones and what you need to do. Quote the code when you call the onboarding help desk."
    )
    w.table(
        [10, 30, 60],
        ["Code", "Message you see", "What to do"],
        [
            ["PC-01", "PAN details do not match",
             "Enter your name and date of birth exactly as on the PAN card. After 3 failed attempts the PAN is "
             "locked for 24 hours."],
            ["PC-04", "We do not deliver to this pin code yet",
             "Use a current residence address in a serviceable pin code, with address proof not older than 60 "
             "days, or visit any KCB branch."],
            ["IP-02", "Statement could not be read",
             "The file is a scan or photo. Download the original e-statement from your net banking and upload it "
             "again."],
            ["IP-07", "Salary credit not found",
             "Your statement shows no salary credits in the last 3 months. Upload your last 2 salary slips and "
             "latest Form 16 instead."],
            ["IP-09", "Document is older than allowed",
             "Salary slips and statements must be dated within the last 45 days. Upload newer ones."],
            ["FM-03", "Face could not be matched",
             "All 3 attempts for the day are used. Try again the next day or book an Assisted Face Match "
             "(9 AM to 8 PM, Monday to Saturday)."],
            ["FM-05", "Liveness check failed",
             "A photo of a photo or a screen was detected. Retake the live selfie yourself in good light."],
            ["ES-02", "e-Sign OTP expired",
             "The OTP is valid for 10 minutes. Request a new one (at most 3 per session)."],
            ["ES-06", "Mobile number not linked to Aadhaar",
             "Choose Sign on Delivery; the courier collects your signature. This adds about 4 working days."],
            ["GN-09", "An application is already in progress",
             "Only one application per PAN at a time. Wait for the decision or cancel it in Cards > My "
             "applications. After a rejection you may apply again after 90 days."],
        ],
        caption="Table 3. Stop codes and what to do",
    )

    # 5 -----------------------------------------------------------------
    w.heading("5. Fees and charges")
    w.para(
        "All fees, interest and charges below attract GST at 18%. The joining fee is billed in the first statement. "
        "The annual fee is billed from the second year, on the first statement after the card anniversary, and is "
        "reversed if your spend in the previous card year reached the waiver amount."
    )
    w.table(
        [40, 30, 30],
        ["Charge", "DriveMore Classic", "DriveMore Plus"],
        [
            ["Joining fee", "Rs. 499", "Rs. 1,499"],
            ["Annual fee (from the second year)", "Rs. 499", "Rs. 1,499"],
            ["Annual fee waived on yearly spend of", "Rs. 1,00,000", "Rs. 2,50,000"],
            ["Add-on cards", "First two free; third Rs. 299 a year", "First two free; third Rs. 299 a year"],
            ["Interest on revolving credit", "3.5% a month (42% a year)", "3.25% a month (39% a year)"],
            ["Cash withdrawal fee", "2.5% of the amount, minimum Rs. 500", "2.5% of the amount, minimum Rs. 500"],
            ["Cash withdrawal limit", "30% of the credit limit", "40% of the credit limit"],
            ["Foreign currency mark-up", "3.5%", "1.99%"],
            ["Over-limit fee (only if you opted in)", "2.5% of the over-limit amount, minimum Rs. 550",
             "2.5% of the over-limit amount, minimum Rs. 550"],
            ["Payment return (cheque or auto-debit)", "2% of the amount, minimum Rs. 500",
             "2% of the amount, minimum Rs. 500"],
            ["Rent payment fee", "1% of the amount", "1% of the amount"],
            ["Card replacement (lost, stolen or damaged)", "Rs. 199", "Free"],
            ["DriveEasy EMI processing fee", "1.5% of the amount, minimum Rs. 199",
             "1.5% of the amount, minimum Rs. 199"],
            ["Cash payment at a Pathik outlet", "Rs. 100 per payment", "Rs. 100 per payment"],
            ["Reward redemption fee", "Rs. 99 per request (free at Pathik pumps)",
             "Rs. 99 per request (free at Pathik pumps)"],
        ],
        caption="Table 4. Fees and charges",
    )

    # 6 -----------------------------------------------------------------
    w.heading("6. Fuel benefits and DriveMore Points")
    w.table(
        [40, 30, 30],
        ["Benefit", "DriveMore Classic", "DriveMore Plus"],
        [
            ["Fuel at Pathik outlets", "6 points per Rs. 100", "10 points per Rs. 100"],
            ["Fuel at other fuel stations", "1 point per Rs. 100", "2 points per Rs. 100"],
            ["Pathik Stop stores and Pathik car wash", "4 points per Rs. 100", "6 points per Rs. 100"],
            ["Groceries and dining", "2 points per Rs. 100", "4 points per Rs. 100"],
            ["Tolls and FASTag recharges through KCB", "2 points per Rs. 100", "3 points per Rs. 100"],
            ["All other retail spends", "1 point per Rs. 100", "2 points per Rs. 100"],
            ["Cap on fuel points (Pathik and other stations)", "1,200 points per statement cycle",
             "3,000 points per statement cycle"],
            ["Fuel surcharge waiver (1%, any fuel station)", "Up to Rs. 250 per statement cycle",
             "Up to Rs. 500 per statement cycle"],
            ["Welcome benefit", "500 points on your first Pathik fuel purchase within 30 days",
             "2,000 points on spends of Rs. 10,000 within 60 days"],
            ["Milestone bonus in a card year", "1,500 points on spends of Rs. 1,20,000",
             "5,000 points on spends of Rs. 3,00,000"],
        ],
        caption="Table 5. Rewards and fuel benefits",
    )
    w.bullets([
        ("Fuel surcharge waiver: ", "applies to fuel transactions between Rs. 400 and Rs. 4,000 at any fuel "
         "station in India. GST charged on the surcharge is not waived."),
        ("No points on: ", "rent, wallet loads, insurance premiums, utility bills, government payments, "
         "transactions converted to DriveEasy EMI, cash withdrawals, and fees or charges."),
        ("Value of a point: ", "Rs. 0.25 when used to pay for fuel at a Pathik pump (\"Pay with Points\" in the "
         "app), Rs. 0.20 as statement credit and Rs. 0.15 for products in the rewards catalogue."),
        ("Redemption: ", "minimum 200 points per redemption. Points expire 36 months after the end of the month "
         "in which they were earned. Unredeemed points lapse on the day the card is closed."),
    ])

    # 7 -----------------------------------------------------------------
    w.heading("7. Credit limit, billing and late payment")
    w.bullets([
        ("Statement date: ", "the 5th, 12th or 20th of each month, chosen at Stage 3. You can change it in the app "
         "(Cards > Statement date) once every 6 months; the change applies from the next cycle."),
        ("Payment due date: ", "18 days after the statement date, which gives an interest-free period of 18 to "
         "48 days on purchases when the previous bill was paid in full. Cash withdrawals carry interest from the "
         "day of withdrawal."),
        ("Minimum Amount Due: ", "5% of the total amount due or Rs. 200, whichever is higher, plus any EMI "
         "instalments and any over-limit amount."),
        ("Grace period: ", "a late payment fee is charged only if the Minimum Amount Due is not paid within 3 days "
         "after the payment due date."),
        ("Limit increase: ", "you may request one once every 6 months, after the card has been used for 6 "
         "months. Over-limit spending is allowed only if you opt in under Cards > Controls."),
        ("DriveEasy EMI: ", "purchases of Rs. 2,500 or more can be converted into 3, 6, 9 or 12 monthly instalments "
         "within 30 days of the purchase."),
        ("Ways to pay: ", "the KCB Kinara app or KCB net banking (credited instantly), NEFT or IMPS from another "
         "bank (credited within 1 working day), or cash at about 300 selected Pathik outlets, up to Rs. 10,000 "
         "a month."),
    ])
    w.table(
        [55, 45],
        ["Total amount due on the statement", "Late payment fee"],
        [
            ["Up to Rs. 500", "Nil"],
            ["Rs. 501 to Rs. 5,000", "Rs. 450"],
            ["Rs. 5,001 to Rs. 10,000", "Rs. 750"],
            ["Rs. 10,001 to Rs. 25,000", "Rs. 950"],
            ["Rs. 25,001 to Rs. 50,000", "Rs. 1,100"],
            ["Above Rs. 50,000", "Rs. 1,300"],
        ],
        caption="Table 6. Late payment fee (same for both variants)",
    )

    # 8 -----------------------------------------------------------------
    w.heading("8. Managing your card")
    w.bullets([
        ("Card controls: ", "in the app under Cards > Controls you can switch online payments, international use "
         "and ATM cash withdrawals on or off, and set your own limit per transaction. International use is off "
         "when the card is issued and must be switched on before you travel."),
        ("Disputed transactions: ", "raise a dispute in the app (Cards > Dispute) within 60 days of the statement "
         "date. No interest or late payment fee is charged on the disputed amount while the dispute is open, and "
         "the Bank resolves it within 45 days."),
        ("Unauthorised transactions: ", "if you report one within 3 working days of the alert, your liability is "
         "zero. Report it at once by blocking the card in the app or calling the card helpline."),
        ("Changing your mobile number or address: ", "do it in the app after a fresh Face Match. For 24 hours after "
         "a mobile number change, online payments above Rs. 10,000 are blocked as a safety measure."),
        ("Upgrading from Classic to Plus: ", "possible after 12 months of on-time payments, with fresh income "
         "proof showing a net monthly salary of at least Rs. 60,000. There is no upgrade fee; the new card "
         "arrives within 7 working days and your points move to it."),
        ("Closing the card: ", "ask in the app or on the card helpline. There is no closure fee. The card is closed "
         "within 7 working days once all dues are paid; unredeemed points lapse on the day of closure."),
    ])
    w.table(
        [40, 30, 30],
        ["Limit", "DriveMore Classic", "DriveMore Plus"],
        [
            ["ATM cash withdrawal per day", "Rs. 20,000", "Rs. 40,000"],
            ["Virtual card, before the physical card is activated", "Rs. 50,000 or the credit limit, if lower",
             "Rs. 50,000 or the credit limit, if lower"],
            ["Cash payments at Pathik outlets", "Rs. 10,000 a month", "Rs. 10,000 a month"],
            ["Online payments in the 24 hours after a mobile change", "Up to Rs. 10,000 each",
             "Up to Rs. 10,000 each"],
            ["Limit increase requests", "Once every 6 months", "Once every 6 months"],
            ["Replacement card delivery", "Within 7 working days", "Within 7 working days"],
        ],
        caption="Table 7. Card limits",
    )

    # 9 -----------------------------------------------------------------
    w.heading("9. Timelines and service hours")
    w.table(
        [50, 50],
        ["Service", "Hours or timeline"],
        [
            ["Online application (all stages except Face Match)",
             "24x7, except Sunday 12:30 AM to 4:30 AM (maintenance)"],
            ["Face Match in the app", "7 AM to 11 PM, every day"],
            ["Assisted Face Match (video call)", "9 AM to 8 PM, Monday to Saturday, except national holidays"],
            ["Manual income review", "9 AM to 7 PM, Monday to Saturday; decision within 2 working days"],
            ["Onboarding help desk", "9 AM to 8 PM, Monday to Saturday"],
            ["Card helpline, card blocking and WhatsApp support", "24x7"],
            ["Final approval after e-Sign", "Within 4 hours; by 11 AM next day if signed after 8 PM"],
            ["Physical card dispatch", "Within 3 working days of approval"],
            ["Saved application kept", "30 days"],
            ["Grievance acknowledgement / resolution", "2 working days / within 30 days"],
        ],
        caption="Table 8. Timelines and service hours",
    )

    # 10 ----------------------------------------------------------------
    w.heading("10. Frequently asked questions")
    faq = [
        ("Will applying lower my credit score?",
         "No. Stage 1 uses only a soft enquiry. A hard enquiry is made when you accept the Limit Offer at Stage 3."),
        ("I have a KCB savings account. Do I still need to upload income proof?",
         "Only a KCB salary account with salary credits for the last 3 months gives a Fast Lane offer that skips "
         "Stage 2. A regular savings account does not."),
        ("I earn Rs. 45,000 a month. Can I get the Plus card?",
         "Not at first. Plus needs a net monthly salary of Rs. 60,000, so you will be offered Classic. You can ask "
         "for an upgrade in the app after 12 months of paying on time."),
        ("My face match keeps failing because my Aadhaar photo is old. What can I do?",
         "Book an Assisted Face Match. The KCB officer checks your identity on the video call against your "
         "original PAN card."),
        ("Can I use the card before the plastic card arrives?",
         "Yes, the virtual card works for online payments up to Rs. 50,000 or your limit, whichever is lower. It "
         "cannot be used at fuel pumps or for cash withdrawals."),
        ("Do I earn points when I fill fuel at another company's pump?",
         "Yes: 1 point per Rs. 100 on Classic and 2 on Plus, and the 1% surcharge waiver still applies. The higher "
         "rates are only at Pathik outlets."),
        ("Can I cancel the card after signing?",
         "Yes. If you close the card within 30 days of issue and have not used it, the joining fee and its GST "
         "are reversed."),
        ("How do I change my statement date?",
         "In the app under Cards > Statement date, once every 6 months. The new date applies from the next cycle."),
        ("Who can get an add-on card?",
         "Your spouse, parents, children or siblings aged 18 or above, up to 3 cards. The first two are free and "
         "the third costs Rs. 299 a year. Add-on cards share your credit limit."),
        ("I lost my card. How do I block it?",
         "Block it at once in the app (Cards > Block card), call 1800-309-4477 at any time, or send an SMS "
         "\"BLOCK\" followed by the last 4 digits of the card to 56161 from your registered mobile number."),
    ]
    for i, (q, a) in enumerate(faq, 1):
        w.ensure(4 * BODY[2])
        w.para(q, lead=f"Q{i}. ")
        w.y -= 3
        w.para(a, lead="A. ", indent=14)

    # 11 ----------------------------------------------------------------
    w.heading("11. Help and contact")
    w.table(
        [36, 40, 24],
        ["Need", "Contact", "Hours"],
        [
            ["Card helpline (toll-free in India)", "1800-309-4477", "24x7"],
            ["Calling from abroad (chargeable)", "+91-80-4719-2200", "24x7"],
            ["Onboarding help desk (application questions)", "1800-309-4488; onboard.help@kavericoastbank.in",
             "9 AM to 8 PM, Monday to Saturday"],
            ["WhatsApp support (send \"Hi\")", "+91 90080 41177", "24x7"],
            ["General card queries by e-mail", "drivemore.care@kavericoastbank.in", "Reply within 2 working days"],
            ["Fuel station issues (Pathik helpline)", "1800-266-7070; care@pathikfuels.in",
             "8 AM to 10 PM, every day"],
            ["Principal Nodal Officer: Ms. Revathi Shenoy", "0824-240-5566; nodal.officer@kavericoastbank.in",
             "10 AM to 5 PM, Monday to Friday"],
        ],
        caption="Table 9. Contacts",
    )
    w.para(
        "Apply or resume an application at apply.kavericoastbank.in or in the KCB Kinara app. The card pages, "
        "the MITC and this guide are at www.kavericoastbank.in/drivemore."
    )
    w.para(
        "Escalation: write first to drivemore.care@kavericoastbank.in. If you are not satisfied with the reply, or "
        "have none within 10 days, write to the Principal Nodal Officer. If the complaint is still not resolved "
        "within 30 days of your first complaint, you may approach the banking ombudsman of the Reserve Bank of "
        "India."
    )

    w.decorate()
    meta = {
        "title": "Pathik DriveMore Credit Card - Customer Guide",
        "author": "Kaveri Coast Bank Ltd. (fictional)",
        "subject": "Credit card onboarding guide (fictional, for evaluation)",
        "keywords": "credit card, onboarding, fuel, fictional",
        "creator": "build_pdf.py",
        "producer": "PyMuPDF",
        "creationDate": "D:20250401090000+05'30'",
        "modDate": "D:20250401090000+05'30'",
    }
    w.doc.set_metadata(meta)
    w.doc.save(OUT, garbage=3, deflate=True, no_new_id=True)
    print(f"wrote {OUT} ({len(w.doc)} pages)")


if __name__ == "__main__":
    build()
