"""Speaker candidates outside quotes: names with their titles, pronouns and nominals.

No tagger is available, so the grammar is capitalisation plus the project's lexicons:
a *name* is a run of capitalised tokens, with the titles and roles in front of it
("White House national security spokesperson John Kirby"); a *nominal* is a role noun with its
modifiers ("a North Korean representative to the United Nations", "the defense secretary").
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from . import lexicon
from .document import Document, Paragraph

PERSON, ORGANIZATION, PLACE, GROUP, UNKNOWN = "person", "organization", "place", "group", "unknown"
NAME, PRONOUN, NOMINAL = "name", "pronoun", "nominal"

_CONNECTORS = frozenset("of de la van von bin al da du del der le den ter y".split())
_DETERMINERS = frozenset("the a an another one two three four several some many other both his her its "
                         "their our this that these those".split())
_COPULAS = frozenset("as is was are were be been being become became becomes remain remains remained".split())
_SINGULAR_DETERMINERS = frozenset("a an another one this that".split())
_PREPOSITIONS = frozenset("by of to for with from at in on about against among between into than "
                          "like via over under after before behind toward towards".split())
_PP_HEADS = frozenset("to of for at from in with".split())
_SUBJECT_PRONOUNS = frozenset("he she they it".split())
_NOMINAL_REACH = 12  # tokens from a nominal's first word to its head noun, at most
# Words that make a capitalised run an institution's name wherever they stand ("Trump National Doral").
_INSTITUTIONAL = frozenset("national international federal memorial".split())
# Last words of place names.
_PLACE_NOUNS = frozenset("city county street avenue square island islands river valley beach park hills heights "
                         "lake bay mountains falls springs township parish province state district republic kingdom "
                         "emirates territory coast peninsula sea ocean gulf".split())
# Days and months: capitalised function words that never name anybody ("In May Smith said").
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                      "june july august september october november december".split())
# Reporting verbs that are also name words ("United States", "Fox News Report", "Post").
_NAME_VERBS = frozenset("state report post note order question brief".split())


@dataclass
class Mention:
    start: int
    end: int
    form: str                     # NAME, PRONOUN or NOMINAL
    kind: str                     # PERSON, ORGANIZATION, PLACE, GROUP or UNKNOWN
    name: str                     # the name part ("Mark Rutte"), the pronoun, or the whole nominal
    name_span: tuple[int, int]
    titles: list[str] = field(default_factory=list)
    head: str = ""                # lower-case role noun of a title or nominal ("general", "president")
    gender: str | None = None     # "m", "f", "n" or None
    plural: bool = False
    possessive: bool = False      # "Rutte's confirmation": not a subject
    after_preposition: bool = False
    para: int = 0
    sentence: int = 0
    first_token: int = 0          # token indices in the paragraph, inclusive..exclusive
    last_token: int = 0
    entity: int = -1              # set by coreference
    comma_before: bool = False    # a comma right before the mention (appositions)
    comma_after: bool = False     # a comma, or the end of the sentence, right after it
    owner: int = -1               # first token of a possessor ("Lee's | claim"), or -1
    predicate: bool = False       # after a copula or "as" ("she is a lawyer", "work as a lawyer")


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def find(doc: Document) -> list[Mention]:
    """All mentions, in text order."""
    out: list[Mention] = []
    named = _capitalised_mid_sentence(doc)
    for para in doc.paragraphs:
        if doc.is_heading(para.index):
            # title-case headlines run words into names; the body names everyone again. The one
            # exception is a headline that is a speaker's quote ("Kasich: 'We Will Go On'").
            out.extend(_headline_speaker(doc, para, named))
            continue
        out.extend(_paragraph_mentions(doc, para, named))
    return out


def _headline_speaker(doc: Document, para: Paragraph, named: frozenset[str]) -> list[Mention]:
    """The name before the colon of a headline that reads ``Name: 'quote'``, the quote running to
    the headline's end; otherwise nothing."""
    colon = next((i for i, w in enumerate(para.words) if w == ":"), None)
    if colon is None or colon == 0 or colon > 6 or colon + 1 >= len(para.words):
        return []
    k = para.token_quote[colon + 1]
    if k < 0 or doc.quotes[k].open != para.tokens[colon + 1][0] or not _headline_quote(doc, k):
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


def _paragraph_mentions(doc: Document, para: Paragraph, named: frozenset[str]) -> list[Mention]:
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

    # 1. runs of capitalised tokens (only capitalised tokens outside quotes can start one)
    resume = 0
    for i in [k for k in range(n) if free[k] and words[k][:1].isupper()]:
        if i < resume:
            continue
        j = i
        while j < n and free[j]:
            w = words[j]
            if j > i and _breaks_run(words, lower, i, j, lex):
                break
            if _is_cap(w) and (w != "I" or words[j + 1:j + 2] == ["."]):  # "I", but "Mary I. Cole"
                j += 1
            elif w == "." and j > i and j < n and para.tokens[j][0] == para.tokens[j - 1][1] and (
                    len(words[j - 1]) == 1 or lower[j - 1] in lex.abbreviations):
                j += 1  # initials and abbreviations: "E.", "Mr.", "Jr."
            elif lower[j] in _CONNECTORS and j + 1 < n and free[j + 1] and _is_cap(words[j + 1]) and j > i:
                j += 1
            elif lower[j] == "of" and j > i and lex.is_title(lower[j - 1]) and j + 2 < n and lower[j + 1] == "the" \
                    and free[j + 1] and free[j + 2] and _is_cap(words[j + 2]):
                j += 2  # a title's "of the": "Speaker of the House Paul Ryan", "Secretary of the Treasury"
            elif lower[j] == "and" and j > i and _and_in_org_name(words, lower, free, i, j, lex):
                j += 1
            else:
                break
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
                start == i and not sentence_start(start) and _function_word_name(words, lower, start, j, lex)):
            start += 1
        while start < j and not words[start][:1].isalnum():
            start += 1  # the period of a dropped "A." ("Ann. A. Smith left")
        if start < j and sentence_start(start) and j - start >= 1 and "-" in lower[start] and \
                lower[start].split("-")[0] in lex.function_words:
            start += 1  # "Twenty-two"
        if j - start >= 2 and all(_is_acronym(w) or not w[:1].isalpha() for w in words[start:j]) \
                and " ".join(lower[start:j]) not in lex.organizations and " ".join(lower[start:j]) not in lex.places:
            start = j  # "NORTH FIELD", "READ MORE HERE": datelines and headings in capitals
        if start == j - 1 and sentence_start(start) and words[start] not in named and \
                lower[start] not in lex.first_names and not _is_acronym(words[start]) and \
                lower[start] not in lex.places and lower[start] not in lex.organizations and \
                not lex.is_title(lower[start]) and lower[start] not in lex.honorifics and \
                j < n and words[j][:1].islower() and not _reaches_verb(lower, j, lex):
            start = j  # "Minutes later": an opener never capitalised elsewhere, not followed by a cue
        if start < j and start == 0 and _is_acronym(words[start]) and len(words[start]) > 3 and \
                j - start == 1 and j < n and words[j] in (",", "—", "-", "–") and \
                lower[start] not in lex.organizations:
            start = j  # "SPRINGFIELD, Ill. —": a dateline
        if start < j and len(words[start]) > 2 and words[start][1] == "-" and words[start][0] in "DRI":
            start = j  # "(D-Newport News)", "(R-Utah)": party and state, not a speaker
        if start < j and all(len(w) == 1 for w in words[start:j]):
            start = j  # initials alone ("I.") name nobody
        if start < j and _modifies_role(words, lower, start, j, lex):
            start = j  # "the California congressman", "The New York businessman": a nominal follows
        if start < j:
            m = _name_mention(doc, para, words, lower, start, j, lex)
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
    for h in [k for k, w in enumerate(lower) if w in heads]:
        near[max(0, h - _NOMINAL_REACH):h + 1] = [True] * (h + 1 - max(0, h - _NOMINAL_REACH))
    resume = 0
    for i in [k for k in range(n) if (near[k] or lower[k] in _SUBJECT_PRONOUNS) and free[k] and not used[k]]:
        if i < resume or used[i]:
            continue
        if lower[i] in _SUBJECT_PRONOUNS:
            gender, number = lex.pronouns[lower[i]]
            s, e = para.tokens[i]
            found.append(Mention(s, e, PRONOUN, UNKNOWN, doc.text[s:e], (s, e), gender=gender,
                                 plural=number == "p", para=para.index,
                                 sentence=para.token_sentence[i], first_token=i, last_token=i + 1,
                                 after_preposition=i > 0 and lower[i - 1] in _PREPOSITIONS))
            continue
        m = _nominal(doc, para, words, lower, used, free, i, lex) if near[i] else None
        if m is not None:
            nominal_of[m.first_token:m.last_token] = [len(found)] * (m.last_token - m.first_token)
            found.append(m)
            for k in range(m.first_token, m.last_token):
                used[k] = True
            resume = m.last_token
    # "a North Korean representative to the United Nations" absorbs the name "United Nations"
    # (a possessor such as "Lee" in "Lee's press secretary" stays a mention of its own)
    found = [f for f in found if f.possessive or f.form != NAME or nominal_of[f.first_token] < 0
             or nominal_of[f.first_token] != nominal_of[f.last_token - 1]
             or found[nominal_of[f.first_token]].owner == f.first_token]
    found.sort(key=lambda m: m.start)
    for m in found:
        m.predicate = m.first_token > 0 and lower[m.first_token - 1] in _COPULAS
        m.comma_before = m.first_token > 0 and words[m.first_token - 1] == ","
        m.comma_after = m.last_token >= n or words[m.last_token] in (",", ".", ";") or \
            para.token_sentence[m.last_token] != m.sentence
    return found


def _function_word_name(words, lower, start, j, lex) -> bool:
    """A capitalised function word inside a sentence that is a name: alone before a reporting verb
    ("Will wrote"), or a first name right after one ('said Will Doyle'); never a day or a month."""
    w = words[start]
    if len(w) <= 2 or not w[1:].islower() or lower[start] in _CALENDAR:
        return False
    if j == start + 1:
        return _reaches_verb(lower, j, lex)
    return j == start + 2 and start > 0 and lower[start - 1] in lex.speech_verbs \
        and lower[start + 1] not in lex.function_words


def _role_ahead(words, lower, free, k, lex) -> bool:
    """A role noun within three lower-case words from ``k`` ("a former senior law enforcement | official")."""
    for t in range(k, min(len(words), k + 3)):
        if not free[t]:
            return False
        if lex.is_title(lower[t]) or lower[t] in lex.title_modifiers:
            return True
        if not (words[t].isalpha() and words[t].islower()) or lower[t] in lex.function_words \
                or lower[t] in lex.speech_verbs:
            return False
    return False


def _reaches_verb(lower, j, lex) -> bool:
    """A reporting verb at ``j``, past fillers ("later", "also"): "Kirby later said", not "Hours later,"."""
    while j < len(lower) and lower[j] in lex.cue_fillers:
        j += 1
    return j < len(lower) and lower[j] in lex.speech_verbs


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
    while k < len(words) and lower[k] in lex.title_modifiers:
        k += 1
    if k >= len(words) or not lex.is_title(lower[k]) or _is_cap(words[k]):
        return False
    return _name_kind(words[first:j], lower[first:j], False, lex) != PERSON


def _and_in_org_name(words, lower, free, i, j, lex) -> bool:
    """Why: agencies put "and" inside their names ("the Securities and Exchange Commission", "the Food
    and Drug Administration"); after "the", capitalised words joined by "and" that end in an
    organisation word are one name, not two mentions."""
    if not (lower[i] == "the" or (i > 0 and lower[i - 1] == "the")):
        return False
    k = j + 1
    while k < len(words) and free[k] and _is_cap(words[k]) and k - j <= 3:
        k += 1
    return k > j + 1 and lower[k - 1] in lex.org_words


def _breaks_run(words, lower, i, j, lex) -> bool:
    """Why: title-case headlines run names into verbs ("Mayor Says Harbor Bridge Will Open"),
    mastheads run into names ("the Boston Globe Smith said"), and "of Tennessee" after a
    person's name is where they come from, not part of the name."""
    w = lower[j]
    if j == i + 1 and lower[i] in lex.function_words and _is_cap(words[i]) and _is_cap(words[j]) \
            and _function_word_name(words, lower, i, i + 2, lex):
        return False  # '"…," said Will Doyle'
    if lower[j - 1] in lex.first_names and w in lex.function_words and _is_cap(words[j]) \
            and words[j][1:].islower() and w not in _CALENDAR and len(w) > 2:
        return False  # "George Will", "Al From": a capitalised function word after a first name
    if len(words[j]) == 1 and words[j + 1:j + 2] == ["."]:
        return False  # a middle initial ("William A. Ackman", "Mary I. Cole"), not "a" or "I"
    if _is_cap(words[j]) and ((w in lex.speech_verbs and lex.speech_verbs[w] not in _NAME_VERBS)
                              or (w in lex.function_words and w not in lex.honorifics and w not in lex.org_words)):
        return True
    prev = lower[j - 1]
    if prev in lex.org_words and _is_cap(words[j]) and w not in lex.org_words and not lex.is_title(w) \
            and j - i >= 2 and not (j - i == 2 and lower[i] == "the") and not any(map(lex.is_title, lower[i:j - 1])) \
            and (w in lex.first_names or lower[j + 1:j + 2] and lower[j + 1] in lex.speech_verbs):
        return True  # (but "The Daily | Beast called" is no masthead, nor "Speaker of the House | Paul Ryan")
    if w == "of" and (lower[i].rstrip(".") in lex.honorifics or lower[i] in lex.first_names) \
            and not (lex.is_title(prev) or prev in lex.org_words):
        return True  # "Mr. Hale of Riverside Media", "Ed Hale of Riverside Media"
    if w == "of" and j + 1 < len(words):
        nxt = lower[j + 1]
        nxt2 = nxt + " " + lower[j + 2] if j + 2 < len(words) else nxt
        if (nxt in lex.places or nxt2 in lex.places) and not (lex.is_title(prev) or prev in lex.org_words
                                                               or prev in lex.honorifics):
            return True
    return False


def _title_end(words, lower, i, j, lex) -> int:
    """Index just past the title part of a capitalised run ("NATO Secretary General | Mark Rutte")."""
    cut = i
    k = i
    while k < j:
        w = lower[k].rstrip(".")
        if w in lex.nationalities and k + 1 < j and lower[k + 1] in lex.first_names:
            cut = k = k + 1  # "Democrat Bernie Sanders", "Russian Vladimir Putin": a label, then the name
            continue
        if w in lex.honorifics or lex.is_title(w):
            cut = k + 1
            if words[k + 1:k + 2] == ["."]:
                cut = k + 2
            # "Secretary of State John Kerry": "of X" after a title belongs to the title
            if cut < j and lower[cut] == "of" and cut + 1 < j:
                cut += 3 if lower[cut + 1] == "the" and cut + 2 < j else 2
                cut = _office_end(lower, cut, j, lex)
            k = cut
            continue
        k += 1
    return cut


def _office_end(lower, k, j, lex) -> int:
    """Why: an office named after "of" can run to several words ("Secretary of Homeland Security
    Jeh Johnson", "Director of National Intelligence James Clapper"); it ends where a first name,
    a title or an honorific starts, and leaves at least two words for the name."""
    while j - k >= 3 and lower[k] not in lex.first_names and not lex.is_title(lower[k]) \
            and lower[k].rstrip(".") not in lex.honorifics:
        k += 1
    return k


def _name_mention(doc, para, words, lower, i, j, lex) -> Mention | None:
    # "General Assembly", "Foreign Ministry": a run ending in an organisation word is all name
    cut = i if lower[j - 1] in lex.org_words else _title_end(words, lower, i, j, lex)
    name_i = cut
    if name_i >= j:
        return _title_only(doc, para, words, lower, i, j, lex)
    # extend the title leftwards over lower-case roles and modifiers and capitalised prefixes
    left = i
    k = i - 1
    titled = cut > i
    while k >= 0 and para.token_quote[k] < 0:
        w = lower[k]
        if lex.is_title(w) or w in lex.title_modifiers or w in lex.nationalities or w in lex.honorifics:
            titled = titled or lex.is_title(w) or w in lex.honorifics
            left = k
        elif titled and _is_cap(words[k]) and w not in lex.function_words:
            left = k
        elif w == "-" and titled and k > 0 and _is_cap(words[k - 1]):
            left = k
        else:
            break
        k -= 1
    if not titled:
        left = i
    if lower[name_i] == "the" and j - name_i == 2:
        name_i += 1  # "The Kremlin" is named "Kremlin", as mid-sentence; "The United States" keeps it
    name_tokens = words[name_i:j]
    s, e = para.tokens[name_i][0], para.tokens[j - 1][1]
    name = doc.text[s:e]
    title_tokens = lower[left:name_i]
    titles = [doc.text[para.tokens[left][0]:para.tokens[name_i - 1][1]]] if name_i > left else []
    head = ""
    for w in reversed(title_tokens):
        w = w.rstrip(".")
        if lex.is_title(w) or w in lex.honorifics:
            head = w
            break
    gender = None
    for w in title_tokens:
        g = lex.honorifics.get(w.rstrip("."))
        if g in ("m", "f"):
            gender = g
    kind = _name_kind(name_tokens, [w.lower() for w in name_tokens], bool(head), lex)
    if kind == PERSON and not head and left == i and i > 0 and lower[i - 1] == "the":
        kind = UNKNOWN  # "the Trump Train", "the Hale Group": people's names take no article
    if kind == PERSON and gender is None:
        gender = lex.first_names.get(name_tokens[0].lower()) if len(name_tokens) > 1 else None
    if kind == GROUP and not titles and " ".join(w.lower() for w in name_tokens) in lex.nationalities:
        nxt = lower[j] if j < len(words) else "."
        prv = lower[left - 1] if left > 0 else ""
        if len(name_tokens) == 1 and not name.endswith("s") and (nxt in (",", ".") or nxt in lex.speech_verbs) \
                and prv in lex.speech_verbs and para.token_quote[left] < 0:
            kind = PERSON  # '"…," said Cuban, who hosts "Shark Tank"': a surname, not a modifier
        else:
            return None  # a bare "North Korean" is a modifier, not a speaker
    if name_i == j - 1 and lower[name_i] == "the":
        return None
    possessive = j < len(words) and lower[j] in ("'s", "’s") or (j < len(words) and words[j] in ("'", "’")
                                                                and name.endswith("s"))
    start = para.tokens[left][0]
    if left == name_i and left > 0 and lower[left - 1] in ("a", "an", "one", "another") and kind in (GROUP, UNKNOWN) \
            and para.token_quote[left - 1] < 0 and not (j < len(words) and words[j].isalpha() and words[j].islower()):
        # "one New Hampshire Democrat", "another Ohio Republican": an indefinite description, not a name
        s0 = para.tokens[left - 1][0]
        return Mention(s0, e, NOMINAL, PERSON, doc.text[s0:e], (s0, e), [], lower[j - 1],
                       possessive=j < len(words) and lower[j] in ("'s", "’s"),
                       after_preposition=_after_preposition(lower, left - 1), para=para.index,
                       sentence=para.token_sentence[left - 1], first_token=left - 1, last_token=j)
    return Mention(start, e, NAME, kind, name, (s, e), titles, head, gender,
                   plural=kind == GROUP, possessive=possessive,
                   after_preposition=_after_preposition(lower, left),
                   para=para.index, sentence=para.token_sentence[left], first_token=left, last_token=j)


def _after_preposition(lower: list[str], i: int) -> bool:
    """"of the Green Trust", "to Russia": the object of a preposition is not a subject."""
    k = i - 1
    if k >= 0 and lower[k] in ("the", "a", "an"):
        k -= 1
    return k >= 0 and lower[k] in _PREPOSITIONS


def _title_only(doc, para, words, lower, i, j, lex) -> Mention | None:
    """A capitalised run that is all title ("President", "the Defense Secretary"): a role mention."""
    head = lower[j - 1].rstrip(".")
    if not lex.is_title(head):
        return None
    s, e = para.tokens[i][0], para.tokens[j - 1][1]
    text = doc.text[s:e]
    plural = head.endswith("s") and head not in lex.titles
    return Mention(s, e, NOMINAL, GROUP if plural else PERSON, text, (s, e), [text], head.rstrip("s") if plural else head,
                   plural=plural, para=para.index, sentence=para.token_sentence[i],
                   first_token=i, last_token=j,
                   after_preposition=i > 0 and lower[i - 1] in _PREPOSITIONS)


def _name_kind(tokens: list[str], lower: list[str], titled: bool, lex) -> str:
    """Why: without a tagger, the kind of a name comes from its last word, lexicons and titles."""
    joined = " ".join(lower)
    bare = joined[4:] if joined.startswith("the ") else joined
    if titled:
        return PERSON
    if bare in lex.organizations or lower[-1] in lex.org_words:
        return ORGANIZATION
    if bare in lex.places or bare.replace(".", "") in lex.places:
        return PLACE
    if len(lower) >= 2 and lower[-1] in _PLACE_NOUNS:
        return PLACE  # "Atlantic City", "Dominican Republic", "Maricopa County"
    if bare in lex.nationalities:
        return GROUP if bare.endswith("s") else GROUP
    if lower[-1].endswith("s") and (lower[-1][:-1] in lex.nationalities or lower[-1][:-1] in
                                    ("democrat", "republican", "american")):
        return GROUP
    if len(tokens) == 1 and _is_acronym(tokens[0]):
        return ORGANIZATION
    if lower[0] in lex.first_names:
        return PERSON
    if len(lower) >= 3 and lower[-2] in lex.first_names and lower[-1] not in lex.places and \
            lower[-1] not in lex.function_words and not _is_acronym(tokens[-1]):
        return PERSON  # "House Intelligence Republican Mike Pompeo": a first name, then the surname
    if any(w in lex.places or w in lex.nationalities or w in lex.function_words for w in lower):
        return UNKNOWN  # "Ukraine Live Briefing", "Fox News Sunday": not a person's name
    if any(w in lex.org_words or w in _INSTITUTIONAL for w in lower[1:]):
        return UNKNOWN  # "Trump National Doral", "Hale Tower Plaza": named after a person, not one
    if 2 <= len(tokens) <= 4 and not any(_is_acronym(t) for t in tokens):
        return PERSON
    return ORGANIZATION if lower[0] == "the" else UNKNOWN


def _possessor(para: Paragraph, words: list[str], i: int) -> int | None:
    """First token of a capitalised possessor right before ``i`` ("Rutte's | aide"), if any."""
    if i < 2 or words[i - 1].lower() not in ("'s", "’s") or not _is_cap(words[i - 2]):
        return None
    k = i - 2
    function_words = lexicon.load().function_words
    while k > 0 and _is_cap(words[k - 1]) and para.token_quote[k - 1] < 0 \
            and para.token_sentence[k - 1] == para.token_sentence[i] and words[k - 1].lower() not in function_words:
        k -= 1
    return k


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
    elif k + 1 < n and _is_cap(words[k]) and lower[k + 1] in ("'s", "’s"):
        det = True  # "Lee's spokesman"
        k += 2
    mods = 0
    # with a determiner, a name may modify the role ("a senior Cruz adviser", "the Lee campaign"):
    # the nominal then absorbs that name's mention
    name_modifier = None
    while k < n and free[k] and (not used[k] or (det and _is_cap(words[k]))) and (
            lower[k] in lex.title_modifiers or lower[k] in lex.nationalities or
            (_is_cap(words[k]) and not lex.is_title(lower[k]) and lower[k] not in lex.function_words) or
            # "the cautious candidate": any lower-case word right before the role, after a determiner
            (det and words[k].isalpha() and words[k].islower() and lower[k] not in lex.function_words
             and lower[k] not in lex.speech_verbs and _role_ahead(words, lower, free, k + 1, lex)) or
            (words[k] == "-" and mods)) and not lex.is_title(lower[k]):
        if used[k] and name_modifier is None:
            name_modifier = k
        k += 1
        mods += 1
    head_i = k
    if head_i >= n or not free[head_i] or used[head_i]:
        return None
    head = lower[head_i]
    is_role = lex.is_title(head)
    is_org = head in lex.org_words and det and not _is_cap(words[head_i])
    is_document = head in lex.documents and det and lower[i] not in ("a", "an", "another")
    if not (is_role or is_org or is_document):
        return None
    plural = head.endswith("s") and head not in lex.titles and head not in lex.org_words
    if not det and not plural and not mods:
        return None
    if plural and owner is None and lower[i] in _SINGULAR_DETERMINERS:
        return None  # "a plan that officials say": "that" is no determiner of "officials"
    if not det and not plural and lower[i] not in lex.title_modifiers:
        return None
    # take further role nouns ("campaign manager", "press secretary")
    end = head_i + 1
    while end < n and free[end] and not used[end] and lex.is_title(lower[end]):
        end += 1
    head = lower[end - 1]
    # "a North Korean representative to the United Nations"
    if end + 1 < n and lower[end] in _PP_HEADS and free[end + 1]:
        k = end + 1
        if lower[k] == "the":
            k += 1
        if k < n and free[k] and _is_cap(words[k]):
            while k < n and free[k] and (_is_cap(words[k]) or (lower[k] in _CONNECTORS and k + 1 < n
                                                               and _is_cap(words[k + 1]))):
                k += 1
            end = k
        elif lower[end] in ("of", "for"):
            # "the minister of finance, Ms. Mendes": a short lower-case complement before an apposition
            stop = k
            while stop < n and stop - k < 2 and free[stop] and words[stop].isalpha() and words[stop].islower():
                stop += 1
            if k < stop < n and words[stop] == ",":
                end = stop
    first = owner if owner is not None else i
    s, e = para.tokens[first][0], para.tokens[end - 1][1]
    text = doc.text[s:e]
    singular = head[:-1] if plural and head.endswith("s") else head
    if singular.endswith("ie"):
        singular = singular[:-2] + "y"
    kind = ORGANIZATION if is_org else UNKNOWN if is_document and not is_role else (GROUP if plural else PERSON)
    if is_role and end < n and lower[end] == "of" and end + 1 < n and lower[end + 1].endswith("s"):
        return None  # "a host of challenges", "a number of officials"
    gender = None if plural else lex.role_genders.get(singular)  # "her husband" is a man
    return Mention(s, e, NOMINAL, kind, text, (s, e), [], singular, gender, plural=plural,
                   # "Lee's claim", "the IMF report": a document speaks for its owner
                   owner=(owner if owner is not None else name_modifier if name_modifier is not None else -1)
                   if is_document and not is_role else -1,
                   possessive=end < n and lower[end] in ("'s", "’s"),
                   after_preposition=first > 0 and lower[first - 1] in _PREPOSITIONS,
                   para=para.index, sentence=para.token_sentence[first], first_token=first, last_token=end)
