"""Obfuscated PII: property tests (hypothesis) for assistant.guard.pii, and the HTTP API end to end.

Values are synthetic: Aadhaar-like numbers carry a Verhoeff digit on a random prefix, PANs follow
the ABCDE1234F shape, phones are 10 digits from 6–9 with an optional +91 / 0 prefix.

The positive properties build a value, obfuscate it (separators, full-width / Devanagari / other
digits, number words, zero-width characters, case), embed it in English, Hindi or Hinglish text
and check that the mask replaces exactly the obfuscated span and that nothing of the value survives
— judged on the *folded* output, so a leak cannot hide behind the obfuscation itself.
The negative ones embed amounts, times, dates, OTPs and counts and check that nothing is masked.
"""
from __future__ import annotations

import json
import re
import time

import pytest
from hypothesis import HealthCheck, assume, given, settings, strategies as st
from stdnum import verhoeff

from assistant.guard import find_pii, mask_obj, mask_pii
from assistant.guard.pii_fold import fold

PROPS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# ----------------------------------------------------------------------------- building blocks
EN_WORDS = "zero one two three four five six seven eight nine".split()
HI_WORDS = ["शून्य", "एक", "दो", "तीन", "चार", "पांच", "छह", "सात", "आठ", "नौ"]
HI_WORDS_ALT = {5: "पाँच", 6: "छः"}
HINGLISH_WORDS = "shunya ek do teen char paanch chhe saat aath nau".split()
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"]
# separators between digits, as typed (no-break, thin and ideographic spaces, dashes, middle dot …)
SEPS = [" ", ".", "-", "/", "_", ",", "·", "\u00a0", "\u202f", "\u2009", "–", " - ", ". ", ", ", "  ", "\u3000", "\u2022"]
SHAPED_SEPS = [s for s in SEPS if ", " not in s]  # a ", " between groups reads as a list (see pii.py)
HARD_SEPS = [".", "-", "/", "_", "·"]

CONTEXT = {
    "en": "please check my details the video call failed again today and I need help with the card".split(),
    "hi": "कृपया मेरा विवरण देखें वीडियो कॉल फिर से विफल हुआ और मुझे कार्ड में मदद चाहिए".split(),
    "hinglish": "mera card kab aayega video call fail ho gaya please help karo bhai jaldi batao".split(),
}
# Spelled digits in the surrounding text (ek = "a", do = "give"/"do"): near, never next to, the value.
NUMBERISH = ["ek", "do", "one", "एक", "दो", "two"]

MASK = {"aadhaar": "[AADHAAR]", "phone": "[PHONE]", "pan": "[PAN]"}


def _fullwidth(c: str) -> str:
    return chr(ord(c) + 0xFEE0) if c.isascii() and c.isalnum() else c


def _script_digit(d: str, script: str) -> str:
    base = {"ascii": 0x30, "fullwidth": 0xFF10, "devanagari": 0x966, "bengali": 0x9E6, "arabic": 0x660, "gujarati": 0xAE6}[script]
    return chr(base + int(d))


@st.composite
def aadhaars(draw) -> str:
    prefix = draw(st.sampled_from("23456789")) + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=10, max_size=10)))
    a = prefix + verhoeff.calc_check_digit(prefix)
    assume(not re.match("91[6-9]", a))  # 91 + a mobile number reads as a phone (pii.py priority): masked, as [PHONE]
    return a


@st.composite
def phones(draw) -> tuple[str, str]:
    """(prefix, ten digits)."""
    ten = draw(st.sampled_from("6789")) + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=9, max_size=9)))
    return draw(st.sampled_from(["", "", "+91", "+91 ", "+91-", "0", "91 ", "0091 "])), ten


@st.composite
def pans(draw) -> str:
    letters = st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    return ("".join(draw(st.lists(letters, min_size=5, max_size=5)))
            + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=4, max_size=4))) + draw(letters))


@st.composite
def spelled_digit(draw, d: str) -> str:
    lang = draw(st.sampled_from(["en", "hi", "hinglish"]))
    if lang == "en":
        w = EN_WORDS[int(d)]
        if d == "0" and draw(st.booleans()):
            w = "oh"
        return draw(st.sampled_from([w, w.upper(), w.title()]))
    if lang == "hi":
        return HI_WORDS_ALT[int(d)] if int(d) in HI_WORDS_ALT and draw(st.booleans()) else HI_WORDS[int(d)]
    return HINGLISH_WORDS[int(d)]


@st.composite
def per_digit(draw, digits: str) -> str:
    """Digit by digit: each digit in a random script or spelled out, a random separator between."""
    out, i = [], 0
    while i < len(digits):
        d = digits[i]
        how = draw(st.sampled_from(["ascii", "fullwidth", "devanagari", "bengali", "arabic", "gujarati", "word", "word"]))
        if how == "word" and i + 1 < len(digits) and digits[i + 1] == d and draw(st.booleans()):
            out.append(f"double {EN_WORDS[int(d)]}")
            i += 2
            continue
        out.append(draw(spelled_digit(d)) if how == "word" else _script_digit(d, how))
        i += 1
    # Any separators; or, as typed by hand, no list-like ", " and a digit or two run into the next
    # ("9 87 6 5 4 3 21 0": pii.py reads runs of up to three digits in a mostly per-digit chain)
    runs = draw(st.booleans())
    seps = [draw(st.sampled_from(SHAPED_SEPS if runs else SEPS)) for _ in out[1:]]
    if runs and len(seps) >= 9:
        for i in draw(st.sets(st.integers(0, len(seps) - 1), max_size=2)):
            if out[i][-1].isdigit() and out[i + 1][0].isdigit() and "" not in seps[max(0, i - 1):i + 2]:
                seps[i] = ""  # a spelled digit keeps its separator ("nineeight" is not two digits)
    return out[0] + "".join(s + o for s, o in zip(seps, out[1:]))


def _in_script(group: str, script: str) -> str:
    return "".join(_script_digit(c, script) for c in group)


@st.composite
def grouped(draw, digits: str, shapes: list[tuple[int, ...]]) -> str:
    """An id grouping (4-4-4, 5-5 …) with any separators, or any grouping with one hard separator."""
    script = draw(st.sampled_from(["ascii", "fullwidth", "devanagari"]))
    if draw(st.booleans()):
        sizes = draw(st.sampled_from(shapes))
        seps = [draw(st.sampled_from(SHAPED_SEPS)) for _ in sizes[1:]]
    else:
        cuts = sorted(draw(st.sets(st.integers(1, len(digits) - 1), min_size=2, max_size=5)))
        sizes = [b - a for a, b in zip([0, *cuts], [*cuts, len(digits)])]
        seps = [draw(st.sampled_from(HARD_SEPS))] * (len(sizes) - 1)
        # documented exceptions (pii.py): a date or an IP address in one separator is not an id
        assume(not _date_or_ip([digits[a:b] for a, b in zip([0, *cuts], [*cuts, len(digits)])], seps[0]))
    groups, pos = [], 0
    for n in sizes:
        groups.append(_in_script(digits[pos:pos + n], script))
        pos += n
    return "".join(g + s for g, s in zip(groups, seps + [""]))


def _date_or_ip(parts: list[str], sep: str) -> bool:
    def date(p):
        if len(p) != 3:
            return False
        a, b, c = map(int, p)
        if len(p[0]) == 4:
            return 1900 <= a <= 2099 and 1 <= b <= 12 and 1 <= c <= 31 and len(p[2]) <= 2
        return 1 <= a <= 31 and 1 <= b <= 12 and len(p[2]) in (2, 4) and len(p[0]) <= 2 and len(p[1]) <= 2
    ip = sep == "." and len(parts) == 4 and all(len(p) <= 3 and int(p) <= 255 for p in parts)
    return ip or (sep in "/-." and (date(parts[:3]) or date(parts[-3:])))


@st.composite
def sprinkle_zero_width(draw, text: str) -> str:
    """Zero-width characters between characters of the value (never at its ends)."""
    if len(text) < 2 or not draw(st.booleans()):
        return text
    chars = list(text)
    for i in sorted(draw(st.sets(st.integers(1, len(chars) - 1), max_size=len(chars) - 1)), reverse=True):
        chars.insert(i, draw(st.sampled_from(ZERO_WIDTH)))
    return "".join(chars)


@st.composite
def obfuscated_number(draw, digits: str, shapes) -> str:
    form = draw(st.sampled_from(["per_digit", "per_digit", "grouped", "plain"]))
    if form == "per_digit":
        s = draw(per_digit(digits))
    elif form == "grouped":
        s = draw(grouped(digits, shapes))
    else:
        s = _in_script(digits, draw(st.sampled_from(["ascii", "fullwidth", "devanagari", "bengali"])))
    return draw(sprinkle_zero_width(s))


@st.composite
def obfuscated_pan(draw, pan: str) -> str:
    chars = [_fullwidth(c) if draw(st.booleans()) else c for c in pan]
    form = draw(st.sampled_from(["spaced", "spaced_lower", "grouped", "digits_apart"]))
    if form in ("spaced", "spaced_lower"):
        if form == "spaced_lower":
            chars = [c.lower() for c in chars]
        seps = [draw(st.sampled_from(SEPS)) for _ in range(9)]
    elif form == "grouped":  # ABCDE 1234 F, ABCDE-1234-F (upper case: "costs 1000 a" is not a PAN)
        sep = [draw(st.sampled_from(SEPS + [""])) for _ in range(2)]
        seps = ["", "", "", "", sep[0], "", "", "", sep[1]]
    else:  # abcde1 2 3 4f: letters run into digits, any case
        chars = [c.lower() for c in chars] if draw(st.booleans()) else chars
        seps = ["", "", "", "", ""] + [draw(st.sampled_from(SEPS)) for _ in range(3)] + [""]
    s = "".join(c + sep for c, sep in zip(chars, seps + [""]))
    return draw(sprinkle_zero_width(s))


@st.composite
def pii_values(draw) -> tuple[str, str, str]:
    """(kind, the value's canonical form, the value as typed)."""
    kind = draw(st.sampled_from(["aadhaar", "phone", "pan"]))
    if kind == "aadhaar":
        a = draw(aadhaars())
        return kind, a, draw(obfuscated_number(a, [(4, 4, 4)]))
    if kind == "phone":
        prefix, ten = draw(phones())
        shapes = [(5, 5), (3, 3, 4), (4, 3, 3), (2, 2, 2, 2, 2)]
        return kind, ten, prefix + draw(obfuscated_number(ten, shapes))
    p = draw(pans())
    return kind, p, draw(obfuscated_pan(p))


@st.composite
def context(draw, lang: str) -> str:
    """Words of running text, spelled digits among them ("ek" is also "a", "do" also "give");
    the words beside a value are not spelled digits."""
    safe = st.sampled_from(CONTEXT[lang])
    inner = draw(st.lists(st.sampled_from(CONTEXT[lang] + NUMBERISH), max_size=5))
    return " ".join([draw(safe), *inner, draw(safe)])


def _compact(text: str) -> str:
    """Letters and digits only, upper case, after folding: what a reader could still recover."""
    return re.sub(r"[^0-9A-Z]", "", fold(text).text.upper())


def _survives(value: str, masked: str) -> bool:
    return value.upper() in _compact(masked)


# ----------------------------------------------------------------------------- positive properties
@PROPS
@given(data=st.data())
def test_obfuscated_values_are_masked_exactly(data):
    lang = data.draw(st.sampled_from(list(CONTEXT)))
    values = data.draw(st.lists(pii_values(), min_size=1, max_size=3))
    text = expected = data.draw(context(lang))
    for kind, _, typed in values:
        before, after = data.draw(st.sampled_from([(" ", " "), (": ", ", "), (" (", ") "), (" — ", " "), ("\n", ". ")]))
        words = data.draw(context(lang))
        text += before + typed + after + words
        expected += before + MASK[kind] + after + words
    masked = mask_pii(text)
    for _, canonical, _ in values:
        assert not _survives(canonical, masked), (text, masked)
    assert masked == expected, (text, masked)  # exactly the obfuscated span, nothing around it


@PROPS
@given(kind_value=pii_values(), lang=st.sampled_from(list(CONTEXT)))
def test_masking_is_idempotent_and_mask_obj_agrees(kind_value, lang):
    kind, _, typed = kind_value
    first, last = CONTEXT[lang][0], CONTEXT[lang][-1]
    text = f"{first} {typed} {last}"
    once = mask_pii(text)
    assert once == f"{first} {MASK[kind]} {last}"
    assert mask_pii(once) == once
    assert mask_obj({"q": [text], "n": 1}) == {"q": [once], "n": 1}
    (m,) = find_pii(text)
    assert m.text == typed == text[m.start:m.end]


@PROPS
@given(kind_value=pii_values())
def test_escaped_forms_in_messages_are_masked(kind_value):
    """An error message that quotes the value with repr() or JSON escapes its invisible characters."""
    _, canonical, typed = kind_value
    for quoted in (repr(typed), json.dumps(typed), json.dumps(typed, ensure_ascii=False)):
        masked = mask_pii(f"unknown stage {quoted}; known stages: ekyc, vkyc")
        assert not _survives(canonical, masked), (quoted, masked)


# ----------------------------------------------------------------------------- negative properties
@st.composite
def amounts(draw) -> str:
    n = draw(st.integers(1, 99_99_99_999))
    s = str(n)
    if draw(st.booleans()):  # Indian grouping: 1,00,000
        head, tail = s[:-3], s[-3:]
        s = (",".join(re.findall(r"\d{1,2}(?=(?:\d{2})*$)", head)) + "," + tail) if head else tail
    else:
        s = f"{n:,}"
    if draw(st.booleans()):
        s += "." + draw(st.sampled_from(["00", "50", "99"]))
    prefix = draw(st.sampled_from(["₹", "₹ ", "Rs. ", "Rs ", "INR ", "rs."]))
    return prefix + s + draw(st.sampled_from(["", "/-", " only"]))


@st.composite
def small_amounts(draw) -> str:
    """No currency mark: up to 7 digits (a 10-digit bare number is a phone number by policy)."""
    n = draw(st.integers(1, 9_999_999))
    return draw(st.sampled_from([f"{n:,}", str(n)])) + draw(st.sampled_from([" rupees", " rupaye", " रुपये", ""]))


@st.composite
def times(draw) -> str:
    h, m = draw(st.integers(0, 23)), draw(st.integers(0, 59))
    h12 = h % 12 or 12
    return draw(st.sampled_from([f"{h:02d}:{m:02d}", f"{h12}:{m:02d} PM", f"{h12} AM", f"{h12}.{m:02d} am",
                                 f"{h12} बजे", f"{h:02d}:{m:02d}:{draw(st.integers(0, 59)):02d}"]))


@st.composite
def dates(draw) -> str:
    y, mo, d = draw(st.integers(1990, 2035)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    month = "January February March April May June July August September October November December".split()[mo - 1]
    return draw(st.sampled_from([f"{d:02d}/{mo:02d}/{y}", f"{y}-{mo:02d}-{d:02d}", f"{d:02d}.{mo:02d}.{y}", f"{d} {month} {y}",
                                 f"{d:02d}-{mo:02d}-{y % 100:02d}", f"{d}/{mo}/{y}", f"{y}/{mo:02d}/{d:02d}"]))


@st.composite
def otps(draw) -> str:
    code = "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=4, max_size=6)))
    return draw(st.sampled_from([code, " ".join(code), "-".join(code), code[:3] + " " + code[3:]]))


@st.composite
def counts(draw) -> str:
    n = draw(st.integers(0, 999))
    return draw(st.sampled_from([f"{n} cards", f"{n}-month", f"step {n % 6}", f"{n} din", f"{n} दिन", f"{n}%"]))


@st.composite
def not_pii(draw) -> str:
    """One item, or a realistic pair or list of them. Not generated, by policy (pii.py): a bare
    10-digit number from 6–9 or a 5-5 range like "65000-75000" (read as phones), two dictated OTPs in
    a row (read as one dictated number)."""
    form = draw(st.sampled_from(["one", "one", "date_time", "range", "list"]))
    if form == "date_time":
        return f"{draw(dates())} {draw(times())}"
    if form == "range":
        part = st.one_of(amounts(), times(), dates())
        return f"{draw(part)} {draw(st.sampled_from(['-', '–', 'to', 'se']))} {draw(part)}"
    if form == "list":
        part = st.one_of(amounts(), small_amounts(), dates(), counts(), otps().filter(str.isdigit))
        return ", ".join(draw(st.lists(part, min_size=2, max_size=4)))
    return draw(st.one_of(amounts(), small_amounts(), times(), dates(), otps(), counts()))


@PROPS
@given(lang=st.sampled_from(list(CONTEXT)), items=st.lists(not_pii(), min_size=1, max_size=4), data=st.data())
def test_amounts_times_dates_otps_and_counts_are_not_masked(lang, items, data):
    text = " ".join(f"{data.draw(context(lang))} {x}" for x in items) + " " + data.draw(context(lang))
    assert find_pii(text) == [], text
    assert mask_pii(text) == text


# ----------------------------------------------------------------------------- examples
@pytest.mark.parametrize("typed,kind", [
    ("２３４５６７８９０１２４", "aadhaar"),                      # full-width
    ("2\u200d3\u200d4\u200d5\u200d6\u200d7\u200d8\u200d9\u200d0\u200d1\u200d2\u200d4", "aadhaar"),  # zero-width joined
    ("2345.6789.0124", "aadhaar"), ("2.3.4.5.6.7.8.9.0.1.2.4", "aadhaar"), ("2345\u00a06789\u00a00124", "aadhaar"),
    ("two three four five six seven eight nine zero one two four", "aadhaar"),
    ("दो तीन चार पांच छह सात आठ नौ शून्य एक दो चार", "aadhaar"),
    ("do teen char paanch chhe saat aath nau shunya ek do char", "aadhaar"),
    ("२३४५-६७८९-०१२४", "aadhaar"), ("2345 – 6789 – 0124", "aadhaar"), ("2345·6789·0124", "aadhaar"),
    ("A B C D E 1 2 3 4 F", "pan"), ("a.b.c.d.e.1.2.3.4.f", "pan"), ("ＡＢＣＤＥ１２３４Ｆ", "pan"), ("ABCDE-1234-F", "pan"),
    ("9 8 7 6 5 4 3 2 1 0", "phone"), ("+91.98765.43210", "phone"), ("nine eight seven six five four three two one oh", "phone"),
    ("nau aath saat chhe paanch char teen do ek shunya", "phone"), ("९८७६५ ४३२१०", "phone"),
    ("98-765-43-210", "phone"), ("nine double eight seven six five four three two one", "phone"),
])
def test_examples_of_each_form(typed, kind):
    text = f"my number is {typed}, please check"
    assert mask_pii(text) == f"my number is {MASK[kind]}, please check"


@pytest.mark.parametrize("text,expected", [
    # a spelled digit that is also a word, next to the value: trimmed off, the value masked
    ("number do 9 8 7 6 5 4 3 2 1 0 hai", "number do [PHONE] hai"),
    ("mera ek 2 3 4 5 6 7 8 9 0 1 2 4 hai", "mera ek [AADHAAR] hai"),
    # two values in one run of separators
    ("2 3 4 5 6 7 8 9 0 1 2 4, 9 8 7 6 5 4 3 2 1 0", "[AADHAAR], [PHONE]"),
    ("2345 6789 0124, 9876543210", "[AADHAAR], [PHONE]"),
])
def test_values_beside_words_and_other_values(text, expected):
    assert mask_pii(text) == expected


@pytest.mark.parametrize("text", [
    "The fee is ₹1,299 per year", "₹1,00,000 limit", "on 14/03/2025 at 10:30", "from 14/03/2025 - 15/03/2025",
    "14.03.25 - 15.03.25", "OTP 4 5 6 7 8 9", "otps 123456 654321", "prices 799, 999, 1,299", "100, 200, 300, 400",
    "IP 192.168.100.101", "costs 1000 a month", "hello 2024 a", "Step 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11",
    "ek do teen char paanch", "मुझे एक दो दिन दो", "version 1.2.3.4", "Ref 2025/03/14/0001", "14.03.2025 10.30",
    "one two three four five six seven eight nine", "do you have one of those 2 cards",
])
def test_ordinary_numbers_are_not_masked(text):
    assert find_pii(text) == [], text


def test_masking_500_characters_takes_well_under_a_millisecond():
    texts = [
        ("You can do video KYC between 9 AM and 11 PM on any day; the fee is ₹499 and one of our agents "
         "will call you on 14/03/2025. If the OTP 123456 fails, do try again after two minutes. ") * 3,
        ("मेरा आधार २३४५ ६७८९ ०१२४ है और फ़ोन नौ आठ सात छह पांच चार तीन दो एक शून्य, पैन A B C D E 1 2 3 4 F — "
         "वीडियो KYC सुबह 9 बजे से रात 11 बजे तक होता है। ") * 3,
    ]
    for text in (t[:500] for t in texts):
        mask_pii(text)
        best = min(_cpu_time(mask_pii, text) for _ in range(5))
        assert best < 2e-3, f"{best * 1e6:.0f} µs"  # 0.15–0.35 ms measured; 2 ms leaves room for a slow machine


def _cpu_time(f, text, n=20) -> float:
    """CPU seconds per call: steadier than wall time on a shared machine."""
    t = time.process_time()
    for _ in range(n):
        f(text)
    return (time.process_time() - t) / n


# ----------------------------------------------------------------------------- end to end (HTTP API)
AADHAAR = "234567890124"
AADHAAR_FORMS = [
    "２３４５６７８９０１２４",
    "2\u200b3\u200b4\u200b5\u200b6\u200b7\u200b8\u200b9\u200b0\u200b1\u200b2\u200b4",
    "2345.6789.0124",
    "two three four five six seven eight nine zero one two four",
    "दो तीन चार पांच छह सात आठ नौ शून्य एक दो चार",
    "२३४५\u00a0६७८९\u00a0०१२४",
]


def _leaks(text: str, value: str = AADHAAR) -> bool:
    return value in _compact(text) or value in re.sub(r"\D", "", fold(text).text)


@pytest.fixture()
def api(tiny_index, tiny_retrievers, tmp_path):
    from fastapi.testclient import TestClient

    from assistant.service import FunnelService
    from assistant.settings import Settings
    from surfaces.api import create_app

    s = Settings(provider="none", embedder="hash", index_dir=str(tiny_index), audit_log=str(tmp_path / "audit.jsonl"),
                 feedback_log=str(tmp_path / "feedback.jsonl"))
    service = FunnelService(s, retriever=tiny_retrievers["hybrid+rerank"])
    client = TestClient(create_app(service))
    client.audit = tmp_path / "audit.jsonl"
    return client


def _audit(client) -> str:
    return client.audit.read_text(encoding="utf-8") if client.audit.exists() else ""


@pytest.mark.parametrize("typed", AADHAAR_FORMS)
def test_api_chat_never_echoes_an_obfuscated_aadhaar(api, typed):
    for stream in (False, True):
        r = api.post("/chat", json={"query": f"my aadhaar is {typed}, why did video KYC fail?", "stream": stream})
        assert r.status_code == 200
        assert not _leaks(r.text), r.text
    history = [{"user": f"aadhaar {typed}", "assistant": f"noted {typed}"}]
    r = api.post("/chat", json={"query": "and the video call timings?", "history": history})
    assert r.status_code == 200 and not _leaks(r.text)
    audit = _audit(api)
    assert audit and "[AADHAAR]" in audit and not _leaks(audit), audit


@pytest.mark.parametrize("typed", AADHAAR_FORMS[:3] + AADHAAR_FORMS[5:])
def test_api_user_id_is_masked_in_the_reply_and_the_audit(api, typed):
    state = {"user_id": typed, "stage_dropped": "VKYC", "error_code_history": [f"ERR_{typed}"]}
    for path, body in (("/predict_reason", state), ("/nudge_user", {"state": state}), ("/nudge_user", state),
                       ("/chat", {"query": "why did this user drop off?", "state": state})):
        r = api.post(path, json=body)
        assert r.status_code == 200, (path, r.text)
        assert not _leaks(r.text), (path, r.text)
    assert not _leaks(_audit(api))


@pytest.mark.parametrize("typed", AADHAAR_FORMS)
def test_api_422_messages_never_echo_an_obfuscated_aadhaar(api, typed):
    bad = [
        ("/predict_reason", {"stage_dropped": typed}),
        ("/predict_reason", {"stage_dropped": "VKYC", "user_id": f"{typed} {'x' * 64}"}),  # too long
        ("/nudge_user", {"stage": typed}),
        ("/nudge_user", {"stage": "vkyc", "reason": typed}),
        ("/nudge_user", {"stage": "vkyc", "name": typed}),
        ("/chat", {"query": "hi", "state": {"stage_dropped": typed}}),
        ("/chat", {"query": "hi", typed: 1}),  # an unknown field: its name is echoed in `loc`
        ("/nudge_user", {"stage": "vkyc", typed: 1}),
    ]
    for path, body in bad:
        r = api.post(path, json=body)
        assert r.status_code == 422, (path, body, r.text)
        assert not _leaks(r.text), (path, r.text)
    spelled_phone = "नौ आठ सात छह पांच चार तीन दो एक शून्य"  # fits a first name's 40 characters
    r = api.post("/nudge_user", json={"stage": "vkyc", "name": spelled_phone})
    assert r.status_code == 422 and not _leaks(r.text, "9876543210"), r.text
    r = api.post(f"/predict_reason?use_llm={typed}", json={"stage_dropped": "VKYC"})
    assert r.status_code == 422 and not _leaks(r.text), r.text
    r = api.post("/predict_reason", content=f'{{"stage_dropped": "{typed}"'.encode())  # broken JSON
    assert r.status_code == 422 and not _leaks(r.text), r.text


@pytest.mark.parametrize("typed", AADHAAR_FORMS)
def test_feedback_file_never_holds_an_obfuscated_aadhaar(api, typed, tmp_path):
    gr = pytest.importorskip("gradio")
    from surfaces import ui

    service = api.app.state.service
    history = [{"role": "user", "content": f"my aadhaar {typed}"}, {"role": "assistant", "content": f"Got it: {typed}"}]
    ui.record_feedback(service, history, gr.LikeData(target=None, data={"index": 1, "value": history[1]["content"], "liked": True}))
    text = (tmp_path / "feedback.jsonl").read_text(encoding="utf-8")
    assert '"feedback"' in text and "[AADHAAR]" in text and not _leaks(text), text
