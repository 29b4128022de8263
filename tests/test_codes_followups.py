"""A code named in a question leads with its passage; what marks a turn as a follow-up."""
from __future__ import annotations

import pytest

from assistant.codes import lead_with_code
from assistant.follow_up import refers_back
from rag.types import Chunk, Hit


class _Res:
    def __init__(self, hits):
        self.hits = hits


def _row(cid: str, text: str, kind: str = "table_row") -> Chunk:
    return Chunk(chunk_id=cid, text=text, source="d.pdf", page=5, section="Stop codes", kind=kind)


ROWS = [_row("a", "KV-03 — Reason: PAN name mismatch; What to do: correct the name"),
        _row("b", "KV-07 — Reason: in-person verification not completed within 5 working days; What to do: call the desk"),
        _row("c", "KV-17 — Reason: deposit not funded; What to do: fund it within 7 days")]


@pytest.mark.parametrize("question", ["What does KV-07 mean?", "kv07 aaya hai, ab kya karu?", "Code KV 7 kya hai?",
                                      "KV-07 कोड का मतलब क्या है?"])
def test_the_passage_stating_the_code_leads(question):
    res = _Res([Hit(ROWS[0], 3.0), Hit(ROWS[2], 2.5)])  # the asked row did not make the hits
    lead_with_code(question, res, ROWS)
    assert res.hits[0].chunk.chunk_id == "b" and [h.chunk.chunk_id for h in res.hits[1:]] == ["a", "c"]


def test_a_code_among_the_hits_moves_up_and_a_row_beats_prose():
    prose = _row("p", "If you see KV-07, book a final slot.", kind="general")
    res = _Res([Hit(ROWS[0], 3.0), Hit(ROWS[1], 2.0)])
    lead_with_code("What does KV-07 mean?", res, [prose, *ROWS])
    assert [h.chunk.chunk_id for h in res.hits] == ["b", "a"]
    res = _Res([Hit(ROWS[0], 3.0)])
    lead_with_code("What does KV-07 mean?", res, [prose, *ROWS])
    assert res.hits[0].chunk.chunk_id == "b"  # the row, though the prose comes first in the index


@pytest.mark.parametrize("question", ["What is the fee within 30 days?", "What does KV-99 mean?", "Rs 500 ka charge?"])
def test_no_code_or_one_no_passage_states_leaves_the_ranking(question):
    res = _Res([Hit(ROWS[0], 3.0), Hit(ROWS[2], 2.5)])
    lead_with_code(question, res, ROWS)
    assert [h.chunk.chunk_id for h in res.hits] == ["a", "c"]


@pytest.mark.parametrize("turn,back", [
    ("is it free?", True), ("ispe charge lagega?", True), ("us par kitna lagega?", True), ("इस पर कितना शुल्क है?", True),
    ("इससे क्या होगा?", True), ("and the annual fee for students?", True), ("aur Hindi mein milega kya?", True),
    ("और कितने दिन लगेंगे वीडियो कॉल में?", True),
    ("वीडियो कॉल के लिए कौन से कागज़ चाहिए इसके।", True),  # the danda ends a word, as a full stop does
    ("What documents do I need for the video KYC call?", False), ("Is there a joining fee for students in Mumbai?", False),
    ("वीडियो केवाईसी के लिए कौन से दस्तावेज़ चाहिए?", False),
])
def test_a_turn_refers_back(turn, back):
    assert refers_back(turn) is back


def test_word_edges_read_the_danda_as_a_word_end():
    from rag.text import term_re
    assert term_re("फीस").search("कोई फीस। नहीं") and term_re("फीस").search("फीस॥")
    assert not term_re("फीस").search("फीसें") and not term_re("कि").search("किसी")
