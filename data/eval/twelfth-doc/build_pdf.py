"""Build the fictional 'Satpura Bank KartMela Cashback Credit Card' customer guide.

Self-contained: uses only PyMuPDF and the built-in Helvetica fonts.
Run from the repository root:

    .venv/bin/python data/eval/twelfth-doc/build_pdf.py

The output is deterministic (fixed metadata dates, no new file id), so a
rebuild with the same PyMuPDF version gives a byte-identical PDF.
Everything in this document - bank, partner, app, people, numbers, addresses,
fees and rules - is invented for evaluation purposes.
"""

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "satpura-kartmela-cashback-credit-card.pdf")

PAGE_W, PAGE_H = 595, 842  # A4 in points
LM, RM = 52, 52
TOP, BOTTOM = 70, 782
CONTENT_W = PAGE_W - LM - RM

REG, BOLD = "helv", "hebo"
BLACK = (0, 0, 0)
ACCENT = (0.05, 0.33, 0.40)   # deep teal
ORANGE = (0.90, 0.45, 0.10)
GREY = (0.38, 0.38, 0.38)
HEAD_FILL = (0.87, 0.94, 0.95)

HEADER_L = "Satpura Bank Limited  |  KartMela Cashback Credit Card - Customer Guide"
HEADER_R = "Version 1.3  |  Effective 1 September 2025"
FOOTER_L = "Satpura Bank Limited in partnership with KartMela Commerce Pvt. Ltd. For customers only."
DATE = "D:20250901093000+05'30'"


def tlen(s, font, size):
    return pymupdf.get_text_length(s, fontname=font, fontsize=size)


def wrap(text, font, size, width):
    """Greedy word wrap that keeps explicit newlines and splits over-long words."""
    out = []
    for para in text.split("\n"):
        line = ""
        for word in para.split(" "):
            cand = word if not line else line + " " + word
            if tlen(cand, font, size) <= width:
                line = cand
                continue
            if line:
                out.append(line)
            while tlen(word, font, size) > width:
                cut = len(word)
                while cut > 1 and tlen(word[:cut], font, size) > width:
                    cut -= 1
                out.append(word[:cut])
                word = word[cut:]
            line = word
        out.append(line)
    return out


class Guide:
    def __init__(self, total_pages=0):
        self.doc = pymupdf.open()
        self.page = None
        self.y = BOTTOM + 1
        self.total = total_pages
        self.caption_text = None
        self.tables = 0

    # ------------------------------------------------------------ page furniture
    def new_page(self):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.y = TOP
        p = self.page
        p.draw_rect(pymupdf.Rect(LM, 28, LM + 14, 42), color=None, fill=ACCENT, width=0)
        p.draw_rect(pymupdf.Rect(LM + 4, 32, LM + 10, 38), color=None, fill=ORANGE, width=0)
        p.insert_text((LM + 19, 39), HEADER_L, fontname=BOLD, fontsize=7.8, color=ACCENT)
        w = tlen(HEADER_R, REG, 7.8)
        p.insert_text((PAGE_W - RM - w, 39), HEADER_R, fontname=REG, fontsize=7.8, color=GREY)
        p.draw_line((LM, 49), (PAGE_W - RM, 49), color=ACCENT, width=0.9)

    def ensure(self, h):
        if self.page is None or self.y + h > BOTTOM:
            self.new_page()

    def footers(self):
        n = self.total or len(self.doc)
        for i, page in enumerate(self.doc):
            page.draw_line((LM, 798), (PAGE_W - RM, 798), color=ACCENT, width=0.5)
            page.insert_text((LM, 811), FOOTER_L, fontname=REG, fontsize=7.2, color=GREY)
            label = "Page %d of %d" % (i + 1, n)
            w = tlen(label, BOLD, 7.5)
            page.insert_text((PAGE_W - RM - w, 811), label, fontname=BOLD, fontsize=7.5,
                             color=ACCENT)

    # ------------------------------------------------------------ running text
    def lines(self, text, font=REG, size=9.3, indent=0, color=BLACK, lead=1.36, after=4):
        lh = size * lead
        for ln in wrap(text, font, size, CONTENT_W - indent):
            self.ensure(lh)
            self.page.insert_text((LM + indent, self.y + size), ln, fontname=font,
                                  fontsize=size, color=color)
            self.y += lh
        self.y += after

    def title(self, text):
        self.ensure(50)
        self.lines(text, font=BOLD, size=18.5, color=ACCENT, lead=1.25, after=2)

    def h1(self, text, keep=74):
        self.ensure(keep)
        self.y += 6
        self.lines(text, font=BOLD, size=12.4, color=ACCENT, lead=1.3, after=2)
        self.page.draw_line((LM, self.y - 1), (LM + 120, self.y - 1), color=ORANGE, width=1.4)
        self.y += 5

    def h2(self, text, keep=46):
        """Bold sub-heading inside a section."""
        self.ensure(keep)
        self.y += 2
        self.lines(text, font=BOLD, size=10, color=BLACK, lead=1.3, after=2)

    def para(self, text, **kw):
        self.lines(text, **kw)

    def bullets(self, items, size=9.3):
        lh = size * 1.36
        for it in items:
            self.ensure(lh)
            self.page.draw_rect(pymupdf.Rect(LM + 2.5, self.y + size * 0.42, LM + 6,
                                             self.y + size * 0.42 + 3.5),
                                color=None, fill=ORANGE, width=0)
            for ln in wrap(it, REG, size, CONTENT_W - 14):
                self.ensure(lh)
                self.page.insert_text((LM + 14, self.y + size), ln, fontname=REG,
                                      fontsize=size, color=BLACK)
                self.y += lh
            self.y += 1.5
        self.y += 3

    def steps(self, items, size=9.3):
        """Numbered step list."""
        lh = size * 1.36
        for n, it in enumerate(items, 1):
            self.ensure(lh)
            self.page.insert_text((LM + 2, self.y + size), "%d." % n, fontname=BOLD,
                                  fontsize=size, color=ACCENT)
            for ln in wrap(it, REG, size, CONTENT_W - 18):
                self.ensure(lh)
                self.page.insert_text((LM + 18, self.y + size), ln, fontname=REG,
                                      fontsize=size, color=BLACK)
                self.y += lh
            self.y += 1.5
        self.y += 3

    def caption(self, text):
        """Remember a caption; the next table draws it on its own first page."""
        self.caption_text = text

    # ------------------------------------------------------------ ruled tables
    def table(self, headers, rows, widths, size=8.4, cont_label=None):
        """Ruled table.  With cont_label the table may run over a page break, and the
        header row is repeated on the new page; without it the table is kept whole."""
        self.tables += 1
        total = float(sum(widths))
        ws = [CONTENT_W * w / total for w in widths]
        xs = [LM]
        for w in ws:
            xs.append(xs[-1] + w)
        pad = 3.2
        lh = size * 1.3

        def layout(cells, font):
            wr = [wrap(c, font, size, ws[i] - 2 * pad) for i, c in enumerate(cells)]
            return wr, max(len(w) for w in wr) * lh + 2 * pad

        head_wr, head_h = layout(headers, BOLD)
        seg = {"top": 0.0, "rules": []}

        def draw_row(wr, font):
            for i, ls in enumerate(wr):
                for j, ln in enumerate(ls):
                    self.page.insert_text((xs[i] + pad, self.y + pad + j * lh + size * 0.92),
                                          ln, fontname=font, fontsize=size, color=BLACK)

        def open_segment(continued):
            if continued:
                self.lines(cont_label, font=BOLD, size=8.6, color=GREY, lead=1.3, after=2)
            seg["top"] = self.y
            seg["rules"] = [self.y]
            self.page.draw_rect(pymupdf.Rect(LM, self.y, xs[-1], self.y + head_h),
                                color=None, fill=HEAD_FILL, width=0)
            draw_row(head_wr, BOLD)
            self.y += head_h
            seg["rules"].append(self.y)

        def close_segment():
            top, bot = seg["top"], seg["rules"][-1]
            for r in seg["rules"]:
                self.page.draw_line((xs[0], r), (xs[-1], r), color=BLACK, width=0.6)
            for x in xs:
                self.page.draw_line((x, top), (x, bot), color=BLACK, width=0.6)

        if cont_label:
            need = head_h + (layout(rows[0], REG)[1] if rows else 0) * 2
        else:
            need = head_h + sum(layout(r, REG)[1] for r in rows)
        cap = self.caption_text
        self.caption_text = None
        cap_h = 9 * 1.3 + 3 if cap else 0
        self.ensure(need + cap_h + 4)
        if cap:
            self.lines(cap, font=BOLD, size=9, color=ACCENT, lead=1.3, after=3)
        open_segment(False)
        for r in rows:
            wr, h = layout(r, REG)
            if self.y + h > BOTTOM:
                close_segment()
                self.new_page()
                open_segment(True)
            draw_row(wr, REG)
            self.y += h
            seg["rules"].append(self.y)
        close_segment()
        self.y += 10

    # ------------------------------------------------------------ output
    def save(self):
        if len(self.doc) != self.total:
            n = len(self.doc)
            self.doc.close()
            return n
        self.footers()
        self.doc.set_metadata({
            "title": "KartMela Cashback Credit Card - Customer Guide",
            "author": "Satpura Bank Limited",
            "subject": "Customer guide: co-branded online shopping cashback credit card",
            "keywords": "credit card, cashback, KartMela, EMI, students, Grad-Shift, fees",
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
    g = Guide(total_pages)
    g.new_page()

    # ================================================================ title
    g.title("KartMela Cashback Credit Card")
    g.para("Customer guide for students, salaried and self-employed customers who shop online",
           font=BOLD, size=10.6, color=GREY, after=2)
    g.para("Satpura Bank Limited, in partnership with KartMela Commerce Private Limited  |  Version "
           "1.3, effective 1 September 2025  |  This guide explains the card in plain words. The Key "
           "Fact Statement (KFS) and the Most Important Terms and Conditions (MITC) you accept in the "
           "app are the binding documents.", size=8.3, color=GREY, after=8)

    # ================================================================ 1
    g.h1("1. About the card")
    g.h2("What the card is")
    g.para("The KartMela Cashback Credit Card is a co-branded credit card issued by Satpura Bank "
           "Limited together with KartMela, an online marketplace for electronics, fashion and "
           "groceries. Cashback is collected as MelaCash, where 1 MelaCash is worth Rs. 1. You apply, "
           "sign and complete KYC in the Satpura Go app (Android and iOS) or at "
           "kartmela.satpurabank.in, and most customers receive a virtual card the same day. There "
           "are three variants: KartMela Campus for full-time students, KartMela Classic and "
           "KartMela Max.")
    g.para("You do not need a KartMela account to apply. To earn the higher KartMela rates you must "
           "link a KartMela account registered on the same mobile number, either during the "
           "application or later under Card > Linked accounts. Without a linked account, KartMela "
           "purchases earn only the rate for all other eligible spends.")
    g.h2("Features you will use most")
    g.bullets([
        "Pay-in-Parts: turn a purchase into monthly EMIs, either at KartMela checkout or in the app "
        "afterwards (section 6.3).",
        "No-cost EMI on KartMela partner brands: the brand gives an upfront discount equal to the "
        "interest, so you repay only the price of the product. This is offered at checkout only, "
        "never after the purchase.",
        "Grad-Shift: a Campus cardholder who starts a job can move to KartMela Classic without a "
        "fresh application (section 4).",
        "Shop Lock: a switch under Card Controls that lets the card work only on KartMela and "
        "KartMela Fresh, for example while you are travelling or lending your phone to someone.",
        "Add-on cards for your spouse, parents, children or siblings aged 18 or above, on Classic and "
        "Max only. Add-on spends earn MelaCash for the primary cardholder.",
    ])
    g.h2("The three variants", keep=200)
    g.caption("Table 1: Variants at a glance")
    g.table(
        ["Feature", "KartMela Campus", "KartMela Classic", "KartMela Max"],
        [
            ["Network and card type", "RuPay Platinum", "Visa Signature", "Visa Infinite"],
            ["Meant for", "Full-time students aged 18 to 25", "Salaried and self-employed",
             "Higher-income salaried and self-employed"],
            ["Credit limit range", "Rs. 10,000 to Rs. 30,000", "Rs. 40,000 to Rs. 2,50,000",
             "Rs. 2,00,000 to Rs. 7,50,000"],
            ["Minimum net monthly salary (salaried)", "Not applicable", "Rs. 25,000",
             "Rs. 90,000"],
            ["Minimum yearly income as per ITR (self-employed)", "Not applicable", "Rs. 4,00,000",
             "Rs. 12,00,000"],
            ["Minimum credit score", "None needed", "700", "740"],
            ["Cash withdrawal", "Not allowed", "Up to 20% of credit limit",
             "Up to 30% of credit limit"],
            ["Add-on cards", "Not available", "Up to 2", "Up to 4"],
            ["Can be linked to UPI apps", "Yes", "No", "No"],
            ["Welcome benefit", "150 MelaCash on first spend within 30 days",
             "Rs. 500 KartMela voucher on first KartMela order within 30 days",
             "Rs. 3,000 KartMela voucher and 12 months of KartMela Elite membership"],
        ],
        [2.6, 2.1, 2.1, 2.3],
    )

    # ================================================================ 2
    g.h1("2. Who can apply and what you need")
    g.h2("Who can apply")
    g.bullets([
        "Resident Indians only, with a current address in a PIN code that Satpura Bank serves for "
        "card delivery. The app checks the PIN code at Stage 1.",
        "Campus: aged 18 to 25, enrolled full-time in an undergraduate or postgraduate course at a "
        "college or university on the bank's recognised list, with at least 6 months of the course "
        "still to run. A parent or legal guardian must join as co-obligant (see below).",
        "Classic and Max, salaried: aged 21 to 60, with at least 6 months in your current job.",
        "Classic and Max, self-employed: aged 25 to 65, with income tax returns filed for the last "
        "2 years.",
        "A credit score at or above the variant minimum in Table 1. If you have no credit history at "
        "all, Classic and Max applications go to manual review (code KM-520).",
    ])
    g.h2("The co-obligant for Campus")
    g.para("The co-obligant is a parent or legal guardian, aged 65 or below, with a credit score of "
           "at least 700, who agrees to repay the card dues if the student does not. The co-obligant "
           "gives consent through a link sent by SMS to their own mobile number and must do so within "
           "72 hours. One person can be co-obligant for at most two Campus cards. The co-obligant "
           "receives an SMS alert whenever a Campus payment is 5 days overdue.")
    g.h2("Who cannot apply")
    g.bullets([
        "Non-resident Indians (NRIs) and foreign nationals.",
        "Students in part-time, distance-learning or online-only courses (for Campus).",
        "Anyone who already holds a Satpura Bank credit card as the primary cardholder.",
        "Anyone whose application for this card was declined in the last 90 days.",
        "Anyone with a loan or card written off or settled in the last 36 months.",
    ])
    g.h2("Documents", keep=230)
    g.caption("Table 2: Documents checklist")
    g.table(
        ["Document", "Who needs it", "What is accepted"],
        [
            ["PAN", "Everyone", "PAN number typed in the app; the original PAN card is shown to the "
             "officer during Video KYC"],
            ["Aadhaar", "Everyone", "Aadhaar OTP eKYC, or Aadhaar fetched from DigiLocker"],
            ["Proof of enrolment", "Campus applicants", "College ID card plus a bonafide certificate "
             "or fee receipt dated within the last 120 days"],
            ["Co-obligant consent", "Campus applicants", "Parent's or guardian's PAN, and consent by "
             "OTP on their own mobile"],
            ["Income proof", "Salaried", "Account Aggregator consent for your salary account, or "
             "your last 3 salary slips"],
            ["Income proof", "Self-employed", "ITRs for the last 2 years and 6 months of bank "
             "statements (Account Aggregator consent, or PDFs up to 8 MB each)"],
            ["Address proof", "Only if your current address differs from Aadhaar",
             "Electricity, gas or broadband bill not older than 60 days, a registered rent "
             "agreement, or a hostel allotment letter (Campus only)"],
            ["Job proof for Grad-Shift", "Campus cardholders who upgrade",
             "Offer letter dated within the last 60 days, or one salary credit seen through "
             "Account Aggregator"],
        ],
        [2.1, 2.4, 4.5],
    )

    # ================================================================ 3
    g.h1("3. Applying online, step by step")
    g.para("The application runs in seven stages. Stages 1 to 5 and Stage 7 are available 24x7. If "
           "you stop midway, you can resume from the last completed stage within 21 days; after that "
           "the application lapses and you start again. Most applicants finish Stages 1 to 5 in about "
           "15 minutes.")
    g.caption("Table 3: Application stages")
    g.table(
        ["Stage", "What happens", "Usual time", "Retries and rules"],
        [
            ["1. Mobile OTP", "Enter your mobile number; we send a 6-digit OTP, valid for 180 "
             "seconds, and check your PIN code", "1 minute",
             "3 wrong entries per OTP; at most 5 OTP requests in 24 hours (KM-104)"],
            ["2. PAN and eKYC", "PAN is verified with the income tax records; Aadhaar OTP eKYC or "
             "DigiLocker fills your name, date of birth and address", "3 minutes",
             "PAN can be entered 3 times in all; then a 48-hour lock (KM-211)"],
            ["3. Selfie and liveness", "Take a live selfie; you will be asked to blink and turn your "
             "head. It is matched with your Aadhaar photo", "1 minute",
             "4 attempts per calendar day (KM-318)"],
            ["4. Additional details", "Employment or college details, income (Account Aggregator "
             "or upload), co-obligant for Campus, statement date, KartMela link", "5 to 8 minutes",
             "Each document can be uploaded 3 times; uploads are reviewed within 1 working day"],
            ["5. Offer, KFS and e-sign", "Soft bureau check, credit limit offer, KFS; you accept and "
             "e-sign with Aadhaar OTP. A hard bureau check is made only after you accept",
             "3 minutes", "The offer stays valid for 7 days (KM-507)"],
            ["6. Video KYC", "Live video call with a bank officer; keep the original PAN card and a "
             "blank white paper and pen ready", "5 to 7 minutes",
             "Complete within 7 days of e-signing; up to 3 reschedules (KM-611)"],
            ["7. Card issue and activation", "Virtual card in the app; physical card by courier; set "
             "your PIN in the app to activate", "Virtual card within 30 minutes of approval",
             "Activate within 30 days of card issue, or the card is closed"],
        ],
        [1.7, 3.6, 1.6, 2.6],
        cont_label="Table 3 (continued): Application stages",
    )
    g.h2("Working hours")
    g.para("Video KYC officers are available from 8:00 AM to 10:00 PM every day, Sundays included, "
           "except on 26 January, 15 August and 2 October. Calls can be held in English, Hindi, "
           "Marathi or Kannada. Documents uploaded at Stage 4 are reviewed between 9:00 AM and "
           "7:00 PM, Monday to Saturday; anything uploaded after 7:00 PM is picked up on the next "
           "working day.")
    g.h2("How to book your Video KYC slot")
    g.steps([
        "After e-signing, open Satpura Go and tap Application > Video KYC.",
        "Choose Call now (if an officer is free) or pick a slot; slots are offered in 30-minute "
        "windows for the next 3 days.",
        "Sit in a quiet, well-lit place with a stable internet connection. Location access must be "
        "on, and you must be in India during the call.",
        "When the officer asks, show the original PAN card to the camera and sign on the blank paper.",
        "Stay on the call until the officer confirms it is complete. A missed slot counts as one of "
        "your 3 reschedules.",
    ])
    g.h2("Application stop codes", keep=120)
    g.para("If the app stops your application it shows a code. Most codes can be cleared by you; "
           "the table explains what each one means and what to do next.")
    g.caption("Table 4: Stop codes and next steps")
    g.table(
        ["Code", "What it means", "What you should do"],
        [
            ["KM-104", "Too many OTP requests", "Wait 24 hours from the first request, then start "
             "again from Stage 1"],
            ["KM-117", "Your mobile number already has an application in progress",
             "Resume it from the link sent by SMS, or wait until it lapses after 21 days"],
            ["KM-211", "PAN details did not match 3 times", "Wait 48 hours; enter your name exactly "
             "as printed on the PAN card"],
            ["KM-226", "Name on PAN and Aadhaar differ too much", "Correct one of the two records "
             "and apply again, or complete the application at a branch"],
            ["KM-318", "Selfie liveness failed 4 times today", "Try again after midnight in good "
             "light without spectacles or a cap, or visit a branch with your original PAN and "
             "Aadhaar"],
            ["KM-402", "Your age is outside the limits for the chosen variant", "Pick another "
             "variant for which you qualify"],
            ["KM-415", "Your college is not on the recognised list", "E-mail your bonafide "
             "certificate to the Campus desk (Table 12); it is reviewed within 3 working days"],
            ["KM-433", "Co-obligant consent not given within 72 hours", "Ask your parent or guardian "
             "to use the link again; it can be resent 2 more times"],
            ["KM-507", "Your offer expired after 7 days", "Restart from Stage 5; the new offer may "
             "differ. No second hard bureau check is made within 30 days"],
            ["KM-520", "No credit history found (Classic or Max)", "Nothing to do: the application "
             "moves to manual review and you hear from us within 4 working days"],
            ["KM-611", "Video KYC not done within 7 days, or all 3 reschedules used",
             "The application is closed; you may apply again after 7 days"],
            ["KM-624", "Video KYC could not be completed (poor video or original PAN not shown)",
             "Book a fresh slot; one more attempt is allowed within the same 7 days"],
            ["KM-790", "Declined after credit assessment", "You may reapply after 90 days; the "
             "reason is e-mailed to you within 7 working days"],
        ],
        [1.2, 3.5, 4.3],
        cont_label="Table 4 (continued): Stop codes and next steps",
    )

    # ================================================================ 4
    g.h1("4. Grad-Shift: from student card to salaried card")
    g.para("Grad-Shift moves a KartMela Campus cardholder to KartMela Classic once they start "
           "earning, without a new application or a new Video KYC. You can use it from your final "
           "semester until 12 months after your course end date, provided the Campus card is at "
           "least 6 months old and no payment on it has been more than 30 days late. To qualify you "
           "need a job offer letter or a salary credit of at least Rs. 25,000 a month.")
    g.h2("How to upgrade")
    g.steps([
        "In Satpura Go, open Card > Grad-Shift and check that your details are correct.",
        "Upload your offer letter (dated within the last 60 days), or give Account Aggregator consent "
        "so we can see one salary credit.",
        "Agree to a hard bureau check and accept the Classic KFS with an Aadhaar OTP.",
        "Get a decision within 3 working days. If approved, the Classic card is dispatched within "
        "5 working days and the virtual Classic card appears in the app at once.",
        "Activate the Classic card. Your Campus card stops working at that moment; any Campus "
        "balance and running EMIs move to the Classic account.",
    ])
    g.caption("Table 5: What changes with Grad-Shift")
    g.table(
        ["Item", "While on KartMela Campus", "After Grad-Shift to KartMela Classic"],
        [
            ["Co-obligant", "Required", "Released automatically on the day you activate Classic"],
            ["Card number and network", "RuPay card number", "New Visa card number"],
            ["Credit limit", "Rs. 10,000 to Rs. 30,000", "Reassessed; never lower than your "
             "Campus limit"],
            ["Annual fee", "Nil", "Waived for the first Classic year; Rs. 499 after that"],
            ["Cashback on KartMela", "3%", "5%"],
            ["MelaCash balance", "Yours", "Carried over in full, with the original expiry dates"],
            ["Cash withdrawal", "Not allowed", "Up to 20% of credit limit"],
        ],
        [2.2, 3, 3.8],
    )
    g.para("After you activate Classic, spend Rs. 5,000 within 45 days to receive a Grad-Shift "
           "bonus of 750 MelaCash. If you have not upgraded within 12 months of your course end "
           "date, new purchases on the Campus card are blocked; you can still pay your dues, and "
           "you may either apply for Grad-Shift or close the card.")

    # ================================================================ 5
    g.h1("5. Fees and charges")
    g.para("All fees and interest attract GST at 18%, shown separately on your statement. The fees "
           "below are for the primary card; add-on cards have no fee of their own.")
    g.caption("Table 6: Schedule of fees and charges")
    g.table(
        ["Charge", "KartMela Campus", "KartMela Classic", "KartMela Max"],
        [
            ["Joining fee", "Nil", "Rs. 499", "Rs. 2,999"],
            ["Annual fee (from the second year)", "Nil", "Rs. 499", "Rs. 2,999"],
            ["Annual fee waiver", "Not applicable", "Spend Rs. 1,00,000 in the previous card year",
             "Spend Rs. 4,00,000 in the previous card year"],
            ["Interest on unpaid balances and cash", "3.25% per month (39% a year)",
             "3.6% per month (43.2% a year)", "2.95% per month (35.4% a year)"],
            ["Cash withdrawal fee", "Not applicable", "2.5% of the amount, minimum Rs. 500",
             "2.5% of the amount, minimum Rs. 500"],
            ["Foreign currency mark-up", "Not applicable", "3.5% of the amount",
             "1.99% of the amount"],
            ["Rent payments through any app or website", "Not allowed",
             "1% of the amount, minimum Rs. 249", "1% of the amount, minimum Rs. 249"],
            ["Utility bills above Rs. 40,000 in a statement cycle", "1% of the amount above "
             "Rs. 40,000", "1% of the amount above Rs. 40,000", "Nil"],
            ["Fuel surcharge (1% of fuel bills)", "Charged, no waiver",
             "Waived on bills of Rs. 400 to Rs. 4,000, up to Rs. 250 a month",
             "Waived on bills of Rs. 400 to Rs. 4,000, up to Rs. 500 a month"],
            ["Pay-in-Parts processing fee", "Rs. 99 per plan", "1% of the amount, minimum Rs. 199",
             "Nil"],
            ["Pay-in-Parts pre-closure", "3% of the principal outstanding",
             "3% of the principal outstanding", "2% of the principal outstanding"],
            ["Payment returned (cheque, NACH or autopay)", "2% of the payment, minimum Rs. 450",
             "2% of the payment, minimum Rs. 450", "2% of the payment, minimum Rs. 450"],
            ["Cash payment at a branch", "Rs. 150 per payment", "Rs. 150 per payment",
             "Rs. 150 per payment"],
            ["Card replacement (lost, stolen or damaged)", "Rs. 100", "Rs. 250", "Nil"],
            ["Over-limit charge (only if opted in)", "Not available",
             "2.5% of the over-limit amount, minimum Rs. 500",
             "2.5% of the over-limit amount, minimum Rs. 500"],
            ["Copy of a statement older than 6 months", "Rs. 50 per statement",
             "Rs. 50 per statement", "Nil"],
            ["Late payment charge", "As per Table 7", "As per Table 7", "As per Table 7"],
        ],
        [2.9, 2.0, 2.2, 2.2],
        cont_label="Table 6 (continued): Schedule of fees and charges",
    )
    g.caption("Table 7: Late payment charge (slab on the total amount due)")
    g.table(
        ["Total amount due on the statement", "Late payment charge"],
        [
            ["Up to Rs. 500", "Nil"],
            ["Rs. 501 to Rs. 2,500", "Rs. 300"],
            ["Rs. 2,501 to Rs. 10,000", "Rs. 650"],
            ["Rs. 10,001 to Rs. 25,000", "Rs. 900"],
            ["Rs. 25,001 to Rs. 50,000", "Rs. 1,150"],
            ["Above Rs. 50,000", "Rs. 1,350"],
        ],
        [5, 4],
    )
    g.para("A late payment charge is levied only if the minimum amount due is still unpaid 3 days "
           "after the payment due date. On KartMela Campus the charge is capped at Rs. 300 in any "
           "statement, whatever the slab.")

    # ================================================================ 6
    g.h1("6. Cashback, redemption and Pay-in-Parts")
    g.h2("6.1 Earning MelaCash")
    g.para("MelaCash is worked out on each eligible transaction and credited to your MelaCash "
           "balance within 5 days after your statement date. The monthly cap in the table applies "
           "only to KartMela, KartMela Fresh and partner spends; cashback on all other eligible "
           "spends has no cap.")
    g.caption("Table 8: Cashback rates by variant")
    g.table(
        ["Where you spend", "KartMela Campus", "KartMela Classic", "KartMela Max"],
        [
            ["KartMela app and website (linked account)", "3%", "5%", "7.5%"],
            ["KartMela Fresh grocery delivery", "2%", "3%", "5%"],
            ["Partner merchants: FoodDash, RideLoop and StreamBox", "2%", "2%", "3%"],
            ["All other eligible spends", "0.5%", "1%", "1.25%"],
            ["Monthly cap on KartMela, Fresh and partner cashback", "500 MelaCash",
             "2,000 MelaCash", "6,000 MelaCash"],
        ],
        [3.6, 1.8, 1.8, 1.8],
    )
    g.para("No MelaCash is earned on fuel, rent, wallet loads, insurance premiums, government "
           "payments and taxes, cash withdrawals, purchases converted into Pay-in-Parts, KartMela "
           "gift card purchases, or fees and charges. If you return a KartMela order, the MelaCash "
           "earned on it is taken back from your balance, or added to your next statement as a debit "
           "if your balance is too low.")
    g.h2("6.2 Using MelaCash", keep=150)
    g.caption("Table 9: Redemption options")
    g.table(
        ["Option", "Value", "Minimum per redemption", "Fee"],
        [
            ["Statement credit", "1 MelaCash = Rs. 1", "100 MelaCash", "Nil"],
            ["KartMela gift card", "1 MelaCash = Rs. 1.10", "250 MelaCash", "Nil"],
            ["Auto-Settle (credited to every statement automatically)", "1 MelaCash = Rs. 1",
             "No minimum", "Nil"],
            ["Donation to Saksham Pathshala Trust", "1 MelaCash = Rs. 1", "50 MelaCash", "Nil"],
        ],
        [3.4, 2.2, 2, 1.2],
    )
    g.para("Redeem in the app under Rewards > MelaCash. MelaCash expires 24 months after it is "
           "credited. Any unredeemed balance is forfeited when the card is closed, or when a payment "
           "is more than 90 days overdue.")
    g.h2("6.3 Pay-in-Parts (EMI conversion)")
    g.para("You can convert a purchase into EMIs at KartMela checkout, or in the app under "
           "Transactions > Pay-in-Parts within 30 days of the transaction date. The whole purchase "
           "amount is blocked from your limit and released as you repay each instalment. You can "
           "hold up to 6 active Pay-in-Parts plans at a time, or 3 on Campus.")
    g.caption("Table 10: Pay-in-Parts tenures and rates")
    g.table(
        ["Tenure", "Interest rate (reducing balance, per year)", "Minimum purchase amount",
         "Available on"],
        [
            ["3 months", "13%", "Rs. 2,000", "All variants"],
            ["6 months", "14%", "Rs. 2,000", "All variants"],
            ["9 months", "15%", "Rs. 3,000", "All variants"],
            ["12 months", "16%", "Rs. 5,000", "All variants"],
            ["18 months", "16%", "Rs. 10,000", "Classic and Max"],
            ["24 months", "17%", "Rs. 15,000", "Classic and Max"],
        ],
        [1.6, 3, 2.4, 2],
    )

    # ================================================================ 7
    g.h1("7. Statements, payments and interest")
    g.bullets([
        "Statement date: choose the 5th, 12th, 19th or 26th of the month at Stage 4. You can change "
        "it in the app once every 6 months.",
        "Payment due date: 18 days after the statement date, so a purchase gets 18 to 48 days "
        "without interest if you pay the total amount due in full by the due date.",
        "Minimum amount due: 5% of the total amount due or Rs. 250 (Rs. 100 on Campus), whichever "
        "is higher, plus Pay-in-Parts instalments, fees and any over-limit amount billed.",
        "If you pay less than the total amount due, interest runs on each purchase from its "
        "transaction date, and new purchases get no interest-free period until you clear the "
        "dues in full.",
        "Cash withdrawals (Classic and Max) carry interest from the withdrawal date until repaid.",
        "Ways to pay: UPI or net banking in Satpura Go, autopay (NACH) from any Indian bank "
        "account, NEFT or IMPS, or cash at a branch (fee in Table 6). Payments by UPI are credited "
        "at once; NEFT may take up to 1 working day.",
    ])
    g.h2("Worked example (KartMela Classic, 3.6% per month)")
    g.para("Rohan's statement date is the 12th and his due date is the 30th. On 20 April he buys "
           "headphones for Rs. 8,000 and does not convert them to EMI. His 12 May statement shows a "
           "total amount due of Rs. 8,000 and a minimum amount due of Rs. 400. On 30 May he pays "
           "Rs. 3,000. Because he did not pay in full, interest is charged from 20 April: "
           "Rs. 8,000 x 43.2% x 40/365 = Rs. 378.74 for 20 April to 30 May, plus Rs. 5,000 x 43.2% "
           "x 13/365 = Rs. 76.93 for 30 May to 12 June. His 12 June statement shows interest of "
           "Rs. 455.67 plus GST of Rs. 82.02, a total of Rs. 537.69. There is no late payment "
           "charge, because he paid more than the minimum amount due.")

    # ================================================================ 8
    g.h1("8. Credit limit, card controls and safety")
    g.bullets([
        "Limit increase: on Classic and Max you can ask for a higher limit in the app after 6 months "
        "of on-time payments. The Campus limit is raised only through Grad-Shift.",
        "An increase offered by the bank is never applied without your consent. You can lower your "
        "limit at any time in the app.",
        "Card Controls let you switch online use, contactless use, international use and Shop Lock "
        "on or off, and set a per-transaction limit for online spends of Rs. 500 or more.",
        "International use is off when a card is issued. It cannot be switched on for KartMela "
        "Campus cards.",
        "A contactless tap payment of up to Rs. 5,000 needs no PIN; above that the PIN is asked for.",
        "Satpura Bank will never ask for your OTP, CVV, PIN or MPIN by phone, SMS, e-mail or chat.",
    ])
    g.h2("If your card is lost or you see a transaction you did not make")
    g.steps([
        "Block the card at once: Satpura Go > Card > Block, the helpline, or the SMS in Table 12.",
        "Raise a dispute for each unknown transaction in the app under Transactions > Report.",
        "Order a replacement card in the app (fee in Table 6).",
    ])
    g.para("If you report an unauthorised transaction within 3 working days of being told about it, "
           "your liability is zero. Questions about a KartMela order itself - delivery, returns, "
           "replacements - are handled by KartMela customer support in the KartMela app; the bank "
           "cannot cancel an order. To close your card, ask in the app or through the helpline; it "
           "is closed within 7 working days once all dues are paid.")

    # ================================================================ 9
    g.h1("9. Key timelines", keep=250)
    g.caption("Table 11: Timelines at a glance")
    g.table(
        ["Event", "Timeline"],
        [
            ["Resuming an unfinished application", "Within 21 days of your last completed stage"],
            ["Co-obligant consent (Campus)", "Within 72 hours of the link being sent"],
            ["Review of uploaded documents", "Within 1 working day"],
            ["Offer validity", "7 days"],
            ["Video KYC after e-signing", "Within 7 days"],
            ["Virtual card", "Within 30 minutes of Video KYC approval"],
            ["Physical card dispatch", "Within 3 working days of approval"],
            ["Card activation", "Within 30 days of card issue"],
            ["MelaCash credit", "Within 5 days after the statement date"],
            ["Grad-Shift decision", "Within 3 working days"],
            ["Reapplying after a decline", "After 90 days"],
        ],
        [5, 4],
    )

    # ================================================================ 10
    g.h1("10. Frequently asked questions")
    faq = [
        ("I do not shop on KartMela. Is this card still worth it for me?",
         "You still earn 0.5% to 1.25% on all other eligible spends, with no cap, plus the partner "
         "merchant rates in Table 8. The higher KartMela rates need a linked KartMela account."),
        ("My brother studies through an open university by correspondence. Can he get Campus?",
         "No. Campus is only for full-time courses; part-time, distance and online-only courses "
         "do not qualify."),
        ("Can my mother be the co-obligant for both me and my sister?",
         "Yes. One person can be co-obligant for up to two Campus cards."),
        ("Can I do Video KYC on a Sunday evening?",
         "Yes. Officers are available from 8:00 AM to 10:00 PM every day, except on 26 January, "
         "15 August and 2 October."),
        ("Does checking my offer affect my credit score?",
         "No. Stage 5 first uses a soft check to show the offer. A hard check is made only after you "
         "accept it."),
        ("I bought a phone on no-cost EMI. Why did I get no cashback on it?",
         "Purchases converted into Pay-in-Parts, including no-cost EMI, do not earn MelaCash."),
        ("Can I close a Pay-in-Parts plan early?",
         "Yes, in the app. A pre-closure charge of 3% of the principal outstanding applies on Campus "
         "and Classic, and 2% on Max."),
        ("I have finished my course but have not found a job yet. What happens to my Campus card?",
         "Grad-Shift stays open until 12 months after your course end date. After that, new purchases "
         "are blocked until you upgrade or close the card."),
        ("Will my cashback be lost when I move from Campus to Classic?",
         "No. Your MelaCash balance moves across in full and keeps its original expiry dates."),
        ("Can I use my Campus card to pay on UPI?",
         "Yes. Campus is a RuPay card, so you can link it to UPI apps. Classic and Max cannot be "
         "linked to UPI."),
        ("I paid my bill 2 days late. Will I pay a late fee?",
         "Not if you paid at least the minimum amount due within 3 days after the due date. Interest "
         "still applies as explained in section 7."),
        ("Who do I contact about a damaged KartMela delivery?",
         "KartMela customer support, through the KartMela app. The bank handles only card and payment "
         "questions."),
    ]
    for i, (q, a) in enumerate(faq, 1):
        g.ensure(40)
        g.para("Q%d. %s" % (i, q), font=BOLD, size=9.3, after=1)
        g.para(a, size=9.3, after=5)

    # ================================================================ 11
    g.h1("11. Contact us and complaints")
    g.caption("Table 12: Contact details")
    g.table(
        ["Channel", "Details", "Hours"],
        [
            ["KartMela Card helpline (toll-free)", "1800-266-4410", "24x7"],
            ["KartMela Max priority line", "1800-266-4499", "24x7"],
            ["Calling from outside India", "+91-755-408-2200 (charges apply)", "24x7"],
            ["WhatsApp", "+91 88890 41122 (send \"HI KM\")", "24x7"],
            ["E-mail", "kartmela.care@satpurabank.in", "Reply within 2 working days"],
            ["Campus desk (students and co-obligants)", "campus.kartmela@satpurabank.in",
             "9:00 AM to 6:00 PM, Monday to Friday"],
            ["Block a card by SMS", "BLOCK <last 4 digits of card> to 5676123", "24x7"],
            ["Branches", "Any Satpura Bank branch", "10:00 AM to 4:00 PM, Monday to Saturday "
             "(closed on the second and fourth Saturdays)"],
        ],
        [2.8, 3.4, 2.8],
    )
    g.h2("How to escalate a complaint")
    g.steps([
        "Raise it with customer care: the helpline, e-mail, or Satpura Go > Help > Raise a complaint. "
        "You receive a reference number and a reply within 7 working days.",
        "Not satisfied? Write to the Grievance Redressal Officer, Mr. Devendra Kulkarni, at "
        "grievance.cards@satpurabank.in, quoting your reference number. He replies within 10 "
        "working days.",
        "Still unresolved? Write to the Principal Nodal Officer, Ms. Farah Qureshi, at "
        "nodal.officer@satpurabank.in, or by post to Satpura Bank Limited, 4th Floor, Narmada "
        "Tower, Plot 12, Arera Hills, Bhopal 462011.",
        "If there is no resolution within 30 days of your first complaint, or you are unhappy with "
        "the reply, you may approach the RBI Integrated Ombudsman Scheme.",
    ])
    g.para("Satpura Bank Limited, KartMela, the KartMela Cashback Credit Card and every name, number "
           "and address in this guide are fictional.", size=7.4, color=GREY, after=0)
    return g.save()


if __name__ == "__main__":
    # Pass 1 counts the pages; pass 2 writes the "Page x of N" footers.
    pages = build(0)
    if build(pages) is not None:
        raise SystemExit("page count changed between passes")
    print(OUT)
