"""What kind of fact a question asks for, and whether an answer states one.

A passage about the right topic often holds a neighbouring fact instead of the one asked: "how long
is it valid?" answered with the documents to bring, "what is the interest rate?" with the annual
fee, "how much is the fee?" with the steps to apply. Stating that fact is worse than the fallback
sentence, so an answer that carries nothing of the asked kind is withheld (`mismatch`). The kinds
(a duration, an amount, a rate, a time of day, a way to make contact, a count of times, the period a
value is stated for) are a closed set read from the question's form in English, Hindi and Hinglish — never from a topic
word — and each accepts the forms an answer of that kind takes in any document (a duration is a
number of days or "instantly"; an amount is a sum, "free" or a percentage).
"""
from __future__ import annotations

import re

from assistant.parts import split_parts
from rag.text import WORD_END as _E, WORD_START as _B, tokenize  # word edges that hold next to Devanagari


def word_re(*alternatives: str) -> re.Pattern:
    return re.compile(_B + "(?:" + "|".join(alternatives) + ")" + _E, re.I)


QUANTITY_RE = re.compile(r"\b(how (many|much|long)|kitne|kitna|kitni|kab tak)\b|कितने|कितना|कितनी|कब तक", re.I)
# "once" as a count ("only once", "once a year"), not the conjunction ("Once you submit, …", "once the
# video is approved"), which states no number of times
_ONCE = r"once(?!\s+(?:you|your|the|it|its|this|that|these|they|their|we|he|she|all|approved|done|submitted|verified|completed)\b)"
# A number in words, for answers that spell one out ("three days", "तीन दिन").
NUMBER_WORD_RE = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|hundred|"
                            + _ONCE + r"|twice|single|free|zero|no)\b|एक|दो|तीन|चार|पाँच|पांच|छह|सात|आठ|नौ|दस|मुफ़्त|मुफ्त", re.I)

_UNIT = (r"days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|weeks?|months?|years?|yrs?|working days?|business days?|"
         r"din|ghante?|minute|mahine?|saal|दिन|दिनों|घंटे|घंटों|घंटा|मिनट|महीने|महीनों|महीना|साल|वर्ष|सप्ताह|हफ्ते")
# -- what the question asks for
DURATION_Q = re.compile(r"\bhow long\b|\bfor how (?:many|much)\b|\bwithin how\b|\bhow much time\b|\bhow many (?:" + _UNIT + r")\b"
                        r"|\b(?:kitne|kitna|kitni)\s+(?:din|dino|ghante?|mahine?|mahino|saal|time|samay|der|days?|months?|years?|hours?|"
                        r"minutes?|mins?|weeks?|hafte)\b|\bkab tak\b"
                        r"|(?:कितने|कितना|कितनी)\s+(?:दिन|घंटे|महीने|साल|समय|देर)|कब तक", re.I)
MONEY_Q = re.compile(r"\bhow much\b(?!\s+time)|\b(?:fee|fees|charge|charges|cost|price)\s+(?:kitna|kitni|kitne)\b|\b(?:kitna|kitne|kitni)\s+(?:paise|paisa|rupaye|rupees|fee|fees|charge|charges|"
                     r"lagega|lagta|lagti|lagenge|dena|dene|deni|cost|kharcha)\b|\bkitne ka\b"
                     r"|(?:कितना|कितने|कितनी)\s+(?:पैसे|पैसा|रुपये|शुल्क|फीस|चार्ज|लगेगा|लगता|लगती|देना|देने|खर्च)"
                     r"|(?:शुल्क|फीस|चार्ज)\s+(?:कितना|कितनी|कितने)"
                     # "what is the <charge>?": the question's head noun is a charge, so its answer is a sum
                     # (or "free"/"waived") — the form of a what-question, like "how much", not a topic word
                     r"|\bwhat(?:'s| is| are| will be| would be)\s+(?:the|a|any)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:fee|fees|charge|charges|penalty|penalties|fine|cost|price)\b(?!\s+(?:waiver|structure|schedule))"
                     r"|\b(?:fee|fees|charge|charges|penalty|fine)\s+(?:kya|kitni|kitna)\s+(?:hai|hoga|hogi|lagega|lagegi)\b"
                     r"|(?:शुल्क|फीस|चार्ज|जुर्माना|पेनल्टी)\s+क्या\s+(?:है|होगा|होगी|लगेगा|लगेगी)", re.I)
RATE_Q = word_re(r"interest rate", r"rate of interest", r"percentage", r"per ?cent", r"apr", r"mark-?up", r"byaj dar",
                r"ब्याज दर", r"प्रतिशत", r"कितने प्रतिशत")
CLOCK_Q = re.compile(r"\b(?:what|which|at what) time\b|\btimings?\b|\b(?:working|business|service|office) hours\b"
                     r"|\bhow (?:late|early)\b|\b(?:till|until|by) what time\b"
                     # the hours themselves: "between what hours", "best time of the day", "kab se kab tak"
                     r"|\b(?:what|which) hours\b|\bbest (?:time|hours?|part of the day)\b|\btimes? of (?:the )?day\b"
                     r"|\bkitne baje\b|\bkab se kab tak\b|कब से कब तक"
                     r"|\bkitne baje\b|\bkis (?:samay|time)\b|\btime kya\b|कितने बजे|किस समय|समय क्या", re.I)

# -- what an answer of each kind contains
DURATION_A = re.compile(_B + r"(?:" + _UNIT + r")" + _E + r"|\b(?:instant(?:ly)?|immediately|same day|real[- ]time|"
                        r"overnight|turant|तुरंत|उसी दिन)\b", re.I)
MONEY_A = re.compile(r"₹|\brs\.?\s*\d|\binr\b|\brupees?\b|रुपये|रुपए|\d\s*%|\bper ?cent\b|\bfree\b|\bnil\b|\bwaived?\b|"
                     r"\bno (?:\w+ )?(?:fee|fees|charges?|cost)\b|\bzero\b|\bnot charged\b|\bchargeable\b|मुफ्त|मुफ़्त|फ्री|फ़्री|निःशुल्क|नि:शुल्क|"
                     r"(?:शुल्क|चार्ज|फीस)\s+नहीं|\bmuft\b|\bkoi (?:fee|charge|shulk) (?:nahi|nahin|nhi)\b|"
                     r"\d[\d,]*(?:\.\d+)?\s*(?:/-|lakh|crore)", re.I)
RATE_A = re.compile(r"\d\s*%|\bper ?cent\b|\bp\.\s?[am]\.|प्रतिशत|\bnil\b|\bzero\b|\bno interest\b|\binterest[- ]free\b", re.I)
CLOCK_A = re.compile(r"\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\b\d{1,2}:\d{2}\b|\b24\s*[x×/*]\s*7\b|"
                     r"\bround the clock\b|\bany ?time\b|\bnoon\b|\bmidnight\b|\bhours?\b|बजे|\bbaje\b", re.I)
# "between what hours", "timings", "kab se kab tak": the hours from and to — a piece with one bound ("until
# 11 pm", a FAQ about calling late) answers half; the one that states the span joins it (must_state)
SPAN_Q = re.compile(r"\bbetween (?:what|which) (?:hours|times?)\b|\bfrom what time\b|\b(?:what|which) hours\b|\btimings?\b"
                    r"|\b(?:working|business|service|office|opening) hours\b|\bkab se kab tak\b|\bkitne baje se\b"
                    r"|कब से कब तक|कितने बजे से|\bsamay kya\b|\btimings? kya\b", re.I)
_AT = r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|baje|बजे|hrs|noon|midnight)?"
_DAYPART = r"(?:(?:in the )?(?:morning|evening|night|subah|sham|shaam|raat|dopahar|सुबह|शाम|रात|दोपहर)\s*)?"
SPAN_A = re.compile(_AT + r"\s*(?:to|till|until|-|–|—|se|से|and)\s*" + _DAYPART + r"\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|baje|बजे|hrs|तक|tak)"
                    r"|\b24\s*[x×/*]\s*7\b|\bround the clock\b|\bany ?time\b|\b24 hours\b|चौबीसों घंटे", re.I)

# a way to reach someone: the number, address or site itself, not "contact customer support"
# (the user's own "mobile number" is not asked for: "how do I change my mobile number?")
CONTACT_Q = re.compile(r"\b(?:helpline|help ?line|toll[- ]free|customer care|customer support|customer service|support|contact|"
                       r"call cent(?:er|re))\s+(?:phone\s+)?(?:number|no\.?|num)\b|\b(?:email|e-mail) (?:id|address) (?:of|for|to)\b"
                       r"|\bwhich number (?:do|should|can) i call\b|\bnumber to call\b|\bkis number (?:par|pe) (?:call|phone)\b"
                       r"|\b(?:helpline|customer care|customer support|support|contact)\s+(?:ka|ki|ke)\s+(?:phone\s+)?(?:number|no\.?|num)\b"
                       r"|(?:हेल्पलाइन|कस्टमर केयर|ग्राहक सेवा|सपोर्ट|सहायता)\s*(?:का\s*|की\s*)?(?:(?:फ़ोन|फोन)\s*)?(?:नंबर|नम्बर)"
                       # the number before the desk: "the number of customer care", "number kya hai helpline ka"
                       r"|\b(?:phone |contact )?(?:number|no\.?|email(?: id)?|e-mail(?: id)?)\s+(?:of|for|kya hai)\s+(?:the\s+)?"
                       r"(?:helpline|help ?desk|customer care|customer support|customer service|support|call cent(?:er|re))\b"
                       r"|(?:नंबर|नम्बर)\s+(?:क्या है\s+)?(?:हेल्पलाइन|कस्टमर केयर|ग्राहक सेवा|सपोर्ट)", re.I)
CONTACT_A = re.compile(r"\d[\d -]{5,}\d|\[(?:PHONE|EMAIL)\]|[\w.+-]+@[\w-]+\.\w|https?://|www\.|\b[\w-]+\.(?:com|in|co\.in|example|org|bank)\b",
                       re.I)

# "What happens if I don't activate within 30 days?", "21 din me nahi kiya toh kya hoga?": the answer is
# what follows — the sentence with the condition or the outcome ("If it is not, the card is closed"),
# which a passage often states after the deadline that the question repeats.
OUTCOME_Q = re.compile(r"\bwhat (?:happens|will happen|would happen|happened)\b|\bwhat if\b|\bwhat do i lose\b"
                       r"|\b(?:kya|kia) (?:hoga|hota hai|hogi|hote hai|ho jayega|ho jaega)\b|क्या होगा|क्या होता है|क्या हो जाएगा", re.I)
OUTCOME_A = re.compile(r"\bif (?:it |this |that |they |you |the \w+ )?(?:is |are |does |do |was |were )?not\b|\bif you (?:don't|miss|fail)\b"
                       r"|\botherwise\b|\bfailing which\b|\bunless\b|\bor else\b|\bafter (?:which|that)\b"
                       r"|\b(?:will be|is|are|gets?|becomes?|stands?) (?:auto-?)?(?:closed|cancelled|canceled|rejected|expired|lapsed|"
                       r"blocked|forfeited|revoked|declined|withdrawn|marked|lost|reset|restarted|suspended|terminated|recovered)\b"
                       r"|\b(?:expires?|lapses?|forfeits?|you (?:will )?(?:lose|have to|must|need to) (?:start|apply|re-?apply|begin))\b", re.I)

# how many times something may be done: a count of times ("up to 3 attempts", "twice a quarter"), which
# no number of days answers
TIMES_Q = re.compile(r"\bhow many (?:times|attempts|tries|retries|chances)\b|\bhow often\b|\b(?:kitni|kitne) (?:baar|bar|dafa|attempts?)\b"
                     r"|(?:कितनी|कितने) (?:बार|दफ़ा|दफा|प्रयास|कोशिश)", re.I)
TIMES_A = re.compile(r"\b(?:\d+|one|two|three|four|five|six|ten)\s*(?:\w+\s+)?(?:times?|attempts?|tries|retries|chances|visits?|baar)\b"
                     r"|\b(?:" + _ONCE + r"|twice|thrice|unlimited)\b|\bno (?:limit|cap)\b|\b(?:per|a|every|each|in)\s+(?:\d+\s+|calendar\s+)?(?:day|week|month|quarter|year|cycle)s?\b"
                     r"|बार|\bbaar\b", re.I)

# "Which spends don't earn points?", "what will the officer never ask?", "kya cheezein kabhi nahi maangega?":
# the answer is the sentence that says no ("No reward points on fuel…", "Photocopies are not accepted").
NEGATIVE_Q = re.compile(r"\b(?:which|what|where|kaun|kaunsa|kaunsi|kaunse|kon|konsa|konsi|konse|kya|kis|kisko|kise|kiske|"
                        r"kisme|kispe|kin|kinko|kinhe|kinke|kahan|kaha)\b.*"
                        r"\b(?:don't|doesn't|do not|does not|not|never|isn't|aren't|won't|can't|cannot|excluded|exclusions?|"
                        r"ineligible|nahi|nahin|nhi|kabhi nahi|mana)\b|(?:कौन|क्या|किस|किन|कहाँ|कहां).*(?:नहीं|वर्जित|मना)", re.I)
NEGATIVE_A = re.compile(r"\b(?:not|never|no|none|excluded|exclude[sd]?|except|excluding|ineligible|cannot|can't|won't|don't|"
                        r"doesn't)\b", re.I)

# "Is video KYC open on Sunday?", "chhutti ke din?": the answer names days ("all 7 days", "Monday to
# Saturday", "closed on public holidays"), which the opening hours alone do not.
_WEEKDAYS = (r"mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|week-?ends?|(?:public |bank |national )?holidays?"
             r"|somvar|mangalvar|budhvar|guruvar|shukravar|shanivar|ravivar|chhutti|chutti")
DAYS_Q = re.compile(_B + r"(?:" + _WEEKDAYS + r"|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|छुट्टी|छुट्टियों|वीकेंड)" + _E, re.I)
DAYS_A = re.compile(_B + r"(?:" + _WEEKDAYS + r"|(?:all|every|any|each)\s+(?:7\s+|seven\s+)?days?|7 days|seven days|daily"
                    r"|24\s*[x×/*]\s*7|round the clock|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|छुट्टी|हर दिन|सातों दिन)" + _E, re.I)

# A date: "on which date", "kis tarikh", "किस तारीख". A day of the month, a month, a date written out, or a
# day counted from another ("20 days after the statement date") answers it.
DATE_Q = re.compile(r"\b(?:which|what|on what) (?:date|day of the month)\b|\b(?:kis|kaunsi|konsi|kaun si|kon si) (?:date|tarikh|tareekh)\b"
                    r"|\bdate kya\b|(?:किस|कौन सी|कौनसी) तारीख|तारीख क्या", re.I)
DATE_A = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d\s+(?:jan|feb|mar|apr|"
                    r"may|jun|jul|aug|sep|oct|nov|dec)|\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b(?:day|date) \d|तारीख|"
                    r"\d+\s*(?:working |calendar |business )?(?:days?|din|दिन)\s+(?:after|before|from|of|ke baad|बाद|पहले)", re.I)
# "How many add-on cards?": a count — a number, in digits or words, not "no" or "free"
COUNT_Q = re.compile(r"\bhow many\b(?!\s+(?:times|attempts|tries|retries|chances|" + _UNIT + r")\b)", re.I)  # those are TIMES_Q, DURATION_Q
COUNT_A = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" + _ONCE + r"|twice|thrice|single|"
                     r"unlimited|zero|none)\b|\bno (?:limit|cap)\b", re.I)

KINDS = (("duration", DURATION_Q, DURATION_A), ("money", MONEY_Q, MONEY_A), ("rate", RATE_Q, RATE_A), ("clock", CLOCK_Q, CLOCK_A),
         ("contact", CONTACT_Q, CONTACT_A), ("times", TIMES_Q, TIMES_A), ("date", DATE_Q, DATE_A), ("count", COUNT_Q, COUNT_A))


def asked(query: str) -> list[str]:
    """The kinds of fact the question asks for ("how much time" is a duration, not an amount)."""
    return [name for name, q, _ in KINDS if q.search(query)]


def must_state(query: str) -> re.Pattern | None:
    """What a piece must state to answer the question's form: the outcome for "what happens if…", the
    "no" for "which … not …", the days for "on Sunday?", the span of hours for "between what hours…", the
    hours for "at what time…"."""
    if OUTCOME_Q.search(query):
        return OUTCOME_A
    if NEGATIVE_Q.search(query):
        return NEGATIVE_A
    if DAYS_Q.search(query):
        return DAYS_A
    if SPAN_Q.search(query):
        return SPAN_A
    return CLOCK_A if CLOCK_Q.search(query) else None


def lacks_quantity(query: str, answer: str) -> bool:
    """A "how many / how much / how long" question whose evidence holds no quantity at all."""
    return bool(QUANTITY_RE.search(query)) and not (re.search(r"\d", answer) or NUMBER_WORD_RE.search(answer))


def lacks_kind(query: str, answer: str) -> bool:
    """The question asks for a duration, an amount, a rate or a time of day, and the answer states
    none of the kinds asked (a question with two kinds is answered when either is there)."""
    kinds = [(name, a) for name, q, a in KINDS if q.search(query)]
    return bool(kinds) and not any(a.search(answer) for _, a in kinds)


# Bounds and attributes a question can ask for. An answer that states the opposite bound (the maximum
# when the minimum was asked) or never names the attribute asked about (an age limit) answers a
# neighbouring fact. Bounds are often written as ranges ("₹400 to ₹5,000"), so only an explicit
# opposite counts against an answer.
_MAX_WORDS = ("maximum", "max", "at most", "upper limit", "अधिकतम", "ज़्यादा से ज़्यादा", "ज्यादा से ज्यादा", "zyada se zyada",
              "jyada se jyada", "adhiktam")
MAX_RE = word_re(*_MAX_WORDS, "highest")
MIN_RE = word_re("minimum", "min", "lowest", "at least", "atleast", "न्यूनतम", "कम से कम", "kam se kam", "nyuntam")
# "Max" or "Min" with a capital after a word is a name ("the KartMela Max card"), not a bound
_NAMED_BOUND_RE = re.compile(r"(?<=\w )(?:Max|Min)\b")
AGE_RE = word_re("age", "aged", "years old", "उम्र", "आयु", "umar", "umr", "umra")
# "Is there a monthly ceiling on the waiver?", "the most cashback I can earn?": a cap is asked, and an
# answer that states the rate or the perk with no bound of any kind states a neighbouring fact — the
# document sets no cap. Not the credit limit: that is an amount, whose questions MONEY_Q reads.
CAP_Q = word_re(*_MAX_WORDS, r"ceiling", r"caps?", r"capped",  # not "highest": "the highest variant" asks no cap
                # "the most I can earn", not "the most common reason"
                r"the most (?:money|cash\w*|points?|rewards?|amount|discount|i|you|one|we)",
                r"(?:any|a|koi|is there a) (?:limit|cap|ceiling)", r"(?:daily|weekly|monthly|yearly|annual) (?:limit|cap|ceiling)",
                "कोई सीमा", "सीमा कितनी", "limit kitni", "kitni limit")
# a bound in any form: "up to ₹100", "capped at", "not more than", "₹100 per month", "only one", "… तक"
CAP_A = word_re("up ?to", "upto", "maximum", "max", "capped", "caps?", "ceiling", r"limit(?:ed|s)?", "at most",
                r"not (?:more|exceed)\w*", "no more than", r"exceed(?:ing|s)?", "unlimited", "highest", "only", "per",
                "तक", "अधिकतम", "सीमा", "tak",
                r"\d[\d,.]*\s*(?:to|-|–|se|से)\s*(?:₹|rs\.?\s*)?\d")  # a range: "₹50,000 to ₹2,00,000"


# The bounded attribute: the words right after the bound ("minimum credit score", "highest credit
# limit"), up to the first stopword — "kam se kam kitna" names none.
BOUND_OF_RE = re.compile(r"\b(?:minimum|maximum|min|max|highest|lowest|smallest|largest|biggest|at least|at most)"
                         r"\s+((?:[a-z][\w-]*\s*){1,3})", re.I)
# words that say how or how much, not what ("minimum amount", "maximum kitne"), and dimensions that the
# value's own unit names ("maximum size per file" → "up to 5 MB", "longest period" → "90 days")
_NOT_ATTRIBUTE = {"much", "many", "amount", "time", "card", "number", "valu", "value", "limit",
                  "siz", "length", "duration", "period", "count", "total", "sum", "frequency", "percent", "percentag", "weight",
                  # and the verbs that follow a bound without naming a thing ("the minimum required to apply")
                  "requir", "need", "necessary", "allow", "possibl", "accept", "permitt", "expect", "ask"}
# a bound followed by a number or a unit of time states the value, not the thing bounded
_SPAN_AFTER_RE = re.compile(r"(?:of |for |a |an )?(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\s|"
                            + r"(?:" + _UNIT + r")\b)", re.I)
# what a dimension is of: "size per file", "period of a loan", "count for each card"
_DIMENSION_OF_RE = re.compile(r"(?:[a-z][\w-]*\s+){1,2}?(?:of|per|for|on|in)\s+(?:(?:a|an|the|each|one|my|your)\s+)?([a-z][\w-]*)",
                              re.I)
# The same in Hindi and Hinglish: the bound, an optional "how much", then the thing ("कम से कम कितनी
# सैलरी", "न्यूनतम क्रेडिट स्कोर", "kam se kam kitni salary"), up to a word that ends the noun phrase.
BOUND_OF_HI_RE = re.compile(_B + r"(?:न्यूनतम|अधिकतम|कम से कम|ज़्यादा से ज़्यादा|ज्यादा से ज्यादा|kam se kam|zyada se zyada|"
                            r"jyada se jyada|nyuntam|adhiktam)\s+(?:(?:कितनी|कितना|कितने|kitni|kitna|kitne)\s+)?"
                            r"((?:[\w\u0900-\u097F]+\s*){1,2})", re.I)
_HI_PHRASE_END = {"का", "की", "के", "है", "हो", "होना", "होनी", "चाहिए", "लगेगा", "लगेगी", "मिलेगा", "मिलेगी", "ka", "ki", "ke",
                  "hai", "hona", "honi", "chahiye", "lagega", "milega", "kitna", "kitni", "kitne", "कितना", "कितनी", "कितने"}
_HI_NOT_ATTRIBUTE = {"राशि", "रकम", "रुपये", "रुपए", "पैसे", "पैसा", "समय", "दिन", "महीने", "साल", "बार", "लिमिट", "सीमा", "amount",
                     "paise", "paisa", "rupaye", "rupees", "din", "time", "baar", "mahine", "saal", "limit"}


# The period a limit, a count or a rate is stated for. "Is there a monthly cap on the waiver?" answered
# with a cap per year (or per transaction) states a neighbouring fact: the document sets no monthly one.
# A statement cycle is a month; "every three months" is a quarter. Rate forms only ("per month",
# "monthly", "हर महीने"): "within 30 days" or "12 months" name a length, not a period.
_EACH = r"(?:per|a|an|every|each|in a|in one|one|har|hr|ek|प्रति|हर|एक)\s+"
PERIODS = {
    "day": word_re(_EACH + r"(?:day|din|दिन)", "daily", "roz", "rozana", "प्रतिदिन", "रोज़", "रोज", "दैनिक"),
    "week": word_re(_EACH + r"(?:week|hafte|हफ़्ते|हफ्ते|सप्ताह)", "weekly", "साप्ताहिक"),
    "month": word_re(_EACH + r"(?:month|calendar month|mahine|mahina|माह|महीने|महीना)", "monthly", "p\\.m\\.", "मासिक",
                    _EACH + r"(?:statement|billing)?\s*cycle", r"(?:statement|billing) cycle",
                    r"(?:per|every|each|har|हर|प्रति)\s+statement"),  # not "a statement": that is the document, not a period
    "quarter": word_re(_EACH + r"(?:calendar\s+)?quarter", "quarterly", r"(?:every|per|each|in)\s+(?:three|3)\s+months",
                      "तिमाही", r"(?:har|हर)\s+(?:teen|तीन)\s+(?:mahine|महीने)"),
    "year": word_re(_EACH + r"(?:calendar\s+|card\s+)?(?:year|saal|साल|वर्ष)", "yearly", "annually", "annual", "per annum",
                   "p\\.a\\.", "सालाना", "वार्षिक"),
    # not "a purchase": that is what is bought, not how often
    "transaction": word_re(r"(?:per|every|each|har|प्रति|हर)\s+(?:transaction|txn|purchase|लेनदेन|ट्रांजैक्शन)"),
}


# A span before or after an event ("one day before the due date", "ek din pehle", "एक महीने बाद") dates
# something; it is no rate, though "one day" reads like "per day"
RELATIVE_SPAN_RE = re.compile(_B + r"(?:one|a|an|ek|एक)\s+(?:day|week|month|year|din|hafte|mahine|mahina|saal|दिन|हफ़्ते|हफ्ते|"
                              r"महीने|महीना|माह|साल|वर्ष)\s+(?:before|after|prior|earlier|later|ahead|pehle|baad|पहले|बाद)" + _E,
                              re.I)


def other_period(query: str, answer: str) -> bool:
    """A one-part question asks for a value per one period and the answer states values only per
    other periods (see PERIODS)."""
    query, answer = RELATIVE_SPAN_RE.sub(" ", query), RELATIVE_SPAN_RE.sub(" ", answer)
    asked_for = {k for k, r in PERIODS.items() if r.search(query)}
    if len(asked_for) != 1 or len(split_parts(query)) > 1:
        return False
    stated = {k for k, r in PERIODS.items() if r.search(answer)}
    return bool(stated) and not stated & asked_for


def missing_qualifier(query: str, answer: str) -> bool:
    """The question asks for one bound and the answer states only the other, or for a cap and the answer
    states no bound at all; or it asks for a bound of
    something ("the minimum credit score", "the minimum monthly salary") or about an age, and the
    answer never names it — it gives some other minimum."""
    query = _NAMED_BOUND_RE.sub("", query)
    for want, other in ((MIN_RE, MAX_RE), (MAX_RE, MIN_RE)):
        if want.search(query) and not want.search(answer) and other.search(answer):
            return True
    if CAP_Q.search(query) and not CAP_A.search(answer):
        return True  # a cap asked, no bound stated
    said = set(tokenize(answer))
    for m in BOUND_OF_RE.finditer(query):
        if _SPAN_AFTER_RE.match(m.group(1)):
            continue  # "a minimum six months of statements": a length of time, not a bound of "months"
        attribute: list[str] = []
        for w in m.group(1).split():
            toks = tokenize(w)
            if not toks:
                break
            attribute += toks
        # its head is the last word ("credit score", "petrol transaction"): the words before it may be
        # the user's own ("petrol" where the document says "fuel")
        head = [t for t in attribute if t not in _NOT_ATTRIBUTE and not t[0].isdigit()][-1:]
        if not head and (thing := _DIMENSION_OF_RE.match(query, m.start(1))):
            head = tokenize(thing.group(1))[-1:]  # "maximum size per file": the file's size
        if head and head[0] not in said:
            return True
    if _hindi_bound_unnamed(query, answer) or _charge_unnamed(query, said):
        return True
    return bool(AGE_RE.search(query)) and not AGE_RE.search(answer)


# The charge a question names by its kind ("a processing fee", "the foreclosure charges"): the word before
# the charge noun, unless it only says which or how much ("any fee", "the total charges", "extra fee").
CHARGE_OF_RE = re.compile(r"\b([a-z][\w-]*)\s+(?:fee|fees|charge|charges|penalty|penalties)\b", re.I)
# (stopwords in English, Hindi and Hinglish — "ka charge", "koi fee" — name no kind either: tokenize drops them)
_NOT_KIND = {"total", "extra", "additional", "hidden", "other", "pay", "paid", "charged", "charge", "get", "card"}


def _charge_unnamed(query: str, said: set[str]) -> bool:
    """A one-part question about a charge of a named kind whose answer never names that kind: "is there a
    processing fee on EMI?" answered with the EMI's interest rate and the card's annual fee."""
    if len(split_parts(query)) > 1:
        return False
    kinds = [set(tokenize(m.group(1))) for m in CHARGE_OF_RE.finditer(query) if m.group(1).lower() not in _NOT_KIND]
    kinds = [k for k in kinds if k]
    return bool(kinds) and not any(k & said for k in kinds)


def _hindi_bound_unnamed(query: str, answer: str) -> bool:
    """A bound asked in Hindi or Hinglish whose thing the answer never names: none of its words (up to
    two after the bound), in Devanagari or Latin letters, nor the English word a Devanagari one spells
    ("सैलरी" is salary). A Hindi word is looked for only in a Hindi answer: an English passage names
    "guests" where the question says "मेहमान", and no word list translates every noun."""
    from rag.translit import deva_skeleton, latin_skeleton

    said = set(re.findall(r"[\w\u0900-\u097F]+", answer.lower()))
    sounds = {latin_skeleton(w) for w in said if w.isascii()}
    hindi_answer = len(re.findall(r"[\u0900-\u097F]", answer)) > len(re.findall(r"[A-Za-z]", answer))
    for m in BOUND_OF_HI_RE.finditer(query):
        words: list[str] = []
        for w in m.group(1).lower().split():
            if w in _HI_PHRASE_END or w in _HI_NOT_ATTRIBUTE or w[0].isdigit():
                break  # "कितने रुपये वापस": a sum is asked, not a thing's bound
            words.append(w)
        if not words or any(w in said or (not w.isascii() and deva_skeleton(w) in sounds) for w in words):
            continue
        if hindi_answer or all(w.isascii() for w in words):
            return True
    return False


def mismatch(query: str, answer: str) -> bool:
    """The answer states a fact of another kind than the one asked (see the module docstring). When
    the question's kind is known, an answer of that kind is enough ("how much time?" → "instantly");
    otherwise a how-many/much question needs some quantity."""
    if missing_qualifier(query, answer) or other_period(query, answer):
        return True
    return lacks_kind(query, answer) if asked(query) else lacks_quantity(query, answer)
