"""Model text released to users a checked sentence at a time (`ChatEngine.stream`), and the text
checks it shares with the whole-answer check: citation markers, prompt scaffolding, script."""
from __future__ import annotations

import re
from typing import Iterator

from assistant.guard import check as compliance_check
from assistant.llm.base import Generation, ProviderError, ProviderUnavailable, add_usage, approx_tokens, prompt_text
from assistant.schemas import Usage
from domain import prompts
from rag.text import script

CITE_RE = re.compile(r"\s*\[c(\d+)\]")
# Prompt scaffolding in an answer means the model copied its input instead of answering.
SCAFFOLD_RE = re.compile(r"(TASK:|CONTEXT:|QUESTION:|LANGUAGE:|STATE:|HISTORY:|Answer briefly|\[c\d+\] \(|<start_of_turn>|<end_of_turn>)", re.I)


def count_usage(usage: Usage, llm, prompt: str, text: str) -> None:
    """Token counts for a streamed answer (streams carry no usage): the provider's tokenizer when it
    has one, else the estimate."""
    counter = getattr(llm, "count_tokens", None) or approx_tokens
    add_usage(usage, Generation(text, counter(prompt), counter(text)), llm)


def is_deva(text: str) -> bool:
    return script(text) == "deva"


# -------------------------------------------------------------- checked streaming (ChatEngine.stream)
# A sentence ends at a newline or a danda, or at . ! ? (closing quotes or brackets included) once the
# next character is a space: "₹2,500.00" and "1.5 lakh" are not cut, and an open sentence stays held.
_SENTENCE_END_RE = re.compile(r"[\n।]|[.!?]+[\"'”’)\]]*(?=\s)")
# "Rs. 500", "e.g. your PAN", "9 a.m. to 11 p.m.": a full stop after these ends no sentence
_ABBREVIATIONS = {"rs", "no", "nos", "e.g", "i.e", "mr", "mrs", "ms", "dr", "vs", "approx", "a.m", "p.m", "sr", "jr", "st"}


def _sentence_end(text: str) -> int | None:
    """Index just past the first complete sentence in `text`, or None while it is still open."""
    for m in _SENTENCE_END_RE.finditer(text):
        if m.group()[0] == ".":
            before = text[:m.start()]
            word = re.search(r"[\w.]*$", before).group().lower()
            line = before[before.rfind("\n") + 1:].strip()
            if word in _ABBREVIATIONS or re.fullmatch(r"\d{1,2}", line):  # "Rs. 500", a list's "1. "
                continue
        return m.end()
    return None


def _sentence_ok(plan, shown: str, sentence: str) -> bool:
    """Whether `sentence` may follow the text already shown: the checks of `ChatEngine._check` that
    hold a sentence at a time — prompt scaffolding, citations of passages the model was not given,
    the answer's script, compliance against the passages (guarantees, advice, numbers not in them,
    PII, blame, system-prompt copy). They run on everything shown so far plus this sentence, so
    nothing split over two sentences (a phone number over a line break, a copied prompt) passes in halves."""
    text = shown + sentence
    if SCAFFOLD_RE.search(text):
        return False
    if any(not 1 <= int(n) <= len(plan.hits) for n in CITE_RE.findall(sentence)):
        return False
    clean = CITE_RE.sub("", text).strip()
    if not clean:
        return True
    if any(c.isalpha() for c in clean) and (plan.lang == "hi") != is_deva(clean):
        return False
    return not compliance_check(clean, plan.sources, plan.query)


def _held_back(text: str) -> bool:
    """The model's "I'm not sure" sentence alone is not shown: the passage answers instead (`_check`)."""
    return CITE_RE.sub("", text).strip() in (prompts.FALLBACK_EN, prompts.FALLBACK_HI)


def checked_sentences(model, plan, outcome: dict) -> Iterator[str]:
    """The LLM's answer to `plan`, released a checked sentence at a time (see `ChatEngine.stream`).

    Sets outcome["text"] to the whole generated text when every sentence passed and the stream
    completed, else None: a sentence failed (generation is stopped there and nothing after it is
    released) or the provider did (`ProviderError`, a stream cut before its terminator included)."""
    outcome["text"] = None
    parts: list[str] = []
    shown = held = buf = ""
    failed = False
    llm = model.get()
    gen = llm.stream(prompts.SYSTEM, plan.messages, max_new_tokens=prompts.MAX_NEW_TOKENS["answer"])
    try:
        while True:
            try:
                piece = next(gen, None)
            except (ProviderError, ProviderUnavailable) as e:
                model.failed(e)  # reported by /ready, `funnel info` and `funnel ask`
                return
            if piece is not None:
                parts.append(piece)
                buf += piece
            sentences = []
            while (end := _sentence_end(buf)) is not None:
                sentences.append(buf[:end])
                buf = buf[end:]
            if piece is None and buf:
                sentences.append(buf)  # the last sentence may end without a full stop
            for sentence in sentences:
                if not _sentence_ok(plan, shown + held, sentence):
                    failed = True
                    break
                held += sentence
                if not _held_back(shown + held):
                    yield held
                    shown, held = shown + held, ""
            if failed or piece is None:
                break
        model.ok()
        text = "".join(parts)
        count_usage(plan.usage, llm, prompt_text(prompts.SYSTEM, plan.messages), text)
        if not failed:
            outcome["text"] = text
    finally:
        gen.close()  # a stopped generation ends here: the HTTP stream is closed, a local model cancelled
