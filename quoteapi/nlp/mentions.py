"""Speaker candidates outside quotes: names with their titles, pronouns and nominals.

No tagger is available, so the grammar is capitalisation plus the project's lexicons:
a *name* is a run of capitalised tokens, with the titles and roles in front of it
("White House national security spokesperson John Kirby"; built in ``names.py``); a *nominal* is
a role noun with its modifiers ("a North Korean representative to the United Nations", "the
defense secretary"). This module scans each paragraph for both, and for pronouns.
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

from . import lexicon
from .document import DASHES, Document, Paragraph
from .mention import AGE_HEAD, GROUP, NAME, NOMINAL, ORGANIZATION, PERSON, PLACE, PRONOUN, UNKNOWN, Mention
from .names import (CONNECTORS, MONTH_ABBREVIATIONS, ORG_NAME_JOINERS, PREPOSITIONS, QUOTING_VERBS, SHOWING_VERBS,
                    and_in_org_name, breaks_run, function_word_name, is_acronym, is_cap, long_org_end, name_kind,
                    name_mention, particle_name, reaches_verb)

_DETERMINERS = frozenset("the a an another one two three four several some many other both his her its "
                         "their our my your this that these those".split())
_COPULAS = frozenset("as is was are were be been being become became becomes remain remains remained".split())
_SINGULAR_DETERMINERS = frozenset("a an another one this that".split())
_PP_HEADS = frozenset("to of for at from in with".split())
_SUBJECT_PRONOUNS = frozenset("he she they it".split())
# Quantifiers that stand alone for people when a reporting verb follows them at a sentence's start
# ("Another said he hoped …", "Several said they would …"); the value: whether they are plural.
_QUANTIFIER_SUBJECTS = {"another": False, "several": True, "some": True, "many": True,
                        "both": True, "most": True, "others": True}
# Time zones after a live blog's timestamps ("1.34pm GMT —") are no speakers.
_TIME_ZONES = frozenset("gmt bst cet cest eet eest et est edt ct cst cdt mt mst mdt pt pst pdt utc ist jst kst "
                        "hkt aest aedt acst awst nzst nzdt".split())
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")
# "54-year-old": an age that stands for a person; such nominals get the head AGE_HEAD.
_AGE = re.compile(r"\d+-year-old$")
# Organisation words that speak without a determiner: "police said", "state media reported".
_COLLECTIVES = frozenset("police media press".split())
_NOMINAL_REACH = 12  # tokens from a nominal's first word to its head noun, at most


def find(doc: Document) -> list[Mention]:
    """All mentions, in text order."""
    out: list[Mention] = []
    named = _capitalised_mid_sentence(doc)
    surnames = _lexicon_surnames(doc)
    clauses: list[tuple[int, Paragraph, int]] = []  # headlines "Name Does Something: 'quote'"
    for para in doc.paragraphs:
        if doc.is_heading(para.index) and not (para.index > 0 and para.words[:1] and para.words[0] in DASHES):
            # (a sign-off under a quote, "- Bernie Sanders.", is no subhead: it names the speaker)
            # title-case headlines run words into names; the body names everyone again. The one
            # exception is a headline that is a speaker's quote ("Kasich: 'We Will Go On'").
            colon = _headline_colon(doc, para)
            found = _headline_speaker(doc, para, named, colon)
            if not found and colon > 0:
                clauses.append((len(out), para, colon))
            out.extend(found)
            continue
        out.extend(_paragraph_mentions(doc, para, named, surnames))
    for at, para, colon in reversed(clauses):
        m = _headline_subject(doc, para, colon, out)
        if m is not None:
            out.insert(at, m)
    return out


def _headline_colon(doc: Document, para: Paragraph) -> int:
    """The colon of a headline that reads ``…: 'quote'``, the quote running to the headline's end;
    otherwise -1."""
    colon = next((i for i, w in enumerate(para.words) if w == ":"), None)
    if colon is None or colon == 0 or colon > 12 or colon + 1 >= len(para.words):
        return -1
    k = para.token_quote[colon + 1]
    if k < 0 or doc.quotes[k].open != para.tokens[colon + 1][0] or not _headline_quote(doc, k):
        return -1
    return colon


def _headline_subject(doc: Document, para: Paragraph, colon: int, body: list[Mention]) -> Mention | None:
    """Why: "Gillibrand on the Speech Transcripts: 'I Think She Will.'" quotes its subject, the
    headline's first words, when the body names that person ("Sen. Kristen Gillibrand"): title case
    runs the rest of the clause into the name, so the body's names decide where the name ends."""
    words = para.words
    for j in range(min(3, colon), 0, -1):
        if not all(w[:1].isupper() for w in words[:j]):
            continue
        key = [w.lower() for w in words[:j]]
        for m in body:
            if m.form != NAME or m.kind not in (PERSON, UNKNOWN) or m.para == para.index:
                continue
            parts = m.name.lower().split()
            if parts[-j:] == key or parts == key:
                start, end = para.tokens[0][0], para.tokens[j - 1][1]
                # a new mention of the headline's words, with the body name's kind and gender only
                return Mention(start, end, NAME, m.kind, doc.text[start:end], (start, end), gender=m.gender,
                               para=para.index, sentence=para.token_sentence[0], first_token=0, last_token=j)
    return None


def _headline_speaker(doc: Document, para: Paragraph, named: frozenset[str], colon: int) -> list[Mention]:
    """The name before the colon of a headline that reads ``Name: 'quote'``, the quote running to
    the headline's end; otherwise nothing."""
    if colon < 0 or colon > 6:
        return []
    # a name of up to three words ("Kasich", "Dr. Ben Carson"): a longer run is a headline's clause
    # ("Trump Addresses Harbor Attack")
    if sum(w != "." for w in para.words[:colon]) > 3:
        return []
    return [m for m in _paragraph_mentions(doc, para, named)
            if m.first_token == 0 and m.last_token == colon and m.form == NAME and m.kind != PLACE]


def _headline_quote(doc: Document, k: int) -> bool:
    """A quote that runs to the end of its paragraph (a period or a question mark may follow)."""
    q = doc.quotes[k]
    para = doc.paragraphs[q.para]
    return q.closed and not doc.text[q.close:para.span[1]].strip(" .?!")


def _day_number(words, j) -> bool:
    """A day's number at ``j``, perhaps after the abbreviation's period ("Dec. 10", "Sept 11")."""
    if words[j:j + 1] == ["."]:
        j += 1
    return j < len(words) and words[j][:1].isdigit()


def _capitalised_mid_sentence(doc: Document) -> frozenset[str]:
    """Words the document capitalises inside sentences: evidence that a capitalised sentence opener
    is a name ("Kirby said") rather than an ordinary word ("Minutes later", "Protests grew")."""
    seen = set()
    openers = ("\"", "“", "‘", "(", ":", "—", "-")
    for para in doc.paragraphs:
        words, sent = para.words, para.token_sentence
        for i in range(1, len(words)):
            w = words[i]
            if w[:1].isupper() and sent[i] == sent[i - 1] and words[i - 1] not in openers:
                seen.add(w)
    return frozenset(seen)


# Words that follow a given name in a party or an office label, not surnames: "Virginia Democratic", "Jim Sen."
_NOT_SURNAMES = frozenset("democrat democratic republican independent house senate sen gov rep".split())


def _lexicon_surnames(doc: Document) -> frozenset[str]:
    """Why: "Mark Cuban", "Michael Bloomberg", "Mark Singer" give a person a surname that the
    lexicons know as a nationality, an organisation or a role; the document's bare "Cuban said",
    "Bloomberg told" and "Mr. Singer" then name that person. One pass over the words."""
    lex = lexicon.load()
    first_names = lex.first_names
    found = set()
    for para in doc.paragraphs:
        words, lower = para.words, para.lower
        # (given names first, found by a comprehension: the rarer test, and this runs on every word)
        for i in [k for k, w in enumerate(lower[:-1]) if w in first_names]:
            w = lower[i + 1]
            if (w in lex.nationalities or w in lex.organizations or w in lex.titles) and w not in _NOT_SURNAMES \
                    and lower[i] not in lex.places and words[i][1:].islower() \
                    and words[i + 1][:1].isupper() and words[i + 1][1:].islower() \
                    and not (i + 2 < len(words) and (words[i + 2][:1].isupper() or words[i + 2] == ".")):
                found.add(w)
    return frozenset(found)


def _paragraph_mentions(doc: Document, para: Paragraph, named: frozenset[str],
                        surnames: frozenset[str] = frozenset()) -> list[Mention]:
    lex = lexicon.load()
    words = para.words
    lower = para.lower
    free = [q < 0 for q in para.token_quote]
    n = len(words)
    used = [False] * n
    found: list[Mention] = []

    def sentence_start(i: int) -> bool:
        # after a quote mark a free token follows a *closing* mark: not a sentence start
        return i == 0 or para.token_sentence[i] != para.token_sentence[i - 1] or (
            words[i - 1] in {"(", "—", "--", ":"})

    # 1. runs of capitalised tokens (only capitalised tokens outside quotes can start one, and
    # surnames with a lower-case article: "al-Saadi said")
    resume = 0
    starts = [k for k in range(n) if free[k] and (words[k][:1].isupper()
                                                  or "-" in words[k] and particle_name(words[k]))
              and not (k and words[k - 1] == "@")]  # "@ABDanielleSmith wrote": a handle names an account, not a person
    for i in starts:
        if i < resume:
            continue
        j = i
        while j < n:
            if not free[j]:
                nickname_end = _nickname_end(para, words, j) if j > i and (
                    is_cap(words[j - 1]) or words[j - 1] == ".") else -1
                if nickname_end < 0:
                    break
                j = nickname_end  # 'Marcia "Cia" Price': a nickname between a first name and a surname
                continue
            w = words[j]
            if j > i and breaks_run(words, lower, i, j, lex):
                break
            if (is_cap(w) or particle_name(w)) and (w != "I" or words[j + 1:j + 2] == ["."]) \
                    and lower[j] not in _I_CONTRACTIONS:  # "I", but "Mary I. Cole"; "I've" is no name
                j += 1
            elif w == "." and j > i and j < n and para.tokens[j][0] == para.tokens[j - 1][1] and (
                    len(words[j - 1]) == 1 or lower[j - 1] in lex.abbreviations):
                j += 1  # initials and abbreviations: "E.", "Mr.", "Jr."
            elif j > i and j + 1 < n and words[j + 1] == "Class" and _ORDINAL.match(words[j]):
                j += 1  # a rank's class: "Sgt. 1st Class Luis Hernandez", "Petty Officer 3rd Class"
            elif lower[j] == "of" and j > i and lower[j - 1] in lex.org_words and j + 1 < n and free[j + 1] \
                    and (words[j + 1].isdigit() or lower[j + 1] in _NUMBER_WORDS):
                j += 2  # "the Group of 20", "the Group of Seven": a body named by its count
            elif lower[j] in CONNECTORS and j > i and _connected(words, lower, free, j):
                j += 1  # "Ana Paula dos Santos", and both words of "Jan van der Berg"
            elif lower[j] == "of" and j > i and lex.is_title(lower[j - 1]) and j + 2 < n and lower[j + 1] == "the" \
                    and free[j + 1] and free[j + 2] and is_cap(words[j + 2]):
                j += 2  # a title's "of the": "Speaker of the House Paul Ryan", "Secretary of the Treasury"
            elif lower[j] == "and" and j > i and and_in_org_name(words, lower, free, i, j, lex):
                j += 1
            elif (lower[j] in ("'s", "’s") or lower[j] in ("'", "’") and lower[j - 1].endswith("s")) and j > i \
                    and and_in_org_name(words, lower, free, i, j, lex):
                j += 1  # "the Alzheimer's Association", "the Swiss People's Party": a possessive inside the name
            else:
                break
        run_end = j
        if j < n and lower[j] in ORG_NAME_JOINERS:
            j = long_org_end(words, lower, free, i, j, lex)  # "Ministry of Culture, Sports and Tourism"
        # trim a trailing "." that ended the sentence rather than an abbreviation
        while j > i and words[j - 1] in {".", "of", "de", "la"}:
            if words[j - 1] == "." and (len(words[j - 2]) == 1 or lower[j - 2] in lex.honorifics
                                        or lower[j - 2] in lex.titles or lower[j - 2] in ("jr", "sr")):
                break
            j -= 1
        start = i
        # drop capitalised function words at a sentence start ("But Kirby", "When Austin"), but not
        # one that is a name inside a sentence: "Will wrote", '"…," said Will Doyle', "Al From said"
        while start < j and lower[start] in lex.function_words and lower[start] != "the" and (
                sentence_start(start) or words[start] != words[start].upper()) and not (
                start == i and not sentence_start(start) and function_word_name(words, lower, start, j, lex)):
            start += 1
        while start < j and not words[start][:1].isalnum():
            start += 1  # the period of a dropped "A." ("Ann. A. Smith left")
        while start < j and lower[start] in _TIME_ZONES and words[start].isupper():
            start += 1  # live blogs: "10:05 AEST — Paul Keating, on ABC radio: …"
        if start < j and sentence_start(start) and lower[start].endswith(("ing", "ed")) and \
                len(lower[start]) > 5 and lower[start] not in lex.first_names and words[start] not in named \
                and not lex.is_title(lower[start]) and lower[start] not in lex.places \
                and lower[start] not in lex.organizations and " ".join(lower[start:j]) not in lex.organizations \
                and (j - start >= 2 or (j < n and not words[j][:1].isalnum())):
            start += 1  # "Celebrating Clinton …", "Asserting Clinton's role", 'Titled "A Very …"'
        if (j - start >= 2 or j - start == 1 and j < n and words[j] == ",") and sentence_start(start) \
                and lower[start].endswith("ly") and len(lower[start]) > 5 \
                and lower[start] not in lex.first_names and words[start] not in named:
            start += 1  # "Ironically Hillary Clinton …", "Typically, he": an adverb, not a given name
        if start < j - 1 and sentence_start(start) and lower[start] in lex.title_modifiers and j < n \
                and not is_cap(words[j]) and lex.is_title(lower[j]) and lexicon.singular(lower[j]) != lower[j]:
            start = j  # "Former Carson advisers", "Top Sanders strategists": a group, found as a nominal
        if j - start == 1 and lower[start] in MONTH_ABBREVIATIONS and _day_number(words, j):
            start = j  # "vote Dec. 10": a date
        if start < j and sentence_start(start) and j - start >= 1 and "-" in lower[start] and \
                lower[start].split("-")[0] in lex.function_words:
            start += 1  # "Twenty-two"
        if j - start >= 2 and (words[start].isupper() or not words[start][:1].isalpha()) \
                and all(is_acronym(w) or not w[:1].isalpha() for w in words[start:j]) \
                and " ".join(lower[start:j]) not in lex.organizations and " ".join(lower[start:j]) not in lex.places:
            start = j  # "NORTH FIELD", "READ MORE HERE": datelines and headings in capitals
        if start == j - 1 and sentence_start(start) and words[start] not in named and \
                lower[start] not in lex.first_names and not is_acronym(words[start]) and \
                lower[start] not in lex.places and lower[start] not in lex.organizations and \
                not lex.is_title(lower[start]) and lower[start] not in lex.honorifics and \
                j < n and words[j][:1].islower() and not reaches_verb(lower, j, lex):
            start = j  # "Minutes later": an opener never capitalised elsewhere, not followed by a cue
        if start < j and start == 0 and is_acronym(words[start]) and len(words[start]) > 3 and \
                j - start == 1 and j < n and words[j] in (",", "—", "-", "–") and \
                lower[start] not in lex.organizations:
            start = j  # "SPRINGFIELD, Ill. —": a dateline
        if start < j and len(words[start]) > 2 and words[start][1] == "-" and words[start][0] in "DRI":
            start = j  # "(D-Newport News)", "(R-Utah)": party and state, not a speaker
        if start < j and len(words[start]) == 1 and all(len(w) == 1 for w in words[start:j]):
            start = j  # initials alone ("I.") name nobody
        if start < j and _modifies_role(words, lower, start, j, lex):
            start = j  # "the California congressman", "The New York businessman": a nominal follows
        elif j - start >= 2 and lower[start] == "the" and _org_head(words, lower, j, j, lex) is not None:
            start += 1  # "The Clinton campaign said": the campaign (a nominal) speaks; "Clinton" stays a name
        if start < j:
            m = name_mention(doc, para, words, lower, start, j, lex, surnames)
            if m is not None and j > run_end and (m.titles or m.kind != ORGANIZATION):
                # a long organisation name is all name, with no title in it ("Observer Group in …")
                s0, e0 = para.tokens[start][0], para.tokens[j - 1][1]
                m = replace(m, start=s0, name=doc.text[s0:e0], name_span=(s0, e0), titles=[], head="", gender=None,
                            kind=ORGANIZATION, first_token=start)
            if m is not None:
                # a title that reached back over an earlier run absorbs it ("Kremlin spokesperson X")
                while found and found[-1].last_token > m.first_token:
                    found.pop()
                found.append(m)
                for k in range(m.first_token, m.last_token):
                    used[k] = True
        resume = max(j, i + 1)

    # 2. pronouns and nominals among the remaining tokens; a nominal needs a role, organisation or
    # document noun within a few tokens, so look only where one is near
    nominal_of = [-1] * n  # token -> index in ``found`` of the nominal that covers it
    heads = _nominal_heads()
    near = [False] * n
    ages = "-year-old" in doc.text[para.span[0]:para.span[1]]  # "the 54-year-old": rare, so test the text once
    for h in [k for k, w in enumerate(lower) if w in heads or (ages and w.endswith("-year-old"))]:
        near[max(0, h - _NOMINAL_REACH):h + 1] = [True] * (h + 1 - max(0, h - _NOMINAL_REACH))
    resume = 0
    for i in [k for k in range(n) if (near[k] or lower[k] in _PRONOUN_STARTS) and free[k] and not used[k]]:
        if i < resume or used[i]:
            continue
        if lower[i] in _MULTITUDES:
            # (one word before it: "Small groups")
            start = i - 1 if i > 0 and words[i - 1].isalpha() and free[i - 1] and not used[i - 1] else i
            if i + 2 < n and lower[i + 1] == "of" and all(free[i:i + 3]) and not used[i + 2] and sentence_start(start) \
                    and (lower[i + 2] == "people" or lex.is_title(lower[i + 2]) and lower[i + 2].endswith("s")):
                # "Hundreds of people gathered …, some … chanting '…'", "Small groups of protesters": a crowd
                # that opens its sentence is its subject, not a preposition's object
                s, e = para.tokens[start][0], para.tokens[i + 2][1]
                nominal_of[start:i + 3] = [len(found)] * (i + 3 - start)
                found.append(Mention(s, e, NOMINAL, GROUP, doc.text[s:e], (s, e), [], lexicon.singular(lower[i + 2]),
                                     plural=True, para=para.index, sentence=para.token_sentence[start],
                                     first_token=start, last_token=i + 3))
                used[start:i + 3] = [True] * (i + 3 - start)
                resume = i + 3
                continue
        if lower[i] in _PARTITIVES:
            start, end = _partitive_subject(lower, free, used, i, lex)
            if end > 0:
                # "'…,' one of them said", "The other described it as '…'": one of a group named before
                s, e = para.tokens[start][0], para.tokens[end - 1][1]
                found.append(Mention(s, e, NOMINAL, PERSON, doc.text[s:e], (s, e), [], lower[end - 1],
                                     para=para.index, sentence=para.token_sentence[start], first_token=start,
                                     last_token=end))
                resume = end
                continue
        if lower[i] in _QUANTIFIER_SUBJECTS and sentence_start(i) and i + 1 < n and free[i + 1] \
                and lower[i + 1] in lex.speech_verbs and not (i + 2 < n and lower[i + 2] in lex.speech_verbs):
            # (not "One tweet said", "Another post read": there the first verb is a noun)
            s, e = para.tokens[i]
            plural = _QUANTIFIER_SUBJECTS[lower[i]]
            found.append(Mention(s, e, NOMINAL, GROUP if plural else PERSON, doc.text[s:e], (s, e), [],
                                 lower[i], plural=plural, para=para.index, sentence=para.token_sentence[i],
                                 first_token=i, last_token=i + 1))
            continue
        quoted = lower[i] in _OBJECT_PRONOUNS and _quoted_pronoun(lower, i)
        if not near[i] and lower[i] not in _SUBJECT_PRONOUNS and not quoted:
            continue
        if lower[i] in _SUBJECT_PRONOUNS or quoted:
            gender, number = lex.pronouns[lower[i]]
            s, e = para.tokens[i]
            found.append(Mention(s, e, PRONOUN, UNKNOWN, doc.text[s:e], (s, e), gender=gender,
                                 plural=number == "p", para=para.index,
                                 sentence=para.token_sentence[i], first_token=i, last_token=i + 1,
                                 after_preposition=i > 0 and lower[i - 1] in PREPOSITIONS))
            continue
        m = _nominal(doc, para, words, lower, used, free, i, lex) if near[i] else None
        if m is not None and m.plural and i >= 2 and lower[i - 1] == "of" and lower[i - 2] == "one" and free[i - 2] \
                and not used[i - 2] and lower[i] in ("the", "his", "her", "their", "its"):
            # "one of the officials said": one person of the group
            m.start, m.first_token, m.plural, m.kind = para.tokens[i - 2][0], i - 2, False, PERSON
            m.name, m.name_span = doc.text[m.start:m.end], (m.start, m.end)
            m.after_preposition = i > 2 and lower[i - 3] in PREPOSITIONS
        if m is not None:
            nominal_of[m.first_token:m.last_token] = [len(found)] * (m.last_token - m.first_token)
            found.append(m)
            for k in range(m.first_token, m.last_token):
                used[k] = True
            resume = m.last_token
    # "a North Korean representative to the United Nations" absorbs the name "United Nations"
    # (a possessor such as "Lee" in "Lee's press secretary" stays a mention of its own, and so
    # does a person who names an organisation: "a Hillary Clinton administration")
    found = [f for f in found if f.possessive or f.form != NAME or nominal_of[f.first_token] < 0
             or nominal_of[f.first_token] != nominal_of[f.last_token - 1]
             or found[nominal_of[f.first_token]].owner == f.first_token
             or (f.kind in (PERSON, UNKNOWN) and found[nominal_of[f.first_token]].kind == ORGANIZATION)]
    found.sort(key=lambda m: m.start)
    label = _section_label(words, lower, lex)
    if label > 0:
        found = [m for m in found if m.first_token > label]
    if "and" in lower:
        found = _coordinated_roles(found, lower, doc.text)
        found = _coordinated_parties(found, para, words, lower, free, doc.text, lex)
    _couples(found, lower, lex)
    # (a cheap test first: most paragraphs open with neither capitals nor a mention)
    dateline = _dateline_end(words, found) if words and (words[0].isupper() or words[0] == "("
                                                         or found and found[0].first_token == 0) else -1
    # a participle opening a sentence opens a clause too ("Appearing before cheering supporters, Suu Kyi
    # said"), when it is no name the document capitalises mid-sentence ("Browning said")
    # (few: most mentions skip the test; one pass over the words, the rarer tests on the few found)
    openers = [k for k, w in enumerate(lower) if w in _FRONTING or "ing" in w]  # ("in" beats endswith())
    participles = frozenset(k for k in openers if lower[k] not in _FRONTING and lower[k].endswith("ing")
                            and len(lower[k]) > 5 and sentence_start(k) and words[k][1:].islower()
                            and words[k][:1].isupper() and words[k] not in named)
    subordinators = [k for k in openers if lower[k] in _FRONTING or k in participles]
    for m in found:
        m.dateline = m.last_token <= dateline
        s = bisect.bisect_left(subordinators, m.first_token)
        if s and subordinators[s - 1] >= m.first_token - 13:
            first = bisect.bisect_left(para.tokens, (para.sentences[m.sentence][0],))  # the sentence's first token
            m.fronted = _in_fronted_clause(words, lower, para.token_sentence, first, m.last_token, participles)
            # "Asked about Ann Lee, he …": a participle's clause has no subject of its own; its subject
            # is the one after the comma
            m.participial = m.fronted and (lower[first] in _PARTICIPLE_OPENERS or first in participles)
        m.predicate = m.first_token > 0 and lower[m.first_token - 1] in _COPULAS
        m.called = m.first_token > 1 and lower[m.first_token - 1] in _CONTACT_VERBS and lower[m.first_token - 2] == "i"
        m.comma_before = m.first_token > 0 and words[m.first_token - 1] == ","
        m.dash_before = m.first_token > 0 and words[m.first_token - 1] in DASHES
        m.dash_after = m.last_token < n and words[m.last_token] in DASHES
        m.comma_after = m.last_token >= n or words[m.last_token] in (",", ".", ";") or \
            para.token_sentence[m.last_token] != m.sentence
        m.verb_after = m.form == NOMINAL and m.comma_before and m.last_token + 1 < n \
            and lower[m.last_token] in lex.speech_verbs and words[m.last_token + 1] not in (",", ".")
    if doc.text.find("relation", para.span[0], para.span[1]) >= 0:
        _no_relation(words, lower, para, found)
    return found


def _no_relation(words, lower, para, found: list[Mention]) -> None:
    """Why: "Jim Tanner, a contractor, no relation to the candidate," is a namesake aside: the story's
    bare "Tanner" is still the candidate. The person named before ", no relation" (or "is no relation")
    in its sentence, not after a preposition ("from Rochester"), is flagged."""
    for k, w in enumerate(lower):
        if w == "relation" and k >= 2 and lower[k - 1] == "no" \
                and (words[k - 2] in (",", "(") or words[k - 2] in DASHES or lower[k - 2] in ("is", "was")):
            sentence = para.token_sentence[k]
            before = [m for m in found if m.last_token <= k - 2 and m.sentence == sentence and m.form == NAME
                      and m.kind in (PERSON, UNKNOWN) and not m.after_preposition]
            people = [m for m in before if m.kind == PERSON] or before
            if people:
                people[-1].unrelated = True


_PARTITIVES = frozenset("one other".split())
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve twenty".split())
_I_CONTRACTIONS = frozenset("i've i'm i'd i'll i’ve i’m i’d i’ll".split())
# What a columnist does to a source: "I called a Republican ad maker …. He laughed."
_CONTACT_VERBS = frozenset("called asked phoned rang emailed texted interviewed reached".split())


def _section_label(words, lower, lex) -> int:
    """Why: newsletters open paragraphs with section labels ("Driving the news:", "Why it matters:",
    "What they're saying:"), which name nobody: the index of the label's colon, or -1. A label is two
    to five lower-case words after a function word or an -ing word, with no role among them (not "The
    moderator:", nor a name: "SANDERS:", "Ann Lee:")."""
    if ":" not in words[2:6]:
        return -1
    colon = words.index(":", 2, 6)
    if not (lower[0] in lex.function_words or lower[0].endswith("ing")) or not words[0][:1].isupper():
        return -1
    if any(not (w.islower() or w in ("'", "’")) or lex.is_title(w) for w in words[1:colon]) or any(
            w in lex.speech_verbs and not w.endswith("ing") for w in lower[:colon]):
        return -1  # (nor a lead-in: "He added:", "The letter continues:")
    return colon


def _partitive_subject(lower, free, used, i, lex) -> tuple[int, int]:
    """The tokens of "one of them", or of "the other", right before a reporting verb ("'…,' one of them
    said", "The other described it as '…'"), when ``i`` is its "one" or "other"; else (-1, -1)."""
    if lower[i] == "one" and lower[i + 1:i + 3] == ["of", "them"]:
        start, end = i, i + 3
    elif lower[i] == "other" and i > 0 and lower[i - 1] == "the" and free[i - 1] and not used[i - 1]:
        start, end = i - 1, i + 1
    else:
        return -1, -1
    if end < len(lower) and all(free[start:end + 1]) and lower[end] in lex.speech_verbs \
            and not (start and lower[start - 1] in PREPOSITIONS):  # (not "a spokesperson for one of them said")
        return start, end
    return -1, -1


_POSSESSIVE_DETERMINERS = frozenset("his her its their our my your".split())
_MEASURE = re.compile(r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|"
                      r"fifty|hundred)-[a-z]+$")  # "the 64-page report", "a 10-member panel", "the six-page memo"
# What ties an unnamed source to what it knows: "a source close to the talks", "people familiar with the plan".
_SOURCE_LINKS = frozenset({("close", "to"), ("familiar", "with"), ("briefed", "on"), ("involved", "in"),
                           ("knowledgeable", "about")})
_BARE_SOURCES = frozenset("source sources person people".split())
# What may follow a role's short complement ("the secretary of state and …", "… of state, who …").
_COMPLEMENT_ENDS = frozenset(", . ; and who".split())
_COMPLEMENT_AUXILIARIES = frozenset("was is has had".split())  # "the minister of home affairs was asked"


# Words that open a clause before the main one: "When she arrived, …", "Asked if he would run, …".
_FRONTING = frozenset("when after before while although though as if since once until because in asked "
                      "pressed questioned speaking told".split())
_PARTICIPLE_OPENERS = frozenset("asked pressed questioned speaking told".split())


def _abbreviated_title(words, lower, k, lex) -> bool:
    """Whether ``k`` is the period of an abbreviated title before a name ("Gov. Clayton Whitmore")."""
    return words[k] == "." and k > 0 and k + 1 < len(words) and is_cap(words[k + 1]) and (
        lex.is_title(lower[k - 1]) or lower[k - 1] in lex.honorifics)


def _coordinated_roles(found: list[Mention], lower: list[str], text: str) -> list[Mention]:
    """Why: "The Democratic front-runner and former secretary of state said": two roles joined by
    "and", the second without a determiner of its own, describe one person, the verb's subject."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and m.form == NOMINAL == prev.form and m.kind == PERSON == prev.kind \
                and not (m.plural or prev.plural or prev.possessive) and m.first_token == prev.last_token + 1 \
                and lower[prev.last_token] == "and" and lower[m.first_token] not in _DETERMINERS:
            prev.end, prev.last_token, prev.possessive = m.end, m.last_token, m.possessive
            prev.name, prev.name_span = text[prev.start:m.end], (prev.start, m.end)
            continue
        out.append(m)
    return out


def _coordinated_parties(found: list[Mention], para: Paragraph, words, lower, free, text: str, lex) -> list[Mention]:
    """Why: in "Tory and Reform MPs said" one group of two parties' members speaks, not "Tory" alone:
    a capitalised word joined by "and" to a plural group's capitalised modifier modifies the group too."""
    out: list[Mention] = []
    for m in found:
        j = m.first_token - 2
        if m.form == NOMINAL and m.kind == GROUP and j >= 0 and lower[j + 1] == "and" and free[j] \
                and is_cap(words[m.first_token]) and is_cap(words[j]) and words[j].isalpha() \
                and lower[j] not in lex.function_words and lower[j] not in lex.places \
                and para.token_sentence[j] == para.token_sentence[m.first_token]:
            prev = out[-1] if out and out[-1].last_token > j else None
            if prev is None or prev.form == NAME and prev.first_token == j and prev.last_token == j + 1 \
                    and prev.kind in (UNKNOWN, ORGANIZATION) and not prev.possessive:
                if prev is not None:
                    out.pop()  # "Tory" named nobody on its own
                m.start, m.first_token = para.tokens[j][0], j
                m.name, m.name_span = text[m.start:m.end], (m.start, m.end)
        out.append(m)
    return out


def _dateline_end(words: list[str], found: list[Mention]) -> int:
    """Why: 'AUSTIN, Texas (AP) —', 'LONDON, Nov. 5 —', 'Washington (AFP) –', '(CNN)' and a run-in
    subhead in capitals ('NEW RULES —') open a paragraph with no subject: the index of the dash (or
    the parenthesis) that ends such an opening, or -1 ('GOP front-runner Donald Trump - who …' opens
    with its subject)."""
    n = len(words)
    if words[0] == "(":  # a wire's credit opening the lede: "(CNN)Donald Trump's …", "(Reuters) - …"
        k = next((k for k in range(1, min(n, 6)) if words[k] == ")"), 0)
        if k < 2 or not all(w[:1].isupper() for w in words[1:k]):
            return -1
        return k + 1 if k + 1 < n and words[k + 1] in DASHES else k
    if found and found[0].first_token == 0 and found[0].kind == PLACE:
        t = found[0].last_token
    else:  # a run of words in capitals
        t = 0
        while t < n and t < 12 and (words[t].isupper() or words[t] in _RUN_INSIDE and t):  # "BEIJING/TAIPEI"
            t += 1
        if t == 0 or len(words[0]) < 3:
            return -1
    while t + 1 < n and words[t] == "/" and words[t + 1][:1].isupper():  # "BEIJING/TAIPEI", "Washington/Kyiv"
        t += 2
        while t < n and words[t].isupper() and words[t].isalpha():
            t += 1
    if t < n and words[t] == ",":  # the state, country, date or wire: ', Texas', ', Nov. 5, 2025 /PRNewswire/'
        k = t + 1
        while k < n and k - t <= 10 and words[k] not in DASHES and words[k] != "(" and (
                words[k][:1].isupper() or words[k][:1].isdigit() or words[k] in ",./"):
            k += 1
        t = k
    if t < n and words[t] == "(":  # '(AP)', '(Reuters)'
        k = t + 1
        while k < n and k - t <= 8 and words[k] != ")":
            k += 1
        t = k + 1
    return t if t < n and words[t] in DASHES else -1


_RUN_INSIDE = frozenset("'’/")


def _in_fronted_clause(words, lower, token_sentence, first, k, participles=frozenset()) -> bool:
    """Why: in "Asked whether he expected a shutdown, Whitcomb shrugged" the pronoun stands for
    the subject after the comma (cataphora), not for somebody earlier, and in "…, as Mrs. Clinton
    discussed taxes, Mr. Trump leaned in" Mr. Trump is the subject a later "he" means: a mention
    in a clause that opens with a subordinator at the sentence's start or after a comma, colon or
    dash, and ends in a comma."""
    # look back at most 12 tokens for the clause's opening word (bounded: a giant sentence
    # stays linear), stopping at a comma inside the clause
    start = -1
    for c in range(k - 1, max(first, k - 13) - 1, -1):
        if words[c] == ",":
            if c + 1 < k and lower[c + 1] in _FRONTING:
                start = c + 1
            break
        if words[c] in (":", "—", "–", "-"):
            start = c + 1 if lower[c + 1] in _FRONTING else -1
            break
        if c == first and (lower[c] in _FRONTING or c in participles):
            start = c
    if start < 0:
        return False
    sentence = token_sentence[start]
    j = k
    while j < len(words) and token_sentence[j] == sentence and j - k < 15:
        if words[j] == ",":
            return True
        j += 1
    return False


def _nickname_end(para: Paragraph, words: list[str], j: int) -> int:
    """The token after a short quoted nickname at ``j`` that a capitalised surname follows
    ('Jalen "J-Rock" Robinson'), or -1."""
    first, last = para.quote_tokens.get(para.token_quote[j], (j, -1))
    if first != j or last - first > 4 or last + 1 >= len(words) or para.token_quote[last + 1] >= 0 \
            or not is_cap(words[last + 1]) or not words[j + 1:j + 2] or not is_cap(words[j + 1]):
        return -1
    return last + 1


def _couples(found: list[Mention], lower: list[str], lex) -> None:
    """Why: in "Patricia and Gary Nolan" the lone first word is a given name, so its gender is
    known (a lone word is otherwise taken for a surname, whose first-name gender would mislead)."""
    for a, b in zip(found, found[1:]):
        if a.form == NAME and b.form == NAME and b.kind == PERSON and a.gender is None \
                and a.last_token + 1 == b.first_token and lower[a.last_token] == "and" \
                and a.last_token - a.first_token == 1 and b.last_token - b.first_token == 2 \
                and lower[b.first_token] in lex.first_names:
            a.gender = lex.first_names.get(lower[a.first_token])


def _connected(words, lower, free, j) -> bool:
    """A connector at ``j`` (one or two of them: "van der") that a capitalised word follows."""
    k = j + 1
    if k < len(words) and lower[k] in CONNECTORS and lower[j] != "of":
        k += 1
    return k < len(words) and free[k] and is_cap(words[k])


# Documents that are what somebody said ("the very words of Lincoln", "his past comments"): no source
# to read a modifier into.
_WORDS_SAID = frozenset("claim claims comments remarks assertion words account".split())


def _role_ahead(words, lower, free, k, lex) -> bool:
    """A role noun within three lower-case words from ``k`` ("a former senior law enforcement | official")."""
    for t in range(k, min(len(words), k + 3)):
        if not free[t]:
            return False
        if lex.is_title(lower[t]) or lower[t] in lex.title_modifiers or lower[t] in lex.org_words \
                or lower[t] in lex.documents and lower[t] not in _WORDS_SAID and lower[t] not in lex.speech_verbs:
            return True  # ... or an organisation word or a document: "the coast | guard", "the final | communique"
        if not (words[t].isalpha() and words[t].islower()) or lower[t] in lex.function_words \
                or lower[t] in lex.speech_verbs:
            return False
    return False


_REFLEXIVES = frozenset("himself herself themselves".split())


def _role_after_age(words, lower, free, k, lex) -> bool:
    """Why: "the 85-year-old Nobel laureate", "a 29-year-old Bangladeshi construction worker": an age
    before modifiers and a role noun is one of the modifiers, and the role is the head."""
    for t in range(k, min(len(words), k + 4)):
        if not free[t] or not words[t].replace("-", "").isalpha() or lower[t] in lex.function_words \
                or lower[t] in lex.speech_verbs:
            return False
        if lex.is_title(lower[t]):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _nominal_heads() -> frozenset[str]:
    """Words a nominal ends in: role nouns, organisation words, documents ("the report")."""
    lex = lexicon.load()
    return lex.title_forms | lex.org_words | lex.documents


def _modifies_role(words, lower, i, j, lex) -> bool:
    first = i + 1 if lower[i] == "the" else i
    before = lower[i - 1] if i > 0 else ""
    if not (lower[i] == "the" or before in _DETERMINERS or before in ("'s", "’s")) or first >= j:
        return False
    k = j
    while k < len(words) and (lower[k] in lex.title_modifiers or (
            k == j and words[k].isalpha() and words[k].islower() and lower[k] not in lex.function_words
            and k + 1 < len(words) and lower[k + 1] in lex.title_modifiers)):
        k += 1  # (and one other lower-case word before them: "The Conservative shadow foreign secretary")
    kind = name_kind(words[first:j], lower[first:j], False, lex)
    if k < len(words) and lex.is_title(lower[k]) and not is_cap(words[k]):
        return kind != PERSON
    # "The Cruz campaign" keeps "Cruz", who may speak later; "The UK government" drops "UK"
    return kind in (PLACE, GROUP, ORGANIZATION) and _org_head(words, lower, j, k, lex) is not None


def _clause_follows(words, lower, k, lex) -> bool:
    """Why: no tagger tells "the government said" from "government efforts"; a reporting verb, a
    function word or punctuation after the organisation word is a safe sign that it is the head."""
    return k >= len(words) or not words[k].isalpha() or lower[k] in lex.speech_verbs \
        or lower[k] in lex.function_words


def _org_head(words, lower, j, k, lex) -> int | None:
    """Why: "The UK government", "the Chinese foreign ministry": a lower-case organisation word at
    ``k``, or ending the modifiers ``j:k`` ("government" also modifies roles: "government official"),
    makes the phrase an organisation."""
    if k < len(words) and lower[k] in lex.org_words and not is_cap(words[k]):
        return k
    if k > j and lower[k - 1] in lex.org_words and not is_cap(words[k - 1]) and _clause_follows(words, lower, k, lex):
        return k - 1
    return None


_OBJECT_PRONOUNS = frozenset("him her them".split())
# Words that may start a mention away from any role noun (one set, tested once per token).
# Numbers of people that open a sentence: "Hundreds of people gathered …, chanting '…'".
_MULTITUDES = frozenset("hundreds thousands dozens scores millions tens groups".split())
_PRONOUN_STARTS = _SUBJECT_PRONOUNS | frozenset(_QUANTIFIER_SUBJECTS) | _PARTITIVES | _OBJECT_PRONOUNS | _MULTITUDES


def _quoted_pronoun(lower: list[str], k: int) -> bool:
    """Why: in "his lawyer quoted him as saying '…'" and "television showed him telling the group"
    the object pronoun is who speaks."""
    return lower[k] in _OBJECT_PRONOUNS and 0 < k < len(lower) - 1 and (
        (lower[k - 1] in QUOTING_VERBS and lower[k + 1] == "as")
        or (lower[k - 1] in SHOWING_VERBS and lower[k + 1].endswith("ing")))


def _possessor(para: Paragraph, words: list[str], i: int) -> int | None:
    """First token of a capitalised possessor right before ``i`` ("Rutte's | aide"), if any."""
    if i < 2 or words[i - 1].lower() not in ("'s", "’s") or not is_cap(words[i - 2]):
        return None
    k = i - 2
    function_words = lexicon.load().function_words
    while k > 0 and is_cap(words[k - 1]) and para.token_quote[k - 1] < 0 \
            and para.token_sentence[k - 1] == para.token_sentence[i] and words[k - 1].lower() not in function_words:
        k -= 1
    return k


_GROUP_OPENERS = frozenset("but and yet still perhaps maybe now".split())  # "Perhaps young voters feel"


def _group_modifiers(para, words, lower, used, free, i, lex) -> int:
    """Why: "Nuclear proliferation experts say", "Perhaps young voters feel": a plural group named
    without a determiner keeps the words that describe it when they open the sentence (elsewhere,
    "to help voters", they may end in a verb); returns the group's first token."""
    sent = para.token_sentence
    k = i
    while k > 0 and i - k < 3 and free[k - 1] and not used[k - 1] and sent[k - 1] == sent[i] \
            and words[k - 1].replace("-", "").isalpha() and lower[k - 1] not in lex.function_words \
            and lower[k - 1] not in lex.speech_verbs and not lower[k - 1].endswith("ly") \
            and (words[k - 1][:1].islower() or k - 1 == 0 or sent[k - 2] != sent[i]):
        k -= 1
    opens = k == 0 or sent[k - 1] != sent[i] or (lower[k - 1] in _GROUP_OPENERS and (k == 1 or sent[k - 2] != sent[i]))
    return k if k < i and opens else i


def _nominal(doc, para, words, lower, used, free, i, lex) -> Mention | None:
    """Determiner + modifiers + role noun (+ a capitalised prepositional phrase)."""
    n = len(words)
    k = i
    det = False
    owner = _possessor(para, words, i)
    if owner is not None:
        det = True  # "Rutte's aide": the possessor stands in for a determiner
    elif lower[k] in _DETERMINERS:
        det = True
        k += 1
    elif k + 1 < n and is_cap(words[k]) and lower[k + 1] in ("'s", "’s"):
        det = True  # "Lee's spokesman"
        k += 2
    mods = 0
    # with a determiner, a name may modify the role ("a senior Cruz adviser", "the Lee campaign"):
    # the nominal then absorbs that name's mention
    name_modifier = None
    while k < n and free[k] and (not used[k] or (det and (is_cap(words[k]) or lower[k] in ("of", "and")))) and (
            lower[k] in lex.title_modifiers or lower[k] in lex.nationalities or
            (is_cap(words[k]) and not lex.is_title(lower[k])
             and (lower[k] not in lex.function_words or is_acronym(words[k]))) or  # "the US government"
            # "A Ministry of Justice spokesperson": "of" and "and" inside a capitalised organisation
            (det and mods and (lower[k] == "of" and lower[k - 1] in lex.org_words or lower[k] == "and" and "of" in
                               lower[i:k]) and is_cap(words[k - 1]) and k + 1 < n and free[k + 1]
             and is_cap(words[k + 1]) and lower[k + 1] not in lex.function_words) or
            # "the cautious candidate": any lower-case word right before the role, after a determiner
            (det and words[k].isalpha() and words[k].islower() and lower[k] not in lex.function_words
             and lower[k] not in lex.speech_verbs and _role_ahead(words, lower, free, k + 1, lex)) or
            (det and _MEASURE.match(words[k]) is not None) or  # "the 64-page report", "a 10-member panel"
            (det and words[k].endswith("-year-old") and _AGE.match(words[k]) is not None
             and _role_after_age(words, lower, free, k + 1, lex)) or
            (words[k] == "-" and mods)) and not lex.is_title(lower[k]):
        if used[k] and name_modifier is None:
            name_modifier = k
        k += 1
        mods += 1
    num = k + 2 if k + 1 < n and words[k + 1] == "." else k + 1  # ("No." may be two tokens)
    if det and num + 1 < n and lower[k] in ("no", "no.") and words[k][0] == "N" and words[num].isdigit() \
            and free[num] and lex.is_title(lower[num + 1]):
        k = num + 1  # "A No 10 source", "the No. 2 official": a rank or an address is a modifier too
        mods += 1
    head_i = k
    if mods and (det or lower[head_i - 1] in _COLLECTIVES) and not is_cap(words[head_i - 1]) \
            and lower[head_i - 1] in lex.org_words and _clause_follows(words, lower, head_i, lex):
        head_i -= 1  # "the UK government said": the organisation word was taken for a modifier
    elif mods == 1 and owner is not None and not is_cap(words[head_i - 1]) and lower[head_i - 1] in lex.org_words \
            and head_i < n and words[head_i].isalpha() and words[head_i].islower() \
            and lower[head_i] not in lex.function_words:
        head_i -= 1  # "China's military began drills …, calling them": a verb after the possessor's organisation
    if head_i >= n or not free[head_i] or used[head_i]:
        return None
    # "the sheriff's office", "the mayor's spokesman", "the prime minister's official spokesman": the
    # office or the aide of a role speaks; so does the aide of anything else ("the company's spokesman",
    # "the team's coach")
    role_end = head_i  # (the last word of a role of two: "prime minister")
    if role_end + 1 < n and free[role_end + 1] and not used[role_end + 1] and lex.is_title(lower[role_end + 1]):
        role_end += 1
    if det and role_end + 2 < n and lower[role_end + 1] in ("'s", "’s") and (
            lex.is_title(lower[role_end]) or words[role_end].isalpha() and words[role_end].islower()):
        k = role_end + 2
        while k + 1 < n and free[k + 1] and not used[k + 1] and lower[k] in lex.title_modifiers \
                and (lex.is_title(lower[k + 1]) or lower[k + 1] in lex.title_modifiers):
            k += 1
        if free[k] and not used[k] and not is_cap(words[k]) and (lower[k] in lex.org_words or lex.is_title(lower[k])):
            head_i = k
            if k + 1 < n and free[k + 1] and not used[k + 1] and lower[k + 1] in lex.org_words \
                    and not is_cap(words[k + 1]):
                head_i = k + 1  # "the ministry's press office"
    head = lower[head_i]
    if head.endswith("-year-old") and _AGE.match(head):  # (a cheap test first: ages are rare heads)
        head = AGE_HEAD  # "the 54-year-old" describes a person as "the veteran" does
    is_role = lex.is_title(head) or head == AGE_HEAD
    is_org = head in lex.org_words and (det or head in _COLLECTIVES) and not is_cap(words[head_i])
    is_document = head in lex.documents and det and lower[i] not in ("a", "an", "another")
    if not (is_role or is_org or is_document):
        return None
    plural = head.endswith("s") and head not in lex.titles and head not in lex.org_words
    if not det and not plural and not mods and head not in _COLLECTIVES:
        return None
    if plural and owner is None and lower[i] in _SINGULAR_DETERMINERS:
        return None  # "a plan that officials say": "that" is no determiner of "officials"
    if not det and not plural and lower[i] not in lex.title_modifiers \
            and not (head in _COLLECTIVES and lower[i] in lex.nationalities):  # "Chinese state media said"
        return None
    if plural and not det and not mods:
        i = _group_modifiers(para, words, lower, used, free, i, lex)
    # take further role nouns ("campaign manager", "press secretary")
    end = head_i + 1
    while end < n and free[end] and not used[end]:
        k = end  # ... past modifiers between role nouns ("chief political strategist", "senior policy adviser")
        while k < n and k - end < 3 and free[k] and not used[k] and lower[k] in lex.title_modifiers \
                and not lex.is_title(lower[k]):
            k += 1
        if not (k < n and free[k] and not used[k] and lex.is_title(lower[k])):
            break
        end = k + 1
    head = lower[end - 1]
    # "a North Korean representative to the United Nations"
    if end + 1 < n and lower[end] in _PP_HEADS and free[end + 1]:
        k = end + 1
        if lower[k] == "the":
            k += 1
        if k < n and free[k] and is_cap(words[k]):
            while k < n and free[k] and (is_cap(words[k]) or (lower[k] in CONNECTORS and k + 1 < n
                                                              and is_cap(words[k + 1]))
                                         or used[k] and used[k - 1]  # inside a name: "Department for X, Y and Z"
                                         or _abbreviated_title(words, lower, k, lex)):  # "to Gov. X"
                k += 1
            if k < n and free[k] and not used[k] and words[k].islower() \
                    and (lower[k] in lex.org_words or lower[k] in lex.documents) and (
                    k + 1 == n or not words[k + 1].isalpha() or lower[k + 1] in _COMPLEMENT_ENDS
                    or lower[k + 1] in lex.speech_verbs):
                k += 1  # "the head of the U.S. delegation said", "a narrator in the Lee ad says": the
                # capitalised words modify a noun
            elif k + 2 < n and lower[k] in ("'s", "’s") and free[k + 1] and words[k + 1].islower():
                # "advisers to Gov. Clayton Whitmore's presidential campaign": the possessor's organisation
                stop = k + 1
                while stop < n and stop - k <= 3 and free[stop] and words[stop].isalpha() and words[stop].islower() \
                        and lower[stop] not in lex.org_words:
                    stop += 1
                if stop < n and free[stop] and lower[stop] in lex.org_words:
                    k = stop + 1
            if k >= n or lower[k] not in ("'s", "’s"):
                end = k  # (a possessor owning something else, "for Tom Reed's new book", stays out)
                # "Minister of State at the Ministry of Foreign Affairs, Abdulaziz Al-Misnad,": a second
                # capitalised phrase, when the role's apposition follows it
                t = end + 1 + (end + 1 < n and lower[end + 1] == "the")
                u = t
                while u < n and free[u] and (is_cap(words[u]) or used[u] and used[u - 1]
                                             or lower[u] in CONNECTORS and u + 1 < n and is_cap(words[u + 1])):
                    u += 1
                if end < n and lower[end] in ("at", "of", "for", "in") and u > t and u + 1 < n and words[u] == "," \
                        and free[u + 1] and is_cap(words[u + 1]):
                    end = u
        elif lower[end] in ("of", "for", "to"):
            # "the minister of finance, Ms. Mendes", "the secretary of state said": a short lower-case
            # complement before an apposition or a reporting verb
            # or the end of the sentence ("said the secretary of state."); one word tried before two,
            # so that "of state said" keeps "said" out
            if lower[k] in _POSSESSIVE_DETERMINERS:
                k += 1  # "a member of his entourage,"
            for stop in (k + 1, k + 2):
                if stop > n:
                    break  # the paragraph ends inside the complement ("the head of his")
                w = lower[stop - 1]
                if not (free[stop - 1] and w.isalpha() and words[stop - 1].islower()) \
                        or w in lex.function_words or w.endswith("ly"):
                    break  # a noun, not "once" or "reportedly"
                if stop == n or lower[stop] in _COMPLEMENT_ENDS or lower[stop] in lex.speech_verbs \
                        or lower[stop] in _COMPLEMENT_AUXILIARIES and lower[end] == "of":
                    if lower[end] != "to" or lex.is_title(w):  # "a senior adviser to the governor," (a role)
                        end = stop
                    break
    if head in _BARE_SOURCES and end + 2 < n and (lower[end], lower[end + 1]) in _SOURCE_LINKS and free[end] \
            and free[end + 1]:
        # "a source close to the talks described as", "One person briefed on the negotiations said": a source
        # that only its post-modifier describes keeps it, up to a reporting verb, a comma or the sentence's end
        # ("A Western diplomat involved in the talks" is described enough by its head)
        k = end + 2 + (lower[end + 2] in _POSSESSIVE_DETERMINERS or lower[end + 2] == "the")
        stop = k
        while stop < n and stop - k < 3 and free[stop] and words[stop].isalpha() and words[stop].islower() \
                and lower[stop] not in lex.function_words and lower[stop] not in lex.speech_verbs:
            stop += 1
        if k < stop and (stop == n or lower[stop] in _COMPLEMENT_ENDS or lower[stop] in lex.speech_verbs):
            end = stop
    if end + 1 < n and lower[end] in _REFLEXIVES and words[end + 1] == "," and free[end]:
        end += 1  # "Whitfield, a veteran herself, said": the reflexive stays inside the apposition
    first = owner if owner is not None else i
    s, e = para.tokens[first][0], para.tokens[end - 1][1]
    text = doc.text[s:e]
    singular = lexicon.singular(head) if plural else head
    kind = ORGANIZATION if is_org else UNKNOWN if is_document and not is_role else (GROUP if plural else PERSON)
    if is_role and end < n and lower[end] == "of" and end + 1 < n and lower[end + 1].endswith("s"):
        return None  # "a host of challenges", "a number of officials"
    gender = None if plural else lex.role_genders.get(singular)  # "her husband" is a man
    return Mention(s, e, NOMINAL, kind, text, (s, e), [], singular, gender, plural=plural,
                   # "Lee's claim", "the IMF report": a document speaks for its owner
                   owner=(owner if owner is not None else name_modifier if name_modifier is not None else -1)
                   if is_document and not is_role else -1,
                   possessive=end < n and lower[end] in ("'s", "’s"),
                   after_preposition=first > 0 and lower[first - 1] in PREPOSITIONS,
                   para=para.index, sentence=para.token_sentence[first], first_token=first, last_token=end)
