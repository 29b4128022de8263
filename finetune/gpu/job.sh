#!/usr/bin/env bash
# GPU job for the device machine, as back-to-back calls (the machine stays warm 30 s after each):
#   bash finetune/gpu/job.sh N      N = 1..K: stage GGUF chunk .gpu/cN in /tmp/parts (call 1 also installs
#                                   .whl into /tmp/site and stages the tokenizer .gpu/tok/tok.tgz)
#   bash finetune/gpu/job.sh train  reassemble + sha-check the GGUF, convert to bf16 (/tmp/hf) with the
#                                   shipped tokenizer, train the recipe on the committed dataset, evaluate
#                                   base vs adapter, copy the results to $OUT
# The tokenizer travels because transformers 5.17 (the device's) mis-converts Gemma-3's GGUF tokenizer
# (README "Diagnosis"). JOB_TINY=1: CPU proof of the same path with a tiny random model.
# JOB_RECIPE (a recipe name, default gemma3-270m-lora) and JOB_NAME (the adapter folder) select a sweep point.
set -uo pipefail
N="${1:?usage: job.sh N|train}"
OUT="${OUT:-/tmp/job_out}"; mkdir -p "$OUT" /tmp/parts /tmp/model
export PYTHONUNBUFFERED=1 HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 HF_DATASETS_DISABLE_PROGRESS_BARS=1 TOKENIZERS_PARALLELISM=false
PY="${PY:-python3}"
SHA=a5fd3b62230aa5ec60212297dc9d20eaa70578ac519e00d93a17e44c087a6818
NAME="${JOB_NAME:-gemma3-270m-funnel-lora}"
t0=$(date +%s)
log() { echo "[job $N +$(( $(date +%s) - t0 ))s] $*"; }
[ "${JOB_TINY:-0}" != 1 ] && export PYTHONPATH="/tmp/site:$PWD" || export PYTHONPATH="$PWD"

if [ "$N" != train ]; then
  if [ "$N" = 1 ]; then
    if [ "${JOB_TINY:-0}" != 1 ]; then
      $PY -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 11
      log "wheels installed in /tmp/site"
    fi
    cp .gpu/tok/tok.tgz /tmp/tok.tgz || exit 10
    log "tokenizer staged: $(sha256sum /tmp/tok.tgz | cut -c1-16)…"
  fi
  cp .gpu/c$N/gguf.* /tmp/parts/ || exit 12
  log "staged chunk $N: $(ls /tmp/parts | tr '\n' ' ')"
  exit 0
fi

# ---- last call: reassemble, check, convert, train, evaluate
if [ "${JOB_TINY:-0}" != 1 ]; then
  [ -f /tmp/tok.tgz ] || { log "no /tmp/tok.tgz: make call 1 (carry .whl, .gpu/tok, .gpu/c1) first"; exit 15; }
  export FINETUNE_TOKENIZER=/tmp/tok.tgz   # base_model.convert_gguf uses it and sanity-checks it before converting
fi
cat /tmp/parts/gguf.* > /tmp/model/g.gguf || exit 13
echo "$SHA  /tmp/model/g.gguf" | sha256sum -c - || { log "GGUF sha256 mismatch"; exit 14; }
log "GGUF ok ($(stat -c %s /tmp/model/g.gguf) bytes)"
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader 2>/dev/null || true
MEM=$($PY -c "import torch;print(int(torch.cuda.get_device_properties(0).total_memory/2**30) if torch.cuda.is_available() else 0)")
BS="${JOB_BATCH:-$([ "$MEM" -gt 100 ] && echo 128 || echo 64)}"   # H200: 128, H100 (80 GB): 64
log "GPU memory ${MEM} GiB -> per-device batch $BS"
export FINETUNE_BASE_CACHE=/tmp/hf
if [ "${JOB_TINY:-0}" = 1 ]; then
  TRAIN_ARGS="--tiny --max-steps ${JOB_MAX_STEPS:-4} --max-rows 64 --batch-size 4"; EVAL_ARGS="-n 12 --batch-size 6 --max-new-scale 0.05"
else
  TRAIN_ARGS="--gguf /tmp/model/g.gguf --batch-size $BS ${JOB_MAX_STEPS:+--max-steps $JOB_MAX_STEPS}"; EVAL_ARGS="-n ${JOB_EVAL_N:-150} --batch-size 64"
fi
$PY -m finetune.cli train --recipe "${JOB_RECIPE:-gemma3-270m-lora}" --data data/finetune --out /tmp/adapters --name "$NAME" $TRAIN_ARGS 2>&1 | grep -v "it/s]" | tee /tmp/train.log
rc=${PIPESTATUS[0]}; log "train rc=$rc"
A=/tmp/adapters/$NAME
if [ "$rc" = 0 ]; then
  $PY -m finetune.cli eval --adapter "$A" --data data/finetune $EVAL_ARGS 2>&1 | tail -c 4000 | tee /tmp/eval.log
  log "eval rc=${PIPESTATUS[0]}"
fi
for f in adapter_model.safetensors adapter_config.json manifest.json metrics.json report.md loss_log.jsonl samples.jsonl; do
  [ -f "$A/$f" ] && cp "$A/$f" "$OUT/"
done
cat /tmp/train.log /tmp/eval.log 2>/dev/null | tail -c 200000 > "$OUT/job.log"
log "done; files in \$OUT: $(ls "$OUT" | tr '\n' ' ')"
exit "$rc"
