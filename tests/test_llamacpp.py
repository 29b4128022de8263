"""The llama.cpp runtime: the PEFT → GGUF LoRA converter, the `llamacpp` provider's wiring (a fake
`llama_cpp` module: prompts, greedy settings, stop strings, errors), and — where llama-cpp-python is
built (`make llamacpp`) — the real Gemma-3-270M with the shipped adapter. Without the build the last
test skips and says how to build it; everything else runs everywhere.
"""
from __future__ import annotations

import json
import re
import shutil
import sys
import types
from pathlib import Path

import pytest

from assistant.llm.base import ProviderError, ProviderUnavailable, get_llm
from assistant.settings import Settings
from domain.prompts import render_gemma

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "data/adapters/funnel-gemma3-270m"


def test_the_shipped_adapter_converts_to_a_gguf_lora_llama_cpp_can_name(tmp_path):
    """Every lora_A/lora_B pair lands under the base model's GGUF tensor name, unchanged in value,
    with the adapter's alpha: llama.cpp matches adapters to the model by these names."""
    gguf = pytest.importorskip("gguf")
    np = pytest.importorskip("numpy")
    from safetensors.numpy import load_file

    from finetune.lora_gguf import convert

    out = convert(SHIPPED, tmp_path / "adapter.gguf")
    reader = gguf.GGUFReader(str(out))
    fields = {f.name: f for f in reader.fields.values()}
    assert bytes(fields["general.type"].parts[-1]).decode() == "adapter"
    assert bytes(fields["adapter.type"].parts[-1]).decode() == "lora"
    cfg = json.loads((SHIPPED / "adapter_config.json").read_text())
    assert float(fields["adapter.lora.alpha"].parts[-1][0]) == cfg["lora_alpha"]
    tensors = {t.name: t for t in reader.tensors}
    peft = load_file(str(SHIPPED / "adapter_model.safetensors"))
    assert len(tensors) == len(peft)
    a = peft["base_model.model.model.layers.3.self_attn.q_proj.lora_A.weight"]
    b = peft["base_model.model.model.layers.3.self_attn.q_proj.lora_B.weight"]
    ta, tb = tensors["blk.3.attn_q.weight.lora_a"], tensors["blk.3.attn_q.weight.lora_b"]
    assert np.array_equal(np.asarray(ta.data).reshape(a.shape), a) and np.array_equal(np.asarray(tb.data).reshape(b.shape), b)


def test_an_adapter_llama_cpp_cannot_apply_is_refused_with_the_reason(tmp_path):
    from finetune.lora_gguf import ConvertError, convert

    d = tmp_path / "dora"
    shutil.copytree(SHIPPED, d, ignore=shutil.ignore_patterns("*.gguf", "*.png", "*.jsonl"))
    cfg = json.loads((d / "adapter_config.json").read_text())
    (d / "adapter_config.json").write_text(json.dumps({**cfg, "use_dora": True}))
    with pytest.raises(ConvertError, match="use_dora"):
        convert(d)


class _FakeLlama:
    """Records what the provider asks llama.cpp for; answers a fixed text."""
    calls: list[dict] = []
    init: dict = {}
    reply = "Keep your PAN card ready."

    def __init__(self, **kw):
        type(self).init = kw

    def reset(self):
        type(self).calls.append({"reset": True})

    def create_completion(self, **kw):
        type(self).calls.append(kw)
        if "boom" in kw["prompt"]:
            raise RuntimeError("llama_decode returned -1")
        if kw.get("stream"):
            return iter([{"choices": [{"text": w}]} for w in re.findall(r"\S+\s*", self.reply)])
        return {"choices": [{"text": self.reply, "finish_reason": "stop"}], "usage": {"prompt_tokens": 40, "completion_tokens": 7}}


@pytest.fixture()
def fake_llama_cpp(monkeypatch, tmp_path):
    mod = types.ModuleType("llama_cpp")
    mod.Llama = _FakeLlama
    monkeypatch.setitem(sys.modules, "llama_cpp", mod)
    import assistant.llm.llamacpp as lc

    monkeypatch.setattr(lc, "_LOADED", {})
    gguf_dir = tmp_path / "cache" / "gguf"
    gguf_dir.mkdir(parents=True)
    from finetune.base_model import GGUF_NAME

    (gguf_dir / GGUF_NAME).write_bytes(b"GGUF")  # the fake never reads it
    _FakeLlama.calls = []
    return tmp_path


def test_the_provider_asks_llama_cpp_for_our_prompt_greedily_with_the_adapter(fake_llama_cpp, tmp_path):
    adapter = tmp_path / "adapter"
    shutil.copytree(SHIPPED, adapter, ignore=shutil.ignore_patterns("*.gguf"))
    s = Settings(provider="llamacpp", model_cache=str(fake_llama_cpp / "cache"), adapter=str(adapter), audit_log="")
    llm = get_llm("llamacpp", s)
    msgs = [{"role": "user", "content": "What do I need?"}]
    g = llm.generate("SYSTEM", msgs, max_new_tokens=50, stop=["\n\n"])
    assert g.text == "Keep your PAN card ready." and (g.prompt_tokens, g.completion_tokens) == (40, 7)
    assert _FakeLlama.calls[-2] == {"reset": True}  # each prompt from a clear cache: same prompt, same answer
    call = _FakeLlama.calls[-1]
    assert call["prompt"] == render_gemma("SYSTEM", msgs)  # the same turns the adapter was trained on
    assert call["temperature"] == 0.0 and call["top_k"] == 1 and call["max_tokens"] == 50
    assert call["stop"] == ["<end_of_turn>", "\n\n"]
    lora = Path(_FakeLlama.init["lora_path"])
    assert lora.parent == fake_llama_cpp / "cache" / "lora" and lora.exists()  # converted into the cache, once
    assert not list(adapter.glob("*.gguf"))  # the adapter's own folder is never written to
    assert list(llm.stream("SYSTEM", msgs))[:2] == ["Keep ", "your "]  # pieces as llama.cpp yields them
    assert llm.info()["loaded"] and llm.info()["adapter"]["name"]
    with pytest.raises(ProviderError, match="llama_decode"):
        llm.generate("SYSTEM", [{"role": "user", "content": "boom"}])


def test_without_the_build_the_provider_says_how_to_get_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "llama_cpp", None)  # import fails
    import assistant.llm.llamacpp as lc

    monkeypatch.setattr(lc, "_LOADED", {})
    llm = get_llm("llamacpp", Settings(provider="llamacpp", adapter="", audit_log=""))
    with pytest.raises(ProviderUnavailable, match="make llamacpp"):
        llm.generate("S", [{"role": "user", "content": "hi"}])


@pytest.mark.slow
def test_real_llama_cpp_runs_gemma_with_the_shipped_adapter(tmp_path):
    """The real runtime (built by `make llamacpp`): loads the base GGUF with the converted adapter and
    answers a chat-shaped prompt greedily, the same text twice."""
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not built here: `make llamacpp` (~6 min, once)")
    adapter = tmp_path / "adapter"
    shutil.copytree(SHIPPED, adapter, ignore=shutil.ignore_patterns("*.gguf"))
    llm = get_llm("llamacpp", Settings(provider="llamacpp", adapter=str(adapter), audit_log=""))
    msgs = [{"role": "user", "content": "Answer in one sentence: what is Video KYC?"}]
    a = llm.generate("You answer questions about a credit card application.", msgs, max_new_tokens=24)
    b = llm.generate("You answer questions about a credit card application.", msgs, max_new_tokens=24)
    assert a.completion_tokens > 0 and a.text.strip() and a.text == b.text
    assert "<end_of_turn>" not in a.text and llm.info()["loaded"]


@pytest.mark.slow
def test_the_converted_adapter_moves_llama_cpp_as_it_moves_transformers(tmp_path):
    """The conversion is right (names, layout, scale): the adapter's change to the next-token logits on
    llama.cpp correlates with its change on transformers (the reference), at a similar size."""
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not built here: `make llamacpp` (~6 min, once)")
    np = pytest.importorskip("numpy")
    torch = pytest.importorskip("torch")
    from llama_cpp import Llama
    from peft import PeftModel

    from domain.prompts import SYSTEM
    from finetune import llamacpp_runtime as rt
    from finetune.base_model import GGUF_SOURCE, ensure_base, load_model, load_tokenizer

    base_dir, _ = ensure_base(GGUF_SOURCE, cache_dir=str(ROOT / "data/cache/gemma3-270m-bf16"))
    prompt = render_gemma(SYSTEM, [{"role": "user", "content": "TASK: answer\nQUESTION: What do I need for video KYC?\n"
                                                              "CONTEXT:\n[c1] Keep your PAN card, a pen and white paper ready."}])
    tok = load_tokenizer(base_dir)
    ids = tok(prompt, add_special_tokens=True)["input_ids"]
    model = load_model(base_dir, dtype="float32")
    with torch.no_grad():
        t_base = model(torch.tensor([ids])).logits[0, -1].numpy()
        t_ad = PeftModel.from_pretrained(model, str(SHIPPED))(torch.tensor([ids])).logits[0, -1].numpy()

    def last_logits(lora):
        with rt.quiet_native_log():
            llm = Llama(model_path=str(rt.base_gguf(ROOT / "data/cache")), n_ctx=1024, n_threads=2, lora_path=lora,
                        verbose=False, logits_all=True)
        toks = llm.tokenize(prompt.encode(), add_bos=True, special=True)
        assert toks == ids  # the GGUF's tokenizer and transformers' agree on our turn format
        llm.eval(toks)
        return np.array(llm.scores[len(toks) - 1])

    l_base, l_ad = last_logits(None), last_logits(str(rt.adapter_gguf(SHIPPED, tmp_path)))
    assert np.corrcoef(t_base, l_base)[0, 1] > 0.99
    assert np.corrcoef(t_ad - t_base, l_ad - l_base)[0, 1] > 0.9  # measured 0.985
    assert 0.7 < np.linalg.norm(l_ad - l_base) / np.linalg.norm(t_ad - t_base) < 1.4  # measured 1.09


def test_the_token_budgets_hold_every_training_target_with_headroom():
    """domain.prompts.MAX_NEW_TOKENS: each task's budget is at least BUDGET_HEADROOM × its longest
    training target in Gemma-3 tokens (a too-small budget cut reason targets once) and no more than
    that plus 16 (a too-large one only pays for a model that rambles)."""
    pytest.importorskip("llama_cpp", reason="llama-cpp-python is not built here: `make llamacpp` (~6 min, once)")
    from llama_cpp import Llama

    from domain.prompts import BUDGET_HEADROOM, MAX_NEW_TOKENS
    from finetune import dataset as ds
    from finetune import llamacpp_runtime as rt

    vocab = Llama(model_path=str(rt.base_gguf(ROOT / "data/cache")), vocab_only=True, verbose=False)
    longest: dict[str, int] = {}
    for r in ds.read_rows(ds.split_file(ROOT / "data/finetune", "train")):
        task = "answer" if r["task"] == "refusal" else r["task"]
        n = len(vocab.tokenize(r["messages"][2]["content"].encode(), add_bos=False))
        longest[task] = max(longest.get(task, 0), n)
    assert set(longest) == set(MAX_NEW_TOKENS)
    for task, n in longest.items():
        assert n * BUDGET_HEADROOM <= MAX_NEW_TOKENS[task] <= max(8, n * BUDGET_HEADROOM + 16), (task, n, MAX_NEW_TOKENS[task])


def test_an_adapter_version_changes_with_its_weights(tmp_path):
    """One converted copy (GGUF LoRA, CTranslate2 model) per adapter version: retraining never reuses a stale one."""
    from finetune.llamacpp_runtime import adapter_version

    folder = tmp_path / "my-adapter"
    folder.mkdir()
    (folder / "adapter_model.safetensors").write_bytes(b"v1")
    k1 = adapter_version(folder)
    (folder / "adapter_model.safetensors").write_bytes(b"v2")
    assert k1.startswith("my-adapter-") and adapter_version(folder) != k1
