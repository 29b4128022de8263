"""A PEFT LoRA adapter as a GGUF LoRA adapter, for the llama.cpp runtime (assistant/llm/llamacpp.py).

llama.cpp reads LoRA adapters in its own format: a GGUF file with `general.type = adapter`,
`adapter.type = lora`, `adapter.lora.alpha`, and for each adapted weight a pair of tensors named
after the base model's GGUF tensor (`blk.0.attn_q.weight.lora_a` / `.lora_b`). The `gguf` package
(already needed to read the base model) knows Gemma-3's names, so this is a renaming and a
re-container, not a numeric conversion: A and B are written as they are (float32), and llama.cpp
applies `alpha / r` itself. Only plain LoRA on linear layers (no DoRA, rsLoRA or modules_to_save) is
taken; anything else is refused with the reason.

    python -m finetune.lora_gguf data/adapters/funnel-gemma3-270m   # → <adapter>/adapter.gguf
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

GGUF_NAME = "adapter.gguf"
ARCH = "gemma3"
_KEY = re.compile(r"^base_model\.model\.(?P<base>.+)\.lora_(?P<ab>[AB])\.weight$")


class ConvertError(ValueError):
    pass


def convert(adapter_dir: str | Path, out: str | Path | None = None, n_blocks: int | None = None) -> Path:
    """Write `<adapter_dir>/adapter.gguf` (or `out`) and return its path; ConvertError says why not."""
    import gguf
    from safetensors import safe_open

    adapter_dir = Path(adapter_dir)
    cfg = json.loads((adapter_dir / "adapter_config.json").read_text(encoding="utf-8"))
    for flag in ("use_dora", "use_rslora"):
        if cfg.get(flag):
            raise ConvertError(f"{flag} adapters are not plain LoRA: llama.cpp would apply them wrongly")
    if cfg.get("modules_to_save"):
        raise ConvertError("modules_to_save (full copies of base layers) cannot be expressed as a LoRA adapter")
    pairs: dict[str, dict[str, object]] = {}
    with safe_open(str(adapter_dir / "adapter_model.safetensors"), "np") as f:
        for key in f.keys():
            m = _KEY.match(key)
            if not m:
                raise ConvertError(f"unexpected tensor {key!r} in the adapter")
            pairs.setdefault(m["base"], {})[m["ab"]] = f.get_tensor(key).astype("float32")
    if not pairs:
        raise ConvertError("the adapter holds no LoRA tensors")
    blocks = n_blocks or 1 + max(int(b) for b in re.findall(r"layers\.(\d+)\.", " ".join(pairs)))
    names = gguf.get_tensor_name_map(gguf.MODEL_ARCH.GEMMA3, blocks)
    out = Path(out) if out else adapter_dir / GGUF_NAME
    w = gguf.GGUFWriter(str(out), arch=ARCH)
    w.add_string("general.type", "adapter")
    w.add_string("adapter.type", "lora")
    w.add_float32("adapter.lora.alpha", float(cfg.get("lora_alpha") or cfg["r"]))
    for base, ab in sorted(pairs.items()):
        if set(ab) != {"A", "B"}:
            raise ConvertError(f"{base}: lora_A and lora_B must both be present")
        name = names.get_name(base + ".weight", try_suffixes=(".weight",))
        if name is None:
            raise ConvertError(f"{base}: no Gemma-3 GGUF tensor of that name")
        w.add_tensor(f"{name}.lora_a", ab["A"])  # (r, in)
        w.add_tensor(f"{name}.lora_b", ab["B"])  # (out, r)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("adapter", help="a PEFT adapter folder (adapter_config.json + adapter_model.safetensors)")
    ap.add_argument("-o", "--out", help=f"output file (default: <adapter>/{GGUF_NAME})")
    a = ap.parse_args(argv)
    try:
        path = convert(a.adapter, a.out)
    except (ConvertError, OSError, KeyError, ValueError) as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
