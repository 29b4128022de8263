#!/usr/bin/env bash
# What each device call sends (working tree + carried folders) against the 64 MiB limit, and that the
# carried tokenizer is the good one. Prints the exact calls to make.
cd "$(git rev-parse --show-toplevel)" || exit 1
LIMIT=67108864
K=$(cat .gpu/chunks 2>/dev/null || echo 0)
[ "$K" -gt 0 ] || { echo "no .gpu/chunks: run finetune/gpu/prepare.sh"; exit 1; }
tree=$(git ls-files -co --exclude-standard -z | xargs -0 du -cb 2>/dev/null | tail -1 | cut -f1)
ok=0
for n in $(seq 1 "$K"); do
  extra=$(du -scb .gpu/c$n $([ $n = 1 ] && echo .whl .gpu/tok) 2>/dev/null | tail -1 | cut -f1)
  tot=$((tree + extra))
  printf 'call %d: %.1f MiB %s\n' $n "$(echo "$tot/1048576" | bc -l)" "$([ $tot -lt $LIMIT ] && echo OK || echo 'TOO BIG')"
  [ $tot -lt $LIMIT ] || ok=1
done
PY="${PY:-.venv/bin/python}"
"$PY" -c "
from transformers import AutoTokenizer
from finetune.base_model import unpack_tokenizer, check_tokenizer, _mark_turns
import tempfile
t = _mark_turns(AutoTokenizer.from_pretrained(str(unpack_tokenizer('.gpu/tok/tok.tgz', tempfile.mkdtemp()))))
print('tokenizer .gpu/tok/tok.tgz:', check_tokenizer(t, strict=True))" || ok=1
echo "calls: 'bash finetune/gpu/job.sh N' for N=1..$K carrying .gpu/cN (call 1 also .whl and .gpu/tok), then 'bash finetune/gpu/job.sh train'"
exit $ok
