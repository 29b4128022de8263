"""Folding text for PII detection, with a map back to the original offsets.

What a person reads as the same number becomes the same ASCII digits, so ``pii`` can run plain
ASCII patterns and still mask exactly the span the user typed:

- NFKC, one code point at a time: full-width ``９８７６``/``ＡＢＣＤＥ`` → ASCII; no-break, thin and
  ideographic spaces → a space. Any Unicode decimal digit (Devanagari ``०-९``, Bengali, Arabic-Indic …)
  → its ASCII digit. Dashes (``– — ‐ ‑ −``) → ``-``; middle dots and bullets (``· • ∙ ・``) → ``·``.
- Invisible format characters (category Cf: zero-width space/joiners, word joiner, BOM, soft hyphen,
  direction marks) are removed. Escapes of non-ASCII characters (``\\u200b``, ``\\xa0``, ``\\u0968``),
  which a ``repr()`` or ``json.dumps`` of the value leaves in an error message, are decoded first.
- Digits spelled out, in a run with another digit or number word: English (zero/oh … nine),
  Hinglish (shunya, ek, do, teen, char, paanch, chhe, saat, aath, nau), Hindi (शून्य, एक, दो, तीन,
  चार, पांच/पाँच, छह/छः, सात, आठ, नौ); ``double``/``triple`` (डबल/ट्रिपल) repeat the next digit.
  A lone number word ("one of", "do you") is left alone.

Two passes (invisibles and escapes, then spelled digits) each keep a map from their output back to
their input; ``Folded.span`` turns a folded span into the original one.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

__all__ = ["Folded", "fold", "GAP"]

_GONE = "\x00"  # what a removed (invisible) character folds to before the removal pass
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
_DOTS = frozenset("\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff65\u0387")
# Separators a person puts between the digits of one number (after folding).
GAP = r"(?:[ \t]{1,2}|[ \t]{0,2}[.\-/_,·][ \t]{0,2})"


def _fold_char(c: str) -> str:
    if c in _DASHES:
        return "-"
    if c in _DOTS:
        return "·"
    if c == _GONE or unicodedata.category(c) == "Cf":
        return _GONE
    d = unicodedata.decimal(c, None)
    if d is not None:
        return str(d)
    n = unicodedata.normalize("NFKC", c)
    if len(n) != 1 or n == c:
        return c
    return _fold_char(n)


class _Table(dict):
    """``str.translate`` table filled on first sight of each code point (dict lookups after that)."""

    def __missing__(self, o: int) -> str:
        r = self[o] = _fold_char(chr(o))
        return r


_TABLE = _Table()

_WORDS = {
    0: "zero oh shunya shoonya sunya sifar शून्य जीरो ज़ीरो ज़ीरो",
    1: "one ek एक", 2: "two do दो", 3: "three teen तीन", 4: "four char chaar चार",
    5: "five paanch panch paach पांच पाँच", 6: "six chhe chhah chah chheh छह छः छ: छे",
    7: "seven saat सात", 8: "eight aath आठ", 9: "nine nau नौ",
}
_DIGIT_OF = {w.lower(): str(d) for d, ws in _WORDS.items() for w in ws.split()}
_TIMES = {"double": 2, "triple": 3, "डबल": 2, "ट्रिपल": 3}


def _word_re(words, letters: str) -> re.Pattern:
    alt = lambda ws: "|".join(sorted(map(re.escape, ws), key=len, reverse=True))  # noqa: E731
    return re.compile(rf"(?<![{letters}])(?:(?P<times>{alt(w for w in _TIMES if w in words)})[ \t-]{{0,2}})?"
                      rf"(?P<d>{alt(w for w in _DIGIT_OF if w in words)})(?![{letters}])")


_LETTERS = r"A-Za-z\u0900-\u097F"
_ASCII_WORDS = {w for w in [*_DIGIT_OF, *_TIMES] if w.isascii()}
_WORD_EN = _word_re(_ASCII_WORDS, _LETTERS)  # run on lower-cased text: faster than IGNORECASE
_WORD_HI = _word_re({w for w in [*_DIGIT_OF, *_TIMES] if not w.isascii()}, _LETTERS)
_DEVANAGARI = re.compile(r"[\u0900-\u097F]")
# Code points that fold to something else: all but ASCII and Devanagari letters and signs (fast scan).
_ODD = re.compile(r"[^\x00-\x7f\u0900-\u0965\u0970-\u097f]")
_GAP_FULL = re.compile(GAP + "?")
_DIGIT_AFTER = re.compile(GAP + r"?[0-9]")
_DIGIT_BEFORE = re.compile(r"[0-9]" + GAP + r"?\Z")
_ESCAPE = re.compile(r"\\(?:x([89a-fA-F][0-9a-fA-F])|u(?!00[0-7])([0-9a-fA-F]{4}))")


class _Edits:
    """One pass of replacements: maps its output offsets back to its input offsets."""

    __slots__ = ("_at", "_orig")

    def __init__(self, at: list[int], orig: list[tuple[int, int]]):
        self._at = at  # output offset where each segment starts
        self._orig = orig  # per segment: (input start, input end) for a replacement, (start, -1) for a copy

    def replaced(self, i: int) -> bool:
        """Whether output offset ``i`` is part of a replacement (not a copied character)."""
        return self._orig[bisect_right(self._at, i) - 1][1] >= 0

    def span(self, s: int, e: int) -> tuple[int, int]:
        i = bisect_right(self._at, s) - 1
        os_, oe = self._orig[i]
        start = os_ + (s - self._at[i]) if oe < 0 else os_
        j = bisect_right(self._at, e - 1) - 1
        os_, oe = self._orig[j]
        end = os_ + (e - self._at[j]) if oe < 0 else oe
        return start, end


def _apply(t: str, edits: list[tuple[int, int, str]]) -> tuple[str, _Edits]:
    edits.sort()
    parts: list[str] = []
    at: list[int] = []
    orig: list[tuple[int, int]] = []
    n = pos = 0
    for s, e, rep in edits:
        if s < pos:
            continue
        if s > pos:
            at.append(n), orig.append((pos, -1)), parts.append(t[pos:s])
            n += s - pos
        if rep:
            at.append(n), orig.append((s, e)), parts.append(rep)
            n += len(rep)
        pos = e
    at.append(n), orig.append((pos, -1)), parts.append(t[pos:])
    return "".join(parts), _Edits(at, orig)


class Folded:
    """The folded text and the passes that made it, to map a span back to the original."""

    __slots__ = ("text", "_passes", "_spelled")

    def __init__(self, text: str, passes: list[_Edits], spelled: _Edits | None = None):
        self.text = text
        self._passes = passes
        self._spelled = spelled

    def spelled(self, i: int) -> bool:
        """Whether folded ``text[i]`` stands for a spelled-out digit ("nine", "दो")."""
        return self._spelled is not None and self._spelled.replaced(i)

    def span(self, s: int, e: int) -> tuple[int, int]:
        """The original span of folded ``text[s:e]`` (e > s)."""
        for p in reversed(self._passes):
            s, e = p.span(s, e)
        return s, e


def _spelled(t: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) for each number word in a run with another number word or a digit."""
    low = t.lower()
    words = list(_WORD_EN.finditer(low if len(low) == len(t) else t))
    if _DEVANAGARI.search(t):
        words = sorted(words + list(_WORD_HI.finditer(t)), key=lambda m: m.start())
    if not words:
        return []
    spans = [m.span() for m in words]
    # linked[k]: word k and word k+1 are one run ("nine eight", "ek-do")
    linked = [_GAP_FULL.fullmatch(t, a[1], b[0]) is not None for a, b in zip(spans, spans[1:])] + [False]
    out = []
    for k, (s, e) in enumerate(spans):
        if (linked[k] or (k and linked[k - 1]) or _DIGIT_AFTER.match(t, e) is not None
                or _DIGIT_BEFORE.search(t, max(0, s - 6), s) is not None):
            d, times = words[k].group("d", "times")
            out.append((s, e, " ".join(_DIGIT_OF[d] * _TIMES.get(times or "", 1))))
    return out


def _invisible(t: str) -> list[tuple[int, int, str]]:
    """Removed characters, and escapes (``\\u200b``, ``\\xa0``, ``\\u0968``) decoded and folded."""
    out = [(m.start(), m.end(), "") for m in re.finditer(_GONE, t)] if _GONE in t else []
    if "\\" in t:
        for m in _ESCAPE.finditer(t):
            r = chr(int(m.group(1) or m.group(2), 16)).translate(_TABLE)
            out.append((m.start(), m.end(), "" if r == _GONE else r))
    return out


def fold(text: str) -> Folded:
    t = text if text.isascii() else _ODD.sub(lambda m: _TABLE[ord(m.group())], text)
    passes: list[_Edits] = []
    edits = _invisible(t)
    if edits:
        t, p = _apply(t, edits)
        passes.append(p)
    edits = _spelled(t)  # spelled words are read once escapes are decoded
    if edits:
        t, p = _apply(t, edits)
        passes.append(p)
        return Folded(t, passes, p)
    return Folded(t, passes)
