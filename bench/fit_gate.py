"""Fit the answer gate (assistant/gate.py) on labelled answers; write assistant/gate.json.

    python -m bench.fit_gate                 # collect the signals of every training answer, then fit
    python -m bench.fit_gate --from-rows     # refit from the last collection (bench/out/gate-rows.jsonl),
                                             # its signals computed again by today's gate.features

Every question of the training sets is answered with the gate off; each answer that reaches the gate
gives one row: its signals (gate.features), what they were computed from, and whether `bench/answers.py`
scores it correct. First the question prior (gate.question_prior: answerable vs. not from the question's
vector, each document's questions judged by a model fitted on the other documents'), then gradient-boosted
trees (scikit-learn's HistGradientBoostingClassifier, monotone in five signals whose direction is known;
`--model logistic`: the logistic regression of earlier gates) of correct vs. not, the prior's log-odds among
the signals;
the floor and threshold are the ones that maximise correct answers + correct refusals over out-of-fold
predictions (sets are the folds, so no set's questions judge a model fitted on them) while answerable
questions wrongly refused stay within MAX_WRONG_REFUSED. Reported: the Brier score, the calibration curve,
and the out-of-fold change in correct + correct refusals. The training sets are the development and steering
sets (TRAIN); the held-back sets of bench/answers.py stay out, so they still judge the gate blind.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.answers import (CONFIGS, OUT, ask, build_index, doc_text_of, load_set, make_service,  # noqa: E402
                           score)
from assistant.live_index import warm  # noqa: E402
from assistant import gate  # noqa: E402
from assistant.settings import Settings  # noqa: E402
from domain.catalog import load_catalog  # noqa: E402
from rag.embedder import get_embedder  # noqa: E402

_STEER_PRODUCT = ["blind-a", "blind-b", "fresh-f", "fresh-g", "fresh-h", "fresh-i", "fresh-n", "fresh-o", "fresh-p", "fresh-q",
                  "fresh-r", "fresh-s", "fresh-t", "fresh-u", "fresh-v", "fresh-w", "fresh-x", "fresh-y", "fresh-aa", "fresh-ab", "fresh-ac", "fresh-ad"]
# configuration → its training sets: development sets and blind sets already judged (steering sets)
TRAIN: dict[str, list[str]] = {
    "kb+pdf": ["dev", "dev-unanswerable", "adev-a", "cdev-a", "mdev", *_STEER_PRODUCT],
    "pdf": ["cdev-a", "mdev", *_STEER_PRODUCT],
    "second": ["adev-b", "cdev-b", "mdev-b", "second"],
    "third": ["adev-c", "cdev-c", "mdev-c", "tdev", "third"],
    **{d: [d] for d in ["fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
                        "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                        "twentieth", "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
                        "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth"]},
}
ROWS = OUT / "gate-rows.jsonl"


class _Recorder:
    """Stands in for the gate while collecting: keeps every answer, remembers the last signals and what
    they were computed from (to try other signals without answering again: --from-rows)."""

    def __init__(self, features):
        self.last: tuple[dict, dict] | None = None  # (signals, their inputs)
        self._features = features

    def features(self, query, answer, lang, res, ret, context=False, params=None):
        sig = self._features(query, answer, lang, res, ret, context)  # no prior yet: `fit` fits it
        self.last = (sig, {"query": query, "answer": answer, "lang": lang, "expansion": list(res.expansion),
                           "confidence": res.confidence, "context": context, "hits": [h.chunk.chunk_id for h in res.hits]})
        return sig

    def keep(self, sig, params) -> bool:
        return True


def collect(configs: list[str], emb) -> list[dict]:
    from tqdm import tqdm

    cat = load_catalog()
    rec = _Recorder(gate.features)
    # the engine composes an answer at any confidence (floor 0) and gates, so records, every one
    gate.load_params = lambda *a, **k: {"recording": True, "floor": 0.0, "embedder": emb.id}
    gate.features, gate.keep = rec.features, rec.keep
    rows = []
    for config in configs:
        docs, _, pdf = CONFIGS[config]
        if any(not p.exists() for p in docs):
            print(f"{config}: skipped, a document is missing")
            continue
        build_index(config, docs, emb, cat, rebuild=False)
        svc, index = make_service(OUT / f"index-{config}", emb, cat)
        warm(svc.retriever)  # as a server does once a build is loaded (settings.warm_pieces)
        chat = svc.chat

        def chat_recorded(req, *a, _chat=chat, **k):
            rec.last = None  # an earlier turn's signals are not this question's
            return _chat(req, *a, **k)

        svc.chat = chat_recorded
        try:
            doc_text = doc_text_of(index)
            for set_name in TRAIN[config]:
                for item in tqdm(load_set(set_name), desc=f"{config}/{set_name}", unit="q", file=sys.stderr, leave=False):
                    reply, _, _ = ask(svc, item)  # svc.chat (wrapped above) leaves the last question's signals
                    s = score(item, reply.answer, reply.fallback, reply.citations, doc_text, pdf.name)
                    rows.append({"config": config, "set": set_name, "id": item["id"], "lang": item.get("lang"),
                                 "answerable": bool(item.get("answerable", True)), "confidence": reply.confidence,
                                 "refusal": s["refusal"], "correct": s["verdict"] == "correct",
                                 "features": rec.last and rec.last[0], "seen": rec.last and rec.last[1]})
        finally:
            index.store.close()
    return rows


def recompute(rows: list[dict], emb) -> None:
    """Each row's signals again from what they were computed from (the question, the answer, the
    retrieval's confidence, expansion and passages), with today's gate.features: a new signal is tried
    without answering every question again."""
    from types import SimpleNamespace

    from rag.index import Index
    from rag.loader import load_retriever

    settings, cat = Settings(), load_catalog()
    for config in sorted({r["config"] for r in rows if r["seen"]}):
        index = Index.load(OUT / f"index-{config}")
        ret = load_retriever(OUT / f"index-{config}", settings.retriever, embedder=emb, catalog=cat, index=index)
        warm(ret)  # as the answers were given: the build's pieces embedded ahead (settings.warm_pieces)
        try:
            for r in rows:
                if r["config"] == config and (seen := r["seen"]):
                    res = SimpleNamespace(confidence=seen["confidence"], expansion=seen["expansion"],
                                          hits=[SimpleNamespace(chunk=index.chunk(c)) for c in seen["hits"] if c in index.by_id])
                    r["features"] = gate.features(seen["query"], seen["answer"], seen["lang"], res, ret, seen["context"])
        finally:
            index.store.close()


def outcomes(rows: list[dict], p, floor: float, threshold: float):
    """Per question under (floor, threshold): whether it ends correct or correctly refused, and whether
    it ends with the fallback sentence. `p` is each row's gate probability (None where its answer never
    reached the gate)."""
    import numpy as np

    ok, refused = [], []
    for r, pr in zip(rows, p):
        if r["confidence"] < floor or (r["features"] is not None and pr < threshold):
            ok.append(not r["answerable"])  # refused before an answer is composed, or withheld by the gate
            refused.append(True)
        else:
            ok.append(r["correct"] or (r["refusal"] and not r["answerable"]))  # the reply as given
            refused.append(r["refusal"])
    return np.array(ok, dtype=bool), np.array(refused, dtype=bool)


# The bound on answerable questions that get the fallback sentence: the floor and threshold are the
# best ones that keep within it (a user asked something the documents answer should rarely be told "not sure")
MAX_WRONG_REFUSED = 0.05
# down to 0: a vetoed question (rag/scope.py) is refused whatever the floor, and below 0.1 the gate still reads
# the answer — a Hindi paraphrase over an English document can rank its passage first at confidence 0.03
FLOORS = [0.0, 0.02, 0.04, 0.06, 0.08, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5]


# The question prior (gate.question_prior): strongly regularised, its 384 weights learn from ~3,000 questions
PRIOR_C = 0.003


def document_of(config: str) -> str:
    return "product" if config in ("kb+pdf", "pdf") else config  # both product indexes hold one document


def question_vectors(rows: list[dict], emb) -> "np.ndarray":
    """The query vector of every gated row's question (as the retriever embeds it: rag.retriever)."""
    import numpy as np

    from rag.retriever import searched_text

    texts = [searched_text(r["seen"]["query"]) for r in rows if r["features"] is not None]
    return emb.embed_queries(texts) if texts else np.zeros((0, 0))


def fit_prior(rows: list[dict], gated: list[int], Q, c: float = PRIOR_C) -> dict:
    """The question prior: P(answerable) from the question's vector alone. Each row's `qprior` signal is
    the prior's log-odds under a model fitted without that row's document (a prior fitted with a document's
    own questions would know them, and the gate would trust it more than it deserves); the returned
    parameters are fitted on all of them."""
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    y = np.array([rows[i]["answerable"] for i in gated], dtype=int)
    docs = np.array([document_of(rows[i]["config"]) for i in gated])
    for d in sorted(set(docs)):
        test = docs == d
        if len(set(y[~test])) < 2:
            continue
        sc = StandardScaler().fit(Q[~test])
        m = LogisticRegression(C=c, max_iter=3000).fit(sc.transform(Q[~test]), y[~test])
        for i, z in zip(np.array(gated)[test], m.decision_function(sc.transform(Q[test]))):
            rows[i]["features"]["qprior"] = float(z)
    sc = StandardScaler().fit(Q)
    m = LogisticRegression(C=c, max_iter=3000).fit(sc.transform(Q), y)
    return {"coef": [float(x) for x in m.coef_[0]], "intercept": float(m.intercept_[0]),
            "mean": [float(x) for x in sc.mean_], "scale": [float(x) for x in sc.scale_]}


# Signals whose direction is known before any fit: a surer retrieval, an answer closer to the question or
# carrying more of its words never makes the answer less likely right; an asked attribute the answer lacks
# never makes it more. The trees are held to that (fewer ways to fit the training sets' accidents).
MONOTONE = {"conf": 1, "closeness": 1, "cover_all": 1, "missing": -1, "gloss_missing": -1}


def boosted_trees():
    """Gradient-boosted trees, small and shrunk: ~4,000 answers train them, and every set is judged out of
    fold by trees fitted on the others. Deterministic (fixed seed, no early-stopping split)."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    return HistGradientBoostingClassifier(learning_rate=0.05, max_iter=200, max_leaf_nodes=15, min_samples_leaf=40,
                                          l2_regularization=1.0, early_stopping=False, random_state=0,
                                          monotonic_cst=[MONOTONE.get(k, 0) for k in gate.FEATURES])


def export_trees(m) -> dict:
    """A fitted HistGradientBoostingClassifier as plain numbers for gate.trees_score: its baseline log-odds
    and every tree's nodes [signal, threshold, left, right, value] (signal -1: a leaf). Read from the
    model's predictors; tests/test_gate.py checks the export against the model's own predictions."""
    trees = []
    for (pred,) in m._predictors:
        trees.append([[-1 if n["is_leaf"] else int(n["feature_idx"]), float(n["num_threshold"]), int(n["left"]),
                       int(n["right"]), float(n["value"])] for n in pred.nodes])
    return {"baseline": float(m._baseline_prediction.ravel()[0]), "trees": trees}


def fit(rows: list[dict], baseline_floor: float = 0.5, Q=None, kind: str = "trees") -> dict:
    """`Q`: the gated rows' question vectors (question_vectors), for the question prior; without them
    the prior is left out (its signal 0). `kind`: the model, boosted trees or a logistic regression."""
    import numpy as np
    from sklearn.calibration import calibration_curve
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import brier_score_loss
    from sklearn.preprocessing import StandardScaler

    gated = [i for i, r in enumerate(rows) if r["features"] is not None]
    for i in gated:
        rows[i]["features"]["qprior"] = 0.0
    prior = fit_prior(rows, gated, Q) if Q is not None and len(Q) else None
    X = np.array([[rows[i]["features"][k] for k in gate.FEATURES] for i in gated], dtype=float)
    y = np.array([rows[i]["correct"] for i in gated], dtype=int)
    groups = np.array([f"{rows[i]['config']}/{rows[i]['set']}" for i in gated])

    def model():
        return boosted_trees() if kind == "trees" else LogisticRegression(C=1.0, max_iter=2000)

    oof_g = np.zeros(len(gated))
    for g in sorted(set(groups)):  # leave one set out: no set's answers judge a model fitted on them
        test = groups == g
        sc = StandardScaler().fit(X[~test])
        oof_g[test] = model().fit(sc.transform(X[~test]), y[~test]).predict_proba(sc.transform(X[test]))[:, 1]
    oof = [None] * len(rows)
    for j, i in enumerate(gated):
        oof[i] = oof_g[j]
    ans = np.array([r["answerable"] for r in rows], dtype=bool)
    base = int(outcomes(rows, oof, baseline_floor, 0.0)[0].sum())  # today's rule: the confidence threshold alone
    scores = {}
    for f in FLOORS:
        for t in np.arange(0.0, 0.80, 0.01):
            ok, refused = outcomes(rows, oof, f, round(float(t), 2))
            if (refused & ans).sum() <= MAX_WRONG_REFUSED * ans.sum():
                scores[(f, round(float(t), 2))] = int(ok.sum())
    if not scores:  # even the plain threshold refuses more: then only the gate's own withholding is bounded
        scores = {(baseline_floor, 0.0): base}
    best = max(scores.values())
    # of equals, the highest floor and then the lowest threshold: the fewest answers changed
    floor, threshold = max((ft for ft, v in scores.items() if v == best), key=lambda ft: (ft[0], -ft[1]))
    sc = StandardScaler().fit(X)
    m = model().fit(sc.transform(X) if kind == "logistic" else X, y)  # trees read the raw signals
    frac, mean_p = calibration_curve(y, oof_g, n_bins=8)
    (base_ok, base_ref), (new_ok, new_ref) = outcomes(rows, oof, baseline_floor, 0.0), outcomes(rows, oof, floor, threshold)
    by_lang = {lang: {"before": int(base_ok[sel].sum()), "after": int(new_ok[sel].sum()), "n": int(sel.sum())}
               for lang in ("en", "hi", "hinglish") if (sel := np.array([r["lang"] == lang for r in rows])).any()}
    return {
        "features": list(gate.FEATURES), "question_prior": prior,
        **(export_trees(m) if kind == "trees" else
           {"coef": dict(zip(gate.FEATURES, map(float, m.coef_[0]))), "intercept": float(m.intercept_[0]),
            "mean": dict(zip(gate.FEATURES, map(float, sc.mean_))), "scale": dict(zip(gate.FEATURES, map(float, sc.scale_)))}),
        "floor": floor, "threshold": threshold,
        "fitted_on": {"questions": len(rows), "answers_gated": len(gated), "correct": int(y.sum()),
                      "unanswerable": int((~ans).sum()), "sets": sorted({f"{r['config']}/{r['set']}" for r in rows})},
        "out_of_fold": {"brier": round(float(brier_score_loss(y, oof_g)), 4), "before": base, "after": best,
                        "n": len(rows), "by_language": by_lang,
                        "unanswerable_refused": [int((base_ok & ~ans).sum()), int((new_ok & ~ans).sum()), int((~ans).sum())],
                        "answerable_wrongly_refused": [int((base_ref & ans).sum()), int((new_ref & ans).sum()), int(ans.sum())],
                        "calibration": [[round(float(p), 3), round(float(f), 3)] for p, f in zip(mean_p, frac)]},
        "date": time.strftime("%Y-%m-%d"),
    }


def dumps(params: dict) -> str:
    """gate.json's text: indented, each tree on one line (thousands of nodes, one per line, would bury the
    rest)."""
    if "trees" not in params:
        return json.dumps(params, indent=2) + "\n"
    trees = ",\n".join("    " + json.dumps(t, separators=(",", ":")) for t in params["trees"])
    return json.dumps({**params, "trees": "@"}, indent=2).replace('"trees": "@"', '"trees": [\n' + trees + "\n  ]") + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--config", default=",".join(TRAIN), metavar="NAMES", help="configurations to collect from (default: all)")
    ap.add_argument("--from-rows", action="store_true", help=f"refit from {ROWS.relative_to(ROOT)} without answering again "
                    "(the signals are computed again from the recorded questions, answers and passages)")
    ap.add_argument("--out", default=str(gate.PARAMS_FILE), help="where to write the fitted gate (default: assistant/gate.json)")
    ap.add_argument("--model", choices=("trees", "logistic"), default="trees",
                    help="boosted trees (default) or the logistic regression of earlier gates")
    args = ap.parse_args(argv)
    emb = get_embedder(Settings().embedder)  # one for the answers, the signals and the questions' vectors
    bad = [c for c in args.config.split(",") if c not in TRAIN]
    if bad:
        ap.error(f"unknown configuration(s) {', '.join(bad)}; known: {', '.join(TRAIN)}")
    if args.from_rows:
        if not ROWS.exists():
            ap.error(f"{ROWS.relative_to(ROOT)} does not exist: run without --from-rows first")
        rows = [json.loads(x) for x in ROWS.read_text(encoding="utf-8").splitlines() if x.strip()]
        recompute(rows, emb)
    else:
        rows = collect(args.config.split(","), emb)
        ROWS.parent.mkdir(parents=True, exist_ok=True)
        ROWS.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    if len({(r["config"], r["set"]) for r in rows}) < 2:
        print("need answers from two sets or more: each set is judged by a model fitted on the others", file=sys.stderr)
        return 2
    if len({r["correct"] for r in rows if r["features"] is not None}) < 2:
        print("need both correct and wrong answers to fit", file=sys.stderr)
        return 2
    params = fit(rows, Q=question_vectors(rows, emb), kind=args.model)
    params["embedder"] = emb.id  # the gate applies only under the embedder it was fitted with
    Path(args.out).write_text(dumps(params), encoding="utf-8")
    o = params["out_of_fold"]
    print(f"{o['n']} questions, {params['fitted_on']['answers_gated']} answers gated; floor {params['floor']}, threshold "
          f"{params['threshold']}; out of fold: Brier {o['brier']}, correct + correct refusals {o['before']} → {o['after']} "
          f"(unanswerable refused {o['unanswerable_refused'][0]} → {o['unanswerable_refused'][1]} of {o['unanswerable_refused'][2]}, "
          f"answerable wrongly refused {o['answerable_wrongly_refused'][0]} → {o['answerable_wrongly_refused'][1]} of "
          f"{o['answerable_wrongly_refused'][2]}); "
          + "; ".join(f"{k} {v['before']} → {v['after']} of {v['n']}" for k, v in o["by_language"].items()) + f"; wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
