"""Out-of-scope vetoes: what a similarity score cannot see.

"What is the annual fee of the SBI SimplyCLICK card?" and "What is the late payment fee?" sit very
close to our own fee FAQ in embedding space, so the calibrated confidence says "answerable" and the
assistant would reply "no joining or annual fee" — an answer about the wrong card, or one that reads
as "there is no late fee". Two checks against the indexed vocabulary catch them:

- the question names a bank or card brand, or a card feature (lounge, insurance, add-on card…), from
  data/funnel/scope.yaml that the documents never mention;
- the question asks about money (fee, charge, interest…) and a Latin-script content word that
  qualifies the price word is one the documents never use and the glossary does not translate
  ("late payment fee", "forex markup", "car loan interest", "fee for card replacement"). A
  qualifier stands before the price word in English, Hindi and Hinglish alike ("ATM withdrawal
  charge", "एटीएम निकासी शुल्क", "cash withdrawal ka charge"), or after it behind "for/on/of/per";
  the words after it otherwise are the rest of the question ("fee kitni lagti hai", "fee do I
  pay"), not what is charged.
- a Devanagari feature word ("लाउंज") is known when the glossary's English for it is.
- a compound with a price word ("interest-free period") is qualified by the words it joins.

Both look only at words the index has seen, so they adapt to whatever documents are ingested: a
partner brand the product PDF names is not vetoed. Devanagari words are not tested by the second
check: our Hindi coverage is a guide, not a translation of every document word, and a false veto
would silence a good Hindi answer.
"""
from __future__ import annotations

import re

from rag.text import DEVANAGARI_RE, TOKEN_RE, normalize, stem, term_re, tokenize

VETO_CONFIDENCE = 0.05  # well under any threshold: the caller answers with the fallback sentence
WINDOW = 2  # words before a price word (or after its "for/on/of/per") that may name what is charged
QUALIFIER_PREPOSITIONS = {"for", "on", "of", "per"}
DETERMINERS = {"a", "an", "the", "my", "your", "this", "that", "each", "every", "any", "its", "their"}
# Hindi and Hinglish function words that search keeps as words (rag/text.STOPWORDS holds the commonest) but that
# name no thing charged: relatives and interrogatives ("jo", "kisi", "जिसमें"), postpositions of time and place
# ("tak", "baad", "पहले"), conjunctions and intensifiers ("lekin", "bahut"). Beside a price word they end the
# qualifier, as a stopword does ("late payment ke baad charge": nothing called "baad" is charged). Only here:
# as search stopwords they moved answers both ways (+8 / -7 of ~2,500).
LINK_WORDS = set("""तक बाद पहले साथ जैसे ऐसे वैसे क्योंकि लेकिन मगर सिर्फ़ सिर्फ बस बहुत फिर कभी जब तब अब अगर यहाँ वहाँ
यहां वहां किसी किसे किसको किसका किसके किसकी जिस जिसे जिसमें जिसका जिसके जिसकी जिन जिन्हें जिनका जिनके जिनकी हुआ हुई हुए
सकता सकती सकते वाला वाली वाले jo jis jise jisme jiska jiske jiski jin jinhe jinko jinka jinke jinki kis kisi kise kisko
kiska kiske kiski tak baad pehle pahle phle saath sath waise vaise jaise aise aisa waisa jaisa kyunki kyonki lekin magar
sirf bas bahut bohot bhut phir fir kabhi yahan wahan idhar udhar kuchh hue huye""".split())


class Scope:
    def __init__(self, brands: list[str] | None = None, price_words: list[str] | None = None, features: list[str] | None = None,
                 generic: list[str] | None = None, glossary: dict[str, list[str]] | None = None):
        self._brands = _patterns(brands)
        self._features = _patterns(features)
        self._generic = {stem(w) for w in (generic or [])}
        self._price = {normalize(w).strip() for w in price_words or [] if w}
        self._price_stems = {stem(w) for w in self._price if not DEVANAGARI_RE.match(w)} | self._price
        self._english = {normalize(k).strip(): v for k, v in (glossary or {}).items()}
        # one-word features (lounge, insurance) are qualified like price words: "airport lounge" is not
        # the "railway lounge" a document offers
        self._feature_words = {n for n, _ in self._features if " " not in n and "-" not in n and not DEVANAGARI_RE.search(n)}

    @classmethod
    def from_catalog(cls, catalog) -> "Scope | None":
        terms = getattr(catalog, "scope", None) or {}
        return cls(terms.get("brands"), terms.get("price_words"), terms.get("features"), terms.get("generic"),
                   getattr(catalog, "glossary", None)) if terms else None

    def veto(self, query: str, tokens: list[str], glossed: set[str], vocab: set[str]) -> str | None:
        """Why the indexed documents cannot answer `query`, or None."""
        q = normalize(query)
        for brand, pat in self._brands:
            if pat.search(q) and not _known(brand, vocab):
                return f"the question names {brand!r}, which the indexed documents never mention"
        for feature, pat in self._features:
            if pat.search(q) and not self._feature_known(feature, vocab):
                return f"the question asks about {feature!r}, which the indexed documents never mention"
        words = TOKEN_RE.findall(q)
        # raw words, not stems: "interested" must not read as "interest"
        if any(w in self._price for w in words):
            # only the words next to the price word qualify it ("late payment fee", "car loan
            # interest"); an unknown verb elsewhere ("turn a purchase into EMI") does not
            if word := self._unknown(words, tokens, self._qualifiers(q), glossed, vocab):
                return f"the question asks about a charge for {word!r}, which the indexed documents never mention"
        for head in self._feature_words.intersection(words):
            if word := self._unknown(words, tokens, self._qualifiers(q, {head}), glossed, vocab):
                return f"the question asks about {word} {head!r}, which the indexed documents never mention"
        return None

    def _unknown(self, words: list[str], tokens: list[str], near: set[str], glossed: set[str], vocab: set[str]) -> str | None:
        """The first word among `near` (stems) that the documents never use and the glossary does not
        translate; a typo of a known word is not one."""
        unknown = [t for t in tokens if t in near and t not in vocab and t not in glossed and t not in self._price_stems
                   and t not in self._generic and not t[0].isdigit() and not DEVANAGARI_RE.match(t) and len(t) > 2
                   and not _typo_of_known(t, vocab)]
        return next((w for w in words if stem(w) == unknown[0]), unknown[0]) if unknown else None


    def _feature_known(self, feature: str, vocab: set[str]) -> bool:
        if not DEVANAGARI_RE.search(feature):
            return _known(feature, vocab)
        english = self._english.get(feature)
        # the glossary's first English term is the word itself ("इंश्योरेंस" → insurance); later ones
        # are looser ("cover") and would make nearly any document look like it mentions it
        return bool(english) and _known(english[0], vocab)

    def _qualifiers(self, q: str, heads: set[str] | None = None) -> set[str]:
        """Content words (stems) that may name what a price word in `q` charges for (or, with `heads`,
        which kind of those features is asked about)."""
        words = TOKEN_RE.findall(q)
        out: set[str] = set()
        for i, w in enumerate(words):
            if (w not in heads) if heads is not None else (w not in self._price and stem(w) not in self._price_stems):
                continue
            # a qualifier is joined to the price word ("late payment fee", "fee for card replacement"): a
            # stopword in between ends it ("adjust karwane ka koi charge", "for paying at a shop")
            # a feature's kind is the one word before it ("airport lounge", "accident insurance"); two would
            # reach the verb ("give lounge access")
            window = 1 if heads is not None else WINDOW
            before = _contiguous(reversed(words[max(0, i - window):i]))
            after: list[str] = []
            if i + 1 < len(words) and words[i + 1] in QUALIFIER_PREPOSITIONS:
                rest = words[i + 2:i + 6]
                while rest and rest[0] in DETERMINERS:  # "rate on a car loan": the article opens the qualifier
                    rest = rest[1:]
                after = _contiguous(rest[:window])
            out.update(before + after)
        if heads is not None:
            return out
        # a compound with the price word names what it is about: "interest-free period"
        for m in re.finditer(r"\b([^\W\d_]+)-([^\W\d_]+)((?:\s+[^\W\d_]+){0,2})", q):
            if {m.group(1), m.group(2)} & self._price:
                out.update(tokenize(" ".join(m.groups(""))))
        return out


def _contiguous(words) -> list[str]:
    """The stems of the words up to the first stopword or linking word."""
    out: list[str] = []
    for w in words:
        toks = tokenize(w) if w not in LINK_WORDS else []
        if not toks:
            break
        out += toks
    return out


def _patterns(terms: list[str] | None) -> list[tuple[str, re.Pattern]]:
    names = sorted({normalize(t).strip() for t in terms or [] if t and t.strip()}, key=len, reverse=True)
    return [(n, term_re(n)) for n in names]


def _known(term: str, vocab: set[str]) -> bool:
    """Every content word of the term occurs in the indexed documents."""
    toks = tokenize(term) or tokenize(term, keep_stopwords=True)
    return all(t in vocab for t in toks)


def _typo_of_known(token: str, vocab: set[str]) -> bool:
    """One edit away from a word the documents use ("intrest" → "interest"): a typo, not a new charge."""
    if len(token) < 5:
        return False
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(token[:i], token[i:]) for i in range(len(token) + 1)]
    edits = ({a + b[1:] for a, b in splits if b} | {a + c + b for a, b in splits for c in letters}
             | {a + c + b[1:] for a, b in splits if b for c in letters}
             | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1})
    return any(stem(e) in vocab or e in vocab for e in edits)
