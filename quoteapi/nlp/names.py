"""Names: a run of capitalised tokens, cut where headlines, mastheads and places break it, and
the name mention it makes, with the titles and roles in front of it ("White House national security
spokesperson John Kirby", "Secretary of Homeland Security Jeh Johnson") and its kind (person,
organisation, place, group) from its words and the project's lexicons.

Every function takes the paragraph's token strings (``words``, ``lower``) and token indices; none
re-finds a token in the text.
"""
from __future__ import annotations

import re

from .document import DASHES
from .mention import GROUP, NAME, NOMINAL, ORGANIZATION, PERSON, PLACE, UNKNOWN, Mention

# Lower-case words inside a name ("Bank of America", "Ludwig van Beethoven").
CONNECTORS = frozenset("of de la dela van von bin bint binti ibn al da das dos di du del der le den ter ten y es"
                       .split())
# Lower-case particles joined to a capitalised surname by a hyphen: "Hamid al-Saadi", "el-Sisi".
_HYPHEN_PARTICLES = frozenset("al el ad ar as ash at az ud ul bin ibn abu abd".split())
# (the place and time ones too: "drills around Taiwan, calling them …" is not Taiwan's cue)
PREPOSITIONS = frozenset("by of to for with from at in on about against among between into than "
                         "like via over under after before behind toward towards around near across outside inside "
                         "through during along beyond within throughout amid down".split())
# Verbs that put somebody's words or image on show: "quoted him as saying", "showed him telling"
# (their object speaks; read by cues and mentions).
QUOTING_VERBS = frozenset("quote quotes quoted quoting cite cites cited citing".split())
SHOWING_VERBS = frozenset("show shows showed shown showing".split())
# Words that make a capitalised run an institution's name wherever they stand ("Trump National Doral").
_INSTITUTIONAL = frozenset("national international federal memorial".split())
# Last words of place names.
_PLACE_NOUNS = frozenset("city county street avenue square island islands river valley beach park hills heights "
                         "lake bay mountains falls springs township parish province state district republic kingdom "
                         "emirates territory coast peninsula sea ocean gulf rock point harbor harbour creek canyon "
                         "ridge cove bluff reef strait channel mesa".split())
# Letters after a name: honours, professions, seats ("Jonathan Reece KC", "Jess Phillips MP").
_POST_NOMINALS = frozenset("kc qc sc mp mep msp ms mla td mbe obe cbe kbe dbe phd md esq".split())
# A Korean or Chinese given name written with a hyphen: "Ji-ho", "Yong-hyun", "Jae-myung".
_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+$")
# Place nouns that are also common surnames ("Grace Park", "Faith Hill", "Joan Rivers", "Chris Rock").
_SURNAME_PLACE_NOUNS = frozenset("park hill rivers lake rock ridge".split())
# First words of geographic names: "Lake Erie", "Mount Vernon", "Cape Cod", "Fort Hood".
_PLACE_PREFIXES = frozenset("lake mount mt mt. cape fort isle gulf".split())
# Days and months: capitalised function words that never name anybody ("In May Smith said").
_CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may "
                      "june july august september october november december".split())
# Abbreviated months, a date before a day's number ("vote Dec. 10", "on Sept 11"), never a person.
MONTH_ABBREVIATIONS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Birth order before a surname: "the elder Zhao", "the younger Mr. Trump" name a relative of the namesake.
BIRTH_ORDER = frozenset(("elder", "younger"))
# Reporting verbs that are also name words ("United States", "Fox News Report", "Post").
_NAME_VERBS = frozenset("state report post note order question brief".split())


def is_cap(word: str) -> bool:
    return word[:1].isupper()


def particle_name(word: str) -> bool:
    """Why: Arabic surnames keep their article in lower case ("al-Saadi", "el-Sisi"); the word is
    a name word as much as a capitalised one."""
    particle, _, rest = word.partition("-")
    return particle in _HYPHEN_PARTICLES and rest[:1].isupper()


def is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def function_word_name(words, lower, start, j, lex) -> bool:
    """A capitalised function word inside a sentence that is a name: alone before a reporting verb
    ("Will wrote"), or a first name right after one ('said Will Doyle'); never a day or a month."""
    w = words[start]
    if 0 < start < j - 1 and words[start - 1].islower() and lex.is_title(lower[start - 1]) \
            and is_cap(words[start + 1]) and lower[start] not in _CALENDAR and lower[start + 1] not in lex.places:
        return True  # "party chief To Lam": after a lower-case title, a capitalised function word is a given name
    if len(w) <= 2 or not w[1:].islower() or (lower[start] in _CALENDAR and not _month_name(lower, start)):
        return False
    if j == start + 1:
        return reaches_verb(lower, j, lex)
    return j == start + 2 and start > 0 and (lower[start - 1] in lex.speech_verbs or lower[start] in _MONTH_NAMES) \
        and lower[start + 1] not in lex.function_words


# Months that are also names: "April Ryan", "June Whitaker", "Theresa May".
_MONTH_NAMES = frozenset("april may june august".split())
# Words before a month that make it a date: "in May", "last June", "by early August".
_DATE_BEFORE = frozenset("in on by since until till from during last next this early late mid before after "
                         "of through".split())


def _month_name(lower, k) -> bool:
    """Why: "In May Smith said" dates the saying, but '"…," June Whitaker said' and "May said"
    name a person: a month is a name when no date word precedes it and no number follows it."""
    return lower[k] in _MONTH_NAMES and (k == 0 or lower[k - 1] not in _DATE_BEFORE) \
        and not (k + 1 < len(lower) and lower[k + 1][:1].isdigit())


def reaches_verb(lower, j, lex) -> bool:
    """A reporting verb at ``j``, past fillers ("later", "also"): "Kirby later said", not "Hours later,"."""
    while j < len(lower) and lower[j] in lex.cue_fillers:
        j += 1
    return j < len(lower) and lower[j] in lex.speech_verbs


def and_in_org_name(words, lower, free, i, j, lex) -> bool:
    """Why: agencies put "and" inside their names ("the Securities and Exchange Commission", "the Food
    and Drug Administration"); after "the", capitalised words joined by "and" that end in an
    organisation word are one name, not two mentions."""
    if not (lower[i] == "the" or (i > 0 and lower[i - 1] == "the")):
        return False
    k = j + 1
    while k < len(words) and free[k] and is_cap(words[k]) and k - j <= 3:
        k += 1
    return k > j + 1 and lower[k - 1] in lex.org_words


# Words inside a long organisation name between its capitalised words ("Group in India and Pakistan").
ORG_NAME_JOINERS = frozenset("of in and for on the , &".split())


def long_org_end(words, lower, free, i, j, lex) -> int:
    """Why: agencies' names run over a list ("the Ministry of Culture, Sports and Tourism") or over
    "in" and "and" when an acronym in brackets spells them out ("Observer Group in India and Pakistan
    (UNMOGIP)"); the end of the name that the run ``i:j`` starts, or ``j``."""
    n = len(words)
    if j >= n or not free[j] or lower[j] not in ORG_NAME_JOINERS:
        return j
    k = j  # (bounded: eight tokens)
    while k < n and k - j < 8 and free[k] and (is_cap(words[k]) or lower[k] in ORG_NAME_JOINERS):
        k += 1
    if j < k + 2 < n and words[k] == "(" and words[k + 2] == ")" and is_acronym(words[k + 1]) and is_cap(words[k - 1]):
        initials = "".join(w[0] for w, w_lower in zip(words[i:k], lower[i:k]) if is_cap(w) and w_lower != "the")
        if initials.lower() == words[k + 1].lower():
            return k
    if lower[j] in ("for", "on") and lower[j - 1] in lex.org_words:
        # "Executive Office for Immigration Review", "Commission on Human Rights": the body's remit is in its name
        k = j + 1
        while k < n and k - j <= 3 and free[k] and is_cap(words[k]) and lower[k] not in lex.first_names \
                and not lex.is_title(lower[k]) and lower[k] not in lex.function_words:
            k += 1
        if k > j + 1 and (k >= n or not is_cap(words[k])
                          and not (words[k] == "," and k + 1 < n and is_cap(words[k + 1]))):
            return k  # (a comma and a capital go on as a list: "Department for Environment, Food and Rural Affairs")
    if lower[j] == "in" and lower[j - 1] in lex.org_words and j + 2 < n and free[j + 1]:
        k = j + 2 if lower[j + 1] in lex.places else j + 3 if " ".join(lower[j + 1:j + 3]) in lex.places else j
        if j < k < n and lower[k] in lex.speech_verbs:
            return k  # "The U.N. Support Mission in Libya said": a body named by where it works
    # a list of fields after "Ministry of", "Department for": capitalised words joined by commas and a last "and"
    k = j
    if lower[k] == "for" and lower[k - 1] in lex.org_words:
        k += 1  # ("of" is a connector already)
        while k < n and k - j <= 3 and free[k] and is_cap(words[k]):
            k += 1
        if k == j + 1:
            return j
    elif not any(lower[t] in ("of", "for") and lower[t - 1] in lex.org_words for t in range(i + 1, j)):
        return j
    if k >= n or words[k] != "," and lower[k] != "and":  # (a field list of two: "Ministry of Industry and Trade")
        return j
    while k < n and k - j < 12 and words[k] in (",", "and"):
        t = k + 1
        while t < n and t - k <= 3 and free[t] and is_cap(words[t]) and not is_acronym(words[t]) \
                and lower[t] not in lex.first_names and lower[t] not in lex.places and not lex.is_title(lower[t]):
            t += 1
        if t == k + 1:
            return j
        if lower[k] == "and":
            return t if t >= n or not is_cap(words[t]) else j
        k = t
    return j


def breaks_run(words, lower, i, j, lex) -> bool:
    """Why: title-case headlines run names into verbs ("Mayor Says Harbor Bridge Will Open"),
    mastheads run into names ("the Boston Globe Smith said"), and "of Tennessee" after a
    person's name is where they come from, not part of the name."""
    w = lower[j]
    if j == i + 1 and lower[i] in lex.function_words and is_cap(words[i]) and is_cap(words[j]) \
            and function_word_name(words, lower, i, i + 2, lex):
        return False  # '"…," said Will Doyle'
    if lower[j - 1] in lex.first_names and w in lex.function_words and is_cap(words[j]) \
            and words[j][1:].islower() and (w not in _CALENDAR or _month_name(lower, j)) and len(w) > 2:
        return False  # "George Will", "Al From", "Theresa May": a capitalised function word after a first name
    if len(words[j]) == 1 and words[j + 1:j + 2] == ["."]:
        return False  # a middle initial ("William A. Ackman", "Mary I. Cole"), not "a" or "I"
    if is_cap(words[j]) and ((w in lex.speech_verbs and lex.speech_verbs[w] not in _NAME_VERBS)
                             or (w in lex.function_words and w not in lex.honorifics and w not in lex.org_words)):
        return True
    prev = lower[j - 1]
    if prev in lex.org_words and is_cap(words[j]) and w not in lex.org_words and not lex.is_title(w) \
            and j - i >= 2 and not (j - i == 2 and lower[i] == "the") and not any(map(lex.is_title, lower[i:j - 1])) \
            and (w in lex.first_names or lower[j + 1:j + 2] and lower[j + 1] in lex.speech_verbs):
        return True  # (but "The Daily | Beast called" is no masthead, nor "Speaker of the House | Paul Ryan")
    if w == "of" and (lower[i].rstrip(".") in lex.honorifics or lower[i] in lex.first_names
                      or j - i >= 4 and lower[i + 1].rstrip(".") in lex.honorifics
                      or j - i >= 3 and lower[i + 1] in lex.first_names and lex.is_title(lower[i])) \
            and not (lex.is_title(prev) or prev in lex.org_words):
        return True  # "Mr. Hale of Riverside Media", "Ed Hale of Riverside Media", "Economist Dr. X of Y",
        # "Professor Dennis Goldford of Drake University"
    if w == "of" and j == i + 2 and i > 0 and lower[i - 1] in lex.speech_verbs and words[i][1:].islower() \
            and not any(lex.is_title(x) or x in lex.org_words for x in (prev, lower[i])):
        return True  # "said Jasper Lund of Nordvik Research": two name words after the verb, then where from
    if w == "of" and j + 1 < len(words):
        nxt = lower[j + 1]
        nxt2 = nxt + " " + lower[j + 2] if j + 2 < len(words) else nxt
        if (nxt in lex.places or nxt2 in lex.places) and not (lex.is_title(prev) or prev in lex.org_words
                                                              or prev in lex.honorifics) \
                and not (j - i >= 2 and i > 0 and lower[i - 1] == "the" and lower[i] not in lex.first_names):
            return True  # (but "the Global New Light | of Myanmar": a name with an article is an institution's)
    return False


_MAJOR_RANKS = frozenset("col colonel sergeant sgt".split())
# Role nouns that are never a title before a name ("the boy shouted", but "Boy Scouts", "Girl Scouts").
_UNTITLED_ROLES = frozenset("boy boys girl girls kid kids".split())


def given_after_title(words, lower, k, lex) -> bool:
    """"Harlan" in "State Senator Harlan Pope": a plain capitalised word right after a title or an
    honorific, which is no title, modifier, label or organisation word itself, is a given name."""
    if k < 1 or not words[k][:1].isupper() or not words[k][1:].islower():
        return False
    w, prev = lower[k], lower[k - 1]
    if prev == "." and k >= 2:
        prev = lower[k - 2]
    return (lex.is_title(prev) or prev in lex.honorifics) and not lex.is_title(w) and w not in lex.title_modifiers \
        and w not in lex.nationalities and w not in lex.honorifics and w not in lex.function_words \
        and w not in lex.org_words and w not in lex.places


def _title_end(words, lower, i, j, lex) -> int:
    """Index just past the title part of a capitalised run ("NATO Secretary General | Mark Rutte")."""
    cut = i
    k = i
    while k < j:
        w = lower[k].rstrip(".")
        if w in lex.nationalities and k + 1 < j and lower[k + 1] in lex.first_names:
            cut = k = k + 1  # "Democrat Bernie Sanders", "Russian Vladimir Putin": a label, then the name
            continue
        if w == "class" and k > i and lower[k - 1][:1].isdigit():
            cut = k = k + 1  # "Sgt. 1st Class": the class belongs to the rank
            continue
        if w == "major" and k > i and lower[k - 1].rstrip(".") in _MAJOR_RANKS and k + 1 < j:
            cut = k = k + 1  # "Col Major", "Sergeant Major": a rank of two words
            continue
        if k == j - 1 and k > i and words[k][1:].islower() and (
                lower[k - 1] in lex.first_names or k - 1 > i and given_after_title(words, lower, k - 1, lex)):
            break  # "Michael Seaman", "Bill Bishop", "Senator Harlan Pope": a title word after a given name is
            # a surname
        if k > i and lower[k] in _NAME_INSIDE_TITLES and lower[k - 1] in lex.first_names:
            break  # "Abdirahman Sheikh Mohamud": "Sheikh" after a given name is one of the person's names
        if w in lex.honorifics or lex.is_title(w) and w not in _UNTITLED_ROLES:
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
    a title or an honorific starts, or before a middle initial ("Secretary of State Antony J. Blinken"),
    and leaves at least two words for the name."""
    while j - k >= 3 and lower[k] not in lex.first_names and not lex.is_title(lower[k]) \
            and lower[k].rstrip(".") not in lex.honorifics and not _initial(lower, k + 1, j):
        k += 1
    return k


def _initial(lower, k, j) -> bool:
    """A middle initial at ``k``: one letter and its period ("J." in "Antony J. Blinken")."""
    return k + 1 < j and len(lower[k]) == 1 and lower[k].isalpha() and lower[k + 1] == "."


def name_mention(doc, para, words, lower, i, j, lex, surnames=frozenset()) -> Mention | None:
    end = j  # the mention runs to ``end``; its name may stop before letters after it
    while j - i > 2 and lower[j - 1] in _POST_NOMINALS and words[j - 1].isupper() and words[j - 2] != "-":
        j -= 1  # "Jonathan Reece KC", "Jess Phillips MP"
    # "General Assembly", "Foreign Ministry": a run ending in an organisation word is all name, and so is
    # one that opens with a plural role and "of" ("Veterans of Foreign Wars", "Daughters of the American
    # Revolution"): no title is plural before one person's name
    b = i + 1 if lower[i] == "the" else i
    body = j - b > 2 and lower[b + 1] == "of" and lex.is_title(lower[b]) and lower[b] not in lex.titles \
        and lower[b].endswith("s") and not any(w in lex.first_names or lex.is_title(w) for w in lower[b + 2:j]) \
        and not (j < len(words) and words[j].isalpha() and words[j].islower() and lower[j] not in lex.function_words
                 and lower[j] not in lex.speech_verbs)  # (not "Critics of the EB-5 program")
    if lower[j - 1] in _PARTY_NOUNS and (lower[i] == "the" or i > 0 and lower[i - 1] == "the") \
            and all(w in lex.places for w in lower[b:j - 1]) and j < len(words) \
            and (lower[j] in lex.speech_verbs or lower[j] == ","):
        # "the Louisiana Republican told reporters": a party noun after "the" describes one person
        return _title_only(doc, para, words, lower, i, j, lex, described=True)
    cut = i if lower[j - 1] in lex.org_words or body else _title_end(words, lower, i, j, lex)
    name_i = cut
    if name_i >= j and 2 <= j - i <= 3 and lower[j - 1] in surnames and lower[i].rstrip(".") in lex.honorifics:
        name_i = cut = j - 1  # "Mr. Singer" after "Mark Singer": the surname, not the role
    elif j - i == 1 and lower[i] in surnames:
        name_i = cut = i  # "Cuban said", "Bloomberg told" after "Mark Cuban", "Michael Bloomberg"
    if name_i >= j:
        if not _surname_like_title(words, lower, i, j, lex):
            return _title_only(doc, para, words, lower, i, j, lex)
        name_i = cut = i  # the lone word is a name
    office = _office_to(lower, i, lex) if cut == i and i >= 2 and lower[i - 1] in ("to", "the", "for", "and") else -1
    if office >= 0:  # "Ambassador to NATO | Rachel Delaney", "MP for Warringah | Zali Steggall": to the given name
        name_i = cut = next((k for k in range(i + 1, j - 1) if lower[k] in lex.first_names or _initial(lower, k, j)), i)
    # extend the title leftwards over lower-case roles and modifiers and capitalised prefixes
    left = i
    k = i - 1
    titled = cut > i
    if titled and office >= 0:
        left, k = office, office - 1
    while k >= 0 and para.token_quote[k] < 0:
        w = lower[k]
        if lex.is_title(w) or w in lex.title_modifiers or w in lex.nationalities or w in lex.honorifics:
            titled = titled or lex.is_title(w) or w in lex.honorifics
            left = k
        elif titled and is_cap(words[k]) and w not in lex.function_words:
            left = k
        elif w == "-" and titled and k > 0 and is_cap(words[k - 1]):
            left = k
        elif w == "of" and titled and k > 0 and lower[k - 1] in lex.org_words and is_cap(words[k - 1]) \
                and is_cap(words[k + 1]):
            left = k  # "Business Council of Australia chief executive X": the organisation is the title's
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
    quoted = max(para.token_quote[name_i:j]) >= 0
    if quoted:
        # 'Robert C. "Bobby" Scott' keeps the nickname, which later "Bobby Scott" matches
        name_tokens = [w for k, w in enumerate(words[name_i:j], name_i) if para.token_quote[k] < 0]
    title_tokens = lower[left:name_i]
    titles = [doc.text[para.tokens[left][0]:para.tokens[name_i - 1][1]]] if name_i > left else []
    head = ""
    for w in reversed(title_tokens):
        w = w.rstrip(".")
        if lex.is_title(w) or w in lex.honorifics:
            head = w
            break
    gender = role_gender = None
    for w in title_tokens:
        g = lex.honorifics.get(w.rstrip("."))
        if g in ("m", "f"):
            gender = g
        role_gender = lex.role_genders.get(w, role_gender)
    kind = name_kind(name_tokens, [w.lower() for w in name_tokens] if quoted else lower[name_i:j], bool(head), lex)
    if body:
        kind = ORGANIZATION
    if j - name_i == 1 and lower[name_i] in surnames:
        kind = PERSON  # (see above: the document gave the word as a person's surname)
    if end + 1 < len(words) and lower[end] == "news" and lower[end + 1] in ("agency", "service") \
            and para.token_quote[end] < 0 and para.token_quote[end + 1] < 0:
        # "North Korea's official KCNA news agency": an agency's name, and "official" is no title
        end += 2
        kind, titles, head, title_tokens = ORGANIZATION, [], "", []
    if kind == PERSON and not head and left == i and i > 0 and lower[i - 1] == "the":
        kind = UNKNOWN  # "the Trump Train", "the Hale Group": people's names take no article
    if kind == UNKNOWN and left == i and i > 1 and lower[i - 1] == "named" and lex.is_title(lower[i - 2]):
        kind = PERSON  # "a volunteer named Serhiy": a person noun names its person
    if kind == UNKNOWN and left == i == name_i == j - 1 and i > 0 and _AGED.match(lower[i - 1]) \
            and lower[i] not in lex.places and lower[i] not in lex.nationalities and _ends_noun_phrase(lower, j, lex):
        kind = PERSON  # "9-year-old Yazan", "Nine-year-old Yazan": an age before a name makes a person
    if kind == PERSON and gender is None:
        gender = lex.first_names.get(name_tokens[0].lower()) if len(name_tokens) > 1 else None
        # then a role that says it ("widow Terry Strada"); it yields to a first name, since
        # "spokesman" and "chairman" are used of women ("Trump spokesman Hope Hicks")
        gender = gender or role_gender
    if kind == GROUP and not titles and " ".join(w.lower() for w in name_tokens) in lex.nationalities:
        nxt = lower[end] if end < len(words) else "."
        prv = lower[left - 1] if left > 0 else ""
        if len(name_tokens) == 1 and not name.endswith("s") and (nxt in (",", ".") or nxt in lex.speech_verbs) \
                and prv in lex.speech_verbs and para.token_quote[left] < 0:
            kind = PERSON  # '"…," said Cuban, who hosts "Shark Tank"': a surname, not a modifier
        else:
            return None  # a bare "North Korean" is a modifier, not a speaker
    if name_i == j - 1 and lower[name_i] == "the":
        return None
    after = words[end] if end < len(words) else ""
    possessive = after.lower() in ("'s", "’s") or (after in ("'", "’") and name.endswith("s"))
    start = para.tokens[left][0]
    if left == i >= 2 and lower[left - 1] in BIRTH_ORDER and lower[left - 2] == "the" and kind in (PERSON, UNKNOWN) \
            and para.token_quote[left - 2] < 0 and para.token_quote[left - 1] < 0 \
            and after.lower() not in lex.org_words and not lex.is_title(after.lower()):
        # "the elder Zhao", "the younger Mr. Trump": the namesake's father or son, named as written
        s0 = para.tokens[left - 2][0]
        return Mention(s0, para.tokens[end - 1][1], NAME, PERSON, doc.text[s0:e], (s0, e), titles, head, gender,
                       possessive=possessive, after_preposition=_after_preposition(lower, left - 2),
                       para=para.index, sentence=para.token_sentence[left - 2], first_token=left - 2, last_token=end)
    if left == name_i and left > 0 and lower[left - 1] in ("a", "an", "one", "another") and kind in (GROUP, UNKNOWN) \
            and para.token_quote[left - 1] < 0 and not (after.isalpha() and after.islower()):
        # "one New Hampshire Democrat", "another Ohio Republican": an indefinite description, not a name
        s0 = para.tokens[left - 1][0]
        return Mention(s0, e, NOMINAL, PERSON, doc.text[s0:e], (s0, e), [], lower[j - 1],
                       possessive=end < len(words) and lower[end] in ("'s", "’s"),
                       after_preposition=_after_preposition(lower, left - 1), para=para.index,
                       sentence=para.token_sentence[left - 1], first_token=left - 1, last_token=end)
    return Mention(start, para.tokens[end - 1][1], NAME, kind, name, (s, e), titles, head, gender,
                   plural=kind == GROUP, possessive=possessive,
                   after_preposition=_after_preposition(lower, left) and not _topic(para, words, left, end)
                   and not _absolute_subject(words, lower, left, end),
                   para=para.index, sentence=para.token_sentence[left], first_token=left, last_token=end)


def _office_to(lower, i, lex) -> int:
    """Index of the title before "to" or "for" ("Ambassador to NATO", "envoy to the United Nations",
    "MP for Warringah") that the run at ``i`` ends, or -1."""
    k = i - 2 if i >= 2 and lower[i - 1] == "the" else i - 1
    if k >= 2 and lower[k] == "and":  # "Minister for Women and | Child Development Lakshmi Hebbalkar"
        k = next((t for t in range(k - 1, max(k - 4, 0), -1) if lower[t] in ("for", "to")), 0)
        if any(w in lex.function_words for w in lower[k + 1:i - 1]):
            return -1
    if k < 1 or lower[k] not in ("to", "for", "in"):
        return -1
    t = k - 1
    if t >= 2 and lower[t - 1] == "of" and lex.is_title(lower[t - 2].rstrip(".")):
        t -= 2  # "Minister of State for X and | Y", "Leader of Opposition in the | Lok Sabha": an office of two parts
    elif lower[k] == "in":
        return -1
    return t if lex.is_title(lower[t].rstrip(".")) else -1


def _topic(para, words, left, end) -> bool:
    """Why: "For Donald Trump, it was a good day" and "As for Trump, he said …" make Trump the topic
    that the next "he" is about: a name after a sentence-opening "For" or "As for" and before a comma."""
    k = left - 1
    if k >= 1 and words[k] == "for" and words[k - 1] in ("As", "as"):
        k -= 1  # "As for Trump,"
    elif not (k >= 0 and words[k] in ("For", "for")):
        return False
    return (k == 0 or para.token_sentence[k - 1] != para.token_sentence[k]) and end < len(words) and words[end] == ","


def _absolute_subject(words, lower, left, end) -> bool:
    """Why: in "with Ann Lee — who backs the tax — attacking the plan" the name is the subject of
    the "-ing" verb after it (past an aside between dashes), and the next "she" may be her."""
    if left < 1 or lower[left - 1] != "with":
        return False
    k = end
    if k < len(words) and words[k] in DASHES:
        k = next((j + 1 for j in range(k + 1, min(len(words), k + 20)) if words[j] in DASHES), len(words))
    return k < len(words) and words[k].islower() and words[k].endswith("ing") and len(words[k]) > 4


def _after_preposition(lower: list[str], i: int) -> bool:
    """"of the Green Trust", "to Russia": the object of a preposition is not a subject."""
    k = i - 1
    if k >= 0 and lower[k] in ("the", "a", "an"):
        k -= 1
    return k >= 0 and lower[k] in PREPOSITIONS


# Titles that are also name words inside Somali and Arab names ("Abdirahman Sheikh Mohamud").
_NAME_INSIDE_TITLES = frozenset("sheikh sheikha shaikh".split())


def _surname_like_title(words, lower, i, j, lex) -> bool:
    """Why: a lone capitalised title word with no determiner before it and a reporting verb or a
    comma after it ('"…," Seaman said', "Judge, who …") is a surname; a role takes an article."""
    if j - i != 1 or lower[i].rstrip(".") in lex.honorifics or words[i].isupper() or not words[i][1:].islower() \
            or lower[i] not in lex.titles:  # a plural ("Officials, however, said") is a group, not a surname
        return False
    if i > 0 and lower[i - 1] in _DETERMINER_BEFORE:
        return False
    return j < len(words) and (lower[j] in lex.speech_verbs or lower[j] == ",")


_DETERMINER_BEFORE = frozenset("the a an his her their its our my your this that".split())


def _ends_noun_phrase(lower, j, lex) -> bool:
    """The word before ``j`` ends its noun phrase: no role noun follows ("a 31-year-old Sanders
    volunteer") and no place after a comma ("a 52-year-old Salem, N.H., resident")."""
    if j >= len(lower):
        return True
    if lex.is_title(lower[j]):
        return False
    return not (lower[j] == "," and j + 1 < len(lower) and lower[j + 1].replace(".", "") in lex.places)


_AGED = re.compile(r"(?:\d+|[a-z]+(?:-[a-z]+)?)-(?:year|month)-old$")
_PARTY_NOUNS = frozenset(("republican", "democrat"))


def _title_only(doc, para, words, lower, i, j, lex, described=False) -> Mention | None:
    """A capitalised run that is all title ("President", "the Defense Secretary"): a role mention."""
    head = lower[j - 1].rstrip(".")
    if not (described or lex.is_title(head)):
        return None
    if i > 0 and lower[i - 1] in ("the", "this", "that") and para.token_quote[i - 1] < 0:
        i -= 1  # "the Spaniard": the article makes it a definite description
    s, e = para.tokens[i][0], para.tokens[j - 1][1]
    text = doc.text[s:e]
    plural = head.endswith("s") and head not in lex.titles
    return Mention(s, e, NOMINAL, GROUP if plural else PERSON, text, (s, e), [text],
                   head.rstrip("s") if plural else head, None if plural else lex.role_genders.get(head),
                   plural=plural, para=para.index, sentence=para.token_sentence[i],
                   first_token=i, last_token=j,
                   after_preposition=i > 0 and lower[i - 1] in PREPOSITIONS)


def name_kind(tokens: list[str], lower: list[str], titled: bool, lex) -> str:
    """Why: without a tagger, the kind of a name comes from its last word, lexicons and titles."""
    joined = " ".join(lower)
    bare = joined[4:] if joined.startswith("the ") else joined
    if titled:
        return PERSON
    if bare in lex.organizations or lower[-1] in lex.org_words:
        return ORGANIZATION
    if bare in lex.places or bare.replace(".", "") in lex.places:
        return PLACE
    if len(tokens) == 2 and _HYPHENATED_GIVEN.match(tokens[0]):
        return PERSON  # "Ji-ho Park" is a person, though "Park" ends place names
    if len(lower) == 2 and lower[-1] in _SURNAME_PLACE_NOUNS and lower[0] in lex.first_names:
        return PERSON  # "Jennifer Park", "Faith Hill": a given name, then a surname that is a place noun
    if len(lower) >= 2 and lower[-1] in _PLACE_NOUNS:
        return PLACE  # "Atlantic City", "Dominican Republic", "Maricopa County"
    if len(lower) >= 2 and lower[0] in _PLACE_PREFIXES:
        return PLACE
    if bare in lex.nationalities:
        return GROUP if bare.endswith("s") else GROUP
    if lower[-1].endswith("s") and (lower[-1][:-1] in lex.nationalities or lower[-1][:-1] in
                                    ("democrat", "republican", "american")):
        return GROUP
    if len(tokens) == 1 and is_acronym(tokens[0]):
        return ORGANIZATION
    if lower[0] in lex.first_names:
        return PERSON
    if len(lower) >= 3 and lower[-2] in lex.first_names and lower[-1] not in lex.places and \
            lower[-1] not in lex.function_words and not is_acronym(tokens[-1]):
        return PERSON  # "House Intelligence Republican Mike Pompeo": a first name, then the surname
    if any(w in lex.places or w in lex.nationalities or w in lex.function_words for w in lower):
        return UNKNOWN  # "Ukraine Live Briefing", "Fox News Sunday": not a person's name
    if any(w in lex.org_words or w in _INSTITUTIONAL for w in lower[1:]):
        return UNKNOWN  # "Trump National Doral", "Hale Tower Plaza": named after a person, not one
    if 2 <= len(tokens) <= 4 and not any(is_acronym(t) for t in tokens):
        return PERSON
    return ORGANIZATION if lower[0] == "the" else UNKNOWN
