"""PII detection and masking for Indian onboarding text (EN / Hindi / Hinglish).

Pure regex + checksum, no models; 0.1–0.5 ms for 500 characters (tests/test_pii.py times it).

Kinds and rules
---------------
- ``email``   local@domain.tld (needs a dot-domain).
- ``upi``     a VPA like ``name@okaxis`` / ``98xxxxxxxx@ybl``: ``@handle`` with *no* dot-domain, so an
              email is never masked twice.
- ``card``    13–19 digits, contiguous or grouped 4-4-4-x / 4-6-5 by spaces or hyphens, passing Luhn.
- ``vid``     16 digits grouped 4-4-4-4 (or contiguous) that are not a Luhn-valid card: an Aadhaar Virtual ID.
- ``aadhaar`` 12 digits (optionally 4-4-4 with one kind of separator).
              DECISION: no checksum or first-digit test. A Verhoeff check would leave a mistyped or
              made-up Aadhaar ("1234 5678 9012") unmasked, and the rule is never to echo one; masking
              an occasional 12-digit reference id is the cheaper error.
- ``phone``   Indian mobile: optional ``+91`` / ``0091`` / ``91`` / ``0`` prefix, then 10 digits starting
              6–9 with optional single space/hyphen separators; never part of a longer digit run.
- ``pan``     five letters, four digits, one letter (``ABCDE1234F``), case-insensitive. The 4th letter's
              holder-type rule is not applied, for the same reason as the Aadhaar checksum.

Not PII: amounts (``₹10,000``, ``Rs 9876543210`` — a number right after ₹/Rs/INR is an amount),
dates (``2025-03-14``), ``12-month``, ``9 AM to 11 PM``, PIN codes (``560001``).
Overlaps are resolved by priority: email > upi > card > vid > phone > aadhaar > pan (``91`` + a mobile
number is 12 digits: it reads as the phone it is).

Obfuscated forms
----------------
Detection runs on folded text (``pii_fold``: NFKC, any script's digits → ASCII, invisible characters
removed, ``\\u200b``-style escapes decoded, spelled digits in EN/HI/Hinglish → digits) and every span
is mapped back, so the mask replaces exactly what the user typed. Beyond the plain forms above:

- a *chain* of digit groups joined by separators (space, ``. - / _ , ·``, no-break space, up to
  ``" - "``) counts as one number when *all* its digits together make an Aadhaar / VID / card / phone
  and its grouping reads as an obfuscated id, not as a list of numbers:
  (a) digit by digit (``9 8 7 6 5 4 3 2 1 0``, ``2.3.4.5…``, ``nine eight seven…``), any separators;
  or mostly so (six groups or more, two thirds single digits, none over three: ``9 87 6 5 4 3 21 0``);
  (b) any grouping with one separator used throughout, no spaces (``98-765-43-210``,
  ``2345.6789.0124``), except an IP address, a ₹-style ``1,00,000`` grouping or a date;
  (c) the usual id groupings: 4-4-4, 4-4-4-4, 4-6-5, 5-5, 3-3-4, 4-3-3 …, any separators.
  A list's ", " rules out (c) and the "mostly" of (a). A chain that is not one number is split at
  its widest (then its odd) gaps (``…2 4, 9 8 7…``), and a per-digit chain may shed up to two spelled
  digits at each end that are also words (``number do 9 8 7 …``: "do" is "give").
- a PAN with separators (``A B C D E 1 2 3 4 F``, ``ABCDE-1234-F``): upper case, or its letters
  spelled apart, or its letters run into its digits. ``costs 1000 a month`` is not a PAN.

Not PII either: a list of amounts or OTPs (``799, 999, 1,299``; ``123456 654321``), a date range,
an IP address, ``10:30``. Still masked, by the plain rules: any 4-4-4 (``2025 2026 2027``) and a
5-5 or per-digit run from 6–9 (``65000-75000``), as before.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from stdnum import luhn

from assistant.guard.pii_fold import GAP, fold

__all__ = ["PiiMatch", "find_pii", "mask_pii", "mask_obj", "contains_pii", "MASKS", "PLACEHOLDER_RE", "to_ascii_digits"]

MASKS = {
    "aadhaar": "[AADHAAR]",
    "vid": "[AADHAAR]",
    "pan": "[PAN]",
    "phone": "[PHONE]",
    "email": "[EMAIL]",
    "card": "[CARD]",
    "upi": "[UPI]",
}

# A masked id and the words that announce it ("my PAN is [PAN]"): kept out of the search, or "PAN"
# would pull a delivery question toward the PAN-card passages.
PLACEHOLDER_RE = re.compile(r"(?:\b(?:my|mera|meri|मेरा|मेरी)\s+)?(?:\b(?:pan|aadhaar|aadhar|phone|mobile|email|upi|card|"
                            r"पैन|आधार|फ़ोन|फोन|मोबाइल)(?:\s+(?:no\.?|number|card|नंबर))?\s*(?:is|hai|है|:|-)?\s*)?"
                            r"\[(?:AADHAAR|PAN|PHONE|EMAIL|CARD|UPI)\]", re.I)

_DEVA_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")


def to_ascii_digits(text: str) -> str:
    """Devanagari digits → ASCII, one code point for one (offsets are preserved)."""
    return text.translate(_DEVA_DIGITS)


@dataclass
class PiiMatch:
    kind: str
    start: int
    end: int
    text: str


# Not glued to a preceding/following digit or letter. An underscore is a separator, not part of the
# number: "OTP_FAIL_9876543210" carries a phone number.
_NB = r"(?<![0-9A-Za-z])"
_NA = r"(?![0-9A-Za-z])"

_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
_UPI = re.compile(r"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._-]{1,255}@[A-Za-z][A-Za-z0-9]{1,63}(?![\w@-])(?!\.[A-Za-z0-9])")
_CARD = re.compile(
    _NB + r"(?:[0-9]{13,19}"
    r"|[0-9]{4}([ -])[0-9]{4}\1[0-9]{4}\1[0-9]{1,7}"
    r"|[0-9]{4}([ -])[0-9]{6}\2[0-9]{4,5})" + _NA
)
_VID = re.compile(_NB + r"[0-9]{4}([ -]?)[0-9]{4}\1[0-9]{4}\1[0-9]{4}" + _NA)
_AADHAAR = re.compile(_NB + r"[0-9]{4}([ -]?)[0-9]{4}\1[0-9]{4}" + _NA)
_PHONE = re.compile(_NB + r"(?:(?:\+|00)?91[ -]?|\+91\s*|0)?[6-9](?:[ -]?[0-9]){9}" + _NA)
# PHONE's _NB would reject "+91" glued to a letter; '+' itself is not in the class, which is what we want.
_PAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{5}[0-9]{4}[A-Za-z](?![A-Za-z0-9])")
_AMOUNT_BEFORE = re.compile(r"(?:₹|\bRs\.?|\bINR)\s*$", re.IGNORECASE)

# Obfuscated forms (module docstring): a chain of digit groups, and a PAN with separators.
_CHAIN = re.compile(r"(?<![0-9A-Za-z])(\+[ \t]?)?[0-9]+(?:" + GAP + r"[0-9]+)+")
_RUN = re.compile(r"[0-9]+")
_PHONE_DIGITS = re.compile(r"(?:0091|91|0)?[6-9][0-9]{9}")
_HARD_SEPS = frozenset(".-/_,·")
_SHAPES = {
    "aadhaar": {(4, 4, 4)},
    "vid": {(4, 4, 4, 4)},
    "card": {(4, 4, 4, 4), (4, 6, 5), (4, 6, 4)} | {(4, 4, 4, k) for k in range(1, 8)},
    "phone": {(10,), (5, 5), (3, 3, 4), (4, 3, 3), (3, 4, 3), (2, 4, 4), (4, 2, 4), (2, 2, 2, 2, 2), (2, 3, 2, 3)},
}
_AMOUNT_GROUPS = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{1,2}(?:,[0-9]{2})*,[0-9]{3}")
_PAN_LOOSE = re.compile(
    r"(?<![A-Za-z0-9])"
    + "".join(f"({c})({GAP}?)" for c in ["[A-Za-z]"] * 5 + ["[0-9]"] * 4)
    + r"([A-Za-z])(?![A-Za-z0-9])"
)
_FOUR_DIGITS = re.compile(r"(?<![0-9])[0-9](?:" + GAP + r"?[0-9]){3}" + GAP + r"?[A-Za-z]")
_ALNUM_AT = re.compile(r"[A-Za-z0-9]")


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _is_amount(norm: str, start: int) -> bool:
    return bool(_AMOUNT_BEFORE.search(norm[max(0, start - 6):start]))


def _is_date(parts: list[str]) -> bool:
    if len(parts) != 3 or not all(parts):
        return False
    a, b, c = (int(x) for x in parts)
    if len(parts[0]) == 4:  # 2025-03-14
        return 1900 <= a <= 2099 and 1 <= b <= 12 and 1 <= c <= 31 and len(parts[2]) <= 2
    return 1 <= a <= 31 and 1 <= b <= 12 and len(parts[2]) in (2, 4) and len(parts[0]) <= 2 and len(parts[1]) <= 2


def _one_separator(parts: list[str], gaps: list[str]) -> bool:
    """(b): one hard separator throughout, and the chain is not an IP address, amount or date."""
    sep = gaps[0]
    if len(parts) < 3 or sep not in _HARD_SEPS or any(g != sep for g in gaps):
        return False
    if sep == "." and len(parts) == 4 and all(len(p) <= 3 and int(p) <= 255 for p in parts):
        return False  # 192.168.100.101
    if sep == "," and _AMOUNT_GROUPS.fullmatch(",".join(parts)):
        return False  # 1,00,00,000
    return not (sep in "/-." and (_is_date(parts[:3]) or _is_date(parts[-3:])))


def _chain_kind(t: str, groups: list[tuple[int, int]], plus: bool) -> str | None:
    """The kind of PII the whole chain is, if its digits and grouping read as one id."""
    if len(groups) < 2:
        return None  # a single run of digits is the plain patterns' business
    parts = [t[s:e] for s, e in groups]
    digits = "".join(parts)
    gaps = [t[groups[i][1]:groups[i + 1][0]] for i in range(len(groups) - 1)]
    kinds = []
    if 13 <= len(digits) <= 19 and digits[0] != "0" and luhn.is_valid(digits):  # 0091…: a phone
        kinds.append("card")
    if len(digits) == 16:
        kinds.append("vid")
    if _PHONE_DIGITS.fullmatch(digits) and (not plus or digits.startswith("91")):
        kinds.append("phone")
    if len(digits) == 12 and not plus:
        kinds.append("aadhaar")
    for kind in kinds:
        k = 0
        if kind == "phone" and len(digits) > 10:  # the +91 / 0 prefix: its own group, or run into the first
            k, n = 0, 0
            while n < len(digits) - 10:
                n, k = n + len(parts[k]), k + 1
            if n > len(digits) - 10:
                k -= 1
                parts = parts[:k] + [parts[k][len(parts[k]) - (n - len(digits) + 10):]] + parts[k + 1:]
        if _reads_as_one(kind, parts[k:], gaps[k:]):
            return kind
    return None


def _reads_as_one(kind: str, parts: list[str], gaps: list[str]) -> bool:
    """(a) digit by digit, (b) one hard separator throughout, (c) an id's usual grouping."""
    sizes = [len(p) for p in parts]
    if all(s == 1 for s in sizes) or (gaps and _one_separator(parts, gaps)):
        return True
    listed = any(", " in g or ",\t" in g for g in gaps)  # "799, 999, 1299" is a list of prices
    if listed:
        return False
    # (a) with a few digits run together ("9 87 6 5 4 3 21 0"), or (c)
    return (len(sizes) >= 6 and max(sizes) <= 3 and 3 * sizes.count(1) >= 2 * len(sizes)) or tuple(sizes) in _SHAPES[kind]


def _judge(t: str, groups: list[tuple[int, int]], plus: bool, start: int, spelled) -> list[tuple[str, int, int]]:
    """PII in a chain: the whole chain, else its pieces split at the widest (then the odd) gaps,
    else a digit-by-digit chain less up to two spelled digits at either end that are also words
    ("mera ek 2 3 4 …": "ek" is "a")."""
    kind = _chain_kind(t, groups, plus)
    if kind:
        return [(kind, start, groups[-1][1])]
    if len(groups) < 3:
        return []
    gaps = [t[groups[i][1]:groups[i + 1][0]] for i in range(len(groups) - 1)]
    common = max(set(gaps), key=gaps.count)
    widest = max(map(len, gaps))
    cut = [len(g) == widest for g in gaps] if widest > min(map(len, gaps)) else [g != common for g in gaps]
    out, i0 = [], 0
    for i, c in enumerate(cut + [True] if any(cut) else []):
        if c:
            part = groups[i0:i + 1]
            out += _judge(t, part, plus and i0 == 0, start if i0 == 0 else part[0][0], spelled)
            i0 = i + 1
    if out:
        return out
    if len(groups) > 10 and all(e - s == 1 for s, e in groups):
        for drop in range(1, 5):
            for left in range(max(0, drop - 2), min(2, drop) + 1):
                sub = groups[left:len(groups) - (drop - left)]
                if not all(spelled(s) for s, _ in groups[:left] + groups[len(sub) + left:]):
                    continue
                kind = _chain_kind(t, sub, plus and not left)
                if kind:
                    return [(kind, start if not left else sub[0][0], sub[-1][1])]
    return []


def _chains(t: str, spelled):
    for m in _CHAIN.finditer(t):
        if _is_amount(t, m.start()):
            continue
        groups = [g.span() for g in _RUN.finditer(t, m.start(), m.end())]
        yield from _judge(t, groups, m.group(1) is not None, m.start(), spelled)


def _loose_pans(t: str):
    """PANs with separators. Searched only around four digits (fast: digits are rare in text)."""
    seen = 0
    for d in _FOUR_DIGITS.finditer(t):
        for m in _PAN_LOOSE.finditer(t, max(seen, d.start() - 32), d.end() + 12):
            seen = m.end()
            gaps = [m.group(2 * i + 2) for i in range(9)]
            if not any(gaps) or _ALNUM_AT.match(t, m.end()):
                continue  # the plain pattern's; or the window cut a longer word
            letters = [m.group(i) for i in (1, 3, 5, 7, 9, 19)]
            # "ABCDE 1234 F", "a b c d e 1 2 3 4 f", "abcde12 34f" — but not "costs 1000 a month"
            if all(c.isupper() for c in letters) or all(gaps[:4]) or not gaps[4]:
                yield "pan", m.start(), m.end()


def _candidates(norm: str, spelled=lambda i: False):
    if "@" in norm:
        for m in _EMAIL.finditer(norm):
            yield "email", m.start(), m.end()
        for m in _UPI.finditer(norm):
            yield "upi", m.start(), m.end()
    n_digits = sum(map(norm.count, "0123456789"))
    if n_digits >= 10:
        for m in _CARD.finditer(norm):
            d = _digits(m.group())
            if 13 <= len(d) <= 19 and d.strip("0") and luhn.is_valid(d) and not _is_amount(norm, m.start()):
                yield "card", m.start(), m.end()
        yield from _chains(norm, spelled)
        for m in _VID.finditer(norm):
            if not _is_amount(norm, m.start()):
                yield "vid", m.start(), m.end()
        for m in _PHONE.finditer(norm):
            if not _is_amount(norm, m.start()):
                yield "phone", m.start(), m.end()
        for m in _AADHAAR.finditer(norm):
            if not _is_amount(norm, m.start()):
                yield "aadhaar", m.start(), m.end()
    if n_digits >= 4:
        for m in _PAN.finditer(norm):
            yield "pan", m.start(), m.end()
        yield from _loose_pans(norm)


def find_pii(text: str) -> list[PiiMatch]:
    """All PII spans in ``text``, non-overlapping, sorted by position; spans index ``text`` itself
    (detection runs on the folded text and maps back)."""
    if not text:
        return []
    folded = fold(text)
    taken: list[tuple[int, int]] = []
    out: list[PiiMatch] = []
    for kind, s, e in _candidates(folded.text, folded.spelled):  # generated in priority order
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        s, e = folded.span(s, e)
        out.append(PiiMatch(kind, s, e, text[s:e]))
    out.sort(key=lambda m: m.start)
    merged: list[PiiMatch] = []
    for m in out:  # two matches can share one spelled word ("double five"): one mask covers both
        if merged and m.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = PiiMatch(last.kind, last.start, max(last.end, m.end), text[last.start:max(last.end, m.end)])
        else:
            merged.append(m)
    return merged


def mask_pii(text: str, public: str = "") -> str:
    """Replace each PII span by its mask (``[AADHAAR]``, ``[PAN]`` …); all other characters are kept.
    A span that `public` (the documents an answer quotes) also holds is no one's personal data — a
    bank's helpline written like a mobile number — and is kept."""
    matches = find_pii(text)
    if not matches:
        return text
    if public:
        known = {_span_key(public[m.start:m.end]) for m in find_pii(public)}
        matches = [m for m in matches if _span_key(text[m.start:m.end]) not in known]
    parts, pos = [], 0
    for m in matches:
        parts.append(text[pos:m.start])
        parts.append(MASKS[m.kind])
        pos = m.end
    parts.append(text[pos:])
    return "".join(parts)


def _span_key(span: str) -> str:
    """A PII span's letters and digits: "98765 43210" and "98765-43210" are one number."""
    return re.sub(r"\W", "", span).upper()


def mask_obj(obj: Any) -> Any:
    """Recursively mask strings inside dicts / lists / tuples (keys are kept; other values unchanged)."""
    if isinstance(obj, str):
        return mask_pii(obj)
    if isinstance(obj, dict):
        return {k: mask_obj(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [mask_obj(v) for v in obj]
    if isinstance(obj, tuple):
        return tuple(mask_obj(v) for v in obj)
    return obj


def contains_pii(text: str) -> bool:
    return bool(find_pii(text))
