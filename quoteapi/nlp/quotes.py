"""Quote detection on raw characters.

Each quote mark is classified by the characters around it (CoreNLP-style open→close table, plus
context for the ambiguous straight marks and apostrophes), then paired with a stack per paragraph.
Unbalanced marks are dropped at the paragraph end; a quote left open at a paragraph end whose next
paragraph reopens with a quote mark continues there (the newspaper convention for long quotes).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from .segment import Span

OPEN, CLOSE, EITHER = "open", "close", "either"
INCH = "inch"  # the style of a '' after a digit: an inch mark unless a '' quote is open
DOUBLE, SINGLE = "double", "single"

# mark -> (level, role, style). Style tells nested quotes of another style apart.
_MARKS = {
    "“": (DOUBLE, OPEN, "curly"),
    "”": (DOUBLE, CLOSE, "curly"),
    "„": (DOUBLE, OPEN, "curly"),
    "‟": (DOUBLE, OPEN, "curly"),
    "«": (DOUBLE, OPEN, "guillemet"),
    "»": (DOUBLE, CLOSE, "guillemet"),
    "‹": (SINGLE, OPEN, "guillemet"),
    "›": (SINGLE, CLOSE, "guillemet"),
    "‘": (SINGLE, OPEN, "curly"),
    "’": (SINGLE, CLOSE, "curly"),
    "\"": (DOUBLE, EITHER, "straight"),
    "'": (SINGLE, EITHER, "straight"),
}
MARK_CHARS = frozenset(_MARKS) | {"`"}
_OPEN_BEFORE = frozenset("([{<—–-/") | {"“", "‘", "\"", "'", "«", "‹", "„", "`"}
_CLOSE_AFTER = frozenset(".,;:!?)]}>—–-…/") | {"”", "’", "\"", "'", "»", "›", "“"}  # "’“": a close, then an open
# Elisions that start with an apostrophe: 'em, 'n', 'til, 'cause, 'tis, 'twas (and '90s, below).
_ELISIONS = ("em ", "n ", "n’", "n'", "til", "cause", "tis", "twas")


# Deeper nesting than this does not occur in prose; older unclosed marks are dropped as strays.
_MAX_OPEN = 8


class Quote(NamedTuple):
    start: int          # first character inside the marks
    end: int            # one past the last character inside the marks
    open: int           # position of the opening mark
    close: int          # one past the closing mark (the paragraph end when unclosed)
    para: int           # paragraph index
    level: str          # DOUBLE or SINGLE
    chain: int          # quotes running over several paragraphs share a chain id
    closed: bool        # False when the paragraph ended before a closing mark


@dataclass(slots=True)
class _Mark:  # a slotted class: built for every mark, and a NamedTuple is costlier to build
    start: int
    end: int
    level: str
    role: str
    style: str


def _is_space(ch: str | None) -> bool:
    return ch is None or ch.isspace()


def _classify(text: str, i: int, lo: int, hi: int) -> _Mark | None:
    """Role of the mark at ``i`` inside paragraph ``[lo, hi)``; None for an apostrophe."""
    ch = text[i]
    nxt = text[i + 1] if i + 1 < hi else None
    prev = text[i - 1] if i > lo else None
    # Two-character marks: ``...'' (TeX, some wires) and ''...'' (NYT archives).
    if ch == "`":
        if nxt == "`":
            return _Mark(i, i + 2, DOUBLE, OPEN, "straight")
        return _Mark(i, i + 1, SINGLE, OPEN, "straight") if _is_space(prev) else None
    if ch == "'" and nxt == "'":
        if prev is not None and prev.isdigit():
            return _Mark(i, i + 2, DOUBLE, CLOSE, INCH)  # "6'' of snow", or the end of ''400''
        return _Mark(i, i + 2, DOUBLE, EITHER, "straight")
    if ch == "'" and prev == "'":
        return None  # second half of a '' pair, consumed with the first
    level, role, style = _MARKS[ch]
    can_open = prev is None or prev in _OPEN_BEFORE or prev.isspace()
    can_close = nxt is None or nxt in _CLOSE_AFTER or nxt.isspace()
    if level == SINGLE and ch in "'’‘":
        return _single(text, i, hi, ch, prev, nxt, can_open, can_close)
    if role == EITHER:
        if can_open and not can_close:
            role = OPEN
        elif can_close and not can_open:
            role = CLOSE
    elif role == OPEN and can_close and not can_open:
        role = EITHER  # "percent.“" : an opening mark used to close
    elif role == CLOSE and can_open and not can_close:
        role = EITHER  # " ”Hello" : a closing mark used to open
    return _Mark(i, i + 1, level, role, style)


def _single(text, i, hi, ch, prev, nxt, can_open, can_close) -> _Mark | None:
    """Single marks are quotes only at word edges; inside words (don't) or before elisions
    ('90s, rock 'n' roll) they are apostrophes."""
    if prev is not None and nxt is not None and prev.isalnum() and nxt.isalnum():
        return None  # don't, O'Neill
    if prev == "n" and text[i - 2:i] in ("'n", "’n", "‘n") and (i < 3 or text[i - 3].isspace()):
        return None  # the second mark of rock 'n' roll
    if can_open and nxt is not None and not nxt.isspace():
        rest = text[i + 1:i + 7].lower()
        # both year patterns start with a digit: a cheap test first
        if rest.startswith(_ELISIONS) or rest[:1].isdecimal() and (_DECADE.match(rest) or (
                _ABBREVIATED_YEAR.match(rest) and (ch != "‘" or _year_word_before(text, i)))):
            return None  # '90s, the class of '08, in ‘08; but ‘2016 was…’, '100 people…', ‘14 years…’ open quotes
        return _Mark(i, i + 1, SINGLE, OPEN, "curly" if ch != "'" else "straight")
    if can_close and prev is not None and not prev.isspace():
        if text[i + 1:i + 2] in (",", ".") and text[i + 2:i + 3] == ch:
            return None  # "the taxpayers’,’ he said": the first mark is the possessive
        return _Mark(i, i + 1, SINGLE, CLOSE, "curly" if ch != "'" else "straight")
    return None


# A year cut to two digits after an apostrophe: '90s, '08. Autocorrect turns ’08 into ‘08, an
# opener by rights, so after a left mark two digits are a year only after a word that dates.
_ABBREVIATED_YEAR = re.compile(r"\d\d(?!\d)")
_DECADE = re.compile(r"\d0s\b")
_YEAR_WORDS = frozenset("in of since from until till by through during early late mid class before after".split())


def _year_word_before(text: str, i: int) -> bool:
    """Whether the word before ``i`` dates what follows ("in ‘08", "class of ‘16")."""
    words = text[max(0, i - 12):i].split()
    return bool(words) and words[-1].lower() in _YEAR_WORDS


_MARK_CHAR = re.compile("[" + re.escape("".join(sorted(MARK_CHARS))) + "]")


def _marks(text: str, lo: int, hi: int) -> list[_Mark]:
    out: list[_Mark] = []
    taken = lo  # a two-character mark ('' or ``) consumes the character after it
    for m in _MARK_CHAR.finditer(text, lo, hi):
        i = m.start()
        if i < taken:
            continue
        mark = _classify(text, i, lo, hi)
        if mark is not None:
            out.append(mark)
            taken = mark.end
    return out


def _may_be_apostrophe(text: str, mark: _Mark, hi: int) -> bool:
    """Why: "the soldiers' families" — a closing single after s, followed by a lower-case word,
    is a plural possessive, not the end of a quote; so may be one after "in" ("I’m goin’ home"),
    a dropped g. Either closes the quote after all when no later mark does ('Remain' side)."""
    if mark.start < 2 or (text[mark.start - 1] not in "sS" and text[mark.start - 2:mark.start] != "in"):
        return False
    return mark.end + 1 < hi and text[mark.end] == " " and text[mark.end + 1].islower()


def detect(text: str, paras: list[Span]) -> list[Quote]:
    """All quotes, in text order. Nested quotes (a quote inside a quote) are paired so that their
    marks do not end the outer quote, but only outermost quotes are returned."""
    quotes: list[Quote] = []
    carried = -1  # chain id of a quote continuing from the last paragraph, or -1
    chains = 0
    for p, (lo, hi) in enumerate(paras):
        marks = _marks(text, lo, hi)
        carry_first = carried >= 0 and bool(marks) and marks[0].start == lo and marks[0].role != CLOSE
        forced: set[int] = set()
        while True:
            found, stack, deferred = _pair(text, marks, hi, carried if carry_first else -1, forced)
            # Why: "will ‘fix the foundations’ of the economy" — a possessive-looking mark was the
            # only close the outermost single quote could have had; pair it there and pair again.
            closer = deferred.get(stack[0][0].start) if stack and stack[0][0].level == SINGLE else None
            if closer is None or len(forced) >= _MAX_FORCED:
                break
            forced.add(closer)
        carried = -1
        for opener, end, close, chain in found:
            if chain < 0:  # a fresh chain id, unless the quote continues a carried one
                chain, chains = chains, chains + 1
            _emit(quotes, text, opener, end, close, p, chain, True)
        if stack:
            # the outermost open quote (British copy runs single-quoted ones over paragraphs too)
            opener, chain = stack[0]
            continues = p + 1 < len(paras) and _reopens(text, paras[p + 1], opener.level)
            if continues or _recoverable(text, opener, lo, hi):
                if chain < 0:
                    chain, chains = chains, chains + 1
                _emit(quotes, text, opener, hi, hi, p, chain, False)
                if continues:
                    carried = chain
    return quotes


# A paragraph is paired again at most this often with a deferred possessive as a close.
_MAX_FORCED = 2


def _pair(text, marks, hi, carried, forced):
    """Pair one paragraph's marks. Returns the outermost quotes closed in it as
    (opening mark, end, close, chain id or -1), the marks left open, and for each single opener
    the first closing mark skipped as a plural possessive (paired instead when in ``forced``)."""
    found = []
    deferred: dict[int, int] = {}
    stack: list[tuple[_Mark, int]] = []  # (opening mark, chain id)
    if carried >= 0:
        marks = iter(marks)
        stack.append((replace(next(marks), role=OPEN), carried))
    for mark in marks:
        if len(stack) > _MAX_OPEN:
            del stack[:len(stack) - _MAX_OPEN]  # runs of unclosed marks are strays: keep the work linear
        role = mark.role
        if mark.level == DOUBLE:
            if role == EITHER:
                role = OPEN if _find(stack, DOUBLE) is None else CLOSE
            if role == OPEN:
                # the same style cannot nest: an earlier unclosed mark of this style was stray
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k][0].level == DOUBLE and stack[k][0].style == mark.style:
                        del stack[k:]
                        break
                stack.append((mark, -1))
                continue
            k = _find(stack, DOUBLE)
            if k is None or (mark.style == INCH and stack[k][0].style != "straight"):
                continue  # stray closing mark, or an inch mark
            opener, chain = stack[k]
            del stack[k:]
            if not stack:
                found.append((opener, mark.start, mark.end, chain))
            continue
        # single marks: a quote only when an open single waits in the current frame (singles pair
        # only inside their own double quote), that is, on top of the stack
        open_single = len(stack) - 1 if stack and stack[-1][0].level == SINGLE else None
        if role == OPEN or (role == EITHER and open_single is None):
            stack.append((mark, -1))
        elif open_single is not None:
            opener, chain = stack[open_single]
            if mark.start not in forced and _may_be_apostrophe(text, mark, hi):
                deferred.setdefault(opener.start, mark.start)
                continue
            del stack[open_single:]
            if not stack:
                found.append((opener, mark.start, mark.end, chain))
    return found, stack, deferred


def _find(stack, level) -> int | None:
    for k in range(len(stack) - 1, -1, -1):
        if stack[k][0].level == level:
            return k
    return None


def _reopens(text: str, para: Span, level: str) -> bool:
    """Why: a quote running over paragraphs leaves each one open and reopens the next."""
    ch = text[para[0]]
    if level == SINGLE:
        return ch in "‘'" and para[0] + 1 < para[1] and text[para[0] + 1].isalpha()
    return ch in "\"“„«" or text.startswith("''", para[0]) or text.startswith("``", para[0])


def _recoverable(text: str, opener: _Mark, lo: int, hi: int) -> bool:
    """Why: an unclosed quote that opens its paragraph or follows a colon is a quote whose
    closing mark was lost, and so is one that opens a sentence and runs to the end of a
    paragraph that ends a sentence ('…said Baron. “His candidacy has defied convention.');
    any other unclosed mark is a stray and is dropped."""
    before = text[lo:opener.start].rstrip()
    if opener.level == SINGLE and text[hi - 1] not in ".!?":
        return False  # single marks are apostrophes too often: the paragraph must end a sentence
    if not before or before.endswith(":"):
        return True
    return _SENTENCE_BEFORE.search(before[-3:]) is not None and text[hi - 1] in ".!?"


_SENTENCE_BEFORE = re.compile(r"[.!?][\"”’']?$")


def _emit(quotes, text, opener, end, close, para, chain, closed) -> None:
    start = opener.end
    while start < end and text[start].isspace():
        start += 1
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop > start:
        quotes.append(Quote(start, stop, opener.start, close, para, opener.level, chain, closed))
