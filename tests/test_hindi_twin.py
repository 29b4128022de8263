"""A Hindi reader's answer: English sentences that our Hindi guide states too come back in Hindi."""
from assistant.hindi_twin import retell
from domain.phrases import ANSWER_LEAD_HI_FROM_EN
from rag.types import Chunk


class _Index:  # what retell reads of rag.index.Index
    def __init__(self, chunks: list[Chunk]):
        self.chunks = chunks


def _index(*texts: str, language: str = "hi") -> _Index:
    return _Index([Chunk(chunk_id=f"h{i}", text=t, source="guide_hi.md", page=1, section="s", language=language)
                   for i, t in enumerate(texts)])


def _with(index: _Index, *english: str) -> _Index:
    return _Index(index.chunks + [Chunk(chunk_id=f"e{i}", text=t, source="d.pdf", page=2, section="s") for i, t in enumerate(english)])


GUIDE = _index("₹2,500 से ज़्यादा की बिल राशि को 1.33% मासिक ब्याज पर 3, 6, 9 या 12 महीने की EMI में बदला जा सकता है। "
               "Amazon पर 10% कैशबैक मिलता है, हर बिलिंग साइकिल में ज़्यादा से ज़्यादा ₹1,500।",
               "मंज़ूरी के अगले कामकाजी दिन कार्ड भेजा जाता है और 5 से 7 दिन में पहुँच जाता है।")


def test_an_english_sentence_with_the_same_numbers_and_names_is_said_in_hindi():
    answer = ANSWER_LEAD_HI_FROM_EN + ("Billed amounts above ₹2,500 can be converted into EMIs at 1.33% per month for 3, 6, 9 or 12 "
                                       "months. Delivery takes 5–7 days.")
    out = retell(GUIDE, answer)
    assert out.startswith(ANSWER_LEAD_HI_FROM_EN)
    assert "मासिक ब्याज" in out and "5 से 7 दिन" in out and "Billed" not in out and "Delivery" not in out


def test_a_sentence_is_kept_when_the_guide_lacks_a_number_or_a_name_of_it():
    # a number the guide's sentence does not hold: another fact, kept in English
    assert retell(GUIDE, "Amazon gives 10% cashback, capped at ₹2,000.") == "Amazon gives 10% cashback, capped at ₹2,000."
    # the same numbers with another name (one the documents capitalise inside sentences): another merchant
    shops = _with(GUIDE, "Cashback applies on Amazon, Flipkart and Myntra.")
    assert "Flipkart" in retell(shops, "Flipkart gives 10% cashback, capped at ₹1,500 a cycle.")
    assert "कैशबैक" in retell(shops, "Amazon gives 10% cashback, capped at ₹1,500 a cycle.")
    # one number and no name is too little to tell two facts apart
    assert retell(GUIDE, "The card arrives in 7 days.") == "The card arrives in 7 days."
    # no number at all: nothing to check across the two languages
    assert retell(GUIDE, "The card is lifetime free.") == "The card is lifetime free."


def test_nothing_changes_without_hindi_in_the_index():
    answer = "Billed amounts above ₹2,500 can be converted into EMIs at 1.33% per month."
    assert retell(_index("Billed amounts above ₹2,500 at 1.33%.", language="en"), answer) == answer


def test_a_sentence_said_twice_is_said_once():
    out = retell(GUIDE, "Delivery takes 5–7 days. Your card reaches you in 5 to 7 days.")
    assert out.count("5 से 7 दिन") == 1


def test_with_the_embedder_a_sentence_without_enough_numbers_is_said_in_hindi_when_as_close_as_a_translation():
    import numpy as np

    guide = _index("मौजूदा ऑफ़र में कार्ड लाइफ़टाइम फ़्री है: न जॉइनिंग फीस, न सालाना फीस।",
                   "क्या इस कार्ड पर कोई सालाना फीस है?", "कार्ड 7 दिन में पहुँचता है।")
    meaning = {("The card is lifetime free.", "मौजूदा ऑफ़र में कार्ड लाइफ़टाइम फ़्री है: न जॉइनिंग फीस, न सालाना फीस।"): 0.93}
    asked = []

    def similarity(text, texts):
        asked.append(list(texts))
        return np.array([meaning.get((text, t), 0.88) for t in texts])

    assert retell(guide, "The card is lifetime free.", similarity).startswith("मौजूदा ऑफ़र में")
    assert all(not t.endswith("?") for t in asked[0])  # a FAQ's question never stands for an answer
    assert asked[0] == [guide.chunks[0].text]  # only sentences with exactly its numbers (none) are compared
    # as close as another sentence of the topic (0.88): kept in English
    assert retell(guide, "There is no fee for the physical card.", similarity) == "There is no fee for the physical card."
    # its number decides which Hindi sentences can say it
    assert retell(guide, "The card arrives in 9 days.", similarity) == "The card arrives in 9 days."
