"""Output compliance checks for generated answers / nudges (EN / Hindi / Hinglish).

Rules (``Violation.rule``):

``ungrounded_number``
    Every number-like token in the answer must appear in at least one source passage.
    Normalisation: Devanagari digits → ASCII; thousands separators dropped (``10,000`` = ``10000``,
    ``1,00,000`` = ``100000``); trailing ``.0``/``.00`` and ``:00`` dropped and leading zeros stripped
    (``9:00 am`` = ``9 AM`` = ``9 बजे`` → ``9``); a time with PM/शाम/रात also matches its 24-h form
    (``11 PM`` ≈ ``23:00``); ``lakh``/``लाख``/``crore``/``करोड़``/``k`` multiply (``1.5 lakh`` = ``150000``).
    Exempt (plainly not claims): citation markers ``[c1]``; list numbering ``1.`` / ``2)`` at line
    start; stage numbers 1–5 written as ``Step 2`` / ``Stage 2`` / ``चरण 2``; digits glued to Latin
    letters (identifiers such as ``c1``, ``H100``, ``E102``); digits inside PII spans (those are
    reported as ``pii_echo`` instead). Numbers the *user* wrote count as grounded, except amounts
    (₹/Rs/INR) and percentages — fees and rates must come from a source.
``guarantee``
    Promises of approval / limit / outcome. Negated forms (``there is no guarantee``, ``cannot
    guarantee``, ``गारंटी नहीं``, ``pakka nahi``) do not count.
``financial_advice``
    Recommending investments, loans, stocks, mutual funds, crypto, "best card for you" … (negated
    mentions such as "I can't advise on mutual funds" do not count).
``pii_echo``       the answer contains PII (``pii.find_pii``); the detail names kinds, never values.
``blame``          "you made a mistake", "your fault", "you failed to", "आपकी गलती" …
``system_prompt_leak``  ≥ 8 consecutive words of ``domain.prompts.SYSTEM``.
``action_claim``   claims an action the assistant cannot take: "I have sent the SMS", "I've raised your
                   limit", "your data has been deleted", "मैंने SMS भेज दिया", "maine approve kar diya".
                   It only drafts and explains (nudges are drafts; nothing is sent or changed).
``markup``         HTML tags, event handlers, ``javascript:`` / ``data:`` links or Markdown images (a way to
                   run script in, or send data out of, whatever renders the answer): plain text only.
``persona``        speaks as an injected persona: DAN / "do anything now", developer mode, "as the bank
                   manager", "I have no rules", "ignoring previous instructions".

``guarantee`` also covers outcome *claims* ("your application has been approved", "आपका कार्ड मंज़ूर हो
गया", "limit badha di gayi"), except in a condition ("once your application is approved, …").
Patterns are written with nukta (``ज़``, ``ढ़``); they are compared nukta-free, like the text.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from assistant.guard.pii import find_pii, to_ascii_digits

__all__ = ["Violation", "RULES", "check", "is_compliant", "numbers_in", "LEAK_NGRAM"]

RULES = ("ungrounded_number", "guarantee", "financial_advice", "pii_echo", "blame", "system_prompt_leak", "action_claim", "persona", "markup")
LEAK_NGRAM = 8
_I = re.IGNORECASE


@dataclass
class Violation:
    rule: str
    detail: str


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKC", to_ascii_digits(text))
    if any("\u0900" <= ch <= "\u097f" for ch in t):
        t = unicodedata.normalize("NFC", unicodedata.normalize("NFD", t).replace("\u093c", ""))
    return t.replace("’", "'").replace("‘", "'")


# ----------------------------------------------------------------------------- numbers
_CITATION = re.compile(r"\[\s*c?\d+(?:\s*[,-]\s*c?\d+)*\s*\]", _I)
_LIST_NUM = re.compile(r"(?m)^(\s*)\d{1,2}[.)](?=\s)")
_STEP = re.compile(r"\b(step|stage)\s+[1-5]\b|(चरण|स्टेप|स्टेज)\s+[1-5](?![0-9])", _I)
_NUM = re.compile(
    r"(?<![A-Za-z0-9_.,])(?P<cur>(?:₹|\bRs\.?|\bINR)\s*)?"
    r"(?P<num>[0-9]+(?:,[0-9]{2,3})*(?:\.[0-9]+)?)"
    r"(?::(?P<min>[0-9]{2}))?"
    r"(?![0-9]|[A-Za-z]*[0-9])"  # "12abc3" — not a claim token
    r"(?P<tail>\s*(?:%|percent|प्रतिशत|lakhs?|lacs?|लाख|crores?|cr\b|करोड़|करोड|k\b|K\b|(?:a\.?m\.?|p\.?m\.?)(?![A-Za-z])|बजे|सुबह|शाम|रात|दोपहर)?)",
    _I,
)
_MULT = (("lakh", 100_000), ("lac", 100_000), ("लाख", 100_000), ("crore", 10_000_000), ("cr", 10_000_000),
         ("करोड", 10_000_000), ("k", 1_000))


def _canon(num: str) -> str:
    n = num.replace(",", "")
    if "." in n:
        n = n.rstrip("0").rstrip(".")
    return n.lstrip("0") or "0"


def _forms(m: re.Match) -> tuple[set[str], str]:
    """All canonical spellings a matched number may be grounded by, and its kind."""
    num, minutes, tail, cur = m.group("num"), m.group("min"), (m.group("tail") or "").strip().lower(), m.group("cur")
    base = _canon(num)
    forms = {base}
    kind = "amount" if cur else "number"
    if tail.startswith(("%", "percent", "प्रतिशत")):
        kind = "percent"
    for word, mult in _MULT:
        if tail.startswith(word):
            try:
                forms.add(_canon(f"{float(num.replace(',', '')) * mult:.2f}"))
            except ValueError:
                pass
            break
    if minutes is not None:
        forms = {base if minutes == "00" else f"{base}:{minutes}"}
    pm = tail.startswith(("p", "शाम", "रात"))
    is_time = minutes is not None or tail.startswith(("a", "p", "बजे", "सुबह", "शाम", "रात", "दोपहर"))
    if is_time and base.isdigit():
        h = int(base)
        if pm and 1 <= h <= 11:
            forms |= {f"{f.replace(base, str(h + 12), 1)}" for f in list(forms)}
        if 13 <= h <= 23:
            forms |= {f"{f.replace(base, str(h - 12), 1)}" for f in list(forms)}
    return forms, kind


def _blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def numbers_in(text: str, *, exempt: bool = True) -> list[tuple[str, set[str], str]]:
    """(surface, canonical forms, kind) for each number-like token in ``text``."""
    t = _norm(text)
    if exempt:
        spans = [(m.start, m.end) for m in find_pii(t)]
        spans += [(m.start(), m.end()) for m in _CITATION.finditer(t)]
        spans += [(m.start(), m.end()) for m in _LIST_NUM.finditer(t)]
        spans += [(m.start(), m.end()) for m in _STEP.finditer(t)]
        t = _blank(t, spans)
    out = []
    for m in _NUM.finditer(t):
        forms, kind = _forms(m)
        out.append((m.group(0).strip(), forms, kind))
    return out


def dropped_numbers(reference: str, text: str) -> list[str]:
    """The numbers of `reference` (an answer already checked) that `text` (the model's rephrasing of
    it) does not state in any form: a rephrasing that loses "3 days" loses the answer."""
    have = _grounding_set([text])
    return [surface for surface, forms, _ in numbers_in(reference) if not forms & have]


def _grounding_set(texts: Iterable[str]) -> set[str]:
    s: set[str] = set()
    for t in texts:
        for _, forms, _ in numbers_in(t or "", exempt=False):
            s |= forms
    return s


# ----------------------------------------------------------------------------- phrase rules
_NEG_BEFORE = re.compile(
    r"\b(no|not|never|cannot|can't|can\s+not|don't|doesn't|isn't|aren't|won't|wouldn't|without|neither|nor|unable|"
    r"avoid|refrain)\b|n't\b|(नहीं|नही|कोई|बिना|मत)|\b(nahi|nahin|mat|bina|koi)\b", _I)
_NEG_AFTER = re.compile(r"^\W*(\S+\s+){0,3}?(नहीं|नही|न\b|मत|nahi|nahin|na)\b", _I)
_CLAUSE_END = re.compile(r"[.!?।;,\n]|\bbut\b|\bलेकिन\b|\bpar\b", _I)


def _negated(text: str, start: int, end: int) -> bool:
    if _NEG_BEFORE.search(text[start:end]):  # "approval is not guaranteed"
        return True
    # preceding window: same clause, at most ~6 words
    left = text[max(0, start - 60):start]
    cut = [m.end() for m in _CLAUSE_END.finditer(left)]
    if cut:
        left = left[cut[-1]:]
    left = " ".join(left.split()[-6:])
    if _NEG_BEFORE.search(left):
        return True
    right = text[end:end + 40]
    stop = _CLAUSE_END.search(right)
    if stop:
        right = right[:stop.start()]
    return bool(_NEG_AFTER.search(right))


def _compile(pats: list[str]) -> list[re.Pattern[str]]:
    # the text is matched nukta-free (_norm): so are the patterns, or "बढ़" would never match
    return [re.compile(_norm(p) if any("\u0900" <= ch <= "\u097f" for ch in p) else p, _I) for p in pats]


# "once your application is approved, …": a condition, not a claim
_CONDITION = re.compile(r"\b(once|after|when|whenever|if|until|unless|before|whether|as\s+soon\s+as|jab|agar|jaise\s+hi)\b|"
                        r"(जब|अगर|यदि|के\s+बाद|जैसे\s+ही)", _I)


def _conditional(text: str, start: int) -> bool:
    left = text[max(0, start - 60):start]
    cut = [m.end() for m in _CLAUSE_END.finditer(left)]
    if cut:
        left = left[cut[-1]:]
    return bool(_CONDITION.search(" ".join(left.split()[-6:])))


_GUARANTEE = _compile([
    r"\bguarantee(d|s)?\b",
    r"\b100\s*%\s*(approval|approved|sure|guaranteed|chance|certain|pakka)",
    r"\b(will|shall|'ll)\s+(definitely|surely|certainly|100\s*%|for\s+sure|absolutely)\s+(get|be|receive|qualify)",
    r"\byou\s+(will|'ll)\s+(get|be)\s+approved\b", r"\b(application|card)\s+will\s+(definitely\s+)?be\s+approved\b",
    r"\bassured\s+(approval|limit|card|credit)", r"\b(approval|limit|card)\s+is\s+(assured|certain|sure|confirmed)\b",
    r"\b(your\s+)?(credit\s+)?limit\s+will\s+be\s+(increased|raised|enhanced|set|upgraded)\b",
    r"\byou\s+(will|'ll)\s+(get|receive)\s+(a\s+)?(credit\s+)?limit\s+of\b",
    r"\bsure[\s-]?shot\b", r"\bno\s+(chance|risk)\s+of\s+(rejection|being\s+rejected|decline)",
    # Hindi
    r"गारंटी", r"गारंटीड",
    r"(पक्का|पक्की|पक्के|ज़रूर|जरूर|निश्चित\s+रूप\s+से|अवश्य)\s+(\S+\s+){0,2}(मिलेगा|मिलेगी|मिलेंगे|मिल\s+जाएगा|मिल\s+जाएगी|अप्रूव|मंजूर|स्वीकृत|अप्रूवल)",
    r"(मिलेगा|मिलेगी|अप्रूव\s+होगा|मंजूर\s+होगा|अप्रूवल)\s+(\S+\s+){0,1}(पक्का|पक्की|तय)",
    r"100\s*%\s*(अप्रूवल|मंजूरी|पक्का)",
    r"(लिमिट|सीमा)\s+(\S+\s+){0,2}(बढ़\s+जाएगी|बढ़ा\s+दी\s+जाएगी|हो\s+जाएगी)",
    # Hinglish
    r"\b(pakka|pakki|zaroor|zarur|jarur|jaroor|100\s*%)\s+(\w+\s+){0,2}(approve|approved|milega|milegi|mil\s+jayega|mil\s+jaegi|mil\s+jayegi|ho\s+jayega)\b",
    r"\b(approve|approval|card|limit)\s+(\w+\s+){0,2}(pakka|guaranteed)\b",
    r"\blimit\s+(\w+\s+){0,2}(badh|increase)\s+(ho\s+)?(jayega|jayegi|jaegi|jaega)\b",
])

# Claims that an outcome has happened (approval, a raised limit): reported as `guarantee`.
_OUTCOME = _compile([
    r"\b(application|card|credit\s+card|request)\s+(has\s+(now\s+)?been|have\s+been|is(\s+now)?|was|got)\s+(approved|sanctioned|accepted|confirmed)\b",
    r"\b(credit\s+)?limit\s+(has\s+(now\s+)?been|have\s+been|is\s+now|was|got)\s+(increased|raised|enhanced|upgraded|doubled|approved)\b",
    r"\byou\s+(have|'ve)\s+been\s+approved\b", r"\byou\s+are\s+(now\s+)?approved\b",
    r"\b(congratulations|congrats)\b[^.!?\n]{0,40}\b(approved|sanctioned)\b",
    r"(आवेदन|एप्लिकेशन|कार्ड|लिमिट|सीमा)\s+(\S+\s+){0,2}(मंज़ूर|अप्रूव|स्वीकृत|बढ़|बढ़ा)\s*(हो\s+गया|हो\s+गई|हो\s+गयी|हो\s+चुका|हो\s+चुकी|कर\s+दिया|कर\s+दी|दी\s+गई|दी\s+गयी|दिया\s+गया)",
    r"\b(application|card|limit|loan)\s+(\w+\s+){0,2}(approve|approved|sanction|pass|badh|badha|increase)\s+(ho\s+gaya|ho\s+gayi|ho\s+gai|ho\s+chuka|kar\s+diya|kar\s+di|di\s+gayi|di\s+gai|diya\s+gaya)\b",
])

_ACTION = _compile([
    r"\bI\s*(have|'ve|had)\s+(just\s+|already\s+|now\s+|also\s+)?(sent|texted|messaged|emailed|forwarded|approved|sanctioned|raised|increased|"
    r"upgraded|deleted|erased|removed|wiped|cancell?ed|blocked|unblocked|reset|submitted|processed|activated|refunded|waived|credited)\b",
    # without "have": past forms only, and not a question ("how do I reset …", "if I sent …")
    r"(?<!do )(?<!did )(?<!can )(?<!have )(?<!should )(?<!would )(?<!could )(?<!if )(?<!when )\bI\s+(just\s+|already\s+|now\s+|also\s+)?"
    r"(sent|texted|messaged|emailed|forwarded|approved|sanctioned|raised|increased|upgraded|deleted|erased|removed|wiped|cancell?ed|"
    r"unblocked|submitted|processed|activated|refunded|waived|credited)\b",
    r"\b(sms|message|notification|reminder|email|nudge)\s+(has|have)\s+(now\s+|already\s+)?been\s+(sent|delivered|scheduled)\b",
    r"\b(data|details|account|records?|information|application)\s+(has|have)\s+(now\s+|already\s+)?been\s+(deleted|erased|removed|wiped|cancell?ed|closed)\b",
    r"(मैंने|मैने|हमने)\s+(\S+\s+){0,4}(भेज|मंज़ूर|अप्रूव|बढ़ा|डिलीट|हटा|मिटा|रद्द|अनब्लॉक|रीसेट)\s*(दिया|दी|दिए|कर\s+दिया|कर\s+दी|कर\s+दिए)",
    r"(एसएमएस|SMS|मैसेज|संदेश)\s+(\S+\s+){0,2}भेज\s+(दिया|दी)\s+(गया|गई|गयी)",
    r"(डेटा|डाटा|जानकारी)\s+(\S+\s+){0,2}(डिलीट|हटा|मिटा)\s*(दिया\s+गया|दी\s+गई|कर\s+दिया|कर\s+दी|हो\s+गया)",
    r"\b(maine|mainne|humne|hamne)\s+(\w+\s+){0,4}(bhej|approve|badha|delete|hata|cancel|unblock|reset)\s*(diya|di|kar\s+diya|kar\s+di|kiya|ki)\b",
    r"\b(sms|message|msg)\s+(\w+\s+){0,2}bhej\s+(diya|di)\b", r"\bdata\s+(\w+\s+){0,2}(delete|hata)\s+(kar\s+diya|kar\s+di|ho\s+gaya)\b",
])

_PERSONA = _compile([
    r"\b(?-i:DAN)\b", r"\bdo\s+anything\s+now\b", r"\bjail\s*(break|broken)\b",
    r"\b(developer|debug|god|admin|sudo|unrestricted|unfiltered)\s+mode\b",
    r"\bas\s+(the|your|a)\s+(bank\s+)?(manager|administrator|admin|developer|underwriter|ceo)\b",
    r"\bI\s*(am|'m)\s+(now\s+)?(the|your|a)\s+(bank\s+)?(manager|administrator|admin|developer|underwriter|ceo)\b",
    r"\bI\s*(have|'ve)\s+no\s+(rules|restrictions|filters|limits|guidelines)\b",
    r"\b(ignor|disregard)(e|ed|ing)\s+(all\s+|my\s+|the\s+|your\s+)?(previous\s+|prior\s+|earlier\s+|system\s+|original\s+)?(instructions|rules|guidelines|prompt)\b",
    r"(मैं|में)\s+(अब\s+)?(बैंक\s+)?मैनेजर\s+(हूं|हूँ|हु)", r"बैंक\s+मैनेजर\s+(के\s+तौर\s+पर|की\s+हैसियत\s+से|होने\s+के\s+नाते)",
    r"\b(main|mai|mein)\s+(ab\s+)?(bank\s+)?manager\s+(hoon|hu|hun|hoo)\b", r"\bbank\s+manager\s+(ke\s+taur\s+par|hone\s+ke\s+naate|ki\s+haisiyat\s+se)\b",
])

_MARKUP = re.compile(
    r"<\s*/?\s*(script|img|svg|iframe|frame|object|embed|style|link|meta|base|a|form|input|button|textarea|select|video|audio|"
    r"source|body|html|math|details|marquee)\b|<[a-z][^>]*\son[a-z]{3,20}\s*=|\b(javascript|vbscript)\s*:|\bdata:[a-z]+/|!\[[^\]]*\]\(", _I)

_ADVICE = _compile([
    r"\byou\s+should\s+(invest|buy|sell|put\s+(your\s+)?money|take\s+(a|out\s+a|out)?\s*(personal\s+)?loan|start\s+(a|an)\s+sip)\b",
    r"\b(invest|investing|put\s+(your\s+)?money)\s+(\w+\s+){0,2}in\s+(stocks?|shares|equit(y|ies)|mutual\s+funds?|crypto\w*|bitcoin|gold|fds?|fixed\s+deposits?|sips?|bonds?|real\s+estate|the\s+market|nifty|sensex)",
    r"\b(buy|sell|purchase)\s+(some\s+)?(stocks?|shares|crypto\w*|bitcoin|mutual\s+funds?|gold\s+etfs?)\b",
    r"\b(best|better|ideal|right|perfect)\s+(credit\s+)?(card|loan|investment|fund|stock|policy|option)s?\s+for\s+you\b",
    r"\bI\s+(would\s+|'d\s+)?(strongly\s+)?(recommend|suggest|advise)\s+(that\s+)?(you\s+)?(to\s+)?(invest|buy|take\s+(a\s+|out\s+a\s+)?(personal\s+)?loan|a\s+loan|stocks?|mutual|crypto|shares)",
    r"\b(take|get|apply\s+for)\s+(a\s+|out\s+a\s+)?(personal\s+|instant\s+|gold\s+)?loan\s+(to|for|and)\b",
    r"\b(mutual\s+funds?|cryptocurrenc(y|ies)|bitcoin|stock\s+market|intraday\s+trading|systematic\s+investment\s+plan)\b",
    r"\bgood\s+(time|idea)\s+to\s+(invest|buy)\b",
    # Hindi
    r"निवेश\s+(करें|करना\s+चाहिए|कीजिए|करो|करिए)", r"(म्यूचुअल|म्युचुअल)\s+फंड", r"(शेयर|स्टॉक)\s+(खरीदें|खरीदो|खरीदिए|बाजार\s+में\s+पैसा)",
    r"(लोन|ऋण|कर्ज)\s+(ले\s+लें|लें|ले\s+लो|लीजिए|लेना\s+चाहिए)", r"क्रिप्टो", r"बिटकॉइन",
    r"(आपके\s+लिए\s+)(सबसे\s+)?(अच्छा|बेहतर|बेस्ट)\s+(कार्ड|लोन|निवेश)", r"(सबसे\s+)?(अच्छा|बेहतर|बेस्ट)\s+(कार्ड|लोन|निवेश)\s+(\S+\s+){0,2}आपके\s+लिए",
    # Hinglish
    r"\b(invest|nivesh)\s+(karo|karein|kijiye|kariye|karna\s+chahiye)\b", r"\b(mutual\s+fund|sip|shares?|stocks?|crypto)\s+(\w+\s+)?(lo|le\s+lo|kharido|khareedo|mein\s+daalo|mein\s+dalo)\b",
    r"\bloan\s+(le\s+lo|le\s+lijiye|lena\s+chahiye|lo)\b", r"\b(aapke|tumhare)\s+liye\s+(sabse\s+)?(best|accha|achha|badhiya)\s+(card|loan|investment)\b",
])

_BLAME = _compile([
    r"\byou\s+(have\s+)?made\s+(a|an|the|some)?\s*(mistake|error|blunder)s?\b", r"\b(it'?s|it\s+is|this\s+is|that'?s|that\s+is)\s+(all\s+)?your\s+(own\s+)?fault\b",
    r"\byour\s+(own\s+)?(fault|mistake|carelessness|negligence|blunder)\b", r"\byou\s+failed\s+to\b", r"\bbecause\s+of\s+you\b",
    r"\byou\s+(messed|screwed)\s+up\b", r"\byou\s+(entered|typed|uploaded|submitted|gave)\s+(a\s+|the\s+|an\s+)?(wrong|incorrect|invalid)\b",
    r"\byou\s+(were|are)\s+(careless|negligent)\b", r"\byou\s+should\s+have\s+(known|been\s+careful|read)\b",
    r"(आपकी|तुम्हारी|तेरी)\s+(ही\s+)?(गलती|भूल|लापरवाही)", r"आपने\s+(\S+\s+){0,2}गलती\s+की", r"(आपकी|तुम्हारी)\s+वजह\s+से",
    r"आप\s+(\S+\s+){0,2}(करने\s+में\s+)?(असफल|फेल)\s+(रहे|हो\s+गए|हुए)",
    r"\b(aapki|tumhari|teri)\s+(hi\s+)?(galti|galati|bhool|laparwahi)\b", r"\b(aapne|tumne)\s+(\w+\s+){0,2}galti\s+(ki|kar\s+di)\b", r"\b(aapki|tumhari)\s+wajah\s+se\b",
])


def _find(patterns: list[re.Pattern[str]], text: str, *, negatable: bool, conditional: bool = False) -> list[str]:
    hits = []
    for pat in patterns:
        for m in pat.finditer(text):
            if negatable and _negated(text, m.start(), m.end()):
                continue
            if conditional and _conditional(text, m.start()):
                continue
            hits.append(m.group(0).strip())
            break
    return list(dict.fromkeys(hits))


# ----------------------------------------------------------------------------- system prompt leak
def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[\w']+", _norm(text))]


@lru_cache(maxsize=8)
def _prompt_ngrams(system: str, fallbacks: tuple[str, ...], n: int = LEAK_NGRAM) -> frozenset[tuple[str, ...]]:
    # The fallback sentence is embedded in SYSTEM but is a legitimate answer: n-grams never span it.
    for fb in fallbacks:
        if fb:
            system = system.replace(fb, "\x00")
    grams = set()
    for seg in system.split("\x00"):
        w = _words(seg)
        grams.update(tuple(w[i:i + n]) for i in range(len(w) - n + 1))
    return frozenset(grams)


def _system_prompt() -> tuple[str, tuple[str, ...]]:
    from domain import prompts
    return prompts.SYSTEM, (getattr(prompts, "FALLBACK_EN", ""), getattr(prompts, "FALLBACK_HI", ""))


def _leak(answer: str, n: int = LEAK_NGRAM) -> str | None:
    system, fallbacks = _system_prompt()
    grams = _prompt_ngrams(system, fallbacks, n)
    w = _words(answer)
    for i in range(len(w) - n + 1):
        if tuple(w[i:i + n]) in grams:
            return " ".join(w[i:i + n])
    return None


# ----------------------------------------------------------------------------- API
def check(answer: str, sources: list[str], user_text: str = "") -> list[Violation]:
    """All rule violations in ``answer`` given the retrieved ``sources`` (texts) and the user's text."""
    out: list[Violation] = []
    if not answer:
        return out
    text = _norm(answer)

    grounded = _grounding_set(sources or [])
    user_nums = {f for _, forms, kind in numbers_in(user_text or "", exempt=False) if kind == "number" for f in forms}
    bad = []
    for surface, forms, kind in numbers_in(text):
        if forms & grounded:
            continue
        if kind == "number" and forms & user_nums:
            continue
        bad.append(surface)
    if bad:
        out.append(Violation("ungrounded_number", "not in any source: " + ", ".join(dict.fromkeys(bad))))

    g = _find(_GUARANTEE, text, negatable=True) + _find(_OUTCOME, text, negatable=True, conditional=True)
    if g:
        out.append(Violation("guarantee", "; ".join(g)))
    a = _find(_ADVICE, text, negatable=True)
    if a:
        out.append(Violation("financial_advice", "; ".join(a)))
    pii = find_pii(answer)
    if pii:
        out.append(Violation("pii_echo", "kinds: " + ", ".join(dict.fromkeys(m.kind for m in pii))))
    b = _find(_BLAME, text, negatable=False)
    if b:
        out.append(Violation("blame", "; ".join(b)))
    act = _find(_ACTION, text, negatable=True, conditional=True)
    if act:
        out.append(Violation("action_claim", "; ".join(act)))
    persona = _find(_PERSONA, text, negatable=False)
    if persona:
        out.append(Violation("persona", "; ".join(persona)))
    markup = sorted({m.group(0).strip() for m in _MARKUP.finditer(answer)})
    if markup:
        out.append(Violation("markup", "; ".join(markup)))
    leak = _leak(answer)
    if leak:
        out.append(Violation("system_prompt_leak", f"repeats system prompt: '{leak}'"))
    return out


def is_compliant(answer: str, sources: list[str], user_text: str = "") -> bool:
    return not check(answer, sources, user_text)
