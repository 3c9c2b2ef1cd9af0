"""Reporting cues outside quotes: a speech verb (or "according to") and its subject mention."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from .document import Document, Paragraph
from .mention import NAME, NOMINAL, ORGANIZATION, PERSON, PLACE, Mention
from .names import QUOTING_VERBS, SHOWING_VERBS

# Verbs whose subject may follow them right after a quote: '"…," said Kirby'.
_INVERTING = frozenset("say add continue explain note write ask reply respond insist recall tweet warn "
                       "declare conclude comment argue observe agree answer concede admit joke quip "
                       "state report announce".split())
_NOT_VERB_BEFORE = frozenset("the a an his her its their our my your this that these those 's ’s".split())
_CLOSE_MARKS = frozenset("\"”’'»")
_OPEN_MARKS = frozenset("\"“‘'«")


@dataclass(slots=True)
class Cue:
    para: int
    sentence: int
    first: int            # token indices of the cue words, inclusive..exclusive
    last: int
    start: int            # character span of the cue words
    end: int
    lemma: str
    subject: Mention | None
    how: str              # "before" (Kirby said), "after" (said Kirby), "clause" (sentence subject),
                          # "according_to"


def find(doc: Document, para: Paragraph, mentions: list[Mention]) -> list[Cue]:
    """Cues in one paragraph; ``mentions`` are that paragraph's mentions in text order."""
    lex = lexicon.load()
    words = para.words
    lower = para.lower
    free = [q < 0 for q in para.token_quote]
    ends = {m.last_token - 1: m for m in mentions}
    starts = {m.first_token: m for m in mentions}
    inside = set()
    first_usable: dict[int, list[Mention]] = {}  # sentence -> usable mentions in order
    for m in mentions:
        inside.update(range(m.first_token, m.last_token))
        if _usable(m) and not m.dateline:
            first_usable.setdefault(m.sentence, []).append(m)
    cues: list[Cue] = []
    openers = _cue_openers()
    for v in [k for k, w in enumerate(lower) if w in openers]:  # (few words can open a cue: skip the rest at once)
        if not free[v] or v in inside:
            continue
        w = lower[v]
        if w == "according" and v + 2 < len(words) and lower[v + 1] == "to" and v + 2 in starts:
            s, e = para.tokens[v][0], para.tokens[v + 1][1]
            cues.append(Cue(para.index, para.token_sentence[v], v, v + 2, s, e, "according to",
                            starts[v + 2], "according_to"))
            continue
        lemma = lex.speech_verbs.get(w)
        last = v + 1
        if lemma is None and last < len(words) and free[last]:
            lemma = lex.phrasal_verbs.get((w, lower[last]))  # "shot back", "pointed out"
            if lemma is not None:
                last += 1  # the cue takes its particle
        if lemma in _NAMING and last + 1 < len(words) and lower[last] == "by" and last + 1 in starts \
                and not starts[last + 1].possessive and _passive(lower, v) \
                and lower[starts[last + 1].last_token:starts[last + 1].last_token + 1] == ["as"]:
            # "X was described by a third diplomat as '…'": the agent of the passive speaks
            cues.append(Cue(para.index, para.token_sentence[v], v, last, para.tokens[v][0], para.tokens[last - 1][1],
                            lemma, starts[last + 1], "after"))
            continue
        if lemma is None or (v > 0 and lower[v - 1] in _NOT_VERB_BEFORE) or _passive(lower, v) \
                or _noun_after_preposition(words, lower, v):
            continue
        if lemma == "put" and lower[v + 1:v + 2] != ["it"]:
            continue  # only "as X put it"
        if lemma == "call" and last < len(words) and lower[last] in ("on", "for"):
            last += 1
        subject, how = _subject(para, lower, free, v, last, lemma, ends, starts, first_usable, lex)
        if lemma in _INNER_ONLY and cues and _reported(cues[-1], para.token_sentence[v], subject):
            continue  # "Marchetti said the United States believed '…'": Marchetti's words, not a second cue
        cues.append(Cue(para.index, para.token_sentence[v], v, last, para.tokens[v][0], para.tokens[last - 1][1],
                        lemma, subject, how))
    return cues


@functools.lru_cache(maxsize=1)
def _cue_openers() -> frozenset[str]:
    """Words a cue can start with: "according", a reporting verb, or the verb of a phrasal one."""
    lex = lexicon.load()
    return frozenset(lex.speech_verbs) | frozenset(verb for verb, _ in lex.phrasal_verbs) | {"according"}


# Verbs whose passive names its speaker after "by" and the words after "as".
_NAMING = frozenset("describe call label".split())
# Verbs of thought: said of somebody inside what a speaker reports, they quote nobody.
_COGNITION = frozenset("believe think doubt worry".split())
# ... nor do verbs of perception, evidence and contact there ("said the decision reflected a '…'",
# "said its experts had observed '…'", "said the president had not spoken to him").
# And a noun that reads as a verb there ("told a Senate estimates hearing that …", "said the Sahel states '…'")
# or an agreement reported ("told reporters that the two leaders had agreed '…'") is the reporter's quote.
_INNER_ONLY = _COGNITION | frozenset("reflect observe speak estimate state agree".split())


def _reported(outer: Cue, sentence: int, subject: Mention | None) -> bool:
    """Whether a cue with ``subject`` sits in the clause that an earlier cue of its sentence reports."""
    return outer.sentence == sentence and outer.subject is not None and outer.lemma not in _COGNITION \
        and subject is not None and subject.first_token >= outer.last


_BE = frozenset("is are was were be been being".split())


def _before_adverbs(lower, k) -> int:
    """``k``, or the index before the "-ly" adverbs that end at ``k`` ("was widely | reported")."""
    while k >= 0 and lower[k].endswith("ly") and len(lower[k]) > 4:
        k -= 1
    return k


# Prepositions and "as" before a bare or plural verb form make it a noun: "as demand cooled",
# "for comment", "of claims"; "after saying", "as noted" and "to say" stay verbs.
_NOUN_AFTER = frozenset("as of for in on with from about at among between into against over".split())


def _noun_after_preposition(words, lower, v) -> bool:
    """Why: speech verbs double as nouns ("demand", "claims", "comment"); after a preposition only
    a participle ("after saying", "as noted") can be the verb. A capitalised "From" is a name."""
    return v > 0 and lower[v - 1] in _NOUN_AFTER and words[v - 1].islower() and not lower[v].endswith(("ing", "ed"))


def _passive(lower, v) -> bool:
    """Why: in "were admitted", "was told", "has been asked" the subject is not who spoke."""
    if not lower[v].endswith(("ed", "en")) and lower[v] not in ("told", "said", "written", "asked"):
        return False
    k = _before_adverbs(lower, v - 1)  # "was widely reported"
    return k >= 0 and lower[k] in _BE


def _skip_parenthesis(lower, k) -> int:
    """Index before the "(" that the ")" at ``k`` closes, skipping a comma after the name."""
    j = k - 1
    while j >= 0 and lower[j] != "(" and k - j < 12:
        j -= 1
    return j - 1 if j >= 1 and lower[j] == "(" else k


# Words that open an apposition or a parenthetical between a speaker and the verb:
# "Cyril, the director of the center, told", "Pantucci, at the Royal Institute, said",
# "Ms. Lee, Democrat of Ohio, said", "Manafort, citing polls, said", "Ann Lee, its chairman, told".
_APPOSITION_OPENERS = frozenset("the a an who which at of from with for in citing democrat republican "
                                "independent its his her their".split())


_PARTY_STATE = re.compile(r"[DRI]-[A-Z]")


def _skip_apposition(para, lower, free, k, ends) -> int:
    """Why: the subject is the name before an appositive that opens with a determiner, a title,
    a preposition, an age ("Smith, 45, said") or a possessor ("Dan Lee, Romney's deputy, said");
    returns the index to look at."""
    j = k - 1
    while j >= 0 and free[j] and para.token_sentence[j] == para.token_sentence[k] and lower[j] != ",":
        j -= 1
    if j < 1 or lower[j] != "," or j + 1 >= k or j - 1 not in ends:
        return k
    opener = lower[j + 1]
    lex = lexicon.load()
    if opener in _APPOSITION_OPENERS or opener.isdigit() or lex.is_title(opener) or opener in lex.title_modifiers \
            or opener.rstrip(".") in lex.honorifics:  # "Kellyanne Conway, Mr. Trump's campaign manager, told"
        return j - 1
    if opener.endswith("ing") and para.words[j + 1].islower():
        return j - 1  # "David Moreno, speaking in Vienna, said"
    if _PARTY_STATE.match(para.words[j + 1]):
        return j - 1  # AP style: "Mike Johnson, R-La., told reporters"
    if j + 2 < k and lower[j + 2] in ("'s", "’s", "'", "’") and ends[j - 1].form == NAME:  # "rVotes' owner"
        return j - 1
    return k


def _inverted_subject_at(para, lower, free, after, starts, lex) -> int:
    """Where the subject of an inverted verb starts: past a determiner and an adjective or two
    ('said the younger Mr. Trump'), past a possessor ("said Clinton's top aide Jake Sullivan"), and
    past a place or organisation that modifies a named person's role ('said Idaho supplement
    executive Frank VanderSloot'). Returns ``after`` itself when nothing better is found."""
    j = after
    if j + 1 < len(lower) and lower[j] in ("the", "a", "an", "one", "another"):
        j += 1  # '"…," said the Rev. Al Sharpton', '"…," said one Ohio Democrat'
    while j < len(lower) and j not in starts and j - after < 6 and free[j] and _role_modifier(para.words[j], lex):
        j += 1
    if j in starts and starts[j].possessive and starts[j].form == NAME and starts[j].last_token + 1 in starts:
        j = starts[j].last_token + 1
    if j in starts and starts[j].form == NAME and starts[j].kind in (PLACE, ORGANIZATION):
        t = starts[j].last_token
        while t < len(lower) and t - starts[j].last_token < 4 and t not in starts and free[t] \
                and (para.words[t].islower() or para.words[t] == "-"):
            t += 1
        if t in starts and starts[t].form == NAME and starts[t].kind == PERSON and t > starts[j].last_token:
            j = t
    return j if j in starts else after


_PARTITIVES = frozenset("one two three some several many most none each both all".split())


def _role_modifier(word: str, lex) -> bool:
    """A lower-case word, a number or a joiner before a named person's role: 'said 9/11 widow
    Terry Strada', 'said 77-year-old retiree Ann Cole'."""
    if word.isdigit() or word in ("/", "-"):
        return True
    return word.islower() and word.replace("-", "").isalnum() and word not in lex.function_words


_AUXILIARIES = frozenset("would could should will can may might must was were is are has have had did does "
                         "do".split())


def _starts_clause(words, lower, k) -> bool:
    """Why: in "…," said the candidate could win' the name after the verb is the subject of a
    reported clause (a verb follows it), not the speaker, and so it is in 'said the government
    "supports" the plan', where a quoted fragment in lower case goes on with the clause."""
    if k >= len(lower):
        return False
    return lower[k] in _AUXILIARIES or (lower[k] in _OPEN_MARKS and k + 1 < len(words) and words[k + 1].isalpha()
                                        and words[k + 1].islower())


def _before_home_town(para, lower, free, ends, k) -> int:
    """Why: in 'Bond, 30, of Raleigh, N.C., who …, said' the place is where the speaker lives: the end
    of the person name before the place, the commas and an age, "of"/"from"/"in" or a description
    ("a nurse from Erie"), else ``k``."""
    j = ends[k].first_token - 1
    commas = of = 0
    sentence = para.token_sentence[k]
    while j >= 0 and k - j < 14 and free[j] and para.token_sentence[j] == sentence:
        if j in ends and ends[j].form == NAME and ends[j].kind == PERSON and commas and of:
            return j
        if j in ends and ends[j].form == NAME and ends[j].kind != PERSON:
            j = ends[j].first_token - 1
        elif j in ends and ends[j].form == NOMINAL and ends[j].kind == PERSON and not ends[j].plural:
            of += 1  # 'Linda Marsh, 67, a retired nurse from Erie, Pennsylvania, said'
            j = ends[j].first_token - 1
        elif lower[j] == ",":
            commas += 1
            j -= 1
        elif lower[j].isdigit() or lower[j] in ("of", "from", "in"):
            of += 1
            j -= 1
        else:
            break
    return k


def _closing(para, lower, k) -> bool:
    """A closing mark at ``k``, or an opening mark typed where the closing one belongs ('"It's
    unusual,“ said Larry Noble'): the quote's last token."""
    return lower[k] in _CLOSE_MARKS or lower[k] in _OPEN_MARKS and para.token_quote[k] >= 0 and (
        k + 1 == len(lower) or para.token_quote[k + 1] != para.token_quote[k])


def _usable(m: Mention) -> bool:
    return not m.possessive and not m.after_preposition


_SUBORDINATORS = frozenset("after before".split())


def _clause_subject(lower, m: Mention, v: int) -> bool:
    """Why: in 'Nolan spoke hours after Reyes said he was "encouraged"', "after" opens a clause and
    the name right before its verb is that clause's subject, not a preposition's object."""
    return not m.possessive and m.last_token == v and m.first_token > 0 and lower[m.first_token - 1] in _SUBORDINATORS


_RECORDINGS = frozenset("footage video videos clip clips recording recordings tape tapes audio".split())


def _quoted_as_saying(lower, v, ends) -> Mention | None:
    """Why: in 'state media quoted Kim as saying …' and 'citing an aide as saying …' the one
    saying is the object of "quoted", not the clause's subject, and so is a name in apposition to
    that object ('quoted the minister, Rana Haddad, as saying')."""
    if v < 3 or lower[v - 1] != "as" or not lower[v].endswith("ing"):
        return None
    k = v - 2
    if lower[k] == "," and k - 1 in ends and ends[k - 1].comma_before and ends[k - 1].first_token - 2 in ends:
        m = ends[k - 1]  # the name in apposition; the object it names ends before its comma
        obj = ends[m.first_token - 2]
    elif k in ends:
        m = obj = ends[k]
    else:
        return None
    if m.possessive or obj.first_token < 1 or lower[obj.first_token - 1] not in QUOTING_VERBS:
        return None
    return m


def _subject(para, lower, free, v, last, lemma, ends, starts, first_usable, lex):
    """Why: English puts the speaker just before the verb (skipping "has repeatedly", ", meanwhile,"),
    just after it in '"…," said X', or at the head of the clause for participles ("saying"),
    coordinated verbs ("and said") and relative clauses ("politicians who had been briefed said")."""
    participle = lower[v].endswith("ing")  # "saying": its subject heads the clause
    quoted = _quoted_as_saying(lower, v, ends)
    if quoted is not None:
        return quoted, "before"
    k = v - 1
    words = para.words
    # fillers are lower case: "River Action Now, told" ends a name, "Smith, now, told" does not
    while k >= 0 and free[k] and not words[k][:1].isupper() and (
            lower[k] in lex.cue_fillers or (lower[k].endswith("ly") and len(lower[k]) > 4)
            or (lower[k] == "," and k > 0 and not words[k - 1][:1].isupper()
                and (lower[k - 1] in lex.cue_fillers or lower[k - 1].endswith("ly")))):
        k -= 1
    sentence = para.token_sentence[v]
    if k >= 0 and lower[k] == ")":
        k = _skip_parenthesis(lower, k)  # "Gov. Tom Reed (R-OH), said"
    if k >= 0 and lower[k] == "," and not participle:
        if k - 1 in ends and ends[k - 1].form == NAME and ends[k - 1].comma_before and _usable(ends[k - 1]) \
                and ends[k - 1].kind != PLACE:  # (a place there is a home town: "from Erie, Pennsylvania, said")
            return ends[k - 1], "before"  # "the chief executive, Jeff Weiner, said"
        k = _skip_apposition(para, lower, free, k, ends)
    if k >= 1 and lower[k] in ("who", "which") and not participle:
        k -= 2 if lower[k - 1] == "," and k >= 2 else 1  # "the department, which reported"
        if k >= 3 and k not in ends and lower[k + 1] == ",":
            j = next((i for i in range(k - 1, k - 4, -1) if lower[i] == ","), 0)
            if j >= 1 and j - 1 in ends and _PARTY_STATE.match(para.words[j + 1]):
                k = j - 1  # "Rep. Brenda Lawrence, D-Mich., who said": the person before the party label
        if k in ends and ends[k].kind == PLACE and ends[k].after_preposition:
            j = ends[k].first_token - 1  # "Sen. Marco Rubio of Florida, who mused": the person, not the state
            if j >= 1 and lower[j] in ("of", "from") and j - 1 in ends and ends[j - 1].kind == PERSON:
                k = j - 1
        if k in ends and not ends[k].possessive:
            return ends[k], "before"  # a relative clause's antecedent, even after a preposition
    # "Mr. Park of the Green Trust said": step over the prepositional phrase to its head
    if k >= 0 and k in ends and ends[k].after_preposition:
        j = ends[k].first_token - 1
        if j >= 0 and lower[j] in ("the", "a", "an"):
            j -= 1
        if j >= 1 and lower[j] in ("of", "at", "from", "for", "with", "in") and j - 1 in ends:
            k = j - 1
        elif j >= 1 and lower[j] == "of" and lower[j - 1] in _PARTITIVES and not participle:
            return ends[k], "before"  # "one of the sources said": the group speaks through one of it
        elif j >= 1 and lower[j] in ("from", "by") and lower[j - 1] in lex.documents and not participle:
            return ends[k], "before"  # "a statement from Netanyahu's office said": the office speaks
    if k >= 0 and k in ends and ends[k].kind != PERSON and ends[k].form == NAME and not participle:
        k = _before_home_town(para, lower, free, ends, k)
    if k >= 0 and k in ends and (_usable(ends[k]) or _clause_subject(lower, ends[k], v)) \
            and not participle:
        return ends[k], "before"
    # 'with Trump reportedly yelling: "…"': the subject of an absolute "with" clause, right before its verb
    w = _before_adverbs(lower, v - 1)
    if participle and w in ends and not ends[w].possessive \
            and ends[w].first_token >= 1 and lower[ends[w].first_token - 1] == "with":
        return ends[w], "before"
    # ... and of the second one ("with Macron calling it «…» and Merz urging them «…»")
    if participle and w in ends and not ends[w].possessive and ends[w].first_token >= 1 \
            and lower[ends[w].first_token - 1] == "and" and _with_clause_before(para, lower, ends[w].first_token - 1):
        return ends[w], "before"
    # 'the ad shows footage of Lee saying "…"': the one recorded speaks, not the clause's subject
    if participle and w in ends and not ends[w].possessive and ends[w].first_token >= 2 \
            and lower[ends[w].first_token - 1] == "of" and lower[ends[w].first_token - 2] in _RECORDINGS:
        return ends[w], "before"
    # "State television showed him telling the group: '…'": the one shown speaks
    if participle and w == v - 1 and w in ends and not ends[w].possessive and ends[w].first_token >= 1 \
            and lower[ends[w].first_token - 1] in SHOWING_VERBS:
        return ends[w], "before"
    after = _inverted_subject_at(para, lower, free, last, starts, lex)
    # any reporting verb inverts right after a closing quote: '"…," scoffed Arianna Gil'
    inverting = lemma in _INVERTING or lemma != "put" and (
        (v >= 1 and _closing(para, lower, v - 1)) or (v >= 2 and lower[v - 1] == "," and _closing(para, lower, v - 2)))
    if inverting and not participle and after in starts and _usable(starts[after]) \
            and not _starts_clause(words, lower, starts[after].last_token) and (
            v == 0 or _closing(para, lower, v - 1) or lower[v - 1] == ","
            or para.token_sentence[v - 1] != sentence):
        return starts[after], "after"
    candidates = first_usable.get(sentence) or []
    first = candidates[0] if candidates else None
    if first is not None and first.first_token == 0 and words[first.last_token:first.last_token + 1] == [":"]:
        # "Lee: A regular, Mrs. Ade, stood up and said, '…'": a Q&A label is who answers, not the
        # subject of a clause inside the answer
        inner = next((m for m in candidates if m.first_token > first.last_token and m.kind != PLACE), None)
        if inner is not None and inner.first_token < v:
            first = inner
    if first is not None and first.fronted:
        # "Speaking to MSNBC's Morning Joe, Bush … described it as '…'": the main clause's subject
        main = next((m for m in candidates if not m.fronted and m.first_token > first.first_token), None)
        if main is not None and main.first_token < v:
            first = main
    if first is not None and first.first_token < v and lower[v - 1] == "and":
        # "KCNA said Kim Jong-un had observed the launch and called it '…'": the reported clause's subject
        # speaks for its own coordinated verb
        inner = next((m for m in candidates if first.last_token < m.first_token and m.last_token < v
                      and lower[m.last_token] == "had" and lower[m.first_token - 1] in ("said", "says")), None)
        if inner is not None and inner.form == NAME and inner.kind == PERSON:
            return inner, "clause"
    if first is not None and first.first_token < v:
        # "X said …, even as the DMK accused the Centre of '…'": a contrasted clause has its own subject
        second = _contrasted_clause(para, lower, first.last_token, v)
        if second >= 0:
            # (its subject opens it: not "X, while being interviewed on Fox and Friends, called")
            first = next((m for m in candidates if second < m.first_token <= second + 2 and m.first_token < v), first)
        return first, "clause"
    return None, "none"


_CONTRAST = frozenset("but while whereas".split())
_CLAUSE_REACH = 40  # tokens looked back over for a clause boundary


def _contrasted_clause(para, lower, lo: int, v: int) -> int:
    """The token that opens a contrasted clause (", but", ", while", "even as", ";") between ``lo``
    and the verb at ``v``, or -1."""
    sentence = para.token_sentence[v]
    for j in range(v - 1, max(lo, v - _CLAUSE_REACH), -1):
        if para.token_sentence[j] != sentence or para.token_quote[j] >= 0:
            return -1
        if lower[j] == ";" or lower[j] in _CONTRAST and lower[j - 1] == "," \
                or lower[j] == "as" and lower[j - 1] == "even":
            return j
    return -1


def _with_clause_before(para, lower, k: int) -> bool:
    """Whether an absolute "with" clause with a participle ("with Macron calling it …") ends at the
    "and" at ``k`` (not "with marchers and spectators chanting")."""
    sentence = para.token_sentence[k]
    participle = False
    for j in range(k - 1, max(-1, k - _CLAUSE_REACH), -1):
        if para.token_sentence[j] != sentence:
            return False
        if lower[j] == "with":
            return participle
        participle = participle or lower[j].endswith("ing") and para.token_quote[j] < 0
    return False
