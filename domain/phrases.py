"""Bilingual sentence templates for the deterministic path (reason messages, nudges, chat).

Our own wording. Templates carry no fees, dates or promises: every number in a final answer comes
from the catalog or a cited passage, and the compliance check verifies it.
"""
from __future__ import annotations

RETRY_LINK = "https://app.example/resume?stage={stage}"  # dummy deep link, as the brief asks

MESSAGE = {  # by the kind of evidence behind the diagnosis
    ("code", "en"): "Looks like {title_lc}. {cause} This is easy to fix: {step_lc}.",
    ("code", "hi"): "लगता है {title}। {cause} इसे ठीक करना आसान है: {step}।",
    ("time", "en"): "{note} Next step: {step_lc}.",
    ("time", "hi"): "{note} अगला कदम: {step}।",
    ("reason", "en"): "A likely reason: {title} Next step: {step_lc}.",
    ("reason", "hi"): "एक संभावित कारण: {title} अगला कदम: {step}।",
}
TIME_NOTE = {
    "en": "Your last attempt was at {time} IST, outside the video KYC hours ({start} to {end}); the best time is {best_start} to {best_end}.",
    "hi": "आपकी पिछली कोशिश {time} IST पर थी, जो वीडियो KYC के समय ({start} से {end}) से बाहर है; सबसे अच्छा समय {best_start} से {best_end} है।",
}
REPEAT_NOTE = {
    "en": "This came up {n} times in this application.",
    "hi": "इस आवेदन में यह दिक्कत {n} बार आई।",
}
UNKNOWN_NOTE = {
    "en": "We could not interpret the code(s) {codes}.",
    "hi": "कोड {codes} की जानकारी हमारे पास नहीं है।",
}

NUDGE = {
    ("explanatory", "en"): "{greet}your {stage} step is paused: {cause_lc} To continue, {step_lc}.{step2}",
    ("explanatory", "hi"): "{greet}आपका {stage} चरण रुका हुआ है: {cause} आगे बढ़ने के लिए {step}।{step2}",
    ("cta", "en"): "{greet}you're one step away. {step_short}. Continue: {link}",
    ("cta", "hi"): "{greet}बस एक कदम बाकी है। {step_short}। आगे बढ़ें: {link}",
    # a dead end the customer cannot retry (an application that cannot be edited, an Aadhaar update
    # at a centre): no "one step away", the way forward instead
    ("cta_blocked", "en"): "{greet}to go on with your application, {step_short_lc}. Details: {link}",
    ("cta_blocked", "hi"): "{greet}आवेदन आगे बढ़ाने के लिए: {step_short}। जानकारी: {link}",
    ("empathetic", "en"): "{greet}we know a stuck {stage} step is frustrating, and it happens to many people. {cause} Whenever you're ready, {step_lc}, and you'll pick up right where you left off.",
    ("empathetic", "hi"): "{greet}हम समझते हैं कि {stage} पर अटकना परेशान करता है, और ऐसा कई लोगों के साथ होता है। {cause} जब आप तैयार हों, {step}, और आप वहीं से आगे बढ़ेंगे जहाँ रुके थे।",
    ("compliance_safe", "en"): "{greet}your Edge+ credit card application is paused at the {stage} step. You can continue in the Jupiter app whenever it suits you. We will never ask for your OTP or PIN by call, SMS or chat.",
    ("compliance_safe", "hi"): "{greet}आपका Edge+ क्रेडिट कार्ड आवेदन {stage} चरण पर रुका है। आप जब चाहें Jupiter app में आगे बढ़ सकते हैं। हम कभी भी कॉल, SMS या चैट पर आपका OTP या PIN नहीं माँगेंगे।",
}
GREET = {"en": "Hi {name}, ", "hi": "नमस्ते {name}, "}
GREET_ANON = {"en": "Hi, ", "hi": "नमस्ते, "}
STEP2 = {"en": " Then {step}.", "hi": " फिर {step}।"}

ANSWER_LEAD_HI_FROM_EN = "दस्तावेज़ के अनुसार: "
# "Is X the same as Y?", "Does X last longer than Y?": the verdict two table rows give (assistant/compare.py)
COMPARE_VERDICT = {
    "en": {("same", True): "Yes, they are the same:", ("same", False): "No, they are not the same:",
           ("different", True): "Yes, they differ:", ("different", False): "No, they are the same:",
           ("order", True): "Yes:", ("order", False): "No:"},
    "hi": {("same", True): "हाँ, दोनों बराबर हैं:", ("same", False): "नहीं, दोनों बराबर नहीं हैं:",
           ("different", True): "हाँ, दोनों अलग हैं:", ("different", False): "नहीं, दोनों बराबर हैं:",
           ("order", True): "हाँ:", ("order", False): "नहीं:"},
}
# "Which of these is not …: A, B or C?" answered by the options the document's list leaves out
NOT_IN_LIST = {"en": "{options} {verb} not in the document's list. It says: ",
               "hi": "{options} दस्तावेज़ की सूची में नहीं है। दस्तावेज़ के अनुसार: "}
# The chat's own sentences name no product or bank: the indexed documents may be another card's.
REFUSE_ADVICE = {
    "en": "I can't give financial or investment advice. I can help with your card application: its steps, documents, timings and errors.",
    "hi": "मैं वित्तीय या निवेश सलाह नहीं दे सकता। मैं आपके कार्ड आवेदन में मदद कर सकता हूँ: चरण, दस्तावेज़, समय और एरर।",
}
NO_GUARANTEE = {
    "en": "I can't promise approval or a particular credit limit: the bank decides after its checks. I can help you finish each step so your application is complete.",
    "hi": "मैं मंज़ूरी या किसी खास क्रेडिट लिमिट का वादा नहीं कर सकता: यह फ़ैसला बैंक अपनी जाँच के बाद करता है। मैं हर चरण पूरा करने में आपकी मदद कर सकता हूँ।",
}
REFUSE_INJECTION = {
    "en": "I can't change how I work or share my instructions. I can help with your card application.",
    "hi": "मैं अपने काम करने का तरीका नहीं बदल सकता और अपने निर्देश साझा नहीं कर सकता। मैं आपके कार्ड आवेदन में मदद कर सकता हूँ।",
}
SMALL_TALK = {
    "en": "Hello! I can help with your credit card application: the steps, what each needs, timings, and fixing errors. What would you like to know?",
    "hi": "नमस्ते! मैं आपके क्रेडिट कार्ड आवेदन में मदद कर सकता हूँ: चरण, ज़रूरी चीज़ें, समय और एरर ठीक करना। आप क्या जानना चाहेंगे?",
}
NUDGES_READY = {
    "en": "Here are draft nudges for the {stage} step ({reason}). They are drafts for a person to review before sending.",
    "hi": "{stage} चरण ({reason}) के लिए ड्राफ़्ट संदेश तैयार हैं। भेजने से पहले कोई व्यक्ति इनकी समीक्षा करे।",
}


def lc(text: str) -> str:
    """Lower-case the first letter unless it starts an acronym (PAN, OTP, VKYC)."""
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def sentence(text: str) -> str:
    text = text.strip()
    return text if text.endswith((".", "!", "?", "।")) else text + "."


def clock(hhmm: str) -> str:
    """"09:00" → "9 AM", "23:00" → "11 PM", "12:30" → "12:30 PM" (the product document's style)."""
    h, m = (int(x) for x in hhmm.split(":"))
    suffix = "AM" if h < 12 else "PM"
    h12 = h % 12 or 12
    return f"{h12} {suffix}" if m == 0 else f"{h12}:{m:02d} {suffix}"

# Lead for "what comes next?" answers: the stage order is our catalog's, the passage is cited.
NEXT_LEAD = {
    "en": "Next comes {stage}: ",
    "hi": "इसके बाद {stage} का चरण आता है: ",
}
# "what's left?": every stage still to do, in the catalog's order, before the next one's passage
REST_LEAD = {
    "en": "Still to do: {stages}. ",
    "hi": "अभी बाकी चरण: {stages}। ",
}
PREV_LEAD = {
    "en": "Just before it comes {stage}: ",
    "hi": "इससे पहले {stage} का चरण आता है: ",
}
