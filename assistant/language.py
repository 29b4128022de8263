"""Language of a user message: `en`, `hi` (Devanagari) or `hinglish` (Hindi in Latin script).

Script decides Hindi; for Latin text, a count of common Hindi function words written in Latin
("kya", "hai", "nahi", "kaise") separates Hinglish from English. Cheap and good enough to pick
the reply language; replies to Hinglish use Hindi in Latin where we can, else English.
"""
from __future__ import annotations

import re

from rag.text import script

HINGLISH_MARKERS = set("""hai hain kya kaise kyu kyun kab kahan kitna kitne kitni nahi nahin mera meri mere mujhe
aap apna apni karna karu kare karo raha rahi rahe hoga hogi ho gaya gayi tha thi ka ki ke ko se mein bhi
kuch koi abhi batao bataye bataiye chahiye lagega lagenge milega milegi aayega aaega paisa paise wala wali
yeh ye woh wo aur lekin phir jab tab
h pe kb krna krne kr kro lagta lagti lagte milta milti chaiye nhi ni nai kese kaisa kyon kyo gya gyi rha rhi rhe
sakta sakti sakte skta skti btao bta bata kaun kon konsa kaunsa toh mujhko muje mjhe aapko apko bhai yaar""".split())
WORD_RE = re.compile(r"[a-zA-Z']+")


def detect(text: str) -> str:
    if script(text) == "deva":
        return "hi"
    words = [w.lower() for w in WORD_RE.findall(text)]
    if not words:
        return "en"
    hits = sum(w in HINGLISH_MARKERS for w in words)
    return "hinglish" if hits >= 2 or (hits == 1 and len(words) <= 4) else "en"


def reply_language(lang: str) -> str:
    """The language of templates/fallbacks for a detected language (Hinglish users read Hindi or English;
    we answer Hinglish in English text, the script they typed in, with Hindi facts where we have them)."""
    return "hi" if lang == "hi" else "en"
