"""Intent classification: rules first (fast, predictable), the LLM only when rules are unsure.

Labels (prompts.INTENTS): faq, drop_reason, error_code, nudge_request, out_of_scope,
advice_request, injection, small_talk. `out_of_scope` is mostly decided later by retrieval
confidence; rules catch the obvious cases (other financial products) early.
"""
from __future__ import annotations

import re

from domain.catalog import Catalog
from assistant.guard import is_injection
from ingest.tagger import CODE_RE

ADVICE = re.compile(
    r"\b(should i (invest|buy|take|get)|invest(ment|ing)?|mutual funds?|stocks?|shares? (market|price|trading)|share ?market|crypto|bitcoin|sip\b|fixed deposit|"
    r"\bfd\b|gold|which (card|loan|bank) is (the )?best|best (card|investment)|tax saving|nivesh|paisa kaha lagau|loan (lena|le lu|lu))",
    re.I)
ADVICE_HI = re.compile(r"(निवेश|म्यूचुअल फंड|शेयर|स्टॉक|क्रिप्टो|सोने में|कौन सा कार्ड बेहतर|लोन लेना चाहिए|पैसा कहाँ लगाऊँ)")
# Requests for a promise (approval, a limit) are answered like advice requests: politely, without one.
GUARANTEE = re.compile(r"(guarantee|promise|assure|100 ?%|will (i|my \w+|it) (definitely|surely|certainly) (get|be)|"
                       r"(definitely|surely|certainly) (be )?(get )?approv|for sure|pakka|zaroor|jaroor|confirm (approval|hoga)|"
                       r"(increase|raise|upgrade|badha|badhao|badha do)\w* (my |meri |the )?(credit )?limit|limit (increase|badha|badhao)|"
                       r"लिमिट बढ़ा|सीमा बढ़ा|"
                       # how much limit *I* will get is the bank's decision, not a document fact
                       r"(kitna|kitni|kitne) (ki )?(credit )?limit|limit (kitna|kitni|kitne) (ki )?(milega|milegi|hogi|hoga|milti)|"
                       r"how much (credit )?limit (will|would|do|can) i|what will my (credit )?limit be|my limit (be|going to be)|"
                       r"(मेरी|मुझे) (क्रेडिट )?लिमिट कितन|लिमिट कितनी (मिलेगी|होगी)|"
                       r"गारंटी|पक्का|वादा|ज़रूर मिलेगा|जरूर मिलेगा)", re.I)
SMALL_TALK = re.compile(r"^\s*(hi|hello|hey|hii+|namaste|namaskar|good (morning|evening|afternoon)|thanks?( you)?|thank u|ok(ay)?|"
                        r"bye|how are you|who are you|what can you do|tell me a joke|joke sunao|kaise ho)\s*[!.?]*\s*$", re.I)
SMALL_TALK_HI = re.compile(r"^\s*(नमस्ते|नमस्कार|धन्यवाद|शुक्रिया|आप कौन हो|आप कैसे हो|हैलो)\s*[!.?।]*\s*$")
NUDGE = re.compile(r"\b(nudge|draft (a |an )?(message|sms|notification|reminder)|write (a |an )?(message|sms|reminder|notification)|"
                   r"reminder message|push notification|remind (the )?user|(message|msg|sms|reminder) (bhej|bhejo|bhejein|bhejna|likh|likho|do|dena)|"
                   r"(kya|konsa|kaunsa|what|which) (message|msg|sms|nudge|reminder))\b", re.I)
NUDGE_HI = re.compile(r"(मैसेज|संदेश|एसएमएस|रिमाइंडर)\s*(भेज|लिख|बना|ड्राफ्ट)")
DROP = re.compile(r"\b(why (did|was|am|is|do)|what went wrong|stuck|rejected|failed|fail ho|atak|ruk gaya|drop(ped)? off|"
                  r"couldn'?t (complete|finish)|not (able|going)|kyu(n)? (nahi|ruk|atak|reject|fail))", re.I)
DROP_HI = re.compile(r"(क्यों (अटक|रुक|फेल|रिजेक्ट|नहीं)|क्या गलत|अटक गया|रुक गया|फेल हो|रिजेक्ट)")


def classify(text: str, catalog: Catalog, has_state: bool = False) -> str:
    if is_injection(text):
        return "injection"
    if SMALL_TALK.match(text) or SMALL_TALK_HI.match(text):
        return "small_talk"
    if NUDGE.search(text) or NUDGE_HI.search(text):
        return "nudge_request"
    if ADVICE.search(text) or ADVICE_HI.search(text) or is_guarantee_request(text):
        return "advice_request"
    if error_codes_in(text, catalog):
        return "error_code"
    if has_state and (DROP.search(text) or DROP_HI.search(text)):
        return "drop_reason"
    return "faq"


def is_guarantee_request(text: str) -> bool:
    return bool(GUARANTEE.search(text)) and bool(re.search(r"(approv|limit|card|मंज़ूर|मंजूर|अप्रूव|लिमिट|कार्ड|milega|hoga)", text, re.I))


def error_codes_in(text: str, catalog: Catalog) -> list[str]:
    """Catalog codes named in the text (by code or alias, e.g. OCR_FAIL, ocr_failed)."""
    found = []
    for tok in CODE_RE.findall(text.upper()):
        e = catalog.error(tok)
        if e and e.code not in found:
            found.append(e.code)
    return found
