"""PII detection and masking for Indian onboarding text (EN / Hindi / Hinglish).

Pure regex + checksum, no models; a typical call is a few tens of µs.

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
Devanagari digits (०–९) are recognised (mapped 1:1 to ASCII, so offsets are unchanged).
Overlaps are resolved by priority: email > upi > card > vid > phone > aadhaar > pan (``91`` + a mobile
number is 12 digits: it reads as the phone it is).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from stdnum import luhn

__all__ = ["PiiMatch", "find_pii", "mask_pii", "mask_obj", "contains_pii", "MASKS", "to_ascii_digits"]

MASKS = {
    "aadhaar": "[AADHAAR]",
    "vid": "[AADHAAR]",
    "pan": "[PAN]",
    "phone": "[PHONE]",
    "email": "[EMAIL]",
    "card": "[CARD]",
    "upi": "[UPI]",
}

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


def _digits(s: str) -> str:
    return "".join(ch for ch in s if ch.isdigit())


def _is_amount(norm: str, start: int) -> bool:
    return bool(_AMOUNT_BEFORE.search(norm[max(0, start - 6):start]))


def _candidates(norm: str):
    for m in _EMAIL.finditer(norm):
        yield "email", m.start(), m.end()
    for m in _UPI.finditer(norm):
        yield "upi", m.start(), m.end()
    for m in _CARD.finditer(norm):
        d = _digits(m.group())
        if 13 <= len(d) <= 19 and d.strip("0") and luhn.is_valid(d) and not _is_amount(norm, m.start()):
            yield "card", m.start(), m.end()
    for m in _VID.finditer(norm):
        if not _is_amount(norm, m.start()):
            yield "vid", m.start(), m.end()
    for m in _PHONE.finditer(norm):
        if not _is_amount(norm, m.start()):
            yield "phone", m.start(), m.end()
    for m in _AADHAAR.finditer(norm):
        if not _is_amount(norm, m.start()):
            yield "aadhaar", m.start(), m.end()
    for m in _PAN.finditer(norm):
        yield "pan", m.start(), m.end()


def find_pii(text: str) -> list[PiiMatch]:
    """All PII spans in ``text``, non-overlapping, sorted by position."""
    if not text:
        return []
    norm = to_ascii_digits(text)
    taken: list[tuple[int, int]] = []
    out: list[PiiMatch] = []
    for kind, s, e in _candidates(norm):  # generated in priority order
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        out.append(PiiMatch(kind, s, e, text[s:e]))
    out.sort(key=lambda m: m.start)
    return out


def mask_pii(text: str) -> str:
    """Replace each PII span by its mask (``[AADHAAR]``, ``[PAN]`` …); all other characters are kept."""
    matches = find_pii(text)
    if not matches:
        return text
    parts, pos = [], 0
    for m in matches:
        parts.append(text[pos:m.start])
        parts.append(MASKS[m.kind])
        pos = m.end
    parts.append(text[pos:])
    return "".join(parts)


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
