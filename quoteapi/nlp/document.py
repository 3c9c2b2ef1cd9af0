"""The analysed document: every layer as spans over the one input string.

Built once per call by :func:`analyse`; nothing here outlives the call.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from . import quotes as quote_marks
from . import segment
from .segment import Span

# Markup that some feeds leave in article text (<tweet author="...">): marks inside it are not quotes.
_TAG = re.compile(r"<[^<>\n]{0,500}>")


@dataclass
class Paragraph:
    index: int
    span: Span
    sentences: list[Span]
    tokens: list[Span]
    token_sentence: list[int]      # sentence index (within the paragraph) of each token
    token_quote: list[int]         # index into Document.quotes of the quote holding the token, or -1
    words: list[str]               # text[start:end] of each token (derived once, never re-found)
    lower: list[str]               # the same, lower-cased
    quote_tokens: dict[int, tuple[int, int]] = field(default_factory=dict)  # quote -> (first, last) token


@dataclass
class Document:
    text: str
    paragraphs: list[Paragraph]
    quotes: list[quote_marks.Quote]
    masked: list[Span] = field(default_factory=list)
    headings: list[bool] | None = None
    double_marks: bool | None = None

    def is_heading(self, p: int) -> bool:
        """Why: the first line of an article is its headline when the body follows it, and a short
        title-case paragraph inside the body is a subhead; neither is a place for attribution."""
        if self.headings is None:
            self.headings = [self._heading(k) for k in range(len(self.paragraphs))]
        return self.headings[p]

    def quotes_in_double_marks(self) -> bool:
        """Whether the copy quotes with double marks: at least twice as many double-quoted quotes as
        single-quoted ones ('' counts as double). Counted once per document."""
        if self.double_marks is None:
            singles = sum(1 for q in self.quotes if q.level == quote_marks.SINGLE
                          and not self.text.startswith("''", q.open))
            self.double_marks = len(self.quotes) - singles >= 2 * singles
        return self.double_marks

    def _heading(self, p: int) -> bool:
        if len(self.paragraphs) < 2:
            return False
        para = self.paragraphs[p]
        if para.span[1] - para.span[0] > 400:
            return False
        if len(para.sentences) > 1:
            return False  # (both tests below want one sentence: the cheap test first, before the words)
        chunk = self.text[para.span[0]:para.span[1]]
        if p == 0:
            words = WORD.findall(chunk)
            if len(chunk) <= 200 and not chunk.endswith(":") and (
                    chunk[-1:] not in ".!?\"”’'" or title_case(words)):
                return True
        else:  # (only ten words can make a heading below the first paragraph: read no further than the 11th)
            words = [m.group() for m in itertools.islice(WORD.finditer(chunk), 11)]
        # (a paragraph that is one quoted sentence ending in a period is a quoted answer: "Yes, it is.")
        return len(words) <= 10 and title_case(words) \
            and not (chunk[:1] in "\"“" and chunk[-2:] in ('."', '.”'))


# A word: letters and digits, with inner hyphens and apostrophes ("Yong-hyun", "O'Neill").
# (The group is possessive, the same match for less work: nothing after it can make it give back.)
WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*+")
# Dash tokens: before a byline ('"…" ― Steve Quinlan') and after a dateline ('LONDON — …').
DASHES = frozenset("– — - -- ―".split())
_SMALL = frozenset("a an the and or but nor yet so of in on at to for by with from into onto upon as vs via "
                   "if up off per than is it".split())


def title_case(words: list[str]) -> bool:
    """Every content word capitalised ("Mayor 'The Builder' Could Fix Harbor Bridge")."""
    if not words or not words[0][:1].isupper():
        return False
    content = False  # a title has some word that is not a small one
    for w in words:
        if w.lower() not in _SMALL:
            if not (w[:1].isupper() or w[:1].isdigit()):
                return False
            content = True
    return content


def _mask_markup(text: str) -> tuple[str, list[Span]]:
    """Blank out markup tags (same length, so offsets hold) before looking for quote marks."""
    spans = [m.span() for m in _TAG.finditer(text)]
    if not spans:
        return text, spans
    chars = list(text)
    for s, e in spans:
        chars[s:e] = " " * (e - s)
    return "".join(chars), spans


def analyse(text: str) -> Document:
    paras = segment.paragraphs(text)
    scan, masked = _mask_markup(text)
    found = quote_marks.detect(scan, paras)
    opens = [q.open for q in found]
    paragraphs = []
    for p, span in enumerate(paras):
        sents = segment.sentences(text, span)
        toks = segment.tokens(scan, span)
        starts = [s for s, _ in toks]
        words = [text[s:e] for s, e in toks]
        token_quote, quote_tokens = _token_quotes(starts, found, opens, span)
        paragraphs.append(Paragraph(p, span, sents, toks, _token_sentences(starts, sents), token_quote, words,
                                    [w.lower() for w in words], quote_tokens))
    return Document(text, paragraphs, found, masked)


def _token_sentences(starts: list[int], sents: list[Span]) -> list[int]:
    """Sentence index of each token (by its start), filled a sentence at a time."""
    out: list[int] = []
    lo = 0
    for k in range(len(sents) - 1):
        hi = bisect.bisect_left(starts, sents[k + 1][0], lo)
        out += [k] * (hi - lo)
        lo = hi
    out += [max(0, len(sents) - 1)] * (len(starts) - lo)
    return out


def _token_quotes(starts: list[int], found: list[quote_marks.Quote], opens: list[int],
                  span: Span) -> tuple[list[int], dict[int, tuple[int, int]]]:
    """Index of the quote holding each token (its marks included), or -1; and each quote's first
    and last token. Filled a quote at a time."""
    n = len(starts)
    out = [-1] * n
    ranges: dict[int, tuple[int, int]] = {}
    b, last_close = 0, span[0]  # the first token after the last quote, and where that quote closed
    for k in range(bisect.bisect_left(opens, span[0]), bisect.bisect_left(opens, span[1])):
        q = found[k]
        # tokens start at distinct characters, so a stretch of text holds at most as many token starts
        # as characters: bisect that window, not the whole paragraph (dense quotes are a few apart)
        hi = b + q.open - last_close
        a = bisect.bisect_left(starts, q.open, b, hi if hi < n else n)
        hi = a + q.close - q.open
        b = bisect.bisect_left(starts, q.close, a, hi if hi < n else n)
        last_close = q.close
        if b > a:
            out[a:b] = [k] * (b - a)
            ranges[k] = (a, b - 1)
    return out, ranges
