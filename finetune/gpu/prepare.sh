#!/usr/bin/env bash
# Prepare what the GPU calls carry (run once, here, from the repo root; needs PyPI for the wheels):
#   .whl/        trl, datasets, dill, multiprocess, gguf, liger-kernel, pydantic(+core, annotated-types,
#                typing-inspection) — for Python 3.12 on the device
#   .gpu/tok/    the Gemma-3 tokenizer saved by transformers 5.24 (the device's 5.17 mis-converts it)
#   .gpu/c1..cK  the Gemma-3-270M GGUF (assembled from the installed PyPI part packages, sha-checked)
#                cut into 30 MiB chunks: one chunk per call keeps every call far below the 64 MiB
#                limit however the repo grows (a whole part wheel left only ~3 MiB of room)
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
PY=${PY:-.venv/bin/python}
CHUNK=${CHUNK:-30M}
for d in /.whl/ /.gpu/; do grep -qx "$d" .git/info/exclude 2>/dev/null || echo "$d" >> .git/info/exclude; done
plat=(--platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64)
mkdir -p .whl
"$PY" -m pip download -q --no-deps --only-binary=:all: --python-version 3.12 --implementation cp "${plat[@]}" -d .whl \
  trl==1.16.0 datasets==5.2.0 dill==0.4.1 multiprocess==0.70.19 gguf==0.19.0 liger-kernel==0.8.5 \
  pydantic==2.14.4 pydantic-core==2.50.5 annotated-types==0.8.0 typing-inspection==0.4.5
rm -rf .gpu && mkdir -p .gpu/tok /tmp/tokx /tmp/gguf-chunks
GGUF=$("$PY" - <<'PYEOF'
from pathlib import Path
from finetune.base_model import GGUF_SHA256, assemble_gguf, check_tokenizer, sha256_file
from transformers import AutoTokenizer
g = Path("data/cache/gguf/gemma-3-270m-q4_k_m.gguf")
if not g.exists():
    g = assemble_gguf(g.parent)
assert sha256_file(g) == GGUF_SHA256, "GGUF sha256 mismatch"
tok = AutoTokenizer.from_pretrained(str(g.parent), gguf_file=g.name)
check_tokenizer(tok)
tok.save_pretrained("/tmp/tokx/tok")
print(g)
PYEOF
)
tar czf .gpu/tok/tok.tgz -C /tmp/tokx tok
rm -f /tmp/gguf-chunks/*
split -b "$CHUNK" -d -a 2 "$GGUF" /tmp/gguf-chunks/gguf.
i=0
for f in /tmp/gguf-chunks/gguf.*; do i=$((i + 1)); mkdir -p .gpu/c$i; mv "$f" .gpu/c$i/; done
echo "$i" > .gpu/chunks
echo "GGUF cut into $i chunks of $CHUNK"
bash finetune/gpu/preflight.sh
