"""Quote kinds: ``direct``, ``mixed``, or ``non_quote`` (quoted text that is not a quotation).

A non-quote carries a reason: ``title`` (of a work), ``nickname``, ``scare`` (scare quotes with no
speaker) or ``headline`` (headlines and subheads paraphrase; the body carries the quotation).
"""
from __future__ import annotations

import re

from .document import Document
from .quotes import SINGLE, Quote
from .sieves import Attribution

DIRECT, MIXED, NON_QUOTE = "direct", "mixed", "non_quote"

_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_SMALL = frozenset("a an the and or but nor of in on at to for by with from as vs via is it".split())
_TITLE_BEFORE = frozenset("on titled entitled dubbed book film movie show documentary program programme series "
                          "album song novel article column op-ed editorial episode segment podcast play "
                          "report memo headline slogan hashtag".split())
_SCARE_BEFORE = ("so-called", "so called", "quote-unquote", "what some call", "what he calls", "what she calls")
_STRONG_SIEVES = frozenset({"trailing_cue", "leading_cue", "according_to", "colon_lead_in"})


def _title_case(words: list[str]) -> bool:
    content = [w for w in words if w.lower() not in _SMALL]
    return bool(content) and words[0][:1].isupper() and all(w[:1].isupper() or w[:1].isdigit() for w in content)


def classify(doc: Document, q: Quote, attribution: Attribution | None) -> tuple[str, str | None]:
    text = doc.text
    inner = text[q.start:q.end]
    words = _WORD.findall(inner)
    para = doc.paragraphs[q.para]
    before = text[para.span[0]:q.open].rstrip()
    after = text[q.close:para.span[1]].lstrip()
    prev_word = (_WORD.findall(before[-40:]) or [""])[-1].lower()
    sieve = attribution.sieve if attribution else None

    if _is_heading(doc, q.para) or (q.para == 0 and q.level == SINGLE and len(doc.paragraphs) > 1
                                     and para.span[1] - para.span[0] <= 200):
        return NON_QUOTE, "headline"  # headlines quote with single marks; the body has the quote
    if not words:
        return NON_QUOTE, "scare"
    # Robert C. "Bobby" Scott: a short quote between two parts of a name
    if len(words) <= 3 and before[-1:].isalpha() and before.split()[-1][:1].isupper() and after[:1].isupper() \
            and not before.endswith((".", ",")):
        return NON_QUOTE, "nickname"
    if sieve not in _STRONG_SIEVES and len(words) <= 10 and _title_case(words) and (
            prev_word in _TITLE_BEFORE or before.endswith(("'s", "’s")) or not before):
        return NON_QUOTE, "title"
    if before.lower().endswith(_SCARE_BEFORE):
        return NON_QUOTE, "scare"
    if len(words) <= 3 and (attribution is None or attribution.mention is None
                            or sieve == "nearest_mention"):
        return NON_QUOTE, "scare"
    if not before or before[-1] in ":,.!?;—–-(\"”“'’" or prev_word == "":
        return DIRECT, None
    return MIXED, None


def _is_heading(doc: Document, p: int) -> bool:
    """Why: the first line of an article is its headline when the body follows it, and a short
    title-case paragraph inside the body is a subhead; neither is a place for attribution."""
    if len(doc.paragraphs) < 2:
        return False
    s, e = doc.paragraphs[p].span
    chunk = doc.text[s:e]
    words = _WORD.findall(chunk)
    if p == 0 and len(chunk) <= 200 and len(doc.paragraphs[0].sentences) <= 1 and not chunk.endswith(":") and (
            chunk[-1:] not in ".!?\"”’'" or _title_case(words)):
        return True
    return len(words) <= 10 and _title_case(words) and len(doc.paragraphs[p].sentences) <= 1
