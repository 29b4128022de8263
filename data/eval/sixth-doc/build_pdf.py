#!/usr/bin/env python3
"""Build the fictional customer guide "Nilgiri Tara Bank Ankur Secured Credit Card".

The document was invented for an evaluation of a question-answering assistant (a document the
assistant was never tuned on). The bank, the card, its app, portal, all numbers, phone numbers,
e-mail addresses, URLs and people are fictional.

Usage:  .venv/bin/python data/eval/sixth-doc/build_pdf.py
        -> writes ankur-secured-credit-card.pdf next to this file
Needs:  PyMuPDF (import pymupdf). Only the built-in Helvetica fonts are used, and the PDF metadata
        dates and file ID are fixed, so the output is byte-for-byte reproducible.
"""
import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ankur-secured-credit-card.pdf")

PAGE_W, PAGE_H = 595, 842            # A4 in points
ML, MR, MT, MB = 56, 56, 78, 64      # margins
TW = PAGE_W - ML - MR                # text width
REG, BOLD, OBL, BOBL = "helv", "hebo", "heit", "hebi"
TEAL = (0.03, 0.38, 0.40)
TEAL_PALE = (0.88, 0.95, 0.95)
SAND = (0.99, 0.96, 0.88)
GREY = (0.40, 0.40, 0.40)
LINE = (0.25, 0.25, 0.25)
FIXED_DATE = "D:20250915090000+05'30'"

BANK = "Nilgiri Tara Bank Ltd."
TITLE = "Ankur Secured Credit Card"
SUBTITLE = "Customer Guide for students, first-time borrowers and credit rebuilders"
VERSION = "Guide version 1.4, effective 15 September 2025"

# ---------------------------------------------------------------------------------------------
# Content. English only, ASCII only (the Base-14 fonts have no rupee sign: amounts use "Rs.").
# ---------------------------------------------------------------------------------------------
CONTENT = [
    ("h1", "1", "Introduction"),
    ("h2", "1.1 What the Ankur card is"),
    ("p", "The Ankur card is a secured credit card issued by Nilgiri Tara Bank Ltd. on the RuPay network. "
          "Instead of looking at your salary or your past loans, the bank gives you the card against a "
          "fixed deposit (FD) that you keep with it. The card is meant for college students, for people "
          "who are taking credit for the first time, and for anyone who wants to rebuild a weak credit "
          "score. Your repayment record is reported to the credit bureaus every month, so careful use of "
          "the card builds your credit history."),
    ("h2", "1.2 Two variants"),
    ("bullets", [
        "Ankur Campus: for full-time students aged 18 to 25 years. No joining fee and no annual fee.",
        "Ankur Everyday: for all other applicants aged 18 to 70 years. Add-on cards are available.",
    ]),
    ("h2", "1.3 How to read this guide"),
    ("p", "Sections are numbered. Section 4 walks through the six stages of the online application, "
          "Section 5 lists every fee, and Section 6 explains rewards. Unless stated otherwise, all amounts "
          "are in Indian rupees and are exclusive of GST, which is charged at 18% on fees and charges."),

    ("h1", "2", "Who can apply and what you need"),
    ("h2", "2.1 Eligibility"),
    ("bullets", [
        "Resident Indian individuals only. Non-resident Indians (NRIs) cannot apply, and NRE or NRO "
        "deposits cannot be used as security.",
        "Ankur Campus: aged 18 to 25 years, enrolled in a full-time course of at least one year at a "
        "college or university in India, with a valid college identity card.",
        "Ankur Everyday: aged 18 to 70 years.",
        "No income proof and no minimum credit score are needed. Applicants whose earlier loans were "
        "settled or written off may also apply.",
        "A savings account with Nilgiri Tara Bank is required. A student without one can open a "
        "zero-balance Tara Yuva savings account inside the same application.",
        "Your mobile number must be linked to your Aadhaar.",
    ]),
    ("h2", "2.2 Keep these ready"),
    ("bullets", [
        "Your original PAN card. It has to be shown during the video call in Stage 4; a photocopy or a "
        "picture on a phone screen is not accepted.",
        "Your Aadhaar number (no copy is needed: details are fetched through Aadhaar e-KYC).",
        "Ankur Campus only: photos of the front and back of your college identity card, which must be "
        "valid for at least 6 more months.",
        "A blank sheet of white paper and a blue or black pen, for a specimen signature on the video call.",
    ]),
    ("h2", "2.3 Add-on cards"),
    ("p", "Add-on cards are not offered on Ankur Campus. An Ankur Everyday cardholder may ask for up to 2 "
          "free add-on cards for a spouse, parents or children aged 18 years or above. Add-on cards share "
          "the credit limit of the primary card."),

    ("h1", "3", "The fixed deposit behind your card"),
    ("bullets", [
        "Minimum FD: Rs. 15,000 for Ankur Campus and Rs. 25,000 for Ankur Everyday, in multiples of "
        "Rs. 1,000. Maximum FD: Rs. 2,00,000 for Ankur Campus and Rs. 10,00,000 for Ankur Everyday.",
        "Credit limit: 80% of the FD amount on Ankur Campus and 90% on Ankur Everyday. For example, an FD "
        "of Rs. 50,000 gives a limit of Rs. 40,000 on Campus or Rs. 45,000 on Everyday.",
        "Tenure: the FD must be booked for at least 400 days. While the card is open, it renews "
        "automatically on maturity for the same tenure.",
        "Interest: the FD keeps earning interest at the rate that applied on the day it was booked. The "
        "interest is paid into your savings account every quarter.",
        "Lien: the bank marks a lien on the FD. While the card is open you cannot close the FD early, "
        "and you cannot take a loan or overdraft against it.",
        "Top-up: to raise your limit, open an extra FD of at least Rs. 5,000 from the Tara Go app. The "
        "extra limit is added within 2 working days.",
        "Unpaid dues: if the minimum amount due stays unpaid for 90 days, the bank sends a 21-day notice "
        "and may then use the FD to clear the dues.",
        "Moving up: after 12 on-time payments in a row you can ask for a review for an unsecured Nilgiri "
        "Tara credit card. If it is approved, the lien is released within 5 working days after the new "
        "card is activated.",
    ]),

    ("h1", "4", "Your onboarding journey: six stages"),
    ("p", "Apply in the Tara Go app or at ankur.nilgiritara.example. The whole journey takes about 20 "
          "minutes when your documents are ready. Every application gets a reference number made of the "
          "letters ANK and 9 digits (for example ANK250914337); use it to resume the application or to "
          "talk to support. An application left unfinished for 15 days is deleted and must be started "
          "again."),
    ("stages", [
        ("Doorway", "Mobile, PAN and e-mail",
         "Your mobile number linked to Aadhaar, your PAN, date of birth and a personal e-mail address. "
         "The mobile number is verified with a 6-digit OTP that is valid for 5 minutes.",
         "The name or date of birth does not match the PAN records, or the PAN is inoperative because it "
         "is not linked to Aadhaar. After 4 wrong OTP entries the application is locked for 2 hours.",
         "Enter the details exactly as printed on the PAN card, or link PAN and Aadhaar on the Income Tax "
         "portal first. If locked, wait 2 hours and resume with your ANK number."),
        ("Mirror", "Aadhaar e-KYC and selfie face match",
         "Aadhaar OTP-based e-KYC, then a live selfie in the app. The selfie is compared with your Aadhaar "
         "photo and the face match score must be 70 or above (out of 100).",
         "Poor light, spectacles, a cap or a mask, or another person in the frame. Only 3 selfie attempts "
         "are allowed in 24 hours. The e-KYC data is valid for 72 hours; if Stage 4 is not finished in that "
         "time, this stage must be repeated.",
         "Face a window or a lamp and remove spectacles. After 3 failed selfies, continue anyway: the "
         "agent checks your face during the video call in Stage 4 instead."),
        ("Anchor", "Fixed deposit and lien",
         "Book a new FD through net banking, UPI (up to Rs. 1,00,000) or a debit card, from an account in "
         "your own name. You may instead pledge an existing Nilgiri Tara FD with at least 180 days left "
         "to maturity. The lien is marked within 4 working hours.",
         "Money paid from someone else's account is refunded within 3 working days. An FD that is already "
         "under lien, or a joint FD in which you are not the first holder, cannot be used.",
         "Pay from your own account. For a joint FD where you are the first holder, the second holder "
         "gives consent through an SMS link within 48 hours."),
        ("Live Call", "Video KYC with a bank agent",
         "Your original PAN card, the white paper and pen, a stable internet connection, and you must be "
         "physically in India. Calls run from 8:00 am to 10:00 pm every day, Sundays included, except on "
         "national holidays. A call lasts about 5 minutes.",
         "Your location is outside India or a VPN is switched on; the PAN is shown as a photocopy or on a "
         "screen; the call drops.",
         "Switch off the VPN and allow location access, then rejoin from the link in the SMS. After 3 "
         "failed calls, complete in-person KYC at any branch within 15 days."),
        ("Seal", "Key Fact Statement and e-sign",
         "Read the Key Fact Statement (KFS) and the Most Important Terms and Conditions, then e-sign the "
         "cardholder agreement with an Aadhaar OTP. The signing link stays valid for 48 hours.",
         "The e-sign service is unavailable, or the Aadhaar OTP does not arrive.",
         "Try again after 30 minutes. Changed your mind? You can cancel free of charge within 10 days of "
         "e-sign if the card has not been used; the FD lien is then released within 2 working days."),
        ("Spark", "PIN set-up and card activation",
         "Set a 4-digit PIN in the Tara Go app. The virtual card works at once. The physical card is "
         "dispatched within 2 working days and reaches you within 7 working days in metro cities or 12 "
         "working days elsewhere.",
         "Nobody is at the address when the courier comes, so the card goes back to your home branch. A "
         "card that is not activated within 45 days of issue is closed.",
         "Collect a returned card from your home branch within 30 days, carrying your PAN card. Activate "
         "the card by setting the PIN and making a first transaction."),
    ]),

    ("h1", "5", "Fees and charges"),
    ("p", "The schedule below applies to both variants unless a column says otherwise. GST at 18% is "
          "added to every fee and charge. A waiver is applied automatically when its condition is met."),
    ("table", {
        "caption": "Table 1: Schedule of fees and charges",
        "cols": [0.25, 0.20, 0.22, 0.33],
        "header": ["Charge", "Ankur Campus", "Ankur Everyday", "Notes"],
        "rows": [
            ["Joining fee", "Nil", "Rs. 299", "One time, billed in the first statement"],
            ["Annual fee", "Nil", "Rs. 399 from the 2nd year",
             "Everyday: waived if spends in the previous card year reach Rs. 50,000"],
            ["Add-on card", "Not offered", "Nil", "Up to 2 add-on cards"],
            ["Finance charges", "2.75% per month (33% per year)", "2.75% per month (33% per year)",
             "On unpaid balances and on cash advances, from the transaction date"],
            ["Cash advance fee", "2% of the amount, minimum Rs. 250", "2% of the amount, minimum Rs. 250",
             "Per withdrawal, in India or abroad"],
            ["Foreign currency markup", "1.5%", "2.5%", "On spends in a foreign currency"],
            ["Late payment fee", "As per Table 2", "As per Table 2", "Depends on the total amount due"],
            ["Over-limit fee", "Not charged", "Not charged", "Spends above the limit are declined"],
            ["Rent payment fee", "1% of the amount", "1% of the amount", "Per rent payment"],
            ["Payment return", "Rs. 300", "Rs. 300", "Returned auto-debit or cheque"],
            ["Card replacement", "Rs. 100", "Rs. 100", "Lost, stolen or damaged card"],
            ["Fuel surcharge waiver", "Up to Rs. 100 per cycle", "Up to Rs. 200 per cycle",
             "1% surcharge waived on fuel bills of Rs. 400 to Rs. 4,000"],
            ["Physical statement", "Rs. 40", "Rs. 40", "e-statements are free"],
        ],
    }),
    ("table", {
        "caption": "Table 2: Late payment fee by total amount due",
        "cols": [0.55, 0.45],
        "header": ["Total amount due on the statement", "Late payment fee"],
        "rows": [
            ["Up to Rs. 100", "Nil"],
            ["Rs. 101 to Rs. 1,000", "Rs. 100"],
            ["Rs. 1,001 to Rs. 5,000", "Rs. 350"],
            ["Rs. 5,001 to Rs. 20,000", "Rs. 600"],
            ["Rs. 20,001 to Rs. 50,000", "Rs. 850"],
            ["Above Rs. 50,000", "Rs. 1,050"],
        ],
    }),
    ("p", "The late payment fee is charged when the minimum amount due is not received by the payment due "
          "date."),

    ("h1", "6", "Rewards: Ankur Seeds"),
    ("p", "Rewards are earned as Ankur Seeds for every Rs. 100 spent in a category, up to the monthly cap in "
          "Table 3. The rates and caps are the same on both variants. Spends above a cap still count for "
          "the annual fee waiver but earn no more Seeds that month."),
    ("table", {
        "caption": "Table 3: Seeds by spend category",
        "cols": [0.52, 0.22, 0.26],
        "header": ["Spend category", "Seeds per Rs. 100", "Monthly cap"],
        "rows": [
            ["Books, stationery and online courses", "10", "500 Seeds"],
            ["Metro, bus and rail tickets", "8", "300 Seeds"],
            ["Food delivery and cafes", "5", "400 Seeds"],
            ["Music, video and gaming subscriptions", "5", "200 Seeds"],
            ["Flights and hotels booked on the TaraTrips portal", "12", "1,500 Seeds"],
            ["All other spends", "2", "No cap"],
            ["Fuel, rent, wallet loads, cash advances and utility bills", "0", "Not applicable"],
        ],
    }),
    ("bullets", [
        "Value of a Seed: Rs. 0.25 when redeemed as a statement credit, or Rs. 0.30 when used for a "
        "TaraTrips booking. The minimum redemption is 400 Seeds.",
        "Seeds expire 36 months after the month in which they are earned.",
        "Welcome benefit: 500 Seeds when you make 3 transactions of Rs. 100 or more within 30 days of "
        "card issue.",
        "Credit-builder bonus: 1,000 Seeds after 6 statements in a row on which you pay the total amount "
        "due by the due date.",
        "A free credit score report every month in the Tara Go app.",
    ]),

    ("h1", "7", "Limits and billing"),
    ("deflist", [
        ("Credit limit", "80% (Campus) or 90% (Everyday) of the FD. The lowest possible limit is Rs. 12,000 "
                         "on Campus and Rs. 22,500 on Everyday; the highest is Rs. 1,60,000 on Campus and "
                         "Rs. 9,00,000 on Everyday."),
        ("Cash withdrawal", "Up to 25% of the credit limit, and at most Rs. 20,000 in a day."),
        ("Contactless", "Up to Rs. 5,000 per tap without a PIN. Contactless use can be switched off in the "
                        "app."),
        ("UPI", "As a RuPay card, Ankur can be linked to UPI apps for payments to merchants."),
        ("International use", "Switched off when the card is issued; switch it on in Card Controls in the "
                              "app."),
        ("Statement date", "Your choice of the 3rd, 10th, 17th or 24th of the month."),
        ("Payment due date", "20 days after the statement date."),
        ("Interest-free period", "Up to 50 days on purchases, when the previous statement was paid in "
                                 "full."),
        ("Minimum amount due", "5% of the total amount due or Rs. 100, whichever is higher."),
    ]),

    ("h1", "8", "Timelines and service hours"),
    ("deflist", [
        ("Video KYC calls", "8:00 am to 10:00 pm, every day except national holidays."),
        ("Branch in-person KYC", "Monday to Saturday, 10:00 am to 4:00 pm, except the 2nd and 4th "
                                 "Saturdays."),
        ("Campus help desks", "Monday to Friday, 11:00 am to 3:00 pm during the academic term, at partner "
                              "colleges."),
        ("Aadhaar e-KYC validity", "72 hours."),
        ("Unfinished application", "Deleted after 15 days."),
        ("Lien on the FD", "Marked within 4 working hours."),
        ("Physical card", "Dispatched within 2 working days; delivered within 7 working days (metro "
                          "cities) or 12 working days (other places)."),
        ("Refund of a reversed transaction", "Within 7 working days."),
        ("Lien release after closure", "Within 3 working days after the card is closed and all dues are "
                                       "paid."),
        ("Disputed transaction", "Resolved within 45 days of the complaint."),
    ]),

    ("h1", "9", "Frequently asked questions"),
    ("faq", [
        ("Can I use my parents' fixed deposit for my card?",
         "No. The FD must be in your own name. A joint FD can be used only if you are its first holder and "
         "the second holder gives consent."),
        ("Will the card improve my credit score?",
         "Your repayment record is reported to the credit bureaus every month. Paying on time helps your "
         "score; late payments hurt it. The bank cannot promise any particular score."),
        ("What happens to my Campus card when I finish my course?",
         "When your course ends, or when you turn 26, the card is moved to Ankur Everyday. The Everyday "
         "annual fee applies from the next card year, and your FD must be at least Rs. 25,000, so you may "
         "need a top-up."),
        ("Can I break my FD in an emergency?",
         "Not while the card is open. Pay all dues and close the card; the lien is released within 3 "
         "working days, and you can then close the FD."),
        ("I am going abroad for a semester. Will the card work there?",
         "Yes. Switch on international use in Card Controls before you travel. A foreign currency markup "
         "of 1.5% (Campus) or 2.5% (Everyday) applies."),
        ("Do UPI payments earn Seeds?",
         "UPI payments to merchants earn Seeds at the All other spends rate of 2 Seeds per Rs. 100. "
         "Payments to individuals are not allowed on the card."),
        ("How do I block a lost card?",
         "Block it in the Tara Go app under Cards > Block, send BLOCK followed by the last 4 digits of the "
         "card by SMS to 56161, or call the 24x7 helpline. You bear no loss for fraud reported within 3 "
         "days."),
        ("Can I change my statement date?",
         "Yes, once in a card year, in the Tara Go app under Cards > Billing."),
    ]),

    ("h1", "10", "Help and contact"),
    ("deflist", [
        ("24x7 card helpline", "1800-267-4410 (toll-free)."),
        ("Calling from abroad", "+91 44 6130 4410 (chargeable), 24x7."),
        ("Application and video KYC help", "1800-267-4422, 8:00 am to 10:00 pm every day."),
        ("WhatsApp", "+91 73977 20455. Send HI for the menu."),
        ("Block by SMS", "BLOCK and the last 4 digits of the card to 56161."),
        ("E-mail", "ankur.help@nilgiritara.example, answered within 2 working days."),
        ("Students", "campus.ankur@nilgiritara.example."),
        ("Website", "https://ankur.nilgiritara.example"),
        ("Grievance Officer", "Ms. Revathi Menon, grievance@nilgiritara.example, replies within 10 "
                              "working days."),
        ("Still unresolved?", "If the bank has not resolved your complaint within 30 days, you may "
                              "approach the RBI Ombudsman."),
        ("Languages", "Phone support is available in English, Hindi, Tamil, Malayalam and Marathi."),
    ]),
    ("note", "This guide, Nilgiri Tara Bank Ltd., the Ankur card, the Tara Go app, the TaraTrips portal, "
             "and every name, number and contact in it are fictional. The document was written only for "
             "testing a question-answering assistant."),
]


# ---------------------------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------------------------
def tlen(s, font, size):
    return pymupdf.get_text_length(s, fontname=font, fontsize=size)


def wrap(text, width, font, size):
    out, cur = [], ""
    for w in text.split():
        trial = w if not cur else cur + " " + w
        if tlen(trial, font, size) <= width:
            cur = trial
        else:
            if cur:
                out.append(cur)
            cur = w
    if cur:
        out.append(cur)
    return out or [""]


class Layout:
    def __init__(self):
        self.doc = pymupdf.open()
        self.page = None
        self.y = 0
        self.new_page()

    # -- basics --------------------------------------------------------------------------------
    def new_page(self):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.y = MT

    def room(self, h):
        return self.y + h <= PAGE_H - MB

    def ensure(self, h):
        if not self.room(h):
            self.new_page()

    def text(self, x, y, s, font=REG, size=9.8, color=(0, 0, 0)):
        self.page.insert_text((x, y), s, fontname=font, fontsize=size, color=color)

    def para(self, s, x=ML, width=TW, font=REG, size=9.8, lead=13.2, after=5):
        for ln in wrap(s, width, font, size):
            self.ensure(lead)
            self.text(x, self.y + size, ln, font, size)
            self.y += lead
        self.y += after

    # -- blocks ----------------------------------------------------------------------------------
    def h1(self, num, title):
        self.ensure(60)
        self.y += 6
        box = pymupdf.Rect(ML, self.y, ML + 26, self.y + 22)
        self.page.draw_rect(box, color=None, fill=TEAL)
        self.text(ML + 13 - tlen(num, BOLD, 12) / 2, self.y + 15.5, num, BOLD, 12, (1, 1, 1))
        self.text(ML + 34, self.y + 15.5, title, BOLD, 13.5, TEAL)
        self.page.draw_line((ML + 34, self.y + 21), (PAGE_W - MR, self.y + 21), color=TEAL, width=0.7)
        self.y += 32

    def h2(self, title):
        self.ensure(40)
        self.y += 2
        self.text(ML, self.y + 10.5, title, BOLD, 10.5, (0.1, 0.1, 0.1))
        self.y += 17

    def bullets(self, items):
        for it in items:
            lines = wrap(it, TW - 14, REG, 9.8)
            self.ensure(13.2 * min(len(lines), 2))
            self.page.draw_rect(pymupdf.Rect(ML + 3, self.y + 4.2, ML + 7, self.y + 8.2), color=None,
                                fill=TEAL)
            for ln in lines:
                self.ensure(13.2)
                self.text(ML + 14, self.y + 9.8, ln)
                self.y += 13.2
            self.y += 2.5
        self.y += 4

    def deflist(self, items):
        key_w = 150
        for key, val in items:
            lines = wrap(val, TW - key_w, REG, 9.6)
            keys = wrap(key, key_w - 10, BOLD, 9.6)
            h = 13 * max(len(lines), len(keys)) + 3
            self.ensure(h)
            for i, ln in enumerate(keys):
                self.text(ML, self.y + 9.6 + 13 * i, ln, BOLD, 9.6, TEAL)
            for i, ln in enumerate(lines):
                self.text(ML + key_w, self.y + 9.6 + 13 * i, ln, REG, 9.6)
            self.y += h
            self.page.draw_line((ML, self.y - 1.5), (PAGE_W - MR, self.y - 1.5), color=(0.8, 0.85, 0.85),
                                width=0.4)
            self.y += 2
        self.y += 6

    def note(self, s):
        lines = wrap(s, TW - 20, OBL, 9.2)
        h = 12.5 * len(lines) + 12
        self.ensure(h + 4)
        self.page.draw_rect(pymupdf.Rect(ML, self.y, PAGE_W - MR, self.y + h), color=TEAL, fill=SAND,
                            width=0.6)
        for i, ln in enumerate(lines):
            self.text(ML + 10, self.y + 15 + 12.5 * i, ln, OBL, 9.2)
        self.y += h + 8

    def stages(self, stages):
        labels = ["You need", "What can fail", "What to do"]
        lab_w = 78
        for n, (name, sub, need, fail, todo) in enumerate(stages, 1):
            blocks = [wrap(t, TW - lab_w - 16, REG, 9.3) for t in (need, fail, todo)]
            h = 26 + sum(12.3 * len(b) + 5 for b in blocks) + 4
            self.ensure(h + 8)
            top = self.y
            self.page.draw_rect(pymupdf.Rect(ML, top, PAGE_W - MR, top + h), color=TEAL, width=0.8)
            self.page.draw_rect(pymupdf.Rect(ML, top, PAGE_W - MR, top + 20), color=None, fill=TEAL_PALE)
            head = "Stage %d - %s" % (n, name)
            self.text(ML + 8, top + 14, head, BOLD, 10.8, TEAL)
            self.text(ML + 16 + tlen(head, BOLD, 10.8), top + 14, "(%s)" % sub, OBL, 9.5, GREY)
            yy = top + 26
            for lab, b in zip(labels, blocks):
                self.text(ML + 8, yy + 9.3, lab, BOLD, 9.3)
                for i, ln in enumerate(b):
                    self.text(ML + 8 + lab_w, yy + 9.3 + 12.3 * i, ln, REG, 9.3)
                yy += 12.3 * len(b) + 5
            self.y = top + h + 8
        self.y += 2

    def table(self, spec):
        fs, pad, lead = 8.8, 4, 11.2
        widths = [TW * c for c in spec["cols"]]

        def layout(cells, font):
            ws = [wrap(c, w - 2 * pad, font, fs) for c, w in zip(cells, widths)]
            return ws, max(len(x) for x in ws) * lead + 2 * pad

        def draw(cells, font, fill):
            ws, h = layout(cells, font)
            x = ML
            for lines, w in zip(ws, widths):
                self.page.draw_rect(pymupdf.Rect(x, self.y, x + w, self.y + h), color=LINE, fill=fill,
                                    width=0.6)
                for i, ln in enumerate(lines):
                    self.text(x + pad, self.y + pad + fs + lead * i - 1.5, ln, font, fs,
                              (1, 1, 1) if font == BOLD and fill == TEAL else (0, 0, 0))
                x += w
            self.y += h

        hdr_h = layout(spec["header"], BOLD)[1]
        total = 20 + hdr_h + sum(layout(r, REG)[1] for r in spec["rows"])
        self.ensure(total)  # tables are kept on one page
        self.text(ML, self.y + 10, spec["caption"], BOBL, 9.8, TEAL)
        self.y += 16
        draw(spec["header"], BOLD, TEAL)
        for i, r in enumerate(spec["rows"]):
            draw(r, REG, TEAL_PALE if i % 2 else None)
        self.y += 10

    def faq(self, items):
        for q, a in items:
            ql = wrap(q, TW - 22, BOLD, 9.8)
            al = wrap(a, TW - 22, REG, 9.6)
            self.ensure(13.2 * (len(ql) + len(al)) + 6)
            self.text(ML, self.y + 9.8, "Q.", BOLD, 9.8, TEAL)
            for ln in ql:
                self.text(ML + 22, self.y + 9.8, ln, BOLD, 9.8)
                self.y += 13.2
            self.text(ML, self.y + 9.6, "A.", BOLD, 9.6, GREY)
            for ln in al:
                self.text(ML + 22, self.y + 9.6, ln, REG, 9.6)
                self.y += 13
            self.y += 7

    # -- whole document ----------------------------------------------------------------------------
    def title_block(self):
        self.page.draw_rect(pymupdf.Rect(ML, self.y, PAGE_W - MR, self.y + 92), color=None, fill=TEAL)
        self.text(ML + 16, self.y + 34, TITLE, BOLD, 22, (1, 1, 1))
        self.text(ML + 16, self.y + 56, SUBTITLE, REG, 10.5, (1, 1, 1))
        self.text(ML + 16, self.y + 76, VERSION + "  |  " + BANK, OBL, 9, (0.85, 0.95, 0.95))
        self.y += 108

    def decorate(self):
        n = len(self.doc)
        for i, page in enumerate(self.doc, 1):
            page.draw_rect(pymupdf.Rect(0, 0, 12, PAGE_H), color=None, fill=TEAL)
            page.insert_text((ML, 36), "NILGIRI TARA BANK", fontname=BOLD, fontsize=9.5, color=TEAL)
            right = "Ankur Secured Credit Card - Customer Guide"
            page.insert_text((PAGE_W - MR - tlen(right, REG, 8.5), 36), right, fontname=REG, fontsize=8.5,
                             color=GREY)
            page.draw_line((ML, 44), (PAGE_W - MR, 44), color=TEAL, width=0.8)
            page.draw_line((ML, PAGE_H - 44), (PAGE_W - MR, PAGE_H - 44), color=(0.7, 0.7, 0.7), width=0.5)
            left = VERSION + ". Fictional document for evaluation."
            page.insert_text((ML, PAGE_H - 30), left, fontname=REG, fontsize=7.8, color=GREY)
            label = "Page %d of %d" % (i, n)
            page.insert_text((PAGE_W - MR - tlen(label, BOLD, 8), PAGE_H - 30), label, fontname=BOLD,
                             fontsize=8, color=TEAL)

    def build(self, path):
        self.title_block()
        for item in CONTENT:
            kind = item[0]
            if kind == "h1":
                self.h1(item[1], item[2])
            elif kind == "h2":
                self.h2(item[1])
            elif kind == "p":
                self.para(item[1])
            else:
                getattr(self, kind)(item[1])
        self.decorate()
        self.doc.set_metadata({
            "title": "%s - %s" % (TITLE, BANK),
            "author": "Nilgiri Tara Bank (fictional)",
            "subject": "Fictional credit card customer guide written for an evaluation",
            "keywords": "secured credit card, fixed deposit, fictional, evaluation",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": FIXED_DATE,
            "modDate": FIXED_DATE,
        })
        self.doc.save(path, garbage=4, deflate=True, no_new_id=True)  # no random file ID
        return len(self.doc)


if __name__ == "__main__":
    pages = Layout().build(OUT)
    print("wrote %s (%d pages)" % (OUT, pages))
