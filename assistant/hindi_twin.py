"""Hindi for a Hindi reader: an English sentence of an answer replaced by the sentence of our Hindi
guide that states the same numbers and names.

Our Hindi guide retells the main facts of our English guide, which retells the product document. A Hindi
question's best passage is still often an English one (the document's page ranks first, and the
glossary brings English words to the search), so the answer comes out in English behind a Hindi
lead-in. A sentence of the Hindi guide that holds every number of the English sentence and every name
of it ("Amazon", "Times Prime": a word the documents capitalise inside sentences) says the same thing: the reader gets it in
Hindi, with the document's numbers. Numbers and names are what can be checked across two languages,
so a sentence is replaced only when it has two numbers, or a number and a name; anything else stays
as it is. Nothing is changed when the index holds no Hindi (a document indexed alone).
"""
from __future__ import annotations

import re

from assistant.answer import NUM_RE
from assistant.cache import per_index
from assistant.evidence import segments
from assistant.guard import neutralize
from assistant.release import is_deva
from domain.phrases import ANSWER_LEAD_HI_FROM_EN
from rag.text import tokenize

# multilingual-e5 cosine of an English sentence with its Hindi retelling in our guide (0.91–0.95 measured);
# other sentences of the same topic reach 0.90
TRANSLATION_COSINE = 0.92
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z+&'-]*")


def _numbers(text: str) -> set[str]:
    return {n.replace(",", "").rstrip(".") for n in NUM_RE.findall(text)}  # "₹1,500" is "1500"


def _latin(words) -> frozenset[str]:
    return frozenset(tokenize(" ".join(words)))  # stems: "EMIs" is "EMI"


@per_index
def _read(index) -> tuple[list[tuple[str, frozenset, frozenset]], frozenset[str]]:
    """The Hindi guide's sentences with a number (text, numbers, words in English letters), and the
    names of the indexed documents: the words they write capitalised inside a sentence, and every word
    in English letters inside a Hindi sentence."""
    hindi, names = [], set()
    for c in index.chunks:
        for seg in segments(neutralize(c.text)):
            if is_deva(seg):
                latin = _latin(_LATIN_RE.findall(seg))
                names |= latin
                if c.language == "hi":
                    hindi.append((seg, frozenset(_numbers(seg)), latin))
            else:
                names |= _latin(w for w in _LATIN_RE.findall(seg)[1:] if w[0].isupper())
    return hindi, frozenset(names)


def retell(index, answer: str, similarity=None) -> str:
    """`answer` with each English sentence that the Hindi guide states too replaced by the guide's
    sentence (the closest one: fewest numbers of its own); a sentence already there is not repeated.
    With `similarity(text, texts)` (the embedder's cosines), a sentence with too few numbers and names
    to tell is replaced by the guide's sentence holding exactly its numbers whose meaning is as close as
    a translation's (≥ TRANSLATION_COSINE)."""
    hindi, known_names = _read(index)
    if not hindi or not answer:
        return answer
    lead = ANSWER_LEAD_HI_FROM_EN if answer.startswith(ANSWER_LEAD_HI_FROM_EN) else ""
    out: list[str] = []
    for seg in segments(answer.removeprefix(lead)):
        # its names ("Amazon", "Times Prime", "EMI", a first word that is one): a Hindi sentence must name them too
        nums, names = _numbers(seg), _latin(_LATIN_RE.findall(seg)) & known_names
        if not is_deva(seg) and (len(nums) >= 2 or (nums and names)):
            same = [(h, hn) for h, hn, hw in hindi if nums <= hn and names <= hw]
            if same:
                seg = min(same, key=lambda x: (len(x[1] - nums), len(x[0])))[0]
        elif not is_deva(seg) and similarity is not None:
            # not a FAQ's question; names are often English words our Hindi spells in Hindi, so only numbers
            same = [h for h, hn, _ in hindi if hn == nums and not h.rstrip().endswith("?")]
            if same and (sims := similarity(seg, same)).max() >= TRANSLATION_COSINE:
                seg = same[int(sims.argmax())]
        if seg not in out:
            out.append(seg)
    return lead + " ".join(out)
