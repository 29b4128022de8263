"""How a draft travels as an SMS: its encoding and the number of segments it costs.

A message in the GSM 03.38 alphabet goes as GSM-7: 160 characters in one segment, 153 per segment
once split (the rest carries the joining header); the extension characters (€ [ ] { } ^ ~ | \\) take
two. Any other character — all of Devanagari, "₹", curly quotes — switches the whole message to
UCS-2: 70 characters, 67 per segment once split. Hindi drafts are always UCS-2, so a 160-character
Hindi CTA costs three segments, which the growth team needs to see before sending.
"""
from __future__ import annotations

import math

GSM7 = set("@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
           "¿abcdefghijklmnopqrstuvwxyzäöñüà")
GSM7_EXT = set("^{}\\[~]|€\f")


# What a channel shows without cutting: one SMS segment; a push notification's body before the
# platforms fold it (iOS shows about 178 characters); a WhatsApp template message body (1,024).
PUSH_CHARS, WHATSAPP_CHARS = 178, 1024


def channels(text: str) -> list[str]:
    """The channels the draft fits whole: "sms" (one segment), "push", "whatsapp"."""
    out = ["sms"] if segments(text) == 1 else []
    out += ["push"] if len(text) <= PUSH_CHARS else []
    out += ["whatsapp"] if len(text) <= WHATSAPP_CHARS else []
    return out


def encoding(text: str) -> str:
    return "GSM-7" if all(c in GSM7 or c in GSM7_EXT for c in text) else "UCS-2"


def segments(text: str) -> int:
    if encoding(text) == "GSM-7":
        n = sum(2 if c in GSM7_EXT else 1 for c in text)
        return 1 if n <= 160 else math.ceil(n / 153)
    n = sum(2 if ord(c) > 0xFFFF else 1 for c in text)  # UTF-16 code units
    return 1 if n <= 70 else math.ceil(n / 67)
