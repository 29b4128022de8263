"""Prompt-injection heuristics for user text and retrieved passages (EN / Hindi / Hinglish).

``injection_score`` combines weighted regex signals as ``1 - Π(1 - w)`` (each pattern counted once),
so one strong signal (w ≥ 0.5) is enough for ``is_injection`` and weak ones only add up.
Patterns need an *object* (instructions / rules / prompt …) next to the verb, so ordinary funnel
questions such as "how do I ignore the OTP auto-read?" score 0.

``neutralize`` is for retrieved passages: sentences that look like instructions to the model are
dropped, chat-template / role tokens are defanged, and the factual rest is returned.

Obfuscation does not hide an instruction: the text is matched after NFKC (full-width letters),
with invisible format characters (zero-width space / joiners, soft hyphen …) removed — and, where
there are any, also read as spaces — with Cyrillic / Greek look-alike letters read as Latin, and
with each base64-looking token (16+ characters) also read decoded.
"""
from __future__ import annotations

import base64
import binascii
import functools
import re
import unicodedata

__all__ = ["injection_score", "is_injection", "neutralize", "passage_is_suspicious"]

_I = re.IGNORECASE

# (weight, pattern) — applied to the normalised text (NFKC, nukta removed, whitespace collapsed).
_PATTERNS: list[tuple[float, re.Pattern[str]]] = [(w, re.compile(p, _I)) for w, p in [
    # --- English -------------------------------------------------------------------------------
    (0.9, r"\b(ignore|disregard|forget|skip|bypass|override|overrule)\s+(all\s+|any\s+|every\s+|the\s+|your\s+|my\s+|these\s+|those\s+)?"
          r"(of\s+)?(the\s+|your\s+)?(previous|prior|above|earlier|preceding|original|initial|old|existing|system|safety|given)?\s*"
          r"(instructions?|rules?|prompts?|directions?|guidelines?|directives?|guardrails?|restrictions?|policies|constraints)\b"),
    (0.9, r"\b(ignore|disregard|forget)\s+(all|everything)\s+(above|before|previous|prior|you\s+(were|have\s+been)\s+told)\b"),
    (0.6, r"\b(disregard|override)\s+(the\s+|your\s+)?(above|previous|system|context)\b"),
    (0.7, r"\bforget\s+(everything|all\s+(that|of\s+that|this))\b"),
    (0.9, r"\b(reveal|print|show|display|repeat|output|tell|give|share|leak|dump|expose|recite|write\s+out|what\s+(is|are|was|were)|what'?s)\s+"
          r"(me\s+|us\s+)?(all\s+)?(your|the|ur)\s+(full\s+|entire\s+|exact\s+|complete\s+)?(system|hidden|initial|original|secret|internal|developer)\s+"
          r"(prompt|instructions?|message|rules)\b"),
    (0.6, r"\b(reveal|print|show|display|repeat|output|tell|leak|dump|recite)\s+(me\s+|us\s+)?(your|ur)\s+(prompt|instructions)\b"),
    (0.6, r"\bwhat\s+(are|were)\s+your\s+(instructions|rules)\b"),
    (0.45, r"\bsystem\s+prompt\b"),
    (0.6, r"\b(repeat|print|output)\s+(the\s+)?(text|words|everything)\s+above\b"),
    (0.6, r"\byou\s+are\s+(now|no\s+longer)\s+(a|an|my|the|in|free|unrestricted|(?-i:DAN))\b"),
    # role play as someone with authority over the application
    (0.6, r"\b(pretend|imagine|act|behave|roleplay|role-play|role\s+play|play\s+the\s+role\s+of)\b.{0,40}\b(bank\s+manager|branch\s+manager|manager|"
          r"administrator|admin|developer|underwriter|ceo|bank\s+official|bank\s+employee|credit\s+officer)\b"),
    (0.6, r"\byou\s+are\s+(now\s+)?(the|a|an|my)\s+(\w+\s+){0,2}(bank\s+manager|branch\s+manager|administrator|underwriter|ceo|credit\s+officer)\b"),
    (0.8, r"\b(new|updated|override|overriding|replace|replacing)\s+(the\s+|your\s+)?system\s+prompt\b|\bsystem\s+prompt\s*(override|update|change|replacement)\b|"
          r"\bsystem\s+override\b"),
    (0.6, r"\bwhat\s+(were|was)\s+you\s+(told|instructed|given)\b"),
    (0.6, r"\bverbatim\b.{0,30}\b(prompt|instructions|above)\b|\b(prompt|instructions|above)\b.{0,30}\bverbatim\b"),
    (0.35, r"\b(act|behave)\s+as\s+(a|an|my|if)\b"),
    (0.35, r"\bpretend\s+(to\s+be|you\s+are|that\s+you)\b"),
    (0.35, r"\broleplay\s+as\b"),
    (0.8, r"\b((?-i:DAN)|do\s+anything\s+now|jailbreak|jailbroken|jail\s*break)\b"),
    (0.8, r"\b(developer|debug|god|admin|sudo|unrestricted|unfiltered)\s+mode\b"),
    (0.5, r"\b(without|no)\s+(any\s+)?(restrictions|filters|rules|guidelines|limitations|censorship)\b"),
    (0.5, r"\bnew\s+(instructions?|rules|task)\s*:"),
    (0.35, r"\bfrom\s+now\s+on\b"),
    (0.5, r"\b(instead|rather),?\s+(you\s+)?(must|should|will)\s+(say|tell|answer|reply|respond|output)\b"),
    (0.9, r"(<\|?\s*im_(start|end)\s*\|?>|<\|(system|user|assistant|endoftext|eot_id|start_header_id)\|>|<\s*/?\s*(start|end)_of_turn\s*>|\[/?INST\]|<<\s*/?SYS\s*>>)"),
    (0.7, r"(^|\n)\s*(system|developer|assistant)\s*:"),
    (0.7, r"#{2,}\s*(instruction|instructions|system|new\s+task)\b"),
    (0.8, r"\b(reveal|print|show|display|output|tell|give|share|leak|dump|expose|what\s+(is|are))\s+(me\s+|us\s+)?(all\s+)?(your|the|any|ur)?\s*"
          r"(api[\s_-]?keys?|secret\s+keys?|secrets|access\s+tokens?|auth\s+tokens?|credentials|passwords|environment\s+variables|env\s+vars|\.env)\b"),
    # --- Hindi (Devanagari; nukta stripped before matching) ------------------------------------
    (0.9, r"(सारे|सारी|सभी|सब|पिछले|पिछली|पहले\s+के|ऊपर\s+के|ऊपर\s+दिए|अपने)\s+(\S+\s+)?(निर्देश|निर्देशों|नियम|नियमों|इंस्ट्रक्शन|इंस्ट्रक्शंस|इंस्ट्रक्शन्स)\s*(को\s+)?"
          r"(भूल|अनदेखा|नजरअंदाज|इग्नोर|छोड़|मत\s+मानो|न\s+मानो|मानना\s+बंद)"),
    (0.9, r"(निर्देश|निर्देशों|नियम|नियमों|इंस्ट्रक्शन\S*)\s+(को\s+)?(भूल\s+जा|अनदेखा\s+कर|नजरअंदाज\s+कर|इग्नोर\s+कर)"),
    (0.9, r"(सिस्टम|सीक्रेट|छिपा|छुपा)\s*(हुआ\s+)?(प्रॉम्प्ट|प्रोम्प्ट|प्रांप्ट|प्राम्प्ट|निर्देश)\s*(\S+\s+){0,2}(दिखा|बता|लिख|सुना|दे\s+दो|शेयर)"),
    (0.7, r"(अपना|अपने|तुम्हारा|आपका)\s+(सिस्टम\s+)?(प्रॉम्प्ट|प्रोम्प्ट|प्रांप्ट|प्राम्प्ट)\s*(\S+\s+){0,2}(दिखा|बता|लिख|सुना|दो)"),
    (0.45, r"सिस्टम\s+(प्रॉम्प्ट|प्रोम्प्ट|प्रांप्ट|प्राम्प्ट)"),
    (0.8, r"(सब\s+कुछ|सबकुछ|सब)\s+भूल\s+जा"),
    (0.6, r"(अब\s+से\s+)?(तुम|आप)\s+(अब\s+)?(एक\s+)?\S+\s+(हो|हैं)\s+जो\s+(कोई\s+)?(नियम|निर्देश)"),
    (0.8, r"(डेवलपर|डेवेलपर)\s+मोड"),
    (0.8, r"(एपीआई|API)\s*(की|कीज़|कीज)\s*(\S+\s+){0,2}(दिखा|बता|दो)"),
    (0.8, r"(सिस्टम\s+)?(प्रॉम्प्ट|प्रोम्प्ट|प्रांप्ट|प्राम्प्ट)\s+(को\s+)?(बदलो|बदल\s+दो|बदलें|ओवरराइड)"),
    (0.6, r"(नियम|नियमों|निर्देश|निर्देशों)\s+(को\s+)?(बदलो|बदल\s+दो|ओवरराइड\s+करो)"),
    (0.6, r"(तुम|आप)\s+(अब\s+)?(\S+\s+)?(बैंक\s+)?(मैनेजर|मेनेजर|प्रबंधक|एडमिन|डेवलपर)\s+(हो|हैं|बनो|बन\s+जाओ)"),
    (0.7, r"ऊपर\s+(\S+\s+){0,3}(टेक्स्ट|पाठ|सब\s*कुछ|निर्देश|प्रॉम्प्ट)\s+(\S+\s+){0,2}(दोहराओ|दोहराएं|दोहराइए|दोबारा\s+लिखो|फिर\s+से\s+लिखो|लिखो|दिखाओ|बताओ)"),
    (0.7, r"(तुम्हें|तुम्हे|आपको|तुझे)\s+(क्या|कौन\s+से|कौनसे)\s+(निर्देश|नियम|इंस्ट्रक्शन\S*)\s+(दिए|मिले|बताए)"),
    # --- Hinglish (romanised Hindi) ------------------------------------------------------------
    (0.9, r"\b(pichle|pichhle|pehle\s+ke|upar\s+ke|saare|sare|sabhi|sab|apne|tumhare)\s+(\w+\s+)?(instructions?|nirdesh|niyam|rules?)\s+(ko\s+)?"
          r"(ignore|bhool|bhul|chhod|chod|mat\s+maano|mat\s+mano)"),
    (0.9, r"\b(instructions?|nirdesh|rules?|niyam)\s+(ko\s+)?(ignore|bhool|bhul)\s*(karo|kar\s+do|kardo|karein|jao|ja|do)\b"),
    (0.8, r"\b(sab|sabkuch|sab\s+kuch|sab\s+kuchh)\s+(bhool|bhul)\s+(jao|ja)\b"),
    (0.8, r"\b(apna|apne|tumhara|tera|aapka)\s+(system\s+)?(prompt|instructions?)\s+(\w+\s+)?(batao|bata|dikhao|dikha|likho|bolo|share\s+karo)\b"),
    (0.8, r"\bsystem\s+prompt\s+(\w+\s+)?(batao|bata|dikhao|dikha|likho|bolo)\b"),
    (0.8, r"\b(api\s+keys?|secrets?|password)\s+(\w+\s+)?(batao|bata\s+do|dikhao|dikha\s+do)\b"),
    (0.6, r"\b(tum|aap)\s+ab\s+(ek\s+)?\w+\s+(ho|hain)\b"),
    (0.6, r"\b(tum|aap|tu)\s+(ab\s+)?(\w+\s+)?(bank\s+)?(manager|admin|developer)\s+(ho|hain|hai|bano|ban\s+jao|ban\s+jaao)\b"),
    (0.7, r"\b(upar|uppar|oopar)\s+(wala|wale|ka|ke|likha|diya)\s+(\w+\s+){0,2}(text|sab|sabkuch|message|instructions?|prompt)\s+(\w+\s+)?"
          r"(repeat|dohrao|dobara|likho|dikhao|batao)"),
    (0.7, r"\b(tumhe|tumhein|aapko|tujhe)\s+(kya|kaun\s+se|konse|kaunse)\s+(instructions?|nirdesh|rules?|niyam)\s+(diye|mile|bataye)\b"),
]]

# Extra signals that only matter inside retrieved passages (a knowledge-base document has no
# business addressing the model).
_PASSAGE_PATTERNS: list[tuple[float, re.Pattern[str]]] = [(w, re.compile(p, _I)) for w, p in [
    (0.5, r"\b(tell|inform|assure|convince)\s+(the\s+)?(user|customer|applicant)s?\s+(that|to)\b"),
    (0.5, r"\b(the\s+)?(assistant|ai|model|chatbot|bot|llm|language\s+model)\s+(must|should|will|has\s+to|is\s+to)\s+(always\s+)?(say|tell|answer|reply|respond|output|claim|state|promise)\b"),
    (0.5, r"\b(when|if)\s+(asked|the\s+user\s+asks|a\s+user\s+asks|someone\s+asks)\b.*\b(say|answer|reply|respond)\b"),
    (0.5, r"\b(respond|reply|answer)\s+(only\s+)?(with|that)\b"),
    (0.5, r"(यूजर|उपयोगकर्ता|ग्राहक)\s+को\s+(बताओ|बताएं|बताइए|कहो)\s+कि"),
    (0.5, r"\buser\s+ko\s+(batao|bolo|kaho)\b"),
]]

_SENT_SPLIT = re.compile(r"(?<=[.!?।])\s+|\n+")
_SPECIAL_TOKENS = re.compile(
    r"<\|?\s*im_(start|end)\s*\|?>|<\|[a-z_]+\|>|<\s*/?\s*(start|end)_of_turn\s*>|\[/?INST\]|<<\s*/?SYS\s*>>", _I)


# Cyrillic and Greek letters that look like Latin ones ("Ignоre" with a Cyrillic о).
_HOMOGLYPHS = str.maketrans(
    "АВЕКМНОРСТХУІЈЅаеорсухіјѕԁһӏԛԝΑΒΕΖΗΙΚΜΝΟΡΤΥΧοιρνκτυχɑɡı",
    "ABEKMHOPCTXYIJSaeopcyxijsdhlqwABEZHIKMNOPTYXoipvktuxagi")
_INVISIBLE = re.compile(r"[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufe00-\ufe0f]")
_B64 = re.compile(r"(?<![A-Za-z0-9+/=_-])[A-Za-z0-9+/_-]{16,}={0,2}(?![A-Za-z0-9+/=_-])")


def _normalise(text: str, invisible: str = "") -> str:
    t = unicodedata.normalize("NFKC", _INVISIBLE.sub(invisible, text)).translate(_HOMOGLYPHS)
    if _has_deva(t):
        t = unicodedata.normalize("NFC", unicodedata.normalize("NFD", t).replace("\u093c", ""))
    t = t.replace("’", "'").replace("‘", "'")
    return re.sub(r"[ \t\r\f\v]+", " ", t)


def _decoded(token: str) -> str | None:
    """A base64 (or base64url) token's text, when it decodes to readable UTF-8."""
    raw = token.rstrip("=")
    try:
        data = base64.b64decode(raw + "=" * (-len(raw) % 4), altchars=b"-_" if ("-" in raw or "_" in raw) else None, validate=True)
        text = data.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    readable = sum(ch.isprintable() or ch.isspace() for ch in text)
    return text if text and readable >= 0.95 * len(text) and any(ch.isalpha() for ch in text) else None


def _views(text: str) -> list[str]:
    """The normalised text, plus what an obfuscation may hide: invisibles read as spaces, base64 decoded."""
    views = [_normalise(text)]
    if _INVISIBLE.search(text):
        views.append(_normalise(text, " "))
    for m in _B64.finditer(text):
        if (d := _decoded(m.group(0))) is not None:
            views.append(_normalise(d))
    return views


def _has_deva(text: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in text)


# Devanagari patterns (flag True) are skipped for text without any Devanagari — halves the cost.
_PATTERNS_F = [(w, p, _has_deva(p.pattern)) for w, p in _PATTERNS]
_PASSAGE_PATTERNS_F = [(w, p, _has_deva(p.pattern)) for w, p in _PASSAGE_PATTERNS]


def _score(norm: str, patterns) -> float:
    keep = 1.0
    deva = _has_deva(norm)
    for w, pat, needs_deva in patterns:
        if needs_deva and not deva:
            continue
        if pat.search(norm):
            keep *= 1.0 - w
    return 1.0 - keep


def injection_score(text: str) -> float:
    """0 (benign) … 1 (certainly an injection attempt)."""
    if not text:
        return 0.0
    return round(max(_score(v, _PATTERNS_F) for v in _views(text)), 4)


def is_injection(text: str, threshold: float = 0.5) -> bool:
    return injection_score(text) >= threshold


def _passage_score(sentence: str) -> float:
    return max(1.0 - (1.0 - _score(v, _PATTERNS_F)) * (1.0 - _score(v, _PASSAGE_PATTERNS_F)) for v in _views(sentence))


def passage_is_suspicious(passage: str, threshold: float = 0.5) -> bool:
    """True when any sentence of a retrieved passage reads like an instruction to the model."""
    if not passage:
        return False
    if _SPECIAL_TOKENS.search(passage):
        return True
    return any(_passage_score(s) >= threshold for s in _SENT_SPLIT.split(passage) if s.strip())


@functools.lru_cache(maxsize=4096)  # passages are few and recur in every answer that cites them (~0.5 ms each)
def neutralize(passage: str, threshold: float = 0.5) -> str:
    """Drop instruction-like sentences from a retrieved passage and defang chat/role tokens.

    Sentence boundaries are ``. ! ? ।`` and newlines; kept sentences are returned unchanged (joined
    with a single space, or a newline where the original had one).
    """
    if not passage:
        return passage
    text = _SPECIAL_TOKENS.sub(" ", passage)
    pieces = re.split(r"(\n+)", text)
    out_lines = []
    for piece in pieces:
        if not piece or piece.startswith("\n"):
            continue
        kept = [s for s in re.split(r"(?<=[.!?।])\s+", piece)
                if s.strip() and _passage_score(s) < threshold]
        if kept:
            out_lines.append(" ".join(s.strip() for s in kept))
    return "\n".join(out_lines)
