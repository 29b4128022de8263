#!/usr/bin/env python3
"""Build the fictional customer guide "Sarovar Bank TravelMate Multi-Currency Forex Card".

The document is invented for an evaluation of a question-answering assistant.
The bank, the card, all numbers, phone numbers, e-mail addresses and URLs are fictional.

Usage:  python3 build_pdf.py        -> writes travelmate-forex-card.pdf next to this file
Needs:  PyMuPDF (pip install pymupdf). Only the built-in Helvetica fonts are used.
"""
import os

try:
    import pymupdf as fitz
except ImportError:  # older PyMuPDF
    import fitz

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "travelmate-forex-card.pdf")

PAGE_W, PAGE_H = 595, 842          # A4 in points
MARGIN_L, MARGIN_R = 54, 54
MARGIN_T, MARGIN_B = 70, 62
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R
BODY, BOLD, ITAL = "helv", "hebo", "heit"
ACCENT = (0.0, 0.38, 0.36)         # teal
GREY = (0.38, 0.38, 0.38)

# --------------------------------------------------------------------------
# Document content (English only, ASCII only so the Base-14 font covers it)
# --------------------------------------------------------------------------
TITLE = "TravelMate Multi-Currency Forex Card"
SUBTITLE = "Customer Guide: Eligibility, Online Onboarding, Fees, Limits, Timelines and Help"
EDITION = ("Edition 2025.1, effective 15 June 2025. Sarovar Bank Ltd. and this card are fictional; "
           "this guide was written for testing purposes only.")

CONTENT = [
    ("h1", "A. What is the TravelMate card?"),
    ("p", "TravelMate is a reloadable prepaid forex card issued by Sarovar Bank Ltd. on the Mastercard "
          "network for Indian residents travelling abroad. You load foreign currency on the card before you "
          "travel and then pay at shops, hotels and websites or withdraw cash at ATMs overseas. The rupee "
          "amount is converted at the Sarovar card rate on the date of loading, so later changes in exchange "
          "rates do not affect the money already on the card."),
    ("p", "One card can hold up to 14 currencies in separate wallets: US Dollar (USD), Euro (EUR), Pound "
          "Sterling (GBP), UAE Dirham (AED), Singapore Dollar (SGD), Australian Dollar (AUD), Canadian Dollar "
          "(CAD), Japanese Yen (JPY), Thai Baht (THB), Swiss Franc (CHF), Saudi Riyal (SAR), New Zealand "
          "Dollar (NZD), Hong Kong Dollar (HKD) and South African Rand (ZAR). The whole application is done "
          "online in the Sarovar GO app or at travelmate.sarovarbank.example; no branch visit is needed."),
    ("note", "Important: the card cannot be used for payments in Indian Rupees, or at merchants and ATMs "
             "in India, Nepal or Bhutan. It is meant only for spending outside India."),

    ("h1", "B. Eligibility"),
    ("bullets", [
        "Resident Indians aged 18 years or above. Students aged 16 or 17 years may apply for the Student "
        "tier with a parent as co-applicant.",
        "A valid Indian passport with at least 6 months of validity remaining on the date of travel.",
        "Date of departure within 60 days from the date of application.",
        "A valid PAN linked to Aadhaar. The name on the PAN must match the passport name.",
        "Payment for the card must come from a savings account held in the applicant's own name with any "
        "bank in India. For the Student tier, a parent's account is also accepted.",
        "Non-resident Indians (NRIs), OCI cardholders and foreign nationals are not eligible.",
        "Total foreign exchange bought by the applicant in the financial year, including this card, must "
        "stay within the Liberalised Remittance Scheme (LRS) limit of USD 2,50,000.",
    ]),

    ("h2", "Card tiers"),
    ("p", "The tier decides your limits and some of the fees. It is assigned automatically at Stage 3 of "
          "the onboarding journey:"),
    ("bullets", [
        "Classic: for all eligible travellers. This is the default tier.",
        "Premier: for applicants whose first load is USD 10,000 or more (or its equivalent), and for "
        "Sarovar Privilege banking customers.",
        "Student: for students aged 16 to 30 years going abroad for studies, on upload of an admission "
        "letter from a foreign university.",
    ]),

    ("h1", "C. Documents you will need"),
    ("table", {
        "name": "Table 1: Documents by purpose of travel",
        "cols": [0.26, 0.74],
        "header": ["Purpose of travel", "Documents"],
        "rows": [
            ["All travellers", "Passport (first and last pages); PAN; Form A2 (signed electronically "
                               "inside the app); confirmed air ticket for the onward journey"],
            ["Leisure", "Valid visa for the destination country, or a visa-on-arrival confirmation"],
            ["Business", "Valid business visa and a letter from your employer or your own company"],
            ["Studies (Student tier)", "Student visa and admission letter (I-20, CAS or offer letter); "
                                       "parent's PAN if a parent pays"],
            ["Medical treatment", "Medical visa and a letter from the treating hospital abroad"],
        ],
    }),
    ("p", "Files may be JPG, PNG or PDF, up to 4 MB each. Scans of photocopies and screenshots of "
          "documents are not accepted."),

    ("h1", "D. Online onboarding journey"),
    ("p", "The journey has 6 stages. An application that is not finished within 15 days is closed "
          "automatically. Every application gets a reference number that starts with TMF followed by "
          "9 digits (for example TMF204815573); use it to resume the journey or to track it."),
    ("steps", [
        ("Sign In and Traveller Profile",
         "Enter your mobile number and verify it with a 6-digit OTP, valid for 5 minutes. Then fill in "
         "your travel dates, destination countries and purpose of travel. After 4 wrong OTP entries, "
         "sign-in is blocked for 1 hour."),
        ("Passport and Visa Scan",
         "Scan or upload the passport pages and the visa. The details are read automatically and checked "
         "by the Forex Operations team within 4 working hours (Monday to Saturday, 8:00 am to 8:00 pm)."),
        ("PAN and LRS Declaration",
         "Your PAN is verified, and you sign Form A2 and the LRS declaration with an Aadhaar OTP. The "
         "PAN name and the passport name must match with a score of at least 80%. Your card tier is "
         "assigned at this stage."),
        ("Choose Currencies and Load",
         "Pick the currencies and amounts. The minimum first load is USD 200 or its equivalent. The "
         "exchange rate shown is locked for 20 minutes."),
        ("Pay and Confirm",
         "Pay within 45 minutes through net banking, UPI (up to Rs. 1,00,000 per payment) or NEFT/RTGS. "
         "Only your own account can be used; payments from any other account are refunded within "
         "5 working days."),
        ("Card Delivery and Activation",
         "A virtual card is shown in the app within 30 minutes of payment confirmation. The physical card "
         "is couriered to your address. Set a 4-digit PIN in the app to activate it."),
    ]),

    ("h2", "Reloading the card"),
    ("numbered", [
        "Open the Sarovar GO app and go to Cards > TravelMate > Reload.",
        "Choose the currency wallet and enter the amount. A reload can be done from India or from abroad.",
        "Pay from your own account by net banking, UPI or NEFT/RTGS. The reload fee depends on the amount "
        "(see Table 3).",
        "The balance is updated within 15 minutes for net banking or UPI payments, and within 4 working "
        "hours for NEFT or RTGS.",
    ]),
    ("h1", "E. Fees and charges"),
    ("p", "All fees are in addition to GST at 18%. Tax collected at source (TCS) is applied on loads as "
          "per the Income Tax rules in force on the date of loading."),
    ("table", {
        "name": "Table 2: Schedule of charges",
        "cols": [0.40, 0.28, 0.32],
        "header": ["Charge", "Amount", "Remarks"],
        "allow_split": True,
        "rows": [
            ["Card issuance fee - Classic", "Rs. 300", "One time"],
            ["Card issuance fee - Premier", "Nil", "One time"],
            ["Card issuance fee - Student", "Rs. 150", "One time"],
            ["Reload fee", "As per Table 3", "Per reload"],
            ["ATM cash withdrawal abroad", "USD 2.00 / EUR 1.80 / GBP 1.50 / AED 7.50",
             "Other currencies: USD 2.00 equivalent"],
            ["ATM balance enquiry abroad", "USD 0.50", "Per enquiry"],
            ["ATM decline for insufficient balance", "USD 1.00", "Per declined withdrawal"],
            ["Cross-currency markup", "3.5% of the amount", "When you spend in a currency that is not "
                                                            "loaded on the card"],
            ["Wallet-to-wallet transfer in the app", "1.25% of the amount", "Moving money between two "
                                                                            "currency wallets"],
            ["Replacement card in India", "Rs. 250", "Lost, stolen or damaged card"],
            ["Emergency replacement card abroad", "USD 60", "Delivered within 3 working days"],
            ["Encashment of unused balance", "Rs. 100", "Per request"],
            ["Inactivity fee", "USD 3 per quarter", "Only after 12 months without any transaction"],
            ["Paper statement", "Rs. 50", "Per statement; e-statements are free"],
        ],
    }),
    ("table", {
        "name": "Table 3: Reload fee bands (per reload, by the amount reloaded)",
        "cols": [0.55, 0.45],
        "header": ["Reload amount (USD or equivalent)", "Reload fee"],
        "rows": [
            ["Below USD 1,000", "Rs. 125"],
            ["USD 1,000 to USD 4,999", "Rs. 75"],
            ["USD 5,000 and above", "Nil"],
        ],
    }),

    ("h1", "F. Limits by card tier"),
    ("table", {
        "name": "Table 4: Usage limits (all amounts in USD or equivalent)",
        "allow_split": True,
        "cols": [0.40, 0.20, 0.20, 0.20],
        "header": ["Limit", "Classic", "Premier", "Student"],
        "rows": [
            ["ATM cash withdrawal per day", "USD 1,500", "USD 3,000", "USD 800"],
            ["ATM withdrawals per day (number)", "3", "5", "3"],
            ["ATM cash withdrawal per month", "USD 10,000", "USD 20,000", "USD 5,000"],
            ["Shopping and online spends per day", "USD 5,000", "USD 10,000", "USD 3,000"],
            ["Maximum balance on the card at any time", "USD 10,000", "USD 25,000", "USD 15,000"],
            ["Reloads per month (number)", "5", "10", "8"],
            ["Wallet-to-wallet transfers per day", "USD 2,000", "USD 5,000", "USD 1,000"],
        ],
    }),
    ("p", "Limits can be lowered, but not raised, from the Card Controls screen of the app. Any lower limit "
          "you set applies from the next transaction."),

    ("h2", "Using the card abroad: good practice"),
    ("bullets", [
        "Always choose to pay in the local currency when a shop or ATM offers to charge you in Indian "
        "Rupees.",
        "Keep at least USD 100 more than the expected bill on the card for hotel and car rental deposits.",
        "Switch off online or contactless payments from Card Controls if you do not need them.",
    ]),

    ("h1", "G. Timelines"),
    ("table", {
        "name": "Table 5: Service timelines",
        "allow_split": True,
        "cols": [0.52, 0.48],
        "header": ["Activity", "Timeline"],
        "rows": [
            ["OTP validity (Stage 1)", "5 minutes"],
            ["Passport and visa check (Stage 2)", "Within 4 working hours"],
            ["Exchange rate lock (Stage 4)", "20 minutes"],
            ["Payment window (Stage 5)", "45 minutes"],
            ["Virtual card in the app", "Within 30 minutes of payment confirmation"],
            ["Physical card delivery - metro cities", "2 working days"],
            ["Physical card delivery - other cities", "5 working days"],
            ["Reload credit - net banking or UPI", "Within 15 minutes"],
            ["Reload credit - NEFT or RTGS", "Within 4 working hours"],
            ["Refund of a payment from another person's account", "5 working days"],
            ["Encashment credited to your bank account", "3 working days"],
            ["Release of hotel or car rental pre-authorisation holds", "Up to 30 days"],
            ["Dispute (chargeback) resolution", "Up to 90 days"],
            ["Card validity", "5 years from the month of issue"],
        ],
    }),

    ("h1", "H. Common errors and rejection reasons"),
    ("errors", [
        ("TM-101", "Passport validity too short",
         "Less than 6 months of validity remains on the date of travel.",
         "Renew the passport and apply again with the new passport."),
        ("TM-104", "Visa missing or not valid",
         "The visa was not uploaded, or it does not cover your travel dates.",
         "Upload a valid visa, or a visa-on-arrival confirmation for the destination country."),
        ("TM-118", "Travel date too far away",
         "Your date of departure is more than 60 days after the application date.",
         "Apply again within 60 days of your departure."),
        ("TM-207", "PAN name mismatch",
         "The PAN name and the passport name match with a score below 80%.",
         "Update the name on your PAN, or upload a gazette notification or an affidavit for the name "
         "change."),
        ("TM-310", "Third-party payment",
         "The payment came from an account that is not in your name.",
         "The money is refunded within 5 working days; pay again from your own account."),
        ("TM-315", "Rate lock expired",
         "Payment was not completed within 20 minutes of the rate being locked.",
         "Go back to Stage 4 and get a fresh rate."),
        ("TM-402", "LRS limit crossed",
         "This load would take your purchases in the financial year above USD 2,50,000.",
         "Lower the load amount, or wait until the next financial year starts on 1 April."),
    ]),

    ("h1", "I. Frequently asked questions"),
    ("faq", [
        ("Can I use TravelMate in India?",
         "No. The card works only outside India, and cannot be used in India, Nepal or Bhutan or for "
         "payments in Indian Rupees."),
        ("What happens if I pay in a currency I have not loaded?",
         "The amount is taken from your other wallets in a fixed order (USD first, then EUR, then GBP) and a "
         "cross-currency markup of 3.5% applies."),
        ("My card is lost while I am abroad. What should I do?",
         "Block it at once in the Sarovar GO app or call the 24x7 helpline. An emergency replacement card "
         "can be delivered abroad within 3 working days for USD 60. Your balance is moved to the new card."),
        ("I forgot my PIN. How do I reset it?",
         "Reset it in the app under Card Controls > Reset PIN. After 3 wrong PIN entries, the card is "
         "blocked for ATM use for 24 hours."),
        ("Can my family members load money on my card?",
         "No. Loads must be paid from your own account. The only exception is the Student tier, which a "
         "parent can load."),
        ("What do I do with the money left after my trip?",
         "Keep it on the card for your next trip, or encash it to your bank account. Encashment costs "
         "Rs. 100 per request and is credited within 3 working days."),
        ("Is there any protection against card skimming or counterfeit fraud?",
         "Yes. Counterfeit and skimming cover is Rs. 2,00,000 on Classic and Student cards and Rs. 5,00,000 "
         "on Premier cards, for fraud reported within 7 days."),
        ("Can I get a second card as a backup?",
         "Yes. A free backup card linked to the same wallets is available on the Premier tier only."),
    ]),

    ("h1", "J. Customer support"),
    ("table", {
        "name": "Table 6: Contact channels",
        "cols": [0.34, 0.39, 0.27],
        "header": ["Channel", "Contact", "Hours"],
        "rows": [
            ["Helpline in India (toll-free)", "1800-266-0412", "24x7"],
            ["Helpline from abroad (chargeable)", "+91 22 6177 0412", "24x7"],
            ["Onboarding desk (applications and documents)", "1800-266-0419",
             "Monday to Saturday, 8:00 am to 8:00 pm"],
            ["WhatsApp (card block and balance)", "+91 90000 77120", "24x7"],
            ["In-app chat (Sarovar GO)", "Help > Talk to us", "6:00 am to midnight, daily"],
            ["Email", "travelmate.care@sarovarbank.example", "Reply within 1 working day"],
        ],
    }),
    ("bullets", [
        "Phone support is available in English, Hindi, Gujarati, Marathi, Tamil and Malayalam.",
        "Grievances: write to the Principal Nodal Officer at pno@sarovarbank.example, who replies within "
        "10 working days.",
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

    def lines(self, lines, font, size, x=MARGIN_L, lead=1.36, color=(0, 0, 0)):
        for ln in lines:
            self.ensure(size * lead)
            self.page.insert_text((x, self.y + size), ln, fontname=font, fontsize=size, color=color)
            self.y += size * lead

    def title(self):
        self.lines(wrap(TITLE, TEXT_W, BOLD, 21), BOLD, 21, color=ACCENT)
        self.y += 1
        self.lines(wrap(SUBTITLE, TEXT_W, BODY, 11.5), BODY, 11.5)
        self.lines(wrap(EDITION, TEXT_W, ITAL, 8.5), ITAL, 8.5, color=GREY)
        self.y += 8

    def h1(self, text):
        self.y += 8
        self.ensure(96)
        rect = fitz.Rect(MARGIN_L, self.y, PAGE_W - MARGIN_R, self.y + 20)
        self.page.draw_rect(rect, color=None, fill=ACCENT)
        self.page.insert_text((MARGIN_L + 6, self.y + 14.5), text, fontname=BOLD, fontsize=12.5,
                              color=(1, 1, 1))
        self.y += 26

    def h2(self, text):
        self.y += 3
        self.ensure(44)
        self.lines([text], BOLD, 11, color=ACCENT)
        self.y += 1

    def para(self, text):
        self.lines(wrap(text, TEXT_W, BODY, 9.8), BODY, 9.8)
        self.y += 5

    def note(self, text):
        ls = wrap(text, TEXT_W - 16, BOLD, 9.5)
        h = len(ls) * 9.5 * 1.36 + 10
        self.ensure(h)
        rect = fitz.Rect(MARGIN_L, self.y, PAGE_W - MARGIN_R, self.y + h)
        self.page.draw_rect(rect, color=ACCENT, fill=(0.9, 0.96, 0.95), width=0.8)
        self.y += 5
        self.lines(ls, BOLD, 9.5, x=MARGIN_L + 8)
        self.y += 10

    def bullets(self, items):
        for it in items:
            ls = wrap(it, TEXT_W - 16, BODY, 9.8)
            self.ensure(14)
            self.page.draw_circle((MARGIN_L + 5, self.y + 6.5), 1.8, color=ACCENT, fill=ACCENT)
            self.lines(ls, BODY, 9.8, x=MARGIN_L + 16)
            self.y += 1.5
        self.y += 4

    def steps(self, items):
        for i, (name, text) in enumerate(items, 1):
            head = "Stage %d - %s" % (i, name)
            ls = wrap(text, TEXT_W - 26, BODY, 9.8)
            self.ensure(14 + 14 * min(len(ls), 2))
            self.page.draw_circle((MARGIN_L + 8, self.y + 7), 8, color=ACCENT, fill=ACCENT)
            num = str(i)
            self.page.insert_text((MARGIN_L + 8 - text_len(num, BOLD, 9.5) / 2, self.y + 10.5), num,
                                  fontname=BOLD, fontsize=9.5, color=(1, 1, 1))
            self.lines([head], BOLD, 10.2, x=MARGIN_L + 24)
            self.lines(ls, BODY, 9.8, x=MARGIN_L + 24)
            self.y += 5

    def numbered(self, items):
        for i, it in enumerate(items, 1):
            ls = wrap(it, TEXT_W - 18, BODY, 9.8)
            self.ensure(14)
            self.page.insert_text((MARGIN_L + 2, self.y + 9.8), "%d." % i, fontname=BOLD, fontsize=9.8)
            self.lines(ls, BODY, 9.8, x=MARGIN_L + 18)
            self.y += 2
        self.y += 4

    def errors(self, items):
        for code, name, why, fix in items:
            wl = wrap("Why: " + why, TEXT_W - 12, BODY, 9.6)
            fl = wrap("Remedy: " + fix, TEXT_W - 12, BODY, 9.6)
            self.ensure(14 + 13 * (len(wl) + len(fl)))
            self.lines(["Error %s: %s" % (code, name)], BOLD, 10)
            self.lines(wl, BODY, 9.6, x=MARGIN_L + 12)
            self.lines(fl, ITAL, 9.6, x=MARGIN_L + 12)
            self.y += 4

    def faq(self, pairs):
        for q, a in pairs:
            qls = wrap("Q. " + q, TEXT_W, BOLD, 10)
            als = wrap("Ans. " + a, TEXT_W, BODY, 9.8)
            self.ensure(14 * (len(qls) + min(len(als), 2)))
            self.lines(qls, BOLD, 10)
            self.lines(als, BODY, 9.8)
            self.y += 5

    TABLE_FS, TABLE_PAD, TABLE_LEAD = 9.3, 4, 1.3

    def table_height(self, spec, rows=None):
        """Height of a table's caption, header and first `rows` rows (all rows if None)."""
        fs, pad, lead = self.TABLE_FS, self.TABLE_PAD, self.TABLE_LEAD
        widths = [f * TEXT_W for f in spec["cols"]]
        body = spec["rows"] if rows is None else spec["rows"][:rows]
        h = 16
        for cells in [spec["header"]] + body:
            h += max(len(wrap(c, w - 2 * pad, BOLD, fs)) for c, w in zip(cells, widths)) * fs * lead + 2 * pad
        return h

    def table(self, spec):
        fs, pad, lead = self.TABLE_FS, self.TABLE_PAD, self.TABLE_LEAD
        widths = [f * TEXT_W for f in spec["cols"]]
        allow_split = spec.get("allow_split", False)

        def row_layout(cells, font):
            wrapped = [wrap(c, w - 2 * pad, font, fs) for c, w in zip(cells, widths)]
            h = max(len(w) for w in wrapped) * fs * lead + 2 * pad
            return wrapped, h

        def draw_row(cells, font, fill=None):
            wrapped, h = row_layout(cells, font)
            x = MARGIN_L
            for lines_, w in zip(wrapped, widths):
                rect = fitz.Rect(x, self.y, x + w, self.y + h)
                self.page.draw_rect(rect, color=(0.3, 0.3, 0.3), fill=fill, width=0.6)
                ty = self.y + pad
                for ln in lines_:
                    self.page.insert_text((x + pad, ty + fs), ln, fontname=font, fontsize=fs)
                    ty += fs * lead
                x += w
            self.y += h

        def caption(text):
            self.lines([text], BOLD, 9.8, color=ACCENT)
            self.y += 1

        hdr_fill = (0.82, 0.92, 0.9)
        hdr_h = row_layout(spec["header"], BOLD)[1]
        first_h = row_layout(spec["rows"][0], BODY)[1]
        total_h = 16 + hdr_h + sum(row_layout(r, BODY)[1] for r in spec["rows"])
        self.y += 3
        # a table may start on a page and continue on the next one (header row repeated) when
        # allow_split is set or when it is taller than a page; otherwise it is kept on one page
        if allow_split:
            self.ensure(16 + hdr_h + sum(row_layout(r, BODY)[1] for r in spec["rows"][:3]))
        else:
            self.ensure(total_h if total_h <= PAGE_H - MARGIN_T - MARGIN_B else 16 + hdr_h + first_h)
        caption(spec["name"])
        draw_row(spec["header"], BOLD, fill=hdr_fill)
        for i, row in enumerate(spec["rows"]):
            h = row_layout(row, BODY)[1]
            if self.y + h > PAGE_H - MARGIN_B:
                self.page.insert_text((PAGE_W - MARGIN_R - text_len("(continued on next page)", ITAL, 8.5),
                                       self.y + 11), "(continued on next page)", fontname=ITAL,
                                      fontsize=8.5, color=GREY)
                self.new_page()
                caption(spec["name"].split(":")[0] + " (continued)")
                draw_row(spec["header"], BOLD, fill=hdr_fill)
            draw_row(row, BODY, fill=(0.96, 0.96, 0.96) if i % 2 else None)
        self.y += 10

    def finish(self, path):
        n = len(self.doc)
        for i, page in enumerate(self.doc, 1):
            # header band
            page.draw_rect(fitz.Rect(0, 0, PAGE_W, 8), color=None, fill=ACCENT)
            page.insert_text((MARGIN_L, 30), "SAROVAR BANK", fontname=BOLD, fontsize=9, color=ACCENT)
            right = "TravelMate Forex Card | Customer Guide"
            page.insert_text((PAGE_W - MARGIN_R - text_len(right, BODY, 8.5), 30), right,
                             fontname=BODY, fontsize=8.5, color=GREY)
            page.draw_line((MARGIN_L, 38), (PAGE_W - MARGIN_R, 38), color=ACCENT, width=0.6)
            # footer
            left = "Doc SB-FX-TM-07 | Fictional document for testing only"
            page.insert_text((MARGIN_L, PAGE_H - 30), left, fontname=BODY, fontsize=7.8, color=GREY)
            label = "%d / %d" % (i, n)
            page.insert_text((PAGE_W - MARGIN_R - text_len(label, BOLD, 8), PAGE_H - 30), label,
                             fontname=BOLD, fontsize=8, color=GREY)
        self.doc.set_metadata({"title": "Sarovar Bank " + TITLE, "author": "Sarovar Bank (fictional)",
                               "subject": SUBTITLE})
        self.doc.save(path, garbage=3, deflate=True)
        return n


def main():
    w = Writer()
    w.title()
    for n, (kind, data) in enumerate(CONTENT):
        nxt = CONTENT[n + 1] if n + 1 < len(CONTENT) else (None, None)
        if kind == "h1" and nxt[0] == "table":
            # keep a section heading on the same page as the table that follows it
            rows = 3 if nxt[1].get("allow_split") else None
            w.ensure(8 + 26 + 3 + w.table_height(nxt[1], rows))
        {"h1": w.h1, "h2": w.h2, "p": w.para, "numbered": w.numbered, "note": w.note, "bullets": w.bullets, "steps": w.steps,
         "errors": w.errors, "faq": w.faq, "table": w.table}[kind](data)
    n = w.finish(OUT)
    print("wrote %s (%d pages)" % (OUT, n))


if __name__ == "__main__":
    main()
