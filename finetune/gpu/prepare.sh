#!/usr/bin/env bash
# Prepare what the GPU calls carry (run once, here, from the repo root; needs PyPI for the wheels):
#   .whl/        trl, datasets, dill, multiprocess, gguf, liger-kernel, pydantic(+core, annotated-types,
#                typing-inspection) — for Python 3.12 on the device
#   .gpu/tok/    the Gemma-3 tokenizer saved by transformers 5.24 (the device's 5.17 mis-converts it)
#   .gpu/c1..cK  the Gemma-3-270M GGUF (assembled from the installed PyPI part packages, sha-checked)
#                cut into chunks, one per call. Every call also carries the whole working tree, so the
#                chunk size is what leaves call 1 (tree + wheels + tokenizer + chunk) 4 MiB below the
#                64 MiB limit: 30 MiB with a 14 MiB tree, 18 MiB with the 31 MiB tree that the committed
#                adapters made (2026-11-30). CHUNK=…M overrides it.
set -euo pipefail
cd "$(git rev-parse --show-toplevel)"
PY=${PY:-.venv/bin/python}
# CHUNK is computed below, once the wheels and the tokenizer exist (their size is part of call 1)
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
if [ -z "${CHUNK:-}" ]; then
  tree=$(git ls-files -co --exclude-standard -z | xargs -0 du -cb 2>/dev/null | tail -1 | cut -f1)
  first=$(du -scb .whl .gpu/tok | tail -1 | cut -f1)
  room=$(( (60 * 1048576 - tree - first) / 1048576 ))
  [ "$room" -ge 8 ] || { echo "the working tree leaves only ${room} MiB per call: make it smaller or carry less"; exit 1; }
  CHUNK="${room}M"
fi
rm -f /tmp/gguf-chunks/*
split -b "$CHUNK" -d -a 2 "$GGUF" /tmp/gguf-chunks/gguf.
i=0
for f in /tmp/gguf-chunks/gguf.*; do i=$((i + 1)); mkdir -p .gpu/c$i; mv "$f" .gpu/c$i/; done
echo "$i" > .gpu/chunks
echo "GGUF cut into $i chunks of $CHUNK"
bash finetune/gpu/preflight.sh
