"""The odd one out: "Which of these sites does not get the 10% cashback: Flipkart, Myntra or Nykaa?"

A question that names its options and asks which one is not in a list is answered by the options the
document's list leaves out, with the sentence that holds the list. Retrieval finds that sentence (the
options the list does hold are in it), and a composed answer would quote it whole without ever naming
the missing option. Only a list that says yes is read this way: a sentence that says no ("No reward
points on fuel, rent or wallet loads") already answers the question with the items it names.
"""
from __future__ import annotations

import re

from assistant.answer_type import NEGATIVE_A, must_state
from assistant.evidence import segments
from assistant.guard import neutralize
from domain.phrases import NOT_IN_LIST
from rag.text import tokenize
from rag.translit import deva_skeleton, latin_skeleton

# the options: after a colon, or a run "A, B or C" / "A, B ya C" / "A, B या C"
_SEP_RE = re.compile(r"\s*(?:,|/|\bor\b|\bya\b|या|\band\b|\baur\b|और)\s*", re.I)
_ARTICLE_RE = re.compile(r"^(?:a|an|the|ek)\s+", re.I)
_WORD_RE = re.compile(r"[\w\u0900-\u097F+&'-]+")
MAX_OPTION_WORDS = 3


def options(query: str) -> list[str]:
    """The options a question lists (three at least, each a name of up to three words), else []."""
    q = query.strip().rstrip("?।. ")
    if ":" in q:
        q = q.rsplit(":", 1)[1]
    elif q.count(",") < 1:
        return []
    parts = [p.strip(" ?.।") for p in _SEP_RE.split(q) if p and p.strip(" ?.।")]
    if len(parts) < 3:
        return []
    if ":" not in query:
        # no colon: the first option is the last word before the first comma ("… Flipkart, Myntra or Nykaa")
        # and the last one ends where the sentence goes on ("… or Nykaa is not a partner")
        parts[0] = parts[0].split()[-1]
        last = parts[-1].split()[:MAX_OPTION_WORDS]
        end = next((i for i, w in enumerate(last) if i and not tokenize(w)), len(last))
        parts[-1] = " ".join(last[:end])
    parts = [_ARTICLE_RE.sub("", p) for p in parts]
    if len(parts) < 3 or any(not _WORD_RE.search(p) or len(p.split()) > MAX_OPTION_WORDS for p in parts):
        return []
    return parts


def _holds(text: str, option: str) -> bool:
    """The passage names the option: its words (stemmed), its letters run together ("Sony LIV" for
    "SonyLIV"), or a Devanagari spelling of a word the passage has in English letters."""
    words = set(tokenize(text))
    if set(tokenize(option)) <= words and tokenize(option):
        return True
    lower = {w.lower() for w in _WORD_RE.findall(text)}
    if re.sub(r"[\s.-]", "", option.lower()) in lower:
        return True
    deva = [w for w in _WORD_RE.findall(option) if not w.isascii()]
    sounds = {latin_skeleton(w) for w in lower if w.isascii()}
    return bool(deva) and all(deva_skeleton(w) in sounds for w in deva)


def answer(query: str, hits, lang: str) -> tuple[str, list] | None:
    """(answer, [the hit holding the list]) when the question asks which of its options a list leaves
    out and one of the top hits holds a sentence that names some of them but not all; else None."""
    if must_state(query) is not NEGATIVE_A:
        return None
    opts = options(query)
    if not opts:
        return None
    # the list the question is about: the sentence naming most options, then most of the question's
    # other words ("fund the FD": UPI, net banking or NEFT — not a fee row naming a cheque and UPI)
    about = set(tokenize(query)) - {t for o in opts for t in tokenize(o)}
    lists = []
    for hit in hits:
        for sentence in segments(neutralize(hit.chunk.text)):
            named = [o for o in opts if _holds(sentence, o)]
            if len(named) >= 2:
                lists.append(((len(named), len(about & set(tokenize(sentence)))), sentence, hit, named))
    if not lists:
        return None
    lists.sort(key=lambda x: x[0], reverse=True)
    rank, sentence, hit, named = lists[0]
    if any(r == rank and set(n) != set(named) for r, _, _, n in lists[1:]):
        return None  # two lists fit as well and disagree: which one is meant is not known
    if NEGATIVE_A.search(sentence) or len(named) == len(opts):
        return None
    missing = [o for o in opts if o not in named]
    said = ", ".join(missing)
    if lang == "hi":
        return NOT_IN_LIST["hi"].format(options=said) + sentence, [hit]
    said = said[:1].upper() + said[1:]
    return NOT_IN_LIST["en"].format(options=said, verb="are" if len(missing) > 1 else "is") + sentence, [hit]
