"""The composed answer's final wording: what it says before it is shown.

A FAQ's "Yes," / "No." opener answers that FAQ's own question, so it stays only when the user asked it
(also behind the Hindi lead); a next-stage answer drops the passage's own labels after its lead ("Next
comes OTP activation: What it needs: …", not "… Stage 3: Additional details: What it needs"); a Hindi
answer is retold from our Hindi guide where it says the same (`hindi_twin`); a sentence said twice is
said once."""
from __future__ import annotations

import re

from assistant import hindi_twin
from assistant.answer import WH_RE, asks_the_same
from assistant.evidence import without_opener, without_repeats
from domain.phrases import ANSWER_LEAD_HI_FROM_EN

_LABELS_RE = re.compile(r"^(?:[A-Z][\w']*(?: [\w']+){0,3}:\s+(?=[A-Z])){1,2}")


def final_form(answer: str, query: str, faq_question: str | None, lead: str, lang: str, ret) -> str:
    """`answer` as shown: `query` is the user's masked question, `faq_question` the best passage's FAQ
    question (if any), `lead` the next-stage sentence (or ""), `ret` the retriever."""
    if WH_RE.search(query) or not asks_the_same(query, faq_question):
        hi_lead = ANSWER_LEAD_HI_FROM_EN if answer.startswith(ANSWER_LEAD_HI_FROM_EN) else ""
        answer = hi_lead + without_opener(answer.removeprefix(hi_lead))
    if lead:
        answer = lead + _LABELS_RE.sub("", answer)
    if lang == "hi":
        answer = hindi_twin.retell(ret.index, answer, getattr(ret, "similarities", None))
    return without_repeats(answer)
