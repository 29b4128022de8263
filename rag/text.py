"""Text normalisation and tokenisation for keyword search, for English, Hindi and Hinglish.

Devanagari needs its own token pattern: Python's `\\w` does not match vowel signs (matras) or the
virama, so `\\w+` would cut "केवाईसी" into pieces. English tokens get a light suffix stemmer
(plural, -ing, -ed) so "fees"/"fee" and "activating"/"activate" meet; Hindi is left unstemmed.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

TOKEN_RE = re.compile(r"[a-z0-9₹%]+(?:[.,:][0-9]+)*|[\u0900-\u0963\u0966-\u097F]+")
DEVANAGARI_RE = re.compile(r"[\u0900-\u097F]")
# Word edges for English, Hinglish and Hindi alike: `\b` fails after a Devanagari vowel sign (not `\w`),
# and the danda "।" / "॥" ends a word as a full stop does, so it is no letter.
WORD_CHAR = r"[\w\u0900-\u0963\u0966-\u097F]"
WORD_START, WORD_END = rf"(?<!{WORD_CHAR})", rf"(?!{WORD_CHAR})"
# Where a sentence ends, for the chunker (where a long section is cut) and the answer's evidence (its pieces):
# a full stop before a digit ("Rs. 500", "No. 3") never ends one, nor does a person's title or an
# abbreviation with its full stop ("Mr. Rao", "Rs. Five hundred"; the lookbehinds name the stop — without it
# they never matched, and "Mr." ended a sentence).
_NO_END = ("Rs", "rs", "approx", "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Smt", "Shri", "Sri", "Sh", "Kum", "Km", "Er", "Adv",
           "Capt", "Col", "Maj", "Lt", "Gen", "Hon", "Jr", "Sr", "St")
SENTENCE_BREAK_RE = re.compile("".join(rf"(?<!\b{t}\.)" for t in _NO_END) + r"(?<=[.!?।])\s+(?!\d)")

# The last line: the stems a negative leaves ("isn't" → "isn", "t") are no content words — the scope check
# read "aren" in "aren't charged" as a charge the documents never mention.
STOP_EN = set("""a an the is are was were be been being am do does did doing have has had having i me my mine we our
you your he she it its they them their this that these those what which who whom whose when where why how
to of in on at by for with from up down out over under again further then once here there all any both each
few more most other some such no nor not only own same so than too very s t can will just don should now
and or but if as until while about against between into through during before after above below
would could shall may might must also get got please tell know want need im ive dont cant
doesn isn aren wasn weren haven hasn hadn didn won wouldn couldn shouldn mustn needn""".split())
STOP_HI = set("""का की के है हैं था थी थे में मे से को और या भी तो ही पर यह वह ये वो मैं मेरा मेरी मेरे मुझे हम
आप आपका आपकी आपके अपना अपनी अपने कि जो कर करें करना करने किया कैसे क्या क्यों कब कहाँ कहां कितना कितनी
कितने कोई कुछ एक होता होती होते हो गया गई गए रहा रही रहे लिए लिये नहीं न जी
इसका इसके इसकी इसमें इसे इसको इससे उसका उसके उसकी उसमें उसे उसको उससे इनका इनके इनकी इनमें इन्हें उनका उनके उनकी उनमें उन्हें""".split())
STOP_HINGLISH = set("""ka ki ke hai hain tha thi the mein me se ko aur ya bhi to hi par yeh ye woh wo main mera meri mere
mujhe hum aap apna apni apne kya kyu kyun kaise kab kahan kitna kitni kitne koi kuch ek hota hoti hote ho gaya
gayi gaye raha rahi rahe liye nahi nahin na ji hua hui karna karne karu karoon kar kare
h pe kb krna krne kr kro karo lagta lagti lagte lagega lagegi milta milti milte milega milegi chahiye chaiye hoga
hogi honge wala wali wale abhi kaun kon konsa kaunsa batao bataye bataiye btao bta bata bhai yaar yar bro sir
madam mam plz pls ab agar jab tab toh sab sabhi mujhko muje mjhe apko aapko hamara hamari tum tumhara kaisa kese
kyon kyo nhi ni nai haan han accha acha thik theek gya gyi rha rhi rhe sakta sakti sakte skta skti
kru krun karun krte karte krta karta skte pr mai hota diya dia liya lia jayega jaega jayegi jaegi hogaya hoga
iska iske iski isme isko ispe isse uska uske uski usme usko uspe usse inka inke inki inme inko inpe inse unka unke unki
unme unko unpe unse""".split())
STOPWORDS = STOP_EN | STOP_HI | STOP_HINGLISH


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return text.replace("’", "'").replace("‘", "'").replace("e-kyc", "ekyc").replace("video kyc", "vkyc")


def stem(token: str) -> str:
    """Light English stemmer: plural, then -ing/-ed, then a silent final e, so that
    time/timing/timings, charge/charges/charged and activate/activating meet."""
    if DEVANAGARI_RE.match(token) or len(token) <= 3 or token[0].isdigit():
        return token
    if token.endswith("ies") and len(token) > 4:
        token = token[:-3] + "y"
    elif token.endswith("es") and token[:-2].endswith(("ch", "sh", "x", "z", "ss")):
        token = token[:-2]  # "matches" → "match", "addresses" → "address"
    elif token.endswith("s") and not token.endswith(("ss", "us", "is")) and len(token) > 3:
        token = token[:-1]
    elif token.endswith("is") and len(token) == 4:
        token = token[:-1]  # an acronym's plural ("EMIs", "UPIs"); words like "basis" are longer
    for suf in ("ing", "ed"):
        if token.endswith(suf) and len(token) - len(suf) >= 3:
            token = token[: -len(suf)]
            break
    if token.endswith("e") and not token.endswith("ee") and len(token) >= 4:
        token = token[:-1]
    return token


@lru_cache(maxsize=4096)
def term_re(term: str) -> re.Pattern:
    """A term as a whole word or phrase, in Latin or Devanagari text (`\\b` fails after a Devanagari
    vowel sign, so the boundaries are explicit)."""
    return re.compile(WORD_START + re.escape(term) + WORD_END)


def tokenize(text: str, keep_stopwords: bool = False) -> list[str]:
    toks = TOKEN_RE.findall(normalize(text))
    return [stem(t) for t in toks if keep_stopwords or t not in STOPWORDS]


def script(text: str) -> str:
    """`deva` when most letters are Devanagari, else `latin`."""
    letters = [c for c in text if c.isalpha()]
    deva = sum(1 for c in letters if DEVANAGARI_RE.match(c))
    return "deva" if letters and deva / len(letters) > 0.3 else "latin"
