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

# Advice is a request for a judgement — "should I", "which is best", "kahan lagau" — about money:
# investments, loans, savings, or a choice between cards or banks. A product word alone is not one:
# a card backed by a fixed deposit is asked about in factual questions ("What is the minimum FD
# amount?") that retrieval answers from the document, or refuses when it holds nothing. "chahiye" asks for
# an opinion only after a verb ("lena chahiye kya?"); "FD nahi chahiye kya?" asks whether one is needed.
OPINION = re.compile(
    r"\b(should (i|we)|shall i|is it (a )?(good|better|wise|safe|worth|right)|good (investment|idea|time)|"
    r"worth (it|buying|investing)|which\b.{0,40}\b(best|better|should)|best\b.{0,25}\b(for me|to (buy|invest|take))|"
    r"recommend|suggest|advi[cs]e|(lena|leni|lu|karna|kharidna|kharidne|lagana) chahiye|behtar|accha rahega)\b"
    r"|सलाह|बेहतर|फायदेमंद|फ़ायदेमंद|(लेना|लेनी|खरीदने|खरीदना|करना|लगाना) चाहिए", re.I)
MONEY_TOPIC = re.compile(
    r"\b(invest\w*|mutual funds?|stocks?|shares?|share ?market|crypto\w*|bitcoin|sip|gold|fixed deposits?|fd|"
    r"tax saving|loans?|savings?|nivesh)\b|निवेश|म्यूचुअल फंड|शेयर|स्टॉक|क्रिप्टो|सोने|सोना|लोन|एफडी|बचत", re.I)
# Advice whatever the topic: where to put money, which card or bank to choose.
ADVICE_ALWAYS = re.compile(
    r"\b(where (should|to|can) i (invest|put|park)|kaha(n)? lagau|which\b.{0,40}\b(card|bank)\b.{0,30}\b(best|better)|"
    r"(best|better)\b.{0,20}\b(card|bank) for me|(card|bank)\b.{0,20}\bworth (it|taking))\b"
    r"|पैसा कहाँ लगाऊँ|कहाँ लगाऊँ|कौन सा (कार्ड|बैंक) (बेहतर|अच्छा)", re.I)
# Requests for a promise (approval, a limit) are answered like advice requests: politely, without one.
# "zaroor milega?" asks for one; "zaroori" (necessary) does not.
GUARANTEE = re.compile(r"(\bguarantee|\bpromise[sd]?\b|\bassured?\b|(?<![\d.,])100 ?%|will (i|my \w+|it) (definitely|surely|certainly) (get|be)|"
                       r"(definitely|surely|certainly) (be )?(get )?approv|for sure|pakka|(?<![a-z])(?:zaroor|jaroor|zarur|jarur)(?![a-z])|confirm (approval|hoga)|"
                       r"गारंटी|पक्का|वादा|ज़रूर मिलेगा|जरूर मिलेगा)", re.I)
# How much limit *I* will get is the bank's decision, not a document fact — unless the question asks how a
# limit is set, or by when ("मेरी लिमिट कितनी होगी, यह कैसे तय होता है?" asks the document's rule)
MY_LIMIT = re.compile(r"(kitna|kitni|kitne) (ki )?(credit )?limit|limit (kitna|kitni|kitne) (ki )?(milega|milegi|hogi|hoga|milti)|"
                      r"how much (credit )?limit (will|would|do|can) i|what will my (credit )?limit be|my limit (be|going to be)|"
                      r"(मेरी|मुझे) (क्रेडिट )?लिमिट कितन|लिमिट कितनी (मिलेगी|होगी)", re.I)
# words that ask by when or by what rule (both patterns below hold them)
_RULE_WORDS = r"when|after|before|kab|baad|pehle|pahle|kaise|criteria|rules?"
_RULE_WORDS_HI = r"कब|कैसे|बाद|पहले"
HOW_SET = re.compile(r"\b(decid\w*|determin\w*|calculat\w*|worked out|based on|factors?|formula|multiple|tay|" + _RULE_WORDS + r")\b|"
                     + _RULE_WORDS_HI + r"|तय|गणना", re.I)
# "Guarantee" the noun (a co-signer's, a bank's): "must my father give a guarantee?", "guarantee letter"
GUARANTEE_NOUN = re.compile(r"\b(?:give|gives|giving|sign|signs|provide|furnish|submit|stand|as|personal|bank|a|the)\s+(?:a\s+|the\s+)?"
                            r"guarantee\b(?!\s+(?:that|me|my|approval|you|i|of)\b)|\bguarantee\s+(?:letter|form|document|deed|"
                            r"agreement)\b", re.I)
# Asking the bank to raise a limit is asking for a promise; asking when or how one may request it asks
# for the document's rule ("when can I request a limit increase?").
LIMIT_RAISE = re.compile(r"(increase|raise|upgrade|badha|badhao|badha do)\w* (my |meri |the )?(credit )?limit|limit (increase|badha|badhao)|"
                         r"लिमिट बढ़ा|सीमा बढ़ा", re.I)
LIMIT_RULE = re.compile(r"\b(how|what|which|who|request|apply|eligib\w*|conditions?|kitne (din|mahine)|kin|kis|kaun|kaunsa|kaunsi|"
                        + _RULE_WORDS + r")\b|" + _RULE_WORDS_HI + r"|अनुरोध|आवेदन|किन|किस|कौन", re.I)  # a wh-question asks the rule ("what is reviewed before…")
SMALL_TALK = re.compile(r"^\s*(hi|hello|hey|hii+|namaste|namaskar|good (morning|evening|afternoon)|thanks?( you)?|thank u|ok(ay)?|"
                        r"bye|how are you|who are you|what can you do|tell me a joke|joke sunao|kaise ho)\s*[!.?]*\s*$", re.I)
SMALL_TALK_HI = re.compile(r"^\s*(नमस्ते|नमस्कार|धन्यवाद|शुक्रिया|आप कौन हो|आप कैसे हो|हैलो)\s*[!.?।]*\s*$")
NUDGE = re.compile(r"\b(nudge|draft (a |an )?(message|sms|notification|reminder)|write (a |an )?(message|sms|reminder|notification)|"
                   r"reminder message|push notification|remind (the )?user|(message|msg|sms|reminder) (bhej|bhejo|bhejein|bhejna|likh|likho|do|dena)|"
                   r"(kya|konsa|kaunsa|what|which) (message|msg|sms|nudge|reminder))\b", re.I)
NUDGE_HI = re.compile(r"(मैसेज|संदेश|एसएमएस|रिमाइंडर)\s*(भेज|लिख|बना|ड्राफ्ट)")
DROP = re.compile(r"\b(why (did|was|am|is|do)|what went wrong|stuck|rejected|failed|fail ho|atak|ruk gaya|drop(ped)? off|"
                  r"couldn'?t (complete|finish)|not (able|going)|kyu(n)? (nahi|ruk|atak|reject|fail))", re.I)
# With a pasted user state, "what should they do now?" asks for that user's diagnosis and its steps,
# not for a passage about steps in general.
NEXT_FOR_STATE = re.compile(r"\b(what (should|do|can|must) (i|we|he|she|they|the user|this user|the customer|this customer) do|"
                            r"what(?:'s| is)? next|next steps?|what now|how (do|can|to) (i |we |they )?(fix|resolve|solve|complete|finish)|"
                            r"aage kya|ab kya (karu|karun|kare|karein|karna)|kya karna (hai|chahiye)|kaise (theek|thik|fix|solve))\b"
                            r"|आगे क्या|अब क्या (करें|करूं|करूँ|करना)|क्या करना (है|चाहिए)|कैसे ठीक", re.I)
DROP_HI = re.compile(r"(क्यों (अटक|रुक|फेल|रिजेक्ट|नहीं)|क्या गलत|अटक गया|रुक गया|फेल हो|रिजेक्ट)")


def classify(text: str, catalog: Catalog, has_state: bool = False) -> str:
    if is_injection(text):
        return "injection"
    if SMALL_TALK.match(text) or SMALL_TALK_HI.match(text):
        return "small_talk"
    if NUDGE.search(text) or NUDGE_HI.search(text):
        return "nudge_request"
    if is_advice_request(text) or is_guarantee_request(text):
        return "advice_request"
    if error_codes_in(text, catalog):
        return "error_code"
    if has_state and (DROP.search(text) or DROP_HI.search(text) or NEXT_FOR_STATE.search(text)):
        return "drop_reason"
    return "faq"


def reports_problem(text: str) -> bool:
    """The user tells of a step that failed or stalled ("my video KYC got rejected, what now?"): what to
    do about it, not the stage that comes next."""
    return bool(DROP.search(text) or DROP_HI.search(text))


def is_advice_request(text: str) -> bool:
    return bool(ADVICE_ALWAYS.search(text)) or (bool(OPINION.search(text)) and bool(MONEY_TOPIC.search(text)))


# What a promise would be about: the bank's decision (approval, a limit) or getting the card at all.
_DECISION = r"\b(?:approv\w*|sanction\w*|limit)\b|मंज़ूर|मंजूर|अप्रूव|लिमिट"
DECISION = re.compile(_DECISION, re.I)
OUTCOME = re.compile(_DECISION + r"|\b(?:get|gets|getting|selected|accepted|milega|milegi|mil (?:jayega|jaega|jayegi|jaegi)|hoga)\b"
                     r"|मिलेगा|मिलेगी|मिल जाएगा|मिल जाएगी", re.I)
# A promise word can only stress a question the document answers: "pakka batao, charge lagega?", "card pakka
# kab tak aayega?", "100% free hai?" ask a fee or a time, not for the bank's word on its decision.
TIME_OR_COST = re.compile(r"\b(?:kab|when|how long|how many days|by what date|kitne (?:din|dino|dinon|hafte)|fees?|charged?|charges|"
                          r"cost\w*|free|paisa|paise|shulk)\b|कब|कितने दिन|शुल्क|फीस|चार्ज|मुफ्त|मुफ़्त|फ्री", re.I)


# Whose limit: "meri limit kitni hogi?" asks the bank's decision on me; "aur uski limit kitni hai?", "the Gold
# variant's limit?" — a follow-up about a variant or the card just named — asks what the document states.
# (not "me", "main", "hum": in Hinglish they also mean "in" and "we")
FIRST_PERSON = re.compile(r"\b(?:i|my|mine|mujhe|mujhko|meri|mera|mere|maine|hume|humein|hamari|humari|hamara)\b"
                          r"|मुझे|मुझको|मेरी|मेरा|मेरे|मैं|हमें|हमारी|हमारा", re.I)
OF_A_THING = re.compile(r"\b(?:it|its|it's|that|this|variant|uski|iski|uska|iska|uske|iske|unki|inki|us|wale|wali|waale|waali)\b"
                        r"|उसकी|इसकी|उसका|इसका|उसके|इसके|वेरिएंट|वाले|वाली", re.I)


def is_guarantee_request(text: str) -> bool:
    mine = not OF_A_THING.search(text) or bool(FIRST_PERSON.search(text))
    if (MY_LIMIT.search(text) and mine and not HOW_SET.search(text)) or (LIMIT_RAISE.search(text) and not LIMIT_RULE.search(text)):
        return True  # how much limit I will get, or a raise asked for: the bank's call
    if not GUARANTEE.search(GUARANTEE_NOUN.sub(" ", text)) or not OUTCOME.search(text):
        return False
    return bool(DECISION.search(text)) or not TIME_OR_COST.search(text)


def error_codes_in(text: str, catalog: Catalog) -> list[str]:
    """Catalog codes named in the text (by code or alias, e.g. OCR_FAIL, ocr_failed)."""
    found = []
    for tok in CODE_RE.findall(text.upper()):
        e = catalog.error(tok)
        if e and e.code not in found:
            found.append(e.code)
    return found
