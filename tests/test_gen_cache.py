"""The exact generation cache of `funnel finetune eval --runtime llamacpp` (finetune/gen_cache.py), on a
fake llama.cpp model: no build, no model, well under a second."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from finetune import dataset as ds
from finetune import evaluate as ev
from finetune.gen_cache import GenCache, request_key

ROOT = Path(__file__).resolve().parents[1]
IDENTITY = {"format": 1, "base_gguf_sha256": "b" * 64, "lora_gguf_sha256": "base", "llama_cpp_python": "0.0-test",
            "system_info": "CPU : TEST = 1 |", "n_ctx": 4096, "n_batch": 512, "n_threads": 2}


class FakeLlm:
    """llama_cpp.Llama's two calls the evaluation makes; the text is a function of the request."""

    def __init__(self, tag: str = "base"):
        self.tag, self.calls, self.resets = tag, [], 0

    def reset(self):
        self.resets += 1

    def create_completion(self, **kw):
        self.calls.append(kw)
        h = hashlib.sha256(f"{self.tag}|{kw['prompt']}|{kw['max_tokens']}".encode()).hexdigest()[:8]
        return {"choices": [{"text": f" {self.tag} {h} \n"}], "usage": {"completion_tokens": len(kw["prompt"]) % 7 + 1}}


@pytest.fixture(scope="module")
def rows():
    return ev.pick_rows(ds.read_rows(ds.split_file(ROOT / "data" / "finetune", "val")), 6)


def _gen(folder, rows, llm, identity=IDENTITY, scale=0.5):
    with GenCache(identity, folder, seeds=()) as cache:
        return ev.generate_llamacpp(llm, rows, scale, cache)


def test_a_cached_row_is_replayed_exactly_and_loads_no_model(tmp_path, rows):
    first = FakeLlm()
    outs, stats = _gen(tmp_path, rows, first)
    assert len(first.calls) == len(rows) == first.resets and not any(s["cached"] for s in stats)

    def must_not_load():
        raise AssertionError("every row is cached: the model is not loaded")

    again, again_stats = _gen(tmp_path, rows, must_not_load)
    assert again == outs and all(s["cached"] for s in again_stats)
    # the tokens and latency measured when generated travel with the row: the metrics do not move
    assert [(s["tokens"], s["latency_s"]) for s in again_stats] == [(s["tokens"], s["latency_s"]) for s in stats]
    assert ev.score(rows, again, again_stats) == ev.score(rows, outs, stats)


def test_a_miss_generates_only_the_missing_rows(tmp_path, rows):
    _gen(tmp_path, rows[:3], FakeLlm())
    llm = FakeLlm()
    outs, stats = _gen(tmp_path, rows, llm)
    assert len(llm.calls) == 3 and [s["cached"] for s in stats] == [True] * 3 + [False] * 3
    assert outs == _gen(tmp_path / "other", rows, FakeLlm())[0]


def test_a_killed_run_resumes_after_its_half_written_last_line(tmp_path, rows):
    outs, _ = _gen(tmp_path, rows[:4], FakeLlm())
    (path,) = tmp_path.glob("*.jsonl")
    path.write_bytes(path.read_bytes()[:-25])  # killed while writing row 4
    llm = FakeLlm()
    again, stats = _gen(tmp_path, rows[:5], llm)
    assert len(llm.calls) == 2 and [s["cached"] for s in stats] == [True] * 3 + [False] * 2  # rows 4 and 5
    assert again[:4] == outs
    lines = path.read_text().splitlines()
    assert sum(1 for x in lines if _parses(x)) == 1 + 5  # the identity line + five rows; the broken line stays skipped
    assert _gen(tmp_path, rows[:5], FakeLlm("never called"))[0] == again


def _parses(line: str) -> bool:
    try:
        json.loads(line)
    except ValueError:
        return False
    return True


def test_the_key_changes_with_the_prompt_the_budget_and_the_model(tmp_path, rows):
    from finetune.llamacpp_runtime import greedy

    base = greedy("<start_of_turn>user\nhi<end_of_turn>\n", 64)
    assert request_key(base) == request_key(dict(reversed(list(base.items()))))  # order-free
    assert request_key(base) != request_key(greedy("<start_of_turn>user\nhi!<end_of_turn>\n", 64))
    assert request_key(base) != request_key(greedy("<start_of_turn>user\nhi<end_of_turn>\n", 65))
    assert request_key(base) != request_key({**base, "top_k": 40})

    _gen(tmp_path, rows, FakeLlm())
    smaller = FakeLlm()
    _gen(tmp_path, rows, smaller, scale=0.25)  # another token budget: every row is asked again
    assert len(smaller.calls) == len(rows)
    for change in ({"lora_gguf_sha256": "a" * 64}, {"base_gguf_sha256": "c" * 64}, {"llama_cpp_python": "0.0-next"},
                   {"system_info": "CPU : TEST = 0 |"}, {"n_ctx": 2048}):
        other = FakeLlm("other")
        outs, _ = _gen(tmp_path, rows, other, identity={**IDENTITY, **change})
        assert len(other.calls) == len(rows) and all(o.startswith("other") for o in outs), change
    assert len(list(tmp_path.glob("*.jsonl"))) == 1 + 5  # one file per model identity; the two budgets share one


def test_a_file_whose_identity_line_is_not_ours_is_never_read(tmp_path, rows):
    _gen(tmp_path, rows, FakeLlm())
    (path,) = tmp_path.glob("*.jsonl")
    lines = path.read_text().splitlines()
    path.write_text("\n".join([json.dumps({"identity": {**IDENTITY, "n_threads": 16}}), *lines[1:]]) + "\n")
    llm = FakeLlm()
    _gen(tmp_path, rows, llm)
    assert len(llm.calls) == len(rows)  # and the file starts over under our identity
    assert json.loads(path.read_text().splitlines()[0]) == {"identity": IDENTITY}


def test_a_seed_is_read_when_the_user_cache_misses_and_never_written(tmp_path, rows):
    seed = tmp_path / "seed"
    _gen(seed, rows, FakeLlm())
    before = {p.name: p.read_bytes() for p in seed.iterdir()}
    llm = FakeLlm()
    with GenCache(IDENTITY, tmp_path / "user", seeds=(seed,)) as cache:
        _, stats = ev.generate_llamacpp(llm, rows, 0.5, cache)  # all from the seed
        assert all(s["cached"] and s["seed"] for s in stats)
        ev.generate_llamacpp(llm, rows, 0.25, cache)  # misses go to the user cache
    assert len(llm.calls) == len(rows) and {p.name: p.read_bytes() for p in seed.iterdir()} == before
    with GenCache({**IDENTITY, "system_info": "CPU : OTHER |"}, tmp_path / "user", seeds=(seed,)) as other:
        assert len(other) == 0  # another machine's seed is ignored, never wrong


@pytest.fixture()
def fake_runtime(monkeypatch, tmp_path, rows):
    """`evaluate(runtime="llamacpp")` with the fake model: a six-row dataset, no GGUF, no llama.cpp."""
    from finetune import llamacpp_runtime as rt

    data = tmp_path / "data"
    data.mkdir()
    for split in ("train", "val"):
        (data / f"{split}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    loads = []
    monkeypatch.setattr(rt, "available", lambda: True)
    monkeypatch.setattr(rt, "base_gguf", lambda cache: tmp_path / "base.gguf")
    monkeypatch.setattr(rt, "adapter_gguf", lambda folder, cache: tmp_path / "lora.gguf")
    monkeypatch.setattr(rt, "load", lambda base, lora=None, threads=None: loads.append(lora) or FakeLlm("adapter" if lora else "base"))
    monkeypatch.setattr(ev, "model_identity", lambda base, lora, *a: {**IDENTITY, "lora_gguf_sha256": str(lora or "base")})
    (tmp_path / "adapter").mkdir()
    return data, loads


def test_eval_records_the_cache_and_a_warm_run_has_the_same_metrics(tmp_path, fake_runtime):
    data, loads = fake_runtime

    def run(out, cache=tmp_path / "gen"):
        return ev.evaluate(tmp_path / "adapter", data_dir=data, n=6, out_dir=tmp_path / out, runtime="llamacpp", model_cache=tmp_path,
                           gen_cache=cache)

    cold = run("cold")
    assert cold["settings"]["generation_cache"] | {"key": ""} == {
        "enabled": True, "exact": True, "from_cache": {"base": 0, "adapter": 0}, "from_seed": {"base": 0, "adapter": 0},
        "generated": {"base": 6, "adapter": 6}, "key": ""}
    assert len(loads) == 2
    warm = run("warm")
    assert len(loads) == 2  # nothing loaded: every row came from the cache
    assert warm["settings"]["generation_cache"]["from_cache"] == {"base": 6, "adapter": 6}
    assert (warm["base"], warm["adapter"], warm["gate"]) == (cold["base"], cold["adapter"], cold["gate"])
    saved = json.loads((tmp_path / "warm" / "metrics.json").read_text())
    assert saved["settings"]["generation_cache"]["generated"] == {"base": 0, "adapter": 0}

    off = run("off", cache=None)
    assert len(loads) == 4 and off["settings"]["generation_cache"]["enabled"] is False
    assert off["settings"]["generation_cache"]["generated"] == {"base": 6, "adapter": 6}
    timing = ("mean_latency_s", "gen_tokens_per_s")  # measured anew: the one thing a fresh generation changes
    for k in ("base", "adapter"):
        assert {m: v for m, v in off[k].items() if m not in timing} == {m: v for m, v in cold[k].items() if m not in timing}


def test_no_cache_flag_turns_the_cache_off(monkeypatch):
    from finetune import cli

    seen = []
    monkeypatch.setattr(cli.evaluate, "evaluate", lambda *a, **kw: seen.append(kw) or {})
    cli.main(["eval", "--adapter", "x", "--runtime", "llamacpp", "--no-cache"])
    cli.main(["eval", "--adapter", "x", "--runtime", "llamacpp"])
    cli.main(["eval", "--adapter", "x", "--runtime", "llamacpp", "--gen-cache", "/tmp/elsewhere"])
    assert [kw["gen_cache"] for kw in seen] == [None, "data/cache/generations", "/tmp/elsewhere"]


def test_the_shipped_seed_is_the_base_models_and_covers_the_default_evaluation_rows():
    """data/eval_seed/: a cache file of the base model (no adapter) whose rows are exactly the requests of
    `funnel finetune eval -n 150 --runtime llamacpp`. A stale seed is never wrong (its keys just miss),
    only useless: refresh it as data/eval_seed/README.md says, or delete it."""
    from domain import prompts
    from finetune.gen_cache import SEED_DIR
    from finetune.llamacpp_runtime import greedy

    files = sorted(SEED_DIR.glob("*.jsonl"))
    if not files:
        pytest.skip("no seed shipped")
    rows = ev.pick_rows(ds.read_rows(ds.split_file(ROOT / "data" / "finetune", "val")), 150)
    want = {request_key(greedy(prompts.render_gemma(r["messages"][0]["content"], r["messages"][1:2]),
                               prompts.MAX_NEW_TOKENS.get("answer" if r["task"] == "refusal" else r["task"], 256))) for r in rows}
    for path in files:
        head, *lines = path.read_text(encoding="utf-8").splitlines()
        identity = json.loads(head)["identity"]
        assert set(identity) == set(IDENTITY) and identity["lora_gguf_sha256"] == "base"
        assert GenCache(identity, path.parent, seeds=()).name == path.name  # named by its identity, so it can be found
        got = [json.loads(x) for x in lines]
        assert all({"key", "text", "tokens", "latency_s"} <= set(g) for g in got)
        assert {g["key"] for g in got} == want, f"{path.name} is stale: see data/eval_seed/README.md"
