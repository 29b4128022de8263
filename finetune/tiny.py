"""A tiny random causal LM + locally trained tokenizer for CPU smoke tests (never downloads)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

from domain import prompts

SPECIALS = ["<pad>", "<bos>", "<eos>", "<unk>", "<start_of_turn>", "<end_of_turn>"]


def build_tokenizer(texts: Iterable[str], vocab_size: int = 600):
    """Byte-level BPE trained on a few strings, wrapped as a fast tokenizer with our chat template."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers  # heavy: deferred
    from transformers import PreTrainedTokenizerFast  # heavy: deferred

    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(vocab_size=vocab_size, special_tokens=SPECIALS,
                                  initial_alphabet=pre_tokenizers.ByteLevel.alphabet(), show_progress=False)
    tok.train_from_iterator(list(texts) + [prompts.SYSTEM], trainer=trainer)
    fast = PreTrainedTokenizerFast(tokenizer_object=tok, bos_token="<bos>", eos_token="<eos>", pad_token="<pad>",
                                   unk_token="<unk>", additional_special_tokens=["<start_of_turn>", "<end_of_turn>"])
    fast.chat_template = prompts.CHAT_TEMPLATE
    return fast


def build_model(tokenizer, hidden: int = 32, layers: int = 2, seed: int = 0, arch: str = "llama"):
    """A random model: `llama`, or `gemma3` — Gemma-3's own layer types (sliding and full attention,
    q/k norms), so an adapter trained on it has the product's tensor names."""
    import torch  # heavy: deferred

    torch.manual_seed(seed)
    ids = dict(bos_token_id=tokenizer.bos_token_id, eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.pad_token_id)
    if arch == "gemma3":
        from transformers import Gemma3ForCausalLM, Gemma3TextConfig  # heavy: deferred

        cfg = Gemma3TextConfig(vocab_size=len(tokenizer), hidden_size=hidden, intermediate_size=hidden * 2, num_hidden_layers=layers,
                               num_attention_heads=2, num_key_value_heads=1, head_dim=16, max_position_embeddings=4096,
                               sliding_window=64, layer_types=(["sliding_attention"] * (layers - 1) + ["full_attention"]), **ids)
        return Gemma3ForCausalLM(cfg)
    from transformers import LlamaConfig, LlamaForCausalLM  # heavy: deferred

    cfg = LlamaConfig(vocab_size=len(tokenizer), hidden_size=hidden, intermediate_size=hidden * 2, num_hidden_layers=layers,
                      num_attention_heads=4, num_key_value_heads=2, max_position_embeddings=4096, **ids)
    return LlamaForCausalLM(cfg)


def make_tiny_base(out_dir: str | Path, texts: Iterable[str], arch: str = "llama", vocab_size: int = 600) -> Path:
    """Save a tiny base (model + tokenizer) to out_dir, usable wherever a HF directory is accepted."""
    out = Path(out_dir)
    tok = build_tokenizer(texts, vocab_size=vocab_size)
    model = build_model(tok, arch=arch)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    tok.save_pretrained(out)
    (out / "base_info.json").write_text(f'{{"package": "tiny-random-{arch} (test)", "gguf_sha256": null}}')
    return out
