"""Build the fictional 'Chandrabhaga Bank Aarohi Credit Card' customer guide.

Self-contained: uses only PyMuPDF and the built-in Helvetica fonts.
Run from the repository root:

    .venv/bin/python data/eval/eleventh-doc/build_pdf.py

The output is deterministic (fixed metadata dates, no new file id),
so rebuilding gives a byte-identical PDF.
Everything in this document is invented for evaluation purposes.
"""

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "chandrabhaga-aarohi-credit-card.pdf")

PAGE_W, PAGE_H = 595, 842  # A4 in points
LM, RM = 50, 50
TOP, BOTTOM = 72, 784
CONTENT_W = PAGE_W - LM - RM

REG, BOLD = "helv", "hebo"
BLACK = (0, 0, 0)
PLUM = (0.36, 0.12, 0.34)
GREY = (0.36, 0.36, 0.36)
HEAD_FILL = (0.93, 0.88, 0.93)

HEADER_L = "Chandrabhaga Bank Limited  |  Aarohi Credit Card - Customer Guide"
HEADER_R = "Edition 2.4  |  Effective 15 July 2025"
FOOTER_L = "Chandrabhaga Bank Limited. Aarohi Credit Card guide for women cardholders."
DATE = "D:20250715100000+05'30'"


def text_len(s, font, size):
    return pymupdf.get_text_length(s, fontname=font, fontsize=size)


def wrap(text, font, size, width):
    """Greedy word wrap; keeps explicit newlines."""
    out = []
    for para in text.split("\n"):
        line = ""
        for w in para.split(" "):
            cand = w if not line else line + " " + w
            if text_len(cand, font, size) <= width:
                line = cand
                continue
            if line:
                out.append(line)
            while text_len(w, font, size) > width:
                cut = len(w)
                while cut > 1 and text_len(w[:cut], font, size) > width:
                    cut -= 1
                out.append(w[:cut])
                w = w[cut:]
            line = w
        out.append(line)
    return out


class Guide:
    def __init__(self, total_pages=0):
        self.doc = pymupdf.open()
        self.page = None
        self.y = BOTTOM + 1
        self.total = total_pages
        self.pending_caption = None

    # ---------------------------------------------------------------- pages
    def new_page(self):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.y = TOP
        p = self.page
        p.draw_rect(pymupdf.Rect(LM, 30, LM + 6, 44), color=None, fill=PLUM, width=0)
        p.insert_text((LM + 11, 41), HEADER_L, fontname=BOLD, fontsize=8, color=PLUM)
        w = text_len(HEADER_R, REG, 8)
        p.insert_text((PAGE_W - RM - w, 41), HEADER_R, fontname=REG, fontsize=8, color=GREY)
        p.draw_line((LM, 50), (PAGE_W - RM, 50), color=PLUM, width=0.8)

    def page_break(self):
        self.new_page()

    def ensure(self, h):
        if self.page is None or self.y + h > BOTTOM:
            self.new_page()

    def footers(self):
        n = self.total or len(self.doc)
        for i, page in enumerate(self.doc):
            page.draw_line((LM, 800), (PAGE_W - RM, 800), color=PLUM, width=0.5)
            page.insert_text((LM, 813), FOOTER_L, fontname=REG, fontsize=7.5, color=GREY)
            label = "Page %d of %d" % (i + 1, n)
            w = text_len(label, REG, 7.5)
            page.insert_text((PAGE_W - RM - w, 813), label, fontname=REG, fontsize=7.5,
                             color=GREY)

    # ----------------------------------------------------------------- text
    def lines(self, text, font=REG, size=9.4, indent=0, color=BLACK, lead=1.37, after=4):
        lh = size * lead
        for ln in wrap(text, font, size, CONTENT_W - indent):
            self.ensure(lh)
            self.page.insert_text((LM + indent, self.y + size), ln, fontname=font,
                                  fontsize=size, color=color)
            self.y += lh
        self.y += after

    def title(self, text, size=19):
        self.ensure(size * 2)
        self.lines(text, font=BOLD, size=size, color=PLUM, lead=1.25, after=2)

    def h1(self, text):
        self.ensure(72)
        self.y += 6
        self.lines(text, font=BOLD, size=12.5, color=PLUM, lead=1.3, after=3)
        self.page.draw_line((LM, self.y - 2), (LM + 110, self.y - 2), color=PLUM, width=1.2)
        self.y += 4

    def h2(self, text, keep=48):
        self.ensure(keep)
        self.y += 2
        self.lines(text, font=BOLD, size=10.2, color=PLUM, lead=1.3, after=2)

    def para(self, text, **kw):
        self.lines(text, **kw)

    def bullets(self, items, size=9.4):
        lh = size * 1.37
        for it in items:
            self.ensure(lh)
            self.page.draw_rect(pymupdf.Rect(LM + 2.5, self.y + size * 0.45, LM + 5.8,
                                             self.y + size * 0.45 + 3.3),
                                color=None, fill=PLUM, width=0)
            for ln in wrap(it, REG, size, CONTENT_W - 14):
                self.ensure(lh)
                self.page.insert_text((LM + 14, self.y + size), ln, fontname=REG,
                                      fontsize=size, color=BLACK)
                self.y += lh
            self.y += 1.5
        self.y += 3

    def caption(self, text):
        """Remember a caption; it is drawn by the next table, on the same page."""
        self.pending_caption = text

    # ---------------------------------------------------------------- table
    def table(self, headers, rows, widths, size=8.5, cont_label=None):
        """Ruled table. A table with cont_label may split across pages (the header row is
        repeated); any other table is kept whole on one page."""
        total = float(sum(widths))
        ws = [CONTENT_W * w / total for w in widths]
        xs = [LM]
        for w in ws:
            xs.append(xs[-1] + w)
        pad = 3.2
        lh = size * 1.3

        def layout(cells, font):
            wrapped = [wrap(c, font, size, ws[i] - 2 * pad) for i, c in enumerate(cells)]
            return wrapped, max(len(w) for w in wrapped) * lh + 2 * pad

        head_wrapped, head_h = layout(headers, BOLD)
        seg = {"top": None, "bounds": []}

        def draw_row(wrapped, font):
            for i, ls in enumerate(wrapped):
                for j, ln in enumerate(ls):
                    self.page.insert_text((xs[i] + pad, self.y + pad + j * lh + size * 0.92),
                                          ln, fontname=font, fontsize=size, color=BLACK)

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

        def close_segment():
            top, bot = seg["top"], seg["bounds"][-1]
            for b in seg["bounds"]:
                self.page.draw_line((xs[0], b), (xs[-1], b), color=BLACK, width=0.6)
            for x in xs:
                self.page.draw_line((x, top), (x, bot), color=BLACK, width=0.6)

        if cont_label:
            need = head_h + (layout(rows[0], REG)[1] if rows else 0)
        else:
            need = head_h + sum(layout(r, REG)[1] for r in rows)
        cap = self.pending_caption
        self.pending_caption = None
        cap_h = 9 * 1.3 + 3 if cap else 0
        self.ensure(need + cap_h + 4)
        if cap:
            self.lines(cap, font=BOLD, size=9, color=PLUM, lead=1.3, after=3)
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
        self.footers()
        self.doc.set_metadata({
            "title": "Aarohi Credit Card - Customer Guide",
            "author": "Chandrabhaga Bank Limited",
            "subject": "Customer guide: Aarohi credit card for women",
            "keywords": "credit card, women, Mastercard, eligibility, application, fees, rewards",
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

    # ------------------------------------------------------------ title
    g.title("Aarohi Credit Card")
    g.para("Customer guide for women: salaried, self-employed, returning to work or managing a home",
           font=BOLD, size=10.8, color=GREY, after=2)
    g.para("Chandrabhaga Bank Limited  |  Edition 2.4, effective 15 July 2025  |  Read this guide "
           "together with the Key Fact Statement (KFS) and the Most Important Terms and Conditions "
           "(MITC) shown before you sign.", size=8.4, color=GREY, after=8)

    # ------------------------------------------------------------ 1
    g.h1("1. About the card")
    g.h2("1.1 What Aarohi is")
    g.para("Aarohi is a Mastercard credit card that Chandrabhaga Bank issues only to women as the "
           "primary cardholder. It is designed around everyday household spending - medicines, "
           "groceries, school fees - and adds safety controls and health benefits. You apply, sign and "
           "complete KYC entirely in the CB Sampark app (Android and iOS) or at "
           "aarohi.chandrabhagabank.in. The card comes in three variants: Aarohi Essential, Aarohi "
           "Prime and Aarohi Pinnacle.")
    g.h2("1.2 Features you will use most")
    g.bullets([
        "SafeHour Lock: choose a daily time window (for example 11:00 PM to 6:00 AM) in which every "
        "transaction on your card is refused. Set it in the app under Card Controls. It is free, and "
        "you can pause it for 15 minutes with your app MPIN if you need to pay during the window.",
        "Add-on cards for your spouse, parents, children or siblings aged 18 or above. Add-on cards "
        "carry no joining or annual fee on any variant and share your credit limit. An add-on "
        "cardholder may be of any gender.",
        "Comeback route: if you are returning to work after a career break of 1 to 5 years, you can "
        "apply for Aarohi Essential with your new employer's offer letter, even before your first "
        "salary is credited. The letter must be dated within the last 90 days.",
        "Homemaker route: if you have no income of your own, you can get Aarohi Essential against a "
        "Chandrabhaga fixed deposit of at least Rs. 20,000. Your credit limit is 90% of the deposit "
        "amount, and the deposit stays under lien while the card is open.",
        "Aarohi Stars: reward points with higher earn rates on pharmacy, diagnostics, groceries and "
        "school fees (see section 5).",
    ])
    g.h2("1.3 The three variants")
    g.caption("Table 1: Aarohi variants at a glance")
    g.table(
        ["Feature", "Aarohi Essential", "Aarohi Prime", "Aarohi Pinnacle"],
        [
            ["Network and card type", "Mastercard Platinum", "Mastercard World",
             "Mastercard World Elite"],
            ["Credit limit range", "Rs. 25,000 to Rs. 1,00,000", "Rs. 75,000 to Rs. 3,00,000",
             "Rs. 2,50,000 to Rs. 8,00,000"],
            ["Minimum net monthly salary (salaried)", "Rs. 20,000", "Rs. 45,000", "Rs. 1,20,000"],
            ["Minimum annual income as per ITR (self-employed)", "Rs. 3,00,000", "Rs. 6,00,000",
             "Rs. 15,00,000"],
            ["Minimum credit score", "690", "720", "750"],
            ["Cash withdrawal limit", "10% of credit limit", "20% of credit limit",
             "30% of credit limit"],
            ["Card finish", "Lilac PVC", "Teal PVC", "Rose-gold metal"],
            ["Available on Comeback and Homemaker routes", "Yes", "No", "No"],
        ],
        [2.5, 2, 2, 2],
    )

    # ------------------------------------------------------------ 2
    g.h1("2. Who can apply and what you need")
    g.h2("2.1 Who can apply")
    g.bullets([
        "Women who are resident Indians. Age on the date of application: 21 to 60 years if salaried; "
        "23 to 65 years if self-employed; 21 to 70 years on the Homemaker route.",
        "Salaried applicants: at least 1 year of total work experience and at least 3 months with the "
        "current employer. The 3-month condition does not apply on the Comeback route.",
        "Self-employed applicants (doctors, chartered accountants, shop owners, consultants and other "
        "professionals): business or practice running for at least 2 years, with income tax returns "
        "filed for the last 2 years.",
        "A credit score at or above the variant minimum in Table 1. If you have never had a loan or "
        "credit card, you can apply for Aarohi Essential only.",
        "Your current address must be in a PIN code that Chandrabhaga Bank serves for card delivery. "
        "The app checks this at Stage 1.",
    ])
    g.h2("2.2 Who cannot apply")
    g.bullets([
        "Men, as primary cardholders. Men can hold an Aarohi add-on card linked to a woman's account.",
        "Non-resident Indians (NRIs) and Overseas Citizens of India (OCIs).",
        "Anyone with a loan or card written off or settled in the last 24 months, or with any payment "
        "overdue by 60 days or more in the last 12 months.",
        "Anyone whose Aarohi application was declined in the last 60 days.",
        "Anyone who is already the primary holder of an Aarohi card of any variant.",
    ])
    g.h2("2.3 Documents")
    g.caption("Table 2: Documents checklist")
    g.table(
        ["Document", "Who needs it", "What we accept"],
        [
            ["PAN", "Everyone", "PAN number entered in the app; the original PAN card is shown to the "
             "officer during Video KYC"],
            ["Aadhaar", "Everyone", "Aadhaar OTP eKYC, or an Aadhaar fetched through DigiLocker"],
            ["Income proof", "Salaried", "Account Aggregator consent for your salary account, or "
             "salary slips for the last 3 months"],
            ["Income proof", "Self-employed", "Income tax returns with computation for the last 2 "
             "years, plus 6 months of bank statements (Account Aggregator consent, or PDF files up to "
             "10 MB each)"],
            ["Offer or appointment letter", "Comeback route", "On company letterhead, dated within "
             "the last 90 days, showing your gross monthly salary"],
            ["Fixed deposit", "Homemaker route", "A Chandrabhaga fixed deposit of at least Rs. 20,000, "
             "opened in the app or linked if you already have one"],
            ["Address proof", "Only if your current address differs from Aadhaar", "Electricity, "
             "piped gas or water bill not older than 3 months, or a registered rent agreement"],
        ],
        [2, 2.2, 4.6],
    )

    # ------------------------------------------------------------ 3
    g.h1("3. Applying online, stage by stage")
    g.para("The online application has seven stages and takes about 25 minutes when your documents "
           "are ready. Stages 1 to 5 and Stage 7 are open at all hours except during system "
           "maintenance every Sunday from 1:00 AM to 4:00 AM. Video KYC (Stage 6) runs only during the "
           "hours in section 3.2. You can stop after any stage and resume from the same point within "
           "15 days; after 15 days the application lapses and you must start again from Stage 1.")
    g.h2("3.1 The seven stages")
    g.caption("Table 3: Application stages")
    g.table(
        ["Stage", "What happens", "Typical time", "Limits and rules"],
        [
            ["1. Mobile OTP", "Enter the mobile number linked to your Aadhaar and your current PIN "
             "code, then type the 6-digit OTP sent by SMS.", "1 minute",
             "OTP valid for 5 minutes. Resend after 60 seconds, up to 3 resends. 5 wrong OTPs lock "
             "the journey for 30 minutes (code AR-110)."],
            ["2. PAN and eKYC", "Enter your PAN, then confirm your Aadhaar by OTP or through "
             "DigiLocker. Name and date of birth must match on both.", "4 minutes",
             "3 failed Aadhaar OTP attempts in a day stop this route until the next day (code "
             "AR-214); the DigiLocker option stays open."],
            ["3. Selfie liveness", "Take a live selfie; the app asks you to smile and turn your head. "
             "The selfie is matched with your Aadhaar photo.", "2 minutes",
             "3 attempts per day. Remove spectacles and any face covering. After 3 failures: code "
             "AR-318."],
            ["4. Income check", "Give Account Aggregator consent or upload documents. A soft bureau "
             "check is run and your offer is worked out.",
             "5 minutes with Account Aggregator; up to 2 working days for uploaded documents",
             "A soft check does not affect your credit score. Uploads are reviewed on working days "
             "only."],
            ["5. Offer and e-agreement", "See your variant and limit, choose a statement date, read "
             "the KFS and MITC, and e-sign with an Aadhaar OTP.", "5 minutes",
             "Offer valid for 10 days. You may lower the offered limit but not raise it. A full "
             "bureau check is done when you accept."],
            ["6. Video KYC", "Live video call with a bank officer, who sees your original PAN card, "
             "records your signature on white paper and confirms you are in India.",
             "8 to 10 minutes", "Complete within 5 working days of e-signing. 2 missed or dropped "
             "calls close the application (code AR-620)."],
            ["7. Card issue and activation", "Your virtual card appears in the app; set your card PIN "
             "there. The physical card is sent by courier to your verified address.",
             "Virtual card within 2 hours of Video KYC approval",
             "Physical card dispatched within 4 working days. Activate within 30 days of issue, or "
             "the card is closed (code AR-705)."],
        ],
        [1.55, 3.05, 1.6, 2.9],
        cont_label="Table 3 (continued): Application stages",
    )
    g.h2("3.2 Video KYC hours and tips")
    g.para("Video KYC officers are available from 8:00 AM to 10:00 PM, Monday to Saturday, and from "
           "10:00 AM to 6:00 PM on Sundays. There is no Video KYC on 26 January, 15 August and 2 "
           "October. You can ask for a woman officer; woman officers take calls from 9:00 AM to "
           "7:00 PM on all days when Video KYC is open. You can book a slot up to 5 working days "
           "ahead.")
    g.para("Before the call, keep your original PAN card, a plain white sheet and a blue or black pen "
           "ready, and sit in a quiet, well-lit room. The call uses about 50 MB of mobile data. If a "
           "video call is not possible for you, visit any Chandrabhaga branch with your original PAN "
           "and Aadhaar within the same 5 working days to finish KYC in person.")

    # ------------------------------------------------------------ 4
    g.h1("4. Stop codes and what to do next")
    g.para("If the application cannot continue, the app and an SMS show a stop code. Find your code "
           "below.")
    g.caption("Table 4: Application stop codes")
    g.table(
        ["Code", "Meaning", "What to do", "When you can try again"],
        [
            ["AR-110", "Five wrong OTPs were entered.", "Wait, then restart from Stage 1 with the "
             "same mobile number.", "After 30 minutes"],
            ["AR-205", "Name or date of birth on PAN does not match Aadhaar.", "Get the PAN or "
             "Aadhaar record corrected first.", "After the correction shows in the records"],
            ["AR-214", "Aadhaar OTP failed 3 times today.", "Switch to DigiLocker now, or retry the "
             "OTP tomorrow.", "Next calendar day (DigiLocker: immediately)"],
            ["AR-318", "Selfie liveness failed 3 times.", "Retry in daylight or bright indoor light, "
             "or complete KYC in person at a branch.", "After 24 hours"],
            ["AR-422", "Income is below the minimum for the variant you chose.", "Accept the lower "
             "variant the app offers, or choose the Homemaker route.", "Immediately"],
            ["AR-430", "Credit score below the cut-off, or a recent default on your bureau record.",
             "The application is declined. Check your credit report for errors.", "After 60 days"],
            ["AR-515", "The offer expired after 10 days without e-signing.", "Restart from Stage 4 if "
             "you are still inside the 15-day resume window; otherwise start a new application.",
             "Immediately"],
            ["AR-620", "Video KYC was missed or dropped twice.", "The application is closed. Call the "
             "helpline within 7 days to have it reopened once.", "Within 7 days, once only"],
            ["AR-705", "Card not activated within 30 days of issue.", "The card is closed with no "
             "charges. Apply again if you still want the card.", "Immediately, as a new application"],
        ],
        [0.95, 2.6, 3.25, 2.1],
        cont_label="Table 4 (continued): Application stop codes",
    )

    # ------------------------------------------------------------ 5 fees
    g.h1("5. Fees and charges")
    g.para("All fees, charges and interest below attract GST at 18%. The annual fee is billed at the "
           "start of the second and every later card year.")
    g.caption("Table 5: Schedule of fees and charges")
    g.table(
        ["Charge", "Aarohi Essential", "Aarohi Prime", "Aarohi Pinnacle"],
        [
            ["Joining fee", "Nil", "Rs. 999", "Rs. 3,999"],
            ["Annual fee (second year onwards)", "Rs. 499", "Rs. 999", "Rs. 3,999"],
            ["Annual fee waived if spends in the previous card year reach", "Rs. 75,000",
             "Rs. 2,00,000", "Rs. 6,00,000"],
            ["Add-on card", "Nil", "Nil", "Nil"],
            ["Interest on revolving balances and cash", "3.5% per month (42% a year)",
             "3.25% per month (39% a year)", "2.95% per month (35.4% a year)"],
            ["Cash withdrawal fee", "2.5% of the amount, minimum Rs. 500",
             "2.5% of the amount, minimum Rs. 500", "2.5% of the amount, minimum Rs. 500"],
            ["Foreign currency mark-up", "3.5% of the amount", "2% of the amount",
             "1% of the amount"],
            ["Rent payments (through any app or website)", "1% of the amount, minimum Rs. 99",
             "1% of the amount, minimum Rs. 99", "1% of the amount, minimum Rs. 99"],
            ["EMI conversion processing fee", "1.5% of the amount, minimum Rs. 199",
             "1% of the amount, minimum Rs. 149", "Nil"],
            ["Payment returned (cheque, NACH or auto-debit)", "2% of the payment, minimum Rs. 500",
             "2% of the payment, minimum Rs. 500", "2% of the payment, minimum Rs. 500"],
            ["Cash payment at a branch", "Rs. 175 per payment", "Rs. 175 per payment",
             "Rs. 175 per payment"],
            ["Card replacement (lost, stolen or damaged)", "Rs. 199", "Rs. 199", "Rs. 1,499"],
            ["Copy of a statement older than 3 months", "Rs. 100 per statement",
             "Rs. 100 per statement", "Nil"],
            ["Over-limit charge (only if you have opted in to over-limit spends)",
             "2.5% of the over-limit amount, minimum Rs. 550",
             "2.5% of the over-limit amount, minimum Rs. 550",
             "2.5% of the over-limit amount, minimum Rs. 550"],
            ["Late payment charge", "As per Table 6", "As per Table 6", "As per Table 6"],
        ],
        [2.7, 2.1, 2.1, 2.1],
        cont_label="Table 5 (continued): Schedule of fees and charges",
    )
    g.para("Unless you opt in under Card Controls, transactions that would take you over your "
           "credit limit are declined and no over-limit charge can arise.")
    g.caption("Table 6: Late payment charge (all variants)")
    g.table(
        ["Total amount due on the statement", "Late payment charge"],
        [
            ["Up to Rs. 500", "Nil"],
            ["Rs. 501 to Rs. 5,000", "Rs. 500"],
            ["Rs. 5,001 to Rs. 10,000", "Rs. 750"],
            ["Rs. 10,001 to Rs. 25,000", "Rs. 950"],
            ["Rs. 25,001 to Rs. 50,000", "Rs. 1,100"],
            ["Above Rs. 50,000", "Rs. 1,300"],
        ],
        [5, 4],
    )
    g.para("The late payment charge is levied only when the minimum amount due is still unpaid 3 days "
           "after the payment due date. Your account is also reported to credit bureaus as overdue "
           "only after those 3 days.")

    # ------------------------------------------------------------ 6 rewards
    g.h1("6. Aarohi Stars and other benefits")
    g.h2("6.1 Earning Stars")
    g.para("You earn Aarohi Stars for every Rs. 150 spent in a category. Stars above the base rate "
           "(accelerated Stars) are capped each statement month; once the cap is reached, you still "
           "earn the base rate shown in the last row.")
    g.caption("Table 7: Stars earned per Rs. 150 spent")
    g.table(
        ["Spend category", "Aarohi Essential", "Aarohi Prime", "Aarohi Pinnacle"],
        [
            ["Pharmacy, diagnostic labs and hospital bills", "5 Stars", "8 Stars", "10 Stars"],
            ["Groceries and supermarkets", "3 Stars", "5 Stars", "5 Stars"],
            ["School and college fees paid directly to the institution", "3 Stars", "4 Stars",
             "6 Stars"],
            ["Online shopping", "2 Stars", "3 Stars", "4 Stars"],
            ["Monthly cap on accelerated Stars", "1,000 Stars", "2,500 Stars", "6,000 Stars"],
            ["All other eligible spends (base rate)", "1 Star", "2 Stars", "3 Stars"],
        ],
        [3.2, 1.9, 1.9, 1.9],
    )
    g.para("No Stars are earned on fuel, rent payments, wallet loads, government payments and taxes, "
           "cash withdrawals, EMI conversions, or fees and charges.")
    g.h2("6.2 Using your Stars")
    g.caption("Table 8: Redemption options")
    g.table(
        ["Option", "Value", "Minimum per redemption", "Who can use it"],
        [
            ["Statement credit", "1 Star = Rs. 0.25", "400 Stars", "All variants"],
            ["Gift vouchers from the Aarohi Rewards store", "1 Star = Rs. 0.30", "1,000 Stars",
             "All variants"],
            ["Airline partner miles", "1 Star = 0.5 mile", "2,000 Stars", "Aarohi Pinnacle only"],
        ],
        [3, 2, 2, 2],
    )
    g.para("Redeem in the app under Rewards > Redeem. Each redemption request carries a fee of Rs. 99, "
           "which is waived for Aarohi Pinnacle. Statement credits appear within 3 working days. Stars "
           "expire 36 months after the month in which they were earned.")
    g.h2("6.3 Benefits by variant", keep=150)
    g.caption("Table 9: Benefits")
    g.table(
        ["Benefit", "Aarohi Essential", "Aarohi Prime", "Aarohi Pinnacle"],
        [
            ["Welcome Stars (spend Rs. 10,000 within 60 days of card issue)", "500 Stars",
             "2,000 Stars", "5,000 Stars"],
            ["Milestone benefit in a card year", "None", "2,000 bonus Stars on spends of "
             "Rs. 1,00,000", "Rs. 5,000 travel voucher on spends of Rs. 4,00,000"],
            ["Women's wellness health check-up at partner labs", "None", "1 per card year",
             "2 per card year (you and one family member)"],
            ["Domestic airport lounge visits", "None", "2 per card year",
             "8 per card year, at most 2 in a calendar quarter"],
            ["Fuel surcharge waiver (1% on fuel bills of Rs. 400 to Rs. 5,000)",
             "Up to Rs. 200 per statement cycle", "Up to Rs. 300 per statement cycle",
             "Up to Rs. 500 per statement cycle"],
            ["Cyber fraud insurance", "Rs. 50,000", "Rs. 1,00,000", "Rs. 3,00,000"],
            ["Air accident cover", "None", "Rs. 10 lakh", "Rs. 50 lakh"],
        ],
        [3.1, 1.9, 2, 2.2],
    )

    # ------------------------------------------------------------ 7 billing
    g.h1("7. Statements, payments and interest")
    g.bullets([
        "Statement date: you choose the 3rd, 10th, 17th or 24th of the month at Stage 5.",
        "Payment due date: 20 days after the statement date. Purchases therefore get an interest-free "
        "period of 20 to 50 days, provided you pay the total amount due in full by the due date.",
        "Minimum amount due: 5% of the total amount due or Rs. 200, whichever is higher, plus any EMI "
        "instalments, over-limit amount and fees billed in that statement.",
        "If you pay less than the total amount due, interest is charged on every purchase from its "
        "transaction date, and new purchases get no interest-free period until the dues are paid in "
        "full.",
        "Cash withdrawals carry interest from the day of withdrawal until repaid, in addition to the "
        "cash withdrawal fee.",
        "Ways to pay: UPI or net banking in the app, auto-debit from any Indian bank account, NEFT, or "
        "cash at a branch (a fee applies, see Table 5).",
        "EMI conversion: purchases of Rs. 2,500 or more can be turned into EMIs of 3, 6, 9, 12 or 18 "
        "months in the app within 30 days of the transaction.",
    ])
    g.h2("7.1 Worked example (Aarohi Essential, 3.5% per month)")
    g.para("Meera's statement date is the 10th and her due date is the 30th. She buys a refrigerator "
           "for Rs. 12,000 on 25 May, and it appears on her 10 June statement. On 30 June she pays "
           "Rs. 2,000 instead of the full Rs. 12,000. Because she did not pay in full, interest runs "
           "from 25 May: Rs. 12,000 x 42% x 36/365 = Rs. 497.10 for 25 May to 30 June, plus Rs. 10,000 "
           "x 42% x 10/365 = Rs. 115.07 for 30 June to 10 July. Her 10 July statement shows interest "
           "of Rs. 612.17 plus GST of Rs. 110.19, a total of Rs. 722.36. No late payment charge "
           "applies, because she paid more than the minimum amount due of Rs. 600.")

    # ------------------------------------------------------------ 8 limits & controls
    g.h1("8. Credit limit, card controls and safety")
    g.bullets([
        "Limit increase: you can ask for a higher limit in the app after 6 months of card use with "
        "all payments made on time. The bank may also offer an increase; it is never applied without "
        "your consent.",
        "Limit reduction: you can lower your limit at any time in the app.",
        "International use, online use and contactless payments can each be switched on or off under "
        "Card Controls. International use is off when the card is issued.",
        "A contactless tap payment of up to Rs. 5,000 does not need a PIN; above that, the PIN is "
        "asked for.",
        "Lost or stolen card: block it at once in the app, through the helpline, or by SMS (Table 11). "
        "If you report an unauthorised transaction within 3 working days, your liability is zero.",
        "Closing the card: request closure in the app or through the helpline. The card is closed "
        "within 7 working days once all dues are paid.",
    ])

    # ------------------------------------------------------------ 9 timelines
    g.h1("9. Key timelines")
    g.caption("Table 10: Timelines at a glance")
    g.table(
        ["Event", "Timeline"],
        [
            ["Resume a paused application", "Within 15 days of your last step"],
            ["Review of uploaded income documents", "Up to 2 working days"],
            ["Offer validity", "10 days from when the offer is shown"],
            ["Video KYC after e-signing", "Within 5 working days"],
            ["Virtual card", "Within 2 hours of Video KYC approval"],
            ["Physical card dispatch", "Within 4 working days of approval"],
            ["Card activation", "Within 30 days of card issue"],
            ["Stars statement credit", "Within 3 working days of redemption"],
            ["Reapplying after a decline", "After 60 days"],
            ["Eligibility to ask for a limit increase", "After 6 months of on-time payments"],
        ],
        [5, 4],
    )

    # ------------------------------------------------------------ 10 FAQ
    g.h1("10. Frequently asked questions")
    faq = [
        ("I am a homemaker and have no income in my own name. Can I still get Aarohi?",
         "Yes. Use the Homemaker route: open or link a Chandrabhaga fixed deposit of at least "
         "Rs. 20,000. You receive Aarohi Essential with a limit of 90% of the deposit. No income proof "
         "is needed."),
        ("Can my husband or son have an Aarohi card?",
         "Only as an add-on card on your account. A man cannot be the primary cardholder."),
        ("Can I speak to a woman officer during Video KYC?",
         "Yes. Choose \"Woman officer\" when booking. These calls run from 9:00 AM to 7:00 PM."),
        ("Will seeing my offer lower my credit score?",
         "No. Stage 4 uses a soft check. A full bureau check happens only when you accept the offer "
         "at Stage 5."),
        ("The app offered me a lower limit than I wanted. Can I raise it before signing?",
         "No. At Stage 5 you can only lower the offered limit. After 6 months of on-time payments you "
         "can ask for an increase in the app."),
        ("My selfie keeps failing. What now?",
         "Remove spectacles and any face covering and use good light. After 3 failed attempts in a "
         "day (code AR-318) wait 24 hours, or finish KYC in person at any branch."),
        ("I need to pay for a medicine late at night, but SafeHour Lock is on.",
         "Open Card Controls and pause SafeHour Lock with your app MPIN. The pause lasts 15 minutes, "
         "after which the lock resumes on its own."),
        ("Does the card work abroad?",
         "Yes, after you switch on international use under Card Controls. A foreign currency mark-up "
         "of 3.5% (Essential), 2% (Prime) or 1% (Pinnacle) applies."),
        ("I paid 2 days after my due date. Will I be charged a late fee?",
         "No late payment charge applies if the minimum amount due is paid within 3 days after the due "
         "date. Interest is still charged as explained in section 7."),
        ("Can I convert a large purchase into EMIs?",
         "Yes, for purchases of Rs. 2,500 or more, within 30 days of the transaction, for 3, 6, 9, 12 "
         "or 18 months. The processing fee depends on your variant (Table 5)."),
        ("I have moved house. How do I change my address?",
         "Update it in the app under Profile > Address and upload a proof from Table 2. The change is "
         "made within 3 working days."),
    ]
    for i, (q, a) in enumerate(faq, 1):
        g.ensure(42)
        g.para("Q%d. %s" % (i, q), font=BOLD, size=9.4, after=1)
        g.para(a, size=9.4, after=5)

    # ------------------------------------------------------------ 11 contact
    g.h1("11. Contact us and complaints")
    g.caption("Table 11: Contact details")
    g.table(
        ["Channel", "Details", "Hours"],
        [
            ["Aarohi helpline (toll-free)", "1800-309-7724", "24x7"],
            ["Pinnacle priority desk", "1800-309-7799", "24x7"],
            ["Calling from outside India", "+91-674-661-2900 (charges apply)", "24x7"],
            ["WhatsApp", "+91 90400 31188 (send \"Aarohi\")", "24x7"],
            ["E-mail", "aarohi.care@chandrabhagabank.in", "Reply within 2 working days"],
            ["Block a card by SMS", "LOCK <last 4 digits of card> to 5607761", "24x7"],
            ["Branches", "Any Chandrabhaga Bank branch", "9:30 AM to 4:30 PM, Monday to Saturday "
             "(closed on the second and fourth Saturdays)"],
        ],
        [2.6, 3.5, 2.9],
    )
    g.h2("11.1 How to escalate a complaint")
    g.bullets([
        "Level 1: complain through the helpline, by e-mail or in the app under Help > Raise a "
        "complaint. You get a reference number and a reply within 5 working days.",
        "Level 2: if you are not satisfied, write to the Grievance Redressal Officer, Ms. Sunanda "
        "Mohapatra, at grievance.cards@chandrabhagabank.in. She replies within 10 working days.",
        "Level 3: if the issue is still open, write to the Principal Nodal Officer, Mr. Aniruddh "
        "Menon, at nodal.officer@chandrabhagabank.in or Chandrabhaga Bank Limited, 6th Floor, "
        "Kalinga Trade Centre, Plot 41, Janpath, Bhubaneswar 751022.",
        "If your complaint is not resolved within 30 days of your first complaint, or you are unhappy "
        "with the reply, you may approach the RBI Integrated Ombudsman Scheme.",
    ])
    g.para("Chandrabhaga Bank Limited, the Aarohi Credit Card and every name, number and address in "
           "this guide are fictional.", size=7.5, color=GREY, after=0)
    return g.save()


if __name__ == "__main__":
    # First pass counts the pages; the second writes the "Page x of N" footers.
    n = build(0)
    if build(n) is not None:
        raise SystemExit("page count changed between passes")
    print(OUT)
