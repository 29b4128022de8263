#!/usr/bin/env python3
"""Build the fictional customer guide "Tarangini Kavach Secured Credit Card".

The document is invented for an evaluation of a question-answering assistant.
The bank, the card, all names, numbers, phone numbers and addresses are
fictional.

Usage:  python3 build_pdf.py        -> writes kavach-secured-card.pdf next to this file
Needs:  PyMuPDF (pip install pymupdf). Only the built-in Helvetica fonts are used.
"""
import os

try:
    import pymupdf as fitz
except ImportError:  # older PyMuPDF
    import fitz

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "kavach-secured-card.pdf")

PAGE_W, PAGE_H = 595, 842          # A4 in points
MARGIN_L, MARGIN_R = 48, 48
MARGIN_T, MARGIN_B = 62, 64
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R
BODY, BOLD, ITAL = "helv", "hebo", "heit"
TEAL = (0.0, 0.40, 0.43)
LIGHT = (0.86, 0.94, 0.94)
ZEBRA = (0.96, 0.96, 0.96)
GREY = (0.38, 0.38, 0.38)

# --------------------------------------------------------------------------
# Document content (English only, ASCII only so the Base-14 fonts cover it)
# --------------------------------------------------------------------------
TITLE = "Tarangini Kavach Secured Credit Card"
SUBTITLE = "Customer Guide: FD-backed credit card, online application with in-person verification"
VERSION = ("Document TB-KV-07, version 1.4, effective 15 July 2025. Tarangini Bank Ltd. is a fictional "
           "bank; this guide was written only for testing purposes.")
RUNNING = "Tarangini Bank Ltd.  |  Kavach Secured Credit Card - Customer Guide"
FOOT_LEFT = "Doc TB-KV-07 v1.4 (fictional)"

CONTENT = [
    ("section", "1", "The card in brief"),
    ("p", "The Tarangini Kavach Secured Credit Card is a RuPay Platinum credit card issued by Tarangini "
          "Bank Ltd. against a fixed deposit (FD) that you hold with the Bank. Because the card is backed by "
          "your FD, it is meant for people who are new to credit, students, homemakers and anyone who "
          "wants to build or rebuild a credit history. Your repayment record is reported every month to "
          "all four credit bureaus."),
    ("label", "At a glance"),
    ("bullets", [
        "Credit limit of 90% of the FD amount (minimum FD Rs. 15,000; maximum FD Rs. 20,00,000).",
        "The FD keeps earning interest at the Bank's regular FD rate while it is under lien.",
        "No joining fee. Annual fee of Rs. 299 from the second year, waived on annual spends of "
        "Rs. 75,000 or more.",
        "The card can be linked to UPI apps to pay at merchant QR codes (RuPay credit card on UPI).",
        "Virtual card in the Tarangini One app within 2 hours of e-signing the card agreement.",
        "After 12 consecutive on-time payments you can ask to move to an unsecured card and have the "
        "FD lien released.",
    ]),

    ("section", "2", "Who can apply"),
    ("defs", [
        ("Age", "18 to 70 years on the date of application. Add-on cardholders must be 18 years or above."),
        ("Residency", "Resident Indians. NRIs can apply only if the FD is funded from their NRO account; FDs "
                      "funded from NRE or FCNR accounts are not accepted. Foreign nationals cannot apply."),
        ("Credit history", "No minimum credit score is required, and applicants with no credit history are "
                           "welcome. Applicants whose credit report shows a loan or card written off or "
                           "settled in the last 24 months are not eligible."),
        ("Income proof", "Not required when the FD amount is Rs. 3,00,000 or less. For an FD above "
                         "Rs. 3,00,000, income proof is mandatory (see Stage 4)."),
        ("PAN", "A valid, operative PAN (linked to Aadhaar) is mandatory. Form 60 is not accepted in place "
                "of PAN."),
        ("Address", "Doorstep in-person verification is available at addresses in 210 cities; elsewhere "
                    "the verification is done at a Tarangini Bank branch."),
        ("Existing FDs", "An existing Tarangini Bank FD can be used if at least 12 months of its tenure "
                         "remain and it is not already under lien. FDs held with other banks cannot be used."),
        ("One card", "Only one Kavach card is issued per PAN."),
    ]),

    ("section", "3", "How to apply: the 7-stage online journey"),
    ("p", "Apply in the Tarangini One app or at apply.taranginibank.example. The stages must be completed "
          "in the order shown below. Your application number starts with KV followed by 8 digits (for "
          "example KV40718263); use it with Continue Application to resume later. An application that is "
          "not completed within 21 days of starting it is cancelled automatically. Stage 4 applies only "
          "when the FD amount is above Rs. 3,00,000."),

    ("stage", "Stage 1 of 7: Mobile and Email Registration"),
    ("steps", [
        "Enter your 10-digit mobile number and tap Get OTP. The 6-digit OTP is valid for 5 minutes.",
        "Enter your personal email address. A verification link is sent to it and is valid for 24 hours. "
        "You can go on with the next stages while the email is pending, but it must be verified before "
        "Stage 6.",
        "Give consent for the Bank to contact you and to fetch your credit report.",
    ]),
    ("label_i", "If something goes wrong"),
    ("bullets", [
        "You can ask for a new OTP after 45 seconds, up to 4 times in a day.",
        "After 3 wrong OTP entries, the mobile number is blocked for 60 minutes.",
        "Only one open application is allowed per mobile number; use Continue Application instead of "
        "starting again.",
    ]),

    ("stage", "Stage 2 of 7: PAN Verification"),
    ("steps", [
        "Enter your PAN and date of birth exactly as printed on the PAN card.",
        "The name on your application is matched with Income Tax records; a name match score of 80% or "
        "more is needed.",
        "The Bank makes a soft enquiry with a credit bureau to check for write-offs and settlements. A soft "
        "enquiry does not affect your credit score.",
    ]),
    ("label_i", "If something goes wrong"),
    ("bullets", [
        "PAN verification works 24x7, except on Sundays from 1:00 am to 5:00 am (system maintenance).",
        "If the PAN is inoperative, link it with Aadhaar on the Income Tax portal and retry after "
        "5 working days.",
        "After 3 failed PAN attempts, the application is locked for 24 hours.",
    ]),

    ("stage", "Stage 3 of 7: Fixed Deposit Booking"),
    ("steps", [
        "Choose the FD amount: Rs. 15,000 to Rs. 20,00,000, in multiples of Rs. 1,000.",
        "Choose the FD tenure: 12 months to 60 months. Auto-renewal is mandatory while the card is active.",
        "Fund the FD from a bank account in your own name by UPI (up to Rs. 1,00,000), net banking or "
        "NEFT/RTGS. Debit card payments are not accepted.",
        "The FD is opened, and a lien in favour of the card is marked, as soon as the funds are received.",
    ]),
    ("label_i", "If something goes wrong"),
    ("bullets", [
        "The FD must be funded within 48 hours of choosing the amount; otherwise the application lapses.",
        "Payments from an account in another person's name (third-party funding) are rejected and "
        "refunded within 3 working days.",
        "Adding a nominee to the FD is optional but recommended.",
    ]),

    ("stage", "Stage 4 of 7: Income Proof Upload (only for FDs above Rs. 3,00,000)"),
    ("steps", [
        "Salaried applicants upload salary slips for the last 3 months. Self-employed applicants upload "
        "the ITR acknowledgement for the latest 1 year.",
        "Files must be PDF or JPG, up to 4 MB each, with at most 6 files.",
        "Upload within 10 days of completing Stage 3.",
    ]),
    ("label_i", "If something goes wrong"),
    ("bullets", [
        "Password-protected PDFs are accepted if you type the password in the app.",
        "Documents are reviewed within 2 working days. Up to 2 re-uploads are allowed.",
    ]),

    ("stage", "Stage 5 of 7: In-Person Verification (IPV)"),
    ("steps", [
        "Book a slot in the app. Doorstep slots are available Monday to Saturday, 8:00 am to 8:00 pm; "
        "branch IPV can be done during branch hours on any working day.",
        "A Tarangini Bank Relationship Officer visits your address (or meets you at the branch) with a "
        "tablet.",
        "Show your original PAN card and one original address proof: Aadhaar, passport, voter ID or "
        "driving licence. Photocopies are not accepted.",
        "The officer takes a live photograph and your signature on the tablet. The visit takes about "
        "15 minutes.",
    ]),
    ("label_i", "Good to know"),
    ("bullets", [
        "IPV must be completed within 5 working days of booking the slot.",
        "A slot can be rescheduled up to 2 times, at least 4 hours before the slot time.",
        "NRI applicants must complete IPV at a branch; doorstep IPV is not available to them.",
        "The officer will never ask for your card PIN, an OTP or any payment.",
    ]),

    ("stage", "Stage 6 of 7: Credit Limit Confirmation and e-Sign"),
    ("steps", [
        "Your credit limit is shown: 90% of the FD amount. You may choose a lower limit, but not below "
        "Rs. 10,000.",
        "Read the Key Fact Statement (KFS) and the Most Important Terms and Conditions (MITC).",
        "e-Sign the card agreement with an Aadhaar OTP. If your mobile number is not linked to Aadhaar, "
        "you can sign with a mobile OTP instead.",
    ]),
    ("label_i", "Good to know"),
    ("bullets", [
        "The limit offer is valid for 7 days after IPV approval.",
        "The email address given in Stage 1 must be verified before you can e-sign.",
    ]),

    ("stage", "Stage 7 of 7: Card PIN Set-up and Activation"),
    ("steps", [
        "The virtual card appears in the Tarangini One app within 2 hours of e-sign.",
        "Set a 4-digit PIN in the app (Cards > Manage PIN), at any Tarangini Bank ATM with the OTP-based "
        "Green PIN option, or through the IVR at 1800-000-5522.",
        "Activate the card by making your first transaction. The physical card is dispatched by Speed "
        "Post within 5 working days of e-sign.",
    ]),
    ("label_i", "If something goes wrong"),
    ("bullets", [
        "The card must be activated within 45 days of issue. If it is not, the card is closed and the FD "
        "lien is released; the FD itself continues.",
        "3 wrong PIN entries block the PIN until midnight of the same day.",
        "Sequential or repeated PINs (such as 1234 or 0000) are rejected.",
    ]),

    ("section", "4", "Fees and charges"),
    ("p", "All fees and charges are exclusive of GST, which is charged at 18%."),
    ("table", {
        "name": "Table 1: Fees and charges",
        "cols": [0.47, 0.53],
        "header": ["Charge", "Amount"],
        "rows": [
            ["Joining fee", "Nil"],
            ["Annual fee (from the 2nd year)", "Rs. 299; waived if spends in the previous card year are Rs. 75,000 or more"],
            ["Add-on card fee", "Nil (up to 2 add-on cards)"],
            ["Interest (finance charges) on purchases and cash", "3.25% per month (39% per annum)"],
            ["Late payment: total amount due up to Rs. 100", "Nil"],
            ["Late payment: Rs. 101 to Rs. 1,000", "Rs. 100"],
            ["Late payment: Rs. 1,001 to Rs. 5,000", "Rs. 400"],
            ["Late payment: Rs. 5,001 to Rs. 15,000", "Rs. 650"],
            ["Late payment: Rs. 15,001 to Rs. 40,000", "Rs. 950"],
            ["Late payment: above Rs. 40,000", "Rs. 1,200"],
            ["Cash withdrawal at ATMs", "2% of the amount, minimum Rs. 300"],
            ["Foreign currency markup", "3.5% of the transaction amount"],
            ["UPI payments made with the card", "Nil"],
            ["Over-limit charge", "2.5% of the over-limit amount, minimum Rs. 500"],
            ["Rent payment fee", "1.5% of the amount, maximum Rs. 3,000 per transaction"],
            ["EMI conversion processing fee", "1.5% of the converted amount, minimum Rs. 149"],
            ["Railway ticket surcharge", "1% of the ticket amount"],
            ["Card replacement (lost, stolen or damaged)", "Rs. 100"],
            ["Payment return (cheque, auto-debit or UPI mandate bounce)", "Rs. 350 per instance"],
            ["Cash payment of the card bill at a branch", "Rs. 175 per payment"],
            ["Duplicate statement", "Free for the last 6 months; Rs. 75 per statement for older months"],
            ["Reward redemption fee", "Nil"],
            ["Premature withdrawal of the FD while the card is active", "Not allowed (close the card first)"],
        ],
    }),

    ("section", "5", "Rewards and benefits"),
    ("p", "Reward points (RP) are earned on eligible spends in each statement cycle. The reward rate depends "
          "on your total eligible spends in that cycle, and the rate of your band applies to all eligible "
          "spends of the cycle. 1 RP is worth Rs. 0.20 when redeemed against the statement balance. A "
          "minimum of 250 RP is needed for a redemption, and points expire 36 months after they are earned."),
    ("table", {
        "name": "Table 2: Reward rate by spend band (per statement cycle)",
        "cols": [0.10, 0.36, 0.27, 0.27],
        "header": ["Band", "Eligible spends in the cycle", "Reward rate", "Maximum RP per cycle"],
        "rows": [
            ["A", "Up to Rs. 10,000", "1 RP per Rs. 100", "100 RP"],
            ["B", "Rs. 10,001 to Rs. 30,000", "2 RP per Rs. 100", "600 RP"],
            ["C", "Rs. 30,001 to Rs. 60,000", "3 RP per Rs. 100", "1,800 RP"],
            ["D", "Above Rs. 60,000", "4 RP per Rs. 100", "4,000 RP"],
        ],
    }),
    ("bullets", [
        "UPI spends made with the card always earn 1 RP per Rs. 100, whatever the band, up to 300 RP per "
        "cycle; they count towards the band total.",
        "No reward points are earned on fuel, rent payments, wallet loads, EMI transactions, cash "
        "withdrawals, government payments or education fees.",
    ]),
    ("table", {
        "name": "Table 3: Other benefits",
        "cols": [0.28, 0.50, 0.22],
        "header": ["Benefit", "Details", "Limit"],
        "rows": [
            ["Welcome benefit", "500 RP on the first UPI transaction with the card within 30 days of card issue", "One time"],
            ["Fuel surcharge waiver", "1% waiver on fuel transactions of Rs. 400 to Rs. 4,000", "Rs. 100 per statement cycle"],
            ["Credit limit review", "Free review after 6 consecutive on-time payments; add a top-up FD to raise the limit", "Once every 6 months"],
            ["Upgrade to an unsecured card", "Move to the Tarangini Dhara card after 12 consecutive on-time payments; the FD lien is released", "Subject to approval"],
            ["Free credit report", "Credit report with score in the app", "Once every quarter"],
            ["Lost card cover", "Cover for fraudulent transactions made up to 2 days before the loss is reported", "Up to Rs. 25,000 per year"],
        ],
    }),

    ("section", "6", "Timelines and limits"),
    ("table", {
        "name": "Table 4: Timelines and limits",
        "cols": [0.38, 0.62],
        "header": ["Item", "Timeline or limit"],
        "rows": [
            ["Application validity", "21 days from the start of the application"],
            ["FD funding window", "48 hours after choosing the FD amount"],
            ["Income proof upload (Stage 4)", "Within 10 days of completing Stage 3"],
            ["In-person verification", "Within 5 working days of booking the slot"],
            ["Credit limit offer", "Valid for 7 days after IPV approval"],
            ["Virtual card", "Within 2 hours of e-sign"],
            ["Physical card dispatch", "Within 5 working days of e-sign, by Speed Post"],
            ["Card activation", "Within 45 days of card issue"],
            ["Credit limit", "90% of the FD amount (Rs. 13,500 on the minimum FD of Rs. 15,000); you may choose a lower limit down to Rs. 10,000"],
            ["Cash withdrawal limit", "25% of the credit limit"],
            ["Contactless (tap to pay) limit", "Rs. 5,000 per transaction without PIN"],
            ["Daily online spend limit (default)", "Rs. 50,000; can be changed in the app up to the credit limit"],
            ["International transactions", "Off by default; switch on in the app"],
            ["Statement date", "5th, 12th or 20th of the month (your choice)"],
            ["Payment due date", "20 days after the statement date"],
            ["Interest-free period", "Up to 50 days on purchases"],
            ["Minimum amount due", "5% of the total amount due or Rs. 200, whichever is higher"],
            ["Top-up FD", "Minimum Rs. 5,000; the new limit applies within 1 working day"],
            ["Card validity", "4 years"],
        ],
    }),

    ("section", "7", "If your application is stopped: reasons and next steps"),
    ("table", {
        "name": "Table 5: Rejection and hold reasons",
        "cols": [0.12, 0.43, 0.45],
        "header": ["Code", "Reason", "What to do"],
        "rows": [
            ["KV-01", "PAN inoperative (not linked to Aadhaar)", "Link PAN with Aadhaar and retry after 5 working days"],
            ["KV-02", "Name match score below 80%", "Enter the name exactly as on the PAN card; if your name has changed, update the PAN first"],
            ["KV-03", "Loan or card written off or settled in the last 24 months", "Reapply 24 months after the settlement date"],
            ["KV-04", "FD not funded within 48 hours", "Start a new application; no money has been debited"],
            ["KV-05", "FD funded from a third-party account", "The money is refunded within 3 working days; fund again from your own account"],
            ["KV-06", "FD funded from an NRE or FCNR account", "Fund the FD from your NRO account"],
            ["KV-07", "IPV not completed within 5 working days, or reschedule limit crossed", "Call the Onboarding Desk to book a final slot"],
            ["KV-08", "Original documents not shown at IPV", "Book a new slot and keep your original PAN card and address proof ready"],
            ["KV-09", "The PAN already holds a Kavach card", "Only one card per PAN; keep using the existing card"],
            ["KV-10", "Address outside the 210 doorstep IPV cities", "Choose branch IPV in the app"],
        ],
    }),
    ("p", "If an application is rejected after the FD has been booked, the FD stays in your name. You can "
          "keep it, or close it within 15 days without any premature withdrawal penalty."),

    ("section", "8", "Before you start, and staying safe"),
    ("twocol", (
        ("Keep ready", [
            "Original PAN card (needed at IPV)",
            "Mobile number linked to Aadhaar, for e-sign",
            "A bank account in your own name to fund the FD",
            "An original address proof for IPV",
            "Salary slips or ITR, only if the FD is above Rs. 3,00,000",
        ]),
        ("Stay safe", [
            "The Bank never asks for your PIN, CVV or OTP by call, SMS or email",
            "Relationship Officers never collect cash or cheques at IPV",
            "Apply only in the Tarangini One app or at apply.taranginibank.example",
            "Report suspicious calls on 1800-000-5522",
            "Block a lost card at once in the app",
        ]),
    )),

    ("section", "9", "Frequently asked questions"),
    ("faq", [
        ("Will my FD still earn interest?",
         "Yes. The FD earns interest at the Bank's regular FD rate for the chosen tenure, and the interest "
         "is paid out or reinvested as you choose. Tax (TDS) on FD interest applies as per law."),
        ("What happens to my FD if I do not pay my card bill?",
         "If the total amount due stays unpaid for 90 days after the payment due date, the Bank may recover "
         "the dues from the FD after giving you 15 days' notice."),
        ("Can I withdraw the FD while I use the card?",
         "No. The FD is under lien. To close the FD, close the card first and pay all dues; the lien is "
         "released within 2 working days of closure."),
        ("Can I increase my credit limit?",
         "Yes. Open a top-up FD (minimum Rs. 5,000) linked to the card. The new limit applies within "
         "1 working day."),
        ("Does applying affect my credit score?",
         "No. Only a soft enquiry is made during the application."),
        ("Can I use the card abroad?",
         "Yes, after you switch on international transactions in the app. A foreign currency markup of "
         "3.5% applies."),
        ("How do I link the card to UPI?",
         "In your UPI app, choose Add RuPay Credit Card, select Tarangini Bank and verify with an OTP. UPI "
         "spends earn 1 RP per Rs. 100."),
        ("Can a student apply?",
         "Yes, from 18 years of age, with their own PAN and bank account. No income proof is needed for "
         "FDs up to Rs. 3,00,000."),
        ("How many add-on cards can I get?",
         "Up to 2 add-on cards, free of charge, for your spouse, parents or children aged 18 years or above."),
        ("I lost my card. What should I do?",
         "Block it at once in the app or call the 24x7 helpline 1800-000-5522. A replacement card costs "
         "Rs. 100."),
        ("How do I close the card?",
         "Through the app or by calling customer care; there is no closure charge. The FD lien is released "
         "within 2 working days after all dues are paid."),
        ("How long does the whole process take?",
         "Usually 3 to 6 working days from registration to the virtual card, depending on the IPV slot."),
    ]),

    ("section", "10", "Customer support"),
    ("defs", [
        ("24x7 helpline", "1800-000-5522 (toll-free): card block, fraud, PIN and lost card."),
        ("Onboarding Desk", "1800-000-5533: application status, FD booking and IPV slots. Monday to "
                            "Saturday, 9:00 am to 7:00 pm."),
        ("In-app chat", "Tarangini One app > Help. 8:00 am to 10:00 pm, every day."),
        ("Email", "kavach.help@taranginibank.example. Reply within 3 working days."),
        ("From outside India", "+91 22 4000 5522 (call charges apply)."),
        ("Languages", "English, Hindi, Marathi, Gujarati and Odia."),
        ("Grievances", "Grievance Redressal Officer, grievance@taranginibank.example, replies within "
                       "10 working days. Post: Tarangini Bank Ltd., Grievance Cell, 3rd Floor, Kiran "
                       "Bhavan, 27 Lake Road, Nashik 422099."),
        ("Ombudsman", "If your complaint is not resolved within 30 days, you may approach the RBI "
                      "Ombudsman."),
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
    FS = 9.8
    LEAD = 1.36

    def __init__(self):
        self.doc = fitz.open()
        self.page = None
        self.y = 0
        self.new_page()

    @property
    def bottom(self):
        return PAGE_H - MARGIN_B

    def new_page(self):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.y = MARGIN_T

    def ensure(self, h):
        if self.y + h > self.bottom:
            self.new_page()

    def text(self, x, y, s, font=BODY, size=None, color=(0, 0, 0)):
        self.page.insert_text((x, y), s, fontname=font, fontsize=size or self.FS, color=color)

    def lines(self, lines, font=BODY, size=None, x=MARGIN_L, color=(0, 0, 0)):
        size = size or self.FS
        for ln in lines:
            self.ensure(size * self.LEAD)
            self.text(x, self.y + size, ln, font, size, color)
            self.y += size * self.LEAD

    def dot(self, x, y):
        self.page.draw_circle((x, y), 1.7, color=TEAL, fill=TEAL)

    # -- blocks ------------------------------------------------------------
    def title(self):
        band = fitz.Rect(0, 0, PAGE_W, 118)
        self.page.draw_rect(band, color=None, fill=TEAL)
        self.text(MARGIN_L, 34, "TARANGINI BANK LTD.", BOLD, 9.5, (1, 1, 1))
        self.text(MARGIN_L, 66, TITLE, BOLD, 21, (1, 1, 1))
        self.text(MARGIN_L, 88, SUBTITLE, BODY, 10.5, (1, 1, 1))
        self.y = 130
        self.lines(wrap(VERSION, TEXT_W, ITAL, 8.5), ITAL, 8.5, color=GREY)
        self.y += 6

    def section(self, num, text):
        self.y += 10
        self.ensure(70)
        r = fitz.Rect(MARGIN_L, self.y, PAGE_W - MARGIN_R, self.y + 21)
        self.page.draw_rect(r, color=None, fill=TEAL)
        self.text(MARGIN_L + 8, self.y + 14.5, "SECTION %s" % num, BOLD, 8.5, (0.8, 0.95, 0.95))
        self.text(MARGIN_L + 72, self.y + 14.8, text, BOLD, 12, (1, 1, 1))
        self.y += 21 + 8

    def stage(self, text):
        self.y += 6
        self.ensure(64)
        self.page.draw_rect(fitz.Rect(MARGIN_L, self.y, MARGIN_L + 4, self.y + 16), color=None, fill=TEAL)
        self.page.draw_line((MARGIN_L + 4, self.y + 16), (PAGE_W - MARGIN_R, self.y + 16), color=TEAL, width=0.6)
        self.text(MARGIN_L + 10, self.y + 12, text, BOLD, 11, TEAL)
        self.y += 16 + 5

    def label(self, text):
        self.ensure(30)
        self.lines([text], BOLD, 10)
        self.y += 1

    def label_i(self, text):
        self.ensure(30)
        self.lines([text + ":"], ITAL, 9.5, x=MARGIN_L + 6, color=GREY)

    def para(self, text):
        self.lines(wrap(text, TEXT_W, BODY, self.FS))
        self.y += 6

    def bullets(self, items, x0=MARGIN_L + 6):
        for it in items:
            ls = wrap(it, PAGE_W - MARGIN_R - (x0 + 12), BODY, self.FS)
            self.ensure(self.FS * self.LEAD * min(len(ls), 2))
            self.dot(x0 + 3, self.y + self.FS * 0.62)
            self.lines(ls, x=x0 + 12)
            self.y += 1.5
        self.y += 4

    def steps(self, items):
        for i, it in enumerate(items, 1):
            ls = wrap(it, TEXT_W - 24, BODY, self.FS)
            self.ensure(self.FS * self.LEAD * min(len(ls), 2))
            self.text(MARGIN_L + 6, self.y + self.FS, "%d." % i, BOLD)
            self.lines(ls, x=MARGIN_L + 24)
            self.y += 2
        self.y += 3

    def defs(self, pairs):
        label_w = 112
        for label, value in pairs:
            ls = wrap(value, TEXT_W - label_w, BODY, self.FS)
            self.ensure(self.FS * self.LEAD * min(len(ls), 2) + 4)
            self.page.draw_line((MARGIN_L, self.y), (PAGE_W - MARGIN_R, self.y), color=(0.8, 0.8, 0.8), width=0.4)
            self.y += 3
            self.text(MARGIN_L, self.y + self.FS, label, BOLD, self.FS, TEAL)
            self.lines(ls, x=MARGIN_L + label_w)
            self.y += 2
        self.y += 6

    def twocol(self, cols):
        gap = 14
        col_w = (TEXT_W - gap) / 2
        wrapped = []
        for head, items in cols:
            wrapped.append((head, [wrap(it, col_w - 26, BODY, self.FS) for it in items]))
        line_h = self.FS * self.LEAD
        heights = [22 + sum(len(ls) * line_h + 3 for ls in items) + 6 for _, items in wrapped]
        box_h = max(heights)
        self.ensure(box_h + 4)
        top = self.y
        for k, (head, items) in enumerate(wrapped):
            x = MARGIN_L + k * (col_w + gap)
            self.page.draw_rect(fitz.Rect(x, top, x + col_w, top + box_h), color=TEAL, fill=LIGHT, width=0.8)
            self.text(x + 10, top + 15, head, BOLD, 10.5, TEAL)
            y = top + 22
            for ls in items:
                self.dot(x + 13, y + self.FS * 0.62)
                for ln in ls:
                    self.text(x + 21, y + self.FS, ln)
                    y += line_h
                y += 3
        self.y = top + box_h + 10

    def faq(self, pairs):
        for q, a in pairs:
            qls = wrap(q, TEXT_W - 18, BOLD, self.FS)
            als = wrap(a, TEXT_W - 18, BODY, self.FS)
            self.ensure(self.FS * self.LEAD * (len(qls) + min(len(als), 2)) + 4)
            self.text(MARGIN_L, self.y + self.FS, "Q:", BOLD, self.FS, TEAL)
            self.lines(qls, BOLD, x=MARGIN_L + 18)
            self.text(MARGIN_L, self.y + self.FS, "A:", BOLD, self.FS, GREY)
            self.lines(als, x=MARGIN_L + 18)
            self.y += 5

    def table(self, spec):
        fs, pad, lead = 9.3, 4, 1.3
        widths = [f * TEXT_W for f in spec["cols"]]

        def layout(cells, font):
            wrapped = [wrap(c, w - 2 * pad, font, fs) for c, w in zip(cells, widths)]
            return wrapped, max(len(w) for w in wrapped) * fs * lead + 2 * pad

        def draw_row(cells, font, fill=None):
            wrapped, h = layout(cells, font)
            x = MARGIN_L
            for lines_, w in zip(wrapped, widths):
                self.page.draw_rect(fitz.Rect(x, self.y, x + w, self.y + h), color=(0.3, 0.3, 0.3),
                                    fill=fill, width=0.6)
                ty = self.y + pad
                for ln in lines_:
                    self.page.insert_text((x + pad, ty + fs), ln, fontname=font, fontsize=fs)
                    ty += fs * lead
                x += w
            self.y += h

        caption_h = 10 * self.LEAD + 2
        hdr_h = layout(spec["header"], BOLD)[1]
        row_h = [layout(r, BODY)[1] for r in spec["rows"]]
        total = caption_h + hdr_h + sum(row_h)
        self.y += 3
        # Keep a table whole when it fits in the space left; otherwise start it
        # here if at least 3 rows fit, and continue it on the next page under a
        # repeated header row.
        if self.y + total > self.bottom and self.y + caption_h + hdr_h + sum(row_h[:3]) > self.bottom:
            self.new_page()
        self.lines([spec["name"]], BOLD, 10, color=TEAL)
        self.y += 2
        draw_row(spec["header"], BOLD, fill=LIGHT)
        for i, row in enumerate(spec["rows"]):
            if self.y + row_h[i] > self.bottom:
                self.new_page()
                self.lines([spec["name"] + " (continued)"], ITAL, 9.5, color=GREY)
                self.y += 2
                draw_row(spec["header"], BOLD, fill=LIGHT)
            draw_row(row, BODY, fill=ZEBRA if i % 2 else None)
        self.y += 10

    def finish(self, path):
        n = len(self.doc)
        for i, page in enumerate(self.doc, 1):
            if i > 1:
                page.insert_text((PAGE_W - MARGIN_R - text_len(RUNNING, BODY, 7.5), 34), RUNNING,
                                 fontname=BODY, fontsize=7.5, color=GREY)
                page.draw_line((MARGIN_L, 40), (PAGE_W - MARGIN_R, 40), color=TEAL, width=0.8)
            page.draw_line((MARGIN_L, PAGE_H - 44), (PAGE_W - MARGIN_R, PAGE_H - 44), color=(0.7, 0.7, 0.7), width=0.5)
            page.insert_text((MARGIN_L, PAGE_H - 30), FOOT_LEFT, fontname=BODY, fontsize=7.5, color=GREY)
            label = "Page %d of %d" % (i, n)
            page.insert_text(((PAGE_W - text_len(label, BOLD, 8)) / 2, PAGE_H - 30), label,
                             fontname=BOLD, fontsize=8, color=GREY)
        self.doc.set_metadata({"title": TITLE, "author": "Tarangini Bank (fictional)", "subject": SUBTITLE,
                               "creationDate": "D:20250715000000", "modDate": "D:20250715000000"})
        # fixed dates and no new file id, so that a rebuild gives the same bytes
        self.doc.save(path, garbage=3, deflate=True, no_new_id=True)
        return n


def main():
    w = Writer()
    w.title()
    for item in CONTENT:
        kind, args = item[0], item[1:]
        {"section": w.section, "stage": w.stage, "label": w.label, "label_i": w.label_i,
         "p": w.para, "bullets": w.bullets, "steps": w.steps, "defs": w.defs,
         "twocol": w.twocol, "faq": w.faq, "table": w.table}[kind](*args)
    n = w.finish(OUT)
    print("wrote %s (%d pages)" % (OUT, n))


if __name__ == "__main__":
    main()
