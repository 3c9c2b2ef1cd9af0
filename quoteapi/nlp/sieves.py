"""Attribution sieves, most precise first (CoreNLP's architecture, without its global state).

Each sieve looks only at quotes no earlier sieve resolved, and records its name, a one-line
reason and a confidence. The sieves pick a *mention*; coreference turns it into a speaker.

A confidence is how often that rule named the right speaker on PolNeAR train and dev (the
scorer's lenient match: 3,308 trailing cues, 1,628 continuations, 1,353 same-sentence cues, 812
leading cues, 373 fallbacks, 71 quote paragraphs); rules seen fewer than 50 times keep a prior
below what they measured. ``extract`` lowers it when the speaker is reached through a pronoun or
coreference, and halves it when no speaker is found.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from . import cues as cue_finder
from . import lexicon
from .cues import Cue
from .document import DASHES, Document
from .mention import GROUP, NAME, NOMINAL, ORGANIZATION, PERSON, PRONOUN, UNKNOWN, Mention

_NEAREST_CUES = 8  # cues looked at on each side of a quote by same_sentence
_EARLIER_QUOTES = 8  # quotes nearest_mention's last resort looks back over
_PULL_WORDS = 4      # words that locate a pull quote's text in an earlier quote (its first and its last)
_QUOTE_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_PUNCT = frozenset(",.;:!?—–-\"”’'»…)")
_LEAD_IN_END = frozenset({":", ",", "that", "—", "--"})


# The sieves in the order they run, most precise first; each is an Attributor method of that name
# and the ``sieve`` value of the quotes it resolves.
SIEVES = ("headline", "trailing_cue", "leading_cue", "according_to", "byline", "possessive_words", "same_sentence",
          "colon_lead_in", "continuation", "multi_paragraph", "quote_paragraph", "nearest_mention")


@dataclass(slots=True)
class Attribution:
    mention: Mention | None
    cue: Cue | None
    sieve: str
    reason: str
    confidence: float


@dataclass(slots=True)
class QuoteContext:
    """Where a quote sits among the tokens of its paragraph."""
    index: int
    para: int
    first: int        # first token of the quote (its opening mark)
    last: int         # last token of the quote (inclusive)
    sent_open: int
    sent_close: int
    left: range       # token indices before the quote in its sentence, after any earlier quote
    right: range      # token indices after the quote in its sentence, before any later quote


def contexts(doc: Document) -> list[QuoteContext]:
    out: list[QuoteContext | None] = [None] * len(doc.quotes)
    for para in doc.paragraphs:
        tsent, tquote = para.token_sentence, para.token_quote
        n = len(tsent)
        for k, (a, b) in para.quote_tokens.items():
            so, sc = tsent[a], tsent[b]
            i = a
            while i > 0 and tsent[i - 1] == so and tquote[i - 1] < 0:
                i -= 1
            j = b + 1
            while j < n and tsent[j] == sc and tquote[j] < 0:
                j += 1
            out[k] = QuoteContext(k, para.index, a, b, so, sc, range(i, a), range(b + 1, j))
    # a quote with no tokens cannot happen (its opening mark is a token), but stay total
    return [c if c is not None else QuoteContext(k, doc.quotes[k].para, 0, 0, 0, 0, range(0), range(0))
            for k, c in enumerate(out)]


_SUBORDINATE = frozenset("who which after before when because while until since".split())


def _subordinate(lower, c: Cue) -> bool:
    """Why: a cue in a relative clause ("parents who spoke out") or an adverbial clause ("after
    HuffPost asked his campaign") after a quote reports something else, not the quote."""
    s = c.subject.first_token
    return (c.first > 0 and lower[c.first - 1] in _SUBORDINATE) or (0 < s < c.first and lower[s - 1] in _SUBORDINATE)


def _names_another_speaker(c: Cue, speaker: int) -> bool:
    """A cue right next to its subject ("Austin said"), or a clause cue whose subject is a named
    person ("Austin disagreed, saying …"), that is not the current speaker again."""
    if speaker >= 0 and c.subject.entity == speaker:
        return False
    return c.how in ("before", "after") or (c.how == "clause" and c.subject.form == NAME
                                             and c.subject.kind == PERSON)


# Nouns for what somebody said: "Hale's answer was blunt:", "Trump's message to voters:".
_WORDS_NOUNS = frozenset("answer answers response reply retort message words comment comments reaction advice verdict "
                         "explanation statement tweet post view take argument warning plea pitch promise "
                         "assessment account version summary".split())


# Nouns for claims somebody made: "Trump's claim that …", "Romney's "47 percent" comment".
_CLAIM_NOUNS = _WORDS_NOUNS | frozenset(
    "claim claims accusation accusations charge charges pledge pledges vow vows remark remarks dictum line "
    "conclusion assertion insistence suggestion description characterization demand call slogan motto mantra "
    "refrain catchphrase phrase quip boast declaration admission prediction contention allegation allegations "
    "threat boasts".split())


_ANSWERS = "quote paragraph answering the question before it"
# A capitalised word set off as a form of address: ", Senator." or "Senator, …" opening the quote.
_VOCATIVE = re.compile(r",\s+([A-Z][a-z]+)[.,!?]|^([A-Z][a-z]+),\s")
_TURNS = "quote paragraph taking the next turn of an exchange"
_QUESTION_VERBS = frozenset("ask press demand question query inquire".split())
_REPLY_VERBS = frozenset("reply respond answer retort counter".split())


class Attributor:
    """Runs the sieves over one document."""

    def __init__(self, doc: Document, mentions: list[Mention]):
        self.doc = doc
        by_para: dict[int, list[Mention]] = {}
        for m in mentions:
            by_para.setdefault(m.para, []).append(m)
        self.cues: dict[int, list[Cue]] = {
            p.index: cue_finder.find(doc, p, by_para.get(p.index, [])) for p in doc.paragraphs}
        self.ctx = contexts(doc)
        # indexes, so that every sieve costs O(1) or O(log n) per quote whatever the document size
        self.cue_at: dict[tuple[int, int], Cue] = {}
        self.cues_by_sentence: dict[tuple[int, int], list[Cue]] = {}
        self.subject_cues: dict[int, list[Cue]] = {}  # the cues with a subject, by paragraph, in text order
        for para, cues in self.cues.items():
            for c in cues:
                if c.subject is None:
                    continue
                self.cue_at[(para, c.first)] = c
                self.cues_by_sentence.setdefault((para, c.sentence), []).append(c)
                self.subject_cues.setdefault(para, []).append(c)
        self.subject_cue_starts = {para: [c.first for c in cues] for para, cues in self.subject_cues.items()}
        self.cue_firsts = {key: [c.first for c in cues] for key, cues in self.cues_by_sentence.items()}
        # the paragraphs where a sieve can resolve anything, for the sieves that most paragraphs rule out
        self.only_in: dict[str, set[int]] = {
            "headline": {p.index for p in doc.paragraphs if doc.is_heading(p.index)},
            "according_to": {para for para, cues in self.cues.items() if any(c.how == "according_to" for c in cues)},
            "possessive_words": {m.para for m in mentions if m.possessive},
        }
        self.mentions_by_para = by_para
        self.mention_firsts = {p: [m.first_token for m in ms] for p, ms in by_para.items()}
        self.mention_at = {(m.para, m.first_token): m for m in mentions}
        self.name_ending_at = {(m.para, m.last_token): m for m in mentions if m.form == NAME}
        self.speakers_by_para: dict[int, list[Mention]] = {}
        for m in mentions:
            if _speaker_like(m):
                self.speakers_by_para.setdefault(m.para, []).append(m)
        self.speaker_ends = {p: [m.end for m in ms] for p, ms in self.speakers_by_para.items()}
        self.chain_source: dict[int, Attribution | None] = {}
        self.people: set[int] = set()
        self.chains: dict[int, list[int]] | None = None  # quote indices by chain, built when first needed
        self.roles: dict[int, set[str]] | None = None  # role nouns of each entity's mentions, built when first needed
        # the entities quoted before a quote, kept up to date as quote_paragraph walks the quotes in
        # order (rebuilding it for every answer in a long exchange would be quadratic)
        self.spoke: set[int] = set()
        self.spoke_upto = 0
        self.quoted_at: dict[tuple[str, ...], int] | None = None  # a quote's word run -> first quote with it

    def subjects(self) -> frozenset[int]:
        """``id()`` of every mention that is the subject of a reporting cue."""
        return frozenset(id(c.subject) for cues in self.cues.values() for c in cues if c.subject is not None)

    def speakers(self) -> frozenset[int]:
        """``id()`` of every mention right next to its reporting verb ("Walz said", "said Walz")."""
        return frozenset(id(c.subject) for cues in self.cues.values() for c in cues
                         if c.subject is not None and c.how in ("before", "after"))

    def run(self) -> list[Attribution | None]:
        result: list[Attribution | None] = [None] * len(self.doc.quotes)
        # coreference has run by now: the entities some mention of which is a person
        self.people = {m.entity for ms in self.speakers_by_para.values() for m in ms if m.kind == PERSON}
        open_quotes = list(range(len(result)))
        self.spoke, self.spoke_upto = set(), 0
        ctx = self.ctx
        for name in SIEVES:
            sieve = getattr(self, name)
            open_quotes = [k for k in open_quotes if result[k] is None]
            paras = self.only_in.get(name)
            for k in open_quotes if paras is None else [k for k in open_quotes if ctx[k].para in paras]:
                result[k] = sieve(ctx[k], result)
        return result

    # -- helpers -----------------------------------------------------------------------------

    def _cues_in(self, ctx: QuoteContext, idx: range) -> list[Cue]:
        cue_at, para = self.cue_at, ctx.para
        return [c for i in idx if (c := cue_at.get((para, i))) is not None]

    def _mentions_before(self, ctx: QuoteContext) -> list[Mention]:
        """The mentions that start in the quote's sentence before it (after any earlier quote), in
        text order; found by bisection, so that a giant paragraph stays linear."""
        firsts = self.mention_firsts.get(ctx.para, [])
        lo = ctx.left[0] if ctx.left else ctx.first
        return self.mentions_by_para.get(ctx.para, [])[bisect.bisect_left(firsts, lo):
                                                       bisect.bisect_left(firsts, ctx.first)]

    def _subject_cues_between(self, para: int, lo: int, hi: int) -> list[Cue]:
        """Cues with a subject whose first token lies strictly between ``lo`` and ``hi``."""
        starts = self.subject_cue_starts.get(para)
        if not starts:
            return []
        return self.subject_cues[para][bisect.bisect_right(starts, lo):bisect.bisect_left(starts, hi)]

    # -- sieves ------------------------------------------------------------------------------

    def headline(self, ctx: QuoteContext, _result) -> Attribution | None:
        """'Kasich: "We Will Go All The Way"' as a headline: the name before the colon, or the
        name that opens the headline's clause ('Kasich Vows a Long Fight: "…"')."""
        if ctx.first < 2 or not self.doc.is_heading(ctx.para):
            return None
        p = self.doc.paragraphs[ctx.para]
        m = self.mention_at.get((ctx.para, 0))
        if m is None or m.last_token >= ctx.first or p.words[ctx.first - 1] != ":":
            return None
        return Attribution(m, None, "headline", "a headline that is the named speaker's quote", 0.8)

    def trailing_cue(self, ctx: QuoteContext, _result) -> Attribution | None:
        """'"…," Kirby said' / '"…," said Kirby': the cue right after the closing mark."""
        right = ctx.right
        words = self.doc.paragraphs[ctx.para].words
        n = 0
        while n < len(right) and words[right[n]] in _PUNCT:
            n += 1
        if n >= len(right):
            return None
        r0 = right[n]
        for c in self._cues_in(ctx, right):
            s = c.subject
            if c.how == "before" and s.first_token == r0:
                return Attribution(s, c, "trailing_cue", f"speaker then '{c.lemma}' after the quote", 0.92)
            if c.how == "after" and c.first == r0:
                return Attribution(s, c, "trailing_cue", f"'{c.lemma}' then speaker after the quote", 0.92)
        return None

    def leading_cue(self, ctx: QuoteContext, _result) -> Attribution | None:
        """'Kirby said: "…"', 'Kirby told reporters, "…"', 'Kirby said that "…"'."""
        left = ctx.left
        if not left:
            return None
        last_word = self.doc.paragraphs[ctx.para].lower[left[-1]]
        cues = [c for c in self._cues_in(ctx, left) if ctx.first - c.last <= 8]
        named = self._name_before(ctx, left[-1]) if last_word == ":" else None
        if named is not None and cues and self._complement(ctx.para, cues[-1].last, named.first_token):
            named = None  # 'Crowley said on BBC Radio 5 Live:': the name belongs to the verb's phrase
        if named is not None and not cues and named.kind != PERSON:
            # a fact check's 'CLAIM: "…" — Mayor X, in a speech': the label is no speaker, the name after the dash is
            signed = self.byline(ctx, None)
            if signed is not None:
                return signed
        if named is not None and not cues:
            opener = self.mention_at.get((ctx.para, left[0]))
            if opener is not None and opener is not named and opener.form == NAME and opener.kind == PERSON \
                    and opener.comma_after and not opener.possessive \
                    and not self._verb_between(ctx.para, opener.last_token, left[-1]):
                # a roundup's 'Avril Benoît, executive director of Doctors Without Borders USA: "…"' is the
                # person the line opens with, not the end of the organisation in her apposition (but
                # "X, the director, quoted Y:" is Y's)
                named = opener
        if named is not None and (not cues or cues[-1].last <= named.first_token):
            return Attribution(named, None, "leading_cue", "'Name:' introduces the quote", 0.8)
        if not cues:
            owner = self._words_owner(ctx) if last_word == ":" else None
            if owner is not None:  # "Trump's reply was swift: '…'"
                return Attribution(owner, None, "leading_cue", "'X's reply … :' introduces the quote", 0.8)
            return None
        c = cues[-1]
        if last_word in _LEAD_IN_END or c.last == ctx.first:
            return Attribution(c.subject, c, "leading_cue", f"'{c.lemma}' introduces the quote", 0.84)
        return None

    def _verb_between(self, para: int, lo: int, hi: int) -> bool:
        """Whether a lower-case word between tokens ``lo`` and ``hi`` looks like a verb (a reporting
        verb, or an -ed or -ing form)."""
        p = self.doc.paragraphs[para]
        verbs = lexicon.load().speech_verbs
        return any(p.words[k][:1].islower() and (p.lower[k].endswith(("ed", "ing")) or p.lower[k] in verbs)
                   for k in range(lo, hi))

    def _complement(self, para: int, after: int, name: int) -> bool:
        """Whether nothing but words and numbers (no punctuation) lie between a cue ending at
        ``after`` and a name starting at ``name``."""
        words = self.doc.paragraphs[para].words
        return after <= name and all(w[:1].isalnum() for w in words[after:name])

    def _name_before(self, ctx: QuoteContext, colon: int) -> Mention | None:
        """Why: roundups and transcripts introduce a quote with a bare 'Name:' ('Pollsters agree -
        Carl Bialik: "…"'): the person-like name that ends right before the colon at ``colon``."""
        p = self.doc.paragraphs[ctx.para]
        m = self.name_ending_at.get((ctx.para, colon))
        if m is None or m.possessive or not (m.kind in (PERSON, UNKNOWN) or _transcript_label(m)):
            return None
        if m.after_preposition and not (m.first_token > 0 and p.lower[m.first_token - 1] == "from"):
            return None  # "said of Mr. Rubio:", "a message to Trump:"; but "More from Jones:"
        return m

    def according_to(self, ctx: QuoteContext, _result) -> Attribution | None:
        """'…, according to X.'"""
        for c in self._cues_in(ctx, ctx.left) + self._cues_in(ctx, ctx.right):
            if c.how == "according_to":
                return Attribution(c.subject, c, "according_to", "'according to' in the sentence", 0.85)
        return None

    def byline(self, ctx: QuoteContext, _result) -> Attribution | None:
        """'"…" ― Steve Quinlan': a dash and a name after the quote, ending the paragraph."""
        para, start = ctx.para, ctx.last + 1
        p = self.doc.paragraphs[para]
        if start >= len(p.tokens) and para + 1 < len(self.doc.paragraphs):
            # the quote ends its paragraph: '"…"' then a paragraph '- President Obama, tweeting'
            para, start = para + 1, 0
            p = self.doc.paragraphs[para]
        n = len(p.tokens)
        i = start
        while i < n and p.words[i] in DASHES and p.token_quote[i] < 0:
            i += 1
        if i == start or i >= n:
            return None
        m = self.mention_at.get((para, i))
        if m is None or m.form == PRONOUN or n - m.last_token > 40:
            return None
        rest = p.words[m.last_token:n]
        if rest and rest[0] not in (",", "(", ".") or any(p.token_quote[k] >= 0 for k in range(m.last_token, n)):
            return None
        return Attribution(m, None, "byline", "a dash and a name follow the quote", 0.85)

    def possessive_words(self, ctx: QuoteContext, _result) -> Attribution | None:
        """Why: "Trump's claim that there were '…'", "Comey's conclusion that her actions were '…'",
        "Romney's '47 percent' comment": the owner of the claim noun is the one quoted; but with a
        reporting verb before the owner ("Fallon called Trump's remarks '…'") or between the noun
        and the quote, the verb's subject is who speaks."""
        lower = self.doc.paragraphs[ctx.para].lower
        for m in reversed(self._mentions_before(ctx)):
            if not _possessive_person(m):
                continue
            if m.last_token == ctx.first - 1 and ctx.last + 1 < len(lower) and lower[ctx.last + 1] in _CLAIM_NOUNS:
                return Attribution(m, None, "possessive_words", "'X's \"…\" comment'", 0.8)
            noun = m.last_token + 1
            if self._cues_in(ctx, range(ctx.left.start, m.first_token)):
                return None  # "Fallon called Trump's remarks 'pathetic'": the cue's subject speaks
            if noun < ctx.first and lower[noun] in _CLAIM_NOUNS and ctx.first - noun <= 10 \
                    and not self._cues_in(ctx, range(noun + 1, ctx.first)):
                return Attribution(m, None, "possessive_words", f"'X's {lower[noun]}' before the quote", 0.8)
            return None
        return None

    def same_sentence(self, ctx: QuoteContext, _result) -> Attribution | None:
        """A reporting verb with a subject elsewhere in the quote's sentence: the nearest one."""
        best = before = None
        lower = self.doc.paragraphs[ctx.para].lower
        for c in self._cues_around(ctx):
            dist = ctx.first - c.last if c.last <= ctx.first else c.first - ctx.last
            if c.first < ctx.first and c.subject.first_token > ctx.last:
                continue
            if c.last <= ctx.first and (before is None or dist < before[0]):
                before = (dist, c)
            if best is None or dist < best[0]:
                best = (dist, c)
        if best is None:
            return None
        c = best[1]
        if before is not None and c.first > ctx.last and _subordinate(lower, c):
            c = before[1]  # 'X deleted tweets calling it "a racket" after HuffPost asked about them': X
        return Attribution(c.subject, c, "same_sentence", f"'{c.lemma}' in the same sentence", 0.86)

    def _cues_around(self, ctx: QuoteContext) -> list[Cue]:
        """The cues with a subject nearest the quote in its first and last sentence, a few on each
        side, in text order: a giant sentence full of cues costs no more per quote than a short one."""
        found: list[Cue] = []
        for sentence in (ctx.sent_open,) if ctx.sent_open == ctx.sent_close else (ctx.sent_open, ctx.sent_close):
            cues = self.cues_by_sentence.get((ctx.para, sentence), ())
            if not cues:
                continue
            firsts = self.cue_firsts[(ctx.para, sentence)]
            left = bisect.bisect_left(firsts, ctx.first)
            right = bisect.bisect_right(firsts, ctx.last)
            found += cues[left - _NEAREST_CUES if left > _NEAREST_CUES else 0:left]  # (max() costs more)
            found += cues[right:right + _NEAREST_CUES]
        return found

    def _previous_in_paragraph(self, ctx: QuoteContext, result) -> Attribution | None:
        """The attribution of the quote before this one, if that quote is in the same paragraph and
        its attribution names a mention."""
        k = ctx.index - 1
        if k < 0 or self.ctx[k].para != ctx.para or result[k] is None or result[k].mention is None:
            return None
        return result[k]

    def _cues_since_previous(self, ctx: QuoteContext) -> list[Cue]:
        """Cues with a subject between the previous quote (in this paragraph) and this one."""
        return self._subject_cues_between(ctx.para, self.ctx[ctx.index - 1].last, ctx.first)

    def continuation(self, ctx: QuoteContext, result) -> Attribution | None:
        """'"…," Kirby said. "He's been able…"': a later quote in the paragraph, no cue of its own."""
        a = self._previous_in_paragraph(ctx, result)
        if a is None:
            return None
        # Why: only a cue naming someone else as the one speaking ends the run; "…," Clinton said,
        # referencing a group that said otherwise. "…" is still Clinton (a clause cue is too loose)
        speaker = a.mention.entity
        for c in self._cues_since_previous(ctx):
            if c is not a.cue and _names_another_speaker(c, speaker):
                return None
        if self._other_actor_before(ctx, speaker):
            return None
        return Attribution(a.mention, a.cue, "continuation", "continues the previous quote's speaker", 0.91)

    def _other_actor_before(self, ctx: QuoteContext, speaker: int) -> bool:
        """Why: 'Kasich resisted: "…"', 'Romney fired back, attacking Trump for "…"' after another
        speaker's quote: the person who opens the quote's own sentence is the one quoted now."""
        m = None
        for i in ctx.left:  # the first mention in the quote's sentence before it
            m = self.mention_at.get((ctx.para, i))
            if m is not None:
                break
        if m is None or m.entity < 0 or m.entity == speaker or m.possessive or m.after_preposition:
            return False
        return m.form == PRONOUN and m.gender in ("m", "f") or m.form == NAME and m.entity in self.people

    def multi_paragraph(self, ctx: QuoteContext, result) -> Attribution | None:
        """A quote running over paragraphs: every part has the speaker of the attributed part."""
        chain = self.doc.quotes[ctx.index].chain
        if chain not in self.chain_source:  # once per chain: the parts attributed by the sieves before this one
            if self.chains is None:
                self.chains = {}
                for k, q in enumerate(self.doc.quotes):
                    self.chains.setdefault(q.chain, []).append(k)
            self.chain_source[chain] = next(
                (result[k] for k in self.chains[chain] if result[k] is not None and result[k].mention is not None
                 and result[k].sieve not in ("multi_paragraph", "quote_paragraph", "nearest_mention")), None)
        a = self.chain_source[chain]
        if a is None:
            return None
        return Attribution(a.mention, a.cue, "multi_paragraph", "part of a quote over several paragraphs", 0.75)

    def quote_paragraph(self, ctx: QuoteContext, result) -> Attribution | None:
        """A paragraph that opens with a quote and has no cue continues the last quoted speaker."""
        if ctx.first != 0 or ctx.index == 0:
            return None
        pulled = self._pull_quote(ctx, result)
        if pulled is not None:
            return pulled
        prev = ctx.index - 1
        pq = self.ctx[prev]
        if ctx.para - pq.para != 1 or result[prev] is None or result[prev].mention is None:
            return None
        # the previous paragraph must end with that quote's sentence (no newer speaker in between)
        last_token = len(self.doc.paragraphs[pq.para].tokens)
        if any(c.subject.entity != result[prev].mention.entity
               for c in self._subject_cues_between(pq.para, pq.last, last_token)):
            return None
        a = result[prev]
        if self.doc.quotes[ctx.index].chain != self.doc.quotes[prev].chain:
            if a.reason in (_ANSWERS, _TURNS) and prev > 0 and result[prev - 1] is not None \
                    and result[prev - 1].mention is not None and result[prev - 1].mention.entity != a.mention.entity:
                # the exchange goes on: turns alternate between the two parties
                return Attribution(result[prev - 1].mention, None, "quote_paragraph", _TURNS, 0.6)
            if self._addresses(ctx.index, a.mention.entity):
                # "I have told them, Senator." after the senator's quote: the other party answers her
                other = self._interlocutor(pq.para, a.mention.entity, self._spoke_before(prev, result))
                if other is not None:
                    return Attribution(other, None, "quote_paragraph", _ANSWERS, 0.6)
            asker = self._asker(prev, a, result)
            if asker is not None:
                return Attribution(asker, None, "quote_paragraph", _TURNS, 0.6)
            if a.cue is not None and a.cue.lemma in _QUESTION_VERBS and self._asks(prev):
                # (not after "he said": a speaker who asks and answers a question of his own goes on)
                other = self._interlocutor(pq.para, a.mention.entity, self._spoke_before(prev, result))
                if other is not None:
                    return Attribution(other, None, "quote_paragraph", _ANSWERS, 0.6)
        return Attribution(a.mention, a.cue, "quote_paragraph", "quote paragraph after the same speaker's quote",
                           0.76)

    def _pull_quote(self, ctx: QuoteContext, result) -> Attribution | None:
        """Why: a web page sets words quoted before apart as a pull quote, a paragraph that is only
        the quote, untagged: it is the speaker's of the earlier quote (or two quotes of one speaker)
        that its first and its last words come from, not whoever spoke last."""
        q = self.doc.quotes[ctx.index]
        if not q.closed or ctx.last < len(self.doc.paragraphs[ctx.para].tokens) - 2:
            return None
        words = tuple(_QUOTE_WORD.findall(self._quoted(ctx.index).lower()))
        if len(words) <= _PULL_WORDS:
            return None
        if self.quoted_at is None:  # built once, when the first candidate comes: linear in the quotes' words
            self.quoted_at = {}
            for k in range(len(self.doc.quotes)):
                w = _QUOTE_WORD.findall(self._quoted(k).lower())
                for i in range(len(w) - _PULL_WORDS + 1):
                    self.quoted_at.setdefault(tuple(w[i:i + _PULL_WORDS]), k)
        first, last = self.quoted_at.get(words[:_PULL_WORDS], -1), self.quoted_at.get(words[-_PULL_WORDS:], -1)
        if not (0 <= first < ctx.index and 0 <= last < ctx.index):
            return None
        a, b = result[first], result[last]
        if a is None or a.mention is None or b is None or b.mention is None or a.mention.entity != b.mention.entity:
            return None
        return Attribution(a.mention, None, "quote_paragraph", "a pull quote of words quoted before", 0.7)

    def _asker(self, prev: int, a: Attribution, result) -> Mention | None:
        """Why: '"…?" Mthembu asked.' then '"…," Ndlovu replied.': after a tagged reply to a named
        person's question, the next untagged paragraph is the questioner's turn again."""
        if a.cue is None or a.cue.lemma not in _REPLY_VERBS or a.mention.form != NAME:
            return None
        k = prev  # back to the quote the reply verb tags (in its paragraph), then to the question before it
        while k > 0 and self.ctx[k - 1].para == self.ctx[prev].para and result[k - 1] is not None \
                and result[k - 1].cue is a.cue:
            k -= 1
        q = result[k - 1] if k > 0 else None
        if q is None or q.mention is None or q.mention.form != NAME or q.mention.entity == a.mention.entity \
                or self.ctx[k].para - self.ctx[k - 1].para != 1 or "?" not in self._quoted(k - 1):
            return None
        return q.mention

    def _addresses(self, index: int, entity: int) -> bool:
        """Why: a quote that calls somebody by a role set off by commas ("I have told them, Senator.")
        addresses that person, so it is not theirs: true when ``entity`` holds the role."""
        found = _VOCATIVE.findall(self._quoted(index))
        if not found or entity < 0:
            return False
        if self.roles is None:
            self.roles = {}
            for ms in self.mentions_by_para.values():
                for m in ms:
                    if m.head and m.entity >= 0:
                        self.roles.setdefault(m.entity, set()).add(m.head)
        lex = lexicon.load()
        held = self.roles.get(entity, ())
        return any(lex.is_title(w.lower()) and any(lex.same_role(w.lower(), h) for h in held)
                   for pair in found for w in pair if w)

    def _quoted(self, index: int) -> str:
        """The text between a quote's marks."""
        q = self.doc.quotes[index]
        return self.doc.text[q.start:q.end]

    def _spoke_before(self, index: int, result) -> set[int]:
        """The entities of the quotes before ``index`` that have a speaker. Quotes before the last
        one asked about are settled (the sieves run in quote order), so the set only grows."""
        if index < self.spoke_upto:
            self.spoke, self.spoke_upto = set(), 0
        for r in result[self.spoke_upto:index]:
            if r is not None and r.mention is not None:
                self.spoke.add(r.mention.entity)
        self.spoke_upto = index
        return self.spoke

    def _asks(self, index: int) -> bool:
        """Whether a quote is a question."""
        return self._quoted(index).rstrip().endswith("?")

    def _interlocutor(self, para: int, asker: int, spoke: set[int]) -> Mention | None:
        """Why: in a hearing or a cross-examination ('"…, did you?" Salerno asked.' then an untagged
        quote paragraph) the answer is the other party's: the latest person other than the asker
        named in the paragraphs before, one who has spoken first."""
        people = [m for p in range(para, max(-1, para - 4), -1) for m in reversed(self.mentions_by_para.get(p, []))
                  if m.form == NAME and m.kind in (PERSON, UNKNOWN) and m.entity >= 0 and m.entity != asker]
        return next((m for m in people if m.entity in spoke), people[0] if people else None)

    def colon_lead_in(self, ctx: QuoteContext, _result) -> Attribution | None:
        """'Zelenskyy wrote on Telegram:' then a paragraph that is a quote."""
        if ctx.first != 0 or ctx.para == 0:
            return None
        prev = self.doc.paragraphs[ctx.para - 1]
        text = self.doc.text[prev.span[0]:prev.span[1]].rstrip()
        if not text.endswith(":"):
            return None
        cues = self.subject_cues.get(ctx.para - 1)
        c = cues[-1] if cues else None
        named = self._lead_in_speaker(prev) if c is None or c.sentence != prev.token_sentence[-1] else None
        if named is not None:
            return Attribution(named, None, "colon_lead_in", "the previous paragraph's last sentence introduces it "
                               "with ':'", 0.6)
        if c is not None:
            return Attribution(c.subject, c, "colon_lead_in", f"'{c.lemma}:' ends the previous paragraph", 0.75)
        speaker = next((m for m in self.speakers_by_para.get(ctx.para - 1, [])
                        if m.kind in (PERSON, ORGANIZATION, GROUP)), None)
        if speaker is not None:
            return Attribution(speaker, None, "colon_lead_in", "the previous paragraph introduces it with ':'", 0.6)
        return None

    def _words_owner(self, ctx: QuoteContext) -> Mention | None:
        """A person whose words the text before a colon names, in the quote's sentence
        ("Trump's reply was swift:", "Hale's answer was blunt:")."""
        lower = self.doc.paragraphs[ctx.para].lower
        return next((m for m in self._mentions_before(ctx) if m.last_token < ctx.first and _owns_words(m, lower)),
                    None)

    def _lead_in_speaker(self, prev) -> Mention | None:
        """Why: a lead-in sentence with no cue of its own introduces the person whose words it names
        ("Tom Berg spoke first. Susan Hale's answer was blunt:"), or else its first speaker."""
        last = prev.token_sentence[-1]
        for m in self.mentions_by_para.get(prev.index, []):
            if m.sentence == last and _owns_words(m, prev.lower):
                return m
        return next((m for m in self.speakers_by_para.get(prev.index, [])
                     if m.sentence == last and m.kind in (PERSON, ORGANIZATION, GROUP)), None)

    def _last_speaker_before(self, ctx: QuoteContext, result) -> Attribution | None:
        """The previous quote's attribution, if it is in the same paragraph, a real sieve made it and
        no other named person speaks in between: with no subject in the quote's own sentence, the
        paragraph's quoted speaker is likelier than whoever was mentioned last."""
        a = self._previous_in_paragraph(ctx, result)
        if a is None or a.sieve == "nearest_mention":
            return None
        speaker = a.mention.entity
        if any(c.subject.form == NAME and c.subject.kind == PERSON and c.subject.entity != speaker
               for c in self._cues_since_previous(ctx)):
            return None  # a named person spoke in between
        return a

    def nearest_mention(self, ctx: QuoteContext, result) -> Attribution | None:
        """Fallback: the nearest plausible speaker before the quote, in this or the previous paragraph."""
        q = self.doc.quotes[ctx.index]
        speakers = self.speakers_by_para.get(ctx.para, [])
        before = bisect.bisect_right(self.speaker_ends.get(ctx.para, []), q.open)
        k = before - 1
        while k >= 0 and speakers[k].sentence == ctx.sent_open:
            k -= 1
        if k + 1 < before:  # "Lee praises Ortega as a "real leader"": the sentence's subject, not the nearest
            return Attribution(speakers[k + 1], None, "nearest_mention", "subject of the quote's sentence", 0.63)
        last = self._last_speaker_before(ctx, result)
        if last is not None:
            return Attribution(last.mention, None, "nearest_mention", "the paragraph's last quoted speaker", 0.51)
        if before:
            return Attribution(speakers[before - 1], None, "nearest_mention",
                               "nearest speaker-like mention before the quote", 0.51)
        if ctx.para > 0 and self.speakers_by_para.get(ctx.para - 1):
            return Attribution(self.speakers_by_para[ctx.para - 1][0], None, "nearest_mention",
                               "subject of the previous paragraph", 0.28)
        for k in range(ctx.index - 1, max(-1, ctx.index - 1 - _EARLIER_QUOTES), -1):
            a = result[k]
            if a is not None and a.mention is not None:
                return Attribution(a.mention, None, "nearest_mention", "the speaker of an earlier quote", 0.2)
        return None


def _possessive_person(m: Mention) -> bool:
    """A name in the possessive that may be a person's ("Hale's", "Trump's")."""
    return m.possessive and m.form == NAME and m.kind in (PERSON, UNKNOWN)


def _owns_words(m: Mention, lower: list[str]) -> bool:
    """A person's name in the possessive before a noun for what they said ("Hale's answer")."""
    return _possessive_person(m) and m.last_token + 1 < len(lower) and lower[m.last_token + 1] in _WORDS_NOUNS


def _transcript_label(m: Mention) -> bool:
    """Why: transcripts label speakers with surnames in capitals ("SANDERS:"), which read as acronyms."""
    return m.name.isupper() and len(m.name) >= 4 and " " not in m.name


# Groups that speak only through a verb of their own ("the crowd chanted"): a cheering crowd is
# no fallback speaker for the quote after it.
_CROWDS = frozenset({"crowd", "audience"})


def _speaker_like(m: Mention) -> bool:
    if m.possessive or m.after_preposition or m.dateline or (m.form == NOMINAL and m.head in _CROWDS):
        return False
    if m.form == PRONOUN:
        return m.gender in ("m", "f") or m.plural
    return m.kind in (PERSON, ORGANIZATION, GROUP, UNKNOWN)
