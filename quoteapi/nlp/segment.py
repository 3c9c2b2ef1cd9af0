"""Paragraphs, sentences and tokens as character spans.

``text[start:end]`` is the only truth: every unit here is a span into the original text and its
string is derived by slicing, never re-found.
"""
from __future__ import annotations

import functools
import re

from nltk.tokenize import RegexpTokenizer
from nltk.tokenize import punkt

from . import lexicon

Span = tuple[int, int]

# A line that ends like this closes its paragraph even when the next line starts in lower case.
_LINE_END = re.compile(r"[.!?:;\"”’'»)\]…]\s*$")
_NEXT_LOWER = re.compile(r"\s*[a-z]")

# Words (with inner hyphens and apostrophes, but "'s" split off), dotted abbreviations
# ("U.S.", "a.m."), possessive "'s", and any other single non-space character.
# (Written for the regex engine's speed, matching the same tokens: the abbreviation opens with a
# letter, which lets a word skip that branch at its second character; and a word's hyphen and
# apostrophe groups are possessive, since nothing after them can make them give back.)
_TOKEN_PATTERN = (
    r"[^\W\d_]\.(?:[^\W\d_]\.)+(?![^\W\d_])"
    r"|\w+(?:[-‐‑]\w+)*+(?:['’](?![sS]\b)\w+)*+"
    r"|['’][sS]\b"
    r"|[^\w\s]"
)


class _TokenTokenizer(RegexpTokenizer):
    """NLTK's RegexpTokenizer with the project's token pattern, matched by the standard ``re``.

    NLTK routes caller patterns through a ReDoS guard (the ``regex`` engine under a timeout)
    because it cannot know them; this pattern is the project's own and linear (every repetition
    consumes a fixed delimiter; tests/test_linear_time.py holds it to that), and the guard's
    per-match cost was a fifth of the engine's time.
    """

    def __init__(self) -> None:
        super().__init__(_TOKEN_PATTERN)
        self._fast = re.compile(_TOKEN_PATTERN)

    def span_tokenize(self, text, start: int = 0, end: int | None = None):
        """Token spans of ``text[start:end]``, as offsets into ``text`` (matching in place rather
        than on a slice: the pattern looks neither before ``start`` nor after ``end``)."""
        return [m.span() for m in self._fast.finditer(text, start, len(text) if end is None else end)]


_TOKENIZER = _TokenTokenizer()


def paragraphs(text: str) -> list[Span]:
    """Paragraph spans: blank lines and single newlines both end a paragraph (CMS paste), except
    where a hard-wrapped line runs on into a line that starts in lower case."""
    spans: list[Span] = []
    for m in re.finditer(r"[^\n]+", text):
        start, end = m.span()
        line = text[start:end]
        stripped = line.strip()
        if not stripped:
            continue
        start += len(line) - len(line.lstrip())
        end -= len(line) - len(line.rstrip())
        if spans and _joins_previous(text, spans[-1], start):
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _joins_previous(text: str, prev: Span, start: int) -> bool:
    """Why: hard-wrapped text breaks lines mid-sentence; such a line neither ends in closing
    punctuation nor is followed by a capitalised line, and is separated by one newline only."""
    gap = text[prev[1]:start]
    if gap.count("\n") != 1:
        return False
    return not _LINE_END.search(text[prev[0]:prev[1]]) and bool(_NEXT_LOWER.match(text, start))


# Punkt's own patterns, matched by the standard ``re`` for the same reason as _TokenTokenizer:
# NLTK compiles them through its ReDoS guard, which tripled Punkt's per-sentence cost. They are
# NLTK's fixed, linear patterns (no caller input); tests/test_segment.py checks that the splits
# are those of the stock tokenizer.
_RE_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE


def _stdlib(pattern) -> re.Pattern:
    return re.compile(pattern.pattern, pattern.flags & _RE_FLAGS)


class _PunktLanguageVars(punkt.PunktLanguageVars):
    re_boundary_realignment = _stdlib(punkt.PunktLanguageVars.re_boundary_realignment)

    @functools.cached_property
    def _word_re(self) -> re.Pattern:
        return _stdlib(super()._word_tokenizer_re())

    @functools.cached_property
    def _period_re(self) -> re.Pattern:
        return _stdlib(super().period_context_re())

    def _word_tokenizer_re(self):
        return self._word_re

    def period_context_re(self):
        return self._period_re


_NON_PUNCT = _stdlib(punkt._re_non_punct)


class _PunktToken(punkt.PunktToken):
    __slots__ = ()
    _RE_ELLIPSIS = _stdlib(punkt.PunktToken._RE_ELLIPSIS)
    _RE_NUMERIC = _stdlib(punkt.PunktToken._RE_NUMERIC)
    _RE_INITIAL = _stdlib(punkt.PunktToken._RE_INITIAL)
    _RE_ALPHA = _stdlib(punkt.PunktToken._RE_ALPHA)

    def __init__(self, tok, parastart=None, linestart=None):
        # PunktToken.__init__ with its setattr loop unrolled (3 % of the engine's instructions on
        # quote-dense text): Punkt creates its tokens with these two keywords only.
        self.tok = tok
        self.type = self._get_type(tok)
        self.period_final = tok.endswith(".")
        self.parastart = parastart
        self.linestart = linestart
        self.sentbreak = None
        self.abbr = None
        self.ellipsis = None

    @property
    def is_non_punct(self):
        return _NON_PUNCT.search(self.type)


class _NoContext(dict):
    """An empty orthographic context that stays empty.

    Why: Punkt keeps it in a ``defaultdict(int)``, so every lookup of an unseen word type inserted
    a 0: the process-wide tokenizer grew with each article's vocabulary (505 entries after 300
    articles), per-request state in a module-level object. Reading 0 without storing it gives
    Punkt the same answers."""

    def __missing__(self, key) -> int:
        return 0


def _params() -> punkt.PunktParameters:
    params = punkt.PunktParameters()
    params.abbrev_types = set(lexicon.load().abbreviations)
    params.ortho_context = _NoContext()
    return params


_PERIOD_END = frozenset(".?!")
_WHITESPACE = " \t\n\r\x0b\x0c"  # string.whitespace, what Punkt looks back for
_PUNCTUATION = frozenset(punkt.PunktSentenceTokenizer.PUNCTUATION)


class _PunktSentenceTokenizer(punkt.PunktSentenceTokenizer):
    """Punkt, deciding each candidate break without building its token objects.

    Why: ``text_contains_sentbreak`` runs for every period, question and exclamation mark; NLTK
    answers it by making PunktTokens and passing them through two generator stages, a fifth of the
    engine's time on quote-dense text. With the parameters this project gives Punkt (no
    collocations, no frequent sentence starters, an empty orthographic context) its rules reduce
    to the few lines below; tests/test_segment.py checks every decision against NLTK's."""

    def __init__(self, params: punkt.PunktParameters) -> None:
        super().__init__(params, lang_vars=_PunktLanguageVars(), token_cls=_PunktToken)
        if params.collocations or params.sent_starters or params.ortho_context:
            raise ValueError("the fast sentence-break test assumes untrained Punkt parameters")
        self._abbreviations = frozenset(params.abbrev_types)
        self._words = self._lang_vars._word_tokenizer_re().findall

    def span_tokenize(self, text: str, realign_boundaries: bool = True) -> list[Span]:
        """NLTK's ``span_tokenize`` (candidate contexts, break decisions, boundary realignment) as one
        loop over lists instead of three chained generators; tests/test_segment.py checks its
        spans against the stock tokenizer's on fixed and generated text."""
        # _match_potential_end_contexts: each candidate with the word before it, dropping a
        # candidate whose word overlaps the next candidate's
        candidates = []
        prev_start = prev_stop = 0
        prev_match = None
        for match in self._lang_vars.period_context_re().finditer(text):
            start = match.start()
            space = start - 1  # the last whitespace after the previous candidate (a word back, mostly)
            while space > prev_stop and text[space] not in _WHITESPACE:
                space -= 1
            # NLTK counts whitespace right at the previous candidate as none
            word_start = space + 1 if space > prev_stop else prev_start
            if prev_match is not None and prev_stop <= word_start:
                candidates.append((prev_match, prev_start, prev_stop))
            prev_match, prev_start, prev_stop = match, word_start, start
        if prev_match is not None:
            candidates.append((prev_match, prev_start, prev_stop))
        # _slices_from_text
        slices = []
        last_break = 0
        for match, start, stop in candidates:
            word = text[start:stop]
            if self._ends_sentence(word, match.group()) or self.text_contains_sentbreak(
                    word + match.group() + match.group("after_tok")):
                slices.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        slices.append((last_break, len(text.rstrip())))
        if not realign_boundaries:
            return slices
        # _realign_boundaries: closing punctuation after a break joins the sentence before it
        realign_re = self._lang_vars.re_boundary_realignment
        out: list[Span] = []
        realign = 0
        last = len(slices) - 1
        for k, (start, stop) in enumerate(slices):
            start += realign
            if k < last:
                nxt_start, nxt_stop = slices[k + 1]
                m = realign_re.match(text, nxt_start, nxt_stop)
                if m:
                    out.append((start, nxt_start + len(m.group(0).rstrip())))
                    realign = m.end() - nxt_start
                    continue
                realign = 0
            if start < stop:
                out.append((start, stop))
        return out

    def _ends_sentence(self, word: str, end: str) -> bool:
        """Why: most candidates are a plain word and a period ("said."), which Punkt always breaks after
        unless the word is an abbreviation; deciding that without tokenising the context halves the
        splitter's time (a one-letter word may be an initial and goes the long way)."""
        return end == "." and len(word) > 1 and word.isalpha() and word.lower() not in self._abbreviations

    def text_contains_sentbreak(self, text: str) -> bool:
        # Punkt's answer: some token that ends a sentence has another token after it (Punkt reads
        # the text line by line, skipping blank ones)
        words = self._words
        if "\n" in text:
            toks = [t for line in text.split("\n") if line.strip() for t in words(line)]
        else:
            toks = words(text)
        for i in range(len(toks) - 1):
            if self._breaks(toks[i], toks[i + 1]):
                return True
        return False

    def _breaks(self, tok: str, nxt: str) -> bool:
        """Whether Punkt's two annotation passes mark ``tok`` (followed by ``nxt``) a sentence break."""
        if tok in _PERIOD_END:
            return True
        if tok[-1:] != "." or tok.endswith(".."):
            return False  # no final period, or an ellipsis: never a break with these parameters
        low = tok[:-1].lower()
        if low in self._abbreviations or low.rpartition("-")[2] in self._abbreviations:
            return False  # an abbreviation: the orthographic context can never make it a break
        # Punkt's type is "##number##" for a number; an initial is one letter and a period
        initial = len(tok) == 2 and _PunktToken._RE_INITIAL.match(tok) is not None
        if initial or low == "##number##" or _PunktToken._RE_NUMERIC.match(tok) is not None:
            # an initial or a number is no break before punctuation or a lower-case word, and an
            # initial none before a capital either ("J. Bach")
            if nxt in _PUNCTUATION or nxt[0].islower() or (initial and nxt[0].isupper()):
                return False
        return True


@functools.lru_cache(maxsize=1)
def _punkt() -> punkt.PunktSentenceTokenizer:
    # Parameters given in place of training text are used as they are (PunktSentenceTokenizer.train).
    return _PunktSentenceTokenizer(_params())


def sentences(text: str, para: Span) -> list[Span]:
    """Sentence spans inside one paragraph (Punkt, with the project's abbreviations)."""
    start, end = para
    chunk = text[start:end]
    ends = _SENTENCE_END.findall(chunk, 0, len(chunk))
    if len(ends) <= 1 and (not ends or _FINAL_END.search(chunk, _last_word_start(chunk))):
        # no sentence-final mark, or only one and at the very end: Punkt can split nowhere
        return [para]
    spans = [(start + a, start + b) for a, b in _punkt().span_tokenize(chunk)]
    return _merge_after_abbreviations(text, spans)


_SENTENCE_END = re.compile(r"[.!?…]")
_FINAL_END = re.compile(r"[.!?…][\"”’'»)\]]*$")
_LAST_WORD = re.compile(r"(\S+)\.[\"”’']?\s*$")


def _last_word_start(s: str) -> int:
    """Where a search for an end-anchored pattern that holds no space (bar trailing ones) may start:
    at or before the start of the last word, since no match can start earlier. Why: searched from
    the start, _LAST_WORD tries every position and backtracks through every word of the sentence."""
    return s.rstrip().rfind(" ") + 1


_QUESTION_END = re.compile(r"[?!…][\"”’'»]+\s*$")
# a name of up to four words, perhaps an apposition between commas ("Ann Lee, R-Pa.,"), then the
# verb and the particle of a phrasal one ("went on")
_CUE_START = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*(?:,[^,!?\"“”]{1,80},)?\s+(\w+)(?:\s+(\w+))?")


# Two to four initials, each a capital and a period ("H.W.", "M.K.", "J.R.R.").
_INITIALS = re.compile(r"(?:[A-Z]\.){2,4}")


def _merge_after_abbreviations(text: str, spans: list[Span]) -> list[Span]:
    """Why: Punkt splits after an abbreviation when a quote mark follows the next period
    ("get U.S. missiles.\" Lynch"), after a quoted question ('"Are you ready?" she said') and
    before a possessive ("the W.F.P.'s director"); none is followed by a new sentence when what
    follows is lower case, "Name said" or "'s". Nor do a person's initials end one ("George H.W. |
    Bush", "Chief Minister M.K. | Stalin")."""
    lex = lexicon.load()
    merged: list[Span] = []
    for span in spans:
        if merged:
            prev = text[merged[-1][0]:merged[-1][1]]
            last = _last_word_start(prev)
            m = _LAST_WORD.search(prev, last)
            nxt = text[span[0]:span[1]].lstrip("\"“'‘ ")
            after_abbrev = m and m.group(1).lower().lstrip("(\"“") in lex.abbreviations and nxt[:1].islower()
            after_question = _QUESTION_END.search(prev, last) and (nxt[:1].islower() or _starts_with_cue(nxt, lex))
            # "the W.F.P.'s country director": a possessive right after the period ends nothing
            possessive = text.startswith(("'s ", "’s "), span[0]) and prev.endswith(".")
            # (a cheap test first: the sentence ends in a capital and a period after a period)
            initials = prev[-3:-2] == "." and prev[-2:-1].isupper() and _initials_before_name(prev, last, nxt, lex)
            if after_abbrev or after_question or possessive or initials:
                merged[-1] = (merged[-1][0], span[1])
                continue
        merged.append(span)
    return merged


def _initials_before_name(prev: str, last: int, nxt: str, lex) -> bool:
    """Whether ``prev`` ends in a person's initials that the capitalised word opening ``nxt``
    continues: not after "the", nor two after a comma ("the F.B.I. | The", "Greensboro, N.C. | She"),
    not an abbreviation the lexicon knows, and not before a word that opens sentences ("He", "But")."""
    initials = prev[last:].rstrip()
    if not (nxt[:1].isupper() and _INITIALS.fullmatch(initials)) or initials[:-1].lower() in lex.abbreviations:
        return False
    before = prev[:last].rsplit(None, 1)[-1].lower() if prev[:last].strip() else ""
    word = nxt.split(None, 1)[0].rstrip(",.;:").lower()
    state = before.endswith(",") and len(initials) == 4  # ("Greensboro, N.C.", but "Later, J.R.R. Tolkien")
    return before not in ("the", "a", "an") and not state and word not in lex.function_words


def _starts_with_cue(sentence: str, lex) -> bool:
    m = _CUE_START.match(sentence)
    return bool(m) and (m.group(1).lower() in lex.speech_verbs
                        or (m.group(1).lower(), (m.group(2) or "").lower()) in lex.phrasal_verbs)


def tokens(text: str, span: Span) -> list[Span]:
    """Token spans inside ``span``."""
    return _TOKENIZER.span_tokenize(text, span[0], span[1])
