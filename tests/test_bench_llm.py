"""The pure helpers of bench/llm.py: streamed text deltas, agreement, the summary keys.

No models, no runtimes: a toy decoder stands in for the tokenizer.
"""
from __future__ import annotations

import pytest

from conftest import load_bench


@pytest.fixture(scope="module")
def bench():
    return load_bench("llm")


# A toy byte-level vocabulary: each id is one UTF-8 byte, so a Devanagari letter takes three ids and
# decodes to U+FFFD until its last byte arrives (what Gemma's byte-fallback pieces do).
def decode(ids):
    return bytes(ids).decode("utf-8", errors="replace")


def test_text_deltas_add_up_to_the_whole_text_and_never_split_a_character(bench):
    text = "OTP नहीं आया? Retry."
    pieces = list(bench.text_deltas(decode, text.encode("utf-8")))
    assert "".join(pieces) == text
    assert all("\ufffd" not in p for p in pieces)
    assert len(pieces) == len(text)  # one piece per character: streamed as soon as it is whole


def test_text_deltas_of_nothing_and_of_a_dangling_byte(bench):
    assert list(bench.text_deltas(decode, [])) == []
    # the decoding ends mid-character (the token budget ran out): the replacement char is flushed at the end
    assert "".join(bench.text_deltas(decode, "a".encode() + "न".encode()[:2])) == "a\ufffd"


def test_agreement_and_divergence(bench):
    ref = ["a b c", "x y z", "same"]
    other = ["a b c", "x q z", "same but longer"]
    assert bench.agreement(ref, other) == round(1 / 3, 3)
    assert bench.diverge_at(ref, other) == [None, 1, 1]


def test_other_runtimes_get_their_own_summary_keys(bench):
    rows = {"transformers": {"tokens_per_s_p50": 9.6}, "llamacpp": {"tokens_per_s_p50": 60.0},
            "ctranslate2": {"tokens_per_s_p50": 40.0, "first_token_s_p50": 0.5, "convert_s": 12.0}}
    s = bench.other_runtimes_summary(rows)
    assert s["ctranslate2_tokens_per_s"] == 40.0 and s["ctranslate2_first_token_s"] == 0.5 and s["ctranslate2_convert_s"] == 12.0
    assert not any(k.startswith(("transformers_", "llamacpp_")) for k in s)


def test_an_unknown_runtime_is_refused_by_name(bench):
    with pytest.raises(SystemExit, match="unknown runtime 'tensorrt'"):
        bench.open_runtime("tensorrt", settings=None, get_llm=None)
