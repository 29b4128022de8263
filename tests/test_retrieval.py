"""Retrieval behaviour: the retriever contract (all four implementations), text handling for
English/Hindi/Hinglish, confidence, and — marked slow — quality on the real e5 embedder."""
from __future__ import annotations

from pathlib import Path

import pytest

from rag.expand import Expander
from rag.retriever import RETRIEVERS, QueryError
from rag.text import stem, tokenize
from rag.types import Hit

ROOT = Path(__file__).resolve().parents[1]
PRODUCT_PDF = Path(__file__).resolve().parents[2] / "shared" / "data" / "edge-plus-context.pdf"
NAMES = list(RETRIEVERS)  # dense, keyword, hybrid, hybrid+rerank


def test_all_four_retrievers_are_registered():
    assert set(NAMES) == {"dense", "keyword", "hybrid", "hybrid+rerank"}


# --------------------------------------------------------------------------- contract

@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("k", [1, 3, 5])
def test_hits_sorted_by_score_and_k_respected(tiny_retrievers, name, k):
    hits = tiny_retrievers[name].retrieve("video kyc agent timings and PAN card", k=k)
    assert 1 <= len(hits) <= k
    assert all(isinstance(h, Hit) for h in hits)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    assert len({h.chunk.chunk_id for h in hits}) == len(hits)  # a chunk appears once


@pytest.mark.parametrize("name", NAMES)
def test_exact_faq_question_ranks_its_pair_first(tiny_retrievers, name):
    hits = tiny_retrievers[name].retrieve("Why is the Aadhaar OTP not coming?", k=3)
    assert hits[0].chunk.question == "Why is the Aadhaar OTP not coming?"
    assert "old mobile number" in hits[0].chunk.text


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("filters", [{"stage": "vkyc"}, {"kind": "faq"}, {"stage": "ekyc", "kind": "faq"}])
def test_filters_are_respected(tiny_retrievers, name, filters):
    hits = tiny_retrievers[name].retrieve("card fees aadhaar otp video call agent", k=5, filters=filters)
    assert hits, "the tiny index has chunks for every filter used here"
    for h in hits:
        for key, val in filters.items():
            assert getattr(h.chunk, key) == val


@pytest.mark.parametrize("name", NAMES)
def test_filter_matching_nothing_returns_no_hits(tiny_retrievers, name):
    assert tiny_retrievers[name].retrieve("video call", k=5, filters={"stage": "no-such-stage"}) == []


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("query", ["", "   ", "\n\t"])
def test_empty_query_is_a_query_error(tiny_retrievers, name, query):
    with pytest.raises(QueryError):
        tiny_retrievers[name].retrieve(query, k=3)


@pytest.mark.parametrize("name", NAMES)
def test_unknown_filter_and_bad_k_are_query_errors(tiny_retrievers, name):
    with pytest.raises(QueryError, match="colour"):
        tiny_retrievers[name].retrieve("video call", k=3, filters={"colour": "red"})
    with pytest.raises(QueryError):
        tiny_retrievers[name].retrieve("video call", k=0)


@pytest.mark.parametrize("name", NAMES)
def test_citations_point_at_the_chunk(tiny_retrievers, name):
    for h in tiny_retrievers[name].retrieve("what do I need for the video call", k=3):
        c = h.citation()
        assert (c.source, c.page, c.section, c.chunk_id) == (h.chunk.source, h.chunk.page, h.chunk.section, h.chunk.chunk_id)
        assert c.source == "tiny.md" and c.page == 1 and c.chunk_id
        assert c.quote and c.quote.rstrip("…") in " ".join(h.chunk.text.split())
        d = h.to_dict()["citation"]
        assert set(d) == {"source", "page", "page_end", "section", "chunk_id", "quote"}
    assert any(h.citation().section.startswith("Video KYC") for h in tiny_retrievers[name].retrieve("video call", k=3))


def test_long_quote_is_trimmed_on_a_word(tiny_retrievers):
    h = tiny_retrievers["keyword"].retrieve("fees card", k=1)[0]
    q = h.citation(quote_chars=30).quote
    assert len(q) <= 30 and q.endswith("…")
    assert " ".join(h.chunk.text.split()).startswith(q[:-1].rstrip())


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("query", ["What are the fees for the card?", "tell me a joke about cricket", "वीडियो केवाईसी का समय"])
def test_confidence_is_a_probability(tiny_retrievers, name, query):
    res = tiny_retrievers[name].search(query, k=3)
    assert 0.0 <= res.confidence <= 1.0
    assert res.hits == res.hits[:3]
    d = res.to_dict()
    assert set(d) >= {"query", "confidence", "expansion", "latency_ms", "hits"}


def test_hindi_query_finds_english_text_through_the_glossary(tiny_retrievers):
    res = tiny_retrievers["keyword"].search("वीडियो केवाईसी का समय", k=3)
    assert "vkyc" in res.expansion
    assert res.hits and res.hits[0].chunk.stage == "vkyc"


# --------------------------------------------------------------------------- text

@pytest.mark.parametrize("word", ["केवाईसी", "वीडियो", "प्रक्रिया", "कार्ड", "ज़रूरी"])
def test_devanagari_token_keeps_its_matras(word):
    assert tokenize(word) == [word]


def test_hindi_sentence_tokens_and_stopwords():
    assert tokenize("वीडियो केवाईसी का समय क्या है?") == ["वीडियो", "केवाईसी", "समय"]


@pytest.mark.parametrize("a,b", [("fees", "fee"), ("cards", "card"), ("charges", "charge"), ("approved", "approve"),
                                 ("activating", "activate"), ("addresses", "address"), ("matches", "match")])
def test_english_stemming_joins_inflections(a, b):
    assert stem(a) == stem(b)
    assert tokenize(f"the {a}") == tokenize(b)


def test_an_acronyms_plural_meets_its_singular():
    assert stem("emis") == stem("emi") and stem("upis") == stem("upi")  # "EMIs" in a document, "EMI" in a question
    assert stem("basis") == "basis" and stem("analysis") == "analysis"


def test_stemming_keeps_distinct_words_apart():
    assert stem("address") != stem("add") and stem("fee") != stem("feed") and stem("time") != stem("tie")


def test_stemming_joins_inflections():
    assert stem("time") == stem("timing") == stem("timings")
    assert stem("charge") == stem("charges") == stem("charged")
    assert stem("activate") == stem("activating")


def test_tokenize_normalises_case_and_synonyms():
    assert tokenize("Video KYC FEES") == ["vkyc", "fee"]
    assert tokenize("e-KYC") == ["ekyc"]
    assert tokenize("₹499 fee", keep_stopwords=True)[0].startswith("₹")


def test_glossary_expands_hindi_and_hinglish_to_english(catalog):
    ex = Expander(catalog.glossary)
    hi = ex.expand("वीडियो केवाईसी का समय क्या है")
    assert "vkyc" in hi and ("time" in hi or "hours" in hi)
    assert "वीडियो केवाईसी" in ex.matched("वीडियो केवाईसी का समय क्या है")  # the longer term wins
    hing = ex.expand("aadhar otp nahi aa raha")
    assert "aadhaar" in hing and "otp" in hing
    assert ex.expand("what are the card fees") == [] or all(t.isascii() for t in ex.expand("what are the card fees"))


def test_general_glossary_is_merged_and_the_product_glossary_wins(catalog):
    import yaml

    product = yaml.safe_load((ROOT / "data/funnel/glossary.yaml").read_text(encoding="utf-8"))["glossary"]
    general = yaml.safe_load((ROOT / "data/funnel/glossary_general.yaml").read_text(encoding="utf-8"))["glossary"]
    assert all(catalog.glossary[k] == v for k, v in product.items())
    assert set(general) <= set(catalog.glossary)
    assert all(v and all(t == t.lower() and t.isascii() for t in v) for v in general.values())
    ex = Expander(catalog.glossary)
    assert "annual fee" in ex.expand("salana shulk kitna hai")
    assert "lost" in ex.expand("card kho gaya")
    assert "salary" in ex.expand("तनख्वाह कितनी होनी चाहिए")


def test_a_glossed_latin_query_is_searched_with_its_english_form_too():
    import numpy as np

    from rag.retriever import QueryContext

    class Emb:  # a vector per text, so that which texts were embedded shows in the sum
        def embed_query(self, text):
            v = np.zeros(4, dtype=np.float32)
            v[len(text) % 4] = 1.0
            return v

    ex = Expander({"kitne din": ["days", "how long"], "baad": ["after"], "din": ["day"], "कितने दिन": ["days"]})
    # the longer key wins and is not read again by a shorter one inside its English
    assert ex.english_form("Bill ke kitne din baad?") == "bill ke days after?"
    assert ex.english_form("How many days after the bill?") is None
    glossed = QueryContext("kitne din baad", Emb(), ex, __import__("collections").OrderedDict())
    plain = QueryContext("days after the bill", Emb(), ex, __import__("collections").OrderedDict())
    assert glossed.english == "days after"
    own, english = Emb().embed_query("kitne din baad"), Emb().embed_query("days after")
    assert np.allclose(glossed.vector, (own + english) / np.linalg.norm(own + english))
    assert plain.english is None and np.allclose(plain.vector, Emb().embed_query("days after the bill"))
    # Devanagari is searched as written: the embedder reads Hindi, a half-English form only moves it
    hindi = QueryContext("बिल के कितने दिन बाद?", Emb(), ex, __import__("collections").OrderedDict())
    assert hindi.english is None and np.allclose(hindi.vector, Emb().embed_query("बिल के कितने दिन बाद?"))


# --------------------------------------------------------------------------- real embedder (slow)

@pytest.fixture(scope="module")
def e5():
    from rag.embedder import get_embedder

    return get_embedder("e5")


@pytest.fixture(scope="module")
def kb_retriever(tmp_path_factory, e5, catalog):
    from ingest.pipeline import ingest
    from rag.loader import load_retriever

    d = tmp_path_factory.mktemp("kb-e5")
    ingest([ROOT / "data" / "knowledge"], d, e5, catalog, progress=False)
    ret = load_retriever(d, "hybrid+rerank", embedder=e5, catalog=catalog)
    yield ret
    ret.index.store.close()


@pytest.mark.slow
@pytest.mark.parametrize("query", ["tell me a joke about cricket", "क्रिकेट पर एक चुटकुला सुनाओ"])
def test_off_topic_query_has_low_confidence(kb_retriever, query):
    assert kb_retriever.search(query, k=5).confidence < 0.5


@pytest.mark.slow
@pytest.mark.parametrize("query", ["what are the VKYC timings", "वीडियो केवाईसी का समय क्या है"])
def test_in_scope_query_has_high_confidence_and_the_answer(kb_retriever, query):
    res = kb_retriever.search(query, k=5)
    assert res.confidence > 0.5
    top = " ".join(res.hits[0].chunk.text.split()).lower()
    assert ("9 am" in top and "11 pm" in top) or ("9 बजे" in top and "11 बजे" in top), top[:200]


@pytest.mark.slow
def test_product_pdf_vkyc_hours_rank_first(tmp_path, e5, catalog):
    if not PRODUCT_PDF.exists():
        pytest.skip(f"product PDF not present at {PRODUCT_PDF}")
    from ingest.pipeline import ingest
    from rag.loader import load_retriever

    ingest([PRODUCT_PDF], tmp_path, e5, catalog, progress=False)
    ret = load_retriever(tmp_path, "hybrid+rerank", embedder=e5, catalog=catalog)
    try:
        res = ret.search("what are the VKYC timings", k=5)
        top = " ".join(res.hits[0].chunk.text.split()).lower()
        assert "9 am to 11 pm" in top or "9:00 am" in top, top[:300]
        assert res.hits[0].citation().source == PRODUCT_PDF.name and res.hits[0].chunk.page >= 1
    finally:
        ret.index.store.close()


def _scope_veto(query: str, vocab: set[str], glossary: dict | None = None) -> str | None:
    from rag.scope import Scope
    from rag.text import tokenize

    scope = Scope(price_words=["fee", "fees", "charge", "charges", "interest", "शुल्क"], features=["lounge", "लाउंज"],
                  generic=["card", "many"], glossary=glossary)
    return scope.veto(query, tokenize(query), set(), vocab)


def _vocab(text: str) -> set[str]:
    from rag.text import tokenize

    return set(tokenize(text))  # the index's vocabulary is stems


DOC_VOCAB = _vocab("annual joining fee; late payment; how much to pay; airport lounge; card deposit interest; cash withdrawal")


@pytest.mark.parametrize("query,vetoed", [
    # a qualifier the documents never use: the question is about a charge they do not mention
    ("What is the forex markup fee?", True),
    ("What is the fee for card replacement?", True),
    ("car loan interest kitna hai", True),
    ("What is the interest on a car loan?", True),  # the article opens the qualifier
    # the words after a price word are the rest of the question, not what is charged
    ("annual fee kitni lagti hai?", False),
    ("How much joining fee do I pay upfront?", False),
    ("late payment charges kab lagte hain", False),
    ("What is the fee for late payment?", False),
    # a stopword between ends the qualifier: the words before it are the rest of the question
    ("Is there any charge for paying at a shop?", False),
    ("points ko bill me adjust karwane ka koi charge lagta hai?", False),
    # a Hindi/Hinglish function word next to the price word names nothing charged ("ke baad", "तक")
    ("late payment ke baad charge kitna lagta hai?", False),
    ("annual fee tak sirf charge hota hai kya?", False),
    # a negative's stem ("aren't" → "aren") is no word the documents could use
    ("Which payments aren't charged a late payment fee?", False),
    ("Why doesn't the cash withdrawal fee apply?", False),
])
def test_a_charge_is_vetoed_only_for_a_qualifier_the_documents_never_use(query, vetoed):
    assert bool(_scope_veto(query, DOC_VOCAB)) is vetoed


@pytest.mark.parametrize("query,vetoed", [
    ("Does the card give complimentary railway lounge access?", True),  # a kind of lounge the documents never name
    ("Kya is card pe railway lounge milta hai?", True),
    ("Does the card give airport lounge access?", False),  # the documents' own lounge
    ("How many lounge visits do I get in a quarter?", False),  # no word joined to the feature
])
def test_a_feature_is_vetoed_for_a_qualifier_the_documents_never_use(query, vetoed):
    assert bool(_scope_veto(query, DOC_VOCAB | _vocab("visits quarter access complimentary"))) is vetoed


def test_a_devanagari_feature_word_is_known_through_the_glossary():
    glossary = {"लाउंज": ["lounge", "airport lounge"]}
    assert _scope_veto("क्या लाउंज की सुविधा है?", DOC_VOCAB, glossary) is None
    no_lounge = DOC_VOCAB - _vocab("lounge")
    assert _scope_veto("क्या लाउंज की सुविधा है?", no_lounge, glossary)  # the documents never mention lounges
    assert _scope_veto("Is there lounge access?", no_lounge, glossary)


@pytest.mark.parametrize("deva,english", [("कैशबैक", "cashback"), ("एमआरपी", "mrp"), ("स्पॉटिफाई", "spotify"), ("सरचार्ज", "surcharge"),
                                          ("वेरिफिकेशन", "verification"), ("अमेज़न", "amazon"), ("कंपनी", "company"),
                                          ("डिजिटल", "digital"), ("हेल्पलाइन", "helpline"), ("मर्चेंट", "merchant")])
def test_an_english_word_spelt_in_devanagari_has_its_skeleton(deva, english):
    from rag.translit import deva_skeleton, latin_skeleton

    assert deva_skeleton(deva) == latin_skeleton(english)


def test_devanagari_spellings_find_the_documents_english_words():
    from rag.translit import Transliterator

    t = Transliterator(["Times Prime Membership (MRP ₹1299)", "Spotify Premium 4 months", "A bill is sent monthly."])
    assert t.english("स्पॉटिफाई कितने महीने का है और एमआरपी क्या है?") == {"स्पॉटिफाई": ["spotify"], "एमआरपी": ["mrp"]}
    assert t.english("बिल कब आता है?") == {}  # two sounds: too short to match safely
    assert t.english("मौसम कैसा है?") == {}  # a Hindi word with no English twin


def test_a_hindi_question_spelling_a_document_word_finds_its_passage(tmp_path, hash_embedder, catalog):
    from ingest.pipeline import ingest
    from rag.loader import load_retriever

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "offers.md").write_text("# Offers\n\nZorbify Premium is free for 4 months.\n\n# Fees\n\nThe card has no joining fee.\n",
                                    encoding="utf-8")
    ingest([docs], tmp_path / "idx", hash_embedder, catalog, progress=False)
    r = load_retriever(tmp_path / "idx", "hybrid+rerank", embedder=hash_embedder, catalog=catalog)
    res = r.search("ज़ोर्बिफाई कितने महीने मिलता है?")
    assert "zorbify" in res.expansion and "Zorbify" in res.hits[0].chunk.text
    r.index.store.close()


def test_weighted_coverage_favours_the_passage_with_the_rare_word_asked_about():
    from rag.keyword import BM25Index
    from rag.text import tokenize
    from rag.types import Chunk

    chunks = [Chunk(chunk_id=f"c{i}", text=t, source="d.pdf", page=1, section="s") for i, t in enumerate([
        "The card is lifetime free: no joining fee and no annual fee on the card.",
        "Gaana Plus — Duration: 12 months",
        "The card can be used for free on the app.", "Card delivery takes a week.", "Card activation needs an OTP."])]
    bm = BM25Index(chunks)
    q = tokenize("is Gaana free with the card, for how many months?")
    # plain coverage ties them (two words each); weighted, the rare "gaana" wins over "card" and "free"
    assert bm.coverage(q, 0) == bm.coverage(q, 1)
    assert bm.weighted_coverage(q, 1) > bm.weighted_coverage(q, 0)


def test_warmed_pieces_are_not_embedded_again_and_score_the_same(tiny_retrievers, monkeypatch):
    ret = tiny_retrievers["hybrid+rerank"]
    texts = ["There is no joining fee.", "Keep your PAN card ready.", "There is no joining fee."]
    cold = ret.similarities("what does it cost", texts[:2])
    ret._pcache.clear()
    assert ret.warm(texts) == 2 and ret.warm(texts) == 0  # once each, and never again
    calls = []
    monkeypatch.setattr(ret.embedder, "embed_passages", lambda ts: calls.append(ts) or [])
    assert list(ret.similarities("what does it cost", texts[:2])) == list(cold) and calls == []


def test_a_loaded_build_has_its_passage_pieces_embedded_in_the_background(tiny_index):
    import time

    from assistant.answer import piece_texts
    from assistant.service import FunnelService
    from assistant.settings import Settings

    svc = FunnelService(Settings(index_dir=str(tiny_index), embedder="hash", provider="none", audit_log="", history_db=""))
    ret = svc.retriever
    want = set(piece_texts(ret.index))
    assert want and "There is no joining fee and no annual fee on the current offer." in want
    deadline = time.monotonic() + 30
    while not want <= set(ret._pcache) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert want <= set(ret._pcache)
    off = FunnelService(Settings(index_dir=str(tiny_index), embedder="hash", provider="none", audit_log="", history_db="",
                                 warm_pieces=False)).retriever
    time.sleep(0.3)
    assert not off._pcache
