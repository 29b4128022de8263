"""Which passage answers a question, and which of its sentences to show.

Deterministic answers are cut from retrieved passages, so the choice matters as much as the
ranking: among the close top hits, a passage in the reader's script; for a wh-question (English,
Hindi or Hinglish question words) not a FAQ whose answer opens with yes/no; for "how many" the row
with a number next to the item. From the chosen passage: the opening sentences plus the segments
that carry question words the opening lacks, table rows cut at the matched item, the section title
when only it holds the fact, and a yes/no opener only when the user asked the FAQ's own question.
"""
from __future__ import annotations

import re

import numpy as np

from assistant.labelled_parts import answer_part
from assistant.answer_type import QUANTITY_RE, mismatch, must_state
from assistant.bands import row_item
from assistant.evidence import BULLET_RE, SENT_RE, YES_NO_RE, Piece, pieces, segments, select, strong_tokens, without_opener
from assistant.flat_tables import around, cut_long_lines
from assistant.guard import neutralize
from assistant.release import is_deva
from domain.phrases import ANSWER_LEAD_HI_FROM_EN
from rag.text import WORD_END, WORD_START, tokenize

# multilingual-e5 cosine of a sentence of our guide with the document passage that states the same fact
# in other words (passages of the same domain that do not state it sit around 0.77–0.83): with the
# sentence's numbers in the passage as an anchor, and without one
TWIN_COSINE, TWIN_COSINE_BARE = 0.82, 0.84
UNIT_STEMS = {"month", "day", "year", "hour", "minut", "week", "time", "rupe", "rs", "inr", "₹", "mahin", "din", "saal",
              "महीन", "महीने", "दिन", "साल", "घंट", "घंटे", "रुपय", "रुपये", "card", "get", "long", "much"}
WH_RE = re.compile(r"^\s*((by|till|until|from|on|in|at|for|to) )?(what|which|how|when|where|why|who)\b"
                   # Hindi and Hinglish put the question word mid-sentence ("card kab aayega?")
                   r"|" + WORD_START + r"(kab|kahan|kaha|kaun|kitna|kitne|kitni|kyun|kyu|kaise|kese|कब|कहाँ|कहां|कौन|कितना|"
                   r"कितने|कितनी|क्यों|कैसे)" + WORD_END, re.I)

FAQ_LEAD_CHARS = 400  # a FAQ's answer up to this length is said whole (compose)
WEAK_TOKENS = {"much", "many", "amount", "how", "when", "time", "get", "use", "need", "want", "can", "way"}


def pick(hits, lang: str, query: str = ""):
    """The passage to answer from, among the top hits within a small score margin: one in the
    reader's script (Hindi for a Devanagari question, English for English and Hinglish), and
    for a wh-question ("What documents…?") not a yes/no FAQ answer ("No. The agent…"), which
    answers a different question about the same topic."""
    want_hi = lang == "hi"
    top = hits[0].score
    close = [h for h in hits[:3] if h.score >= top - 1.0]
    same_script = [h for h in close if (h.chunk.language == "hi") == want_hi] or close
    if not want_hi and all(h.chunk.language == "hi" for h in same_script):
        # a Hindi passage says nothing to an English reader: the best English one, if any ranks near the top
        same_script = [h for h in hits[:3] if h.chunk.language != "hi"] or same_script
    if WH_RE.search(query):
        open_answers = [h for h in same_script if not YES_NO_RE.match(_answer_text(h.chunk))]
        same_script = open_answers or same_script
    if QUANTITY_RE.search(query):
        # "How many months of Spotify?": the list row with a number next to the item beats the
        # overview that only names it
        terms = {t for t in tokenize(query) if t not in UNIT_STEMS and not t[0].isdigit()}
        counted = [h for h in same_script if number_near(h.chunk.text, terms)]
        same_script = counted or same_script
    return same_script[0]


def extract(hit, lang: str, query_tokens: set[str] | None = None, max_chars: int = 450) -> str:
    """The answer part of a passage: FAQ question removed; the opening sentences, plus the segments
    that carry question words the opening lacks (an offers list answers "Swiggy One?" in its fifth
    item; a flattened table row is cut to the words around the match), plus the section title when
    only it names what was asked ("… (MRP ₹1299)")."""
    c = hit.chunk
    text = c.text
    if c.question and text.startswith(c.question):
        text = text[len(c.question):].strip()
    text = re.sub(r"^(A|Answer|उत्तर)\s*[:.]\s*", "", text).strip()
    text = neutralize(text)  # a poisoned passage must not reach the user on the deterministic path either
    segs = [x.strip() for part in text.split("\n") for sent in SENT_RE.split(part) for x in BULLET_RE.split(sent)
            if x.strip(" -")]
    segs = [x.lstrip("-•●▪ ").strip() for x in segs]
    if not segs:
        return ""
    lead: list[str] = []
    for seg in segs:
        if lead and len(" ".join(lead + [seg])) > max_chars:
            break
        lead.append(seg)
    out = " ".join(lead)
    if query_tokens:
        # glossary words like "amount"/"much" (from "kitna") say how, not what: they pick nothing
        strong = (query_tokens - WEAK_TOKENS) or query_tokens
        toks = [set(tokenize(x)) for x in segs]
        covered = set().union(*toks[: len(lead)]) & strong
        extra: list[str] = []
        for _ in range(2):  # at most two more pieces: an answer, not the passage
            gain = [(len((strong & toks[i]) - covered), -i) for i in range(len(lead), len(segs))]
            if not gain or max(gain)[0] == 0:
                break
            best = -max(gain)[1]
            extra.append(around(segs[best], (strong & toks[best]) - covered))
            covered |= toks[best] & strong
        is_list = text.lstrip().startswith(("-", "•")) or text.count("\n- ") >= 2
        matching = [segs[i] for i in range(len(lead)) if toks[i] & strong]
        if extra:
            out = re.sub(r"…\s*…", "…", " … ".join([segs[0], *extra]))
        elif is_list and matching and not toks[0] & strong:
            # a list whose first items do not answer (fees, when the question was about travel
            # cashback): the items that do
            out = " ".join(matching[:3])
        leaf = c.section.split(" › ")[-1].strip()
        if leaf and (set(tokenize(leaf)) & query_tokens) - covered - set(tokenize(out)):
            out = f"{leaf}: {out}"
    if lang == "hi" and c.language != "hi":
        out = ANSWER_LEAD_HI_FROM_EN + out
    return out


def number_near(text: str, terms: set[str], window: int = 4) -> bool:
    """A number within `window` words of a query term (an item and its quantity: "Spotify Premium
    4 months", "10% cashback")."""
    words = text.split()
    for i, w in enumerate(words):
        if set(tokenize(w)) & terms and any(re.search(r"\d", x) for x in words[max(0, i - 2): i] + words[i + 1: i + 1 + window]):
            return True
    return False


def _answer_text(c) -> str:
    text = c.text[len(c.question):].strip() if c.question and c.text.startswith(c.question) else c.text
    return re.sub(r"^(A|Answer|उत्तर)\s*[:.]\s*", "", text).strip()


def asks_the_same(query: str, faq_question: str | None, min_overlap: float = 0.3) -> bool:
    """Whether the user's question is (nearly) the FAQ's own question, by content-word overlap."""
    if not faq_question:
        return True  # not a FAQ: there is no other question the opener could answer
    q, f = set(tokenize(query)), set(tokenize(faq_question))
    return bool(q and f) and len(q & f) / len(q | f) >= min_overlap


LIST_ITEMS = 6  # at most this many items follow a lead-in that ends with a colon
LIST_CHARS = 400


def introduced(chosen: list[Piece], ps: list[Piece]) -> list[Piece]:
    """`chosen` with what a chosen lead-in ending in a colon ("You need the following:") introduces — the
    items after it in its passage, up to LIST_ITEMS and LIST_CHARS: the lead-in alone answers nothing."""
    out = list(chosen)
    for p in chosen:
        if not p.text.rstrip().endswith(":"):
            continue
        size = 0
        for q in sorted((q for q in ps if q.hit == p.hit and q.order > p.order), key=lambda q: q.order)[:LIST_ITEMS]:
            size += len(q.text)
            if q in out or size > LIST_CHARS or q.text.rstrip().endswith(":"):
                break
            out.append(q)
    return out


def piece_texts(index) -> list[str]:
    """Every piece an answer can be composed of (`compose`), once each: what the retriever embeds ahead
    of the questions (`Retriever.warm`)."""
    return list(dict.fromkeys(s for c in index.chunks for s in segments(_piece_source(c))))


def _piece_source(chunk, question: str = "") -> str:
    """The text a passage's pieces are cut from: its answer (the labelled part the question asks for: its steps, its
    purpose), screened for instructions."""
    return neutralize(answer_part(_answer_text(chunk), question))


def compose(hits, lang: str, want: set[str], idf, want_number: bool = False, max_extra: int = 2,
            question: str = "", similarity=None, rows: dict | None = None) -> tuple[str, list[int]]:
    """An answer made of the pieces of the top passages that carry the question's words (see
    assistant/evidence.py), in the order the passages ranked; and the ranks of the passages used.
    `similarity(texts)`: the question's cosine with each text (the retriever's `similarities`), which
    lets the runner-up passage's closest piece join (evidence.runner_up). `rows`: the index's row passages
    by table (bands.tables), which a table flattened into one line is cut into."""
    rank = list(range(len(hits)))
    if lang != "hi" and any(h.chunk.language != "hi" for h in hits):
        # our Hindi guide's passages rank for English questions too (its names and numbers are in English
        # letters) and say nothing to this reader: they must not take the places of English ones
        rank = [i for i, h in enumerate(hits) if h.chunk.language != "hi"]
    hits, used_rank = [hits[i] for i in rank], rank
    ps = cut_long_lines(pieces(hits, lambda h: _piece_source(h.chunk, question)), hits, want, idf, rows or {})
    # "what happens if…" is answered by the outcome, "which … not …" by the sentence that says no, "at what
    # time…" by the hours (must_state); a FAQ's answer is said whole up to FAQ_LEAD_CHARS: its later sentence
    # often holds the fact in words the question does not use (a colloquial or Hindi question shares none)
    chosen = select(ps, strong_tokens(want), idf, want_number=want_number, max_extra=max_extra, must_state=must_state(question),
                    similarity=similarity, lead_chars=FAQ_LEAD_CHARS if hits and hits[0].chunk.question else 250)
    if not chosen:
        return "", []
    chosen = introduced(chosen, ps)
    chosen.sort(key=lambda p: (p.hit, p.order))
    # a table row found twice (its own passage, and the table's line cut into rows) is said once
    chosen = [p for i, p in enumerate(chosen) if all(p.text != q.text for q in chosen[:i])]
    if lang == "hi":
        chosen = _hindi_twins_only(chosen)
    parts = []
    for p in chosen:
        leaf = hits[p.hit].chunk.section.split(" › ")[-1].strip()
        text = p.text
        faq = hits[p.hit].chunk.question
        if p.order == 0 and faq and question and (WH_RE.search(question) or not asks_the_same(question, faq)):
            text = without_opener(text)  # "Yes, …" answered the FAQ's own question, not this one
            if YES_NO_RE.fullmatch(text.strip()):
                continue  # a lone "Yes." (without_opener leaves a bare opener as it is) says nothing more
        item = row_item(hits[p.hit].chunk) if hits[p.hit].chunk.kind == "table_row" and p.order > 0 else ""
        if item and item not in " ".join(parts) and not {t for t in tokenize(item) if not t.isdigit()} <= set(tokenize(text)):
            text = f"{item} — {text}"  # a row's later sentence ("NRIs can apply only if …") names its row ("Residency")
        # a labelled row without its item ("₹499") needs the section that names it; a section title that
        # holds a value ("Times Prime Membership (MRP ₹1299)") is part of the answer even above the opening
        if (leaf and (p.order > 0 or re.search(r"\d", leaf)) and (set(tokenize(leaf)) & want) - set(tokenize(text))
                and leaf not in " ".join(parts)):
            text = f"{leaf}: {text}"
        parts.append(text)
    out = " ".join(parts)
    if lang == "hi" and any(hits[p.hit].chunk.language != "hi" for p in chosen):
        out = ANSWER_LEAD_HI_FROM_EN + out
    return out, sorted({used_rank[p.hit] for p in chosen})


NUM_RE = re.compile(r"\d[\d,.]*\d|\d")  # a number as written: "1,500", "1.33", "7"


def _names(text: str) -> set[str]:
    """Capitalised words that are not a sentence's first ("Times", "Prime", "PAN", "MakeMyTrip")."""
    out, first = set(), True
    for w in re.findall(r"[\w+&'-]+|[.!?।:]", text):
        if w in ".!?।:":
            first = True
            continue
        if w[0].isupper() and (not first or sum(c.isupper() for c in w) > 1):
            out.add(w.lower())
        first = False
    return out


def _hindi_twins_only(chosen: list[Piece]) -> list[Piece]:
    """For a Hindi reader: an English piece that only restates what a chosen Hindi piece already says
    (every number and every name of it is there: our Hindi guide retells the document's facts) is
    dropped, so the answer reads in Hindi and keeps the document's numbers. An English piece with a
    number or a name of its own stays; one with neither (a "why" in words) goes — measured: steering
    sets +3 against keeping it, development −1."""
    hindi = [p for p in chosen if is_deva(p.text)]
    if not hindi or len(hindi) == len(chosen):
        return chosen
    said = " ".join(p.text for p in hindi)
    nums, words = set(NUM_RE.findall(said)), set(tokenize(said, keep_stopwords=True))

    def restated(p: Piece) -> bool:
        own = set(NUM_RE.findall(p.text))
        names = {t for n in _names(p.text) for t in tokenize(n, keep_stopwords=True)}
        return own <= nums and names <= words

    return [p for p in chosen if p in hindi or not restated(p)]


def _states(chunk, nums: set[str], words: set[str] | None) -> bool:
    """A document passage (a PDF's) that holds every one of `nums` and at least half of `words` (with no
    words to compare, two numbers at least; with `words` None, the numbers alone): it states what our
    guide's passage said."""
    return (chunk.source.lower().endswith(".pdf") and nums <= set(re.findall(r"\d+", chunk.text))
            and (words is None or (len(words & set(tokenize(chunk.text))) >= 0.5 * len(words) if words
                                   else len(nums) >= 2)))


def prefer_documents(hits, used: list[int], answer: str) -> list[int]:
    """Cite the product document where it states what a passage of our knowledge files says: a PDF
    passage among the top hits holding the answer's numbers and most of its words replaces the
    Markdown one (our files summarise the document; the document is the source a reader can open)."""
    nums = set(re.findall(r"\d+", answer))
    words = set(tokenize(answer))
    out: list[int] = []
    for i in used:
        if hits[i].chunk.source.lower().endswith(".pdf"):
            out.append(i)
            continue
        out.append(next((j for j, h in enumerate(hits) if j != i and _states(h.chunk, nums, words)), i))
    return sorted(set(out))


def asks_within(query: str, previous: str, text: str) -> bool:
    """A follow-up naming something new that the passage of the previous answer holds ("aur travel pe
    kitna?" after the shopping cashback question, both in one sentence of the FAQ): that passage answers
    it again, and is not skipped as a repeat of the previous answer."""
    own = {t for t in strong_tokens(set(tokenize(query))) - set(tokenize(previous)) if not t.isdigit()}
    return bool(own) and own <= set(tokenize(text))


def pick_anew(hits, lang: str, masked: str, history) -> object:
    """The passage to answer from: `pick`'s, unless its answer would be the previous one again."""
    best = pick(hits[:3], lang, masked)
    if says_again(extract(best, lang), masked, history, best.chunk.text):
        return next((h for h in hits if h is not best), best)
    return best


def says_again(answer: str, masked: str, history, passage: str) -> bool:
    """The answer is the previous answer word for word ("and if it still fails?"), and the follow-up
    names nothing new that the passage it comes from holds (`asks_within`)."""
    if not history:
        return False
    same = " ".join(answer.lower().split()) == " ".join((history[-1].assistant or "").lower().split())
    return same and not asks_within(masked, history[-1].user, passage)


def document_twin(index, chunk_id: str, answer: str, close=None) -> int | None:
    """The row of a document passage (a PDF's) anywhere in the index that states what the answer took
    from our guide's passage `chunk_id`: every number the two share, and half of their shared words.
    Our guide retells the document in its own words, so with `close(text, rows)` (the embedder's
    cosines) a passage as close in meaning as a retelling counts too: holding the shared numbers
    (≥ TWIN_COSINE), or, for an English sentence with no number, closer still (≥ TWIN_COSINE_BARE).
    A reader should be sent to the page that says it. None when nothing passes."""
    own = index.chunk(chunk_id).text
    nums = set(re.findall(r"\d+", answer)) & set(re.findall(r"\d+", own))
    words = set(tokenize(answer)) & set(tokenize(own))
    if is_deva(own):
        # our Hindi guide retells the English document: only its numbers and the names it keeps in
        # English letters ("Times Prime", "PAN") can be found there; two numbers at least, when no name
        words = {w for w in words if w.isascii() and not w.isdigit()}
        if not nums or (not words and len(nums) < 2):
            return None
    elif not words or (not nums and close is None):
        return None
    scores = index.bm25.scores(sorted(words | nums))
    top = [int(i) for i in np.argsort(-scores, kind="stable")[:8] if scores[i] > 0]  # no Python sort over the index
    if nums:
        found = next((i for i in top if _states(index.chunks[i], nums, words)), None)
        # numbers alone (a Hindi sentence keeps no English word) are a weak anchor in one sentence:
        # "12 से 6 बजे" is also in a table of 12- and 6-month memberships
        if close is None or (found is not None and words):
            return found
    holding = [i for i in top if _states(index.chunks[i], nums, None)]
    if not holding:
        return None
    sims = close(answer, holding)
    best = int(np.argmax(sims))
    return holding[best] if sims[best] >= (TWIN_COSINE if nums else TWIN_COSINE_BARE) else None


def answers_part(part: str, want: set[str], answer: str, idf) -> bool:
    """The answer already answers this part: it carries the part's words, states a fact of the kind
    asked in the sentences that carry them, and for "how many/much" has a number beside the part's
    rarest word — the item ("Spotify"), not a unit that any number sits next to ("12-month")."""
    strong = {t for t in strong_tokens(want) if not t[0].isdigit()}  # "₹45,000" is the user's, not a word to find
    if not strong <= set(tokenize(answer)):
        return False
    about = " ".join(x for x in SENT_RE.split(answer) if set(tokenize(x)) & strong)
    if mismatch(part, about):
        return False
    items = strong - UNIT_STEMS
    # sorted first: words of equal idf must not be chosen by a set's order (it changes with the hash seed)
    return not QUANTITY_RE.search(part) or not items or number_near(answer, {max(sorted(items), key=idf)})
