"""Build the fifteenth evaluation document (fictional) with PyMuPDF.

Everything in the generated guide is invented: the bank, the partner dealer
network, the card, the app, people, phone numbers, e-mail addresses, web
addresses, codes, fees and rules.  Any likeness to a real product is accidental.

Usage (from the repository root):
    .venv/bin/python data/eval/fifteenth-doc/build_pdf.py

Only the built-in fonts "helv" and "hebo" are used, so the rupee sign is
written as "Rs." throughout.  Output is deterministic (fixed metadata dates,
no new document id).
"""

from __future__ import annotations

import os

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bhoomisetu_haldhara_agri_input_card_guide.pdf")

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
LM, RM = 56.0, 539.0  # left and right margins
TOP = 72.0  # body starts below the running header
FOOTER_Y = 812.0
BODY_BOTTOM = 786.0  # lowest y for body text when the page has no footnotes

REG, BOLD = "helv", "hebo"
BODY = 9.2
LEAD = 1.38
ACCENT = (0.10, 0.38, 0.16)
HEAD_FILL = (0.86, 0.93, 0.85)

HEADER_LEFT = "Bhoomisetu Bank Ltd.  |  HalDhara Agri-Input Credit Card - Customer Guide"
HEADER_RIGHT = "Edition 2.1, effective 1 October 2025"
FOOTER_LEFT = "HalDhara Card Guide"


def tl(text: str, font: str = REG, size: float = BODY) -> float:
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def wrap_runs(segments, width, size):
    """Wrap (text, font) segments into lines, each a list of (text, font) runs."""
    words = []  # (word, font); "Rs." is kept on the same line as its amount
    for text, font in segments:
        for w in text.split():
            if words and words[-1][0].endswith("Rs.") and words[-1][1] == font:
                words[-1] = (words[-1][0] + " " + w, font)
            else:
                words.append((w, font))
    lines, cur, cur_w = [], [], 0.0
    space = tl(" ", REG, size)
    for w, f in words:
        ww = tl(w, f, size)
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
        runs = []
        for w, f in line:
            if runs and runs[-1][1] == f:
                runs[-1][0] += " " + w
            else:
                if runs:
                    runs[-1][0] += " "
                runs.append([w, f])
        out.append([(t, f) for t, f in runs])
    return out


class Guide:
    def __init__(self):
        self.doc = pymupdf.open()
        self.notes: dict[int, list[str]] = {}
        self.page = None
        self.y = TOP
        self.new_page()

    # ------------------------------------------------------------------ pages
    def new_page(self):
        self.page = self.doc.new_page(width=PAGE_W, height=PAGE_H)
        self.notes[self.page.number] = []
        self.y = TOP

    def notes_height(self, pno):
        h = 0.0
        for text in self.notes.get(pno, []):
            h += len(wrap_runs([(text, REG)], RM - LM, 7.4)) * 7.4 * 1.3 + 2
        return h + (12 if h else 0)

    def bottom(self):
        return BODY_BOTTOM - self.notes_height(self.page.number)

    def ensure(self, h):
        if self.y + h > self.bottom():
            self.new_page()

    def footnote(self, text, need=30.0):
        """Attach a footnote to the page on which the next `need` points of body land."""
        self.notes[self.page.number].append(text)
        if self.y + need > self.bottom():
            self.notes[self.page.number].pop()
            self.new_page()
            self.notes[self.page.number].append(text)

    # ------------------------------------------------------------------- text
    def runs_at(self, x, y, runs, size, color=(0, 0, 0)):
        for text, font in runs:
            self.page.insert_text((x, y), text, fontname=font, fontsize=size, color=color)
            x += tl(text, font, size)

    def rich(self, segments, size=BODY, indent=0.0, prefix=None, gap_after=4.0):
        x0 = LM + indent
        lines = wrap_runs(segments, RM - x0, size)
        lh = size * LEAD
        for i, runs in enumerate(lines):
            self.ensure(lh)
            self.y += lh
            if i == 0 and prefix:
                self.page.insert_text((x0 - tl(prefix, REG, size) - 3, self.y - size * 0.3), prefix,
                                      fontname=REG, fontsize=size)
            self.runs_at(x0, self.y - size * 0.3, runs, size)
        self.y += gap_after

    def para(self, text, **kw):
        self.rich([(text, REG)], **kw)

    def bullet(self, text, lead=None, indent=14.0):
        segs = [(lead, BOLD)] if lead else []
        segs.append((text, REG))
        self.rich(segs, indent=indent, prefix="-", gap_after=2.0)

    def step(self, n, text, lead=None, indent=16.0):
        segs = [(lead, BOLD)] if lead else []
        segs.append((text, REG))
        self.rich(segs, indent=indent, prefix=f"{n}.", gap_after=2.0)

    def label(self, label, value, indent=0.0):
        self.rich([(label + ":", BOLD), (value, REG)], indent=indent, gap_after=1.5)

    def heading(self, text, size=12.2):
        self.ensure(size * 1.6 + 46)
        self.y += 9 + size * 1.2
        self.page.draw_rect(pymupdf.Rect(LM, self.y - size - 1, LM + 4, self.y + 2), color=None, fill=ACCENT)
        self.page.insert_text((LM + 9, self.y), text, fontname=BOLD, fontsize=size, color=ACCENT)
        self.y += 7

    def subheading(self, text, size=9.9):
        self.ensure(size * 1.5 + 32)
        self.y += 4 + size * 1.2
        self.page.insert_text((LM, self.y), text, fontname=BOLD, fontsize=size)
        self.y += 3

    # ----------------------------------------------------------------- tables
    def ruled_table(self, widths, header, rows, size=8.4, pad=3.4, caption=None):
        xs = [LM]
        for w in widths:
            xs.append(xs[-1] + w)
        assert abs(xs[-1] - RM) < 0.6, (xs[-1], RM)
        lh = size * 1.3

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w - 2 * pad, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(wl) for wl in wrapped) * lh + 2 * pad

        hdr_wrapped, hdr_h = layout(header, BOLD)

        def draw_row(wrapped, h, fill=None):
            for i, wl in enumerate(wrapped):
                r = pymupdf.Rect(xs[i], self.y, xs[i + 1], self.y + h)
                self.page.draw_rect(r, color=(0.25, 0.25, 0.25), fill=fill, width=0.6)
                yy = self.y + pad + size * 0.95
                for runs in wl:
                    self.runs_at(xs[i] + pad, yy, runs, size)
                    yy += lh
            self.y += h

        if caption:
            self.ensure(size * 2 + hdr_h + 34)
            self.y += size * 1.4
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.6)
            self.y += 4
        self.ensure(hdr_h + layout(rows[0], REG)[1])
        draw_row(hdr_wrapped, hdr_h, fill=HEAD_FILL)
        for row in rows:
            wrapped, h = layout(row, REG)
            if self.y + h > self.bottom():
                self.new_page()
                self.page.insert_text((LM, self.y + size), (caption or "Table") + " (continued)",
                                      fontname=BOLD, fontsize=size + 0.6)
                self.y += size + 6
                draw_row(hdr_wrapped, hdr_h, fill=HEAD_FILL)
            draw_row(wrapped, h)
        self.y += 8

    def plain_table(self, col_x, header, rows, size=8.7, caption=None):
        """Unruled table: cells placed at fixed x positions, no lines drawn."""
        lh = size * 1.3
        widths = [col_x[i + 1] - col_x[i] - 8 for i in range(len(col_x) - 1)] + [RM - col_x[-1]]

        def layout(cells, font):
            wrapped = [wrap_runs([(c, font)], w, size) for c, w in zip(cells, widths)]
            return wrapped, max(len(w) for w in wrapped) * lh + 3

        hw, hh = layout(header, BOLD)
        if caption:
            self.ensure(size * 2 + hh + 44)
            self.y += size * 1.4
            self.page.insert_text((LM, self.y), caption, fontname=BOLD, fontsize=size + 0.4)
            self.y += 5
        self.ensure(hh + 40)
        for wrapped, h in [(hw, hh)] + [layout(r, REG) for r in rows]:
            self.ensure(h)
            for x, wl in zip(col_x, wrapped):
                yy = self.y + size
                for runs in wl:
                    self.runs_at(x, yy, runs, size)
                    yy += lh
            self.y += h + 1.5
        self.y += 6

    # ----------------------------------------------------------------- finish
    def finish(self, path):
        n = self.doc.page_count
        grey = (0.30, 0.30, 0.30)
        for page in self.doc:
            page.insert_text((LM, 38), HEADER_LEFT, fontname=BOLD, fontsize=7.9, color=grey)
            page.insert_text((RM - tl(HEADER_RIGHT, REG, 7.9), 38), HEADER_RIGHT, fontname=REG,
                             fontsize=7.9, color=grey)
            page.draw_line((LM, 44), (RM, 44), color=ACCENT, width=0.7)
            notes = self.notes.get(page.number, [])
            if notes:
                y = BODY_BOTTOM - self.notes_height(page.number) + 12
                page.draw_line((LM, y - 2), (LM + 110, y - 2), color=(0.5, 0.5, 0.5), width=0.4)
                for text in notes:
                    for runs in wrap_runs([(text, REG)], RM - LM, 7.4):
                        y += 7.4 * 1.3
                        x = LM
                        for t, f in runs:
                            page.insert_text((x, y), t, fontname=f, fontsize=7.4, color=(0.15, 0.15, 0.15))
                            x += tl(t, f, 7.4)
                    y += 2
            footer = f"Page {page.number + 1} of {n}"
            page.insert_text((RM - tl(footer, REG, 8), FOOTER_Y + 10), footer, fontname=REG, fontsize=8,
                             color=grey)
            page.insert_text((LM, FOOTER_Y + 10), FOOTER_LEFT, fontname=REG, fontsize=7,
                             color=(0.45, 0.45, 0.45))
        self.doc.set_metadata({
            "title": "HalDhara Agri-Input Credit Card - Customer Guide (fictional)",
            "author": "Bhoomisetu Bank Ltd. (fictional)",
            "subject": "Customer guide for a fictional farm-input credit card for farmers",
            "keywords": "fictional, evaluation, credit card, farmers, agri inputs",
            "creator": "build_pdf.py",
            "producer": "PyMuPDF",
            "creationDate": "D:20251001000000+05'30'",
            "modDate": "D:20251001000000+05'30'",
        })
        self.doc.save(path, garbage=4, deflate=True, clean=True, no_new_id=True)
        return n


def build():
    g = Guide()

    # ================================================================ title
    g.page.insert_text((LM, g.y + 6), "BHOOMISETU BANK LTD.  -  KISAN CARDS", fontname=BOLD, fontsize=10,
                       color=ACCENT)
    g.y += 31
    g.page.insert_text((LM, g.y), "HalDhara Agri-Input Credit Card", fontname=BOLD, fontsize=19.5)
    g.y += 17
    g.page.insert_text((LM, g.y), "Customer guide for farmers - Ankur, Fasal and Samriddhi variants",
                       fontname=REG, fontsize=10.3)
    g.y += 10
    g.para("Edition 2.1, effective 1 October 2025. It replaces edition 2.0 dated 1 April 2025. All names, "
           "numbers and terms in this guide are fictional.", size=8.1, gap_after=6)
    g.para("The HalDhara Agri-Input Credit Card from Bhoomisetu Bank Ltd. helps farmers buy seeds, fertiliser, "
           "crop protection, irrigation equipment and other farm inputs when they are needed, and pay for them "
           "when the crop is sold. The limit is set from the land you cultivate and the crops you plan to grow, "
           "not from a salary. Purchases at KhetSaathi partner dealers can be put on Harvest Cycle billing, "
           "which gives a long interest-free period that ends after the harvest. You apply in the Bhoomisetu "
           "Khet app through a six-stage journey called the Beejpath journey, or with help at a Kisan Seva Point.")

    g.heading("1. The card at a glance")
    g.label("Issuer", "Bhoomisetu Bank Ltd., 22 Krishi Bhavan Marg, Civil Lines, Akola 444001")
    g.label("Partner dealer network", "KhetSaathi partner dealers (2,340 input shops in 9 states)")
    g.label("Variants", "HalDhara Ankur, HalDhara Fasal and HalDhara Samriddhi")
    g.label("Credit limit (Ankur)", "Rs. 15,000 to Rs. 75,000")
    g.label("Credit limit (Fasal)", "Rs. 75,001 to Rs. 3,00,000")
    g.label("Credit limit (Samriddhi)", "Rs. 3,00,001 to Rs. 8,00,000")
    g.label("How the limit is set", "cultivated acres multiplied by the Crop Scale for each crop (section 6)")
    g.label("Billing modes", "Monthly Cycle or Harvest Cycle (section 7)")
    g.label("Interest-free period", "20 to 50 days on Monthly Cycle; up to 120 days on Harvest Cycle "
            "purchases (150 days for sugarcane and orchard plans on Samriddhi)")
    g.label("Card network", "RuPay, for all three variants")
    g.label("Mobile app", "Bhoomisetu Khet, for Android phones; a feature-phone service is available on *676*44#")
    g.label("Kisan Card Helpline", "1800-233-5151 (toll-free, 7 am to 9 pm, all days)")
    g.label("Helpline languages", "Marathi, Hindi, English, Kannada and Telugu")
    g.label("Missed-call balance check", "give a missed call to 0724-245-6600")

    # ================================================================ eligibility
    g.heading("2. Who can apply")
    g.para("You can apply if every one of these is true on the date of application:")
    g.bullet("You are a resident Indian aged 21 to 65 years (25 to 65 years for HalDhara Samriddhi).")
    g.bullet("You cultivate at least 1 acre for Ankur, 2.5 acres for Fasal or 10 acres for Samriddhi, either as "
             "the owner shown in the land record or as a tenant under a registered lease deed with at least "
             "2 years left to run. Land of your spouse or parents counts if they give a Family Land Consent in "
             "the app.")
    g.bullet("You have received at least one payment for the sale of crops, milk or other farm produce in a "
             "savings account in your own name in the last 12 months.")
    g.bullet("Your yearly farm income is at least Rs. 60,000 for Ankur, Rs. 2,00,000 for Fasal or "
             "Rs. 6,00,000 for Samriddhi.")
    g.bullet("Samriddhi only: you are either a member of a registered Farmer Producer Organisation (FPO) for at "
             "least 1 year, or you have filed income tax returns for the last 2 years.")
    g.subheading("Who cannot apply")
    g.bullet("Share-croppers and tenants who farm under an oral agreement only. A written lease that is not "
             "registered is also not accepted.")
    g.bullet("Anyone with a farm loan or crop loan that is overdue by more than 90 days at any bank or "
             "co-operative society.")
    g.bullet("Land held by a company, trust or partnership firm. The card is issued only to individuals.")
    g.bullet("A second applicant using the same land record. One land record (survey or khasra number) can "
             "support only one HalDhara card, even within one family.")
    g.footnote("* Agricultural labourers who do not cultivate land of their own or on lease can instead ask at "
               "any Kisan Seva Point about the bank's separate Shramik savings account; the HalDhara card is "
               "not offered to them.")
    g.bullet("Agricultural labourers paid daily or monthly wages.*")

    # ================================================================ documents
    g.heading("3. Documents you need")
    g.bullet("PAN card. For HalDhara Ankur only, Form 60 may be given instead of PAN.")
    g.bullet("Aadhaar, used for e-KYC and for the Thumb Seal signature. If you do not want to use Aadhaar, "
             "bring your Voter ID and two passport-size photos to a Kisan Seva Point.")
    g.bullet("Land record: 7/12 extract, Khatauni, Record of Rights or the document used in your state, not "
             "older than 6 months. The app can fetch it for you in most districts.")
    g.bullet("Registered lease deed, if you cultivate leased land.")
    g.bullet("Bank statement for the last 12 months of the account that receives your produce payments, "
             "as a PDF of up to 8 MB, or account aggregator consent in the app.")
    g.bullet("Samriddhi only: FPO membership certificate, or income tax returns for the last 2 years.")
    g.para("No guarantor, collateral, salary slip or land mortgage is needed for any variant.")

    # ================================================================ journey
    g.heading("4. The Beejpath journey: six stages")
    g.para("You apply in the Bhoomisetu Khet app. The app saves your progress at the end of each stage, but "
           "what is kept if you stop midway depends on the stage, as explained below. An application that is "
           "not completed within 30 days of finishing Stage 1 is closed (halt code BP-08) and you must start "
           "again.")
    g.subheading("Stage 1 - Seed Call")
    g.para("Enter your mobile number and PAN (or Form 60 for Ankur). A 6-digit KhetCode is sent by SMS and is "
           "valid for 5 minutes. After 3 wrong KhetCodes, the number is locked for 30 minutes (halt code BP-11). "
           "If you leave the app at this stage, nothing is saved and you start from the beginning next time.")
    g.subheading("Stage 2 - Land Lens")
    g.para("Enter your district, village and survey or khasra number. The app fetches the land record from "
           "the state land records portal. If the portal does not answer, the app tries twice more on its own, "
           "one minute apart; after that you can upload a clear photo of a certified copy, which is checked by "
           "hand within 2 working days (halt code BP-27). If you leave at this stage, your entries are kept as a "
           "draft for 15 days.")
    g.subheading("Stage 3 - Crop Canvas")
    g.para("List each crop you plan to grow in the coming 12 months, its season (Kharif, Rabi or Zaid) and the "
           "acres. The app shows an indicative limit straight away. You can edit the plan up to 3 times before "
           "you move on. If you leave at this stage, the plan is kept for 15 days, but the indicative limit is "
           "worked out again when you return, using the Crop Scale in force on that day.")
    g.subheading("Stage 4 - Face Tally")
    g.para("Take a live photo in the app; it is compared with your Aadhaar photo. You get 3 tries, and each try "
           "lasts 60 seconds. After 3 failed tries, finish this stage at a Kisan Seva Point within 15 days "
           "(halt code BP-44). If you leave the app for more than 48 hours after a successful Face Tally, the "
           "stage must be done again.")
    g.subheading("Stage 5 - Mandate Knot")
    g.para("Choose your billing mode and set up an auto-debit mandate on the account that receives your produce "
           "payments. The mandate is compulsory for Harvest Cycle and optional for Monthly Cycle. You are sent to "
           "your bank's page to approve it and must finish within 20 minutes, or the session ends and the stage "
           "restarts. At most 3 mandate attempts are allowed in 7 days (halt code BP-58). If you leave at this "
           "stage, the application is parked for 10 days and then closed.")
    g.subheading("Stage 6 - Thumb Seal")
    g.para("Read the Key Fact Statement and sign the card agreement with an Aadhaar OTP. The signing OTP is "
           "valid for 10 minutes and you get 2 tries; after that, signing is reset by the helpline within "
           "1 working day (halt code BP-66). Once you have reached Thumb Seal, the approved limit offer is held "
           "for 30 days, so you can come back and sign within that time without repeating earlier stages.")

    g.subheading("If you stop midway")
    g.para("If you leave the app before Thumb Seal, an SMS reminder is sent 2 days and again 7 days after your "
           "last activity, with a link that opens the stage where you stopped. A Bhoomisetu Mitra may also call "
           "you once, between 10 am and 6 pm, if your application has been idle for 5 days. You can withdraw an "
           "unfinished application at any time in Khet app > My Application > Withdraw; the data you entered is "
           "then deleted within 30 days.")

    g.subheading("Kisan Seva Point")
    g.para("A Kisan Seva Point is a help desk run by a trained Bhoomisetu Mitra at every Bhoomisetu Bank branch "
           "and at 640 KhetSaathi dealer shops. It is open 9 am to 5 pm, Monday to Saturday, except the second "
           "Saturday. The Bhoomisetu Mitra can complete Face Tally, check original land papers, take a Voter ID "
           "application and help with halt codes BP-27, BP-44 and BP-61. The service is free.")

    g.ruled_table(
        [92, 128, 120, 143],
        ["Stage", "Tries and time limits", "Kept if you stop here", "After too many failures"],
        [
            ["1. Seed Call", "KhetCode valid 5 minutes; 3 tries", "Nothing; start again",
             "Locked for 30 minutes (BP-11)"],
            ["2. Land Lens", "2 automatic re-fetches, one minute apart", "Draft kept 15 days",
             "Upload certified copy; checked in 2 working days (BP-27)"],
            ["3. Crop Canvas", "Plan can be edited 3 times", "Plan kept 15 days; limit worked out again",
             "Not applicable"],
            ["4. Face Tally", "3 tries of 60 seconds each", "Redo if away more than 48 hours",
             "Kisan Seva Point within 15 days (BP-44)"],
            ["5. Mandate Knot", "Approve within 20 minutes; 3 attempts in 7 days", "Parked 10 days, then closed",
             "Wait until 7 days have passed (BP-58)"],
            ["6. Thumb Seal", "OTP valid 10 minutes; 2 tries", "Offer held 30 days",
             "Helpline reset in 1 working day (BP-66)"],
        ],
        caption="Table 1: Beejpath stages at a glance",
    )

    # ================================================================ halt codes
    g.heading("5. Halt codes and next steps")
    g.para("When the app cannot go on, it shows a halt code that starts with BP. Tell the helpline the code; "
           "it shows where the application stopped.")
    g.ruled_table(
        [48, 74, 150, 211],
        ["Code", "Stage", "What it means", "What to do next"],
        [
            ["BP-08", "Any", "Application not completed within 30 days", "Start a new application from Stage 1."],
            ["BP-11", "1. Seed Call", "Three wrong KhetCodes", "Wait 30 minutes and ask for a new KhetCode."],
            ["BP-14", "1. Seed Call", "Name on PAN does not match the name in Aadhaar",
             "Correct the name with the issuing authority, or apply at a Kisan Seva Point with a gazette "
             "notification."],
            ["BP-27", "2. Land Lens", "Land record could not be fetched from the state portal",
             "Upload a photo of a certified copy, or visit a Kisan Seva Point. Manual check within 2 working days."],
            ["BP-31", "2. Land Lens", "Cultivated area is below the minimum for the chosen variant",
             "Accept the lower variant offered in the app; your progress is kept."],
            ["BP-36", "2. Land Lens", "Land record already linked to another HalDhara card",
             "You cannot apply on this land record. Call the helpline if you think the link is wrong."],
            ["BP-44", "4. Face Tally", "Live photo did not match 3 times",
             "Complete the stage at a Kisan Seva Point within 15 days, carrying your original Aadhaar."],
            ["BP-58", "5. Mandate Knot", "Mandate rejected by your bank, or 3 attempts used",
             "Check that the account is active and operated by you alone; retry after the 7-day window."],
            ["BP-61", "5. Mandate Knot", "Produce payments not found in the bank statement",
             "Upload a statement of another account in your name, or show sale receipts at a Kisan Seva Point."],
            ["BP-63", "Any", "Overdue farm or crop loan found in your credit record",
             "Clear the overdue amount; you may apply again 6 months after it is cleared."],
            ["BP-66", "6. Thumb Seal", "Both signing OTP tries failed or expired",
             "Call the helpline; signing is reset within 1 working day."],
            ["BP-90", "Any", "Sent for manual review", "No action needed. You get an SMS with the decision within "
             "4 working days."],
        ],
        caption="Table 2: Halt codes",
    )

    # ================================================================ limit
    g.heading("6. How your credit limit is worked out")
    g.para("For each crop in your Crop Canvas plan, the acres are multiplied by the Crop Scale below. The "
           "amounts for all crops in the 12-month plan are added, 10% is added for farm upkeep, and the result is "
           "rounded down to the nearest Rs. 1,000. The limit is then kept within the range of the variant your "
           "land and income qualify for.")
    g.plain_table(
        [LM + 8, LM + 170, LM + 290],
        ["Crop group", "Crop Scale per acre", "Counted for"],
        [
            ["Cereals and millets", "Rs. 18,000", "Each season the crop is grown"],
            ["Pulses and oilseeds", "Rs. 16,500", "Each season the crop is grown"],
            ["Cotton and soybean", "Rs. 24,000", "Each season the crop is grown"],
            ["Vegetables and flowers", "Rs. 32,000", "Each season the crop is grown"],
            ["Sugarcane", "Rs. 52,000", "Once a year"],
            ["Orchards and plantations", "Rs. 45,000", "Once a year"],
        ],
        caption="Crop Scale for crop year 2025-26",
    )
    g.subheading("Worked example")
    g.para("A farmer plans soybean on 3 acres in Kharif and gram (a pulse) on 2 acres in Rabi. Soybean: "
           "3 x Rs. 24,000 = Rs. 72,000. Gram: 2 x Rs. 16,500 = Rs. 33,000. Total Rs. 1,05,000, plus 10% for farm "
           "upkeep = Rs. 1,15,500, rounded down to Rs. 1,15,000. This fits HalDhara Fasal.")
    g.para("The Crop Scale is revised every year on 1 April. Limits are reviewed once a year in April; you may "
           "also ask for a review after you add land, at most once between two April reviews.")

    # ================================================================ billing modes
    g.heading("7. Monthly Cycle and Harvest Cycle")
    g.para("You choose a billing mode in Mandate Knot. You can switch once in a crop year (1 April to 31 March) "
           "in Khet app > Billing; the change applies from the next statement.")
    g.ruled_table(
        [150, 160, 173],
        ["Feature", "Monthly Cycle", "Harvest Cycle"],
        [
            ["Which purchases", "All purchases", "Input purchases at KhetSaathi partner dealers; other spends "
             "follow the monthly cycle"],
            ["When you pay", "Each month, 20 days after the statement date",
             "On the Harvest Due Date of each purchase: 120 days after the purchase (150 days for sugarcane and "
             "orchard plans on Samriddhi)"],
            ["Interest before the due date", "None if the full bill is paid", "None"],
            ["Share of limit that can be used", "100%", "Up to 70% of the limit at one time"],
            ["Auto-debit mandate", "Optional", "Compulsory"],
            ["Minimum single purchase", "None", "Rs. 2,000"],
        ],
        caption="Table 3: Comparing the billing modes",
    )
    g.footnote("** A Relief Pause can be used once in a crop year. It does not apply to cash withdrawals, "
               "EMI instalments or annual fees.", need=90)
    g.subheading("Monsoon Shield")
    g.para("If the state government declares your taluka drought-affected or flood-affected, you can ask for a "
           "Relief Pause in the app within 45 days of the declaration.** All Harvest Due Dates falling in the "
           "next 90 days move forward by 90 days, and no interest is charged for the extra days. On Monthly "
           "Cycle, late payment charges are waived for the next 2 statements, but interest still applies.")

    # ================================================================ fees
    g.footnote("* Spends are counted over the card year from the month the card is issued. Cash withdrawals, "
               "fees and EMI instalments are not counted.", need=150)
    g.heading("8. Fees and charges")
    g.para("Fees are shown before GST. GST at 18% is added to fees, charges and interest.")
    g.ruled_table(
        [173, 100, 105, 105],
        ["Charge", "Ankur", "Fasal", "Samriddhi"],
        [
            ["Joining fee", "Nil", "Rs. 399", "Rs. 1,199"],
            ["Annual fee (from the second year)", "Rs. 99", "Rs. 399", "Rs. 1,199"],
            ["Annual fee waived if yearly spends reach*", "Rs. 25,000", "Rs. 1,00,000", "Rs. 3,50,000"],
            ["Add-on card", "Not offered", "Rs. 149 a year (spouse or adult child)", "Free, up to 2 cards"],
            ["Interest on revolving credit and cash (Monthly Cycle)", "2.49% per month", "2.25% per month",
             "1.99% per month"],
            ["Interest after a Harvest Due Date is missed", "1.75% per month", "1.5% per month",
             "1.25% per month"],
            ["Cash withdrawal limit", "20% of the credit limit", "20% of the credit limit",
             "20% of the credit limit"],
            ["Cash withdrawal fee", "2% (minimum Rs. 250)", "2% (minimum Rs. 250)", "1.5% (minimum Rs. 200)"],
            ["Going over the limit", "Not allowed; the transaction is declined", "Not allowed",
             "Not allowed"],
            ["Foreign currency markup", "3.5%", "3.5%", "2%"],
            ["Card replacement", "Rs. 100", "Rs. 100", "Free"],
            ["Paying the bill in cash at a branch", "Free", "Free for 4 payments a month, then Rs. 50 each",
             "Free"],
            ["Paying the bill in cash to a Bhoomisetu Mitra", "Rs. 20 per payment", "Rs. 20 per payment",
             "Rs. 20 per payment"],
            ["Second change of billing mode in a crop year", "Rs. 199", "Rs. 199", "Rs. 199"],
            ["Paper statement by post", "Free", "Rs. 30 per statement", "Rs. 30 per statement"],
            ["Cheque or mandate return", "Rs. 350", "Rs. 350", "Rs. 350"],
        ],
        caption="Table 4: Fees and charges",
    )

    g.subheading("Late payment charges")
    g.para("A late payment charge applies when the minimum amount due on a Monthly Cycle statement, or the "
           "amount of a Harvest Due Date, is not paid on time. The same slabs apply to all three variants.",
           gap_after=2)
    g.ruled_table(
        [190, 146, 147],
        ["Amount not paid on time", "Monthly Cycle statement", "Harvest Due Date"],
        [
            ["Up to Rs. 1,000", "Nil", "Nil"],
            ["Rs. 1,001 to Rs. 10,000", "Rs. 300", "Rs. 200"],
            ["Rs. 10,001 to Rs. 50,000", "Rs. 600", "Rs. 450"],
            ["Rs. 50,001 to Rs. 2,00,000", "Rs. 950", "Rs. 700"],
            ["Above Rs. 2,00,000", "Rs. 1,250", "Rs. 1,000"],
        ],
        caption="Table 5: Late payment charge slabs",
    )

    # ================================================================ benefits
    g.heading("9. Benefits and rewards")
    g.para("Value-back is credited to the card account and shown in the next statement. Caps are per statement "
           "cycle unless the table says otherwise.")
    g.ruled_table(
        [155, 108, 110, 110],
        ["Benefit", "Ankur", "Fasal", "Samriddhi"],
        [
            ["Seeds, fertiliser and crop protection at KhetSaathi dealers", "2% value-back, up to Rs. 250",
             "3% value-back, up to Rs. 900", "3.5% value-back, up to Rs. 2,500"],
            ["Tractor and harvester hire through the YantraSetu app", "5% off, up to Rs. 200",
             "7.5% off, up to Rs. 600", "10% off, up to Rs. 1,500"],
            ["Diesel surcharge waiver at any fuel station (Rs. 400 to Rs. 5,000 per transaction)",
             "Up to Rs. 100", "Up to Rs. 250", "Up to Rs. 500"],
            ["No-cost EMI on drip and sprinkler sets (minimum Rs. 10,000)", "6 months", "6 or 9 months",
             "6, 9 or 12 months"],
            ["Soil tests at partner laboratories", "1 free test a year", "2 free tests a year",
             "4 free tests a year"],
            ["Cattle feed and veterinary medicines", "1 point per Rs. 100", "2 points per Rs. 100",
             "3 points per Rs. 100"],
            ["Electricity bills for farm pumps and mobile recharges", "2 points per Rs. 100, up to 300 points",
             "2 points per Rs. 100, up to 600 points", "4 points per Rs. 100, up to 1,200 points"],
            ["All other eligible spends", "1 point per Rs. 200", "1 point per Rs. 150", "2 points per Rs. 150"],
            ["Personal accident cover", "Rs. 1 lakh", "Rs. 3 lakh", "Rs. 7.5 lakh"],
            ["Cover for stored inputs against fire and theft", "Not included", "Up to Rs. 25,000 a year",
             "Up to Rs. 75,000 a year"],
            ["Mandi price and weather SMS alerts", "Free", "Free", "Free"],
        ],
        caption="Table 6: Benefits by variant",
    )
    g.footnote("* Stored-input cover applies only to inputs bought with the card in the 30 days before the loss, "
               "and the claim must be made within 21 days of the loss, with a police report for theft.", need=60)
    g.para("Stored-input cover* and personal accident cover are provided free of cost. No value-back or points "
           "are earned on cash withdrawals, fuel other than the surcharge waiver, rent, wallet loads, insurance "
           "premiums or government fees. Value-back and points are taken back if a purchase is refunded.")

    g.subheading("Reward points")
    g.label("Value of 1 point", "Rs. 0.20 as statement credit, or Rs. 0.25 as KhetSaathi Input Credit")
    g.label("Minimum redemption", "400 points")
    g.label("Validity", "36 months from the month in which the points are earned")
    g.label("How to redeem", "Khet app > Rewards, or SMS REDEEM to 56161")

    # ================================================================ statements
    g.heading("10. Statements, payments and interest")
    g.label("Statement date", "the 7th or the 22nd of each month, chosen in Mandate Knot")
    g.label("Payment due date (Monthly Cycle)", "20 days after the statement date")
    g.label("Minimum amount due", "5% of the total amount due or Rs. 150, whichever is higher, plus any EMI "
            "instalment")
    g.label("Ways to pay", "auto-debit, UPI, Khet app, NEFT, cash at a branch, or cash to a Bhoomisetu Mitra "
            "(up to Rs. 20,000 a day)")
    g.label("Statement languages", "Marathi, Hindi, English, Kannada and Telugu")
    g.para("On Monthly Cycle, if you pay less than the full amount, interest runs on each purchase from its date "
           "until it is paid in full. On Harvest Cycle, a purchase that is not paid on its Harvest Due Date "
           "attracts interest from that due date only, at the rate in Table 4, and it also gets a late payment "
           "charge.")
    g.subheading("Worked example (HalDhara Fasal, Harvest Cycle)")
    g.para("Fertiliser bought for Rs. 40,000 on 10 June has a Harvest Due Date of 8 October. If only Rs. 25,000 "
           "is paid by then, interest at 1.5% per month runs on the remaining Rs. 15,000 from 8 October, and a "
           "late payment charge of Rs. 450 applies.")

    g.heading("11. Card controls and safety")
    g.bullet("when it is on, the card works only at KhetSaathi dealers and other farm-input merchants. It "
             "is useful when a family member or farm worker carries the card to the shop.", lead="Mandi Mode: ")
    g.bullet("Contactless payments are limited to Rs. 5,000 per tap.")
    g.bullet("Online, international and ATM use are switched off at issue; turn them on in Khet app > Card "
             "Controls.")
    g.bullet("To block a lost card, send BLOCK and the last 4 digits of the card to 56161, or call the helpline.")
    g.bullet("Report an unauthorised transaction within 3 working days and your liability is zero. If you report "
             "it within 4 to 7 working days, your liability is capped at Rs. 2,500.")
    g.bullet("Bhoomisetu Bank never asks for your KhetCode, Aadhaar OTP, card PIN or CVV on a call, message "
             "or visit.")

    # ================================================================ timelines
    g.heading("12. Key timelines")
    g.ruled_table(
        [250, 233],
        ["Event", "Timeline"],
        [
            ["Decision after Thumb Seal", "Usually within 10 minutes; up to 4 working days under manual review "
             "(BP-90)"],
            ["Virtual card in the Khet app", "Within 1 hour of approval"],
            ["Physical card delivered", "10 working days; 15 working days for villages without a post office"],
            ["Card activation", "Within 45 days of issue; an unused card is closed on day 50"],
            ["Value-back credited", "In the statement after the purchase"],
            ["Harvest Due Date reminder", "SMS 15 days and 3 days before the date"],
            ["Relief Pause request", "Within 45 days of the government declaration; answered within "
             "5 working days"],
            ["Stored-input cover claim", "Within 21 days of the loss"],
            ["Disputed transaction", "Raise within 30 days of the statement; resolved within 60 days"],
            ["Refund of a credit balance", "Within 7 working days of your request"],
            ["Card closure", "Within 7 working days after all dues are paid"],
        ],
        caption="Table 7: Key timelines",
    )

    # ================================================================ FAQ
    g.heading("13. Frequently asked questions")
    faqs = [
        ("My land is in my father's name. Can I still apply?",
         "Yes. Your father gives a Family Land Consent in the app with his own KhetCode. He cannot then use the "
         "same land record for a card of his own."),
        ("Can I buy seeds at any shop on Harvest Cycle?",
         "No. Harvest Cycle works only at KhetSaathi partner dealers. At other shops the card works on the "
         "Monthly Cycle."),
        ("I have only a basic phone. Can I use the card?",
         "Yes. Dial *676*44# to check your balance and due dates, and visit a Kisan Seva Point to apply."),
        ("Do I need to mortgage my land?",
         "No. No land mortgage, guarantor or collateral is taken for any variant."),
        ("Can I pay the bill after I sell my crop at the mandi?",
         "Yes, on Harvest Cycle. Each input purchase is due 120 days after it is made, which covers most crop "
         "seasons."),
        ("My crop failed because of hail, but there was no government declaration. Can I get a Relief Pause?",
         "No. A Relief Pause needs a drought or flood declaration for your taluka. Call the helpline to discuss "
         "an EMI plan instead."),
        ("Can I move from Ankur to Fasal?",
         "Yes, at the April review, or earlier if you add land, once your land and income meet the Fasal "
         "conditions. The Fasal joining fee is waived on an upgrade."),
        ("Can I withdraw cash to pay farm workers?",
         "Yes, up to 20% of your credit limit, with the cash withdrawal fee and interest from the day of "
         "withdrawal."),
    ]
    for i, (q, a) in enumerate(faqs, 1):
        g.ensure(BODY * LEAD * (1 + len(wrap_runs([(a, REG)], RM - LM - 14, BODY))) + 6)
        g.rich([(f"Q{i}. {q}", BOLD)], gap_after=0.5)
        g.para(a, indent=14, gap_after=4)

    # ================================================================ contact
    g.heading("14. Contact us and grievance redressal")
    g.label("Kisan Card Helpline", "1800-233-5151 (toll-free, 7 am to 9 pm, all days)")
    g.label("WhatsApp", "+91-94220-35151 (send NAMASTE to start)")
    g.label("E-mail", "haldhara.care@bhoomisetu-bank.example")
    g.label("Website", "www.bhoomisetu-bank.example/haldhara")
    g.label("Post", "Kisan Card Cell, Bhoomisetu Bank Ltd., 22 Krishi Bhavan Marg, Civil Lines, Akola 444001")
    g.para("Take a complaint up one level at a time, and keep the complaint number sent to you by SMS.",
           gap_after=2)
    g.ruled_table(
        [60, 185, 140, 98],
        ["Level", "Whom to contact", "When to go to this level", "Reply within"],
        [
            ["Level 1", "Kisan Card Helpline, WhatsApp, e-mail, any Kisan Seva Point, or Help > Complaint in the "
             "Khet app", "Any complaint", "7 working days"],
            ["Level 2", "Grievance Redressal Officer, Mrs. Sunanda Deshmukh, gro.haldhara@bhoomisetu-bank.example, "
             "0724-245-3100 (10 am to 5 pm, Monday to Friday)",
             "No reply within 7 working days, or not satisfied with Level 1", "10 working days"],
            ["Level 3", "Principal Nodal Officer, Mr. Harpreet Sandhu, nodal.officer@bhoomisetu-bank.example, "
             "0724-245-3199", "No reply from Level 2 within 10 working days, or not satisfied",
             "15 working days"],
            ["Level 4", "Banking Ombudsman of the Reserve Bank of India",
             "Not resolved within 30 days of the first complaint to the bank", "As per the Ombudsman scheme"],
        ],
        caption="Table 8: Grievance escalation",
    )
    g.para("Complaints about the quality of seeds, fertiliser or other goods bought from a dealer are handled by "
           "the dealer and the KhetSaathi network, not by the bank: call 1800-419-7788 or write to "
           "quality@khetsaathi.example.")

    return g.finish(OUT)


if __name__ == "__main__":
    pages = build()
    print(f"wrote {OUT} ({pages} pages)")
