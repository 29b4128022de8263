"""The `local` provider on a tiny random Llama (finetune/tiny.py) + a peft-initialised LoRA adapter.

Fast (a few seconds, CPU). Tests that load the real Gemma-3-270M are marked `slow`.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("transformers")
pytest.importorskip("peft")

from domain import prompts  # noqa: E402
from assistant.llm.base import ProviderUnavailable, get_llm  # noqa: E402
from assistant.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory) -> Path:
    from finetune.tiny import make_tiny_base

    texts = ["Please complete your video KYC today.", "कृपया आज ही अपना वीडियो केवाईसी पूरा करें।", "TASK: intent faq"] * 3
    return make_tiny_base(tmp_path_factory.mktemp("tinybase"), texts)


@pytest.fixture(scope="module")
def tiny_adapter(tiny_base, tmp_path_factory) -> Path:
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    model = AutoModelForCausalLM.from_pretrained(tiny_base)
    peft = get_peft_model(model, LoraConfig(r=4, lora_alpha=8, target_modules=["q_proj", "v_proj"], init_lora_weights=False,
                                            task_type="CAUSAL_LM"))
    out = tmp_path_factory.mktemp("adapter") / "tiny-lora"
    peft.save_pretrained(out)
    (out / "manifest.json").write_text(json.dumps({"name": "tiny-lora", "version": "9.9.9", "training": "test"}))
    return out


def _llm(base, adapter, **kw):
    return get_llm("local", Settings(provider="local", base_model=str(base), adapter=str(adapter) if adapter else "", **kw))


def test_generate_counts_and_info(tiny_base, tiny_adapter):
    llm = _llm(tiny_base, tiny_adapter)
    info = llm.info()
    assert info["provider"] == "local" and info["adapter"] == {"name": "tiny-lora", "version": "9.9.9", "training": "test"}
    assert info["device"] in ("cpu", "cuda") and info["loaded"] is False
    prompt = (prompts.SYSTEM, prompts.turn(prompts.intent_prompt("where is my card?")))
    g = llm.generate(*prompt, max_new_tokens=7)
    tok = llm.load().tok
    assert g.prompt_tokens == len(tok(prompts.render_gemma(*prompt), add_special_tokens=True)["input_ids"])
    assert 1 <= g.completion_tokens <= 7 and isinstance(g.text, str) and g.latency_ms > 0
    assert llm.info()["loaded"] is True
    # greedy: deterministic; the adapter changes the weights (merged), so the output differs from the base
    assert llm.generate(*prompt, max_new_tokens=7).text == g.text
    base = _llm(tiny_base, None)
    assert base.info()["adapter"] is None
    lb, la = base.load().model, llm.load().model
    assert not torch.equal(lb.model.layers[0].self_attn.q_proj.weight, la.model.layers[0].self_attn.q_proj.weight)
    assert not hasattr(la, "peft_config")  # merged, plain model


def test_model_cached_per_process(tiny_base, tiny_adapter):
    a, b = _llm(tiny_base, tiny_adapter), _llm(tiny_base, tiny_adapter)
    assert a.load() is b.load()


def test_stream_matches_generate(tiny_base, tiny_adapter):
    llm = _llm(tiny_base, tiny_adapter)
    prompt = (prompts.SYSTEM, prompts.turn(prompts.intent_prompt("Aadhaar OTP not coming")))
    pieces = list(llm.stream(*prompt, max_new_tokens=12))
    full = llm.generate(*prompt, max_new_tokens=12).text
    assert "".join(pieces) == full
    assert len(pieces) >= 1


def test_stop_strings(tiny_base, tiny_adapter):
    llm = _llm(tiny_base, tiny_adapter)
    prompt = (prompts.SYSTEM, prompts.turn(prompts.intent_prompt("hello")))
    full = llm.generate(*prompt, max_new_tokens=16)
    text = full.text
    if len(text.strip()) < 3:
        pytest.skip("tiny model produced too little text to pick a stop string")
    stop = text.strip()[1:3]
    cut = llm.generate(*prompt, max_new_tokens=16, stop=[stop])
    assert stop not in cut.text and text.startswith(cut.text) and len(cut.text) < len(text)
    assert cut.completion_tokens <= full.completion_tokens
    streamed = "".join(llm.stream(*prompt, max_new_tokens=16, stop=[stop]))
    assert streamed == cut.text


def test_missing_or_corrupt_adapter(tiny_base, tmp_path):
    with pytest.raises(ProviderUnavailable, match="adapter at .*not found"):
        _llm(tiny_base, tmp_path / "nope").generate("", prompts.turn("x"), max_new_tokens=2)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ProviderUnavailable, match="no adapter_config.json"):
        _llm(tiny_base, empty).generate("", prompts.turn("x"), max_new_tokens=2)
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "adapter_config.json").write_text("{}")
    (bad / "adapter_model.safetensors").write_bytes(b"not safetensors")
    with pytest.raises(ProviderUnavailable, match="adapter at "):
        _llm(tiny_base, bad).generate("", prompts.turn("x"), max_new_tokens=2)
    info = _llm(tiny_base, tmp_path / "nope").info()
    assert "not found" in info["adapter"]["error"]


def test_missing_base(tmp_path):
    with pytest.raises(ProviderUnavailable, match="base model"):
        _llm(tmp_path, None).generate("", prompts.turn("x"), max_new_tokens=2)


def test_tokenizer_sanity_check_catches_broken_tokenizer(tiny_base):
    from transformers import AutoTokenizer

    from finetune.base_model import TokenizerError, check_tokenizer

    tok = AutoTokenizer.from_pretrained(tiny_base)
    counts = check_tokenizer(tok)  # small vocabulary: only the turn-marker checks are strict
    assert counts["<end_of_turn>"] == 1
    with pytest.raises(TokenizerError, match="tokenizer is broken"):
        check_tokenizer(tok, strict=True)  # a 600-piece BPE splits English far more than Gemma's 262k vocabulary


GEMMA_CACHE = ROOT / "data/cache/gemma3-270m-bf16"
SHIPPED = ROOT / "data/adapters/funnel-gemma3-270m"


@pytest.mark.slow
@pytest.mark.skipif(not (GEMMA_CACHE / "config.json").exists(), reason="Gemma cache not converted (run the local provider once)")
def test_real_gemma_with_shipped_adapter():
    from finetune.base_model import check_tokenizer

    adapter = SHIPPED if (SHIPPED / "adapter_config.json").exists() else None
    llm = get_llm("local", Settings(adapter=str(adapter) if adapter else ""))
    g = llm.generate(prompts.SYSTEM, prompts.turn(prompts.intent_prompt("Why is the Aadhaar OTP not coming?")), max_new_tokens=8)
    assert g.prompt_tokens < 250 and g.completion_tokens >= 1
    check_tokenizer(llm.load().tok, strict=True)
    if adapter:
        assert llm.info()["adapter"]["name"] == "funnel-gemma3-270m"
