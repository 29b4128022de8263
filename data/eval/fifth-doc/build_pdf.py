#!/usr/bin/env python3
"""Build the fictional customer guide "Meghdoot Bank DriveMart Fuel and Grocery Credit Card".

The document is invented for an evaluation of a question-answering assistant.
The bank, the card, its partner brands, all numbers, phone numbers, e-mail addresses and URLs
are fictional.

Usage:  python3 build_pdf.py        -> writes drivemart-credit-card.pdf next to this file
Needs:  PyMuPDF (pip install pymupdf). Only the built-in Helvetica fonts are used.
"""
import os

try:
    import pymupdf as fitz
except ImportError:  # older PyMuPDF
    import fitz

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "drivemart-credit-card.pdf")

PAGE_W, PAGE_H = 595, 842          # A4 in points
MARGIN_L, MARGIN_R = 54, 54
MARGIN_T, MARGIN_B = 70, 62
TEXT_W = PAGE_W - MARGIN_L - MARGIN_R
BODY, BOLD, ITAL = "helv", "hebo", "heit"
ACCENT = (0.55, 0.20, 0.05)        # burnt orange
ACCENT_LIGHT = (0.98, 0.91, 0.85)
GREY = (0.38, 0.38, 0.38)

# --------------------------------------------------------------------------
# Document content (English only, ASCII only so the Base-14 font covers it)
# --------------------------------------------------------------------------
TITLE = "DriveMart Fuel and Grocery Credit Card"
SUBTITLE = "Customer Guide: Eligibility, Online Application, Fees, Rewards, Limits and Support"
EDITION = ("Edition 3.0, effective 1 August 2025. Meghdoot Bank Ltd., Tarang Fuels, HaraBhara Mart and "
           "this card are fictional; this guide was written for testing purposes only.")

CONTENT = [
    ("h1", "1. About the DriveMart card"),
    ("p", "DriveMart is a co-branded credit card issued by Meghdoot Bank Ltd. on the Visa network, together "
          "with two partners: Tarang Fuels, a chain of fuel stations, and HaraBhara Mart, a grocery chain "
          "with stores and a home-delivery app. It is built for households that spend mostly on fuel and "
          "groceries. The card comes in two variants, DriveMart Classic and DriveMart Plus, which differ in "
          "fees, reward rates and limits."),
    ("p", "Rewards are earned as DriveMart Coins. Coins can be redeemed at the checkout of any Tarang Fuels "
          "station or HaraBhara Mart store or app, where 1 Coin is worth Rs. 0.25, or converted into a "
          "statement credit, where 1 Coin is worth Rs. 0.20. The minimum redemption is 500 Coins. The whole "
          "application is made online in the Meghdoot One app or at drivemart.meghdootbank.example; no "
          "branch visit is needed."),
    ("note", "Important: fuel bought at stations other than Tarang Fuels earns no Coins. Such purchases get "
             "only the 1% fuel surcharge waiver described in Table 2."),

    ("h1", "2. Who can apply"),
    ("bullets", [
        "Resident Indians only. Non-resident Indians (NRIs) and foreign nationals cannot apply.",
        "Salaried applicants aged 21 to 60 years, and self-employed applicants (including shop owners and "
        "professionals) aged 25 to 65 years.",
        "Minimum income for DriveMart Classic: net monthly salary of Rs. 25,000, or an annual income of "
        "Rs. 3,60,000 in the latest Income Tax Return (ITR) for the self-employed.",
        "Minimum income for DriveMart Plus: net monthly salary of Rs. 65,000, or an annual ITR income of "
        "Rs. 9,00,000 for the self-employed.",
        "A credit score of 720 or above with any credit bureau. Applicants with no credit history "
        "(new to credit) may apply for DriveMart Classic only, with a credit limit of up to Rs. 50,000.",
        "The PIN code of the current address must be in the serviceable list, which covers more than "
        "2,400 cities and towns and is shown in the app.",
        "Applicants who had any card or loan payment overdue by 30 days or more in the last 12 months, or "
        "whose Meghdoot credit card was closed with unpaid dues in the last 24 months, are not eligible.",
    ]),
    ("h2", "Add-on cards"),
    ("p", "The primary cardholder may request add-on cards for a spouse, parents, children or siblings "
          "aged 18 years or above: up to 3 add-on cards on Classic and up to 4 on Plus. Add-on cards are "
          "free, share the credit limit of the primary card, and the Coins they earn are pooled in the "
          "primary cardholder's account."),

    ("h1", "3. Documents you will need"),
    ("table", {
        "name": "Table 1: Document checklist",
        "cols": [0.22, 0.39, 0.39],
        "header": ["Document", "Salaried", "Self-employed"],
        "rows": [
            ["Identity", "PAN (mandatory)", "PAN (mandatory)"],
            ["Address proof", "Aadhaar, passport, voter ID or driving licence. If you live elsewhere, "
                              "also a utility bill not older than 60 days",
             "Same as for salaried applicants"],
            ["Income proof", "Salary slips of the last 3 months, or a 6-month statement of the salary "
                             "account fetched through the Account Aggregator",
             "ITRs of the last 2 years with computation of income, and a 12-month statement of the "
             "business current account"],
            ["Business proof", "Not needed", "GST registration certificate or Udyam registration "
                                             "certificate"],
            ["Photograph", "Live selfie taken in the app", "Live selfie taken in the app"],
        ],
    }),
    ("p", "Files may be PDF, JPG or PNG, up to 5 MB each. Password-protected PDFs are accepted only for bank "
          "statements; the app asks for the password. Photos of a computer screen are not accepted."),

    ("h1", "4. Applying online: the 7-stage journey"),
    ("p", "Every application gets an application ID that starts with DMC followed by 10 digits (for example "
          "DMC2508114872). Use it to resume or track the application. An application that is not finished "
          "within 21 days is closed automatically, and a new one must be started."),
    ("stages", [
        ("Mobile and PAN Check",
         "Enter your mobile number and verify it with a 6-digit OTP valid for 3 minutes, then enter your "
         "PAN and date of birth. The PAN is checked against Income Tax records.",
         "Fails if the PAN is inactive (not linked to Aadhaar) or the date of birth does not match the PAN. "
         "After 3 wrong OTP entries the journey is locked for 30 minutes."),
        ("Bureau Consent and Pre-Offer",
         "Give consent for a credit bureau check. An indicative variant and credit limit are shown within "
         "2 minutes. This check does not affect your credit score.",
         "Fails if the credit score is below 720. If no bureau record is found, only the new-to-credit "
         "Classic offer is shown."),
        ("Income Verification",
         "Choose one method: Account Aggregator (verified instantly), upload of salary slips, or upload of "
         "ITRs. Uploaded documents are verified within 1 working day.",
         "Fails if the income is below the minimum for the variant, the salary slips are older than 3 "
         "months, or the bank statement is not in your own name."),
        ("Address Proof Upload",
         "Upload the address proof, or fetch Aadhaar through DigiLocker. The Verification team checks it "
         "within 4 working hours (Monday to Saturday, 9:00 am to 7:00 pm).",
         "Fails if the image is blurred or cut off, the utility bill is older than 60 days, or the PIN code "
         "is not serviceable."),
        ("Variant and Limit Selection",
         "Choose Classic or Plus (if you qualify), accept the approved credit limit or choose a lower one, "
         "and pick a statement date: the 5th, 12th, 20th or 27th of the month.",
         "The approved offer is valid for 7 days. After that it expires and this stage must be repeated, "
         "with a fresh bureau check."),
        ("e-Sign of Cardholder Agreement",
         "Read the Most Important Terms and Conditions (MITC) and sign the cardholder agreement with an "
         "Aadhaar OTP-based e-sign.",
         "Fails if no mobile number is linked to your Aadhaar or the e-sign OTP is entered wrongly 3 times. "
         "Choose 'Sign at doorstep' instead: an agent visits within 3 working days."),
        ("Card PIN Set-up and Activation",
         "Set a 4-digit card PIN in the app with an OTP. The virtual card is active as soon as the PIN is "
         "set; the physical card is delivered within 7 working days.",
         "If the PIN set-up OTP expires, ask for a new one after 60 seconds. A card not activated within "
         "30 days of issue is closed without any charge after a confirmation request."),
    ]),

    ("h1", "5. Fees and charges"),
    ("p", "All fees and charges below are subject to GST at 18%. A fee waiver, where offered, is applied "
          "automatically; you do not need to request it."),
    ("table", {
        "name": "Table 2: Schedule of charges",
        "cols": [0.34, 0.30, 0.36],
        "header": ["Charge", "Amount", "Remarks"],
        "allow_split": True,
        "rows": [
            ["Joining fee - Classic", "Rs. 499", "One time; waived for Meghdoot salary-account holders"],
            ["Joining fee - Plus", "Rs. 1,499", "One time"],
            ["Annual fee - Classic", "Rs. 499 from the 2nd year",
             "Waived if spends in the previous card year are Rs. 1,20,000 or more"],
            ["Annual fee - Plus", "Rs. 1,499 from the 2nd year",
             "Waived if spends in the previous card year are Rs. 3,00,000 or more"],
            ["Add-on card", "Nil", "Up to 3 (Classic) or 4 (Plus)"],
            ["Finance charges (interest)", "3.5% per month (42% per year)",
             "On unpaid balances and on cash advances, from the date of the transaction"],
            ["Late payment fee", "As per Table 3", "By total amount due"],
            ["Cash advance fee", "2.5% of the amount, minimum Rs. 500", "Per withdrawal, in India or "
                                                                          "abroad"],
            ["Over-limit fee", "2.5% of the amount over the limit, minimum Rs. 550",
             "Only if you have opted in to over-limit spending"],
            ["Fuel surcharge waiver", "1% surcharge waived",
             "At all fuel stations in India, for transactions of Rs. 400 to Rs. 5,000; maximum waiver "
             "Rs. 250 (Classic) or Rs. 500 (Plus) per statement cycle"],
            ["Rent payment fee", "1% of the amount, minimum Rs. 99", "Per rent payment"],
            ["Wallet load fee", "1% of the amount", "Only on wallet loads above Rs. 10,000 in a "
                                                   "statement cycle"],
            ["Foreign currency markup", "3.5% (Classic) / 2.5% (Plus)",
             "On spends in a foreign currency, or with merchants based outside India"],
            ["EMI conversion processing fee", "1.5% of the amount, minimum Rs. 199",
             "For purchases of Rs. 2,500 or more"],
            ["Payment return (auto-debit or cheque)", "2% of the amount, minimum Rs. 450", "Per returned "
                                                                                          "payment"],
            ["Card replacement", "Rs. 199", "Lost, stolen or damaged card"],
            ["Coins redemption fee", "Rs. 99 per request", "Statement credit only; redemption at partner "
                                                          "outlets is free"],
            ["Physical statement", "Rs. 75 per statement", "e-statements are free"],
        ],
    }),
    ("table", {
        "name": "Table 3: Late payment fee slabs (by total amount due on the statement)",
        "cols": [0.55, 0.45],
        "header": ["Total amount due", "Late payment fee"],
        "rows": [
            ["Up to Rs. 500", "Nil"],
            ["Rs. 501 to Rs. 5,000", "Rs. 500"],
            ["Rs. 5,001 to Rs. 10,000", "Rs. 750"],
            ["Rs. 10,001 to Rs. 25,000", "Rs. 950"],
            ["Rs. 25,001 to Rs. 50,000", "Rs. 1,100"],
            ["Above Rs. 50,000", "Rs. 1,300"],
        ],
    }),
    ("p", "The late payment fee is charged only when the minimum amount due is not paid within 3 days after "
          "the payment due date."),

    ("h1", "6. Rewards and benefits"),
    ("p", "Coins are earned per Rs. 100 spent in each category, up to the monthly cap shown. Spends above a "
          "cap still count towards fee waivers and milestones but earn no more Coins in that month."),
    ("table", {
        "name": "Table 4: DriveMart Coins by spend category (Coins per Rs. 100 spent)",
        "cols": [0.40, 0.14, 0.14, 0.32],
        "header": ["Spend category", "Classic", "Plus", "Monthly cap (Classic / Plus)"],
        "rows": [
            ["Fuel at Tarang Fuels stations and in the Tarang app", "16", "24",
             "800 / 1,600 Coins"],
            ["Groceries at HaraBhara Mart stores and app", "20", "28", "1,000 / 2,000 Coins"],
            ["Other supermarkets and grocery apps", "8", "10", "400 / 800 Coins"],
            ["Utility bills, mobile and DTH recharges in the Meghdoot One app", "4", "6",
             "200 / 400 Coins"],
            ["Dining and food delivery", "4", "6", "200 / 400 Coins"],
            ["All other retail spends", "2", "3", "No cap"],
            ["Rent, wallet loads, fuel at other stations, EMI transactions, cash advances, insurance "
             "premiums and government payments", "0", "0", "Not applicable"],
        ],
    }),
    ("h2", "Welcome and milestone benefits"),
    ("bullets", [
        "Welcome benefit: 1,000 Coins (Classic) or 3,000 Coins (Plus) when you spend Rs. 5,000 or more "
        "within 60 days of card issue.",
        "Milestone benefit: a HaraBhara Mart voucher worth Rs. 500 (Classic) on spends of Rs. 75,000 in a "
        "card year, or worth Rs. 1,500 (Plus) on spends of Rs. 1,50,000 in a card year. The voucher is "
        "sent by SMS within 15 days of reaching the milestone.",
        "Coins earned are shown in the next monthly statement after the spend.",
        "Free car wash (Plus only): 2 free car washes every month at Tarang Fuels stations with a "
        "wash bay, on a fuel purchase of Rs. 1,000 or more.",
    ]),

    ("h1", "7. Limits and billing"),
    ("table", {
        "name": "Table 5: Credit and usage limits",
        "cols": [0.40, 0.30, 0.30],
        "header": ["Item", "Classic", "Plus"],
        "rows": [
            ["Credit limit", "Rs. 30,000 to Rs. 2,00,000", "Rs. 1,00,000 to Rs. 8,00,000"],
            ["Credit limit for new-to-credit applicants", "Up to Rs. 50,000", "Not offered"],
            ["Cash withdrawal limit", "30% of the credit limit", "40% of the credit limit"],
            ["Interest-free period on purchases", "Up to 48 days", "Up to 50 days"],
            ["Minimum amount due", "5% of the total amount due or Rs. 200, whichever is higher",
             "5% of the total amount due or Rs. 200, whichever is higher"],
            ["Payment due date", "18 days after the statement date", "18 days after the statement date"],
            ["Add-on cards", "Up to 3", "Up to 4"],
        ],
    }),
    ("p", "A limit increase can be requested in the app after 6 months of card use and timely payments. "
          "You can lower your limit, or switch off online, international or contactless use, at any time "
          "from Card Controls."),

    ("h1", "8. Timelines"),
    ("table", {
        "name": "Table 6: Service timelines",
        "cols": [0.55, 0.45],
        "allow_split": True,
        "header": ["Activity", "Timeline"],
        "rows": [
            ["OTP validity (Stage 1)", "3 minutes"],
            ["Pre-offer after bureau consent (Stage 2)", "Within 2 minutes"],
            ["Income verification - Account Aggregator", "Instant"],
            ["Income verification - uploaded documents", "Within 1 working day"],
            ["Address proof check (Stage 4)", "Within 4 working hours"],
            ["Validity of the approved offer (Stage 5)", "7 days"],
            ["Doorstep e-sign visit (Stage 6)", "Within 3 working days"],
            ["Automatic closure of an unfinished application", "21 days"],
            ["Virtual card", "As soon as the PIN is set"],
            ["Physical card delivery", "Within 7 working days"],
            ["Milestone voucher by SMS", "Within 15 days of reaching the milestone"],
            ["Refund of a failed or reversed transaction", "Within 7 working days"],
            ["Card closure after all dues are paid", "Within 7 working days"],
        ],
    }),

    ("h1", "9. Common errors and rejection reasons"),
    ("errors", [
        ("DM-110", "PAN inactive",
         "Your PAN is not linked to Aadhaar, so it is inoperative.",
         "Link PAN and Aadhaar on the Income Tax portal and apply again after 48 hours."),
        ("DM-115", "Date of birth mismatch",
         "The date of birth you entered does not match the PAN records.",
         "Enter the date of birth exactly as on the PAN card. If the PAN record is wrong, correct it first."),
        ("DM-204", "Credit score too low",
         "Your credit score is below 720.",
         "Improve your repayment record and apply again after 90 days."),
        ("DM-212", "No credit history",
         "No record was found with the credit bureaus.",
         "You can continue with the new-to-credit Classic offer, with a limit of up to Rs. 50,000."),
        ("DM-305", "Income below the minimum",
         "The verified income is below the minimum for the chosen variant.",
         "Choose DriveMart Classic, or add more income proof such as a Form 16 or the ITR."),
        ("DM-318", "Salary slips not accepted",
         "The slips are older than 3 months, or the employer name differs from the bank statement.",
         "Upload the latest 3 slips, or verify the income through the Account Aggregator instead."),
        ("DM-406", "Address proof not readable or too old",
         "The image is blurred or cut off, or the utility bill is older than 60 days.",
         "Upload a clear, complete copy, or a utility bill dated within the last 60 days."),
        ("DM-411", "PIN code not serviceable",
         "Cards are not yet issued to your current address PIN code.",
         "Give a serviceable office address for card delivery, or check the list in the app later."),
        ("DM-520", "Offer expired",
         "The approved offer was not accepted within 7 days.",
         "Repeat Stage 5; a fresh bureau check is done and the offer may change."),
        ("DM-603", "e-Sign failed",
         "No mobile number is linked to your Aadhaar, or the e-sign OTP was wrong 3 times.",
         "Choose 'Sign at doorstep'; an agent visits within 3 working days."),
    ]),

    ("h1", "10. Questions customers ask"),
    ("faq", [
        ("Do I earn Coins when I fill fuel at a station that is not Tarang Fuels?",
         "No. You get no Coins there, only the 1% fuel surcharge waiver on transactions of Rs. 400 to "
         "Rs. 5,000, up to Rs. 250 (Classic) or Rs. 500 (Plus) per statement cycle."),
        ("Can I link this card to UPI apps?",
         "No. DriveMart is a Visa card and cannot be linked to UPI. Pay with the card, a tap, or online."),
        ("How can I avoid paying the annual fee?",
         "Spend Rs. 1,20,000 (Classic) or Rs. 3,00,000 (Plus) in a card year; the next annual fee is then "
         "waived automatically."),
        ("I run a kirana shop. Can I apply?",
         "Yes, as a self-employed applicant aged 25 to 65 years, with 2 years of ITRs, a 12-month statement "
         "of your current account, and a GST or Udyam registration certificate."),
        ("Can I change my statement date later?",
         "Yes, once every 6 months, in the app under Cards > Statement date. You can choose the 5th, 12th, "
         "20th or 27th."),
        ("What happens if I pay only the minimum amount due?",
         "No late payment fee is charged, but interest at 3.5% per month applies on the unpaid balance, and "
         "new purchases get no interest-free period until the full balance is paid."),
        ("How do I block a lost card?",
         "Block it at once in the app under Cards > Block card, send BLOCK on WhatsApp, or call the 24x7 "
         "helpline. You have zero liability for fraud reported within 3 working days."),
        ("Can I convert a big purchase into EMIs?",
         "Yes, for purchases of Rs. 2,500 or more, in the app, over 3, 6, 9 or 12 months. A processing fee "
         "of 1.5% (minimum Rs. 199) applies. EMI transactions earn no Coins."),
        ("How do I close my card?",
         "Ask in the app or call the helpline. The card is closed within 7 working days after all dues are "
         "paid. Coins not redeemed by then lapse."),
    ]),

    ("h1", "11. Customer support"),
    ("table", {
        "name": "Table 7: Contact channels",
        "cols": [0.32, 0.42, 0.26],
        "header": ["Channel", "Contact", "Hours"],
        "rows": [
            ["Card helpline (toll-free)", "1800-419-7360", "24x7"],
            ["Card helpline from abroad (chargeable)", "+91 80 4718 7360", "24x7"],
            ["Application desk (onboarding and documents)", "1800-419-7365",
             "Monday to Saturday, 9:00 am to 7:00 pm"],
            ["WhatsApp (send BLOCK, BAL or HI)", "+91 90040 55218", "24x7"],
            ["Email", "drivemart.care@meghdootbank.example", "Reply within 2 working days"],
            ["Coins at partner outlets (Tarang Fuels, HaraBhara Mart)",
             "dm.partners@meghdootbank.example", "Reply within 3 working days"],
        ],
    }),
    ("bullets", [
        "Phone support is available in English, Hindi, Kannada, Telugu and Bengali.",
        "Grievances: write to the Principal Nodal Officer at nodal.officer@meghdootbank.example, who replies "
        "within 7 working days.",
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
        self.page.draw_rect(rect, color=ACCENT, fill=ACCENT_LIGHT, width=0.8)
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

    def stages(self, items):
        for i, (name, what, fails) in enumerate(items, 1):
            head = "Stage %d of %d: %s" % (i, len(items), name)
            wl = wrap(what, TEXT_W - 26, BODY, 9.8)
            fl = wrap("What can fail: " + fails, TEXT_W - 26, ITAL, 9.6)
            self.ensure(14 + 13.4 * (len(wl) + len(fl)))
            box = fitz.Rect(MARGIN_L, self.y + 1, MARGIN_L + 16, self.y + 15)
            self.page.draw_rect(box, color=None, fill=ACCENT)
            num = str(i)
            self.page.insert_text((MARGIN_L + 8 - text_len(num, BOLD, 9.5) / 2, self.y + 11.5), num,
                                  fontname=BOLD, fontsize=9.5, color=(1, 1, 1))
            self.lines([head], BOLD, 10.2, x=MARGIN_L + 24)
            self.lines(wl, BODY, 9.8, x=MARGIN_L + 24)
            self.lines(fl, ITAL, 9.6, x=MARGIN_L + 24, color=(0.45, 0.1, 0.05))
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
        for i, (q, a) in enumerate(pairs, 1):
            qls = wrap("%d) You asked: %s" % (i, q), TEXT_W, BOLD, 10)
            als = wrap("Our reply: " + a, TEXT_W - 14, BODY, 9.8)
            self.ensure(14 * (len(qls) + min(len(als), 2)))
            self.lines(qls, BOLD, 10)
            self.page.draw_line((MARGIN_L + 4, self.y + 1), (MARGIN_L + 4, self.y + 13.3 * len(als) - 2),
                                color=ACCENT, width=1.5)
            self.lines(als, BODY, 9.8, x=MARGIN_L + 14)
            self.y += 6

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

        hdr_fill = ACCENT_LIGHT
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
            page.insert_text((MARGIN_L, 30), "MEGHDOOT BANK", fontname=BOLD, fontsize=9, color=ACCENT)
            right = "DriveMart Credit Card | Customer Guide"
            page.insert_text((PAGE_W - MARGIN_R - text_len(right, BODY, 8.5), 30), right,
                             fontname=BODY, fontsize=8.5, color=GREY)
            page.draw_line((MARGIN_L, 38), (PAGE_W - MARGIN_R, 38), color=ACCENT, width=0.6)
            # footer
            left = "Doc MB-CC-DM-03 | Fictional document for testing only"
            page.insert_text((MARGIN_L, PAGE_H - 30), left, fontname=BODY, fontsize=7.8, color=GREY)
            label = "Page %d of %d" % (i, n)
            page.insert_text((PAGE_W - MARGIN_R - text_len(label, BOLD, 8), PAGE_H - 30), label,
                             fontname=BOLD, fontsize=8, color=GREY)
        self.doc.set_metadata({"title": "Meghdoot Bank " + TITLE, "author": "Meghdoot Bank (fictional)",
                               "subject": SUBTITLE,
                               "creationDate": "D:20250801000000Z", "modDate": "D:20250801000000Z"})
        self.doc.save(path, garbage=3, deflate=True, no_new_id=True)  # no random file ID: reproducible bytes
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
        {"h1": w.h1, "h2": w.h2, "p": w.para, "numbered": w.numbered, "note": w.note, "bullets": w.bullets, "stages": w.stages,
         "errors": w.errors, "faq": w.faq, "table": w.table}[kind](data)
    n = w.finish(OUT)
    print("wrote %s (%d pages)" % (OUT, n))


if __name__ == "__main__":
    main()
