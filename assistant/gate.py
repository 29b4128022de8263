"""The answer gate: is a composed answer likely right, or is the fallback sentence better?

Retrieval confidence judges the top passage, not the answer taken from it. An on-topic question that
the document does not answer ("what is the age limit?", "the annual fee of the add-on card?") finds a
confident passage about the same thing and gets a neighbouring fact. What tells them apart is how
much of the question the *answer* carries: the attribute asked about is missing from it, or known to
the corpus yet absent from the evidence. One model over such signals of the question and the composed
answer — gradient-boosted trees (a logistic model in gates fitted before them), fitted by
`python -m bench.fit_gate` on labelled answers of the development and steering sets (correct vs. not),
with the floor and threshold that maximise correct answers plus correct refusals while few answerable
questions are refused — decides. One of its signals is itself fitted: a
question prior, the odds that a question put like this one is answered by a document at all, read from the
question's embedding (`question_prior`). Its parameters live in `gate.json` beside
this module; without that file (or under another embedder) every answer is kept and the retriever's
confidence threshold stands.
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

import numpy as np

from assistant.answer_type import QUANTITY_RE, asked
from assistant.evidence import WEAK, strong_tokens
from assistant.parts import split_parts
from domain.phrases import ANSWER_LEAD_HI_FROM_EN
from rag.text import DEVANAGARI_RE, SENTENCE_BREAK_RE, TOKEN_RE, normalize, script, stem, tokenize

PARAMS_FILE = Path(__file__).with_name("gate.json")
FEATURES = ("conf", "dense1", "dense_margin", "hit_cover", "hit_wcover", "corpus_wcover", "cover", "cover_all", "best_cover", "known_absent",
            "missing", "unknown", "gloss_missing", "unknown_far", "unknown_nowhere", "closeness", "close_mean", "asks_kind", "has_number", "qlen", "length", "parts", "context",
            "deva", "hinglish", "conf_deva", "cover_deva", "close_deva", "qprior")


def question_prior(qvec, prior: dict | None) -> float:
    """The log-odds that a question like this one is answered by a product document at all, read from its
    embedding alone by a second logistic model (`prior`: fitted by bench/fit_gate.py with every document's
    questions judged by a model fitted on the other documents'). What the other signals cannot see — how a
    question that asks for an attribute documents do not state ("the maximum number of add-on cards", "the
    customer-care hours") is put — the embedder's geometry partly holds. 0 without a prior."""
    if not prior:
        return 0.0
    x = (np.asarray(qvec, dtype=np.float64) - np.asarray(prior["mean"])) / np.asarray(prior["scale"])
    return float(x @ np.asarray(prior["coef"]) + prior["intercept"])


def features(query: str, answer: str, lang: str, res, ret, context: bool = False, params: dict | None = None) -> dict[str, float]:
    """Signals of one question (the user's own turn, masked) and its composed answer.

    `res` is the retrieval the answer came from (its confidence, glossary expansion and passages), `ret`
    the retriever (the index's idf and vocabulary; the embedder through `known_similarities` and `closeness`),
    `context` whether the search leaned on an earlier question, `params` the fitted gate (its question prior)."""
    bm25 = ret.index.bm25
    own = strong_tokens(set(tokenize(query)))
    expanded = {t for e in res.expansion for t in tokenize(e)}
    want = own | expanded
    wanted = list(want)
    said = set(tokenize(answer))
    idf = {t: bm25.idf(t) for t in want}

    def share(tokens: set[str], among: set[str] = said) -> float:  # idf-weighted: "forex" counts more than "card"
        total = math.fsum(idf[t] for t in tokens)
        return math.fsum(idf[t] for t in tokens & among) / total if total > 0 else 0.0

    # the question's words the documents use somewhere but this answer does not: the attribute a
    # neighbouring fact leaves out ("age", "annual" in "the add-on's annual fee")
    known = {t for t in own if t in bm25.vocab}
    absent = [idf[t] for t in known - said]
    unknown = [t for t in own if t not in bm25.vocab and t not in expanded]
    # the same in Hindi or Hinglish, through the English a word stands for ("उम्र", "umar" → age)
    glossed = translated_words(query, ret, known)
    gloss_absent = [max(math.fsum(bm25.idf(t) for t in term) / len(term) for term in terms) for k, terms in glossed.items()
                    if not any(term <= said for term in terms) and not set(tokenize(k)) <= said]
    # the answer's sentences are mostly the passages' own pieces, already embedded (the lead is ours)
    body = answer.removeprefix(ANSWER_LEAD_HI_FROM_EN)
    sentences = [s for s in SENTENCE_BREAK_RE.split(body) if s.strip()][:6] or [answer]
    # the top passages as the embedder sees them: a clear first, or several alike
    rows = [ret.index.by_id[h.chunk.chunk_id] for h in res.hits[:2] if h.chunk.chunk_id in ret.index.by_id]
    dense = [float(x) for x in ret.closeness(query, rows)] if rows else [0.0]
    # the answer's own sentences that are a passage's pieces (embedded once per build: no model time here);
    # an answer none of whose sentences is one stands for its first passage
    sims = ret.known_similarities(query, sentences) or dense[:1]
    conf = min(max(res.confidence, 1e-4), 1 - 1e-4)
    sig = {
        "conf": math.log(conf / (1 - conf)),
        "dense1": dense[0],
        "dense_margin": dense[0] - dense[1] if len(dense) > 1 else 0.1,
        "hit_cover": bm25.coverage(wanted, rows[0]) if rows else 0.0,
        "hit_wcover": bm25.weighted_coverage(wanted, rows[0]) if rows else 0.0,
        "corpus_wcover": bm25.best_weighted_coverage(wanted),  # the most any one passage holds
        "cover": share(own),
        "cover_all": share(want),
        "best_cover": max(share(want, set(tokenize(x))) for x in sentences),
        "known_absent": math.fsum(absent) / math.fsum(idf[t] for t in known) if known else 0.0,
        "missing": max(absent, default=0.0) / (math.log(len(bm25.vocab) + 1) or 1.0),
        "unknown": len(unknown) / len(own) if own else 0.0,
        "gloss_missing": max(gloss_absent, default=0.0) / (math.log(len(bm25.vocab) + 1) or 1.0),
        **unknown_fit(query, unknown, sentences, rows, ret),
        "closeness": max(sims),
        "close_mean": sum(sims) / len(sims),
        "asks_kind": float(bool(asked(query)) or bool(QUANTITY_RE.search(query))),
        "has_number": float(bool(re.search(r"\d", answer))),
        "qlen": math.log1p(len(own)),
        "length": math.log1p(len(answer)),
        "parts": float(len(split_parts(query)) > 1),
        "context": float(context),
        "deva": 1.0 if script(query) == "deva" else 0.0,
        "hinglish": 1.0 if lang == "hinglish" else 0.0,
        "qprior": question_prior(ret.query_vector(query), (params or {}).get("question_prior")),
    }
    # a Devanagari question over English passages shares no words with them and sits further from them
    # in the embedder's space: its confidence, coverage and closeness mean something else
    sig.update(conf_deva=sig["conf"] * sig["deva"], cover_deva=sig["cover_all"] * sig["deva"], close_deva=sig["closeness"] * sig["deva"])
    return sig


def unknown_fit(query: str, unknown: list[str], sentences: list[str], rows: list[int], ret) -> dict[str, float]:
    """How far the question's words that the documents never use sit, as the embedder sees them, from the
    answer (`unknown_far`) and from every passage (`unknown_nowhere`), for the furthest word. A customer's
    word for a thing the answer states ("money back" for cashback) sits close to it; an attribute that a
    neighbouring fact leaves out ("age" beside an eligibility passage) does not; a story's word ("nephew")
    sits near no passage at all. Both 0 when every word is known; Devanagari words are left to the
    glossary signals (over English documents every one of them is unknown)."""
    stems = {w for w in unknown if script(w) == "latin" and len(w) > 2}
    # the words as the user wrote them: the embedder knows "charges", not the stem "charg"
    words = list(dict.fromkeys(t for t in TOKEN_RE.findall(normalize(query)) if stem(t) in stems))[:4]
    if not words:
        return {"unknown_far": 0.0, "unknown_nowhere": 0.0}
    # every passage, on an embedded index; on a server only the top ones (its vectors are fetched per row)
    everything = np.arange(len(ret.index.chunks)) if ret.index.view_vectors is not None else rows
    far, nowhere = 0.0, 0.0
    for w in words:
        near = ret.known_similarities(w, sentences) + ([float(x) for x in ret.closeness(w, rows)] if rows else [])
        far = max(far, 1.0 - max(near, default=0.0))
        if len(everything):
            nowhere = max(nowhere, 1.0 - float(ret.closeness(w, everything).max()))
    return {"unknown_far": far, "unknown_nowhere": nowhere}


def translated_words(query: str, ret, english: set[str]) -> dict[str, list[set[str]]]:
    """The question's Hindi or Hinglish words (glossary keys; Devanagari spellings of the documents' English
    words) → the English terms they stand for that the documents use, each as its set of words. A key whose
    every word is already one of the question's `english` words counts word by word and is left out; so is
    one whose English the documents never use ("कार लोन": as unknown as "car loan")."""
    vocab = ret.index.bm25.vocab
    expander = getattr(ret, "expander", None)
    pairs = dict(expander.translations(query)) if expander is not None else {}
    if DEVANAGARI_RE.search(query):
        pairs.update(ret.index.translit.english(query))
    out: dict[str, list[set[str]]] = {}
    for key, english_terms in pairs.items():
        # "कार्ड" → card: a word every question and answer has, left out as in English (evidence.WEAK)
        terms = [words for words in (set(tokenize(t)) - WEAK for t in english_terms) if words and words <= vocab]
        if terms and not set(tokenize(key)) <= english:
            out[key] = terms
    return out


def load_params(path: Path = PARAMS_FILE) -> dict | None:
    """The fitted model, or None (no gate) when the file is absent, unreadable or fitted on other signals."""
    try:
        p = json.loads(path.read_text(encoding="utf-8"))
        if "trees" in p:
            return p if p["features"] == list(FEATURES) else None
        return p if set(p["coef"]) == set(FEATURES) else None
    except (OSError, KeyError, ValueError, TypeError):
        return None


def probability(sig: dict[str, float], params: dict) -> float:
    """P(the answer is right) under the fitted model: boosted trees over the raw signals, or (a gate fitted
    before them) a logistic model over the standardised ones."""
    if "trees" in params:
        z = trees_score([sig[k] for k in FEATURES], params)
    else:
        z = params["intercept"] + sum(params["coef"][k] * (sig[k] - params["mean"][k]) / params["scale"][k] for k in FEATURES)
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def trees_score(x: list[float], params: dict) -> float:
    """The log-odds of gradient-boosted trees (bench/fit_gate.py exports scikit-learn's): the baseline plus,
    for every tree, the value of the leaf `x` falls into. A node is [signal, threshold, left, right, value];
    signal -1 marks a leaf; x <= threshold goes left. Why trees: a signal means different things in
    different company (coverage of a Devanagari question over an English passage is not coverage of an
    English one), which one weighted sum cannot say."""
    z = params["baseline"]
    for nodes in params["trees"]:
        node = nodes[0]
        while node[0] >= 0:
            node = nodes[node[2] if x[node[0]] <= node[1] else node[3]]
        z += node[4]
    return z


def for_retriever(params: dict | None, ret) -> dict | None:
    """The gate, if it was fitted with the embedder this retriever searches with: closeness and
    confidence mean nothing under another embedder's geometry (the tests' hashing one), so there the
    answers are shown as before the gate."""
    if params is None or params.get("embedder") != getattr(getattr(ret, "embedder", None), "id", None):
        return None
    return params


def floor(params: dict | None, threshold: float) -> float:
    """The retrieval confidence below which no answer is composed. With the gate, lower than the
    retriever's own threshold: a Hindi question over an English document ranks the right passage first
    at a low confidence, and the gate, reading the answer, tells those from the unanswerable ones."""
    return threshold if params is None else min(threshold, float(params.get("floor", threshold)))


def keep(sig: dict[str, float], params: dict | None) -> bool:
    """Whether the answer is shown (else the fallback sentence)."""
    return params is None or probability(sig, params) >= params["threshold"]
