"""Evidence across passages: the sentences, list items and table rows that answer a question.

One passage's opening rarely answers a question about a long section ("what is the cash withdrawal
fee?" sits in the fourth labelled line of a fees section), and a question in two parts ("the annual
fee and the reward rate?") needs two passages. So the deterministic answer is composed from pieces
of the top passages: each piece is scored by the question words it carries (weighted by how rare
they are in the indexed documents, so "fee" counts less than "forex"), with a small prior for the
passage's rank; pieces are taken greedily while they add question words not yet covered.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from rag.text import SENTENCE_BREAK_RE as SENT_RE
from rag.text import WORD_END, tokenize

BULLET_RE = re.compile(r"\s+[-•●▪]\s+(?=\S)")  # list items that the chunker joined into one line
LABEL_RE = re.compile(r"^\s*([A-Z][\w/&()' -]{1,40}):\s+\S")  # "Annual fee: ₹499" — a labelled line
# A runner-up passage's piece joins the answer when the embedder finds it within this cosine of the best
# chosen piece (multilingual e5: related sentences sit 0.75–0.90 apart, so 0.02 is "about as close").
RUNNER_UP_MARGIN = 0.02
RUNNER_UP_EXTRA_CHARS = 150  # room past max_chars for that one piece: it is the other candidate answer
OWN_MARGIN = 0.015  # how much closer than every chosen piece a later piece of the best passage must be to join
WEAK = {"much", "many", "amount", "how", "when", "time", "get", "use", "need", "want", "can", "way", "card", "kya",
        "ka", "apply", "user", "customer", "step", "process", "detail"}


@dataclass
class Piece:
    text: str
    hit: int  # rank of the passage it came from
    order: int  # position inside that passage
    tokens: frozenset


# Where a labelled line goes on with the next label ("… 6 minutes Retries: 3 tries"): a capitalised word and
# at most four lower-case ones before a colon ("If you drop off:", "Balance cap:"); a word, maybe a number,
# and a name in brackets ("Step 2 (Installer Visit):"); or a run of capitalised words ("Call Centre Hours:") —
# not a capitalised word and then any ("Choose the FD amount:" is an instruction)
NEXT_LABEL_RE = re.compile(r"\s+(?=(?:[A-Z][\w/&()'-]*(?:\s+[a-z0-9][\w/&()'-]*){0,4}|[A-Z][\w/&'-]*(?:\s+\d+)?\s+\([^()]{1,40}\)|"
                           r"[A-Z][\w/&'-]*(?:\s+[A-Z][\w/&'-]*){1,3}(?:\s+[a-z0-9][\w/&'-]*){0,2}):\s+\S)")
# a word that cannot end a label's value, so a label cannot start after it ("choose the FD amount: …")
_LEADS_IN = frozenset({"the", "a", "an", "your", "our", "its", "their", "of", "to", "in", "for", "and", "or", "with",
                       "on", "at", "by", "from", "per"})
LONG_LINE = 300  # a labelled line shorter than this is quoted whole
# A call-out mark before a label ("> Timeout: 6 minutes", "› Retries: 3"): drawn as a character, it hides the
# label from LABEL_RE, and a run of such lines would be quoted as sentences, its values run together
CALLOUT = ">»›▸▶►‣➤→"
CALLOUT_RE = re.compile(f"^[{CALLOUT}]+\\s*(?=[A-Z])")


def labelled_lines(line: str) -> list[str]:
    """A long labelled line split where the next label starts. Boxes of `Label: value` lines side by side,
    or lines set without a break, come out of a PDF as one line ("Timeout: 6 minutes Retries: 3 tries If
    you drop off: …"); kept whole it is too long to quote, and cut into sentences its values run together.
    A shorter one is quoted whole, as before: an error code's line with its reason and remedy reads as one.
    Not a table row ("Item — Column: value; …"): its cells belong to its item. A capitalised word before a
    label is part of it ("Data Collection:"), as is a word that leads into one."""
    if len(line) < LONG_LINE or not LABEL_RE.match(line) or " — " in line:
        return [line]
    out, start = [], 0
    for m in NEXT_LABEL_RE.finditer(line):
        before = line[start:m.start()]
        prev = before.split()[-1] if before.split() else ""
        if len(before) < 12 or (prev.lstrip("(")[:1].isupper() and not prev.endswith((".", ";", ")"))) or prev.lower() in _LEADS_IN:
            continue
        out.append(before.rstrip(f" {CALLOUT}"))  # the next label's call-out mark is not this value's
        start = m.end()
    return [*out, line[start:]]


def segments(text: str) -> list[str]:
    """Lines, then sentences, then list items; labelled lines ("Fee: …") are kept whole, each label's."""
    out: list[str] = []
    for whole in text.split("\n"):
        for line in labelled_lines(CALLOUT_RE.sub("", whole.strip())):
            if not line:
                continue
            parts = [line] if LABEL_RE.match(line) and len(line) < LONG_LINE else _lead_ins_joined(SENT_RE.split(line))
            for sent in parts:
                out += [x.strip().lstrip("-•●▪ ").strip() for x in BULLET_RE.split(sent) if x.strip(" -")]
    return [x for x in out if x]


# A bold lead-in that ends in a full stop ("Lost card. Call the helpline …", "Step two. Upload …"): a
# sentence of a few words without a number, which says what the next one is about and nothing itself
LEAD_IN_RE = re.compile(r"[^\d.!?।]{1,40}[.:।]")
_YES_NO = r"yes|no|yeah|nope|हाँ|हां|जी हाँ|नहीं|जी नहीं"  # a FAQ answer's opener (YES_NO_RE), never a lead-in
_NOT_LEAD_IN = re.compile(rf"^(?:{_YES_NO}|ok|okay)\W*$", re.I)


def _lead_ins_joined(sentences: list[str]) -> list[str]:
    """Each lead-in kept with the sentence it introduces: alone it would be quoted as an answer. A "Yes."
    or "No." stays alone (`without_opener` takes it off a FAQ's answer)."""
    out: list[str] = []
    lead = ""
    for sent in sentences:
        sent = f"{lead} {sent}".strip() if lead else sent
        lead = ""
        bare = sent.strip()
        if len(bare.split()) <= 3 and LEAD_IN_RE.fullmatch(bare) and not _NOT_LEAD_IN.match(bare):
            lead = bare
            continue
        out.append(sent)
    return out + [lead] if lead else out


# \b does not work after Devanagari vowel signs ("नहीं" ends in a combining mark), so the end of the
# opener is an explicit separator.
YES_NO_RE = re.compile(r"^(?:(?:usually|generally|normally|mostly|typically),?\s+)?(" + _YES_NO + ")"
                       r"(?=[\s,.!।]|$)[,.!।]?", re.I)  # "Usually yes, …" is an opener too


def without_opener(text: str) -> str:
    """A FAQ answer without its "Yes," / "No." / "हाँ," opener, which answers the FAQ's own question: "Do
    existing customers skip anything?" must not get the "No." of "Do I still need eKYC?"."""
    rest = YES_NO_RE.sub("", text, count=1).lstrip(" ,.।")
    return rest[:1].upper() + rest[1:] if rest else text


def sentence_key(text: str) -> str:
    """A sentence's words, lower-cased and joined by single spaces: what two copies of it share."""
    return " ".join(re.findall(r"[\w\u0900-\u097F]+", text.lower()))


def without_repeats(text: str) -> str:
    """The answer with a sentence said a second time dropped: a FAQ's answer is often also in the
    passage around it, the parts of a multi-part question can find the same sentence, and a table's
    row is a passage of its own and a line of the table's passage too ("Joining fee — Amount: Nil" and
    the fee table's text holding it): a sentence that another one holds whole is dropped, the first of
    two equal ones kept. A leading "Yes," or "No," does not make a sentence new."""
    split = re.split(f"({SENT_RE.pattern})", text)
    keys = [sentence_key(YES_NO_RE.sub("", c.strip(), count=1)) if i % 2 == 0 else "" for i, c in enumerate(split)]

    def repeated(i: int) -> bool:
        k, others = keys[i], range(0, len(keys), 2)
        said_before = len(k) >= 20 and any(j < i and keys[j] == k for j in others)
        held_whole = len(k) >= 30 and any(len(keys[j]) > len(k) and f" {k} " in f" {keys[j]} " for j in others)
        return said_before or held_whole

    out: list[str] = []
    for i, chunk in enumerate(split):
        if i % 2:  # the space between two sentences
            out.append(chunk)
        elif repeated(i):
            if out:
                out.pop()  # and the space before it
        else:
            out.append(chunk)
    return "".join(out).strip()


def pieces(hits, answer_text, max_hits: int = 4) -> list[Piece]:
    out: list[Piece] = []
    for r, h in enumerate(hits[:max_hits]):
        leaf = h.chunk.section.split(" › ")[-1]
        context = set(tokenize(leaf))  # a table row's item names its section ("Fees › Forex markup")
        for i, seg in enumerate(segments(answer_text(h))):
            out.append(Piece(seg, r, i, frozenset(set(tokenize(seg)) | (context if i == 0 else set()))))
    return out


def strong_tokens(tokens: set[str]) -> set[str]:
    return {t for t in tokens if t not in WEAK and len(t) > 1} or set(tokens)


def select(ps: list[Piece], want: set[str], idf, want_number: bool = False, max_extra: int = 2,
           lead_chars: int = 250, max_chars: int = 450, must_state: re.Pattern | None = None,
           similarity=None) -> list[Piece]:
    """The best passage's opening (its context: "why" and "how" are answered there), or, when a later
    piece of it carries the question far better (a labelled line deep in a long section), that piece;
    then up to `max_extra` pieces from any of the top passages that add question words not yet covered.
    With `similarity` (texts → their cosines with the question), the closest piece of the best passage not
    yet used joins when it is about as close as the best chosen one (`runner_up`): a question worded
    unlike the document shares no words with either, and the right fact is often in the next passage.
    With `must_state` (the question asks what happens if…, or which … not …), a piece that matches it (a
    condition or an outcome; a "no") and carries the question's words joins the answer when none chosen
    does: it adds no new words — it repeats the deadline or the item the question names — yet it is the
    answer."""
    if not ps:
        return []

    def gain(p: Piece, covered: set[str]) -> float:
        # fsum: exact in any order — a set's order changes with the hash seed, and must not change a tie
        g = math.fsum(idf(t) for t in (p.tokens & want) - covered)
        return g * 1.3 if want_number and re.search(r"\d", p.text) else g

    first = [p for p in ps if p.hit == 0]
    if not first:
        return []
    best_own = max(first, key=lambda p: (gain(p, set()), -p.order))
    if best_own.order >= 2 and gain(best_own, set()) >= 2 * max(gain(p, set()) for p in first[:2]) > 0:
        chosen = [best_own]
    else:
        chosen = [first[0]]
        for p in first[1:]:
            if len(" ".join(x.text for x in chosen + [p])) > lead_chars:
                break
            chosen.append(p)
    covered = set().union(*(p.tokens & want for p in chosen))
    for _ in range(max_extra):
        rest = [p for p in ps if p not in chosen]
        if not rest:
            break
        p = max(rest, key=lambda p: (gain(p, covered), -p.hit, -p.order))
        if gain(p, covered) < 1.0 or len(" ".join(x.text for x in chosen)) + len(p.text) > max_chars:
            break
        chosen.append(p)
        covered |= p.tokens & want
    if similarity is not None:
        chosen += closest_own(first, similarity, chosen, max_chars + RUNNER_UP_EXTRA_CHARS)
        chosen += runner_up(ps, similarity, chosen, max_chars + RUNNER_UP_EXTRA_CHARS)
    if must_state is not None and not any(must_state.search(p.text) for p in chosen):
        told = [p for p in ps if p not in chosen and must_state.search(p.text) and gain(p, set()) >= 1.0]
        if told:
            chosen.append(max(told, key=lambda p: (gain(p, set()), -p.hit, -p.order)))
    return chosen


def _closest_joins(candidates: list[Piece], similarity, chosen: list[Piece], max_chars: int, margin: float) -> list[Piece]:
    """The candidate closest to the question (the first of equals: the earlier piece), when its cosine is at
    least the closest chosen piece's plus `margin` and it fits in `max_chars`. Only these pieces are embedded."""
    if not chosen or not candidates:
        return []
    sims = list(similarity([p.text for p in chosen + candidates]))
    closest, theirs = max(sims[:len(chosen)]), sims[len(chosen):]
    best = max(range(len(candidates)), key=theirs.__getitem__)
    fits = len(" ".join(p.text for p in chosen)) + len(candidates[best].text) <= max_chars
    return [candidates[best]] if fits and theirs[best] >= closest + margin else []


def closest_own(first: list[Piece], similarity, chosen: list[Piece], max_chars: int) -> list[Piece]:
    """The best passage's piece closest to the question, when the embedder finds it clearly closer
    (OWN_MARGIN) than every chosen piece: a question in the user's own words shares none of the words of
    the line that answers it, deep in a long section, and the opening chosen for want of words is further."""
    return _closest_joins([p for p in first if p not in chosen], similarity, chosen, max_chars, OWN_MARGIN)


def runner_up(ps: list[Piece], similarity, chosen: list[Piece], max_chars: int) -> list[Piece]:
    """The piece closest to the question of the best-ranked passage not yet used, when it is within
    RUNNER_UP_MARGIN of the closest chosen piece (and fits in `max_chars`). Only those pieces are
    embedded. Measured on the development and steering sets: +6 and +14 answers of ~2,300 (1 lost); the
    ranking's top-1 holds the fact for 67–81 % of unseen questions, its top-5 for 86–100 %."""
    used = {p.hit for p in chosen}
    nxt = min((p.hit for p in ps if p.hit not in used), default=None)
    return _closest_joins([p for p in ps if p.hit == nxt], similarity, chosen, max_chars, -RUNNER_UP_MARGIN)
