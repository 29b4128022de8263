# Two commands: `make run` (set up, ingest the bundled knowledge, serve) and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
INDEX ?= data/index
# Extra documents to index beside our knowledge files, e.g. `make run DOCS=path/to/product.pdf`.
DOCS ?=
HOST ?= 127.0.0.1
PORT ?= 7860
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup run test test-fast ingest bench eval docs clean browser-deps ocr-deps llamacpp

$(STAMP): pyproject.toml
	test -d $(VENV) || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# torch first, pinned: the project's package index serves the +cpu build of it; on plain PyPI add
	# PIP_EXTRA_INDEX_URL=https://download.pytorch.org/whl/cpu to avoid the CUDA wheels on a CPU machine.
	$(BIN)/pip install -q "torch==2.13.0"
	$(BIN)/pip install -q -e ".[local,app,dev,ray]"
	touch $(STAMP)

setup: $(STAMP)

ingest: setup
	$(BIN)/funnel ingest data/knowledge $(DOCS) --index $(INDEX)

run: setup ingest
	$(BIN)/funnel serve --index $(INDEX) --host $(HOST) --port $(PORT)

# The llama.cpp runtime (provider `llamacpp`): llama-cpp-python is a source build, ~6 min on 2 cores the
# first time (pip's wheel cache makes later installs seconds). Not part of setup: the `local` provider
# (transformers) needs nothing extra. The flags: a native build dies with SIGILL in the AMX kernels on
# these Xeons (AMX advertised, not usable), so AVX2/AVX-512 are named and AMX is off.
LLAMACPP_CMAKE := -DGGML_NATIVE=OFF -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON -DGGML_AVX512=ON -DGGML_AVX512_VNNI=ON \
	-DGGML_AMX_TILE=OFF -DGGML_AMX_INT8=OFF -DGGML_AMX_BF16=OFF
llamacpp: setup
	CMAKE_ARGS="$(LLAMACPP_CMAKE)" $(BIN)/pip install -q "llama-cpp-python==0.3.36"

browser-deps:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium fonts-lohit-deva >/dev/null) || echo "chromium not installed: browser tests will be skipped"

# tesseract checks the invisible OCR layer of scanned PDFs at ingest (without it such a layer is dropped)
ocr-deps:
	@command -v tesseract >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq --no-install-recommends tesseract-ocr tesseract-ocr-eng tesseract-ocr-hin >/dev/null) || echo "tesseract not installed: OCR layers of scanned PDFs are dropped, and their tests skipped"

test: setup browser-deps ocr-deps
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -q

test-fast: setup
	$(BIN)/python -m pytest -q -m "not slow and not browser"

bench: setup
	$(BIN)/python bench/retrieval.py

eval: setup ingest
	$(BIN)/funnel eval --provider none --index $(INDEX) --out reports/latest

docs: setup
	$(BIN)/python docs/build_pdf.py

clean:
	rm -rf $(VENV) $(INDEX) .pytest_cache
