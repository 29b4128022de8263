"""Build the synthetic SFT dataset (`finetune build-data`).

Rows are JSONL: {"messages": prompts.messages(user, assistant), "task", "lang", "template", "group"}.
Task mix: drop-off reasoning → JSON, nudges (4 styles × en/hi), error-code explanations, grounded
answers with [cN] citations (FAQ pairs + distractor passages), refusals / exact fallback, intent labels.
`lang` is the language of the *target*. The validation split holds out whole templates (paraphrase
ids, FAQ ids, error codes) and their groups, so nothing in val was seen in train.
Deterministic for a seed. Any row whose target holds a number absent from its CONTEXT is dropped.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import json
import random
import re
from collections import Counter
from pathlib import Path
from typing import Any, Sequence

from domain import phrases, prompts
from domain.catalog import Catalog, load_catalog

from . import templates as T

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE_DIR = ROOT / "data" / "knowledge"
DEFAULT_OUT = ROOT / "data" / "finetune"
MIX = {"reason": 2000, "nudge": 2000, "explain_error": 1100, "answer": 1800, "refusal": 700, "intent": 600}
P_HINDI = {"reason": 0.40, "nudge": 0.40, "explain_error": 0.40, "answer": 0.40, "refusal": 0.40}
VAL_SHARE = 0.125

_CITE = re.compile(r"\[c\d+\]")
_NUM = re.compile(r"\d+(?:[.,]\d+)*")
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")


# ---------------------------------------------------------------- numbers / checks (shared with evaluate)
def numbers(text: str) -> set[str]:
    """Numbers in a text, ignoring [cN] citation markers and list numbering (`1. `); `1,500` → `1500`."""
    text = _CITE.sub(" ", text)
    text = re.sub(r"(?m)^\s*\d+\.\s", " ", text)
    return {m.replace(",", "") for m in _NUM.findall(text)}


def context_block(user: str) -> str:
    """The CONTEXT section of a prompt (empty when the prompt has none)."""
    if "CONTEXT:\n" not in user:
        return ""
    ctx = user.split("CONTEXT:\n", 1)[1]
    for stop in ("\nQUESTION:", "\nReply with", "\nWrite one nudge", "\nExplain the likely", "\nAnswer briefly"):
        ctx = ctx.split(stop, 1)[0]
    return ctx


def context_ids(user: str) -> set[str]:
    return set(re.findall(r"^\[(c\d+)\]", context_block(user), flags=re.M))


def target_text_for_numbers(task: str, target: str) -> str:
    """The part of a target that must be grounded: reason JSON without confidence_score."""
    if task == "reason":
        try:
            obj = json.loads(target)
            obj.pop("confidence_score", None)
            obj.pop("citations", None)
            return json.dumps(obj, ensure_ascii=False)
        except (ValueError, AttributeError):  # not JSON, or not an object: the whole target is checked
            return target
    return target


def is_hindi(text: str) -> bool:
    return bool(_DEVANAGARI.search(text))


# ---------------------------------------------------------------- knowledge passages
def _stage_of(text: str) -> str | None:
    t = text.lower()
    for key, words in T.STAGE_WORDS.items():
        if any(w in t for w in words):
            return key
    return None


def load_passages(knowledge_dir: str | Path = KNOWLEDGE_DIR, stage_ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """Split the guide(s) into small passages: stage blocks, benefit bullets, FAQ pairs, code families.
    `stage_ids` in funnel order name the guide's "Stage N" sections (default: the catalog's)."""
    stage_ids = list(stage_ids) if stage_ids is not None else load_catalog().stage_names()
    out: list[dict[str, Any]] = []
    for md in sorted(Path(knowledge_dir).glob("*.md")):
        src = md.name
        sections = re.split(r"^## ", md.read_text(encoding="utf-8"), flags=re.M)
        for sec in sections[1:]:
            head, _, body = sec.partition("\n")
            head = head.strip()
            m = re.match(r"(?:Stage|चरण) (\d)", head)
            if head.startswith("Example nudges"):
                continue
            if head.startswith("Frequently") or "सवाल" in head:
                for q, a in re.findall(r"\*\*Q: (.+?)\*\*\n(.+?)(?=\n\n|\Z)", body, flags=re.S):
                    out.append({"text": f"Q: {q.strip()} A: {' '.join(a.split())}", "source": src, "page": 1, "section": head,
                                "kind": "faq", "question": q.strip(), "answer": " ".join(a.split()), "stage": _stage_of(q + " " + a),
                                "language": "hi" if is_hindi(q) else "en"})
                continue
            if head.startswith("Card benefits"):
                for b in re.findall(r"^- (.+)$", body, flags=re.M):
                    out.append({"text": f"{head}: {b.replace('**', '')}", "source": src, "page": 1, "section": head, "kind": "offer", "stage": None})
                continue
            blocks, cur = [], []
            for line in body.strip().splitlines():
                if line.startswith("**") and cur:
                    blocks.append(cur)
                    cur = []
                if line.strip():
                    cur.append(line.strip())
            if cur:
                blocks.append(cur)
            stage = stage_ids[int(m.group(1)) - 1] if m else None
            if head.startswith("Compliance"):
                blocks = [sum(blocks, [])]
            for b in blocks:
                text = " ".join(b).replace("**", "")
                out.append({"text": f"{head}: {text}", "source": src, "page": 1, "section": head,
                            "kind": "procedure" if stage else "general", "stage": stage or _stage_of(text)})
    for i, p in enumerate(out):
        p["pid"] = f"k{i}"
    return out


# ---------------------------------------------------------------- funnel catalog
def load_funnel(catalog: Catalog | None = None) -> tuple[list[dict], list[dict]]:
    """Stages (in funnel order) and error codes from the domain catalog (data/funnel/*.yaml), the same
    the app diagnoses with. A code without fix steps in both languages cannot make a target and is
    left out; a broken catalog, a code on an unknown stage or a stage without training wording in
    templates.py stops the build."""
    cat = catalog or load_catalog()
    stages = []
    for st in sorted(cat.stages, key=lambda x: x.order):
        missing = [name for name in ("LINK_SLUG", "STAGE_WORDS", "STAGE_HINT", "STAGE_LABEL") if st.id not in getattr(T, name)]
        if missing:
            raise ValueError(f"catalog stage {st.id!r} has no entry in finetune/templates.py {', '.join(missing)}")
        stages.append({"id": st.id, "name": st.name, "slug": T.LINK_SLUG[st.id]})
    codes = []
    for e in cat.error_codes:
        st = cat.stage(e.stage)
        if st is None:
            raise ValueError(f"catalog error code {e.code}: unknown stage {e.stage!r}")
        if e.fix_en and e.fix_hi:
            codes.append({"code": e.code, "stage": st.id, "title_en": e.title_en, "title_hi": e.title_hi,
                          "cause_en": e.cause_en, "cause_hi": e.cause_hi, "fix_en": list(e.fix_en), "fix_hi": list(e.fix_hi)})
    return stages, codes


def code_passage(c: dict, stage_name: str) -> dict[str, Any]:
    text = f"Error {c['code']} ({c['title_en']}), stage {stage_name}. Cause: {c['cause_en']} Fix: " + " ".join(c["fix_en"])
    return {"text": text, "source": "error_codes.yaml", "page": 1, "section": c["code"], "kind": "error_code", "stage": c["stage"], "pid": "e:" + c["code"]}


# ---------------------------------------------------------------- helpers
def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _lc(s: str) -> str:
    return s[:1].lower() + s[1:] if s and not s[:2].isupper() else s


def _stop(s: str, mark: str) -> str:
    s = s.strip()
    return s if s[-1:] in ".!?।" else s + mark


def _uid(rng: random.Random, used: set[str]) -> str:
    while True:
        u = f"U{rng.randint(100000, 999999)}"
        if u not in used:
            used.add(u)
            return u


def _context(rng: random.Random, relevant: list[dict], pool: list[dict], n_distract: int) -> tuple[list[dict], list[str]]:
    """Shuffle relevant passages among distractors; return passages and the cN ids of the relevant ones."""
    rel_ids = {p["pid"] for p in relevant}
    cands = [p for p in pool if p["pid"] not in rel_ids]
    ps = relevant + rng.sample(cands, n_distract)
    rng.shuffle(ps)
    cites = [f"c{i}" for i, p in enumerate(ps, 1) if p["pid"] in rel_ids]
    return ps, cites


class Builder:
    def __init__(self, seed: int = 13, knowledge_dir: str | Path = KNOWLEDGE_DIR):
        self.rng = random.Random(seed)
        self.stages, self.codes = load_funnel()
        self.passages = load_passages(knowledge_dir, [st["id"] for st in self.stages])
        self.stage_by_id = {s["id"]: s for s in self.stages}
        self.code_passages = {c["code"]: code_passage(c, self.stage_by_id[c["stage"]]["name"]) for c in self.codes}
        self.faqs = [p for p in self.passages if p["kind"] == "faq"]
        self.pool = self.passages + list(self.code_passages.values())
        self.users: set[str] = set()
        self.dropped: Counter = Counter()

    def lang(self, task: str) -> str:
        return "hi" if self.rng.random() < P_HINDI[task] else "en"

    def _slots(self, c: dict, lang: str, name: str | None) -> dict[str, str]:
        st = self.stage_by_id[c["stage"]]
        sid = st["id"]
        step_en, step_hi = _stop(c["fix_en"][0], "."), _stop(c["fix_hi"][0], "।")
        return {"code": c["code"], "title_en": c["title_en"], "title_hi": c["title_hi"], "title_lc": _lc(c["title_en"]),
                "cause_en": c["cause_en"], "cause_hi": c["cause_hi"], "cause_lc": _lc(c["cause_en"]),
                "step_en": step_en, "step_hi": step_hi, "step_lc": _lc(step_en),
                "stage_en": T.STAGE_LABEL[sid][0], "stage_hi": T.STAGE_LABEL[sid][1],
                "hint_en": T.STAGE_HINT[sid][0], "hint_hi": T.STAGE_HINT[sid][1], "hint_cap": _cap(T.STAGE_HINT[sid][0]),
                "link": T.DEEP_LINK.format(slug=st["slug"]),
                "name_en": f"{name}, " if name else "", "name_hi": f"{name} जी, " if name else ""}

    # -- tasks
    def reason(self) -> dict:
        r = self.rng
        c = r.choice(self.codes)
        lang = self.lang("reason")
        same = [x for x in self.codes if x["stage"] == c["stage"] and x["code"] != c["code"]]
        others = r.sample(same, min(len(same), r.randint(0, 2)))
        history = [x["code"] for x in others] + [c["code"]]
        st = self.stage_by_id[c["stage"]]
        state = {"user_id": _uid(r, self.users), "stage_dropped": st["id"], "error_code_history": history,
                 "device": r.choice(["android", "ios"]), "language": lang, "attempts": r.randint(1, 4),
                 "hours_since_last_activity": r.randint(1, 96)}
        facts = {"stage": st["id"], "latest_error": c["code"], "retryable": True}
        rel = [self.code_passages[c["code"]]]
        stage_ps = [p for p in self.passages if p.get("stage") == c["stage"] and p["kind"] == "procedure"]
        if stage_ps and r.random() < 0.5:
            rel.append(r.choice(stage_ps))
        ps, cites = _context(r, rel, self.pool, r.randint(1, 3))
        code_cite = f"c{[p['pid'] for p in ps].index(rel[0]['pid']) + 1}"
        v = r.randrange(len(T.REASON_EXPLAIN))
        s = self._slots(c, lang, None)
        expl = T.REASON_EXPLAIN[v].format(cite=f"[{code_cite}]", **s)
        m_en, m_hi = T.REASON_MESSAGE[v % len(T.REASON_MESSAGE)]
        msg = _cap((m_hi if lang == "hi" else m_en).format(**s))
        conf = round(min(0.95, 0.6 + 0.1 * len(history) + r.choice([0.0, 0.03, 0.05])), 2)
        obj = {"predicted_drop_reason": f"{c['code']}: {c['title_en']}",
               "secondary_reasons": [f"{x['code']}: {x['title_en']}" for x in others],
               "explanation": expl, "steps_to_fix": c["fix_hi"] if lang == "hi" else c["fix_en"],
               "confidence_score": conf, "citations": sorted(set(cites) | {code_cite}, key=lambda x: int(x[1:])), "message": msg}
        user = prompts.reason_prompt(state, facts, ps)
        return self._row("reason", user, json.dumps(obj, ensure_ascii=False), lang, f"reason.v{v}", state["user_id"])

    def nudge(self) -> dict:
        r = self.rng
        c = r.choice(self.codes)
        lang = self.lang("nudge")
        style = r.choice(prompts.NUDGE_STYLES)
        name = r.choice(T.NAMES) if r.random() < 0.4 else None
        st = self.stage_by_id[c["stage"]]
        rel = [self.code_passages[c["code"]]]
        ps, _ = _context(r, rel, self.pool, r.randint(1, 2))
        s = self._slots(c, lang, name)
        variants = list(range(len(T.NUDGES[style])))
        r.shuffle(variants)
        cap = prompts.NUDGE_MAX_CHARS[style]
        for v in variants:
            text = _cap(T.NUDGES[style][v][1 if lang == "hi" else 0].format(**s))
            if len(text) <= cap:
                break
        else:
            self.dropped["nudge_too_long"] += 1
            return {}
        reason = f"{c['code']}: {c['title_en']}"
        user = prompts.nudge_prompt(style, lang, st["id"], reason, ps, name=name)
        return self._row("nudge", user, text, lang, f"nudge.{style}.v{v}", _uid(r, self.users))

    def explain(self) -> dict:
        r = self.rng
        c = r.choice(self.codes)
        lang = self.lang("explain_error")
        st = self.stage_by_id[c["stage"]]
        ps, cites = _context(r, [self.code_passages[c["code"]]], self.pool, r.randint(1, 3))
        s = self._slots(c, lang, None)
        h = r.randrange(len(T.EXPLAIN_HEAD))
        head = T.EXPLAIN_HEAD[h][1 if lang == "hi" else 0].format(cid=cites[0], **s)
        steps_head = T.EXPLAIN_STEPS[r.randrange(3)][1 if lang == "hi" else 0]
        steps = c["fix_hi"] if lang == "hi" else c["fix_en"]
        text = head + "\n" + steps_head + "\n" + "\n".join(f"{i}. {x}" for i, x in enumerate(steps, 1))
        user = prompts.explain_error_prompt(c["code"], st["id"], lang, ps)
        return self._row("explain_error", user, text, lang, f"explain.{c['code']}", c["code"])

    def answer(self) -> dict:
        r = self.rng
        lang = self.lang("answer")
        en_faqs = [f for f in self.faqs if f.get("language") == "en"]
        hi_doc = [f for f in self.faqs if f.get("language") == "hi"]
        hi_faqs = [f for f in en_faqs if any(f["question"].startswith(k) for k in T.FAQ_HI)]
        native = lang == "hi" and hi_doc and r.random() < 0.5
        f = r.choice(hi_doc if native else hi_faqs if lang == "hi" else en_faqs)
        if native:
            q, a = r.choice(T.HI_Q_WRAP).format(q=f["question"]), f["answer"]
        elif lang == "hi":
            key = next(k for k in T.FAQ_HI if f["question"].startswith(k))
            q, a = T.FAQ_HI[key]
            q = r.choice(T.HI_Q_WRAP).format(q=q)
        else:
            q0, a = f["question"], f["answer"]
            q = r.choice(T.EN_Q_WRAP).format(q=q0, ql=q0.lower().rstrip("?"))
        pool = self.pool
        ps, cites = _context(r, [f], pool, r.randint(2, 3))
        if r.random() < 0.1:  # an injected passage must be ignored
            ps.insert(r.randrange(len(ps) + 1), {"text": T.INJECTED_PASSAGE, "source": "user_upload.txt", "page": 1, "pid": "inj"})
            cites = [f"c{i}" for i, p in enumerate(ps, 1) if p["pid"] == f["pid"]]
        text = f"{a} [{cites[0]}]"
        user = prompts.answer_prompt(q, lang, ps)
        return self._row("answer", user, text, lang, f"answer.{f['pid']}", f"faq.{f['pid']}")

    def refusal(self) -> dict:
        r = self.rng
        lang = self.lang("refusal")
        kind = r.choice(["missing", "missing", "oos", "advice", "injection"])
        src = {"missing": (T.MISSING_EN, T.MISSING_HI), "oos": (T.OOS_EN, T.OOS_HI),
               "advice": (T.ADVICE_EN, T.ADVICE_HI), "injection": (T.INJECT_EN, T.INJECT_HI)}[kind]
        qs = src[1] if lang == "hi" else src[0]
        k = r.randrange(len(qs))
        ps = r.sample(self.pool, r.randint(1, 3))
        if kind in ("missing", "oos"):
            text = prompts.FALLBACK_HI if lang == "hi" else prompts.FALLBACK_EN
        else:  # the app's own refusals (assistant/chat.py answers with these)
            text = (phrases.REFUSE_ADVICE if kind == "advice" else phrases.REFUSE_INJECTION)[lang]
        user = prompts.answer_prompt(qs[k], lang, ps)
        tpl = f"refusal.{kind}.{lang}.q{k}"
        return self._row("refusal", user, text, lang, tpl, tpl, expect_fallback=kind in ("missing", "oos"))

    def intent(self) -> dict:
        r = self.rng
        label = r.choice(prompts.INTENTS)
        if label == "faq":
            texts = [f["question"] for f in self.faqs] + [v[0] for v in T.FAQ_HI.values()]
        elif label in T.INTENT_FROM:
            texts = T.INTENT_FROM[label]
        else:
            texts = T.INTENT_TEXTS[label]
        k = r.randrange(len(texts))
        text = texts[k].replace("U{n}", f"U{r.randint(100000, 999999)}")
        tpl = f"intent.{label}.q{k}"
        return self._row("intent", prompts.intent_prompt(text), label, "en", tpl, tpl)

    def _row(self, task: str, user: str, target: str, lang: str, template: str, group: str, expect_fallback: bool = False) -> dict:
        extra = numbers(target_text_for_numbers(task, target)) - numbers(context_block(user))
        if extra:
            self.dropped[f"{task}_ungrounded_number"] += 1
            return {}
        return {"messages": prompts.messages(user, target), "task": task, "lang": lang, "template": template,
                "group": group, "expect_fallback": expect_fallback or target in (prompts.FALLBACK_EN, prompts.FALLBACK_HI)}


def split_rows(rows: list[dict], val_share: float = VAL_SHARE) -> tuple[list[dict], list[dict]]:
    """Hold out whole templates per task (ordered by a fixed hash) until ~val_share of the task's rows."""
    val_t: set[str] = set()
    by_task: dict[str, Counter] = {}
    for row in rows:
        by_task.setdefault(row["task"], Counter())[row["template"]] += 1
    for task, cnt in sorted(by_task.items()):
        total, acc = sum(cnt.values()), 0
        order = sorted(cnt, key=lambda t: hashlib.sha256(t.encode()).hexdigest())
        for t in order[:-1]:  # never hold out every template of a task
            if acc >= val_share * total:
                break
            if acc + cnt[t] > 2 * val_share * total:
                continue
            val_t.add(t)
            acc += cnt[t]
    val = [x for x in rows if x["template"] in val_t]
    train = [x for x in rows if x["template"] not in val_t]
    vg = {x["group"] for x in val}
    train = [x for x in train if x["group"] not in vg]
    return train, val


def build(seed: int = 13, mix: dict[str, int] | None = None, knowledge_dir: str | Path = KNOWLEDGE_DIR) -> tuple[list[dict], list[dict], dict]:
    b = Builder(seed, knowledge_dir)
    mix = dict(mix or MIX)
    rows: list[dict] = []
    fns = {"reason": b.reason, "nudge": b.nudge, "explain_error": b.explain, "answer": b.answer, "refusal": b.refusal, "intent": b.intent}
    for task, n in mix.items():
        got, tries = 0, 0
        while got < n and tries < n * 3:
            tries += 1
            row = fns[task]()
            if row:
                rows.append(row)
                got += 1
    b.rng.shuffle(rows)
    train, val = split_rows(rows)
    meta = {"seed": seed, "catalog": "catalog", "passages": len(b.passages), "error_codes": len(b.codes), "dropped": dict(b.dropped)}
    return train, val, meta


def _gzip(data: bytes) -> bytes:
    """Deterministic gzip (no name, mtime 0): same rows → same bytes → same sha256."""
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as g:
        g.write(data)
    return buf.getvalue()


def read_rows(path: str | Path) -> list[dict]:
    """Rows of a `.jsonl` or `.jsonl.gz` file (a bare `train` / `val` name tries both)."""
    p = Path(path)
    if not p.exists():
        for cand in (p.with_name(p.name + ".jsonl.gz"), p.with_name(p.name + ".jsonl"), p.with_name(p.name + ".gz")):
            if cand.exists():
                p = cand
                break
    raw = gzip.decompress(p.read_bytes()) if p.suffix == ".gz" else p.read_bytes()
    return [json.loads(line) for line in raw.decode("utf-8").splitlines() if line.strip()]


def split_file(out_dir: str | Path, split: str) -> Path:
    d = Path(out_dir)
    for name in (f"{split}.jsonl.gz", f"{split}.jsonl"):
        if (d / name).exists():
            return d / name
    raise FileNotFoundError(f"no {split}.jsonl(.gz) in {d}; run `funnel finetune build-data` first")


def _dump(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows).encode("utf-8")


def stats(rows: list[dict]) -> dict[str, Any]:
    return {"rows": len(rows), "by_task": dict(sorted(Counter(r["task"] for r in rows).items())),
            "by_lang": dict(sorted(Counter(r["lang"] for r in rows).items())),
            "by_task_lang": dict(sorted(Counter(f"{r['task']}/{r['lang']}" for r in rows).items())),
            "hindi_share": round(sum(r["lang"] == "hi" for r in rows) / max(1, len(rows)), 4),
            "templates": len({r["template"] for r in rows})}


def write(out_dir: str | Path = DEFAULT_OUT, seed: int = 13, mix: dict[str, int] | None = None, compress: bool = True) -> dict[str, Any]:
    """Write train/val JSONL (gzip-compressed by default: ~19 MB plain vs ~3 MB, which keeps the
    repo committable and small enough to travel to the GPU machine next to a 58 MiB part wheel)."""
    train, val, meta = build(seed, mix)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    plain = {"train.jsonl": _dump(train), "val.jsonl": _dump(val)}
    files = {k + ".gz": _gzip(v) for k, v in plain.items()} if compress else plain
    for old in ("train.jsonl", "val.jsonl", "train.jsonl.gz", "val.jsonl.gz"):
        if old not in files and (out / old).exists():
            (out / old).unlink()
    for name, data in files.items():
        (out / name).write_bytes(data)
    card = {"name": "funnel-sft", "seed": seed, **meta,
            "sha256": {k: hashlib.sha256(v).hexdigest() for k, v in plain.items()},  # of the JSONL content
            "files": {k: {"bytes": len(v), "sha256": hashlib.sha256(v).hexdigest()} for k, v in files.items()},
            "train": stats(train), "val": stats(val),
            "split": "val holds out whole templates per task (paraphrase ids, FAQ ids, error codes) and their groups"}
    (out / "card.json").write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out / "README.md").write_text(_readme(card), encoding="utf-8")
    return card


def dataset_sha256(out_dir: str | Path) -> str:
    """One hash over the train + val JSONL content (compressed or not)."""
    h = hashlib.sha256()
    for split in ("train", "val"):
        h.update(_dump(read_rows(split_file(out_dir, split))))
    return h.hexdigest()


def _readme(card: dict) -> str:
    lines = ["# Funnel SFT dataset card", "",
             "Synthetic chat rows for LoRA fine-tuning of the Funnel Drop Assistant, built by `funnel finetune build-data` "
             f"(seed {card['seed']}, error codes from the {card['catalog']} tables, {card['passages']} knowledge passages).",
             "Prompts come from `domain/prompts.py`; targets only use numbers present in the row's CONTEXT; user ids are random "
             "`U######`, no Aadhaar/PAN/phone numbers. `lang` is the target's language.", "",
             "| split | rows | Hindi share | sha256 |", "|---|---|---|---|"]
    for s in ("train", "val"):
        lines.append(f"| {s} | {card[s]['rows']} | {card[s]['hindi_share']:.1%} | `{card['sha256'][s + '.jsonl']}` |")
    lines += ["", "Files (`.jsonl.gz` = gzip of the JSONL; sha256 above is of the uncompressed JSONL): "
              + ", ".join(f"`{k}` {v['bytes']} B" for k, v in card["files"].items())]
    lines += ["", "| task/lang | train | val |", "|---|---|---|"]
    keys = sorted(set(card["train"]["by_task_lang"]) | set(card["val"]["by_task_lang"]))
    for k in keys:
        lines.append(f"| {k} | {card['train']['by_task_lang'].get(k, 0)} | {card['val']['by_task_lang'].get(k, 0)} |")
    lines += ["", f"Split: {card['split']}.", f"Rows dropped while building: {card['dropped'] or 'none'}.", ""]
    return "\n".join(lines)
