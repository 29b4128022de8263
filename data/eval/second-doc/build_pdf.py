#!/usr/bin/env python3
"""Build the fictional product guide "Nilgiri Bank Udaan Select Visa Credit Card".

The document is invented for an evaluation of a question-answering assistant.
All names, numbers, phone numbers and addresses are fictional.

Usage:  python3 build_pdf.py        -> writes udaan-select-card.pdf next to this file
Needs:  PyMuPDF (pip install pymupdf). Only the built-in Helvetica fonts are used.
"""
import os

try:
    import pymupdf as fitz
except ImportError:  # older PyMuPDF
    import fitz

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "udaan-select-card.pdf")

PAGE_W, PAGE_H = 595, 842          # A4 in points
MARGIN_L, MARGIN_R = 50, 50
MARGIN_T, MARGIN_B = 56, 60
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R
BODY, SMALL = "helv", "helv"
BOLD = "hebo"

# --------------------------------------------------------------------------
# Document content (English only, ASCII only so the Base-14 font covers it)
# --------------------------------------------------------------------------
TITLE = "Nilgiri Bank Udaan Select Visa Credit Card"
SUBTITLE = "Product Guide: Eligibility, Digital Application Journey, Fees, Rewards and FAQs"
VERSION = ("Version 3.2, effective 1 April 2025. Nilgiri Bank Ltd. is a fictional bank; this guide "
           "was written for testing purposes only.")

CONTENT = [
    ("h1", "1. About the card"),
    ("p", "The Udaan Select Visa Credit Card is an entry-level lifestyle credit card issued by Nilgiri Bank "
          "Ltd. on the Visa Platinum network. It is designed for young salaried professionals and small "
          "business owners who want rewards on everyday online spending such as groceries, food delivery, "
          "bill payments and train travel. The complete application is done digitally in the Nilgiri "
          "Mobile app or on the Bank's website, without any branch visit."),
    ("p", "Key highlights: a virtual card is available within 15 minutes of signing the e-Agreement, an "
          "interest-free period of up to 48 days on purchases, accelerated reward points on online groceries "
          "and food delivery, 2 complimentary railway lounge visits every calendar quarter, and an annual fee "
          "that is waived on annual spends of Rs. 1,50,000 or more. The minimum credit limit offered on this "
          "card is Rs. 30,000."),

    ("h1", "2. Who can apply (eligibility)"),
    ("bullets", [
        "Resident Indian citizens only. Non-resident Indians (NRIs) and foreign nationals cannot apply.",
        "Age: 21 to 60 years for salaried applicants; 25 to 65 years for self-employed applicants.",
        "Income (salaried): net monthly salary of at least Rs. 25,000, credited to a bank account.",
        "Income (self-employed): annual income of at least Rs. 4,00,000 as per the latest Income Tax Return "
        "(ITR), with at least 2 years of business continuity.",
        "Salaried applicants need a minimum of 6 months of continuous employment with the current employer.",
        "A valid PAN is mandatory, and the PAN must be linked to Aadhaar (operative PAN).",
        "Credit bureau score of 720 or above. Applicants with any loan or card overdue by more than "
        "30 days with any lender are not eligible.",
        "The applicant's current residence must be in one of the 140 serviceable cities listed in the app.",
        "Existing Udaan Select cardholders cannot apply for a second Udaan Select card.",
        "Add-on cards can be issued to family members (spouse, parents, children or siblings) aged "
        "18 years or above.",
    ]),

    ("h1", "3. Digital application journey"),
    ("p", "The application has 6 stages that must be completed in order. An application that is started "
          "must be completed within 30 days; after that it expires and a fresh application is needed. "
          "You can pause at any stage and resume later with your Application Reference Number, which "
          "starts with the letters UDN followed by 10 digits (for example UDN4821000375). Self-employed "
          "applicants skip Stage 4."),
    ("table", {
        "name": "Table 1: Application stages at a glance",
        "cols": [0.08, 0.30, 0.30, 0.32],
        "header": ["Step", "Stage", "Deadline", "Hours"],
        "rows": [
            ["1", "Mobile Number Verification", "OTP valid for 3 minutes", "24x7"],
            ["2", "PAN and Credit Check", "Result within 2 minutes", "6:00 am to 11:30 pm, daily"],
            ["3", "Income Proof Upload", "Upload within 7 days of Stage 2", "Upload 24x7; review Mon-Sat, 9:00 am to 6:00 pm"],
            ["4", "Employer Verification", "Email link valid for 72 hours", "HR call-back Mon-Fri, 10:00 am to 6:00 pm"],
            ["5", "Credit Limit Offer and e-Agreement", "Offer valid for 10 days", "24x7"],
            ["6", "Card Activation and PIN Set-up", "Activate within 30 days of card issue", "24x7 (app and IVR)"],
        ],
    }),

    ("h2", "Stage 1: Mobile Number Verification"),
    ("kv", [
        ("What you need", "A 10-digit Indian mobile number registered in your own name. A 6-digit OTP is "
                          "sent by SMS and is valid for 3 minutes. Numbers that were activated less than "
                          "90 days ago are not accepted."),
        ("Limits", "A new OTP can be requested after 60 seconds, at most 5 times a day. After 3 wrong OTP "
                   "entries the number is locked for 30 minutes."),
        ("Common failures", "OTP not received because of poor network or a full SMS inbox; number already "
                            "linked to another application in progress (only one active application is "
                            "allowed per mobile number); number activated less than 90 days ago."),
        ("What to do", "Wait 60 seconds and tap Resend OTP; after a lock, wait 30 minutes. If an application "
                       "already exists, choose Resume Application and enter the UDN reference number "
                       "instead of starting again."),
    ]),

    ("h2", "Stage 2: PAN and Credit Check"),
    ("kv", [
        ("What you need", "Your PAN and date of birth. The name on the application is matched with Income "
                          "Tax records, and a name match score of at least 85% is required. You give "
                          "consent for a credit bureau check; this is a hard enquiry and appears in your "
                          "credit report. The result is shown within 2 minutes."),
        ("Operating hours", "6:00 am to 11:30 pm every day. PAN validation is unavailable from 11:30 pm "
                            "to 6:00 am because of scheduled maintenance."),
        ("Common failures", "PAN inoperative because it is not linked to Aadhaar; name match below 85%; "
                            "date of birth mismatch; bureau score below 720; an existing loan or card "
                            "overdue by more than 30 days."),
        ("What to do", "Link PAN with Aadhaar on the Income Tax portal and retry after 7 days. Enter your "
                       "name exactly as printed on the PAN card. If the application is declined because "
                       "of the bureau score, you can reapply only after 90 days."),
    ]),

    ("h2", "Stage 3: Income Proof Upload"),
    ("kv", [
        ("What you need", "Salaried: salary slips for the latest 3 months, OR bank statements for the last "
                          "6 months showing salary credits. Self-employed: ITR acknowledgements with "
                          "computation of income for the last 2 years."),
        ("File rules", "PDF, JPG or PNG files only; each file up to 5 MB; at most 8 files. Password-protected "
                       "PDFs are not accepted. E-statements downloaded from net banking are accepted."),
        ("Time limit and review", "Documents must be uploaded within 7 days of completing Stage 2, otherwise "
                                  "the application status changes to Expired. Documents are reviewed within "
                                  "2 working days, Monday to Saturday, 9:00 am to 6:00 pm."),
        ("Common failures", "Blurred or cropped images; password-protected PDF; salary slip older than "
                            "90 days; name on the document differs from the PAN name."),
        ("What to do", "Re-upload from the Documents tab of the application. Up to 3 re-upload attempts "
                       "are allowed; after that, call the Onboarding Help Desk."),
    ]),

    ("h2", "Stage 4: Employer Verification (salaried applicants only)"),
    ("kv", [
        ("Automatic check", "Applicants working for one of the more than 4,000 companies on the Bank's "
                            "Listed Employer list are verified automatically, and this stage is skipped."),
        ("Option A: official email", "A verification link is sent to your official work email and is valid "
                                     "for 72 hours. Personal email domains such as Gmail, Yahoo or Outlook "
                                     "are not accepted."),
        ("Option B: HR call-back", "The Bank's verification team calls your employer's HR department, "
                                   "Monday to Friday, 10:00 am to 6:00 pm. This is completed within "
                                   "3 working days."),
        ("Common failures", "Email link expired; email bounced; HR not reachable after 3 call attempts; "
                            "less than 6 months with the current employer."),
        ("What to do", "Request a fresh email link (allowed 2 times), or upload your appointment letter "
                       "together with your latest Form 16 as an alternative proof of employment."),
    ]),

    ("h2", "Stage 5: Credit Limit Offer and e-Agreement"),
    ("kv", [
        ("What happens", "Your approved credit limit is shown in the app. You can accept it or choose a "
                         "lower limit, but not lower than Rs. 30,000. A higher limit cannot be requested "
                         "during the application. You read the Key Fact Statement (KFS) and the Most "
                         "Important Terms and Conditions (MITC) and sign the e-Agreement with an OTP sent "
                         "to your mobile."),
        ("Time limit", "The limit offer is valid for 10 days. Available 24x7."),
        ("Common failures", "Offer expired; wrong OTP entered while signing."),
        ("What to do", "If the offer expires, restart from Stage 2. No fresh bureau enquiry is made if you "
                       "restart within 30 days of the original check."),
    ]),

    ("h2", "Stage 6: Card Activation and PIN Set-up"),
    ("kv", [
        ("What happens", "The virtual card appears in the Nilgiri Mobile app within 15 minutes of signing "
                         "the e-Agreement. The physical card is dispatched by courier within 4 working "
                         "days, and an OTP is needed to accept delivery."),
        ("Setting the PIN", "Set a 4-digit PIN in the app (Cards > Set PIN) or through the IVR by calling "
                            "1800-419-7788 from your registered mobile, 24x7. Sequential (1234) or "
                            "repeated (1111) PINs are not allowed."),
        ("Activation deadline", "The card must be activated within 30 days of issue. If it is not, the Bank "
                                "asks for your consent by OTP; if no consent is received, the card account "
                                "is closed within 7 working days at no charge."),
        ("Common failures", "3 wrong PIN attempts block the PIN for 24 hours; courier delivery fails "
                            "after 2 attempts (address not found or customer not available); PIN pattern "
                            "rejected."),
        ("What to do", "Reset the PIN with an OTP after the 24-hour block ends. After 2 failed deliveries "
                       "the card is held at the Bank's card centre for 30 days; request one free "
                       "re-dispatch from the app."),
    ]),

    ("h1", "4. Fees and charges"),
    ("p", "All fees and charges below are exclusive of GST, which is charged at 18%."),
    ("table", {
        "name": "Table 2: Fees and charges",
        "cols": [0.45, 0.55],
        "header": ["Charge", "Amount"],
        "rows": [
            ["Joining fee (one-time)", "Rs. 499"],
            ["Annual fee (from the 2nd year)", "Rs. 999; waived if spends in the previous card year are Rs. 1,50,000 or more"],
            ["Add-on card fee", "Nil (up to 3 add-on cards)"],
            ["Interest (finance charges)", "3.6% per month (43.2% per annum)"],
            ["Late payment: total amount due up to Rs. 500", "Nil"],
            ["Late payment: Rs. 501 to Rs. 5,000", "Rs. 450"],
            ["Late payment: Rs. 5,001 to Rs. 20,000", "Rs. 800"],
            ["Late payment: Rs. 20,001 to Rs. 50,000", "Rs. 1,100"],
            ["Late payment: above Rs. 50,000", "Rs. 1,300"],
            ["Cash withdrawal fee (ATM)", "2.5% of the amount, minimum Rs. 350"],
            ["Foreign currency markup", "1.99% of the transaction amount"],
            ["EMI conversion processing fee", "1% of the converted amount, minimum Rs. 199"],
            ["EMI pre-closure charge", "3% of the outstanding principal"],
            ["Over-limit fee", "2.5% of the over-limit amount, minimum Rs. 500"],
            ["Rent payment fee", "1% of the transaction amount"],
            ["Card replacement (lost or damaged)", "Rs. 199"],
            ["Payment return / auto-debit bounce", "2% of the payment amount, minimum Rs. 450"],
            ["Reward redemption fee", "Rs. 49 per redemption request"],
            ["Duplicate statement (older than 3 months)", "Rs. 100 per statement"],
        ],
    }),

    ("h1", "5. Rewards and benefits"),
    ("p", "Reward points (RP) are earned on the billed amount of eligible spends. 1 reward point is worth "
          "Rs. 0.25 when redeemed against the statement balance."),
    ("table", {
        "name": "Table 3: Rewards and benefits",
        "cols": [0.36, 0.38, 0.26],
        "header": ["Category", "Reward", "Cap"],
        "rows": [
            ["Online groceries and food delivery", "10 RP per Rs. 100 spent", "1,200 RP per month"],
            ["Utility bills, mobile and DTH recharges", "5 RP per Rs. 100 spent", "500 RP per month"],
            ["Train and bus tickets on the partner travel portal", "8 RP per Rs. 100 spent", "1,500 RP per month"],
            ["All other eligible retail spends", "2 RP per Rs. 100 spent", "No cap"],
            ["Fuel surcharge waiver", "1% waiver on fuel transactions of Rs. 400 to Rs. 4,000", "Rs. 250 per month"],
            ["Railway lounge access", "Complimentary visits at partner railway lounges", "2 visits per calendar quarter"],
            ["Movie tickets (partner app)", "25% off, up to Rs. 150 off per ticket", "2 tickets per month"],
            ["Welcome benefit", "1,000 RP on the first spend within 30 days of card issue", "One time"],
            ["Annual milestone", "3,000 bonus RP on spends of Rs. 2,00,000 in a card year", "Once per card year"],
        ],
    }),
    ("bullets", [
        "No reward points are earned on fuel, rent payments, wallet loads, insurance premiums, EMI "
        "transactions or cash withdrawals.",
        "Reward points expire 24 months after the month in which they are earned.",
        "A minimum of 500 reward points is needed for a redemption; a fee of Rs. 49 applies per request.",
    ]),

    ("h1", "6. Frequently asked questions"),
    ("faq", [
        ("How long does the application take?",
         "Most applicants finish all stages in about 20 minutes if their employer is on the Listed "
         "Employer list. If documents need a manual review, the final decision can take up to 5 working days."),
        ("Can I stop in the middle and continue later?",
         "Yes. Use Resume Application with your UDN reference number. The application must be completed "
         "within 30 days of starting it."),
        ("Will applying affect my credit score?",
         "Stage 2 makes a hard enquiry with the credit bureau, which is recorded in your credit report."),
        ("I do not have salary slips. What can I upload?",
         "Upload bank statements for the last 6 months that show your salary credits."),
        ("I am self-employed. Do I need employer verification?",
         "No. Self-employed applicants skip Stage 4, but they must upload ITR acknowledgements for the "
         "last 2 years in Stage 3."),
        ("When can I start using the card?",
         "The virtual card can be used for online purchases within 15 minutes of signing the e-Agreement. "
         "Until the physical card is activated, online spends on the virtual card are limited to Rs. 20,000."),
        ("How can I avoid the annual fee?",
         "The annual fee of Rs. 999 is waived if your total spends in the previous card year are "
         "Rs. 1,50,000 or more."),
        ("What is the interest-free period?",
         "Up to 48 days on purchases, if the total amount due is paid in full by the due date. There is no "
         "interest-free period on cash withdrawals; interest applies from the date of withdrawal."),
        ("How do I convert a purchase into EMI?",
         "Purchases of Rs. 2,500 or more can be converted in the app within 30 days of the transaction, "
         "for tenures of 3, 6, 9 or 12 months. A processing fee of 1% (minimum Rs. 199) applies."),
        ("My card is lost. What should I do?",
         "Block the card immediately in the app or call the 24x7 helpline 1800-419-7788. You have zero "
         "liability for unauthorised transactions reported within 3 days. A replacement card costs Rs. 199."),
        ("Can I close the card?",
         "Yes, at any time through the app or customer care, with no closure charge. If you close the card "
         "within 30 days of issue and have not made any transaction, the joining fee is refunded."),
        ("How many add-on cards can I get?",
         "Up to 3 add-on cards, free of charge, for family members aged 18 years or above."),
        ("How do I redeem reward points?",
         "Redeem in the app against your statement balance at Rs. 0.25 per point. You need at least 500 "
         "points, and a fee of Rs. 49 applies per redemption request."),
    ]),

    ("h1", "7. Customer support"),
    ("table", {
        "name": "Table 4: How to reach us",
        "cols": [0.34, 0.33, 0.33],
        "header": ["Channel", "Contact", "Hours"],
        "rows": [
            ["Card block, lost card, fraud and PIN (toll-free)", "1800-419-7788", "24x7, all days"],
            ["General card queries (phone)", "1800-419-7788, option 2", "Monday to Saturday, 8:00 am to 10:00 pm"],
            ["Onboarding Help Desk (application status, documents)", "1800-419-7799", "Monday to Saturday, 9:00 am to 7:00 pm"],
            ["In-app chat (Nilgiri Mobile app)", "Help > Chat with us", "7:00 am to 11:00 pm, daily"],
            ["WhatsApp (application status only)", "+91 90000 41234", "24x7"],
            ["Email", "udaan.care@nilgiribank.example", "Reply within 2 working days"],
        ],
    }),
    ("bullets", [
        "Phone support is available in English, Hindi, Tamil, Telugu, Kannada, Marathi and Bengali. "
        "General phone queries are not answered on national holidays.",
        "Complaints: if you are not satisfied with the reply from customer care, write to the Principal "
        "Nodal Officer at nodal.officer@nilgiribank.example, who responds within 7 working days.",
        "If your complaint is not resolved within 30 days, you may approach the RBI Ombudsman.",
    ]),
]


# --------------------------------------------------------------------------
# Layout engine
# --------------------------------------------------------------------------
def text_len(s, font, size):
    return fitz.get_text_length(s, fontname=font, fontsize=size)


def wrap(text, width, font, size):
    lines, cur = [], ""
    for word in text.split():
        trial = word if not cur else cur + " " + word
        if text_len(trial, font, size) <= width:
            cur = trial
        else:
            if cur:
                lines.append(cur)
            cur = word
    if cur:
        lines.append(cur)
    return lines or [""]


class Writer:
    def __init__(self):
        self.doc = fitz.open()
        self.page = None
        self.y = 0
        self.new_page()

    def new_page(self):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.y = MARGIN_T

    def ensure(self, h):
        if self.y + h > PAGE_H - MARGIN_B:
            self.new_page()

    def lines(self, lines, font, size, x=MARGIN_L, lead=1.38, color=(0, 0, 0)):
        for ln in lines:
            self.ensure(size * lead)
            self.page.insert_text((x, self.y + size), ln, fontname=font, fontsize=size, color=color)
            self.y += size * lead

    def title(self):
        self.lines(wrap(TITLE, TEXT_W, BOLD, 20), BOLD, 20, color=(0.05, 0.2, 0.45))
        self.y += 2
        self.lines(wrap(SUBTITLE, TEXT_W, BOLD, 11.5), BOLD, 11.5)
        self.lines(wrap(VERSION, TEXT_W, BODY, 8.5), BODY, 8.5, color=(0.35, 0.35, 0.35))
        self.y += 4
        self.page.draw_line((MARGIN_L, self.y), (PAGE_W - MARGIN_R, self.y), color=(0.05, 0.2, 0.45), width=1.2)
        self.y += 8

    def h1(self, text):
        self.y += 8
        self.ensure(60)
        self.lines([text], BOLD, 14.5, color=(0.05, 0.2, 0.45))
        self.y += 2

    def h2(self, text):
        self.y += 5
        self.ensure(50)
        self.lines([text], BOLD, 11.5)
        self.y += 1

    def para(self, text):
        self.lines(wrap(text, TEXT_W, BODY, 10), BODY, 10)
        self.y += 5

    def bullets(self, items):
        for it in items:
            ls = wrap(it, TEXT_W - 14, BODY, 10)
            self.ensure(14)
            self.page.insert_text((MARGIN_L + 3, self.y + 10), "-", fontname=BODY, fontsize=10)
            self.lines(ls, BODY, 10, x=MARGIN_L + 14)
            self.y += 1.5
        self.y += 4

    def kv(self, pairs):
        label_w = 118
        for label, value in pairs:
            ls = wrap(value, TEXT_W - label_w - 6, BODY, 10)
            self.ensure(14 * min(len(ls), 2))
            self.page.insert_text((MARGIN_L, self.y + 10), label + ":", fontname=BOLD, fontsize=10)
            self.lines(ls, BODY, 10, x=MARGIN_L + label_w)
            self.y += 2
        self.y += 2

    def faq(self, pairs):
        for i, (q, a) in enumerate(pairs, 1):
            qls = wrap("Q%d. %s" % (i, q), TEXT_W, BOLD, 10)
            als = wrap(a, TEXT_W - 12, BODY, 10)
            self.ensure(14 * (len(qls) + min(len(als), 2)))
            self.lines(qls, BOLD, 10)
            self.lines(als, BODY, 10, x=MARGIN_L + 12)
            self.y += 5

    def table(self, spec):
        fs, pad, lead = 9.5, 4, 1.3
        widths = [f * TEXT_W for f in spec["cols"]]

        def row_layout(cells, font):
            wrapped = [wrap(c, w - 2 * pad, font, fs) for c, w in zip(cells, widths)]
            h = max(len(w) for w in wrapped) * fs * lead + 2 * pad
            return wrapped, h

        def draw_row(cells, font, fill=None):
            wrapped, h = row_layout(cells, font)
            x = MARGIN_L
            for lines_, w in zip(wrapped, widths):
                rect = fitz.Rect(x, self.y, x + w, self.y + h)
                self.page.draw_rect(rect, color=(0.25, 0.25, 0.25), fill=fill, width=0.7)
                ty = self.y + pad
                for ln in lines_:
                    self.page.insert_text((x + pad, ty + fs), ln, fontname=font, fontsize=fs)
                    ty += fs * lead
                x += w
            self.y += h

        hdr_h = row_layout(spec["header"], BOLD)[1]
        first_h = row_layout(spec["rows"][0], BODY)[1]
        total_h = 16 + hdr_h + sum(row_layout(r, BODY)[1] for r in spec["rows"])
        self.y += 3
        # keep a table on one page when it fits on a page; otherwise split it
        # and repeat the header row
        self.ensure(total_h if total_h <= PAGE_H - MARGIN_T - MARGIN_B else 16 + hdr_h + first_h)
        self.lines([spec["name"]], BOLD, 10)
        self.y += 1
        draw_row(spec["header"], BOLD, fill=(0.85, 0.89, 0.95))
        for row in spec["rows"]:
            h = row_layout(row, BODY)[1]
            if self.y + h > PAGE_H - MARGIN_B:
                self.new_page()
                draw_row(spec["header"], BOLD, fill=(0.85, 0.89, 0.95))
            draw_row(row, BODY)
        self.y += 10

    def finish(self, path):
        n = len(self.doc)
        for i, page in enumerate(self.doc, 1):
            page.draw_line((MARGIN_L, PAGE_H - 42), (PAGE_W - MARGIN_R, PAGE_H - 42), color=(0.6, 0.6, 0.6), width=0.5)
            page.insert_text((MARGIN_L, PAGE_H - 28), "Nilgiri Bank Udaan Select Visa Credit Card - Product Guide",
                             fontname=BODY, fontsize=8, color=(0.35, 0.35, 0.35))
            label = "Page %d of %d" % (i, n)
            page.insert_text((PAGE_W - MARGIN_R - text_len(label, BODY, 8), PAGE_H - 28), label,
                             fontname=BODY, fontsize=8, color=(0.35, 0.35, 0.35))
        self.doc.set_metadata({"title": TITLE, "author": "Nilgiri Bank (fictional)",
                               "subject": SUBTITLE})
        self.doc.save(path, garbage=3, deflate=True)
        return n


def main():
    w = Writer()
    w.title()
    for kind, data in CONTENT:
        {"h1": w.h1, "h2": w.h2, "p": w.para, "bullets": w.bullets, "kv": w.kv,
         "faq": w.faq, "table": w.table}[kind](data)
    n = w.finish(OUT)
    print("wrote %s (%d pages)" % (OUT, n))


if __name__ == "__main__":
    main()
