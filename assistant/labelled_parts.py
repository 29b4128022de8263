"""A passage laid out in labelled parts — our guide's stage sections ("What it needs: … Why it exists: …
Where people get stuck: … What to do: …"), a document's "How to apply:", "Steps:" or "Purpose:" — answers
from the part the question asks for: "how do I activate it?", "card activate kaise karu?", "अब क्या करें?"
from its action part (the steps, not what the stage needs or where people stall); "why does the app want a
selfie video?" from its purpose. Composed from the whole passage, such a question is answered by the opening
that repeats its words ("After VKYC approval the customer … confirms activation") instead."""
from __future__ import annotations

import re

_LABEL_END = r"[ \t*]*:[ \t*]*"
# a label opens a line; its part runs to the next label of any kind (or the end)
_ACTION = r"what to do|what you can do|how to [^:\n]{1,40}|steps(?: to [^:\n]{1,40})?|क्या करें|क्या करना है|कैसे करें"
_PURPOSE = r"why it exists|why it matters|why (?:it|this) is (?:needed|required|asked)|purpose|उद्देश्य|क्यों ज़रूरी है"


def _label_re(alternatives: str) -> re.Pattern:
    """A label (one of `alternatives`) that opens a line and ends in a colon."""
    return re.compile(r"^[ \t*]*(?:" + alternatives + ")" + _LABEL_END, re.I | re.M)


ANY_LABEL_RE = _label_re(r"what [^:\n]{1,30}|why [^:\n]{1,30}|where [^:\n]{1,30}|how [^:\n]{1,40}|steps?[^:\n]{0,40}|purpose|"
                         + _ACTION + "|" + _PURPOSE)
# "how do I / how can I / how to …" (not "how long / how much": those ask a quantity), "what should I do",
# "kaise karu / kaise activate karein", "kya karu / kya karna hai", "कैसे करें", "क्या करूँ"
ASKS_ACTION_RE = re.compile(r"\b(how (?:do|can|should|shall|would) (?:i|we|you|one|they)\b|how to\b|"
                            r"what (?:should|do|can|must) (?:i|we|they) do\b|what now\b|"
                            r"kaise (?:\w+ )?(?:kar|karu|karun|karein|kare|karna|karte|hoga|ho ga)|kya (?:karu|karun|karein|kare|karna)\b)"
                            r"|कैसे (?:\S+ )?(?:कर|होग|हो)|क्या (?:करें|करूं|करूँ|करना|करू)", re.I)
# "why does the app want a selfie video?", "yeh step kyun zaroori hai?": the purpose — but "why did it fail?",
# "kyun reject hua?" asks the cause of a failure, which the purpose does not give
ASKS_PURPOSE_RE = re.compile(r"\b(why|kyun|kyu|kyon)\b|" + r"क्यों", re.I)
FAILED_RE = re.compile(r"\b(fail\w*|reject\w*|stuck|not|n't|nahi|nahin|atak\w*|ruk\w*|declin\w*|expir\w*|error)\b"
                       r"|फेल|रिजेक्ट|अटक|रुक|नहीं|नही", re.I)
PARTS = [(ASKS_ACTION_RE.search, _label_re(_ACTION)),
         (lambda q: ASKS_PURPOSE_RE.search(q) and not FAILED_RE.search(q), _label_re(_PURPOSE))]


def answer_part(text: str, question: str) -> str:
    """The part of `text` under the label the question asks for (its steps, its purpose), when the passage
    has that label after some other part; else `text` whole."""
    for asks, label in PARTS:
        if not (question and asks(question)):
            continue
        m = label.search(text)
        if m is None or not text[: m.start()].strip():
            return text  # no such label, or the passage is that part already
        end = ANY_LABEL_RE.search(text, m.end())
        return text[m.end(): end.start() if end else len(text)].strip() or text
    return text
