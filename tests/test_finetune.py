"""Fine-tuning package: dataset builder, metrics and a CPU LoRA smoke run on a tiny random model."""
from __future__ import annotations

import json
from pathlib import Path
import re

import pytest

from domain import prompts
from finetune import dataset as ds
from finetune import evaluate as ev
from finetune.recipe import load_recipe

ROOT = Path(__file__).resolve().parents[1]

MIX = {"reason": 120, "nudge": 120, "explain_error": 70, "answer": 110, "refusal": 50, "intent": 40}


@pytest.fixture(scope="module")
def built():
    return ds.build(seed=7, mix=MIX)


def test_recipes_load_and_warmup():
    r = load_recipe("gemma3-270m-lora")
    assert (r.lora.r, r.lora.alpha, r.lora.dropout) == (16, 32, 0.05)
    assert r.train.per_device_batch_size in (64, 128) and not r.train.gradient_checkpointing
    assert r.warmup_steps(6985) == -(-round(0.05 * r.total_steps(6985) * 1000) // 1000) or r.warmup_steps(6985) >= 1
    for q in ("llama3-8b-qlora", "mistral-7b-qlora"):
        rq = load_recipe(q)
        assert rq.quantization and rq.quantization.quant_type == "nf4" and rq.train.gradient_checkpointing


def test_recipe_unknown_keys_are_an_error(tmp_path):
    """A misspelt trainer key would otherwise be dropped and train with the default: refused, by name."""
    from finetune.recipe import RecipeError

    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\ntrain:\n  epochs: 1\n  lerning_rate: 1.0e-4\n", encoding="utf-8")
    with pytest.raises(RecipeError, match=r"unknown key 'train.lerning_rate' \(the train section takes: epochs, learning_rate"):
        load_recipe(bad)
    bad.write_text("name: x\ntrainer:\n  epochs: 1\n", encoding="utf-8")
    with pytest.raises(RecipeError, match=r"unknown key 'trainer' \(a recipe takes: name, "):
        load_recipe(bad)
    bad.write_text("name: x\nlora:\n  rank: 8\n", encoding="utf-8")
    with pytest.raises(RecipeError, match=r"unknown key 'lora.rank'"):
        load_recipe(bad)
    assert load_recipe("gemma3-270m-lora-cpu").train.row_selection == "shortest_balanced"  # the shipped ones parse


def test_dataset_uses_the_catalog_and_the_apps_sentences(built):
    """Stages and codes come from domain.catalog; refusal and fallback targets are the app's own sentences."""
    from domain import phrases
    from domain.catalog import load_catalog

    cat = load_catalog()
    stages, codes = ds.load_funnel(cat)
    assert [s["id"] for s in stages] == cat.stage_names()
    assert {c["code"] for c in codes} == {e.code for e in cat.error_codes if e.fix_en and e.fix_hi}
    allowed = {prompts.FALLBACK_EN, prompts.FALLBACK_HI, *phrases.REFUSE_ADVICE.values(), *phrases.REFUSE_INJECTION.values()}
    refusals = [r for r in built[0] + built[1] if r["task"] == "refusal"]
    assert refusals and {r["messages"][2]["content"] for r in refusals} <= allowed
    for kind, table in (("advice", phrases.REFUSE_ADVICE), ("injection", phrases.REFUSE_INJECTION)):
        for r in refusals:
            if r["template"].startswith(f"refusal.{kind}."):
                assert r["messages"][2]["content"] == table[r["lang"]]
    stage_ids = {r["messages"][1]["content"].split("STAGE: ")[1].split("\n")[0] for r in built[0] if r["task"] == "nudge"}
    assert stage_ids <= set(cat.stage_names())


def test_dataset_refuses_a_catalog_stage_without_training_wording():
    from domain.catalog import load_catalog

    cat = load_catalog()
    extra = cat.stages[0].model_copy(update={"id": "new_stage", "order": 99, "aliases": []})
    broken = cat.model_copy(update={"stages": [*cat.stages, extra]})
    with pytest.raises(ValueError, match="catalog stage 'new_stage' has no entry in finetune/templates.py LINK_SLUG"):
        ds.load_funnel(broken)


def test_dataset_deterministic(built):
    again = ds.build(seed=7, mix=MIX)
    assert ds._dump(built[0]) == ds._dump(again[0]) and ds._dump(built[1]) == ds._dump(again[1])
    other = ds.build(seed=8, mix=MIX)
    assert ds._dump(other[0]) != ds._dump(built[0])


def test_split_no_leakage_and_shares(built):
    train, val, _ = built
    rows = train + val
    assert {r["template"] for r in train}.isdisjoint({r["template"] for r in val})
    assert {r["group"] for r in train}.isdisjoint({r["group"] for r in val})
    assert 0.08 <= len(val) / len(rows) <= 0.2
    hi = sum(r["lang"] == "hi" for r in rows) / len(rows)
    assert 0.30 <= hi <= 0.40, hi
    for r in rows:  # lang is the target's language
        tgt = r["messages"][2]["content"]
        if r["lang"] == "hi":
            assert ds.is_hindi(tgt)


def test_rows_use_prompt_builders_and_are_grounded(built):
    for r in built[0] + built[1]:
        msgs = r["messages"]
        assert [m["role"] for m in msgs] == ["system", "user", "assistant"] and msgs[0]["content"] == prompts.SYSTEM
        user, tgt = msgs[1]["content"], msgs[2]["content"]
        assert user.startswith("TASK: ")
        assert not ds.numbers(ds.target_text_for_numbers(r["task"], tgt)) - ds.numbers(ds.context_block(user))
        assert not re.search(r"\b\d{12}\b|\b[A-Z]{5}\d{4}[A-Z]\b|\b[6-9]\d{9}\b", tgt + user)  # no Aadhaar/PAN/phone-like ids


def test_reason_targets_schema_valid(built):
    reason = [r for r in built[0] if r["task"] == "reason"]
    assert reason
    for r in reason:
        obj = json.loads(r["messages"][2]["content"])
        assert ev.reason_schema_ok(obj), obj
        assert set(obj["citations"]) <= ds.context_ids(r["messages"][1]["content"])
        assert ds.is_hindi(obj["message"]) == (r["lang"] == "hi")


def test_fallback_rows_exact_and_nudges_capped(built):
    rows = built[0] + built[1]
    fb = [r for r in rows if r["expect_fallback"]]
    assert fb
    for r in fb:
        assert r["messages"][2]["content"] == (prompts.FALLBACK_HI if r["lang"] == "hi" else prompts.FALLBACK_EN)
    for r in rows:
        if r["task"] == "nudge":
            style = re.search(r"^STYLE: (\w+)", r["messages"][1]["content"], re.M).group(1)
            text = r["messages"][2]["content"]
            assert len(text) <= prompts.NUDGE_MAX_CHARS[style] and "https://app.example/resume?stage=" in text
            assert sum(ev.nudge_rubric(text, r["lang"], style).values()) == 5


def test_metrics_on_handmade_outputs():
    user = prompts.answer_prompt("What are Video KYC timings?", "en", [{"text": "Agents work 9 AM to 11 PM.", "source": "a.md", "page": 1},
                                                                       {"text": "Cashback is 10%.", "source": "a.md", "page": 1}])
    assert ds.context_ids(user) == {"c1", "c2"}
    assert ev.citation_consistent("answer", user, "From 9 AM to 11 PM [c1].") is True
    assert ev.citation_consistent("answer", user, "From 9 AM to 11 PM [c3].") is False
    assert ev.citation_consistent("answer", user, "No citation here") is None
    assert ev.hallucinated_numbers("answer", user, "From 9 AM to 11 PM [c1].") == set()
    assert ev.hallucinated_numbers("answer", user, "From 8 AM to 11 PM, fee ₹1,500 [c1].") == {"8", "1500"}
    rows = [{"task": "answer", "lang": "en", "expect_fallback": False, "messages": prompts.messages(user, "From 9 AM to 11 PM [c1].")},
            {"task": "refusal", "lang": "en", "expect_fallback": True, "messages": prompts.messages(user, prompts.FALLBACK_EN)}]
    good = ev.score(rows, ["From 9 AM to 11 PM [c1].", prompts.FALLBACK_EN])
    bad = ev.score(rows, ["From 8 AM [c4].", "Sure, the fee is 99."])
    assert good["citation_consistency"] == 1.0 and good["hallucination_rate"] == 0.0 and good["fallback_accuracy"] == 1.0
    assert bad["citation_consistency"] == 0.0 and bad["hallucination_rate"] == 1.0 and bad["fallback_accuracy"] == 0.5  # row 1 rightly avoids the fallback
    # a row that needs the app's own refusal is right only with it: an echo of the prompt is not a refusal
    from domain import phrases

    advice = {"task": "refusal", "lang": "en", "expect_fallback": False, "messages": prompts.messages(user, phrases.REFUSE_ADVICE["en"])}
    assert ev.score([advice], [phrases.REFUSE_ADVICE["en"]])["fallback_accuracy"] == 1.0
    assert ev.score([advice], [prompts.SYSTEM[:200]])["fallback_accuracy"] == 0.0
    assert ev.score([advice], [prompts.FALLBACK_EN])["fallback_accuracy"] == 0.0
    assert ev.chrf(["नमस्ते दुनिया"], ["नमस्ते दुनिया"]) > 99
    r = ev.nudge_rubric("Finish your Video KYC now: https://app.example/resume?stage=vkyc", "en", "cta")
    assert all(r.values())
    r = ev.nudge_rubric("You failed again. Approval guaranteed!", "hi", "cta")
    assert sum(r.values()) == 1  # only the length check passes


def test_should_promote_gate():
    shipped = {"json_validity": 0.95, "hallucination_rate": 0.05, "hindi_chrf": 40.0}
    assert ev.should_promote({"json_validity": 0.97, "hallucination_rate": 0.04, "hindi_chrf": 40.0}, shipped)[0]
    assert not ev.should_promote({"json_validity": 0.90, "hallucination_rate": 0.04, "hindi_chrf": 45.0}, shipped)[0]
    assert not ev.should_promote({"json_validity": 0.97, "hallucination_rate": 0.08, "hindi_chrf": 45.0}, shipped)[0]
    assert ev.should_promote({"json_validity": 0.5, "hallucination_rate": 0.5}, None)[0]
    # the same as the reference is not better: an adapter identical to the base is not promoted
    ok, why = ev.should_promote(dict(shipped), shipped)
    assert not ok and "no metric beats" in why[0]
    assert not ev.should_promote({"json_validity": 0.96, "hallucination_rate": 0.05, "hindi_chrf": 40.5}, shipped)[0]  # below margins
    assert ev.should_promote({"json_validity": 0.95, "hallucination_rate": 0.05, "hindi_chrf": 41.5}, shipped)[0]
    assert not ev.should_promote({"hindi_chrf": 60.0}, shipped)[0]  # json validity / hallucination not measured


def test_tiny_lora_training_smoke(tmp_path, built):
    torch = pytest.importorskip("torch")
    pytest.importorskip("trl")
    from datasets import Dataset
    from peft import LoraConfig, PeftModel
    from trl import SFTConfig, SFTTrainer

    from finetune.tiny import build_model, build_tokenizer

    torch.set_num_threads(2)
    # the shortest rows: a 400-token character-level vocabulary makes long prompts exceed max_length
    rows = sorted((r for r in built[0] if r["task"] in ("intent", "refusal")), key=lambda r: len(r["messages"][1]["content"]))[:16]
    tok = build_tokenizer([m["content"] for r in rows for m in r["messages"]], vocab_size=400)
    model = build_model(tok)
    # labels: prompt masked, assistant reply (with <end_of_turn>) trained
    enc = tok.apply_chat_template(rows[0]["messages"], return_dict=True, return_assistant_tokens_mask=True, tokenize=True)
    mask = enc["assistant_masks"]
    ids = enc["input_ids"]
    assert 0 < sum(mask) < len(mask) and mask[0] == 0
    trained = tok.decode([i for i, m in zip(ids, mask) if m])
    assert trained.startswith(rows[0]["messages"][2]["content"]) and "<end_of_turn>" in trained
    assert rows[0]["messages"][1]["content"][:20] not in trained

    cfg = SFTConfig(output_dir=str(tmp_path / "run"), max_steps=3, per_device_train_batch_size=4, learning_rate=5e-3,
                    logging_steps=1, save_strategy="no", report_to=[], assistant_only_loss=True, max_length=512,
                    use_cpu=True, bf16=False, eos_token="<end_of_turn>", dataset_num_proc=None, disable_tqdm=True)
    lora = LoraConfig(r=4, lora_alpha=8, lora_dropout=0.0, target_modules=["q_proj", "k_proj", "v_proj", "o_proj"], task_type="CAUSAL_LM")
    tr = SFTTrainer(model=model, args=cfg, train_dataset=Dataset.from_list([{"messages": r["messages"]} for r in rows]),
                    processing_class=tok, peft_config=lora)
    batch = tr.data_collator([tr.train_dataset[0]])
    labels, inp = batch["labels"][0], batch["input_ids"][0]
    assert (labels == -100).sum() > 0 and (labels != -100).sum() > 0
    assert tok.decode(inp[labels != -100]).startswith(rows[0]["messages"][2]["content"])
    before = {k: v.detach().clone() for k, v in tr.model.named_parameters() if "lora_B" in k}
    tr.train()
    assert any("loss" in h for h in tr.state.log_history)
    after = dict(tr.model.named_parameters())
    assert any(not torch.equal(before[k], after[k].detach()) for k in before)
    tr.model.save_pretrained(tmp_path / "adapter")
    assert (tmp_path / "adapter" / "adapter_model.safetensors").exists() and (tmp_path / "adapter" / "adapter_config.json").exists()
    reloaded = PeftModel.from_pretrained(build_model(tok), str(tmp_path / "adapter"))
    got = {k.replace(".default", ""): v for k, v in reloaded.named_parameters() if "lora_B" in k}
    want = {k.replace(".default", ""): v for k, v in after.items() if "lora_B" in k}
    assert got.keys() == want.keys() and all(torch.allclose(got[k], want[k].detach()) for k in want)


def test_training_templates_do_not_contain_evaluation_questions():
    """A question we evaluate on must not be a question we train on (near-verbatim = contamination)."""
    import glob

    from finetune import templates as T

    root = Path(__file__).resolve().parents[1]
    from rag.text import tokenize

    def toks(s: str) -> set[str]:
        return set(tokenize(s, keep_stopwords=True))

    evals = [json.loads(line)["query"] for f in glob.glob(str(root / "data" / "eval" / "*.jsonl"))
             for line in open(f, encoding="utf-8") if '"query"' in line]
    texts = []
    for v in vars(T).values():
        if isinstance(v, list):
            texts += [x for x in v if isinstance(x, str)]
        elif isinstance(v, dict):
            for x in v.values():
                texts += [x[0]] if isinstance(x, tuple) and isinstance(x[0], str) else [y for y in x if isinstance(y, str)] if isinstance(x, list) else []
    assert len(texts) > 100 and len(evals) > 200
    for t in texts:
        tt = toks(t)
        for q in evals:
            tq = toks(q)
            assert not tt or not tq or len(tt & tq) / len(tt | tq) < 0.6, (t, q)


def test_eval_on_llama_cpp_asks_each_row_in_the_training_turns_greedily(built):
    """`funnel finetune eval --runtime llamacpp`: one greedy completion per row, the prompt rendered as
    the row was taught (system + user turn, the model's turn open), the task's token budget."""
    from domain.prompts import MAX_NEW_TOKENS, render_gemma
    from finetune.evaluate import generate_llamacpp, pick_rows

    rows = pick_rows(built[1], 6)
    seen = []

    class Llm:
        def reset(self):
            pass

        def create_completion(self, **kw):
            seen.append(kw)
            return {"choices": [{"text": " ok \n"}], "usage": {"completion_tokens": 2}}

    outs, stats = generate_llamacpp(Llm(), rows, max_new_scale=0.5)
    assert outs == ["ok"] * len(rows) and all(s["tokens"] == 2 for s in stats)
    for r, kw in zip(rows, seen):
        assert kw["prompt"] == render_gemma(r["messages"][0]["content"], r["messages"][1:2])
        assert kw["temperature"] == 0.0 and kw["stop"][0] == "<end_of_turn>"
        assert kw["max_tokens"] == int(MAX_NEW_TOKENS.get("answer" if r["task"] == "refusal" else r["task"], 256) * 0.5)


def test_the_real_training_path_on_a_tiny_gemma3(tmp_path):
    """What the GPU job runs, end to end on a tiny random Gemma-3-shaped model: a recipe YAML → train()
    (select_rows, to_prompt_completion, make_config, TRL SFTTrainer with completion-only loss) → saved
    adapter with a manifest whose dataset hash is the data's → reloaded and generating → converted to
    the llama.cpp LoRA format with Gemma-3's tensor names."""
    torch = pytest.importorskip("torch")
    pytest.importorskip("trl")
    yaml = pytest.importorskip("yaml")
    from peft import PeftModel

    from finetune.base_model import load_tokenizer
    from finetune.lora_gguf import convert
    from finetune.recipe import load_recipe
    from finetune.train import _trainer, select_rows, to_prompt_completion, train

    torch.set_num_threads(2)
    data = tmp_path / "data"
    ds.write(data, seed=7, mix={"intent": 20, "refusal": 20, "nudge": 10, "answer": 10, "reason": 10, "explain_error": 10})
    spec = yaml.safe_load((ROOT / "finetune/recipes/gemma3-270m-lora-cpu.yaml").read_text())
    spec["train"].update({"max_rows": 8, "max_length": 1024, "per_device_batch_size": 4, "save_adapter_steps": 0})
    (tmp_path / "tiny.yaml").write_text(yaml.safe_dump(spec))
    recipe = load_recipe(tmp_path / "tiny.yaml")
    out = train(recipe, data_dir=data, out_root=tmp_path / "adapters", tiny=True, max_steps=2, name="tiny", run_root=tmp_path / "runs")

    man = json.loads((out / "manifest.json").read_text())
    assert man["dataset"]["sha256"] == ds.dataset_sha256(data) and man["resolved"]["global_steps"] == 2
    assert man["train"]["final_loss"] is not None and man["base"]["package"] == "tiny-random-gemma3 (test)"
    # completion-only loss on the real trainer: every prompt token is -100, the completion is learned
    base_dir = tmp_path / "runs" / "tiny" / "tiny-base"
    tok = load_tokenizer(base_dir)
    rows = select_rows(ds.read_rows(ds.split_file(data, "train")), "shortest_balanced", 8, tok, 1024)
    from transformers import AutoModelForCausalLM

    (tmp_path / "o2").mkdir()
    trainer, cfg, _ = _trainer(recipe, AutoModelForCausalLM.from_pretrained(base_dir), tok, rows, tmp_path / "r2", tmp_path / "o2", 1, False)
    assert cfg.completion_only_loss and not cfg.assistant_only_loss
    batch = trainer.data_collator([trainer.train_dataset[0]])
    pc = to_prompt_completion(rows[0])
    prompt_ids = tok(pc["prompt"], add_special_tokens=False)["input_ids"]
    labels = batch["labels"][0]
    assert (labels[:len(prompt_ids)] == -100).all() and int((labels == -100).sum()) >= len(prompt_ids)
    learned = tok.decode(batch["input_ids"][0][labels != -100])
    assert learned.startswith(pc["completion"][:30]) and pc["prompt"][-30:] not in learned
    # reload and generate
    model = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(base_dir), str(out)).merge_and_unload()
    enc = tok("<start_of_turn>user\nhi<end_of_turn>\n<start_of_turn>model\n", return_tensors="pt")
    gen = model.generate(**enc, max_new_tokens=4, do_sample=False)
    assert gen.shape[1] > enc["input_ids"].shape[1]
    # the llama.cpp runtime's adapter format
    gguf = pytest.importorskip("gguf")
    names = {t.name for t in gguf.GGUFReader(str(convert(out, tmp_path / "tiny.gguf"))).tensors}
    assert "blk.0.attn_q.weight.lora_a" in names and "blk.1.attn_output.weight.lora_b" in names


def test_the_shipped_adapter_was_trained_and_evaluated_on_the_committed_dataset():
    """The shipped adapter's manifest names the data it learned from by hash: it must be the committed
    dataset's (the card's files), or its metrics describe another model. Evaluation settings travel too."""
    man = json.loads((ROOT / "data/adapters/funnel-gemma3-270m/manifest.json").read_text())
    assert man["dataset"]["sha256"] == ds.dataset_sha256(ROOT / "data/finetune")
    assert not Path(man["dataset"]["dir"]).is_absolute()
    metrics = man.get("metrics") or {}
    if metrics:  # an evaluated adapter: on the same data, with its settings recorded
        assert metrics.get("dataset_sha256") == man["dataset"]["sha256"]
        assert {"runtime", "n", "max_new_tokens", "decoding", "judge"} <= set(metrics.get("settings") or {})
