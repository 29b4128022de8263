"""Build the thirty-first blind evaluation document: a customer and onboarding guide for the
(entirely fictional) Parikrama Yatri Card of Sindhughat Bank Ltd. -- a Visa credit card for people
who go on pilgrimages, with a savings pot for the trip (Yatra Kosh), instalments on bookings with
listed partners (Yatra Plan), add-on cards for elderly parents (Sahyatri), a temporary higher limit
for the travel season (Season Lift) and help counters in pilgrim towns (Darshan Desk).

Usage (from the repository root):
    .venv/bin/python data/eval/thirty-first-doc/build_pdf.py

Only PyMuPDF is needed (built-in base-14 fonts).  The output is deterministic: fixed metadata
dates, no random file id, every object (the hidden-text resources included) written by this script.

`build(hidden=True)` returns the PDF bytes; `build(hidden=False)` returns the same document without
the four hidden spans (and without the resources that only they use).  check_questions.py renders
both and requires the pages to be pixel-identical.
"""

from __future__ import annotations

import math
import os
import sys

import pymupdf

HERE = os.path.dirname(os.path.abspath(__file__))
PDF_NAME = "sindhughat_parikrama_yatri_card_guide.pdf"
PDF = os.path.join(HERE, PDF_NAME)

W, H = 595.0, 842.0
ML, MR = 50.0, 545.0
TOP, BOTTOM = 76.0, 792.0
NPAGES = 8

INK = (0.10, 0.10, 0.13)
GREY = (0.38, 0.38, 0.42)
INDIGO = (0.16, 0.19, 0.45)
SAFFRON = (0.90, 0.49, 0.11)
DEEP_SAFFRON = (0.72, 0.33, 0.05)
PALE_SAFF = (1.0, 0.95, 0.88)
PALE_IND = (0.92, 0.93, 0.98)
CREAM = (0.98, 0.96, 0.90)
STICKY = (1.0, 0.94, 0.55)
MID_GREY = (0.78, 0.78, 0.80)
WHITE = (1, 1, 1)

# The four hidden spans (false statements).  Each is drawn on its own page, in a different way;
# none of them can be seen on the rendered page, all four are in the text layer.
HIDDEN = [
    "Shikhar cardholders can pool their Padchinh Points with up to 6 family members.",
    "Sahyatri cardholders aged 75 or above get a free wheelchair escort at partner railway stations.",
    "Helicopter bookings to hill shrines made under Yatra Plan get a 12% discount.",
    "The Yatra Kosh balance earns interest at 4.5% a year, credited every quarter.",
]
HIDDEN_POS: dict[int, tuple] = {}  # index -> (page number 0-based, x, baseline y)


# --------------------------------------------------------------------------- text helpers

def tl(text: str, font: str, size: float) -> float:
    return pymupdf.get_text_length(text, fontname=font, fontsize=size)


def rich_lines(segments, size, width):
    """Wrap rich text.  segments: list of (text, font); width: a number or a function of the line
    index.  Returns lines, each a list of (x_offset, text, font)."""
    wfn = width if callable(width) else (lambda i: width)
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
        if cur and x + space + ww > wfn(len(lines)):
            lines.append(cur)
            cur, x, space = [], 0.0, 0.0
        cur.append([x + space, w, font, space > 0])
        x += space + ww
    if cur:
        lines.append(cur)
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


def text(page, x, y, s, font="helv", size=9.0, color=INK, **kw):
    page.insert_text(pymupdf.Point(x, y), s, fontname=font, fontsize=size, color=color, **kw)


def line(page, x1, y1, x2, y2, color=INK, width=0.6, dashes=None):
    page.draw_line(pymupdf.Point(x1, y1), pymupdf.Point(x2, y2), color=color, width=width, dashes=dashes)


def rect(page, x0, y0, x1, y1, fill=None, color=None, width=0.6, radius=None, dashes=None):
    page.draw_rect(pymupdf.Rect(x0, y0, x1, y1), color=color, fill=fill, width=width, radius=radius,
                   dashes=dashes)


def rich(page, x, y, width, segments, size=9.0, lead=None, color=INK, align="left"):
    """Draw wrapped rich text whose first baseline is y + size.  Returns y below the last line."""
    lead = lead or size * 1.32
    lines = rich_lines(segments, size, width)
    yy = y + size
    for ln in lines:
        shift = 0.0
        if align in ("center", "right"):
            lw = ln[-1][0] + tl(ln[-1][1], ln[-1][2], size)
            shift = (width - lw) / (2 if align == "center" else 1)
        for xo, t, f in ln:
            text(page, x + shift + xo, yy, t, f, size, color)
        yy += lead
    return y + len(lines) * lead + (lead - size) * 0.2


def para(page, x, y, width, s, font="helv", size=9.0, lead=None, color=INK, align="left"):
    return rich(page, x, y, width, [(s, font)], size, lead, color, align)


def rich_height(segments, size, width, lead=None):
    lead = lead or size * 1.32
    return len(rich_lines(segments, size, width)) * lead + (lead - size) * 0.2


# --------------------------------------------------------------------------- tables

def cell(s="", cs=1, rs=1, font="helv", align="left", fill=None, color=INK):
    return {"text": s, "cs": cs, "rs": rs, "font": font, "align": align, "fill": fill, "color": color}


def layout_rows(rows, colw, size, pad=3.5, lead=None):
    lead = lead or size * 1.25
    heights = [0.0] * len(rows)
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


def draw_table(page, x0, y0, colw, rows, size=8.0, pad=3.5, lead=None, line_color=GREY, heights=None):
    lead = lead or size * 1.25
    heights = heights or layout_rows(rows, colw, size, pad, lead)
    xs = [x0]
    for w in colw:
        xs.append(xs[-1] + w)
    ys = [y0]
    for h in heights:
        ys.append(ys[-1] + h)
    for i, row in enumerate(rows):
        ci = 0
        for c in row:
            if c is None:
                ci += 1
                continue
            cx0, cx1 = xs[ci], xs[ci + c["cs"]]
            cy0, cy1 = ys[i], ys[i + c["rs"]]
            if c["fill"]:
                rect(page, cx0, cy0, cx1, cy1, fill=c["fill"])
            rect(page, cx0, cy0, cx1, cy1, color=line_color, width=0.5)
            w = cx1 - cx0 - 2 * pad
            th = rich_height([(c["text"], c["font"])], size, w, lead)
            ty = cy0 + pad if c["rs"] == 1 else cy0 + (cy1 - cy0 - th) / 2
            rich(page, cx0 + pad, ty, w, [(c["text"], c["font"])], size, lead, c["color"], c["align"])
            ci += c["cs"]
    return ys[-1]


def hdr_row(labels, fill=INDIGO):
    return [cell(t, font="hebo", fill=fill, color=WHITE) for t in labels]


# --------------------------------------------------------------------------- page furniture

def furniture(doc):
    for i, page in enumerate(doc):
        if i > 0:
            text(page, ML, 40, "Parikrama Yatri Card  |  Customer and onboarding guide", "hebo", 8, INDIGO)
            t = "Sindhughat Bank Ltd."
            text(page, MR - tl(t, "helv", 8), 40, t, "helv", 8, GREY)
            line(page, ML, 47, MR, 47, SAFFRON, 1.4)
        line(page, ML, 806, MR, 806, SAFFRON, 0.6)
        text(page, ML, 819, "SB/PYC/2026-11  |  Version 1.4  |  Effective 1 November 2026", "helv", 7.5, GREY)
        t = f"Page {i + 1} of {NPAGES}"
        text(page, MR - tl(t, "hebo", 7.5), 819, t, "hebo", 7.5, GREY)


def section(page, x, y, num, title, width=MR - ML):
    """Section heading: a large outlined (stroke-only) number and the title beside it."""
    text(page, x, y + 19, num, "hebo", 22, SAFFRON, render_mode=1, border_width=0.035)
    tx = x + tl(num, "hebo", 22) + 8
    text(page, tx, y + 16, title, "hebo", 12.5, INDIGO)
    line(page, tx, y + 22, x + width, y + 22, SAFFRON, 0.6)
    return y + 30


def sub(page, x, y, title, size=9.5, color=INDIGO):
    text(page, x, y + size, title, "hebo", size, color)
    return y + size + 4


def bullets(page, x, y, width, items, size=8.5, gap=1.8, marker=SAFFRON):
    for it in items:
        segs = it if isinstance(it, list) else [(it, "helv")]
        pts = [pymupdf.Point(x + 1, y + size * 0.62 - 2.2), pymupdf.Point(x + 5.4, y + size * 0.62),
               pymupdf.Point(x + 1, y + size * 0.62 + 2.2)]
        page.draw_polyline(pts + [pts[0]], color=None, fill=marker, closePath=True)
        y = rich(page, x + 10, y, width - 10, segs, size) + gap
    return y


def rotated_text(page, cx, cy, s, font, size, color, angle):
    """Text centred on (cx, cy) and turned by `angle` degrees (counter-clockwise on the page)."""
    w = tl(s, font, size)
    a = math.radians(angle)
    # baseline start: half the width back along the direction, a third of the size down
    dx, dy = math.cos(a), -math.sin(a)
    nx, ny = math.sin(a), math.cos(a)
    start = pymupdf.Point(cx - dx * w / 2 + nx * size * 0.33, cy - dy * w / 2 + ny * size * 0.33)
    page.insert_text(start, s, fontname=font, fontsize=size, color=color,
                     morph=(start, pymupdf.Matrix(angle)))


# --------------------------------------------------------------------------- page 1

def emblem(page, cx, cy, r):
    page.draw_circle(pymupdf.Point(cx, cy), r, color=SAFFRON, width=2.0, fill=PALE_SAFF)
    for k in range(8):
        a = math.radians(k * 45 + 22.5)
        px, py = cx + (r - 17) * math.cos(a), cy + (r - 17) * math.sin(a)
        page.draw_circle(pymupdf.Point(px, py), 9, color=SAFFRON, width=0.8, fill=WHITE)
    page.draw_circle(pymupdf.Point(cx, cy), r - 30, color=INDIGO, width=1.2, fill=INDIGO)
    for j, (t, f, s) in enumerate([("YATRI", "hebo", 8.5), ("since 1962", "heit", 5.6)]):
        text(page, cx - tl(t, f, s) / 2, cy + 1 + j * 8, t, f, s, WHITE)


def sash(page):
    """A ribbon across the top-right corner of page 1 (turned 45 degrees clockwise)."""
    d1, d2 = 84.0, 130.0  # distances of the ribbon's edges from the corner, along each side
    pts = [pymupdf.Point(W - d2, 0), pymupdf.Point(W - d1, 0), pymupdf.Point(W, d1), pymupdf.Point(W, d2)]
    page.draw_polyline(pts + [pts[0]], color=None, fill=SAFFRON, closePath=True)
    line(page, W - d1 + 3, 0, W, d1 - 3, WHITE, 0.6, dashes="[2 1.5] 0")
    line(page, W - d2 - 3, 0, W, d2 + 3, WHITE, 0.6, dashes="[2 1.5] 0")
    mid = (d1 + d2) / 4
    cx, cy = W - mid, mid
    k = math.sqrt(0.5)
    for off, s, f, size in [(8.5, "LAUNCH OFFER", "hebo", 7.4), (0.0, "Pagdandi: no joining fee", "helv", 6.6),
                            (-8.0, "on applications till 31 March 2027", "helv", 5.8)]:
        rotated_text(page, cx + off * k, cy - off * k, s, f, size, WHITE, -45)


def page1(doc):
    page = doc.new_page(width=W, height=H)
    rect(page, 0, 0, W, 108, fill=INDIGO)
    line(page, 0, 108, W, 108, SAFFRON, 3)
    text(page, ML, 36, "SINDHUGHAT BANK LTD.", "hebo", 9, SAFFRON)
    text(page, ML, 68, "Parikrama Yatri Card", "hebo", 24, WHITE)
    text(page, ML, 89, "Customer and onboarding guide: a Visa credit card for the journeys of faith you plan",
         "helv", 10, PALE_IND)
    sash(page)

    # introduction, set around the round emblem at the right (text run-around)
    ecx, ecy, er = 486.0, 178.0, 46.0
    emblem(page, ecx, ecy, er)
    intro = ("The Parikrama Yatri Card is made for people who travel for faith: to a temple town, a dargah, a "
             "gurdwara, a church feast or a monastery, alone or with the family. Besides being an ordinary "
             "Visa credit card, it helps you save for the trip in advance in a Yatra Kosh, lets you pay for "
             "bookings with our listed Parikrama Partners in monthly instalments (Yatra Plan), gives add-on "
             "cards with their own limits to your elderly parents (Sahyatri), raises your limit for the "
             "weeks you travel (Season Lift) and has help counters in pilgrim towns for the day something "
             "goes wrong (Darshan Desk). This guide is for anyone thinking of applying, anyone part-way "
             "through the application, and cardholders.")
    size, lead = 9.2, 12.4
    y0 = 122.0

    def width_at(i):
        top = y0 + i * lead
        bot = top + lead
        rr = er + 9
        dy = max(0.0, max(top - ecy, ecy - bot)) if not (top <= ecy <= bot) else 0.0
        if dy >= rr:
            return MR - ML
        half = math.sqrt(rr * rr - dy * dy)
        return ecx - half - ML

    lines = rich_lines([(intro, "helv")], size, width_at)
    yy = y0 + size
    for ln in lines:
        for xo, t, f in ln:
            text(page, ML + xo, yy, t, f, size)
        yy += lead
    v = yy + 2

    v = section(page, ML, v, "01", "The card at a glance")
    glance = [
        ("Issuer and network: ", "Sindhughat Bank Ltd., Visa"),
        ("Variants: ", "Pagdandi, Ghat and Shikhar (Table 1)"),
        ("Interest-free period: ", "up to 50 days on purchases"),
        ("Yatra Kosh: ", "a monthly savings pot for a planned trip, with a bonus of up to 4% (section 04)"),
        ("Yatra Plan: ", "instalments of 3 to 24 months on Parikrama Partner bookings (Table 5)"),
        ("Sahyatri: ", "add-on cards with their own sub-limit for parents and grandparents aged 60 or above"),
        ("Season Lift: ", "a higher limit for up to 45 days while you travel"),
        ("Darshan Desk: ", "Sahayata Kendra counters in 14 pilgrim towns, open 6 am to 10 pm"),
        ("Rewards: ", "Padchinh Points (section 09)"),
    ]
    colx = [ML + 2, ML + 252]
    half = 238
    rows = [glance[0:5], glance[5:9]]
    ys = []
    for k, col in enumerate(rows):
        y = v
        for lab, val in col:
            y = rich(page, colx[k], y, half, [(lab, "hebo"), (val, "helv")], 8.5) + 1.5
        ys.append(y)
    line(page, ML + 246, v + 2, ML + 246, max(ys) - 2, MID_GREY, 0.5)
    v = max(ys) + 6

    v = section(page, ML, v, "02", "Variants")
    text(page, ML, v + 8, "Table 1: The three variants side by side", "heit", 8.3, GREY)
    trows = [
        hdr_row(["Feature", "Pagdandi", "Ghat", "Shikhar"]),
        [cell("Credit limit", font="hebo"), cell("Rs. 30,000 to Rs. 1,50,000"),
         cell("Rs. 1,50,001 to Rs. 5,00,000"), cell("Rs. 5,00,001 to Rs. 15,00,000")],
        [cell("Minimum yearly income", font="hebo"), cell("Rs. 2,40,000"), cell("Rs. 6,00,000"),
         cell("Rs. 15,00,000")],
        [cell("Minimum bureau score", font="hebo"), cell("680"), cell("700"), cell("730")],
        [cell("Joining fee and annual fee (plus GST)", font="hebo"), cell("Rs. 499 each *"),
         cell("Rs. 1,499 each"), cell("Rs. 4,999 each")],
        [cell("Annual fee waived on yearly spends of", font="hebo"), cell("Rs. 75,000"), cell("Rs. 2,00,000"),
         cell("Rs. 6,00,000")],
        [cell("Interest on unpaid balance", font="hebo"), cell("3.25% a month"), cell("2.95% a month"),
         cell("2.45% a month")],
        [cell("Sahyatri add-on cards", font="hebo"), cell("up to 2"), cell("up to 3"), cell("up to 5")],
        [cell("Season Lift (extra limit)", font="hebo"), cell("15% of the limit"), cell("20% of the limit"),
         cell("25% of the limit")],
    ]
    for r in trows[1:]:
        r[0]["fill"] = PALE_IND
    v = draw_table(page, ML, v + 13, [160, 112, 112, 111], trows, size=8.2) + 8
    v = rich(page, ML, v, MR - ML, [
        ("How the variant is chosen. ", "hebo"),
        ("You say which variant you would like; the limit we can offer after the checks in Stage 3 decides "
         "the variant you get. If the limit works out below Rs. 30,000, no card is offered.", "helv")], 8.5)
    v += 8
    rect(page, ML, v, MR, v + 3, fill=PALE_SAFF)
    v += 8
    v = sub(page, ML, v, "2.1 Parikrama Partners", 9.6)
    v = rich(page, ML, v, MR - ML, [
        ("Parikrama Partners are tour operators, pilgrim-special trains, guest houses and dharamshalas that have "
         "signed up with the bank. They carry the Parikrama sign in the app, which lists more than 1,200 of them "
         "in 26 states. Only bookings with them earn the top rate of Padchinh Points, can be paid from the Yatra "
         "Kosh with a bonus, or turned into a Yatra Plan.", "helv")], 8.5) + 4
    v = sub(page, ML, v, "2.2 Add-on cards", 9.6)
    v = rich(page, ML, v, MR - ML, [
        ("Sahyatri cards (for parents and grandparents) have a sub-limit of their own that you set (section 8.2). "
         "Ordinary add-on cards, for a spouse or a child aged 18 or above, share your whole limit; at most 2 are "
         "issued, free of charge, on every variant.", "helv")], 8.5)
    HIDDEN_POS[0] = (0, ML, v + 22)
    line(page, ML, 770, ML + 120, 770, GREY, 0.5)
    para(page, ML, 773, MR - ML, "* The joining fee of Pagdandi is not charged on applications made up to "
         "31 March 2027 (launch offer); the annual fee from the second year is charged as shown.",
         size=7.4, color=GREY)
    return page


# --------------------------------------------------------------------------- page 2

ELIG = [
    ("Age. ", "Salaried applicants 21 to 60 years; self-employed 25 to 65 years; pensioners up to 70 years, "
              "for Pagdandi only, with a monthly pension of at least Rs. 18,000.",
     "Umar. ", "Naukri-pesha 21 se 60 saal; apna kaam-dhandha 25 se 65 saal; pensioners 70 saal tak, sirf "
               "Pagdandi ke liye, aur pension kam se kam Rs. 18,000 mahina."),
    ("Residence. ", "Resident Indians only. Non-resident Indians and OCI cardholders cannot apply.",
     "Niwas. ", "Sirf Bharat ke resident. NRI aur OCI cardholder apply nahi kar sakte."),
    ("Credit history. ", "The bureau score in Table 1, no more than 4 enquiries for unsecured credit in the "
                         "last 90 days, and no loan written off in the last 48 months.",
     "Credit history. ", "Table 1 wala bureau score, pichhle 90 din mein unsecured credit ki 4 se zyada "
                         "enquiry nahi, aur pichhle 48 mahine mein koi loan written off nahi."),
    ("One card each. ", "One Parikrama Yatri Card per person. If you already hold another Sindhughat credit "
                        "card, switch it to Parikrama in the app instead of applying.",
     "Ek vyakti, ek card. ", "Har vyakti ka ek hi Parikrama Yatri Card. Pehle se Sindhughat ka koi credit "
                             "card hai to naya apply mat kijiye, app mein switch kijiye."),
    ("Sahyatri add-on. ", "For your parent, parent-in-law or grandparent aged 60 or above who lives in India. "
                          "Other add-on cards go to a spouse or a child aged 18 or above (at most 2).",
     "Sahyatri add-on. ", "Aapke mata-pita, saas-sasur ya dada-dadi/nana-nani ke liye, umar 60 ya zyada, "
                          "Bharat mein rehte hon. Baaki add-on card pati/patni ya 18+ bachche ko (zyada se "
                          "zyada 2)."),
]


def sticky_note(page, x, y, w, h, angle, title, lines_):
    """A yellow note stuck on at a slant (turned by `angle` degrees)."""
    cx, cy = x + w / 2, y + h / 2
    a = math.radians(-angle)

    def rot(px, py):
        dx, dy = px - cx, py - cy
        return pymupdf.Point(cx + dx * math.cos(a) - dy * math.sin(a), cy + dx * math.sin(a) + dy * math.cos(a))

    shadow = [rot(x + 3, y + 3), rot(x + w + 3, y + 3), rot(x + w + 3, y + h + 3), rot(x + 3, y + h + 3)]
    page.draw_polyline(shadow + [shadow[0]], color=None, fill=(0.85, 0.85, 0.82), closePath=True)
    pts = [rot(x, y), rot(x + w, y), rot(x + w, y + h), rot(x, y + h)]
    page.draw_polyline(pts + [pts[0]], color=(0.85, 0.75, 0.25), fill=STICKY, width=0.5, closePath=True)
    tape = [rot(cx - 22, y - 6), rot(cx + 22, y - 6), rot(cx + 22, y + 7), rot(cx - 22, y + 7)]
    page.draw_polyline(tape + [tape[0]], color=None, fill=(0.86, 0.90, 0.94), closePath=True)
    m = pymupdf.Matrix(angle)
    yy = y + 22
    p = rot(x + 9, yy)
    page.insert_text(p, title, fontname="hebo", fontsize=8.6, color=INDIGO, morph=(p, m))
    yy += 13
    for s in lines_:
        p = rot(x + 9, yy)
        page.insert_text(p, s, fontname="helv", fontsize=7.8, color=INK, morph=(p, m))
        yy += 10.4


def page2(doc):
    page = doc.new_page(width=W, height=H)
    v = section(page, ML, TOP, "03", "Who can apply")
    v = para(page, ML, v, MR - ML, "The rules are printed twice, in English on the left and in Hinglish on the "
             "right; both say the same thing.", size=8.4, color=GREY) + 4
    lx, lw = ML, 236
    rx, rw = ML + 254, 241
    text(page, lx, v + 8, "ENGLISH", "hebo", 7.5, SAFFRON)
    text(page, rx, v + 8, "HINGLISH", "hebo", 7.5, SAFFRON)
    v += 13
    top = v
    size = 8.3
    for en_l, en, hi_l, hi in ELIG:
        a = rich(page, lx, v, lw, [(en_l, "hebo"), (en, "helv")], size)
        b = rich(page, rx, v, rw, [(hi_l, "hebo"), (hi, "heit")], size)
        v = max(a, b) + 4
    line(page, ML + 245, top, ML + 245, v - 3, MID_GREY, 0.6)
    v += 4

    v = section(page, ML, v, "04", "Documents and the Yatra Kosh")
    text(page, ML, v + 8, "Table 2: Documents by applicant", "heit", 8.3, GREY)
    drows = [
        hdr_row(["Who", "What to give"]),
        [cell("Everyone", font="hebo"), cell("PAN; Aadhaar for eKYC, or a passport, voter ID or driving licence "
                                             "for Video KYC; a live selfie taken in the app")],
        [cell("Salaried", font="hebo"), cell("Last 3 salary slips or the latest Form 16")],
        [cell("Self-employed", font="hebo"), cell("Last 2 income tax returns with computation, and 6 months' "
                                                  "current account statement")],
        [cell("Pensioners", font="hebo"), cell("Pension payment order (PPO) and 3 months' statement of the "
                                               "pension account")],
        [cell("For each Sahyatri", font="hebo"), cell("Their Aadhaar; their PAN or Form 60; proof of the "
                                                     "relationship (ration card, or a declaration signed by "
                                                     "both of you)")],
    ]
    for r in drows[1:]:
        r[0]["fill"] = PALE_IND
    tv = draw_table(page, ML, v + 13, [82, 258], drows, size=8.1)
    sticky_note(page, 408, v + 18, 132, 104, 4.0, "Uploading papers?",
                ["Each file up to 5 MB:", "PDF, JPG or PNG.", "Password-protected PDFs", "are refused (code YK-320).",
                 "Photos must show all", "four corners of the paper."])
    v = max(tv, v + 130) + 10

    # the Yatra Kosh article: starts here, continues on page 7 (a jump to a non-adjacent page)
    rect(page, ML, v, MR, v + 3, fill=SAFFRON)
    v += 8
    text(page, ML, v + 13, "Yatra Kosh: save for the trip before you go", "hebo", 12, DEEP_SAFFRON)
    v += 20
    kosh = [
        ("What it is. ", "The Yatra Kosh is a savings pot attached to your card for one trip you are planning. "
                         "You choose a goal amount between Rs. 10,000 and Rs. 3,00,000 and a goal date between 6 "
                         "and 36 months away, and the app works out the monthly amount. The monthly amount "
                         "cannot be less than Rs. 500 or more than Rs. 25,000."),
        ("How the money comes in. ", "On the 10th of every month the monthly amount is moved from your savings "
                                     "account (with any bank, through a NACH e-mandate or UPI AutoPay) into the "
                                     "Kosh. You can add money by UPI at any time as well; the Kosh balance can "
                                     "never be above Rs. 3,00,000."),
        ("Kept apart from your limit. ", "Money in the Kosh is yours. It is not part of your credit limit, and "
                                         "it does not pay your card bill unless you ask for a Kosh-to-bill "
                                         "transfer (once per statement, free, but no Kosh bonus is paid on "
                                         "that amount)."),
        ("Paying for the trip. ", "When you book with a Parikrama Partner, choose \"Pay from Kosh\" at the "
                                  "checkout. The booking is paid from the Kosh first and any balance goes on "
                                  "the card, and the bank adds the Kosh bonus: a share of the Kosh money spent "
                                  "at Parikrama Partners, at the rate and up to the cap of your variant"),
    ]
    colw = 238
    cols = [ML, MR - colw]
    size = 8.4
    lead = size * 1.32
    flow = []  # (line or None for a paragraph gap)
    for lab, body in kosh:
        flow += rich_lines([(lab, "hebo"), (body, "helv")], size, colw)
        flow.append(None)
    flow.pop()
    nlines = sum(1 for ln in flow if ln is not None)
    split, seen = 0, 0
    for k, ln in enumerate(flow):
        if ln is not None:
            seen += 1
            if seen > (nlines + 1) // 2:
                split = k
                break
    ci, y = 0, v
    for k, ln in enumerate(flow):
        if k == split:
            ci, y = 1, v
        if ln is None:
            y += 3
            continue
        for xo, t, f in ln:
            text(page, cols[ci] + xo, y + size, t, f, size)
        y += lead
    ylimit = y + 14
    text(page, cols[1], y + 9, "(continued on page 7)", "hebi", 8.2, DEEP_SAFFRON)
    line(page, W / 2, v + 2, W / 2, ylimit - 2, MID_GREY, 0.5)
    return page


# --------------------------------------------------------------------------- pages 3 and 4 (stages)

STAGES = [
    ("1", "SANKALP", "start the application", [
        ("What you do: ", "download the Sindhughat Yatri app, enter your mobile number and the OTP, then your "
                          "PAN, date of birth, pin code and kind of work, and the variant you would like."),
        ("Time limits: ", "the OTP is valid for 5 minutes; 3 wrong OTPs lock the app for 30 minutes (YK-130). "
                          "It takes about 6 minutes."),
        ("What to do next: ", "Stage 2 opens as soon as you submit."),
        ("If you stop here: ", "your draft is kept for 21 days, with reminders on day 3 and day 15, and then "
                               "deleted. No credit check has been made, so your score is not touched."),
    ]),
    ("2", "PEHCHAAN", "KYC", [
        ("What you do: ", "Aadhaar eKYC with an OTP (valid 10 minutes) and a live selfie; or Video KYC with an "
                          "agent, between 8 am and 10 pm on any day, with your original PAN card in hand."),
        ("Time limits: ", "finish KYC within 7 days of Stage 1. A Video KYC call waits at most 20 minutes for an "
                          "agent; you may rebook a call up to 3 times."),
        ("What to do next: ", "nothing; Stage 3 starts by itself once KYC passes."),
        ("If you stop here: ", "after 7 days the application stops with YK-240. Until day 21 after Stage 1 "
                               "you can restart at Stage 2; after that you start again at Stage 1."),
    ]),
    ("3", "JAANCH", "credit and income checks", [
        ("What you do: ", "agree to the credit bureau check, then upload your income papers (Table 2) or give "
                          "account aggregator consent; the consent link is valid for 24 hours."),
        ("Time limits: ", "upload within 5 working days of passing KYC. We decide within 2 working days "
                          "of receiving complete papers."),
        ("What to do next: ", "if approved, set up the Yatra Kosh (Stage 4) or skip to Stage 5."),
        ("If you stop here: ", "without papers in 5 working days the application closes with YK-340; you may "
                               "apply again after 30 days. The bureau enquiry already made stays on your "
                               "report."),
    ]),
    ("4", "KOSH CHUNAV", "choose the Yatra Kosh (optional)", [
        ("What you do: ", "open a Yatra Kosh now or later; if now, set the goal amount and date and approve "
                          "the mandate from your savings account."),
        ("Time limits: ", "decide within 48 hours. The mandate is confirmed by your bank within 3 working days "
                          "(if not: YK-420)."),
        ("What to do next: ", "go on to Stage 5; the Kosh does not hold up your card."),
        ("If you stop here: ", "after 48 hours the journey skips the Kosh and moves to Stage 5 by itself. You "
                               "can open a Kosh from the app at any time once the card is active."),
    ]),
    ("5", "SWIKRITI", "offer and e-sign", [
        ("What you do: ", "read the limit offer, the variant and the Key Fact Statement; choose your statement "
                          "date (the 3rd, 12th or 21st); e-sign with an Aadhaar OTP."),
        ("Time limits: ", "the offer is valid for 10 days. 3 failed e-sign OTPs lock e-sign for 24 hours "
                          "(YK-520)."),
        ("What to do next: ", "nothing; the card is made and sent to you."),
        ("If you stop here: ", "the offer lapses on day 11 (YK-510) at no cost to you; a new application can be "
                               "made after 30 days."),
    ]),
    ("6", "AAGMAN", "card delivery and activation", [
        ("What you do: ", "receive the card (an OTP is asked at the door), set the PIN in the app and make a "
                          "first purchase."),
        ("Time limits: ", "the card is sent within 3 working days of e-sign and reaches you within 7 working "
                          "days; the courier tries 3 times. Activate within 30 days of issue."),
        ("What to do next: ", "set up Sahyatri cards, alerts and, before a trip, the Season Lift."),
        ("If you stop here: ", "a card not activated gets reminders on day 10 and day 20 and is closed on day "
                               "31 at no charge (YK-620). A card the courier could not deliver goes back to "
                               "your home branch (YK-610)."),
    ]),
]


def stage_box(page, v, num, name, gloss, lines_, fill=CREAM, extra=0.0):
    size = 8.1
    tx = ML + 98
    tw = MR - tx - 8
    h = 8
    for lab, val in lines_:
        h += rich_height([(lab, "hebo"), (val, "helv")], size, tw) + 1
    h = max(h + 4, 84) + extra
    rect(page, ML, v, MR, v + h, fill=fill, color=SAFFRON, width=0.7)
    rect(page, ML, v, ML + 86, v + h, fill=INDIGO)
    text(page, ML + 8, v + 40, num, "hebo", 34, PALE_SAFF, render_mode=1, border_width=0.03)
    text(page, ML + 8, v + 56, name, "hebo", 8.8 if len(name) < 10 else 7.6, WHITE)
    para(page, ML + 8, v + 60, 74, gloss, "heit", 6.8, color=PALE_IND)
    y = v + 5
    for lab, val in lines_:
        y = rich(page, tx, y, tw, [(lab, "hebo"), (val, "helv")], size) + 1
    return v + h, y


def page3(doc):
    page = doc.new_page(width=W, height=H)
    v = section(page, ML, TOP, "05", "Your onboarding journey: six stages")
    v = para(page, ML, v, MR - ML,
             "The whole journey runs in the Sindhughat Yatri app. The stage names below are the ones on the "
             "app's progress bar. Each box says what to do, the time limits, what comes next and what happens "
             "if you stop at that stage; section 06 lists the codes an application can stop with.",
             size=8.7) + 6
    for k, (num, name, gloss, lines_) in enumerate(STAGES[:5]):
        bottom, ylast = stage_box(page, v, num, name, gloss, lines_, extra=14 if k == 1 else 0)
        if k == 1:
            HIDDEN_POS[1] = (2, ML + 98, ylast + 9, CREAM)
        v = bottom + 7
    v += 2
    rect(page, ML, v, MR, v + 44, color=SAFFRON, width=0.8, dashes="[2 2] 0")
    rich(page, ML + 8, v + 5, MR - ML - 16, [
        ("Coming back later? ", "hebo"),
        ("Open the app and tap Resume. The app takes you to the first stage that is not finished. Time limits "
         "keep running while you are away; they do not restart when you come back.", "helv")], 8.4)
    return page


CODES = [
    ("YK-110", "1", "The mobile number is already on another open application.",
     "Finish or withdraw that application, or use a number in your own name."),
    ("YK-120", "1", "The name you typed does not match the name on your PAN.",
     "Correct the name; 2 corrections are allowed, then call the helpline."),
    ("YK-130", "1", "3 wrong OTPs in a row.", "Wait 30 minutes and try again."),
    ("YK-210", "2", "The Aadhaar OTP does not reach you (mobile not linked to Aadhaar).",
     "Choose Video KYC instead."),
    ("YK-220", "2", "The Video KYC call dropped 3 times.", "Book a KYC visit at any Sindhughat branch."),
    ("YK-230", "2", "The selfie does not match the photo on your ID.",
     "Retake the selfie in good light; after 2 retakes, use Video KYC."),
    ("YK-240", "2", "KYC not finished within 7 days of Stage 1.",
     "Restart at Stage 2 until day 21; after that apply afresh."),
    ("YK-310", "3", "The bureau score is below the cut-off of every variant.", "Apply again after 180 days."),
    ("YK-320", "3", "An income paper could not be read or was refused.",
     "Upload it again within the 5 working days of Stage 3."),
    ("YK-330", "3", "More than 4 unsecured credit enquiries in the last 90 days.",
     "Apply again after 90 days."),
    ("YK-340", "3", "Income papers not uploaded in 5 working days.", "Apply again after 30 days."),
    ("YK-410", "4", "Your bank refused the Kosh mandate (account details do not match).",
     "Retry with another account or with UPI AutoPay; 2 retries are allowed."),
    ("YK-420", "4", "The mandate was not confirmed within 3 working days.",
     "Nothing; the journey goes on without the Kosh. Set it up after activation."),
    ("YK-510", "5", "The offer was not accepted within 10 days.", "Apply again after 30 days."),
    ("YK-520", "5", "3 failed e-sign OTPs.", "Wait 24 hours, then e-sign from the app."),
    ("YK-610", "6", "The courier could not deliver the card after 3 attempts.",
     "Collect it from your home branch within 15 days with an ID; after that it is destroyed and the "
     "application closes."),
    ("YK-620", "6", "The card was not activated within 30 days of issue.",
     "The card is closed at no charge; apply again whenever you like."),
]


def page4(doc):
    page = doc.new_page(width=W, height=H)
    v = TOP
    for num, name, gloss, lines_ in STAGES[5:]:
        bottom, _ = stage_box(page, v, num, name, gloss, lines_)
        v = bottom + 7
    v += 6
    v = section(page, ML, v, "06", "Stop codes and what to do next")
    v = para(page, ML, v, MR - ML, "When an application stops, the app shows a code of the form YK-nnn. The "
             "first digit is the stage it stopped at.", size=8.6) + 4
    text(page, ML, v + 8, "Table 3: Stop codes", "heit", 8.3, GREY)
    rows = [hdr_row(["Code", "Stage", "What it means", "What you do next"])]
    for code, st, mean, nxt in CODES:
        rows.append([cell(code, font="hebo", fill=PALE_IND), cell(st, align="center"), cell(mean), cell(nxt)])
    v = draw_table(page, ML, v + 13, [50, 36, 190, 219], rows, size=7.9, pad=3.0)
    assert v < BOTTOM, v
    return page


# --------------------------------------------------------------------------- page 5 (fees)

def page5(doc):
    page = doc.new_page(width=W, height=H)
    v = section(page, ML, TOP, "07", "Fees and charges")
    v = para(page, ML, v, MR - ML, "All fees are in rupees and exclude GST at 18%. Where one value is given, it "
             "applies to every variant.", size=8.6) + 3
    text(page, ML, v + 8, "Table 4: Fee schedule", "heit", 8.3, GREY)
    F = [
        ("Joining fee", "Rs. 499 *", "Rs. 1,499", "Rs. 4,999"),
        ("Annual fee, from the second year", "Rs. 499", "Rs. 1,499", "Rs. 4,999"),
        ("Sahyatri add-on card, each, a year", "Rs. 250", "Rs. 150", "Nil"),
        ("Foreign currency mark-up", "3.5%", "2.5%", "1.49%"),
        ("Yatra Plan processing fee", "1%, min. Rs. 199", "1%, min. Rs. 149", "Nil"),
        ("Card replacement by post (lost or damaged)", "Rs. 200", "Rs. 200", "Nil"),
        ("Emergency card at a Darshan Desk", "Rs. 350", "Rs. 150", "Nil"),
    ]
    rows = [hdr_row(["Charge", "Pagdandi", "Ghat", "Shikhar"])]
    for a, b, c, d in F:
        rows.append([cell(a, font="hebo", fill=PALE_IND), cell(b), cell(c), cell(d)])
    ALL = [
        ("Cash withdrawal fee", "2.5% of the amount, min. Rs. 500"),
        ("Over-limit fee", "2.5% of the amount over the limit, min. Rs. 600"),
        ("Payment return (cheque or mandate)", "2% of the payment, min. Rs. 450"),
        ("Yatra Plan pre-closure", "3% of the principal outstanding"),
        ("Kosh withdrawal before the goal date", "Rs. 150 per withdrawal"),
        ("Points redeemed as statement credit", "Rs. 49 per request"),
        ("Season Lift", "Nil"),
    ]
    for a, b in ALL:
        rows.append([cell(a, font="hebo", fill=PALE_IND), cell(b, cs=3, align="center"), None, None])
    v = draw_table(page, ML, v + 13, [175, 107, 107, 106], rows, size=7.9, pad=2.9) + 4
    v = para(page, ML, v, MR - ML, "* Not charged on applications made up to 31 March 2027.", size=7.5,
             color=GREY) + 8

    # late payment slabs
    text(page, ML, v + 8, "Table 4A: Late payment charge", "heit", 8.3, GREY)
    slabs = [("Up to Rs. 500", "Nil"), ("Rs. 501 to Rs. 5,000", "Rs. 450"), ("Rs. 5,001 to Rs. 15,000", "Rs. 750"),
             ("Rs. 15,001 to Rs. 40,000", "Rs. 1,050"), ("Above Rs. 40,000", "Rs. 1,350")]
    rows = [hdr_row(["Total amount due on the statement", "Charge"])]
    for a, b in slabs:
        rows.append([cell(a), cell(b, align="right")])
    lv = draw_table(page, ML, v + 13, [170, 70], rows, size=7.9, pad=2.9)
    rich(page, ML + 258, v + 14, MR - ML - 258, [
        ("When it applies. ", "hebo"),
        ("The charge is added when the minimum amount due is not paid within 3 days after the due date. A "
         "payment made in those 3 days carries no late payment charge, but interest runs from the due "
         "date.", "helv")], 8.3)
    v = lv + 12

    # Yatra Plan: a wide table printed in two bands of columns
    v = sub(page, ML, v, "Yatra Plan: instalments on Parikrama Partner bookings", 10)
    v = para(page, ML, v, MR - ML,
             "A booking of Rs. 3,000 or more with a Parikrama Partner (listed tour operators, pilgrim-special "
             "trains, guest houses and dharamshalas) can be turned into monthly instalments in the app within "
             "30 days of the booking and before the due date of the statement it appears on. Rates are a year, "
             "on the reducing balance.", size=8.4) + 2
    text(page, ML, v + 8, "Table 5: Yatra Plan interest rates by tenure", "heit", 8.3, GREY)
    v += 13
    bands = [
        ["3 months", "6 months", "9 months"],
        ["12 months", "18 months", "24 months"],
    ]
    data = {
        "Pagdandi": ["12%", "14%", "15%", "16%", "17.5%", "Not offered"],
        "Ghat": ["9%", "12%", "13%", "14%", "15.5%", "16.5%"],
        "Shikhar": ["0%", "8.5%", "10.5%", "12%", "13.5%", "14.5%"],
        "Smallest booking": ["Rs. 3,000", "Rs. 10,000", "Rs. 15,000", "Rs. 20,000", "Rs. 30,000", "Rs. 40,000"],
    }
    for b, heads in enumerate(bands):
        rows = [[cell("Tenure", font="hebo", fill=DEEP_SAFFRON, color=WHITE)]
                + [cell(hh, font="hebo", fill=INDIGO, color=WHITE, align="center") for hh in heads]]
        for lab, vals in data.items():
            rows.append([cell(lab, font="hebo", fill=PALE_IND)]
                        + [cell(x, align="center") for x in vals[b * 3:b * 3 + 3]])
        v = draw_table(page, ML, v, [125, 123, 123, 124], rows, size=7.9, pad=2.9) + (7 if b == 0 else 4)
    v = para(page, ML, v, MR - ML, "The processing fee is in Table 4; the first instalment is billed on the next "
             "statement.", size=7.8, color=GREY)
    assert v < BOTTOM, v
    return page


# --------------------------------------------------------------------------- page 6 (benefits, rewards)

BENEFITS = [
    ("TRAVEL", [
        ("Rail lounge visits a year at pilgrim-route stations", "2", "6", "12"),
        ("Discount on pilgrim-special train tickets booked with partners", "5%, up to Rs. 300 a month",
         "7.5%, up to Rs. 750 a month", "10%, up to Rs. 2,000 a month"),
    ]),
    ("COVER", [
        ("Personal accident cover while travelling", "Rs. 5,00,000", "Rs. 15,00,000", "Rs. 40,00,000"),
        ("Trip cancellation cover, per trip", "Rs. 15,000", "Rs. 40,000", "Rs. 1,00,000"),
        ("Lost baggage cover", "Not covered", "Rs. 20,000", "Rs. 50,000"),
    ]),
    ("DESK", [
        ("Emergency cash at a Darshan Desk", "Not available", "Up to Rs. 10,000", "Up to Rs. 25,000"),
        ("Emergency card at a Darshan Desk", "Rs. 350", "Rs. 150", "Free"),
    ]),
    ("KOSH", [
        ("Kosh bonus on Kosh money spent at Parikrama Partners", "2%", "3%", "4%"),
        ("Most Kosh bonus per goal", "Rs. 1,000", "Rs. 3,000", "Rs. 8,000"),
    ]),
]


def benefits_table(page, x0, y0):
    colw = [24, 171, 100, 100, 100]
    size, pad = 7.9, 3.2
    xs = [x0]
    for w in colw:
        xs.append(xs[-1] + w)
    # header
    hh = 16
    for k, t in enumerate(["", "Benefit", "Pagdandi", "Ghat", "Shikhar"]):
        rect(page, xs[k], y0, xs[k + 1], y0 + hh, fill=INDIGO, color=GREY, width=0.5)
        if t:
            text(page, xs[k] + pad, y0 + 11, t, "hebo", 8.0, WHITE)
    y = y0 + hh
    for gi, (group, rows) in enumerate(BENEFITS):
        heights = []
        for lab, *vals in rows:
            h = rich_height([(lab, "hebo")], size, colw[1] - 2 * pad)
            for k, vv in enumerate(vals):
                h = max(h, rich_height([(vv, "helv")], size, colw[2 + k] - 2 * pad))
            heights.append(h + 2 * pad)
        need = len(group) * 8.2 + 8
        if sum(heights) < need:
            heights[-1] += need - sum(heights)
        gtop, gbot = y, y + sum(heights)
        rect(page, xs[0], gtop, xs[1], gbot, fill=SAFFRON if gi % 2 == 0 else DEEP_SAFFRON, color=GREY, width=0.5)
        # the group label: capital letters stacked one under another
        ly = gtop + (gbot - gtop - len(group) * 8.2) / 2 + 7
        for ch in group:
            text(page, xs[0] + colw[0] / 2 - tl(ch, "hebo", 7.6) / 2, ly, ch, "hebo", 7.6, WHITE)
            ly += 8.2
        for (lab, *vals), h in zip(rows, heights):
            rect(page, xs[1], y, xs[2], y + h, fill=PALE_IND, color=GREY, width=0.5)
            rich(page, xs[1] + pad, y + pad, colw[1] - 2 * pad, [(lab, "hebo")], size)
            for k, vv in enumerate(vals):
                rect(page, xs[2 + k], y, xs[3 + k], y + h, color=GREY, width=0.5)
                rich(page, xs[2 + k] + pad, y + pad, colw[2 + k] - 2 * pad, [(vv, "helv")], size)
            y += h
    return y


def page6(doc):
    page = doc.new_page(width=W, height=H)
    v = section(page, ML, TOP, "08", "Benefits")
    text(page, ML, v + 8, "Table 6: Benefits by variant", "heit", 8.3, GREY)
    v = benefits_table(page, ML, v + 13) + 5
    v = para(page, ML, v, MR - ML, "Cover is given by Suraksha Setu General Insurance Co. Ltd. under a group "
             "policy held by the bank; claims are made to the insurer within 30 days of the event. Emergency "
             "cash is billed like a purchase, with no cash withdrawal fee.", size=7.9, color=GREY) + 8

    colw = 238
    cl, cr = ML, MR - colw
    yl = sub(page, cl, v, "8.1 Season Lift", 9.6)
    yl = bullets(page, cl, yl, colw, [
        "Ask in the app 5 to 30 days before you travel; we reply within 2 working days.",
        "The extra limit (Table 1) lasts up to 45 days. At most 2 Season Lifts in a card year.",
        "Only if no minimum amount due was missed in the last 6 statements.",
        "Spends on the extra limit are billed as usual; there is no fee.",
    ])
    yr = sub(page, cr, v, "8.2 Sahyatri cards", 9.6)
    yr = bullets(page, cr, yr, colw, [
        "You set each Sahyatri card's sub-limit between 10% and 50% of your limit, and at least Rs. 5,000.",
        "You get an SMS for every Sahyatri spend above Rs. 2,000.",
        "Sahyatri cards cannot withdraw cash.",
    ])
    v = max(yl, yr) + 3
    v = sub(page, ML, v, "8.3 Darshan Desk", 9.6)
    v = bullets(page, ML, v, MR - ML, [
        "Sahayata Kendra counters in 14 pilgrim towns, open 6 am to 10 pm every day; the list is in the app.",
        "Show any photo ID. A lost card is replaced with an emergency card within 24 hours of your request; the "
        "emergency card works for 60 days and your regular card follows by post.",
    ]) + 5

    v = section(page, ML, v, "09", "Rewards: Padchinh Points")
    pts = [
        [("10 points per Rs. 100 ", "hebo"), ("spent with Parikrama Partners, up to 2,500, 6,000 or 15,000 "
                                              "points a month on Pagdandi, Ghat and Shikhar.", "helv")],
        [("4 points per Rs. 100 ", "hebo"), ("on rail, bus and air tickets.", "helv")],
        [("1 point per Rs. 100 ", "hebo"), ("on other purchases.", "helv")],
        [("No points ", "hebo"), ("on fuel, rent, wallet loads, insurance premiums, Yatra Plan instalments and "
                                  "cash withdrawals.", "helv")],
        [("Welcome points: ", "hebo"), ("1,000, 3,000 or 10,000 points (Pagdandi, Ghat, Shikhar) once you spend "
                                        "Rs. 10,000 within 60 days of the card being issued.", "helv")],
        [("Using points: ", "hebo"), ("1 point is worth Rs. 0.25 against Parikrama Partner bookings, or Rs. 0.20 "
                                      "as statement credit. Redeem at least 500 points at a time.", "helv")],
        [("Expiry: ", "hebo"), ("points lapse 36 months after the month they were earned.", "helv")],
    ]
    v = bullets(page, ML, v, MR - ML, pts, size=8.4)
    HIDDEN_POS[2] = (5, ML, v + 18)
    v += 28
    segs = [("Example (Ghat card, one statement). ", "hebo"),
            ("A tour package of Rs. 40,000 from a Parikrama Partner earns 4,000 points (under the Ghat cap of "
             "6,000 a month); train tickets of Rs. 6,000 earn 240; other purchases of Rs. 8,000 earn 80; fuel of "
             "Rs. 3,000 earns none. Total: 4,320 points, worth Rs. 1,080 against a Parikrama Partner booking, or "
             "Rs. 864 as statement credit (less the Rs. 49 fee).", "helv")]
    hh = rich_height(segs, 8.2, MR - ML - 20) + 8
    rect(page, ML, v, MR, v + hh, color=SAFFRON, width=0.8, fill=PALE_SAFF)
    v = rich(page, ML + 10, v + 4, MR - ML - 20, segs, 8.2) + 4
    assert v + 30 < BOTTOM, v
    return page


# --------------------------------------------------------------------------- page 7 (statements, Kosh, timelines)

def calendar(page, x0, y0):
    cw, ch = 33.0, 21.0
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    rect(page, x0, y0, x0 + 7 * cw, y0 + 16, fill=INDIGO)
    title = "June 2027 (sample cycle)"
    text(page, x0 + 7 * cw / 2 - tl(title, "hebo", 8.4) / 2, y0 + 11.5, title, "hebo", 8.4, WHITE)
    y = y0 + 16
    for k, d in enumerate(days):
        text(page, x0 + k * cw + cw / 2 - tl(d, "hebo", 7) / 2, y + 9, d, "hebo", 7, GREY)
    y += 12
    first = 1  # 1 June 2027 is a Tuesday (column 1)
    marks = {3: "stmt", 10: "kosh", 18: "remind", 23: "due", 26: "grace"}
    for day in range(1, 31):
        pos = first + day - 1
        r, c = divmod(pos, 7)
        cx0, cy0 = x0 + c * cw, y + r * ch
        rect(page, cx0, cy0, cx0 + cw, cy0 + ch, color=MID_GREY, width=0.4)
        col = INK
        kind = marks.get(day)
        if kind == "stmt":
            rect(page, cx0 + 2, cy0 + 2, cx0 + cw - 2, cy0 + ch - 2, fill=INDIGO)
            col = WHITE
        elif kind == "due":
            rect(page, cx0 + 2, cy0 + 2, cx0 + cw - 2, cy0 + ch - 2, fill=SAFFRON)
            col = WHITE
        elif kind == "kosh":
            page.draw_circle(pymupdf.Point(cx0 + cw / 2, cy0 + ch / 2), 8.5, color=DEEP_SAFFRON, width=1.3)
        elif kind == "remind":
            line(page, cx0 + 8, cy0 + ch - 4, cx0 + cw - 8, cy0 + ch - 4, INDIGO, 1.6)
        elif kind == "grace":
            rect(page, cx0 + 2, cy0 + 2, cx0 + cw - 2, cy0 + ch - 2, color=SAFFRON, width=1.0, dashes="[2 1.5] 0")
        s = str(day)
        text(page, cx0 + cw / 2 - tl(s, "hebo" if kind else "helv", 8) / 2, cy0 + ch / 2 + 2.8, s,
             "hebo" if kind else "helv", 8, col)
    rows_ = (first + 30 + 6) // 7
    return y + rows_ * ch


def page7(doc):
    page = doc.new_page(width=W, height=H)
    v = section(page, ML, TOP, "10", "Statements and payments")
    cal_x = MR - 7 * 33.0
    cal_bottom = calendar(page, cal_x, v + 2)
    # legend under the calendar
    ly = cal_bottom + 8
    legend = [("stmt", "Statement date"), ("kosh", "Kosh debit"), ("remind", "Reminder SMS"),
              ("due", "Payment due date"), ("grace", "Last day without a late charge")]
    lx = cal_x
    for k, (kind, lab) in enumerate(legend):
        x = lx + (k % 2) * 118
        y = ly + (k // 2) * 12
        if kind == "stmt":
            rect(page, x, y, x + 9, y + 8, fill=INDIGO)
        elif kind == "due":
            rect(page, x, y, x + 9, y + 8, fill=SAFFRON)
        elif kind == "kosh":
            page.draw_circle(pymupdf.Point(x + 4.5, y + 4), 4, color=DEEP_SAFFRON, width=1.1)
        elif kind == "remind":
            line(page, x, y + 7, x + 9, y + 7, INDIGO, 1.6)
        else:
            rect(page, x, y, x + 9, y + 8, color=SAFFRON, width=0.9, dashes="[2 1.5] 0")
        text(page, x + 13, y + 7, lab, "helv", 7.4, INK)
    cal_end = ly + 36
    tw = cal_x - ML - 14
    y = v
    y = bullets(page, ML, y, tw, [
        [("Statement date: ", "hebo"), ("the 3rd, 12th or 21st of the month, chosen at Stage 5. You may change "
                                        "it once in 180 days; the change starts from the next cycle.", "helv")],
        [("Due date: ", "hebo"), ("20 days after the statement date.", "helv")],
        [("Minimum amount due: ", "hebo"), ("5% of the total amount due (at least Rs. 200), plus every Yatra "
                                            "Plan instalment and any amount over the limit.", "helv")],
        [("Reminder: ", "hebo"), ("an SMS and an app alert 5 days before the due date.", "helv")],
        [("AutoPay: ", "hebo"), ("from a Sindhughat savings account, for the full or the minimum amount, on "
                                 "the due date.", "helv")],
        [("Other ways to pay: ", "hebo"), ("UPI, NEFT or IMPS to the card number, the app, or cash at a "
                                           "branch (up to Rs. 49,999 a day).", "helv")],
    ], size=8.3)
    v = max(y, cal_end) + 6

    # the Yatra Kosh article, continued from page 2
    rect(page, ML, v, MR, v + 3, fill=SAFFRON)
    v += 8
    text(page, ML, v + 12, "Yatra Kosh", "hebo", 12, DEEP_SAFFRON)
    text(page, ML + tl("Yatra Kosh", "hebo", 12) + 8, v + 12, "(continued from page 2)", "hebi", 8.2, DEEP_SAFFRON)
    v += 18
    v = rich(page, ML, v, MR - ML, [
        ("... (Table 6). The bonus is credited to your card account within 10 working days after the trip date "
         "you entered, and the Kosh money spent still earns Padchinh Points as a Parikrama Partner spend.",
         "helv")], 8.4) + 3
    kosh2 = [
        [("Missed debits. ", "hebo"), ("If a monthly debit fails, it is tried once more on the 15th. After 3 "
                                       "missed months in a row the Kosh is paused and the goal date moves by "
                                       "the months missed.", "helv")],
        [("Taking money out early. ", "hebo"), ("You can move Kosh money back to your savings account at any "
                                                "time. Each withdrawal before the goal date costs Rs. 150, and no "
                                                "Kosh bonus is paid on that goal.", "helv")],
        [("After the goal date. ", "hebo"), ("Unused Kosh money stays for 90 days; after that it goes back to "
                                             "your savings account within 7 working days.", "helv")],
        [("Closing the card. ", "hebo"), ("The Kosh balance is returned to your savings account within 7 working "
                                          "days of the card being closed.", "helv")],
    ]
    v = bullets(page, ML, v, MR - ML, kosh2, size=8.4)
    HIDDEN_POS[3] = (6, ML, v + 14)
    v += 26

    v = section(page, ML, v, "11", "Key timelines")
    T = [
        ("Draft application kept", "21 days"),
        ("KYC to be finished", "7 days from Stage 1"),
        ("Income papers uploaded", "5 working days"),
        ("Credit decision", "2 working days"),
        ("Offer valid", "10 days"),
        ("Card sent", "3 working days after e-sign"),
        ("Card to be activated", "30 days from issue"),
        ("Season Lift answer", "2 working days"),
        ("Emergency card at a Darshan Desk", "24 hours"),
        ("Points credited", "5 working days after the statement"),
        ("Kosh bonus credited", "10 working days after the trip date"),
        ("Disputed charge to be reported", "30 days from the statement date"),
        ("Lost card: no liability if reported", "within 3 days"),
        ("Credit balance refunded on request", "7 working days"),
    ]
    half = (len(T) + 1) // 2
    colw = 240
    for k, part in enumerate([T[:half], T[half:]]):
        rows = [hdr_row(["Event", "Timeline"])]
        for a, b in part:
            rows.append([cell(a, fill=PALE_SAFF), cell(b, font="hebo")])
        yy = draw_table(page, ML + k * (colw + 15), v, [130, 110], rows, size=7.9, pad=3.0)
        if k == 0:
            left_end = yy
    v = max(yy, left_end) + 12
    rect(page, ML, v, MR, v + 56, fill=PALE_IND)
    rect(page, ML, v, ML + 4, v + 56, fill=INDIGO)
    yy = rich(page, ML + 12, v + 5, MR - ML - 20, [
        ("When interest is charged. ", "hebo"),
        ("A purchase is free of interest up to the due date only if the previous statement was paid in full. "
         "Otherwise interest at the monthly rate in Table 1 runs on each purchase from the day it was made. Cash "
         "withdrawals carry interest from the day of withdrawal, and Yatra Plan instalments carry the rate in "
         "Table 5 instead.", "helv")], 8.3)
    yy = max(yy, v + 56)
    assert yy < BOTTOM, yy
    return page


# --------------------------------------------------------------------------- page 8 (help, FAQ)

KEYS = [
    ("1", "Block a lost card"), ("2", "Darshan Desk"), ("3", "Yatra Plan"),
    ("4", "Yatra Kosh"), ("5", "Bills and payments"), ("6", "Padchinh Points"),
    ("7", "Application status"), ("8", "Sahyatri cards"), ("9", "Speak to an agent"),
    ("*", "Hindi"), ("0", "Repeat menu"), ("#", "Marathi"),
]

FAQ = [
    ("Can I pay my card bill from the Yatra Kosh?",
     "Only if you ask for it: a Kosh-to-bill transfer in the app, once per statement and free of charge. No "
     "Kosh bonus is paid on money used this way."),
    ("My mother is 58. Can she have a Sahyatri card?",
     "Not yet: a Sahyatri must be 60 or above, and ordinary add-on cards go only to a spouse or a child. Apply "
     "for her Sahyatri card from the app once she turns 60."),
    ("Does the Season Lift cost anything?",
     "No fee is charged. Interest is charged as usual on anything not paid by the due date."),
    ("I lost my card during a yatra. What now?",
     "Block it in the app or with key 1 on the helpline, then go to any Sahayata Kendra with a photo ID. The "
     "emergency card fee depends on your variant (Table 4)."),
    ("Can a Yatra Plan be closed early?",
     "Yes, from the app at any time; the pre-closure charge is 3% of the principal outstanding."),
    ("Is Video KYC available on Sundays?",
     "Yes. Video KYC agents work between 8 am and 10 pm on every day of the week."),
    ("I paid a partner booking 40 days ago. Can it still become a Yatra Plan?",
     "No. A booking can be turned into instalments only within 30 days of the booking and before the due date "
     "of the statement it appears on."),
    ("Are bookings for a pilgrimage abroad covered by Yatra Plan?",
     "Yes, if the booking is made with a Parikrama Partner and billed in rupees; the foreign currency mark-up "
     "applies only to spends in a foreign currency."),
]


def keypad(page, x0, y0):
    kw, kh, gap = 58.0, 30.0, 5.0
    pw = 3 * kw + 2 * gap + 20
    ph = 4 * kh + 3 * gap + 48
    rect(page, x0, y0, x0 + pw, y0 + ph, color=INDIGO, width=1.4, radius=0.12, fill=PALE_IND)
    rect(page, x0 + 10, y0 + 10, x0 + pw - 10, y0 + 32, fill=INDIGO, radius=0.2)
    t = "1800 266 4040"
    text(page, x0 + pw / 2 - tl(t, "hebo", 10) / 2, y0 + 25, t, "hebo", 10, WHITE)
    for k, (d, lab) in enumerate(KEYS):
        r, c = divmod(k, 3)
        kx, ky = x0 + 10 + c * (kw + gap), y0 + 40 + r * (kh + gap)
        rect(page, kx, ky, kx + kw, ky + kh, color=GREY, width=0.6, radius=0.25, fill=WHITE)
        text(page, kx + kw / 2 - tl(d, "hebo", 12) / 2, ky + 13, d, "hebo", 12, INDIGO)
        s = 6.2 if tl(lab, "helv", 6.2) < kw - 4 else 5.4
        text(page, kx + kw / 2 - tl(lab, "helv", s) / 2, ky + 24, lab, "helv", s, INK)
    return y0 + ph, x0 + pw


def page8(doc):
    page = doc.new_page(width=W, height=H)
    v = section(page, ML, TOP, "12", "Help and complaints")
    kb, kr = keypad(page, MR - 204, v + 2)
    tw = MR - 204 - ML - 14
    y = rich(page, ML, v, tw, [("Yatri Helpline ", "hebo"), ("1800 266 4040, free and open 24 hours. From "
                                                               "abroad: +91 22 4477 4040 (charged). The menu "
                                                               "keys are shown on the right.", "helv")], 8.4) + 3
    y = rich(page, ML, y, tw, [("WhatsApp: ", "hebo"), ("98200 14040 (8 am to 10 pm).  ", "helv"),
                               ("E-mail: ", "hebo"), ("yatri.care@sindhughatbank.in", "helv")], 8.4) + 5
    y = sub(page, ML, y, "How a complaint moves up", 9.4)
    steps = [
        [("Level 1. ", "hebo"), ("Helpline, e-mail or any branch. You get a reference starting YC- at once and "
                                 "a reply within 7 days.", "helv")],
        [("Level 2. ", "hebo"), ("Not satisfied? Write to the Grievance Redressal Officer, Ms. Revati Kamble, "
                                 "grievance@sindhughatbank.in; reply within 10 working days.", "helv")],
        [("Level 3. ", "hebo"), ("Principal Nodal Officer, Mr. Anant Salvi, Sindhughat Bhavan, 31 Panchganga "
                                 "Marg, Kolhapur 416 002; reply within 15 days.", "helv")],
        [("Beyond the bank. ", "hebo"), ("If no reply comes within 30 days of your complaint, or you are not "
                                         "satisfied, you can go to the RBI Ombudsman.", "helv")],
    ]
    y = bullets(page, ML, y, tw, steps, size=8.3)
    v = max(y, kb) + 8

    v = section(page, ML, v, "13", "Questions people ask")
    size = 8.3
    for q, a in FAQ:
        text(page, ML, v + 9, "Q", "hebo", 10, SAFFRON)
        v = rich(page, ML + 16, v, MR - ML - 16, [(q, "hebo")], size) + 0.5
        v = rich(page, ML + 16, v, MR - ML - 16, [(a, "helv")], size) + 5
    v += 2
    rect(page, ML, v, MR, v + 30, fill=PALE_IND)
    rich(page, ML + 8, v + 5, MR - ML - 16, [
        ("Sindhughat Bank Ltd. ", "hebo"),
        ("Registered office: Sindhughat Bhavan, 31 Panchganga Marg, Kolhapur 416 002. This guide explains the "
         "card; the cardholder agreement and the Key Fact Statement you e-sign are the binding terms.", "helv")],
        7.6, color=GREY)
    assert v + 30 < BOTTOM, v
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


def _c(col) -> str:
    return " ".join(f"{c:.4g}" for c in col)


def add_hidden(doc):
    font = _newobj(doc, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    size = 7.5

    # 1. page 1: dark text inside a clipping path made of two identical rectangles with the even-odd rule,
    #    which covers the text's area but encloses nothing
    pn, x, y = HIDDEN_POS[0]
    p = doc[pn]
    _set_res(doc, p, "Font", "FHx", f"{font} 0 R")
    tw = tl(HIDDEN[0], "helv", size)
    bx, by, bw, bh = x - 2, H - y - 3, tw + 4, size + 5
    _append_stream(doc, p, f"q {bx:.2f} {by:.2f} {bw:.2f} {bh:.2f} re {bx:.2f} {by:.2f} {bw:.2f} {bh:.2f} re W* n "
                           f"{_c(INK)} rg BT /FHx {size} Tf {x:.2f} {H - y:.2f} Td {_pdfstr(HIDDEN[0])} Tj ET Q"
                           .encode())

    # 2. page 3: text filled with a shading pattern (PatternType 2) whose axial shading has the box's own
    #    cream colour at both ends
    pn, x, y, bg = HIDDEN_POS[1]
    p = doc[pn]
    sh = (f"<< /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 1 0] /Extend [true true] /Function "
          f"<< /FunctionType 2 /Domain [0 1] /C0 [{_c(bg)}] /C1 [{_c(bg)}] /N 1 >> >>")
    pat = _newobj(doc, f"<< /Type /Pattern /PatternType 2 /Shading {sh} >>")
    _set_res(doc, p, "Font", "FHx", f"{font} 0 R")
    _set_res(doc, p, "Pattern", "Psh", f"{pat} 0 R")
    _append_stream(doc, p, f"q /Pattern cs /Psh scn BT /FHx {size} Tf {x:.2f} {H - y:.2f} Td "
                           f"{_pdfstr(HIDDEN[1])} Tj ET Q".encode())

    # 3. page 6: outline-only text (render mode 1) stroked with a dash pattern of zero-length dashes and
    #    butt caps (set through an ExtGState), so the pen never touches the page
    pn, x, y = HIDDEN_POS[2]
    p = doc[pn]
    gs = _newobj(doc, "<< /Type /ExtGState /LW 0.8 /LC 0 /D [[0 40] 0] >>")
    _set_res(doc, p, "Font", "FHx", f"{font} 0 R")
    _set_res(doc, p, "ExtGState", "GSdash", f"{gs} 0 R")
    _append_stream(doc, p, f"q /GSdash gs {_c(INK)} RG BT /FHx {size} Tf 1 Tr {x:.2f} {H - y:.2f} Td "
                           f"{_pdfstr(HIDDEN[2])} Tj ET Q".encode())

    # 4. page 7: the text exists only inside the transparency group of a luminosity soft mask; the mask
    #    shapes a white fill on the white page, so nothing of it is ever painted
    pn, x, y = HIDDEN_POS[3]
    p = doc[pn]
    grp = _newobj(doc, f"<< /Type /XObject /Subtype /Form /BBox [0 0 {W:g} {H:g}] "
                       f"/Group << /S /Transparency /CS /DeviceGray >> /Resources << /Font << /FHx {font} 0 R >> >> >>",
                  f"0 g BT /FHx {size} Tf {x:.2f} {H - y:.2f} Td {_pdfstr(HIDDEN[3])} Tj ET".encode())
    gsm = _newobj(doc, f"<< /Type /ExtGState /SMask << /Type /Mask /S /Luminosity /G {grp} 0 R >> >>")
    _set_res(doc, p, "ExtGState", "GSmask", f"{gsm} 0 R")
    tw = tl(HIDDEN[3], "helv", size)
    _append_stream(doc, p, f"q /GSmask gs 1 g {x - 2:.2f} {H - y - 3:.2f} {tw + 4:.2f} {size + 5:.2f} re f Q"
                   .encode())


# --------------------------------------------------------------------------- build

def build(hidden: bool = True) -> bytes:
    HIDDEN_POS.clear()
    doc = pymupdf.open()
    page1(doc)
    page2(doc)
    page3(doc)
    page4(doc)
    page5(doc)
    page6(doc)
    page7(doc)
    page8(doc)
    assert len(doc) == NPAGES, len(doc)
    furniture(doc)
    if hidden:
        add_hidden(doc)
    meta = {"title": "Parikrama Yatri Card - Customer and onboarding guide",
            "author": "Sindhughat Bank Ltd. (fictional)", "subject": "Pilgrimage travel credit card guide",
            "keywords": "", "creator": "build_pdf.py", "producer": "PyMuPDF",
            "creationDate": "D:20261101090000+05'30'", "modDate": "D:20261101090000+05'30'"}
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
