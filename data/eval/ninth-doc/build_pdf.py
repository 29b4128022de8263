"""Build the ninth fictional product document (a blind generality test).

Writes suvarnadeep-neev-secured-credit-card.pdf next to this script, with
PyMuPDF and the built-in Helvetica fonts only. Metadata dates are fixed and
the file is saved with no_new_id=True, so a rebuild gives the same bytes.

    cd /work/main && .venv/bin/python data/eval/ninth-doc/build_pdf.py

Everything in the document (bank, card, partner merchants, app, people,
numbers, phone numbers, e-mail addresses, URLs) is fictional.
"""

from pathlib import Path

import pymupdf

HERE = Path(__file__).resolve().parent
OUT = HERE / "suvarnadeep-neev-secured-credit-card.pdf"

PAGE_W, PAGE_H = pymupdf.paper_size("a4")
LEFT, RIGHT = 50.0, PAGE_W - 50.0
TOP, BOTTOM = 78.0, PAGE_H - 62.0
WIDTH = RIGHT - LEFT

FONT, BOLD = "helv", "hebo"
SIZE, LEAD = 9.2, 12.3
TABLE_SIZE, TABLE_LEAD = 8.2, 10.5
NOTE_SIZE, NOTE_LEAD = 7.6, 9.6
BLACK = (0, 0, 0)
GREY = (0.38, 0.38, 0.38)
TEAL = (0.02, 0.38, 0.40)
SHADE = (0.88, 0.95, 0.95)

HEADER_LEFT = "Suvarnadeep Bank Ltd.  |  Neev Secured Credit Card"
HEADER_RIGHT = "Customer Guide - Version 3.0 - Effective 1 September 2025"
FOOTER_LEFT = "Ref. SDB/CARDS/NEEV/2025-09  |  Fictional document written for evaluation only"
FOOTER_SUB = ("Suvarnadeep Bank Ltd., 12 Panchavati Link Road, Nashik 422003. "
              "Neev card care 1800-419-2626 (24x7).")


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
            page.draw_rect(pymupdf.Rect(0, PAGE_H - 5, PAGE_W, PAGE_H), color=None, fill=TEAL)
            page.insert_text((LEFT, 34), HEADER_LEFT, fontname=BOLD, fontsize=8.8, color=TEAL)
            w = tlen(HEADER_RIGHT, FONT, 7.8)
            page.insert_text((RIGHT - w, 34), HEADER_RIGHT, fontname=FONT, fontsize=7.8, color=GREY)
            page.draw_line((LEFT, 42), (RIGHT, 42), color=TEAL, width=1.0)
            page.draw_line((LEFT, PAGE_H - 49), (RIGHT, PAGE_H - 49), color=GREY, width=0.5)
            page.insert_text((LEFT, PAGE_H - 37), FOOTER_LEFT, fontname=FONT, fontsize=7.4, color=GREY)
            label = f"Page {i + 1} of {n}"
            w = tlen(label, FONT, 7.4)
            page.insert_text((RIGHT - w, PAGE_H - 37), label, fontname=FONT, fontsize=7.4, color=GREY)
            page.insert_text((LEFT, PAGE_H - 26), FOOTER_SUB, fontname=FONT, fontsize=6.9, color=GREY)

    # -- text blocks -----------------------------------------------------
    def title(self, text, subtitle):
        self.page.insert_text((LEFT, self.y + 15), text, fontname=BOLD, fontsize=19, color=TEAL)
        self.y += 26
        for line in wrap_plain(subtitle, FONT, 10.2, WIDTH):
            self.page.insert_text((LEFT, self.y + 11), line, fontname=FONT, fontsize=10.2, color=GREY)
            self.y += 13.5
        self.y += 6

    def heading(self, text, keep=4 * LEAD):
        self.ensure(18 + keep)
        self.y += 6
        self.page.insert_text((LEFT, self.y + 12), text, fontname=BOLD, fontsize=12, color=TEAL)
        self.page.draw_line((LEFT, self.y + 18), (LEFT + 40, self.y + 18), color=TEAL, width=1.2)
        self.y += 22

    def subheading(self, text, keep=3 * LEAD):
        self.ensure(14 + keep)
        self.y += 2
        self.page.insert_text((LEFT, self.y + 10), text, fontname=BOLD, fontsize=9.8, color=BLACK)
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
        self.ensure(len(wrap_runs(runs, WIDTH, NOTE_SIZE)) * NOTE_LEAD)
        self.para(text, lead=lead, size=NOTE_SIZE, leading=NOTE_LEAD, color=GREY)
        self.y -= 1.5

    def stage(self, number, name, rows):
        """A boxed stage of the application journey: rows are (label, text)."""
        pad = 6.0
        inner = WIDTH - 2 * pad
        need = 16
        for label, text in rows:
            need += len(wrap_runs([(label, BOLD), (text, FONT)], inner, SIZE)) * LEAD + 1
        need += pad
        self.ensure(need + 6)
        top = self.y
        self.page.draw_rect(pymupdf.Rect(LEFT, top, RIGHT, top + 15), color=None, fill=TEAL)
        self.page.insert_text((LEFT + pad, top + 11), f"Stage {number} - {name}", fontname=BOLD,
                              fontsize=9.6, color=(1, 1, 1))
        self.y += 18
        for label, text in rows:
            self.para(text, lead=label, x0=LEFT + pad, x1=RIGHT - pad)
            self.y -= 2.5
        self.y += 2
        self.page.draw_rect(pymupdf.Rect(LEFT, top, RIGHT, self.y), color=TEAL, width=0.7)
        self.y += 7

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
        self.ensure(need)
        start_y = self.y
        ends = []
        for (head, items), (x0, x1) in zip((left, right), xs):
            self.y = start_y
            self.page.draw_rect(pymupdf.Rect(x0, self.y, x1, self.y + 15), color=None, fill=SHADE)
            self.page.insert_text((x0 + 4, self.y + 11), head, fontname=BOLD, fontsize=9.4, color=TEAL)
            self.y += 19
            self.bullets(items, indent=0.0, x0=x0, x1=x1)
            ends.append(self.y)
        self.y = max(ends)
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
            self.page.insert_text((LEFT, self.y + 10), text, fontname=BOLD, fontsize=9.0, color=TEAL)
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
        "Suvarnadeep Neev Secured Credit Card",
        "A credit card backed by your own fixed deposit, for people building a credit history for the "
        "first time: students, first-job earners, homemakers and anyone without a credit score. "
        "Customer guide to applying, fees, rewards, billing, limits and help.",
    )

    # 1 -------------------------------------------------------------------
    w.heading("1. The card and its two variants")
    w.para(
        "The Neev Secured Credit Card is issued by Suvarnadeep Bank Ltd. (\"Suvarnadeep\" or \"the Bank\"). "
        "Instead of asking for salary slips or a credit score, the Bank marks a lien on a fixed deposit (FD) "
        "that you hold with it, and gives you a credit limit linked to the value of that deposit. Your FD "
        "keeps earning interest while it backs the card. Every month the Bank reports how you use and repay "
        "the card to the credit bureaus, so paying on time helps you build a credit score from zero."
    )
    w.para(
        "The word neev means foundation. There are two variants: Neev Start for a first card with a small "
        "deposit, and Neev Grow for customers who want a larger limit and a few more benefits. This guide "
        "explains who can apply, the six-stage online journey in the Deep Mobile app or at "
        "apply.suvarnadeepbank.in/neev, the codes that can stop an application, fees, Neev Points, "
        "billing, limits, timelines and whom to contact. The Most Important Terms and Conditions (MITC) "
        "that you e-sign at Stage 6 prevail over this guide if the two ever differ. All amounts are in "
        "Indian rupees (Rs.) and exclude GST at 18% unless stated otherwise."
    )
    w.table(
        [30, 35, 35],
        ["Feature", "Neev Start", "Neev Grow"],
        [
            ["Card network", "RuPay Platinum", "Visa Signature"],
            ["Minimum fixed deposit", "Rs. 10,000", "Rs. 50,000"],
            ["Credit limit", "85% of the FD amount", "90% of the FD amount"],
            ["Highest credit limit", "Rs. 4,25,000 (on an FD of Rs. 5,00,000)",
             "Rs. 18,00,000 (on FDs of Rs. 20,00,000)"],
            ["Joining fee / annual fee", "Nil / Rs. 299", "Rs. 499 / Rs. 499"],
            ["Interest-free period", "Up to 48 days", "Up to 48 days"],
            ["UPI payments with the credit card", "Yes (RuPay on UPI)", "No"],
            ["International use", "Not available", "Yes, once switched on in the app"],
            ["Add-on cards for family", "1", "Up to 2"],
            ["Neev Points on other spends", "1 point per Rs. 150", "2 points per Rs. 150"],
        ],
        caption="Table 1. The two variants at a glance",
    )
    w.para(
        "The limit is always worked out on the principal of the FD, not on interest added later. A Neev "
        "Start card can be backed by FDs of up to Rs. 5,00,000 in total; if you want to pledge more, choose "
        "Neev Grow, which accepts up to Rs. 20,00,000 across all pledged FDs."
    )

    # 2 -------------------------------------------------------------------
    w.heading("2. Who can apply and what you need")
    w.bullets([
        ("Age: ", "18 to 65 years for Neev Start and 21 to 65 years for Neev Grow, on the day you apply. "
         "Add-on cardholders must be 18 or older."),
        ("Residence: ", "resident Indians only. Non-resident Indians (NRIs) cannot apply, and an NRE or NRO "
         "deposit cannot back the card."),
        ("Income and credit history: ", "no income proof and no minimum credit score are needed. Applicants "
         "with an earlier card written off or settled within the last 24 months are not accepted."),
        ("The deposit: ", "a Suvarnadeep FD in your sole name, or a joint FD in which you are the first "
         "holder, with at least 12 months left to maturity and auto-renewal switched on. Tax-saver FDs "
         "(five-year lock-in), FDs already pledged for a loan and deposits held for a minor cannot be used."),
        ("One card per person: ", "you cannot hold a Neev card together with any other Suvarnadeep "
         "credit card."),
    ])
    w.subheading("Documents", keep=120)
    w.two_columns(
        ("If you open a new FD during the application", [
            "PAN card (mandatory; Form 60 is not accepted).",
            "Aadhaar for paperless e-KYC through DigiLocker.",
            "A savings account in your own name at any bank, to pay for the FD by UPI or net banking.",
            "A live photo, taken in the app at Stage 2.",
            "For Video KYC: the original PAN card, a plain white sheet of paper and a blue or black pen.",
        ]),
        ("If you use an FD you already hold", [
            "PAN card and Aadhaar, as for a new FD.",
            "The 14-digit FD account number, shown in Deep Mobile > Deposits.",
            "For a joint FD: the second holder's registered mobile, to approve the lien by OTP.",
            "No payment is needed at Stage 3.",
            "If your address has changed since the FD was opened, a current address proof (utility bill "
            "not older than 60 days, or a rent agreement).",
        ]),
    )

    # 3 -------------------------------------------------------------------
    w.heading("3. The online application: six stages", keep=160)
    w.para(
        "Apply in the Deep Mobile app (Cards > Neev) or at apply.suvarnadeepbank.in/neev. Each stage is saved "
        "as you finish it, and you can resume a saved application for 15 days; after that it is deleted and "
        "you must start again. Stage 5 needs a live officer; all other stages are self-service."
    )
    w.stage(1, "Quick Check", [
        ("You do: ", "enter your mobile number, PAN, date of birth and PIN code, and choose Neev Start or "
         "Neev Grow."),
        ("Time and validity: ", "about 3 minutes. The mobile OTP is valid for 3 minutes; after 3 wrong OTPs "
         "the application is locked for 30 minutes."),
        ("Good to know: ", "this stage only checks your details and makes no enquiry on your credit report."),
    ])
    w.stage(2, "Paperless KYC", [
        ("You do: ", "sign in to DigiLocker from the app, share your Aadhaar details, and take a live photo."),
        ("Time and validity: ", "about 5 minutes. The Aadhaar OTP is valid for 10 minutes. Stage 5 must be "
         "completed within 3 days of finishing this stage, or Stage 2 has to be repeated."),
    ])
    w.stage(3, "Deposit Setup", [
        ("You do: ", "open a new FD for at least the minimum of your variant, or select an FD you already hold. "
         "A new FD is paid by UPI (up to Rs. 1,00,000) or by net banking from your own account."),
        ("Time and validity: ", "the payment link stays open for 20 minutes. The FD is usually booked within "
         "30 minutes of payment; an FD paid after 8 PM is booked with the next day's date."),
        ("Good to know: ", "choose a tenure from 12 months to 5 years. Auto-renewal is switched on and cannot "
         "be switched off while the card is active."),
    ])
    w.stage(4, "Lien and Limit", [
        ("You do: ", "approve the lien on the FD by OTP, see your credit limit, and pick a statement date."),
        ("Time and validity: ", "about 2 minutes. The limit offer is valid for 72 hours. For a joint FD, the "
         "second holder has 48 hours to approve the lien by OTP."),
        ("Good to know: ", "a hard enquiry is made on your credit report only at this stage, when you accept "
         "the limit."),
    ])
    w.stage(5, "Video KYC", [
        ("You do: ", "join a video call with a Bank officer, show your original PAN card, sign on a white "
         "sheet and answer a few questions."),
        ("Time and hours: ", "about 6 minutes. Officers are available from 8 AM to 10 PM on all days, "
         "including Sundays, except national holidays. You can try up to 3 times."),
        ("Good to know: ", "sit in a well-lit room in India; calls from outside India are ended by the officer."),
    ])
    w.stage(6, "e-Sign and Activate", [
        ("You do: ", "read the MITC, e-sign it with an Aadhaar OTP, and set your card PIN in the app."),
        ("Time and validity: ", "the e-Sign link is valid for 24 hours. Final approval follows within 2 working "
         "hours, and a virtual card appears in the app as soon as the card is approved."),
    ])
    w.para(
        "Service hours: the online journey is open 24x7, except for maintenance every Sunday from 12:30 AM to "
        "2:30 AM. Stage 5 runs only during the officer hours above. You can see where your application stands "
        "at any time under Deep Mobile > Cards > Track application, using the 12-character reference that "
        "starts with NV."
    )

    # 4 -------------------------------------------------------------------
    w.heading("4. Why an application stops and what to do", keep=200)
    w.para(
        "If the journey cannot continue, the app shows a code. The first two letters tell you the stage: QC for "
        "Quick Check, KY for KYC, FD for Deposit Setup, LL for Lien and Limit, VK for Video KYC and ES for "
        "e-Sign. RV means the application has gone to a credit officer."
    )
    w.table(
        [14, 40, 46],
        ["Code", "What it means", "What to do"],
        [
            ["QC-11", "Your PAN is not linked with your Aadhaar.",
             "Link them on the income-tax e-filing portal and apply again after 48 hours."],
            ["QC-14", "Your age is outside the range for the variant you chose.",
             "If you are 18 to 20, choose Neev Start; otherwise the application cannot continue."],
            ["QC-19", "You already hold a Suvarnadeep credit card.",
             "A second card is not issued. Raise the limit on your current card instead."],
            ["KY-22", "Aadhaar OTP failed 3 times.", "Wait 30 minutes, then resume Stage 2."],
            ["KY-27", "The name on your PAN and on Aadhaar do not match closely enough.",
             "Correct the name with the issuing authority, then apply again."],
            ["FD-31", "The FD was paid from an account that is not in your name.",
             "The money is returned to the source account within 5 working days. Pay again from your own "
             "account."],
            ["FD-34", "The FD you selected cannot back the card (tax-saver FD, less than 12 months to "
             "maturity, already pledged, or below the variant minimum).",
             "Select another FD or open a new one at Stage 3."],
            ["FD-36", "Payment received, FD not yet booked.",
             "Wait 30 minutes. If the FD is not booked within 2 hours, call the onboarding desk."],
            ["LL-42", "The joint holder did not approve the lien within 48 hours.",
             "Resend the request from the app, or use an FD in your sole name."],
            ["VK-51", "The video call dropped or the picture was not clear.",
             "Book another slot; you have up to 3 tries in all."],
            ["VK-55", "The officer could not verify you (for example, no original PAN card was shown).",
             "Book a new call after 24 hours with the original PAN card ready."],
            ["ES-61", "The e-Sign link expired before you signed.",
             "Go back to Stage 4 to accept a fresh limit offer, then e-sign again."],
            ["RV-70", "Sent for review by a credit officer.",
             "Nothing to do. A decision follows within 2 working days (officers work 10 AM to 6 PM, Monday "
             "to Friday)."],
        ],
        caption="Table 2. Stop codes",
    )
    w.note(
        "If an application is declined after the FD was booked, the FD stays in your name as an ordinary "
        "deposit. You may close it within 30 days of the decision without any premature-withdrawal penalty.",
        lead="Declined after Stage 3? ",
    )
    w.y += 4

    # 5 -------------------------------------------------------------------
    w.heading("5. Fees and charges", keep=260)
    w.table(
        [40, 30, 30],
        ["Fee or charge", "Neev Start", "Neev Grow"],
        [
            ["Joining fee", "Nil", "Rs. 499"],
            ["Annual fee (from the second year) [1]", "Rs. 299", "Rs. 499"],
            ["Add-on card", "Nil", "Nil"],
            ["Interest on unpaid balance", "3.10% a month (37.2% a year)", "2.85% a month (34.2% a year)"],
            ["Cash withdrawal fee [2]", "2.5% of the amount, minimum Rs. 300", "2.5% of the amount, minimum "
             "Rs. 300"],
            ["Foreign currency mark-up", "Not applicable", "2.49%"],
            ["Rent payment fee", "1% of the amount", "1% of the amount"],
            ["Over-limit fee", "2.5% of the over-limit amount, minimum Rs. 400",
             "2.5% of the over-limit amount, minimum Rs. 400"],
            ["Payment returned (cheque, auto-debit or NACH)", "Rs. 350", "Rs. 350"],
            ["Replacement card (lost, stolen or damaged)", "Rs. 150", "Nil"],
            ["Printed statement by post", "Rs. 60 per statement", "Rs. 60 per statement"],
            ["Cash payment of the bill at a branch [3]", "Rs. 100", "Rs. 100"],
            ["Lien release after closure", "Nil", "Nil"],
            ["Late payment fee", "See Table 5", "See Table 5"],
        ],
        caption="Table 3. Fees and charges",
    )
    w.note(
        "The annual fee is waived if the spends in the previous card year reach Rs. 40,000 on Neev Start or "
        "Rs. 1,20,000 on Neev Grow. Rent, wallet loads, cash withdrawals and EMI purchases do not count.",
        lead="[1] ",
    )
    w.note(
        "Interest on cash withdrawals runs from the day of withdrawal; there is no interest-free period.",
        lead="[2] ",
    )
    w.note("Not charged to cardholders aged 60 or above.", lead="[3] ")
    w.note("All fees, interest and charges attract GST at 18%.")
    w.y += 4

    # 6 -------------------------------------------------------------------
    w.heading("6. Neev Points and benefits", keep=260)
    w.para(
        "You earn Neev Points on eligible spends and extra benefits at partner merchants. Points are credited "
        "within 7 days of the statement date; partner cashback is credited by the next statement."
    )
    w.table(
        [38, 31, 31],
        ["Benefit", "Neev Start", "Neev Grow"],
        [
            ["PadhoPath online courses and exam fees", "5 points per Rs. 150", "10 points per Rs. 150"],
            ["TaazaTokri grocery orders", "5% cashback, up to Rs. 150 a month",
             "5% cashback, up to Rs. 400 a month"],
            ["Mobile recharges, broadband and OTT subscriptions", "3 points per Rs. 150",
             "4 points per Rs. 150"],
            ["UPI payments to merchants (RuPay on UPI)", "1 point per Rs. 150, up to 500 points a month",
             "Not applicable"],
            ["All other eligible spends", "1 point per Rs. 150", "2 points per Rs. 150"],
            ["Welcome points", "500 points on the first purchase within 30 days",
             "1,500 points on spends of Rs. 10,000 within 60 days"],
            ["On-time payment bonus", "250 points after 6 on-time payments in a row",
             "750 points after 6 on-time payments in a row"],
            ["Domestic airport lounge", "Not included",
             "1 visit a quarter, after spends of Rs. 30,000 in the previous quarter"],
            ["Fuel surcharge waiver (Rs. 400 to Rs. 4,000)", "1%, up to Rs. 100 a month",
             "1%, up to Rs. 250 a month"],
        ],
        caption="Table 4. Neev Points and benefits",
    )
    w.bullets([
        ("No points on: ", "fuel, rent, wallet loads, cash withdrawals, EMI purchases, government payments, "
         "and fees and charges."),
        ("Redeeming: ", "1 Neev Point is worth Rs. 0.20 as statement credit or Rs. 0.25 as PadhoPath course "
         "vouchers. You need at least 400 points to redeem."),
        ("Expiry: ", "points expire 36 months after the month in which they were earned. Points earned on "
         "add-on cards go to the primary cardholder."),
    ])

    # 7 -------------------------------------------------------------------
    w.heading("7. Billing, payments and your fixed deposit")
    w.bullets([
        ("Statement date: ", "the 5th, 12th, 19th or 26th of the month, chosen at Stage 4. It can be changed "
         "once a card year in Deep Mobile > Cards > Statement settings."),
        ("Payment due date: ", "18 days after the statement date, which gives 18 to 48 days without interest "
         "on purchases if the previous bill was paid in full."),
        ("Minimum Amount Due (MAD): ", "5% of the total amount due or Rs. 200, whichever is higher, plus any "
         "EMI instalment and any amount over the limit."),
        ("Grace: ", "a late payment fee is charged only if the MAD is still unpaid 3 days after the due date."),
        ("Paying part of the bill: ", "interest is charged on each purchase from the date of the transaction, "
         "and new purchases get no interest-free period until the bill is cleared in full."),
        ("Ways to pay: ", "Deep Mobile or net banking (credited immediately), UPI, NEFT or IMPS from another "
         "bank (credited within 1 working day), auto-debit from a Suvarnadeep savings account, or cash at "
         "a branch (up to Rs. 50,000 a month)."),
    ])
    w.table(
        [55, 45],
        ["Total amount due on the statement", "Late payment fee"],
        [
            ["Up to Rs. 200", "Nil"],
            ["Rs. 201 to Rs. 2,000", "Rs. 150"],
            ["Rs. 2,001 to Rs. 10,000", "Rs. 400"],
            ["Rs. 10,001 to Rs. 25,000", "Rs. 750"],
            ["Above Rs. 25,000", "Rs. 1,000"],
        ],
        caption="Table 5. Late payment fee (both variants)",
    )
    w.para(
        "Neev EasyEMI: a purchase of Rs. 2,500 or more can be split into 3, 6, 9 or 12 monthly instalments "
        "within 30 days of the purchase, under Cards > Convert to EMI. Interest is 14% a year on a reducing "
        "balance for every tenure, with a processing fee of Rs. 99. Foreclosing an EMI costs 2% of the "
        "principal still outstanding."
    )
    w.subheading("Your fixed deposit while the card is active", keep=100)
    w.bullets([
        ("Interest: ", "the FD earns interest at the rate that applied on the day it was booked, and the "
         "interest is paid or added to the FD as you chose when opening it."),
        ("No premature closure: ", "the FD cannot be closed or part-withdrawn while the lien is in place. At "
         "maturity it renews automatically for the same tenure, and the lien moves to the renewed FD."),
        ("If dues stay unpaid: ", "when any amount is overdue for 90 days, the Bank sends a 15-day notice by "
         "SMS and e-mail. If the dues are still unpaid after the notice, the Bank recovers them from the FD."),
        ("Raising the limit: ", "pledge an extra FD of at least Rs. 5,000 in the app (Cards > Increase limit). "
         "The higher limit is available within 2 working days."),
        ("Closing the card: ", "once all dues are paid, the card is closed within 7 working days and the lien "
         "is released within 3 working days after that. Unredeemed Neev Points lapse on closure."),
    ])

    # 8 -------------------------------------------------------------------
    w.heading("8. Limits and card controls", keep=240)
    w.table(
        [40, 30, 30],
        ["Limit", "Neev Start", "Neev Grow"],
        [
            ["Cash withdrawal limit", "20% of the credit limit", "25% of the credit limit"],
            ["ATM cash withdrawal per day", "Rs. 10,000", "Rs. 25,000"],
            ["UPI spends per day (RuPay on UPI)", "Rs. 20,000", "Not applicable"],
            ["Virtual card before the physical card is activated", "Rs. 10,000", "Rs. 20,000"],
            ["Add-on cards", "1", "Up to 2"],
            ["Add-on card spend limit", "Up to 50% of the credit limit", "Up to 50% of the credit limit"],
            ["Total FDs that can back the card", "Up to Rs. 5,00,000", "Up to Rs. 20,00,000"],
            ["Extra FD to raise the limit", "At least Rs. 5,000", "At least Rs. 5,000"],
        ],
        caption="Table 6. Limits",
    )
    w.bullets([
        ("Add-on cards: ", "for a parent, spouse, child or sibling aged 18 or above, requested in Deep Mobile > "
         "Cards > Add-on. Add-on cards cannot withdraw cash."),
        ("Card controls: ", "switch online, contactless, ATM and (on Neev Grow) international use on or off, "
         "and set a limit for each kind of use, under Deep Mobile > Cards > Controls. International use is off "
         "when the card is issued."),
        ("Unauthorised transactions: ", "block the card at once. If you report within 3 working days of the "
         "alert, you are not liable for the loss."),
        ("Disputes: ", "raise them in the app within 60 days of the statement date. No interest or late fee is "
         "charged on the disputed amount while it is being looked into; the Bank resolves disputes within 30 "
         "days."),
        ("Moving to an unsecured card: ", "after 12 months of on-time payments and a credit score of 720 or "
         "more, you can ask the Bank to review you for the unsecured Suvarnadeep Udaan Credit Card. If you "
         "are approved, the lien on your FD is released within 3 working days of the Udaan card being issued."),
    ])

    # 9 -------------------------------------------------------------------
    w.heading("9. Service hours and timelines", keep=240)
    w.table(
        [50, 50],
        ["Service", "Hours or timeline"],
        [
            ["Online application (all stages except Video KYC)", "24x7, except Sunday 12:30 AM to 2:30 AM"],
            ["Video KYC", "8 AM to 10 PM on all days, except national holidays"],
            ["Credit officer review (code RV-70)", "10 AM to 6 PM, Monday to Friday; decision within 2 working "
             "days"],
            ["Final approval after e-Sign", "Within 2 working hours"],
            ["Virtual card", "In the app as soon as the card is approved"],
            ["Physical card dispatch", "Within 3 working days of approval, by Speed Post"],
            ["FD booking after payment", "Usually within 30 minutes; next-day date if paid after 8 PM"],
            ["Higher limit after an extra FD", "Within 2 working days"],
            ["Lien release after card closure", "Within 3 working days"],
            ["Saved application kept", "15 days"],
            ["Complaint acknowledgement / resolution", "1 working day / within 30 days"],
        ],
        caption="Table 7. Service hours and timelines",
    )

    # 10 ------------------------------------------------------------------
    w.heading("10. Frequently asked questions")
    faq = [
        ("I am a college student with no income. Can I get the card?",
         "Yes, if you are 18 or older and can open an FD of at least Rs. 10,000 in your own name for Neev "
         "Start. No income proof is asked for."),
        ("Will applying lower my credit score?",
         "Stage 1 makes no enquiry at all. A hard enquiry is made only when you accept the limit at Stage 4."),
        ("Can my father pay for my FD?",
         "No. The FD must be paid from an account in your own name; payments from anyone else's account are "
         "returned (code FD-31). He can transfer the money to your account first."),
        ("Can I break the FD in an emergency?",
         "Not while it backs the card. Close the card and clear the dues first; the lien is released within 3 "
         "working days after closure."),
        ("Does the FD interest count towards my credit limit?",
         "No. The limit is based on the principal only."),
        ("Can I use my Neev Start card abroad?",
         "No. Neev Start works only in India. Neev Grow can be used abroad once you switch on international "
         "use in the app; a 2.49% mark-up applies."),
        ("How do I pay with UPI using the card?",
         "Link the Neev Start card to any UPI app as a RuPay credit card and pay merchants by scanning a QR "
         "code. Sending money to a person's UPI ID is not allowed."),
        ("What if I miss a payment?",
         "A late payment fee applies as in Table 5 and the missed payment is reported to the credit bureaus. "
         "Your FD is used only if an amount stays overdue for 90 days and remains unpaid after a 15-day notice."),
        ("I lost my card. What should I do?",
         "Block it at once in Deep Mobile > Cards > Block, call 1800-419-2626 at any time, or send the SMS "
         "BLK followed by the last 4 digits of the card to 5607011 from your registered mobile."),
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
            ["Neev card care (toll-free in India)", "1800-419-2626", "24x7"],
            ["Calling from abroad (chargeable)", "+91-253-667-2626", "24x7"],
            ["Onboarding desk (help with an application)", "1800-419-2640; neev.apply@suvarnadeepbank.in",
             "8 AM to 10 PM, all days"],
            ["WhatsApp support (send \"Neev\")", "+91 98220 41926", "24x7"],
            ["Card and billing queries by e-mail", "neev.care@suvarnadeepbank.in", "Reply within 2 working days"],
            ["FD and lien desk", "fd.lien@suvarnadeepbank.in", "Reply within 2 working days"],
            ["Principal Nodal Officer: Mr. Anirudh Deshpande", "0253-240-7711; nodal@suvarnadeepbank.in",
             "10 AM to 5:30 PM, Monday to Friday"],
        ],
        caption="Table 8. Contacts",
    )
    w.para(
        "Apply, resume or track an application at apply.suvarnadeepbank.in/neev or in Deep Mobile. This guide "
        "and the MITC are available at www.suvarnadeepbank.in/neev."
    )
    w.para(
        "Escalation: first write to neev.care@suvarnadeepbank.in. If there is no reply within 10 days, or you "
        "are not satisfied with it, write to the Principal Nodal Officer. If your complaint is still not "
        "resolved 30 days after you first raised it, you may approach the Reserve Bank of India ombudsman."
    )

    w.decorate()
    w.doc.set_metadata({
        "title": "Suvarnadeep Neev Secured Credit Card - Customer Guide",
        "author": "Suvarnadeep Bank Ltd. (fictional)",
        "subject": "Secured credit card against a fixed deposit (fictional, for evaluation)",
        "keywords": "secured credit card, fixed deposit, first credit card, fictional",
        "creator": "build_pdf.py",
        "producer": "PyMuPDF",
        "creationDate": "D:20250901100000+05'30'",
        "modDate": "D:20250901100000+05'30'",
    })
    w.doc.save(OUT, garbage=3, deflate=True, no_new_id=True)
    print(f"wrote {OUT} ({len(w.doc)} pages)")


if __name__ == "__main__":
    build()
