"""The scoring of bench/answers.py: normalisation, verdicts, false statements, Devanagari, multi-part.

Made-up examples only (never the blind question files); no models, no index.
"""
from __future__ import annotations

import pytest

from conftest import load_bench


@pytest.fixture(scope="module")
def bench():
    return load_bench("answers")


DOC = """Zephyr card guide. The joining fee is Rs. 750 plus GST of 18%.
Support desk: open 8 AM to 8 PM, 6 days a week. Late fee: ₹1,250 after 21 days."""


def item(facts=(), answerable=True, kind="direct", lang="en", question="How much is it?", history=(), page=None):
    return {"id": "t", "lang": lang, "kind": kind, "question": question, "history": list(history),
            "answerable": answerable, "facts": [list(g) for g in facts], "page": page}


# ------------------------------------------------------------------ normalisation

def test_normalise_currency_separators_digits_space(bench):
    n = bench.normalise
    assert n("Fee: ₹1,299 only") == "fee: 1299 only"
    assert n("Rs. 1,00,000") == "100000"
    assert n("INR 500/-") == "500"
    assert n("rs 40 and Rs40") == "40 and 40"
    assert n("शुल्क ₹१,२९९ है") == "शुल्क 1299 है"
    assert n("  The   HOURS\n\tare  long ") == "the hours are long"  # "rs" inside a word stays
    assert n("ｆｕｌｌ width") == "full width"  # NFKC
    assert n("codes 1,2,3") == "codes 1,2,3"  # a list, not a thousands separator
    assert n("Straße") == "strasse"  # casefold
    assert n("ज़्यादा") == n("ज्यादा") == n("ज\u093c्यादा") == n("\u095b्यादा")  # nukta, precomposed or not, is dropped


def test_numbers_ignore_list_markers_and_citation_markers(bench):
    assert bench.numbers("1. Open the app [1]\n2) Pay 750 [c2]\n3. Done", answer=True) == {"750"}
    assert bench.numbers("Pay 750 in 2 parts", answer=True) == {"750", "2"}
    assert bench.numbers("3.50% and 007") == {"3.5", "7"}


# ------------------------------------------------------------------ verdicts

def test_correct_when_every_group_present_any_alternative(bench):
    it = item(facts=[["750", "seven fifty"], ["gst"]])
    s = bench.score(it, "The joining fee is Rs. 750 + GST.", False, [], DOC)
    assert s["verdict"] == "correct" and s["missing"] == [] and s["all_parts"] and not s["partial"]
    s = bench.score(it, "It is seven fifty rupees, plus gst", False, [], DOC)
    assert s["verdict"] == "correct"


def test_a_fact_written_as_a_bare_string_is_one_alternative_not_its_letters(bench):
    # some sets' writers give a group as one string ("facts": ["₹750", "GST"]); read letter by letter, an
    # answer sharing a single letter or digit with it would pass
    it = {**item(), "facts": ["₹750", "gst"]}
    assert bench.score(it, "The joining fee is Rs. 750 + GST.", False, [], DOC)["verdict"] == "correct"
    s = bench.score(it, "The annual fee is Rs. 570, taxes extra.", False, [], DOC)
    assert s["verdict"] == "wrong" and s["missing"] == [0, 1]


def test_fact_alternatives_are_normalised_too(bench):
    it = item(facts=[["₹1,250"]])
    assert bench.score(it, "A late fee of Rs 1250 applies.", False, [], DOC)["verdict"] == "correct"
    it = item(facts=[["1250"]], lang="hi")
    assert bench.score(it, "देर से भुगतान पर ₹१,२५० शुल्क है।", False, [], DOC)["verdict"] == "correct"


def test_a_number_with_its_unit_or_range_said_in_hindi_counts(bench):
    it = item(facts=[["5-7", "five to seven"], ["30 days"], ["12 months"]], lang="hi")
    answer = "कार्ड 5 से 7 दिन में पहुँचता है; 30 दिनों में वीडियो KYC करें; मेंबरशिप 12 महीनों की है।"
    assert bench.score(it, answer, False, [], DOC)["verdict"] == "correct"
    # another number is still another fact
    assert bench.score(it, "कार्ड 5 से 8 दिन में पहुँचता है; 30 दिनों में; 12 महीनों की।", False, [], DOC)["verdict"] == "wrong"


def test_wrong_when_a_group_is_missing(bench):
    s = bench.score(item(facts=[["750"], ["gst"]]), "The fee is 750.", False, [], DOC)
    assert s["verdict"] == "wrong" and s["missing"] == [1]


def test_refusals(bench):
    fb_en = bench.FALLBACK_EN
    fb_hi = bench.FALLBACK_HI
    s = bench.score(item(facts=[["750"]]), fb_en, True, [], DOC)
    assert s["verdict"] == "wrong_refusal" and s["refusal"] and s["missing"] == [0]
    s = bench.score(item(answerable=False, kind="unanswerable"), fb_hi, True, [], DOC)
    assert s["verdict"] == "correct_refusal"
    # the fallback sentence counts as a refusal even if the flag were not set
    assert bench.score(item(answerable=False), fb_en, False, [], DOC)["verdict"] == "correct_refusal"
    # an unanswerable question answered anyway is wrong
    s = bench.score(item(answerable=False), "The fee is 750.", False, [], DOC)
    assert s["verdict"] == "wrong" and not s["refusal"]


def test_multi_part_partial(bench):
    it = item(kind="multi_part", facts=[["750"], ["18%"], ["8 am"]])
    s = bench.score(it, "The fee is 750 plus 18% GST.", False, [], DOC)
    assert s["verdict"] == "wrong" and s["partial"] and not s["all_parts"] and s["missing"] == [2]
    s = bench.score(it, "750, 18% GST; desk opens 8 AM.", False, [], DOC)
    assert s["verdict"] == "correct" and s["all_parts"] and not s["partial"]
    s = bench.score(it, "Please contact the desk.", False, [], DOC)
    assert not s["partial"] and not s["all_parts"]
    assert not bench.score(it, bench.FALLBACK_EN, True, [], DOC)["partial"]


# ------------------------------------------------------------------ false statements

def test_false_statement_number_not_in_documents_or_question(bench):
    s = bench.score(item(facts=[["750"]]), "The fee is 750, waived after 99 days.", False, [], DOC)
    assert s["false_statement"] and s["unsupported_numbers"] == ["99"]
    assert s["verdict"] == "correct"  # a verdict and a false statement are separate figures


def test_no_false_statement_for_supported_numbers(bench):
    ok = "1. The fee is ₹750 [1]\n2. Late fee Rs 1,250 after 21 days [c2]\n3. Desk 8 AM–8 PM, 6 days"
    s = bench.score(item(), ok, False, [], DOC)
    assert not s["false_statement"], s["unsupported_numbers"]
    # a number the user gave (in the question or an earlier question) is not an invention
    s = bench.score(item(question="Is 4000 enough?", history=["And 9 months?"]), "4000 for 9 months is fine.", False, [], DOC)
    assert not s["false_statement"]
    s = bench.score(item(history=[{"role": "user", "content": "What about 12 EMIs?"}]), "12 EMIs are fine.", False, [], DOC)
    assert not s["false_statement"]


def test_number_match_is_whole_number_not_substring(bench):
    s = bench.score(item(), "The fee is 75.", False, [], DOC)  # 75 is only a part of 750
    assert s["unsupported_numbers"] == ["75"]


def test_no_false_statement_on_refusal(bench):
    s = bench.score(item(), bench.FALLBACK_EN + " 12345", True, [], DOC)
    assert not s["false_statement"]


def test_doc_text_may_be_raw_or_normalised(bench):
    s1 = bench.score(item(), "Late fee 1250.", False, [], DOC)
    s2 = bench.score(item(), "Late fee 1250.", False, [], bench.normalise(DOC))
    assert not s1["false_statement"] and not s2["false_statement"]


# ------------------------------------------------------------------ Devanagari

def test_devanagari_for_hindi_answers(bench):
    hi = item(lang="hi", facts=[["750"]])
    assert bench.score(hi, "जॉइनिंग फीस 750 रुपये है (joining fee)।", False, [], DOC)["devanagari"] is True
    assert bench.score(hi, "The joining fee is 750 रुपये.", False, [], DOC)["devanagari"] is False
    assert bench.score(hi, bench.FALLBACK_HI, True, [], DOC)["devanagari"] is None  # refusals are not counted
    assert bench.score(item(lang="hinglish"), "fee 750 hai", False, [], DOC)["devanagari"] is None


# ------------------------------------------------------------------ page citations

def test_cites_page(bench):
    it = item(facts=[["750"]], page=3)
    c_hit = [{"source": "guide.pdf", "page": 2, "page_end": 3}]
    c_miss = [{"source": "guide.pdf", "page": 4, "page_end": None}, {"source": "notes.md", "page": 3}]
    assert bench.score(it, "Fee 750.", False, c_hit, DOC, pdf_name="guide.pdf")["cites_page"] is True
    assert bench.score(it, "Fee 750.", False, c_miss, DOC, pdf_name="guide.pdf")["cites_page"] is False
    assert bench.score(it, "Fee 750.", False, c_miss, DOC)["cites_page"] is False
    # only correct answers are judged
    assert bench.score(it, "No idea.", False, c_hit, DOC, pdf_name="guide.pdf")["cites_page"] is None
    assert bench.score(item(facts=[["750"]]), "Fee 750.", False, c_hit, DOC)["cites_page"] is None


def test_cites_page_accepts_citation_objects(bench):
    from types import SimpleNamespace

    c = SimpleNamespace(source="guide.pdf", page=3, page_end=None, section="Fees", chunk_id="x", quote="q")
    assert bench.score(item(facts=[["750"]], page=3), "Fee 750.", False, [c], DOC, pdf_name="guide.pdf")["cites_page"] is True


# ------------------------------------------------------------------ aggregation

def test_aggregate_counts_and_rates(bench):
    rows = []
    cases = [
        (item(facts=[["750"]]), "Fee 750.", False),
        (item(facts=[["750"]], lang="hi"), bench.FALLBACK_HI, True),
        (item(answerable=False, kind="unanswerable"), bench.FALLBACK_EN, True),
        (item(answerable=False, kind="unanswerable", lang="hinglish"), "Fee 31.", False),
        (item(kind="multi_part", facts=[["750"], ["gst"]]), "Fee 750.", False),
    ]
    for i, (it, ans, fb) in enumerate(cases):
        s = bench.score(it, ans, fb, [], DOC)
        rows.append({"lang": it["lang"], "kind": it["kind"], "answerable": it["answerable"], "latency_ms": 10.0 * (i + 1), **s})
    agg = bench.aggregate(rows)
    a = agg["all"]
    assert (a["n"], a["correct"], a["correct_refusal"], a["wrong_refusal"], a["wrong"], a["false_stmt"]) == (5, 1, 1, 1, 2, 1)
    assert a["score"] == 0.4
    assert list(agg["by_lang"]) == ["en", "hi", "hinglish"]
    assert agg["by_kind"]["unanswerable"]["n"] == 2
    assert agg["unanswerable_refused"]["rate"] == 0.5
    assert agg["answerable_wrongly_refused"]["rate"] == round(1 / 3, 4)
    assert agg["multi_part_all_parts"] == {"rate": 0.0, "n": 1, "partial": 1}
    assert agg["latency_ms"]["p50"] == 30.0 and agg["latency_ms"]["p95"] == 50.0
    two = bench.aggregate(rows[:2])["latency_ms"]
    assert two["p95"] >= two["p50"]
    assert agg["hindi_in_devanagari"]["n"] == 0 and agg["hindi_in_devanagari"]["rate"] is None


# ------------------------------------------------------------------ the model against the deterministic answers

def _summary(scores: dict) -> dict:
    return {"date": "d", "llm": "llamacpp", "configs": {c: {"sets": {s: {"all": {"n": 90, "score": v}} for s, v in sets.items()}}
                                                       for c, sets in scores.items()}}


def test_compare_with_baseline_records_no_worse_only_when_every_set_holds(bench, tmp_path):
    import json

    base = tmp_path / "det.json"
    base.write_text(json.dumps(_summary({"pdf": {"fresh-n": 0.75, "dev": 0.9}})))
    ad = tmp_path / "adapter"
    ad.mkdir()
    (ad / "manifest.json").write_text(json.dumps({"name": "x", "metrics": {"gate_vs_base": True}}))
    out = bench.compare_with_baseline(_summary({"pdf": {"fresh-n": 0.72, "dev": 0.95}}), base, str(ad), record=True)
    assert out["no_worse"] is False and out["sets"]["pdf/fresh-n"] == {"deterministic": 0.75, "llm": 0.72, "n": 90}
    assert out["blind"] == ["pdf/fresh-n"]  # held-back sets are named: the ones that count as blind
    assert json.loads((ad / "manifest.json").read_text())["answers"]["no_worse"] is False
    assert bench.compare_with_baseline(_summary({"pdf": {"fresh-n": 0.75}}), base, str(ad), record=False)["no_worse"] is True
    assert json.loads((ad / "manifest.json").read_text())["answers"]["no_worse"] is False  # not recorded without --record
    assert bench.compare_with_baseline(_summary({"kb": {"fresh-n": 0.8}}), base, str(ad), record=False)["no_worse"] is False  # nothing compared
