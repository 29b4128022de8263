"""Build the eighth fictional product document (a blind generality test).

Writes tamrapar-galla-business-credit-card.pdf next to this script, with
PyMuPDF and the built-in Helvetica fonts only. Metadata dates are fixed and
the file is saved with no_new_id=True, so a rebuild gives the same bytes.

    cd /work/main && .venv/bin/python data/eval/eighth-doc/build_pdf.py

Everything in the document (bank, card, partner merchants, app, people,
numbers, phone numbers, e-mail addresses, URLs) is fictional.
"""

from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
OUT = HERE / "tamrapar-galla-business-credit-card.pdf"

PAGE_W, PAGE_H = pymupdf.paper_size("a4")
LEFT, RIGHT = 48.0, PAGE_W - 48.0
TOP, BOTTOM = 76.0, PAGE_H - 60.0
WIDTH = RIGHT - LEFT

FONT, BOLD = "helv", "hebo"
SIZE, LEAD = 9.2, 12.3
TABLE_SIZE, TABLE_LEAD = 8.2, 10.5
NOTE_SIZE, NOTE_LEAD = 7.6, 9.6
BLACK = (0, 0, 0)
GREY = (0.38, 0.38, 0.38)
COPPER = (0.55, 0.27, 0.07)
SHADE = (0.96, 0.91, 0.86)

HEADER_LEFT = "Tamrapar Small Finance Bank Ltd.  |  Galla Business Credit Card"
HEADER_RIGHT = "Applicant Guide - Edition 2.1 - Effective 15 July 2025"
FOOTER_LEFT = "Doc. TSFB/BCC/GALLA/2025-07  |  Fictional document written for evaluation only"
FOOTER_SUB = ("Tamrapar Small Finance Bank Ltd., 7 Copper Market Road, Indore 452002. "
              "Card care 1800-572-6030 (24x7).")


def tlen(text, font, size):
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def wrap_runs(runs, width, size):
    """Wrap [(text, font), ...] into lines, each a list of (text, font) segments."""
    words = [(w, f) for text, f in runs for w in text.split(" ") if w]
    space = tlen(" ", FONT, size)
    lines, cur, cur_w = [], [], 0.0
    for w, f in words:
        ww = tlen(w, f, size)
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
        segs = []
        for w, f in line:
            if segs and segs[-1][1] == f:
                segs[-1] = (segs[-1][0] + " " + w, f)
            elif segs:
                segs.append((" " + w, f))
            else:
                segs.append((w, f))
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

    def new_page(self):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.y = TOP

    def ensure(self, h):
        if self.y + h > BOTTOM:
            self.new_page()

    def decorate(self):
        n = len(self.doc)
        for i, page in enumerate(self.doc):
            page.draw_rect(pymupdf.Rect(0, 0, PAGE_W, 6), color=None, fill=COPPER)
            page.insert_text((LEFT, 32), HEADER_LEFT, fontname=BOLD, fontsize=8.6, color=COPPER)
            w = tlen(HEADER_RIGHT, FONT, 7.8)
            page.insert_text((RIGHT - w, 32), HEADER_RIGHT, fontname=FONT, fontsize=7.8, color=GREY)
            page.draw_line((LEFT, 40), (RIGHT, 40), color=COPPER, width=0.8)
            page.draw_line((LEFT, PAGE_H - 47), (RIGHT, PAGE_H - 47), color=GREY, width=0.5)
            page.insert_text((LEFT, PAGE_H - 35), FOOTER_LEFT, fontname=FONT, fontsize=7.4, color=GREY)
            label = f"Page {i + 1} of {n}"
            w = tlen(label, FONT, 7.4)
            page.insert_text((RIGHT - w, PAGE_H - 35), label, fontname=FONT, fontsize=7.4, color=GREY)
            page.insert_text((LEFT, PAGE_H - 24), FOOTER_SUB, fontname=FONT, fontsize=6.9, color=GREY)

    # -- text blocks -----------------------------------------------------
    def title(self, text, subtitle):
        self.page.insert_text((LEFT, self.y + 15), text, fontname=BOLD, fontsize=19, color=COPPER)
        self.y += 26
        for line in wrap_plain(subtitle, FONT, 10.2, WIDTH):
            self.page.insert_text((LEFT, self.y + 11), line, fontname=FONT, fontsize=10.2, color=GREY)
            self.y += 13.5
        self.y += 6

    def heading(self, text, keep=4 * LEAD):
        self.ensure(18 + keep)
        self.y += 6
        self.page.insert_text((LEFT, self.y + 12), text, fontname=BOLD, fontsize=12, color=COPPER)
        self.y += 18

    def subheading(self, text, x=None, width=None, keep=3 * LEAD):
        self.ensure(14 + keep)
        self.y += 2
        self.page.insert_text((LEFT if x is None else x, self.y + 10), text, fontname=BOLD,
                              fontsize=9.8, color=BLACK)
        self.y += 14.5

    def para(self, text, lead=None, indent=0.0, bullet=None, x0=None, x1=None,
             size=SIZE, leading=LEAD, color=BLACK):
        runs = [(lead, BOLD)] if lead else []
        runs.append((text, FONT))
        left = (LEFT if x0 is None else x0) + indent
        right = RIGHT if x1 is None else x1
        tx = left + (11 if bullet else 0)
        for k, segs in enumerate(wrap_runs(runs, right - tx, size)):
            self.ensure(leading)
            base = self.y + size
            if bullet and k == 0:
                self.page.insert_text((tx - 9, base), bullet, fontname=FONT, fontsize=size, color=color)
            x = tx
            for s, f in segs:
                self.page.insert_text((x, base), s, fontname=f, fontsize=size, color=color)
                x += tlen(s, f, size)
            self.y += leading
        self.y += 3.5

    def bullets(self, items, indent=5.0, x0=None, x1=None):
        for item in items:
            if isinstance(item, tuple):
                self.para(item[1], lead=item[0], indent=indent, bullet="-", x0=x0, x1=x1)
            else:
                self.para(item, indent=indent, bullet="-", x0=x0, x1=x1)
            self.y -= 2
        self.y += 2

    def note(self, text, lead=None):
        runs = ([(lead, BOLD)] if lead else []) + [(text, FONT)]
        self.ensure(len(wrap_runs(runs, WIDTH, NOTE_SIZE)) * NOTE_LEAD)  # a note never splits
        self.para(text, lead=lead, size=NOTE_SIZE, leading=NOTE_LEAD, color=GREY)
        self.y -= 1.5

    def two_columns(self, left, right, gap=18.0):
        """Two columns side by side: each is (heading, [bullet items])."""
        colw = (WIDTH - gap) / 2
        xs = [(LEFT, LEFT + colw), (LEFT + colw + gap, RIGHT)]
        need = 0.0
        for head, items in (left, right):
            h = 19 + 2
            for item in items:
                h += len(wrap_plain(item, FONT, SIZE, colw - 11)) * LEAD + 1.5
            need = max(need, h)
        self.ensure(need)  # the two columns always sit together on one page
        start_y = self.y
        ends = []
        for (head, items), (x0, x1) in zip((left, right), xs):
            self.y = start_y
            self.page.draw_rect(pymupdf.Rect(x0, self.y, x1, self.y + 15), color=None, fill=SHADE)
            self.page.insert_text((x0 + 4, self.y + 11), head, fontname=BOLD, fontsize=9.4, color=COPPER)
            self.y += 19
            self.bullets(items, indent=0.0, x0=x0, x1=x1)
            ends.append(self.y)
        self.y = max(ends)
        # a thin rule between the two columns
        mid = LEFT + colw + gap / 2
        self.page.draw_line((mid, start_y), (mid, self.y - 4), color=GREY, width=0.4)
        self.y += 2

    # -- ruled tables ----------------------------------------------------
    def table(self, widths, header, rows, caption, split=False):
        total = sum(widths)
        widths = [w * WIDTH / total for w in widths]
        pad = 3.8

        def layout(cells, font):
            wrapped = [wrap_plain(c, font, TABLE_SIZE, w - 2 * pad) for c, w in zip(cells, widths)]
            return wrapped, max(len(x) for x in wrapped) * TABLE_LEAD + 2 * pad - 0.5

        head = layout(header, BOLD)
        body = [layout(r, FONT) for r in rows]

        def draw_caption(text):
            self.page.insert_text((LEFT, self.y + 10), text, fontname=BOLD, fontsize=9.0, color=COPPER)
            self.y += 15

        def draw_row(wrapped, h, font, shaded):
            top = self.y
            if shaded:
                self.page.draw_rect(pymupdf.Rect(LEFT, top, RIGHT, top + h), color=None, fill=SHADE)
            x = LEFT
            for lines, w in zip(wrapped, widths):
                for k, line in enumerate(lines):
                    self.page.insert_text((x + pad, top + pad + TABLE_SIZE + k * TABLE_LEAD - 1),
                                          line, fontname=font, fontsize=TABLE_SIZE)
                x += w
            self.page.draw_line((LEFT, top), (RIGHT, top), color=BLACK, width=0.6)
            self.page.draw_line((LEFT, top + h), (RIGHT, top + h), color=BLACK, width=0.6)
            x = LEFT
            for w in widths:
                self.page.draw_line((x, top), (x, top + h), color=BLACK, width=0.6)
                x += w
            self.page.draw_line((RIGHT, top), (RIGHT, top + h), color=BLACK, width=0.6)
            self.y += h

        full = 15 + head[1] + sum(h for _, h in body)
        if not split and self.y + full > BOTTOM and full <= BOTTOM - TOP:
            self.new_page()
        self.ensure(15 + head[1] + body[0][1])
        draw_caption(caption)
        draw_row(*head, BOLD, True)
        for wrapped, h in body:
            if self.y + h > BOTTOM:
                self.new_page()
                draw_caption(caption.split(".")[0] + ". (continued)")
                draw_row(*head, BOLD, True)
            draw_row(wrapped, h, FONT, False)
        self.y += 8


def build():
    w = Writer()
    w.title(
        "Tamrapar Galla Business Credit Card",
        "Applicant and cardholder guide for shop owners, traders and self-employed professionals: "
        "the online application, fees, partner cashback, EMI, limits and help. "
        "Issued by Tamrapar Small Finance Bank Ltd.",
    )

    # 1 -------------------------------------------------------------------
    w.heading("1. About the card")
    w.para(
        "The Galla Business Credit Card is issued by Tamrapar Small Finance Bank Ltd. (\"Tamrapar\" or \"the "
        "Bank\") for people who run their own shop, trade or practice: kirana and retail shop owners, "
        "wholesalers and small traders, and self-employed professionals such as doctors, chartered "
        "accountants, architects and lawyers. It keeps business spending apart from personal spending, "
        "gives up to 50 days of interest-free credit on stock and supplies, and pays cashback at partner "
        "merchants that small businesses use every week."
    )
    w.para(
        "This guide covers both variants, who can apply, the six-stage online application in the Tamrapar "
        "Biz app or at apply.tamraparbank.in/galla, the codes an application can stop with, fees, rewards, "
        "EMI, limits and help. Read it with the Most Important Terms and Conditions (MITC) that you sign at "
        "the Agreement e-Sign stage; if the two differ, the MITC prevails. Amounts are in Indian rupees "
        "(Rs.) and exclude GST at 18% unless stated otherwise."
    )
    w.table(
        [30, 35, 35],
        ["At a glance", "Galla Essential", "Galla Pro"],
        [
            ["Card network", "RuPay Business", "Visa Business"],
            ["Credit limit range", "Rs. 25,000 to Rs. 3,00,000", "Rs. 1,00,000 to Rs. 10,00,000"],
            ["Joining fee / annual fee", "Rs. 699 / Rs. 699", "Rs. 2,499 / Rs. 2,499"],
            ["Interest-free period", "Up to 50 days", "Up to 50 days"],
            ["Employee add-on cards", "Up to 2", "Up to 5"],
            ["Base rewards", "1 Galla Coin per Rs. 100", "2 Galla Coins per Rs. 100"],
        ],
        caption="Table 1. The two variants at a glance",
    )

    # 2 -------------------------------------------------------------------
    w.heading("2. Who can apply and what you need")
    w.subheading("2.1 Eligibility")
    w.bullets([
        ("Who: ", "sole proprietors, partners of partnership firms (with the written consent of all partners) "
         "and self-employed professionals, resident in India and aged 23 to 65 years on the date of "
         "application. Private limited companies and LLPs apply for the Tamrapar Corporate Card instead."),
        ("Business vintage: ", "the shop or trade must have run for at least 2 years; a professional must have "
         "practised for at least 3 years after registering with their professional council."),
        ("Annual turnover or gross receipts: ", "at least Rs. 12,00,000 for Galla Essential and at least "
         "Rs. 40,00,000 for Galla Pro, as shown in your GST returns or latest income tax return (ITR)."),
        ("Registration: ", "a GSTIN with status Active, or, if your business does not need GST registration, "
         "a Udyam Registration Certificate. Professionals may give their council registration number instead."),
        ("Bank account: ", "a current account (with any bank) in the name of the business or proprietor, "
         "open for at least 12 months. Professionals may use the savings account that receives their fees."),
        ("Where: ", "the business address must be in one of the 220 cities and towns served by the Bank; "
         "the app checks the pin code at the first stage."),
    ])
    w.subheading("2.2 Documents", keep=200)
    w.two_columns(
        ("Shop owners and traders", [
            "PAN of the proprietor; for a partnership firm, the firm's PAN and every partner's PAN.",
            "GST registration certificate, or Udyam Registration Certificate.",
            "Current-account e-statements for the last 6 months (or fetched through Account Aggregator).",
            "Latest ITR with the computation of income.",
            "A photo of the shop front showing the name board, taken inside the app.",
            "Partnership firms only: partnership deed and an authority letter signed by all partners.",
        ]),
        ("Self-employed professionals", [
            "PAN.",
            "Certificate of practice or registration with the professional council (for example the "
            "medical council or ICAI).",
            "E-statements for the last 6 months of the account that receives professional fees.",
            "ITRs for the last 2 years.",
            "Clinic or office address proof: an electricity bill not older than 60 days, or a registered "
            "rent agreement.",
        ]),
    )
    w.para(
        "File rules: PDF, JPG or PNG files, up to 8 MB each and at most 12 files per application. Bank "
        "statements must be original e-statements downloaded from net banking; scanned, photographed or "
        "edited statements are rejected (code SU-207). Password-protected PDFs are accepted if you enter the "
        "password when the app asks for it."
    )

    # 3 -------------------------------------------------------------------
    w.heading("3. The online application: six stages")
    w.para(
        "Apply in the Tamrapar Biz app or at apply.tamraparbank.in/galla. The stages take about 35 minutes of "
        "your own time, plus any review time of the Bank. Your application is saved after every stage and is "
        "kept for 21 days: resume it from the link sent by SMS or from Biz app > Applications. After 21 days it "
        "is deleted and you must apply again. A session times out after 10 minutes without activity; "
        "completed stages are not lost."
    )
    w.table(
        [6, 19, 45, 14, 16],
        ["No.", "Stage", "What happens", "Your time", "Available"],
        [
            ["1", "Business Verify",
             "Mobile OTP, PAN and GSTIN or Udyam number; the app fetches the business name and address from "
             "the GST or Udyam portal and matches them with PAN; soft bureau check", "5 minutes", "24x7"],
            ["2", "Statement Upload",
             "Upload 6 months of e-statements or fetch them through Account Aggregator; the app reads "
             "turnover, credits and cheque returns", "8 minutes", "24x7"],
            ["3", "Video Verification",
             "Live video call with a Bank officer: show your original PAN, sign on a white sheet, show the "
             "shop or office name board", "10 to 12 minutes", "9 AM to 9 PM, Monday to Saturday"],
            ["4", "Limit Assignment",
             "The Bank assigns the variant and credit limit; accept or lower the limit and choose a "
             "statement date", "2 minutes (review: up to 2 working days)", "24x7"],
            ["5", "Agreement e-Sign",
             "Read and e-sign the MITC and the business cardholder agreement with an Aadhaar OTP",
             "3 minutes", "24x7"],
            ["6", "Card Activation",
             "After the card arrives: set the PIN in the app and make a first transaction", "2 minutes",
             "24x7"],
        ],
        caption="Table 2. The six stages",
    )
    w.note(
        "\"24x7\" excludes the weekly maintenance window, every Wednesday from 1:00 AM to 3:30 AM, when the "
        "application and the app's card services cannot be used. Video Verification is not available on "
        "national holidays."
    )
    w.subheading("Stage 1 - Business Verify")
    w.para(
        "Enter your mobile number and the 6-digit OTP sent to it; the OTP is valid for 120 seconds and can be "
        "sent again up to 4 times. Then enter your PAN and either your 15-character GSTIN or your Udyam "
        "Registration Number. The app fetches the legal name, trade name and principal place of business "
        "from the GST portal or the Udyam portal and checks that the legal name matches the name on your PAN. "
        "A soft enquiry with a credit bureau follows; it does not affect your credit score."
    )
    w.subheading("Stage 2 - Statement Upload")
    w.para(
        "Choose Account Aggregator (approve the consent in your AA app; statements arrive in about 2 minutes) "
        "or upload e-statement PDFs. You need 6 complete months, and the latest month must end no more than "
        "30 days before the day you upload. If the statements show more than 3 cheque or auto-debit returns "
        "for insufficient funds in those 6 months, the application is held for a manual review (code SU-215)."
    )
    w.subheading("Stage 3 - Video Verification")
    w.para(
        "Keep ready your original PAN card, a blank white sheet, a blue or black pen, good light and an "
        "internet speed of at least 1 Mbps. You must be in India during the call. The wait is usually under 5 "
        "minutes; if it is longer than 20 minutes you can book a slot up to 3 days ahead. The officer asks "
        "you to show your shop or office name board through the rear camera. If a call drops, rejoin within "
        "24 hours from the same link without repeating earlier stages. After 3 unsuccessful calls, book a "
        "Branch Verification at any Tamrapar branch within 15 days instead."
    )
    w.subheading("Stage 4 - Limit Assignment")
    w.para(
        "Most applicants see a decision at once. If the turnover in your bank statements differs from your "
        "GST returns by more than 25%, a credit officer reviews the file (code LA-405) and decides within 2 "
        "working days. You may accept a lower limit than the one offered, but not a higher one. Choose a "
        "statement date: the 3rd, 10th, 17th or 24th of the month. A hard bureau enquiry is made only when "
        "you accept the offer."
    )
    w.subheading("Stage 5 - Agreement e-Sign")
    w.para(
        "E-sign with an OTP sent to the mobile number linked to your Aadhaar; the OTP is valid for 10 minutes. "
        "Partnership firms may sign with a Class 3 digital signature certificate (DSC) instead. Final "
        "approval comes within 4 working hours of e-Sign. A virtual card is then shown in the app and can be "
        "used for online payments of up to Rs. 25,000 in total until the physical card is activated. The "
        "physical card is dispatched to the business address within 3 working days of approval."
    )
    w.subheading("Stage 6 - Card Activation")
    w.para(
        "When the card arrives, open Biz app > Cards > Set PIN, set a 4-digit PIN and make one transaction of "
        "any amount. Do this within 30 days of delivery. If the card is not activated within 30 days of "
        "delivery it is put on hold (code CA-601) and can be activated only through card care. If it is still "
        "not activated 60 days after delivery, the card is closed and no joining fee is charged."
    )

    # 4 -------------------------------------------------------------------
    w.heading("4. When an application stops: codes and what to do")
    w.para(
        "If your application stops, the app and the SMS show a code. Most holds can be cleared by you; "
        "others need the onboarding desk (1800-572-6045)."
    )
    w.table(
        [11, 17, 36, 36],
        ["Code", "Stage", "What it means", "What to do"],
        [
            ["BV-101", "Business Verify", "PAN not valid or not found with the Income Tax Department",
             "Enter the PAN exactly as printed; if it is correct, call the onboarding desk"],
            ["BV-104", "Business Verify", "GSTIN status is Cancelled or Suspended on the GST portal",
             "Use your Udyam number if GST registration is not required for you, or apply again 7 days "
             "after the GSTIN is restored"],
            ["BV-108", "Business Verify", "Name on PAN does not match the legal name in GST or Udyam records",
             "Upload a name declaration on your letterhead; it is reviewed within 1 working day"],
            ["BV-112", "Business Verify", "Business pin code is not served by the Bank",
             "You cannot apply from this address yet; the list of cities is on the website"],
            ["SU-203", "Statement Upload", "Fewer than 6 complete months of statements",
             "Upload the missing months or fetch them through Account Aggregator"],
            ["SU-207", "Statement Upload", "Statement is a scan, a photo or an edited file",
             "Download the original e-statement from net banking, or use Account Aggregator"],
            ["SU-215", "Statement Upload", "More than 3 cheque or auto-debit returns in 6 months",
             "Nothing to do: held for manual review, decision within 2 working days by SMS"],
            ["VV-302", "Video Verification", "Call dropped or the video was not clear",
             "Rejoin within 24 hours from the same link"],
            ["VV-306", "Video Verification", "Location outside India, or a VPN was detected",
             "Switch off the VPN and join again from India"],
            ["VV-311", "Video Verification", "Face or signature does not match the PAN",
             "Book a Branch Verification within 15 days"],
            ["LA-401", "Limit Assignment", "The limit the Bank can offer is below Rs. 25,000",
             "The application is declined; you may apply again after 90 days"],
            ["LA-405", "Limit Assignment", "Statement turnover and GST returns differ by more than 25%",
             "Manual credit review; decision within 2 working days, no action needed"],
            ["ES-502", "Agreement e-Sign", "Aadhaar OTP not received, or mobile not linked to Aadhaar",
             "Link your mobile to Aadhaar and retry after 24 hours, or sign with a DSC (partnership firms)"],
            ["CA-601", "Card Activation", "Card not activated within 30 days of delivery",
             "Call card care to activate; the card is closed 60 days after delivery"],
            ["CA-604", "Card Activation", "Wrong PIN entered 3 times",
             "PIN locked for 24 hours; set a new PIN in the app after that"],
        ],
        caption="Table 3. Hold and error codes",
        split=True,
    )

    # 5 -------------------------------------------------------------------
    w.heading("5. Fees and charges")
    w.para(
        "The joining fee is billed in the first statement. The annual fee is billed from the second year, on "
        "the first statement after the card anniversary. GST-compliant tax invoices for all fees are available "
        "in the app (Biz app > Cards > GST invoices), so a GST-registered business can claim input tax credit."
    )
    w.table(
        [40, 30, 30],
        ["Charge", "Galla Essential", "Galla Pro"],
        [
            ["Joining fee", "Rs. 699", "Rs. 2,499"],
            ["Annual fee, from the second year [1]", "Rs. 699", "Rs. 2,499"],
            ["Employee add-on card", "Rs. 199 a year per card", "First 2 free; then Rs. 199 a year per card"],
            ["Interest on revolving credit", "3.4% a month (40.8% a year)", "2.95% a month (35.4% a year)"],
            ["Cash withdrawal fee [2]", "2.5% of the amount, minimum Rs. 300",
             "2.5% of the amount, minimum Rs. 300"],
            ["Tax payment fee (GST, advance tax) [3]", "0.99% of the amount", "0.75% of the amount"],
            ["Rent and utility payment fee", "1% of the amount", "1% of the amount"],
            ["Foreign currency mark-up", "3.5%", "2%"],
            ["Over-limit fee", "2.5% of the over-limit amount, minimum Rs. 500",
             "2.5% of the over-limit amount, minimum Rs. 500"],
            ["Cheque or auto-debit return", "2% of the amount, minimum Rs. 450",
             "2% of the amount, minimum Rs. 450"],
            ["Card replacement", "Rs. 149", "Free"],
            ["Cash payment of the bill at a branch", "Rs. 150 per payment", "Rs. 150 per payment"],
            ["Statement copy older than 3 months", "Rs. 50 per statement", "Rs. 50 per statement"],
            ["Late payment fee", "See Table 7", "See Table 7"],
        ],
        caption="Table 4. Fees and charges",
    )
    w.note(
        "The annual fee is waived if your spends in the previous card year reach Rs. 1,50,000 on Galla "
        "Essential or Rs. 5,00,000 on Galla Pro. Tax payments, rent, cash withdrawals and purchases converted "
        "to EMI do not count towards this amount.", lead="[1] ",
    )
    w.note(
        "On Galla Pro the fee on the first cash withdrawal in each statement cycle is waived. On both variants "
        "interest on cash is charged from the day of withdrawal.", lead="[2] ",
    )
    w.note(
        "Waived on tax payments made within the first 90 days after the card is issued.", lead="[3] ",
    )
    w.note("All fees, interest and charges attract GST at 18%.")
    w.y += 4

    # 6 -------------------------------------------------------------------
    w.heading("6. Rewards and partner cashback", keep=250)
    w.para(
        "You earn Galla Coins on eligible spends, and cashback or discounts at the partner merchants named "
        "below. Partner cashback is credited to the card account by the next statement; Galla Coins appear "
        "within 5 days of the statement date."
    )
    w.table(
        [40, 30, 30],
        ["Where you spend", "Galla Essential", "Galla Pro"],
        [
            ["ThokBazaar wholesale orders (app and website)", "5% cashback, up to Rs. 500 a month",
             "5% cashback, up to Rs. 1,500 a month"],
            ["Pankhi Couriers shipments", "10% cashback, up to Rs. 300 a month",
             "10% cashback, up to Rs. 750 a month"],
            ["LekhaSetu accounting and billing software", "20% off the annual plan", "30% off the annual plan"],
            ["Saral Office Mart (office and shop supplies)", "3 Galla Coins per Rs. 100",
             "5 Galla Coins per Rs. 100"],
            ["Rozana Telecom business mobile and broadband bills", "2 Galla Coins per Rs. 100",
             "4 Galla Coins per Rs. 100"],
            ["All other eligible spends", "1 Galla Coin per Rs. 100", "2 Galla Coins per Rs. 100"],
            ["Welcome benefit", "1,000 Galla Coins on spends of Rs. 15,000 within 45 days",
             "4,000 Galla Coins on spends of Rs. 50,000 within 60 days"],
            ["Quarterly milestone", "500 Galla Coins on spends of Rs. 1,00,000 in a quarter",
             "2,000 Galla Coins on spends of Rs. 3,00,000 in a quarter"],
        ],
        caption="Table 5. Rewards and partner benefits",
    )
    w.bullets([
        ("No Galla Coins or cashback on: ", "tax payments, rent, wallet loads, cash withdrawals, purchases "
         "converted to EMI, payments to government bodies, and fees and charges."),
        ("Value of a Galla Coin: ", "Rs. 0.25 as statement credit, or Rs. 0.30 when redeemed for ThokBazaar "
         "vouchers. At least 500 Galla Coins are needed per redemption."),
        ("Expiry: ", "Galla Coins expire 24 months after the month in which they were earned. Coins on "
         "employee cards are earned by the primary cardholder's account."),
    ])

    # 7 -------------------------------------------------------------------
    w.heading("7. Billing, EMI and late payment")
    w.bullets([
        ("Statement date: ", "the 3rd, 10th, 17th or 24th of the month, chosen at Stage 4. You can change it "
         "once in a card year under Biz app > Cards > Statement date."),
        ("Payment due date: ", "20 days after the statement date. This gives 20 to 50 days without interest on "
         "purchases, as long as the previous statement was paid in full."),
        ("Minimum Amount Due: ", "5% of the total amount due or Rs. 250, whichever is higher, plus any EMI "
         "instalments and any over-limit amount."),
        ("Grace: ", "the late payment fee is charged only if the Minimum Amount Due is not paid within 3 days "
         "after the payment due date."),
        ("If you pay only part of the bill: ", "interest is charged on every purchase from its transaction "
         "date, and the interest-free period does not apply to new purchases until the bill is paid in full."),
    ])
    w.para(
        "Galla EasyPay EMI: a business purchase of Rs. 5,000 or more can be converted into monthly "
        "instalments within 30 days of the purchase, in the app under Cards > Convert to EMI. Interest is on "
        "a reducing balance. Closing an EMI early costs 3% of the principal still outstanding."
    )
    w.table(
        [25, 35, 40],
        ["EMI tenure", "Interest (a year, reducing)", "Processing fee"],
        [
            ["3 months", "12%", "Rs. 199"],
            ["6 months", "14%", "1% of the amount, minimum Rs. 249"],
            ["9 months", "15%", "1% of the amount, minimum Rs. 249"],
            ["12 months", "15%", "1.5% of the amount, minimum Rs. 299"],
            ["18 months", "16%", "1.5% of the amount, minimum Rs. 299"],
            ["24 months", "17%", "2% of the amount, minimum Rs. 399"],
        ],
        caption="Table 6. Galla EasyPay EMI",
    )
    w.note(
        "No-cost EMI at ThokBazaar: orders of Rs. 20,000 or more can be converted for 3 or 6 months with the "
        "interest paid by ThokBazaar; the processing fee still applies.", lead="Note: ",
    )
    w.y += 4
    w.table(
        [55, 45],
        ["Total amount due on the statement", "Late payment fee"],
        [
            ["Up to Rs. 500", "Nil"],
            ["Rs. 501 to Rs. 10,000", "Rs. 500"],
            ["Rs. 10,001 to Rs. 50,000", "Rs. 900"],
            ["Rs. 50,001 to Rs. 1,00,000", "Rs. 1,200"],
            ["Above Rs. 1,00,000", "Rs. 1,500"],
        ],
        caption="Table 7. Late payment fee (same for both variants)",
    )
    w.para(
        "Ways to pay: Tamrapar Biz app or net banking (credited at once), NEFT or IMPS from another bank "
        "(credited within 1 working day), auto-debit from your current account, or cash at any Tamrapar "
        "branch (fee Rs. 150, up to Rs. 50,000 a month)."
    )

    # 8 -------------------------------------------------------------------
    w.heading("8. Limits, employee cards and card controls")
    w.table(
        [40, 30, 30],
        ["Limit", "Galla Essential", "Galla Pro"],
        [
            ["Cash withdrawal limit", "20% of the credit limit", "30% of the credit limit"],
            ["ATM cash withdrawal per day", "Rs. 15,000", "Rs. 30,000"],
            ["Employee add-on cards", "Up to 2", "Up to 5"],
            ["Spend limit on each employee card", "Set by you, up to 50% of the credit limit",
             "Set by you, up to 50% of the credit limit"],
            ["Single transaction (default; change in the app)", "Rs. 1,00,000", "Rs. 5,00,000"],
            ["Virtual card before activation", "Rs. 25,000", "Rs. 25,000"],
            ["Tax payments per month", "Rs. 2,00,000", "Rs. 10,00,000"],
            ["Cash payment of the bill at a branch", "Rs. 50,000 a month", "Rs. 50,000 a month"],
            ["Limit increase request", "Once every 6 months, after 9 months of card use",
             "Once every 6 months, after 9 months of card use"],
        ],
        caption="Table 8. Limits",
    )
    w.bullets([
        ("Employee cards: ", "for staff aged 18 or above. Add them in Biz app > Cards > Employee cards with the "
         "employee's PAN and photo. You set a monthly spend limit for each card, and the statement shows spends "
         "employee by employee. Employee cards cannot be used to withdraw cash. You are liable for all spends "
         "on them."),
        ("Card controls: ", "switch online, contactless, international and ATM use on or off, and set a limit "
         "per transaction, under Biz app > Cards > Controls. International use is off when the card is issued."),
        ("Unauthorised transactions: ", "block the card in the app at once. If you report within 3 working "
         "days of the alert, your liability is zero."),
        ("Disputes: ", "raise them in the app within 45 days of the statement date. No interest or late fee is "
         "charged on the disputed amount while the dispute is open; the Bank resolves it within 30 days."),
        ("Upgrade from Essential to Pro: ", "possible after 12 months of on-time payments, if the latest ITR or "
         "GST returns show a turnover of at least Rs. 40,00,000. There is no upgrade fee."),
        ("Closing the card: ", "request it in the app or through card care. There is no closure fee; the card "
         "is closed within 7 working days after all dues are paid, and unredeemed Galla Coins lapse."),
    ])

    # 9 -------------------------------------------------------------------
    w.heading("9. Service hours and timelines", keep=240)
    w.table(
        [50, 50],
        ["Service", "Hours or timeline"],
        [
            ["Online application (all stages except Video Verification)",
             "24x7, except Wednesday 1:00 AM to 3:30 AM (maintenance)"],
            ["Video Verification", "9 AM to 9 PM, Monday to Saturday, except national holidays"],
            ["Manual credit review (codes SU-215, LA-405)", "10 AM to 6 PM, Monday to Friday; decision within "
             "2 working days"],
            ["Branch Verification", "10 AM to 4 PM at any Tamrapar branch, Monday to Saturday, except the 2nd "
             "and 4th Saturdays"],
            ["Final approval after e-Sign", "Within 4 working hours"],
            ["Physical card dispatch", "Within 3 working days of approval"],
            ["Onboarding desk", "9 AM to 9 PM, Monday to Saturday"],
            ["Card care, card blocking and WhatsApp support", "24x7"],
            ["Saved application kept", "21 days"],
            ["Grievance acknowledgement / resolution", "1 working day / within 30 days"],
        ],
        caption="Table 9. Service hours and timelines",
    )

    # 10 ------------------------------------------------------------------
    w.heading("10. Frequently asked questions")
    faq = [
        ("My turnover is below the GST limit and I have no GSTIN. Can I still apply?",
         "Yes. Enter your Udyam Registration Number at Stage 1 instead of a GSTIN."),
        ("Can I use my savings account statement instead of a current account?",
         "Only if you are a self-employed professional and the savings account receives your professional "
         "fees. Shop owners and traders need a current account open for at least 12 months."),
        ("Does applying affect my credit score?",
         "No. Stage 1 uses a soft enquiry only. A hard enquiry is made when you accept the limit at Stage 4."),
        ("I run my shop alone. Who will show the name board during the video call?",
         "You can do it yourself: switch to the rear camera when the officer asks. If your shop has no name "
         "board, show a GST or Udyam certificate displayed at the shop and the shop front."),
        ("Can my shop assistant use the card?",
         "Give the assistant an employee card with its own monthly spend limit. Employee cards cannot withdraw "
         "cash."),
        ("Will I get a GST invoice for the annual fee?",
         "Yes. Download it from Biz app > Cards > GST invoices; it carries the Bank's GSTIN and yours."),
        ("Can I pay GST with the card?",
         "Yes, through the GST portal. A tax payment fee applies (0.99% on Essential, 0.75% on Pro), except in "
         "the first 90 days after issue. Tax payments do not earn Galla Coins."),
        ("Can I cancel the card after e-Sign?",
         "Yes. If you close the card within 30 days of issue without using it, the joining fee and its GST are "
         "reversed."),
        ("What if my business address changes?",
         "Update it in Biz app > Profile after a fresh Video Verification; the new address must be in a "
         "served city."),
        ("I lost my card. How do I block it?",
         "Block it at once in Biz app > Cards > Block, call card care on 1800-572-6030 at any time, or send an "
         "SMS \"BLOCK\" followed by the last 4 digits of the card to 5676112 from your registered mobile."),
    ]
    for i, (q, a) in enumerate(faq, 1):
        w.ensure(4 * LEAD)
        w.para(q, lead=f"Q{i}. ")
        w.y -= 3
        w.para(a, lead="A. ", indent=14)

    # 11 ------------------------------------------------------------------
    w.heading("11. Help and contact", keep=200)
    w.table(
        [36, 40, 24],
        ["Need", "Contact", "Hours"],
        [
            ["Card care (toll-free in India)", "1800-572-6030", "24x7"],
            ["Calling from abroad (chargeable)", "+91-731-491-6030", "24x7"],
            ["Onboarding desk (questions about an application)", "1800-572-6045; galla.onboard@tamraparbank.in",
             "9 AM to 9 PM, Monday to Saturday"],
            ["WhatsApp support (send \"Hi\")", "+91 97520 60300", "24x7"],
            ["Card queries by e-mail", "galla.care@tamraparbank.in", "Reply within 2 working days"],
            ["Partner offers (ThokBazaar, Pankhi, LekhaSetu)", "partners@tamraparbank.in",
             "Reply within 3 working days"],
            ["Principal Nodal Officer: Ms. Kavita Raghuvanshi", "0731-255-8800; nodal@tamraparbank.in",
             "10 AM to 5 PM, Monday to Friday"],
        ],
        caption="Table 10. Contacts",
    )
    w.para(
        "Apply or resume an application at apply.tamraparbank.in/galla or in the Tamrapar Biz app. This guide "
        "and the MITC are at www.tamraparbank.in/galla."
    )
    w.para(
        "Escalation: write first to galla.care@tamraparbank.in. If you get no reply within 7 days, or the "
        "reply does not resolve the matter, write to the Principal Nodal Officer. If the complaint is not "
        "resolved within 30 days of your first complaint, you may approach the Reserve Bank of India "
        "ombudsman."
    )

    w.decorate()
    w.doc.set_metadata({
        "title": "Tamrapar Galla Business Credit Card - Applicant Guide",
        "author": "Tamrapar Small Finance Bank Ltd. (fictional)",
        "subject": "Business credit card onboarding guide (fictional, for evaluation)",
        "keywords": "business credit card, small business, onboarding, fictional",
        "creator": "build_pdf.py",
        "producer": "PyMuPDF",
        "creationDate": "D:20250715100000+05'30'",
        "modDate": "D:20250715100000+05'30'",
    })
    w.doc.save(OUT, garbage=3, deflate=True, no_new_id=True)
    print(f"wrote {OUT} ({len(w.doc)} pages)")


if __name__ == "__main__":
    build()
