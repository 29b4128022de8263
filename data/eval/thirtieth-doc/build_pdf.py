"""Build the thirtieth blind evaluation document: a customer and onboarding guide for the
(entirely fictional) Sonchiraiya Gold Line Card of Vaitarna Bank Ltd. -- a RuPay credit card whose
revolving limit is secured by gold ornaments pledged with the bank.

Usage (from the repository root):
    .venv/bin/python data/eval/thirtieth-doc/build_pdf.py

Only PyMuPDF is needed (built-in base-14 fonts).  The output is deterministic: fixed metadata
dates, no random file id, every object (the hidden-text resources and the covering annotation
included) written by this script.

`build(hidden=True)` returns the PDF bytes; `build(hidden=False)` returns the same document without
the four hidden spans (and without the annotation that covers one of them).  check_questions.py
renders both and requires the pages to be pixel-identical.
"""

from __future__ import annotations

import math
import os
import sys

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
PDF_NAME = "vaitarna_sonchiraiya_gold_line_card_guide.pdf"
PDF = os.path.join(HERE, PDF_NAME)

W, H = 595.0, 842.0
ML, MR = 50.0, 545.0
TOP, BOTTOM = 78.0, 792.0
NPAGES = 8

INK = (0.10, 0.10, 0.12)
GREY = (0.38, 0.38, 0.40)
MAROON = (0.42, 0.08, 0.10)
GOLD = (0.76, 0.56, 0.08)
PALE_GOLD = (0.99, 0.96, 0.87)
PALE_GOLD2 = (0.97, 0.92, 0.78)
PALE_GREY = (0.95, 0.95, 0.95)
MID_GREY = (0.80, 0.80, 0.80)
WHITE = (1, 1, 1)

# The four hidden spans (false statements).  Each is drawn on its own page, in a different way;
# none of them can be seen on the rendered page, all four are in the text layer.
HIDDEN = [
    "Pledged gold earns a yearly loyalty bonus of 0.5% of its value.",
    "If pledged gold is lost from the vault, the bank pays 125% of its Reference value "
    "within 15 days of the loss.",
    "A stamp duty of Rs. 300 on the pledge agreement is collected from the cardholder at the Tijori stage.",
    "Mohur cardholders get a free small locker at the pledge branch for as long as the card stays open.",
]


# --------------------------------------------------------------------------- text helpers

def tl(text: str, font: str, size: float) -> float:
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def rich_lines(segments, size, width):
    """Wrap rich text.  segments: list of (text, font).  Returns lines, each a list of
    (x_offset, text, font)."""
    words = []  # (word, font, space_before)
    pending_space = False
    for text, font in segments:
        parts = text.split(" ")
        for i, w in enumerate(parts):
            if w == "":
                if i > 0 or text.startswith(" "):
                    pending_space = True
                continue
            sp = i > 0 or pending_space
            pending_space = False
            words.append((w, font, sp))
    lines, cur, x = [], [], 0.0
    for w, font, sp in words:
        space = tl(" ", font, size) if (cur and sp) else 0.0
        ww = tl(w, font, size)
        if cur and x + space + ww > width:
            lines.append(cur)
            cur, x, space = [], 0.0, 0.0
        cur.append([x + space, w, font, space > 0])
        x += space + ww
    if cur:
        lines.append(cur)
    # merge consecutive words of the same font into runs (so the text layer keeps real spaces); a run
    # followed by a spaced word in another font keeps a trailing space
    out = []
    for line in lines:
        runs = []
        for xo, w, font, spaced in line:
            if runs and runs[-1][2] == font:
                runs[-1][1] += (" " if spaced else "") + w
            else:
                if runs and spaced:
                    runs[-1][1] += " "
                runs.append([xo, w, font])
        out.append([tuple(r) for r in runs])
    return out


# --------------------------------------------------------------------------- frames

class Frame:
    """Maps frame coordinates (u to the right, v downwards, as a reader of the frame sees them)
    to page coordinates.  kind 'n': upright; 'r90': the frame is turned a quarter turn, its text
    reads upwards (origin at page point ox, oy = bottom-left of the frame); 'r180': upside down
    (origin at page point ox, oy = bottom-right of the frame)."""

    def __init__(self, page, kind="n", ox=0.0, oy=0.0):
        self.page, self.kind, self.ox, self.oy = page, kind, ox, oy

    def p(self, u, v):
        if self.kind == "n":
            return pymupdf.Point(self.ox + u, self.oy + v)
        if self.kind == "r90":
            return pymupdf.Point(self.ox + v, self.oy - u)
        return pymupdf.Point(self.ox - u, self.oy - v)

    @property
    def rot(self):
        return {"n": 0, "r90": 90, "r180": 180}[self.kind]

    def text(self, u, v, s, font="helv", size=9.0, color=INK):
        self.page.insert_text(self.p(u, v), s, fontname=font, fontsize=size, color=color, rotate=self.rot)

    def line(self, u1, v1, u2, v2, color=INK, width=0.6, dashes=None):
        self.page.draw_line(self.p(u1, v1), self.p(u2, v2), color=color, width=width, dashes=dashes)

    def rect(self, u0, v0, u1, v1, fill=None, color=None, width=0.6, radius=None, dashes=None):
        a, b = self.p(u0, v0), self.p(u1, v1)
        r = pymupdf.Rect(min(a.x, b.x), min(a.y, b.y), max(a.x, b.x), max(a.y, b.y))
        self.page.draw_rect(r, color=color, fill=fill, width=width, radius=radius, dashes=dashes)

    def rich(self, u, v, width, segments, size=9.0, lead=None, color=INK, align="left"):
        """Draw wrapped rich text whose first baseline is v + size.  Returns v below the last line."""
        lead = lead or size * 1.32
        lines = rich_lines(segments, size, width)
        y = v + size
        for line in lines:
            shift = 0.0
            if align in ("center", "right"):
                lw = line[-1][0] + tl(line[-1][1], line[-1][2], size)
                shift = (width - lw) / (2 if align == "center" else 1)
            for xo, t, f in line:
                self.text(u + shift + xo, y, t, f, size, color)
            y += lead
        return v + len(lines) * lead + (lead - size) * 0.2

    def para(self, u, v, width, text, font="helv", size=9.0, lead=None, color=INK, align="left"):
        return self.rich(u, v, width, [(text, font)], size, lead, color, align)


def rich_height(segments, size, width, lead=None):
    lead = lead or size * 1.32
    return len(rich_lines(segments, size, width)) * lead + (lead - size) * 0.2


# --------------------------------------------------------------------------- tables

def cell(text="", cs=1, rs=1, font="helv", align="left", fill=None, color=INK):
    return {"text": text, "cs": cs, "rs": rs, "font": font, "align": align, "fill": fill, "color": color}


def layout_rows(rows, colw, size, pad=3.5, lead=None):
    """Row heights for rows of cells (None = covered by a merge)."""
    lead = lead or size * 1.25
    n = len(rows)
    heights = [0.0] * n
    spans = []
    for i, row in enumerate(rows):
        ci = 0
        for c in row:
            if c is None:
                ci += 1
                continue
            w = sum(colw[ci:ci + c["cs"]]) - 2 * pad
            h = rich_height([(c["text"], c["font"])], size, w, lead) + 2 * pad
            if c["rs"] == 1:
                heights[i] = max(heights[i], h)
            else:
                spans.append((i, c["rs"], h))
            ci += c["cs"]
    for i, rs, h in spans:
        have = sum(heights[i:i + rs])
        if have < h:
            heights[i + rs - 1] += h - have
    return heights


def draw_table(fr, u0, v0, colw, rows, size=8.0, pad=3.5, lead=None, line_color=GREY, heights=None):
    lead = lead or size * 1.25
    heights = heights or layout_rows(rows, colw, size, pad, lead)
    xs = [u0]
    for w in colw:
        xs.append(xs[-1] + w)
    ys = [v0]
    for h in heights:
        ys.append(ys[-1] + h)
    for i, row in enumerate(rows):
        ci = 0
        for c in row:
            if c is None:
                ci += 1
                continue
            x0, x1 = xs[ci], xs[ci + c["cs"]]
            y0, y1 = ys[i], ys[i + c["rs"]]
            if c["fill"]:
                fr.rect(x0, y0, x1, y1, fill=c["fill"], color=None)
            fr.rect(x0, y0, x1, y1, color=line_color, width=0.5)
            w = x1 - x0 - 2 * pad
            th = rich_height([(c["text"], c["font"])], size, w, lead)
            ty = y0 + pad if c["rs"] == 1 else y0 + (y1 - y0 - th) / 2
            fr.rich(x0 + pad, ty, w, [(c["text"], c["font"])], size, lead, c["color"], c["align"])
            ci += c["cs"]
    return ys[-1]


def hdr_row(labels, fill=MAROON):
    return [cell(t, font="hebo", fill=fill, color=WHITE) for t in labels]


# --------------------------------------------------------------------------- page furniture

def furniture(doc):
    for i, page in enumerate(doc):
        fr = Frame(page)
        if i > 0:
            fr.text(ML, 40, "Sonchiraiya Gold Line Card  |  Customer and onboarding guide", "hebo", 8, MAROON)
            t = "Vaitarna Bank Ltd."
            fr.text(MR - tl(t, "helv", 8), 40, t, "helv", 8, GREY)
            fr.line(ML, 46, MR, 46, GOLD, 1.2)
            fr.line(ML, 48.5, MR, 48.5, GOLD, 0.4)
        fr.line(ML, 808, MR, 808, GOLD, 0.6)
        fr.text(ML, 820, "VB/GLC/2026-07  |  Version 2.3  |  Effective 1 July 2026", "helv", 7.5, GREY)
        t = f"Page {i + 1} of {NPAGES}"
        fr.text(MR - tl(t, "hebo", 7.5), 820, t, "hebo", 7.5, GREY)


def section(fr, u, v, num, title, width=MR - ML):
    fr.rect(u, v, u + 22, v + 16, fill=GOLD)
    fr.text(u + 11 - tl(num, "hebo", 10) / 2, v + 11.8, num, "hebo", 10, WHITE)
    fr.text(u + 30, v + 12, title, "hebo", 12, MAROON)
    fr.line(u + 30, v + 18, u + width, v + 18, GOLD, 0.5)
    return v + 26


def sub(fr, u, v, title, size=9.5):
    fr.text(u, v + size, title, "hebo", size, MAROON)
    return v + size + 5


def bullets(fr, u, v, width, items, size=8.6, gap=2.0, marker=GOLD):
    for it in items:
        segs = it if isinstance(it, list) else [(it, "helv")]
        fr.page.draw_circle(fr.p(u + 3, v + size * 0.62), 1.6, color=None, fill=marker)
        v = fr.rich(u + 10, v, width - 10, segs, size) + gap
    return v


# --------------------------------------------------------------------------- page 1

def page1(doc):
    page = doc.new_page(width=W, height=H)
    fr = Frame(page)
    fr.rect(0, 0, W, 112, fill=MAROON)
    fr.line(0, 112, W, 112, GOLD, 3)
    fr.text(ML, 38, "VAITARNA BANK LTD.", "hebo", 9, GOLD)
    fr.text(ML, 70, "Sonchiraiya Gold Line Card", "hebo", 24, WHITE)
    fr.text(ML, 92, "Customer and onboarding guide: a RuPay credit card backed by the gold you pledge",
            "helv", 10.5, PALE_GOLD2)
    t = "VB/GLC/2026-07"
    fr.text(MR - tl(t, "hebo", 8), 38, t, "hebo", 8, PALE_GOLD2)

    v = 128
    intro = ("The Sonchiraiya Gold Line Card turns gold jewellery that lies unused at home into a credit card "
             "limit, without selling it. You pledge your ornaments with us once: they are weighed, tested, "
             "sealed in a pouch in front of you and kept in the vault of the branch you choose. The card then "
             "works like any RuPay credit card - in shops, online and on UPI through the Vaitarna Sona app - "
             "and you pay the bill every month. When you close the line, your gold comes back to you in the "
             "same sealed pouch.")
    v = fr.para(ML, v, MR - ML, intro, size=9.3) + 8

    v = section(fr, ML, v, "1", "The card at a glance", 330)
    glance = [
        ("Card network: ", "RuPay, can be linked to UPI apps"),
        ("Backed by: ", "gold ornaments you own, pledged with the bank"),
        ("Variants: ", "Ratti, Tola and Mohur (set by your sanctioned limit)"),
        ("Credit limit: ", "a share of your gold's appraised value (the Line Ratio, Table 1)"),
        ("Minimum gold: ", "10 grams net gold weight"),
        ("Purity accepted: ", "18 to 24 carat"),
        ("Where the gold stays: ", "a sealed pouch in the vault of your pledge branch"),
        ("Revaluation: ", "on the 1st and 16th of every month"),
        ("Interest-free period: ", "up to 48 days on purchases"),
        ("Income proof: ", "not needed for limits up to Rs. 3,00,000"),
    ]
    for lab, val in glance:
        v = fr.rich(ML + 4, v, 330, [(lab, "hebo"), (val, "helv")], 8.8) + 1.2

    # the vault seal: text set along a circle
    cx, cy, R = 472, 292, 54
    page.draw_circle(pymupdf.Point(cx, cy), R + 8, color=GOLD, width=2.2, fill=PALE_GOLD)
    page.draw_circle(pymupdf.Point(cx, cy), R - 12, color=GOLD, width=0.8)
    ring = "DUAL-KEY VAULT * SEALED POUCH * FULLY INSURED * "
    size = 8.2
    total = sum(tl(c, "hebo", size) for c in ring)
    circ = 2 * math.pi * (R - 4)
    scale = circ / total
    ang = -90.0
    for ch in ring:
        cw = tl(ch, "hebo", size) * scale
        a_mid = ang + (cw / 2) / (R - 4) * 180 / math.pi
        rad = math.radians(a_mid)
        px, py = cx + (R - 4) * math.cos(rad), cy + (R - 4) * math.sin(rad)
        gw = tl(ch, "hebo", size)
        # baseline start so that the glyph is centred on its slot, glyph up pointing outwards
        tx, ty = math.cos(rad + math.pi / 2), math.sin(rad + math.pi / 2)
        start = pymupdf.Point(px - tx * gw / 2, py - ty * gw / 2)
        m = pymupdf.Matrix(a_mid + 90)
        page.insert_text(start, ch, fontname="hebo", fontsize=size, color=MAROON, morph=(start, m))
        ang += cw / (R - 4) * 180 / math.pi
    for j, (t, f, s) in enumerate([("GOLD", "hebo", 15), ("LINE", "hebo", 15), ("vault seal", "heit", 7.5)]):
        fr.text(cx - tl(t, f, s) / 2, cy - 6 + j * 15, t, f, s, MAROON)

    v += 8
    v = section(fr, ML, v, "2", "Variants")
    rows = [
        hdr_row(["Feature", "Ratti", "Tola", "Mohur"]),
        [cell("Sanctioned limit", font="hebo"), cell("Rs. 25,000 to Rs. 3,00,000"),
         cell("Rs. 3,00,001 to Rs. 10,00,000"), cell("Rs. 10,00,001 to Rs. 30,00,000")],
        [cell("Line Ratio (share of the appraised value given as limit)", font="hebo"), cell("65%"),
         cell("70%"), cell("72%")],
        [cell("Interest on unpaid balance", font="hebo"), cell("1.49% a month"), cell("1.25% a month"),
         cell("0.99% a month")],
        [cell("Cash withdrawal limit", font="hebo"), cell("20% of limit"), cell("30% of limit"),
         cell("40% of limit")],
        [cell("Add-on cards", font="hebo"), cell("1"), cell("2"), cell("4")],
        [cell("Income proof", font="hebo"), cell("Not needed"), cell("Needed §"), cell("Needed §")],
    ]
    for r in rows[1:]:
        r[0]["fill"] = PALE_GOLD
    fr.text(ML, v + 8, "Table 1: Variants side by side", "heit", 8.5, GREY)
    v = draw_table(fr, ML, v + 13, [150, 115, 115, 115], rows, size=8.4) + 8

    v = fr.rich(ML, v, MR - ML, [
        ("How the variant is chosen. ", "hebo"),
        ("We first apply the Ratti ratio of 65% to the appraised value of your gold. If the result is above "
         "Rs. 3,00,000, the Tola ratio of 70% is used instead, and if that result is above Rs. 10,00,000, the "
         "Mohur ratio of 72%. A limit above Rs. 30,00,000 is not offered; you may take back the extra "
         "ornaments before the pouch is sealed.", "helv")], 8.8) + 4
    v = fr.rich(ML, v, MR - ML, [
        ("Who this guide is for. ", "hebo"),
        ("Anyone thinking of applying, anyone part-way through the application, and cardholders. Section "
         "numbers and Gold Terms (GT-1 to GT-10, section 10) are referred to throughout.", "helv")], 8.8)

    fr.line(ML, 772, ML + 120, 772, GREY, 0.5)
    fr.para(ML, 775, MR - ML, "§ For Tola and Mohur, the last 2 salary slips or the latest income tax return "
            "is enough; no bank statement is asked for.", size=7.5, color=GREY)


# --------------------------------------------------------------------------- page 2 (two columns + pull quote)

def page2(doc):
    page = doc.new_page(width=W, height=H)
    fr = Frame(page)
    v = section(fr, ML, TOP, "3", "Who can apply and what gold we accept")
    colw = 235
    cols = [ML, MR - colw]
    pq_top, pq_bot = 392, 470
    # pull quote across both columns
    fr.rect(ML, pq_top, MR, pq_bot, fill=PALE_GOLD, color=None)
    fr.line(ML, pq_top, MR, pq_top, GOLD, 1.5)
    fr.line(ML, pq_bot, MR, pq_bot, GOLD, 1.5)
    fr.text(ML + 14, pq_top + 40, '"', "hebo", 40, GOLD)
    fr.para(ML + 46, pq_top + 17, MR - ML - 70,
            "Your ornaments are sealed in a pouch in front of you, and the same pouch comes back to you "
            "unopened when you close the line.", font="heit", size=13, lead=17, color=MAROON)
    fr.line(W / 2, v, W / 2, pq_top - 8, MID_GREY, 0.5)
    fr.line(W / 2, pq_bot + 8, W / 2, 790, MID_GREY, 0.5)

    # content as a flat list of blocks, flowed into four slots: left-top, left-bottom, right-top, right-bottom
    blocks = [
        ("h", "3.1 Who can apply"),
        ("b", "Resident individuals aged 21 to 70 on the day of application."),
        ("b", "You must own the ornaments you pledge. Gold received as a gift or inheritance is fine; you sign "
              "an ownership declaration at the branch (GT-1)."),
        ("b", "A PAN, and an Aadhaar linked to your mobile number. If the Aadhaar OTP does not reach you, KYC "
              "can be finished at the branch."),
        ("b", "No minimum credit score is set. We do read the credit bureau report: an applicant with a loan "
              "written off in the last 36 months is not accepted."),
        ("h", "3.2 Who cannot apply"),
        ("b", "Non-resident Indians, companies, partnership firms, trusts and HUFs."),
        ("b", "Anyone who already holds a Sonchiraiya Gold Line Card (one card per person)."),
        ("b", "Anyone whose ornaments are pledged with another lender."),
        ("h", "3.3 Gold we accept"),
        ("b", "Ornaments of 18 to 24 carat purity: necklaces, chains, bangles, rings, earrings, anklets and "
              "similar jewellery."),
        ("b", "Gold coins sold by a bank, up to 50 grams in all per customer."),
        ("b", "At least 10 grams of net gold weight per pledge. There is no upper weight limit, but the limit "
              "itself stops at Rs. 30,00,000."),
        ("h", "3.4 Gold we do not accept"),
        ("b", "Bars and biscuits, and coins not sold by a bank."),
        ("b", "Watches, idols, utensils, and temple or other religious articles."),
        ("b", "Gold-plated or gold-filled items, and hollow items filled with wax or lac."),
        ("b", "Pieces whose hallmark has been removed or altered."),
        ("h", "3.5 Documents you need"),
        ("b", "PAN card (bring the original to the appraisal visit)."),
        ("b", "Aadhaar for eKYC, or a passport or voter ID for KYC at the branch. No photograph is needed: "
              "the app takes a live photo."),
        ("b", "The purchase invoice of the ornaments, if you have it (helpful, not required)."),
        ("b", "For Tola and Mohur: the last 2 salary slips or the latest income tax return."),
        ("b", "For ornaments owned jointly or in another family member's name: a consent letter signed by "
              "each owner (the format is in the app)."),
        ("h", "3.6 Before your visit"),
        ("b", "Do not remove stones yourself; the appraiser deducts them from the weight (GT-3)."),
        ("b", "Bring all pieces in one bag. Each piece is photographed and listed on the Appraisal Slip."),
        ("b", "Keep your phone with you: the limit offer and the e-sign OTP come to it."),
        ("h", "3.7 Doorstep pickup"),
        ("b", "Offered only at the pin codes listed in the app; elsewhere, book a branch slot."),
        ("b", "Two bank staff come together. They show their bank ID cards and a pickup code that the app "
              "also shows you; do not hand over anything if the codes differ."),
        ("b", "Your ornaments are weighed in front of you, packed in a tamper-evident bag and carried to the "
              "branch in a locked, GPS-tracked case. The appraisal is finished there while you watch on a "
              "video call."),
        ("b", "The fee per visit is in Table 5."),
        ("h", "3.8 Add-on cards"),
        ("b", "Up to 1, 2 or 4 add-on cards on Ratti, Tola and Mohur (Table 1), for a spouse, parent, child or "
              "sibling aged 18 or more. Add-on cards are free."),
        ("b", "Add-on cards share the primary limit. The gold stays pledged in the primary cardholder's name "
              "only, and only the primary cardholder can ask for a release."),
        ("h", "3.9 Your records"),
        ("b", "The photos of each piece and the Appraisal Slip stay in the app for as long as the line is open "
              "and for 8 years after it is closed."),
    ]
    slots = [(cols[0], v, pq_top - 10), (cols[0], pq_bot + 12, 790),
             (cols[1], v, pq_top - 10), (cols[1], pq_bot + 12, 790)]
    si = 0
    x, y, ymax = slots[0]
    size = 8.6
    for i, (kind, text) in enumerate(blocks):
        if kind == "h":
            need = 15 + rich_height([(blocks[i + 1][1], "helv")], size, colw - 10)
        else:
            need = rich_height([(text, "helv")], size, colw - 10) + 2
        if y + need > ymax:
            si += 1
            x, y, ymax = slots[si]
        if kind == "h":
            y = sub(fr, x, y + 2, text, 9.2) + 1
        else:
            y = bullets(fr, x, y, colw, [text], size)
    # the first hidden span sits in the blank space left at the foot of the right-hand column
    HIDDEN_POS[0] = (1, cols[1], y + 16)
    return page


# --------------------------------------------------------------------------- page 3 (stages)

STAGES = [
    ("1", "KASAUTI", "identity check, in the app", [
        ("What you do: ", "enter your mobile number and the OTP, then your PAN; give consent for Aadhaar eKYC "
                          "and take a live selfie."),
        ("Time it takes: ", "about 8 minutes. The session ends after 20 minutes without activity; what you "
                            "typed is kept. 3 wrong OTPs lock this step for 30 minutes."),
        ("What to do next: ", "book your appraisal slot (Stage 2) straight away; the app opens the booking "
                              "screen for you."),
        ("If you stop here: ", "your details are kept for 15 days. After that the application is deleted "
                               "and you start again."),
    ]),
    ("2", "SAMAY", "book the appraisal", [
        ("What you do: ", "choose a branch, or doorstep pickup if your pin code is listed in the app, and "
                          "pick a date and time."),
        ("Time it takes: ", "2 minutes. Branch slots run Monday to Saturday, 10:00 to 16:00, and the first "
                            "slot offered is within 3 working days. You may reschedule twice."),
        ("What to do next: ", "keep the ornaments, your original PAN and any consent letters ready."),
        ("If you stop here: ", "the application closes if no slot is booked within 15 days of Stage 1. A "
                               "second missed slot pauses it (code GL-22)."),
    ]),
    ("3", "PARAKH", "appraisal", [
        ("What you do: ", "hand the ornaments to the gold desk, or to our two-person pickup team, who carry "
                          "them in a locked, GPS-tracked case. Each piece is weighed, tested on a touchstone "
                          "and in an X-ray purity analyser, and photographed."),
        ("Time it takes: ", "about 40 minutes for up to 15 pieces. You get an Appraisal Slip with the net "
                            "gold weight, the purity of each piece and the appraised value."),
        ("What to do next: ", "check the slip line by line before you sign it."),
        ("If you stop here: ", "the slip stays valid for 5 days; after that the gold is appraised again at "
                               "the Reference Rate of that day (GT-4). Pieces that fail the test are handed "
                               "back at once, and no appraisal fee is charged for them."),
    ]),
    ("4", "TIJORI", "pledge and sealing", [
        ("What you do: ", "sign the pledge form. The ornaments go into a tamper-evident pouch that is sealed "
                          "in front of you, with your thumb impression on the seal label."),
        ("You get: ", "a Vault Receipt with the pouch number and a detachable Pledge Counterfoil (page 8)."),
        ("What to do next: ", "wait for the limit offer; it reaches the app within 4 hours of sealing."),
        ("If you stop here: ", "nothing is lost - the gold is already in the vault."),
    ]),
    ("5", "VACHAN", "offer and e-sign", [
        ("What you do: ", "read the limit offer and the Key Fact Statement, choose a statement date (the "
                          "3rd, 11th or 19th) and e-sign with an Aadhaar OTP. It takes about 5 minutes."),
        ("What to do next: ", "nothing; your card is prepared automatically."),
        ("If you stop here: ", "the offer is valid for 7 days and can be re-issued once at the current "
                               "Reference Rate. Gold whose offer is not accepted within 30 days of sealing "
                               "attracts a safekeeping charge of Rs. 100 a month until you accept the offer "
                               "or collect the gold (GT-8)."),
    ]),
    ("6", "CHAMAK", "card and PIN", [
        ("What you do: ", "use the virtual card in the app; it appears within 2 hours of e-sign. The "
                          "physical card reaches you within 7 working days."),
        ("What to do next: ", "set the PIN in the app to activate the physical card."),
        ("If you stop here: ", "a physical card not activated within 30 days is blocked, and a new one "
                               "costs Rs. 150."),
    ]),
]


def hexagon(page, cx, cy, r, fill, color):
    pts = [pymupdf.Point(cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a)))
           for a in range(0, 360, 60)]
    pts.append(pts[0])
    page.draw_polyline(pts, color=color, fill=fill, width=1.0, closePath=True)


def page3(doc):
    page = doc.new_page(width=W, height=H)
    fr = Frame(page)
    v = section(fr, ML, TOP, "4", "Your onboarding journey: six stages")
    v = fr.para(ML, v, MR - ML,
                "Start in the Vaitarna Sona app and finish at a branch, or ask for doorstep pickup. The stage "
                "names below are the ones shown on the app's progress bar. Each box says what to do next and "
                "what happens if you stop at that stage; section 6 lists the codes an application can stop "
                "with.", size=8.8) + 6
    size = 8.1
    for num, name, gloss, lines in STAGES:
        tx = ML + 92
        tw = MR - tx - 8
        h = 8
        for lab, val in lines:
            h += rich_height([(lab, "hebo"), (val, "helv")], size, tw) + 1
        h = max(h + 4, 86)
        fr.rect(ML, v, MR, v + h, fill=PALE_GOLD, color=GOLD, width=0.7, radius=0.08)
        cx, cy = ML + 42, v + h / 2
        hexagon(page, cx, cy, 38, MAROON, GOLD)
        for j, (t, f, s, c) in enumerate([(f"STAGE {num}", "hebo", 7.5, PALE_GOLD2), (name, "hebo", 9.5, WHITE),
                                           (gloss, "heit", 6.6, PALE_GOLD2)]):
            if j == 2 and tl(t, f, s) > 62:
                words = t.split(", ")
                for k, wpart in enumerate(words):
                    wpart = wpart + ("," if k < len(words) - 1 else "")
                    fr.text(cx - tl(wpart, f, s) / 2, cy + 12 + k * 7.5, wpart, f, s, c)
                continue
            fr.text(cx - tl(t, f, s) / 2, cy - 8 + j * 11, t, f, s, c)
        y = v + 5
        for lab, val in lines:
            y = fr.rich(tx, y, tw, [(lab, "hebo"), (val, "helv")], size) + 1
        v += h + 5
    v += 4
    fr.rect(ML, v, MR, v + 34, color=GOLD, width=0.8, dashes="[2 2] 0")
    fr.rich(ML + 8, v + 5, MR - ML - 16, [
        ("Coming back later? ", "hebo"),
        ("Open the app and tap Resume: it takes you to the stage where you stopped, as long as that stage's "
         "time limit above has not run out. Ornaments never leave the branch between Stage 3 and Stage 4.",
         "helv")], 8.3)
    return page


# --------------------------------------------------------------------------- pages 4 and 5

CODES = [
    ("GL-11", "Kasauti", "The name on the PAN does not match the Aadhaar name.",
     "Correct the PAN record, or finish KYC at the branch with the original PAN."),
    ("GL-12", "Kasauti", "The Aadhaar OTP did not arrive.",
     "Link your mobile number to Aadhaar, or choose KYC at the branch when you book Stage 2."),
    ("GL-13", "Kasauti", "The selfie did not match the Aadhaar photo after 3 tries.",
     "The photo check is finished at the gold desk during the appraisal visit."),
    ("GL-21", "Samay", "Doorstep pickup is not offered at your pin code.", "Book a branch slot instead."),
    ("GL-22", "Samay", "Two booked slots were missed.",
     "The application is paused for 7 days; after that, book a new slot in the app."),
    ("GL-31", "Parakh", "A piece tested below 18 carat.",
     "That piece is handed back; you may offer other ornaments."),
    ("GL-32", "Parakh", "Net gold weight is below 10 grams.", "Add more ornaments at the same visit."),
    ("GL-33", "Parakh", "Ownership is not clear, for example the invoice is in another person's name.",
     "Bring a consent letter signed by the person named on the invoice."),
    ("GL-41", "Tijori", "The seal label or thumb impression is spoiled.",
     "The pouch is resealed in front of you, at no cost."),
    ("GL-51", "Vachan", "The limit offer lapsed after 7 days.", "Ask for a re-issue in the app (allowed once)."),
    ("GL-52", "Vachan", "E-sign failed 3 times.", "Sign the agreement on paper at the branch."),
    ("GL-61", "Chamak", "The physical card was not activated within 30 days.",
     "Ask for a new card in the app; it costs Rs. 150."),
    ("GL-62", "Chamak", "The courier could not deliver the card after 2 attempts.",
     "Collect the card at the pledge branch within 45 days, with your KYC ID; after that it is destroyed."),
]


def code_rows():
    rows = []
    for code, stage, why, nxt in CODES:
        rows.append([cell(code, font="hebo", fill=PALE_GOLD), cell(stage), cell(why), cell(nxt)])
    return rows


CODE_COLW = [52, 58, 180, 205]


def page4(doc):
    page = doc.new_page(width=W, height=H)
    fr = Frame(page)
    v = section(fr, ML, TOP, "5", "How your limit is set")
    items = [
        [("5.1 Reference Rate. ", "hebo"),
         ("Your gold is valued at the Reference Rate: the average of the last 30 days' closing prices of 22 carat "
          "gold published by the bank's Bullion Desk (GT-4). Ornaments of other purity are valued in proportion "
          "to their carat: an 18 carat piece is valued at the 22 carat rate multiplied by 18 and divided by 22.",
          "helv")],
        [("5.2 Appraised value ", "hebo"),
         ("= net gold weight x Reference Rate for its purity. Stones, beads, lac, wax, clasps and springs are not "
          "counted (GT-3).", "helv")],
        [("5.3 Limit ", "hebo"),
         ("= appraised value x the Line Ratio of the variant (Table 1), rounded down to the nearest Rs. 1,000.",
          "helv")],
        [("5.4 Worked example. ", "hebo"),
         ("Ms. Kavita Deshpande brings a necklace, two bangles and a pair of earrings: gross weight 86.5 grams, "
          "of which stones and lac weigh 6.5 grams. All pieces test at 22 carat, and the Reference Rate on her "
          "appraisal day is Rs. 9,150 per gram.", "helv")],
    ]
    for segs in items:
        v = fr.rich(ML, v, MR - ML, segs, 8.8) + 3
    rows = [hdr_row(["Step", "Working", "Amount"])]
    v_table = v
    ex = [
        ("Net gold weight", "86.5 grams - 6.5 grams", "80 grams"),
        ("Appraised value", "80 grams x Rs. 9,150", "Rs. 7,32,000"),
        ("Ratti test (65%)", "Rs. 7,32,000 x 65% = Rs. 4,75,800; above Rs. 3,00,000", "move to Tola"),
        ("Tola ratio (70%)", "Rs. 7,32,000 x 70%", "Rs. 5,12,400"),
        ("Sanctioned limit", "rounded down to the nearest Rs. 1,000", "Rs. 5,12,000 (Tola)"),
        ("Cash withdrawal limit", "30% of Rs. 5,12,000", "Rs. 1,53,600"),
    ]
    for a, b, c in ex:
        rows.append([cell(a, font="hebo"), cell(b), cell(c, align="right", font="hebo")])
    fr.text(ML, v + 8, "Table 2: Worked example of a limit", "heit", 8.5, GREY)
    v = draw_table(fr, ML, v + 13, [130, 245, 120], rows, size=8.3) + 6
    for segs in [
        [("5.5 Adding gold later. ", "hebo"),
         ("You may pledge more ornaments at the pledge branch at any time. The limit is worked out again on "
          "all the gold in the pouch, and the variant may change with it; the appraisal fee in Table 5 applies "
          "to the new visit.", "helv")],
        [("5.6 Smallest limit. ", "hebo"),
         ("If the limit worked out is below Rs. 25,000, no card can be issued and the ornaments are handed back "
          "before sealing.", "helv")],
    ]:
        v = fr.rich(ML, v, MR - ML, segs, 8.8) + 3
    v += 8

    v = section(fr, ML, v, "6", "When an application stops: codes and next steps")
    v = fr.para(ML, v, MR - ML,
                "The app shows a code when an application cannot go on. Find the code below and do what the last "
                "column says; the application continues from the same stage unless the table says otherwise.",
                size=8.8) + 4
    fr.text(ML, v + 8, "Table 3: Stop codes", "heit", 8.5, GREY)
    v += 13
    rows = [hdr_row(["Code", "Stage", "Why it stopped", "What to do next"])] + code_rows()
    heights = layout_rows(rows, CODE_COLW, 8.2)
    # as many rows as fit on this page; the rest run on to page 5 without the header row
    n, y = 0, v
    for hgt in heights:
        if y + hgt > 758:
            break
        y += hgt
        n += 1
    draw_table(fr, ML, v, CODE_COLW, rows[:n], size=8.2, heights=heights[:n])
    return page, rows[n:], heights[n:]


def page5(doc, rest_rows, rest_heights):
    page = doc.new_page(width=W, height=H)
    fr = Frame(page)
    v = draw_table(fr, ML, TOP, CODE_COLW, rest_rows, size=8.2, heights=rest_heights) + 14

    v = section(fr, ML, v, "7", "Benefits and Sona Kan points")
    G = PALE_GOLD
    rows = [
        hdr_row(["", "Item", "Ratti", "Tola", "Mohur"]),
        [cell("Earning", rs=4, font="hebo", align="center", fill=PALE_GOLD2), cell("Retail spends (all others)"),
         cell("1 Kan per Rs. 100"), cell("2 Kan per Rs. 100"), cell("3 Kan per Rs. 100")],
        [None, cell("Making charges at Zari partner jewellers"), cell("5 Kan per Rs. 100", cs=3, align="center"),
         None, None],
        [None, cell("Fuel, rent, wallet loads and cash withdrawals"), cell("No Kan", cs=3, align="center"),
         None, None],
        [None, cell("Kan cap per statement month"), cell("1,500"), cell("4,000"), cell("10,000")],
        [cell("Benefits", rs=5, font="hebo", align="center", fill=PALE_GOLD2),
         cell("Welcome Kan (first spend within 30 days of issue)"), cell("None"), cell("500"), cell("2,000")],
        [None, cell("Fuel surcharge waiver (1% on fills of Rs. 400 to Rs. 4,000), cap per month"),
         cell("Rs. 100"), cell("Rs. 200"), cell("Rs. 400")],
        [None, cell("Airport lounge visits per card year"), cell("None"), cell("2 domestic"),
         cell("6, domestic or international")],
        [None, cell("Insurance of the pledged gold (GT-9)"),
         cell("100% of its value at the Reference Rate", cs=3, align="center"), None, None],
        [None, cell("Interest-free period on purchases"), cell("up to 48 days", cs=3, align="center"), None, None],
    ]
    fr.text(ML, v + 8, "Table 4: Earning and benefits by variant", "heit", 8.5, GREY)
    v = draw_table(fr, ML, v + 13, [62, 163, 90, 90, 90], rows, size=8.2) + 8
    v = fr.rich(ML, v, MR - ML, [
        ("Using Sona Kan. ", "hebo"),
        ("1 Kan is worth Rs. 0.20 when set off against your card balance, and Rs. 0.25 when used towards a gold "
         "coin at a Zari partner jeweller. The smallest redemption is 500 Kan. Kan expire 24 months after the "
         "month in which they were earned.", "helv")], 8.7) + 6

    v = section(fr, ML, v, "8", "Statements and payments")
    for lab, val in [
        ("Statement date: ", "the 3rd, 11th or 19th of the month, chosen at Stage 5 (Vachan); it can be changed "
                             "once a card year."),
        ("Payment due date: ", "18 days after the statement date."),
        ("Minimum amount due: ", "5% of the total amount due or Rs. 200, whichever is higher."),
        ("Interest: ", "if the total amount due is not paid in full, interest runs from the date of each "
                       "transaction at the monthly rate of your variant (Table 1)."),
        ("Ways to pay: ", "auto-debit from any bank account, UPI in the Vaitarna Sona app, net banking, or cash "
                          "at the pledge branch."),
    ]:
        v = fr.rich(ML + 4, v, MR - ML - 4, [(lab, "hebo"), (val, "helv")], 8.7) + 1.5
    v += 5
    v = section(fr, ML, v, "9", "Keeping the line healthy when gold prices move")
    text1 = ("Your cover ratio is the outstanding balance divided by the current value of your pledged gold, "
             "which is revalued on the 1st and 16th of every month (GT-4). When the ratio crosses 80% (the Amber "
             "Line) you get an SMS and an app alert; nothing is blocked. When it crosses 85% (the Red Line), a "
             "Top-up Notice is sent and new purchases and cash withdrawals are paused. Within 7 days of the "
             "notice, either pay enough to bring the ratio back to 75% or below, or pledge more gold at the "
             "branch (GT-5); the card works again as soon as the ratio is back. What happens if neither is done "
             "is set out in GT-6.")
    v = fr.para(ML, v, MR - ML, text1, size=8.7) + 4
    # a small worked example in a framed box
    ex = [("Limit and variant", "Rs. 5,12,000 (Tola)"), ("Outstanding balance", "Rs. 5,00,000"),
          ("Gold value at sanction", "Rs. 7,32,000"), ("Gold value after a price fall", "Rs. 5,80,000"),
          ("Cover ratio now", "5,00,000 / 5,80,000 = 86.2%, above the Red Line"),
          ("Balance allowed at 75%", "75% of Rs. 5,80,000 = Rs. 4,35,000"),
          ("Payment that clears the notice", "Rs. 5,00,000 - Rs. 4,35,000 = Rs. 65,000")]
    bh = 16 + len(ex) * 11.5
    fr.rect(ML, v, MR, v + bh, fill=PALE_GREY, color=GREY, width=0.5)
    fr.text(ML + 8, v + 11, "Example: a Top-up Notice, continuing the example in section 5", "hebo", 8.4, MAROON)
    yy = v + 24
    for a, b in ex:
        fr.text(ML + 14, yy, a, "helv", 8.4)
        fr.text(ML + 200, yy, b, "hebo", 8.4)
        yy += 11.5
    v += bh + 6
    # the next paragraph is broken in mid-sentence by the page end and goes on at the top of page 6
    text2 = ("Prices can rise as well. When your revalued gold is worth at least 10% more than it was when the "
             "limit was sanctioned, you can ask for a higher limit in the app under Limit Refresh; the limit is "
             "worked out again with the same Line Ratio, and a request can be made once every")
    v = fr.para(ML, v, MR - ML, text2, size=8.7)
    return page, v


# --------------------------------------------------------------------------- page 6 (Gold Terms, timelines)

GT = [
    ("GT-1 Ownership. ", "You confirm that you own the ornaments and that nobody else has a claim on them. "
                         "Ornaments owned jointly, or in another family member's name, need a consent letter "
                         "from every owner. The card is issued only to the person who pledges."),
    ("GT-2 Accepted gold. ", "Only the items listed in section 3.3 are accepted. The appraiser may refuse any "
                             "piece; the stop code tells you why."),
    ("GT-3 Net weight. ", "Stones, beads, lac, wax, clasps and springs are deducted from the gross weight. The "
                          "net weight on the Appraisal Slip is final unless you ask for a re-appraisal "
                          "(GT-10)."),
    ("GT-4 Reference Rate and revaluation. ", "The Reference Rate is the 30-day average of the 22 carat closing "
                                              "price published by the Bullion Desk. Your gold is revalued on the "
                                              "1st and 16th of each month, and the new value is shown in the "
                                              "app."),
    ("GT-5 Amber and Red Lines. ", "Above a cover ratio of 80% you are alerted. Above 85% the card is paused for "
                                   "purchases and cash, and you have 7 days to bring the ratio to 75% or lower "
                                   "by paying or by pledging more gold."),
    ("GT-6 Sale of gold. ", "If the ratio stays above 85% for 30 days after the Top-up Notice, or any amount "
                            "due stays unpaid for 90 days, the bank may sell the pledged gold by public auction "
                            "after a Sale Notice of 14 days. Any surplus left after the dues and the sale "
                            "charges is paid to your account within 7 working days of the auction."),
    ("GT-7 Part-release. ", "You may take back some ornaments at any time, as long as the cover ratio after the "
                            "release stays at or below 60%. Ask in the app; the pieces are handed over at the "
                            "pledge branch."),
    ("GT-8 Full release. ", "When you close the card and pay everything due, your pouch is handed back unopened "
                            "at the pledge branch within 3 working days. Bring the Pledge Counterfoil and the ID "
                            "you used for KYC. There is no charge for closing the card. Gold left unclaimed "
                            "after closure, or gold whose offer was never accepted, attracts the safekeeping "
                            "charge in Table 5."),
    ("GT-9 Insurance. ", "Pledged gold is insured against fire, theft and loss from the vault for 100% of its "
                         "value at the Reference Rate. A claim is settled at the Reference Rate on the date of "
                         "the loss."),
    ("GT-10 Re-appraisal. ", "If you dispute the net weight or the purity, one re-appraisal in a card year is "
                             "free; each further one costs Rs. 150."),
]

HIDDEN_POS = {}  # index -> (page number 0-based, x, baseline y)


def page6(doc):
    page = doc.new_page(width=W, height=H)
    fr = Frame(page)
    v = fr.para(ML, TOP, MR - ML, "6 months. No new appraisal visit is needed for a Limit Refresh; the "
                "pouch stays sealed.", size=8.7) + 10
    v = section(fr, ML, v, "10", "Gold Terms (GT-1 to GT-10)")
    v = fr.para(ML, v, MR - ML, "These terms are part of your pledge agreement and are referred to by number in "
                "the rest of this guide.", font="heit", size=8.6, color=GREY) + 4
    for lab, val in GT:
        num, rest = lab.split(" ", 1)
        fr.text(ML, v + 8.7, num, "hebo", 8.7, MAROON)
        v = fr.rich(ML + 42, v, MR - ML - 42, [(rest, "hebo"), (val, "helv")], 8.7) + 4
        if num == "GT-9":
            HIDDEN_POS[1] = (5, ML + 42, v + 8)
            v += 12
    v += 6
    v = section(fr, ML, v, "11", "Key timelines")
    tls = [
        ("First appraisal slot offered", "within 3 working days of booking"),
        ("Limit offer after sealing", "within 4 hours"),
        ("Virtual card after e-sign", "within 2 hours"),
        ("Physical card", "within 7 working days"),
        ("Gold revaluation", "1st and 16th of every month"),
        ("Time to act on a Top-up Notice", "7 days"),
        ("Sale Notice before an auction", "14 days"),
        ("Surplus after an auction paid", "within 7 working days"),
        ("Gold returned after closure", "within 3 working days"),
        ("Payment due date", "18 days after the statement date"),
        ("Reply to a complaint", "within 10 working days"),
    ]
    for i, (a, b) in enumerate(tls):
        if i % 2 == 0:
            fr.rect(ML, v, MR, v + 14, fill=PALE_GREY)
        fr.text(ML + 6, v + 10, a, "helv", 8.6)
        fr.text(ML + 250, v + 10, b, "hebo", 8.6)
        v += 14
    v += 10
    v = section(fr, ML, v, "12", "Help and complaints")
    for lab, val in [
        ("Helpline: ", "1800-209-4417 (toll-free), 8 am to 10 pm, every day"),
        ("E-mail: ", "goldline@vaitarnabank.example"),
        ("Gold desk: ", "at your pledge branch, Monday to Saturday, 10:00 to 16:00"),
        ("Level 2: ", "the Principal Nodal Officer, pno.goldline@vaitarnabank.example, if you have no reply "
                      "within 10 working days or are not satisfied with it"),
        ("Level 3: ", "the Reserve Bank of India's complaint portal, if the complaint is not resolved within "
                      "30 days"),
    ]:
        v = fr.rich(ML + 4, v, MR - ML - 4, [(lab, "hebo"), (val, "helv")], 8.6) + 1.2
    return page


# --------------------------------------------------------------------------- page 7 (sideways fee schedule)

def page7(doc):
    page = doc.new_page(width=W, height=H)
    # landscape frame: origin at the bottom-left of the content area; text reads upwards
    X0, Y1 = ML, 790.0
    fr = Frame(page, "r90", X0, Y1)
    LW = Y1 - 62  # landscape width available
    u, v = 0.0, 0.0
    v = section(fr, u, v, "13", "Fees and charges", LW)
    fr.text(u, v + 8, "Table 5: Schedule of fees and charges (all amounts before GST ¶)", "heit", 8.5, GREY)
    v += 13
    rows = [
        hdr_row(["Fee or charge", "Ratti", "Tola", "Mohur"]),
        [cell("Joining fee", font="hebo"), cell("Nil"), cell("Rs. 499"), cell("Rs. 1,499")],
        [cell("Annual fee (from the first anniversary)", font="hebo"), cell("Rs. 249"), cell("Rs. 599"),
         cell("Rs. 2,499")],
        [cell("Annual fee waived when spends in the card year reach §", font="hebo"), cell("Rs. 40,000"),
         cell("Rs. 1,20,000"), cell("Rs. 4,00,000")],
        [cell("Gold appraisal fee, per pledge visit", font="hebo"), cell("Rs. 250"), cell("Rs. 250"),
         cell("Nil")],
        [cell("Doorstep pickup, per visit", font="hebo"), cell("Rs. 750"), cell("Rs. 750"),
         cell("2 free a card year, then Rs. 750")],
        [cell("Re-appraisal on request (GT-10)", font="hebo"),
         cell("1 free a card year, then Rs. 150 each", cs=3, align="center"), None, None],
        [cell("Part-release of ornaments, per request (GT-7)", font="hebo"), cell("Rs. 200"), cell("Rs. 200"),
         cell("Nil")],
        [cell("Safekeeping: offer not accepted within 30 days of sealing, or gold unclaimed after closure (GT-8)",
              font="hebo"), cell("Rs. 100 a month", cs=3, align="center"), None, None],
        [cell("Cash withdrawal fee", font="hebo"), cell("2% of the amount (minimum Rs. 300)"),
         cell("1.5% of the amount (minimum Rs. 250)"), cell("1% of the amount (minimum Rs. 200)")],
        [cell("Foreign currency markup", font="hebo"), cell("3.5%"), cell("2.5%"), cell("1.5%")],
        [cell("Card replacement", font="hebo"), cell("Rs. 150", cs=3, align="center"), None, None],
        [cell("Duplicate Vault Receipt or Pledge Counterfoil", font="hebo"),
         cell("Rs. 500, with an indemnity bond", cs=3, align="center"), None, None],
        [cell("Sale charges if the gold is auctioned (GT-6)", font="hebo"),
         cell("actual cost, up to 1.5% of the sale amount", cs=3, align="center"), None, None],
        [cell("Interest on unpaid balance", font="hebo"), cell("1.49% a month"), cell("1.25% a month"),
         cell("0.99% a month")],
        [cell("Late payment charge", font="hebo"), cell("see Table 6", cs=3, align="center"), None, None],
    ]
    for r in rows[1:]:
        r[0]["fill"] = PALE_GOLD
    colw = [185, 100, 100, 120]
    vt = v
    v = draw_table(fr, u, v, colw, rows, size=8.2) + 8
    fr.para(u, v, 505, "¶ GST at 18% is added to every fee and charge.", size=7.6, color=GREY)
    v = fr.para(u, v + 11, 505, "§ Spends exclude cash withdrawals, fees and interest. The waiver applies to the "
                "annual fee that falls due after the card year in which the spends were made.", size=7.6,
                color=GREY)

    # Table 5 to the right of Table 4
    u2 = sum(colw) + 22
    fr.text(u2, vt - 5, "Table 6: Late payment charge", "heit", 8.5, GREY)
    rows5 = [hdr_row(["Total amount due", "Charge"])]
    for a, b in [("Up to Rs. 500", "Nil"), ("Rs. 501 to Rs. 5,000", "Rs. 400"),
                 ("Rs. 5,001 to Rs. 25,000", "Rs. 750"), ("Rs. 25,001 to Rs. 1,00,000", "Rs. 1,100"),
                 ("Above Rs. 1,00,000", "Rs. 1,400")]:
        rows5.append([cell(a), cell(b, align="right", font="hebo")])
    v5 = draw_table(fr, u2, vt, [125, 70], rows5, size=8.2) + 8
    fr.para(u2, v5, 195, "A late payment charge is levied when not even the minimum amount due is paid by the "
            "payment due date. It is charged once per statement.", size=7.8, color=GREY)
    HIDDEN_POS[2] = (6, X0 + v + 26, Y1 - 10)
    return page


# --------------------------------------------------------------------------- page 8 (FAQ bubbles, help, counterfoil)

FAQ = [
    ("My mother's bangles are in her name on the bill. Can I pledge them for my card?",
     "Yes, if she signs a consent letter as the owner named on the invoice (code GL-33 and GT-1). The card is "
     "issued to you, as the person who pledges."),
    ("Will I get back exactly the same pieces?",
     "Yes. Your pouch is sealed in front of you at Stage 4 and handed back unopened; its number matches your "
     "Pledge Counterfoil."),
    ("Gold prices fell last month. Will my card stop working?",
     "Only if your cover ratio crosses the Red Line of 85% (GT-5). At 80% you only get an alert."),
    ("Does my limit go up by itself when gold prices rise?",
     "No. Ask for a Limit Refresh in the app once your gold is worth at least 10% more than at sanction "
     "(section 9)."),
    ("Can I close the card early? Is there a charge?",
     "Yes, at any time, and there is no closure charge. Pay all dues and your gold is returned within 3 working "
     "days (GT-8)."),
    ("I lost my Pledge Counterfoil. What now?",
     "Report it in the app. A duplicate costs Rs. 500 and needs an indemnity bond (Table 5)."),
    ("Can I use the card to buy new jewellery?",
     "Yes. Making charges at Zari partner jewellers earn 5 Kan per Rs. 100; the rest of the bill earns the "
     "normal retail rate of your variant."),
]


def bubble(fr, page, x0, y0, width, who, text, side, size=8.3):
    lead = size * 1.3
    lines = rich_lines([(text, "helv")], size, width - 18)
    h = len(lines) * lead + 17
    fill = PALE_GOLD2 if side == "right" else PALE_GREY
    fr.rect(x0, y0, x0 + width, y0 + h, fill=fill, color=None, radius=0.25)
    # tail
    if side == "right":
        pts = [(x0 + width - 22, y0 + h - 1), (x0 + width + 6, y0 + h + 6), (x0 + width - 8, y0 + h - 6)]
    else:
        pts = [(x0 + 22, y0 + h - 1), (x0 - 6, y0 + h + 6), (x0 + 8, y0 + h - 6)]
    page.draw_polyline([pymupdf.Point(*p) for p in pts], color=None, fill=fill, closePath=True)
    fr.text(x0 + 9, y0 + 10, who, "hebo", 6.8, MAROON if side == "left" else GOLD)
    y = y0 + 12
    for line in lines:
        y += lead
        for xo, t, f in line:
            fr.text(x0 + 9 + xo, y - 2.5, t, f, size, INK)
    return y0 + h + 9


def page8(doc):
    page = doc.new_page(width=W, height=H)
    fr = Frame(page)
    v = section(fr, ML, TOP, "14", "Questions customers ask")
    v += 2
    for q, a in FAQ:
        v = bubble(fr, page, MR - 330, v, 330, "YOU ASKED", q, "right")
        v = bubble(fr, page, ML, v, 380, "VAITARNA GOLD DESK", a, "left")
    HIDDEN_POS[3] = (7, ML + 120, v + 6)

    # the Pledge Counterfoil, printed upside down (it is read after tearing it off and turning it round)
    y_top, y_bot = 700.0, 790.0
    page.draw_rect(pymupdf.Rect(ML, y_top, MR, y_bot), color=GREY, width=0.7, dashes="[3 2] 0")
    cf = Frame(page, "r180", MR, y_bot)
    cw = MR - ML
    cf.rect(0, 0, cw, 15, fill=MAROON)
    cf.text(8, 10.5, "PLEDGE COUNTERFOIL (specimen) - keep this with your Vault Receipt", "hebo", 8, WHITE)
    cf.text(8, 28, "Pouch no.: VB-GL-__________      Pledge branch: ____________________      Date sealed: "
                   "____________", "helv", 8)
    y = cf.para(8, 33, cw - 16, "To collect your gold, come to the pledge branch on Monday to Friday between "
                "11:00 and 15:00 with this counterfoil and the ID you used for KYC. Someone collecting for you "
                "needs your signed authority letter and their own original ID.", size=8.2)
    cf.text(8, y + 9, "Tear along the dashed line after sealing.", "heit", 7.2, GREY)
    fr.text(ML, y_top - 4, "(The counterfoil below is printed upside down on purpose.)", "heit", 7.2, GREY)
    return page


# --------------------------------------------------------------------------- hidden spans

def _newobj(doc, s, stream=None):
    x = doc.get_new_xref()
    doc.update_object(x, s)
    if stream is not None:
        doc.update_stream(x, stream)
    return x


def _set_res(doc, page, cat, name, val):
    t, v = doc.xref_get_key(page.xref, "Resources")
    if t != "xref":
        doc.xref_set_key(page.xref, f"Resources/{cat}/{name}", val)
        return
    rx = int(v.split()[0])
    t2, v2 = doc.xref_get_key(rx, cat)
    if t2 == "xref":
        doc.xref_set_key(int(v2.split()[0]), name, val)
    else:
        doc.xref_set_key(rx, f"{cat}/{name}", val)


def _append_stream(doc, page, data: bytes):
    s = _newobj(doc, "<< >>", data)
    t, v = doc.xref_get_key(page.xref, "Contents")
    if t == "array":
        doc.xref_set_key(page.xref, "Contents", v[:-1] + f" {s} 0 R]")
    else:
        doc.xref_set_key(page.xref, "Contents", f"[{v} {s} 0 R]")


def _pdfstr(s: str) -> str:
    return "(" + s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def add_hidden(doc):
    font = _newobj(doc, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    size = 7.5

    # 1. page 2: a luminosity soft mask whose group is solid black (mask = 0 everywhere)
    p = doc[1]
    grp = _newobj(doc, "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
                       "/Group << /S /Transparency /CS /DeviceGray >> >>", b"0 g 0 0 595 842 re f")
    gs = _newobj(doc, f"<< /Type /ExtGState /SMask << /Type /Mask /S /Luminosity /G {grp} 0 R >> >>")
    _set_res(doc, p, "Font", "FHx", f"{font} 0 R")
    _set_res(doc, p, "ExtGState", "GSk", f"{gs} 0 R")
    x, y = HIDDEN_POS[0][1], HIDDEN_POS[0][2]
    _append_stream(doc, p, f"q /GSk gs 0.1 0.1 0.12 rg BT /FHx {size} Tf {x:.2f} {H - y:.2f} Td "
                           f"{_pdfstr(HIDDEN[0])} Tj ET Q".encode())

    # 2. page 6: text filled with a tiling pattern whose cell paints nothing
    p = doc[5]
    pat = _newobj(doc, "<< /Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 6 6] "
                       "/XStep 6 /YStep 6 /Resources << >> >>", b"% empty cell\n")
    _set_res(doc, p, "Font", "FHx", f"{font} 0 R")
    _set_res(doc, p, "Pattern", "Pe", f"{pat} 0 R")
    x, y = HIDDEN_POS[1][1], HIDDEN_POS[1][2]
    _append_stream(doc, p, f"q /Pattern cs /Pe scn BT /FHx {size} Tf {x:.2f} {H - y:.2f} Td "
                           f"{_pdfstr(HIDDEN[1])} Tj ET Q".encode())

    # 3. page 7: ordinary dark text, covered by an opaque white Square annotation (annotation layer)
    p = doc[6]
    _set_res(doc, p, "Font", "FHx", f"{font} 0 R")
    # turned like the rest of the page (reading upwards), in the blank strip right of the footnotes
    bx, by = HIDDEN_POS[2][1], HIDDEN_POS[2][2]
    tw = pymupdf.get_text_length(HIDDEN[2], fontname="helv", fontsize=size)
    _append_stream(doc, p, f"q 0.1 0.1 0.12 rg BT /FHx {size} Tf 0 1 -1 0 {bx:.2f} {H - by:.2f} Tm "
                           f"{_pdfstr(HIDDEN[2])} Tj ET Q".encode())
    r = pymupdf.Rect(bx - size - 3, by - tw - 4, bx + 4, by + 4)
    ax0, ay0, ax1, ay1 = r.x0, H - r.y1, r.x1, H - r.y0
    ap = _newobj(doc, f"<< /Type /XObject /Subtype /Form /BBox [0 0 {ax1 - ax0:.2f} {ay1 - ay0:.2f}] >>",
                 f"1 g 0 0 {ax1 - ax0:.2f} {ay1 - ay0:.2f} re f".encode())
    annot = _newobj(doc, f"<< /Type /Annot /Subtype /Square /Rect [{ax0:.2f} {ay0:.2f} {ax1:.2f} {ay1:.2f}] "
                         f"/F 4 /IC [1 1 1] /BS << /W 0 >> /AP << /N {ap} 0 R >> >>")
    doc.xref_set_key(p.xref, "Annots", f"[{annot} 0 R]")

    # 4. page 8: a Helvetica font whose encoding maps every code to the blank /space glyph, with a
    #    ToUnicode CMap that maps the same codes back to the real letters
    p = doc[7]
    cmap = (b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<00> <FF>\n"
            b"endcodespacerange\n1 beginbfrange\n<20> <7E> <0020>\nendbfrange\nendcmap\n"
            b"CMapName currentdict /CMap defineresource pop\nend\nend\n")
    tu = _newobj(doc, "<< >>", cmap)
    diffs = "[32 " + " ".join(["/space"] * 95) + "]"
    fblank = _newobj(doc, f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
                          f"/BaseEncoding /WinAnsiEncoding /Differences {diffs} >> /ToUnicode {tu} 0 R >>")
    _set_res(doc, p, "Font", "FBx", f"{fblank} 0 R")
    x, y = HIDDEN_POS[3][1], HIDDEN_POS[3][2]
    _append_stream(doc, p, f"q 0.1 0.1 0.12 rg BT /FBx {size} Tf {x:.2f} {H - y:.2f} Td "
                           f"{_pdfstr(HIDDEN[3])} Tj ET Q".encode())


# --------------------------------------------------------------------------- build

def build(hidden: bool = True) -> bytes:
    HIDDEN_POS.clear()
    doc = pymupdf.open()
    page1(doc)
    page2(doc)
    page3(doc)
    _, rest, rest_h = page4(doc)
    page5(doc, rest, rest_h)
    page6(doc)
    page7(doc)
    page8(doc)
    assert len(doc) == NPAGES, len(doc)
    furniture(doc)
    if hidden:
        add_hidden(doc)
    meta = {"title": "Sonchiraiya Gold Line Card - Customer and onboarding guide",
            "author": "Vaitarna Bank Ltd. (fictional)", "subject": "Gold-backed credit card guide",
            "keywords": "", "creator": "build_pdf.py", "producer": "PyMuPDF",
            "creationDate": "D:20260701090000+05'30'", "modDate": "D:20260701090000+05'30'"}
    doc.set_metadata(meta)
    data = doc.tobytes(garbage=4, deflate=True, clean=True, no_new_id=True)
    doc.close()
    return data


def main():
    data = build(True)
    with open(PDF, "wb") as fh:
        fh.write(data)
    print(f"wrote {PDF} ({len(data)} bytes)")


if __name__ == "__main__":
    sys.exit(main())
