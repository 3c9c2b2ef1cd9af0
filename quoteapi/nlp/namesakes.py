"""Names against names: which earlier entity a name mention is (surname ↔ full name ↔ honorific
and surname, namesakes, relatives, generations, short forms of long names), and the fullest
name a document gives a person named only by a surname."""
from __future__ import annotations

import functools
import re
import unicodedata

from . import lexicon
from .entity import Entity, name_suffix, name_words
from .mention import GROUP, NAME, ORGANIZATION, PERSON, PLACE, UNKNOWN, Mention
from .names import BIRTH_ORDER


@functools.lru_cache(maxsize=4096)
def surname_before_of(words: tuple[str, ...]) -> str:
    """The surname of a person's name that runs on into "of" a place or body ("Jodie Smith of Lubbock"), or ""."""
    i = words.index("of") if "of" in words else -1
    return words[i - 1] if i >= 2 and i < len(words) - 1 else ""


class NameIndex:
    """Named entities by last name word, and by first name word, so that matching a name is not a
    scan of every entity (documents with thousands of names stay linear)."""

    def __init__(self) -> None:
        self.by_last: dict[str, list[Entity]] = {}
        self.by_first: dict[str, list[Entity]] = {}
        self.deletions: dict[str, set[str]] = {}  # a surname with one letter dropped -> surnames
        self.by_middle: dict[str, list[Entity]] = {}  # middle words of three- and four-word names

    def add(self, e: Entity) -> None:
        if not e.words:
            return
        last = e.words[-1]
        if len(e.words) >= 2 and len(last) >= _MISSPELT_MIN and last not in self.by_last:
            for key in _one_dropped(last):
                self.deletions.setdefault(key, set()).add(last)
        _file(self.by_last, last, e)
        _file(self.by_first, e.words[0], e)
        if len(e.words) > 2 or len(e.words) == 2 and "-" in last:
            self._add_long(e, last)
            surname = surname_before_of(e.words) if e.kind == PERSON and len(e.words) >= 4 else ""
            if surname:  # "Rep. Jodie Smith of Lubbock" is found by "Smith"
                _file(self.by_last, surname, e)

    def _add_long(self, e: Entity, last: str) -> None:
        """A long name is also found by its middle words, and a surname without its article prefix."""
        if len(e.words) <= 4:
            for w in e.words[1:-1]:
                _file(self.by_middle, w, e)
        if "-" in last and _unprefixed(last) != last:
            _file(self.by_last, _unprefixed(last), e)  # "Sharaa" names Ahmed al-Sharaa

    def misspelt(self, m: Mention, lex) -> Entity | None:
        """Why: "Wines said" after "Leslie Wimes, a party official,": a bare surname that names
        nobody, one letter off (or two swapped) from the surname of one person named in full, is
        a typo for that person; not a plural ("the Clintons") nor a given name."""
        words = name_words(m.name)
        if len(words) != 1 or len(words[0]) < _MISSPELT_MIN or m.kind not in (PERSON, UNKNOWN) \
                or words[0] in lex.first_names:
            return None
        w = words[0]
        near = {last for key in (w, *_one_dropped(w)) for last in self.deletions.get(key, ())
                if _one_edit(w, last) and w != last + "s" and last != w + "s"}
        people = {id(e): e for last in near for e in self.by_last.get(last, ())
                  if e.kind == PERSON and len(e.words) >= 2 and e.words[-1] == last}
        return next(iter(people.values())) if len(people) == 1 else None

    def candidates(self, words: tuple[str, ...]) -> list[Entity]:
        """Entities a name can match (see match_name, which orders them): those sharing its last
        word, and for a single word also those it begins ("Kim" ↔ "Kim Yong-hyun")."""
        if not words:
            return []
        if words[0] in BIRTH_ORDER:  # "the elder Zhao": the namesakes of "Zhao"
            words = words[1:]
        found = self.by_last.get(words[-1], ())[-_CANDIDATES:]
        lone = self.by_last.get(words[0]) if len(words) > 1 else None
        if lone:  # "Tom Park" after a lone "Tom"
            found = [*found, *(e for e in lone[-_CANDIDATES:] if len(e.words) == 1)]
        if len(words) == 1:
            found = {id(e): e for e in (*found, *self.by_first.get(words[0], ())[-_CANDIDATES:],
                                        *self.by_middle.get(words[0], ())[-_CANDIDATES:])}.values()
        return list(found)


def _file(index: dict[str, list[Entity]], key: str, e: Entity) -> None:
    """List ``e`` under ``key``, once for each time it is named anew (an entity named twice running
    is listed once)."""
    bucket = index.setdefault(key, [])
    if not bucket or bucket[-1] is not e:
        bucket.append(e)


_CANDIDATES = 20      # most recent namesakes considered for one name
_MISSPELT_MIN = 5     # letters a surname needs before a one-letter slip is taken for a typo


# Arabic article prefixes of a surname, which a short form drops ("al-Sharaa" ... "Sharaa").
_ARTICLE = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ul|ud)-(?=[^\W\d_]{3})")


def _unprefixed(w: str) -> str:
    a = _ARTICLE.match(w)
    return w[a.end():] if a else w


def _one_dropped(w: str) -> set[str]:
    return {w[:i] + w[i + 1:] for i in range(len(w))}


def _one_edit(a: str, b: str) -> bool:
    """One letter replaced, added or dropped, or two neighbours swapped."""
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if abs(len(a) - len(b)) != 1:
        return False
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return short in _one_dropped(long_)


def _generations_clash(a: str, words: tuple[str, ...], e: Entity) -> bool:
    """Why: "His son, Gary Sobczak Jr.," is not Gary Sobczak, and "Trump Jr." is not Donald Trump:
    a suffix on one side only (or two different ones) tells two people of one name apart, when the
    given names agree or the suffixed side is a bare surname ("Mr. Biden" is still Joseph R. Biden Jr.)."""
    b = e.suffix
    if words[0] == e.words[0] and words[-1] == e.words[-1]:
        return True
    return len(words) == 1 and bool(a) or len(e.words) == 1 and bool(b)


def match_name(m: Mention, entities: list[Entity], lex) -> Entity | None:
    """``entities`` are the candidates sharing a first or last name word. Of two namesakes, the
    one with the mention's title is meant ("Dr Sinclair" is Dr Morag Sinclair, not her husband
    Iain Sinclair), then the one mentioned last ("Tim Scott … Bobby Scott … Scott said")."""
    words = name_words(m.name)
    if not words:
        return None
    if words[0] in BIRTH_ORDER:
        return _elder_or_younger(words, entities, m.gender if m.titles else None)
    suffix = name_suffix(m.name)
    head = m.head
    # a bare surname means the story's own person before a relative introduced as kin ("Clinton"
    # after "her husband, former President Bill Clinton," is still Hillary Clinton), but an
    # honorific's gender comes first: "Mrs. Okafor" after "His wife, Ngozi Okafor," is the wife; and so
    # does a namesake flagged ", no relation," ("Tanner" is still the candidate after "Jim Tanner, no relation")
    kin_last = len(words) == 1
    gender = m.gender if m.gender in ("m", "f") else None
    entities = sorted(entities, key=lambda e: (bool(head) and head in e.heads,
                                               gender is not None and e.gender == gender,
                                               not (kin_last and (e.relative or e.unrelated)),
                                               e.mentions[-1] if e.mentions else -1))
    for e in reversed(entities):
        if e.form != NAME or not e.words:
            continue
        if e.suffix != suffix and _generations_clash(suffix, words, e):
            continue
        if e.words == words:
            return e
        if e.words[0] in BIRTH_ORDER:
            continue  # "Zhao" after "the elder Zhao" is not the father
        if len(e.words) == 1 and len(words) > 1 and e.words[0] == words[0] \
                and (e.words[0] in lex.first_names or e.relative or len(words) == 2 and "-" in words[1]) \
                and e.kind in (PERSON, UNKNOWN) and m.kind == PERSON:
            return e  # "her husband, Tom," … "Tom Park said": the first name named him first (so "Lai" "Lai Ching-te")
        if _short_organization_name(m, words, e):
            return e
        if len(words) == 1 and m.name.isupper() and len(m.name) >= 4 and e.kind == PERSON and e.words[-1] == words[0]:
            return e  # transcripts label speakers in capitals: "SANDERS:" is Bernie Sanders
        if m.kind in (ORGANIZATION, PLACE, GROUP) or e.kind in (ORGANIZATION, PLACE, GROUP):
            continue
        # "Rutte" ↔ "Mark Rutte"; "Ann Lee" ↔ "Lee"; but "Tom Lee" ≠ "Ann Lee"
        if words[-1] == e.words[-1] or len(words) == 1 and "-" in e.words[-1] and words[0] == _unprefixed(e.words[-1]) \
                or len(words) == 1 and len(e.words) >= 4 and e.kind == PERSON \
                and words[0] == surname_before_of(e.words):
            short, long_ = (words, e.words) if len(words) <= len(e.words) else (e.words, words)
            if set(short) <= set(long_) or len(short) == 1:
                if _first_names_clash(words, e.words) or genders_clash(m, e):
                    continue
                return e
    # "Kim" ↔ "Kim Yong-hyun" (family name first), but only when no surname matched, and only a
    # person's name of two or three words ("Trump" is not "Trump National Doral" or "Trump Train")
    # ... and a first name alone ("Susan" ↔ "Susan Whitaker", "Sir Keir" ↔ "Keir Starmer")
    # ... and a title with a given name names a longer name too ("Sheikh Mohammed", Thai "Ms Wanwisa")
    if len(words) == 1:
        for e in reversed(entities):
            if e.form == NAME and e.kind == PERSON and (2 <= len(e.words) <= 3 or m.titles and len(e.words) > 3) \
                    and words[0] == e.words[0]:
                return e
        # "Taddei said" ↔ "Guadalupe Taddei Zavala": a bare first surname (not "Ms. Acosta": PolNeAR's
        # gold, like the newspapers that write it, keeps that form as the speaker's name)
        if not m.titles and words[0] not in lex.first_names and len(words[0]) >= 3:
            for e in reversed(entities):
                if e.form == NAME and e.kind == PERSON and len(e.words) in (3, 4) and words[0] in e.words[1:-1] \
                        and "of" not in e.words:  # (not "Alvin Lawton of Tallahassee")
                    return e
    return None


# Kin older and younger than the one whose kin they are ("His father, Zhao Jianhua,").
_ELDER_KIN = frozenset("father mother grandfather grandmother stepfather stepmother father-in-law "
                       "mother-in-law".split() + ["elder brother", "elder sister"])
_YOUNGER_KIN = frozenset("son daughter grandson granddaughter stepson stepdaughter son-in-law "
                         "daughter-in-law".split() + ["younger brother", "younger sister"])
SIBLINGS = frozenset(("brother", "sister"))
SIBLING_ORDER = {"younger": "younger", "little": "younger", "baby": "younger", "kid": "younger",
                 "older": "elder", "elder": "elder", "big": "elder", "eldest": "elder", "oldest": "elder",
                 "youngest": "younger"}


_HONORIFICS = frozenset("mr mrs ms miss".split())


def _elder_or_younger(words: tuple[str, ...], entities: list[Entity], gender: str | None = None) -> Entity | None:
    """Why: "the elder Zhao" is not the story's Zhao but the one introduced as a father ("His
    father, Zhao Jianhua,"); with only a son or daughter introduced as kin, the elder is the story's
    own namesake ("His son, Anthony Castellano," … "The elder Castellano"). Else it stays a person
    of its own, named as written ("the younger Mr. Trump")."""
    if len(words) > 2 and words[1] in _HONORIFICS:
        words = (words[0], *words[2:])  # "the younger Mr. Brandt" is "the younger Brandt"
    same = [e for e in entities if e.words == words]
    if same:
        return same[-1]
    namesakes = list({id(e): e for e in entities if e.kind == PERSON and e.form == NAME and words[-1] in e.words
                      and e.words[0] not in BIRTH_ORDER
                      and not (gender in ("m", "f") and e.gender in ("m", "f") and e.gender != gender)
                      }.values())  # (the index lists a person once per turn; "the elder Mr. X" is no woman)
    elder = words[0] == "elder"
    # (a suffix tells the generations apart too: "Gary Sobczak Jr." is the younger, "Sr." the elder)
    meant = [e for e in namesakes if e.kin in (_ELDER_KIN if elder else _YOUNGER_KIN)
             or e.suffix == ("sr" if elder else "jr")]
    if len(meant) == 1:
        return meant[0]
    story = [e for e in namesakes if not e.relative and not e.suffix]
    if not meant and len(story) == 1 and any(e.kin in (_YOUNGER_KIN if elder else _ELDER_KIN)
                                             or e.suffix == ("jr" if elder else "sr") for e in namesakes):
        return story[0]
    return None


def _short_organization_name(m: Mention, words: tuple[str, ...], e: Entity) -> bool:
    """Why: a newspaper or a body named again by its last word ("The Washington Post" … "the
    Post", "the Benghazi Committee" … "the Committee") is the one named in full before."""
    return len(words) == 1 and m.kind == ORGANIZATION and e.kind == ORGANIZATION and len(e.words) > 1 \
        and e.words[-1] == words[0]


def genders_clash(m: Mention, e: Entity) -> bool:
    """Why: "Mr. Trump" is not "Ivanka Trump", nor "Ms. Lee" "Tom Lee": an honorific's or a first
    name's gender that differs from the namesake's rules the namesake out."""
    return m.gender in ("m", "f") and e.gender in ("m", "f") and m.gender != e.gender


def _first_names_clash(a: list[str], b: list[str]) -> bool:
    """"Tom Lee" vs "Ann Lee" clash; "Mendes Ruiz" vs "Carla Mendes Ruiz" (a suffix of the
    other) and "J. Hale" vs "Robert J. Hale" do not."""
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) < 2 or long_[-len(short):] == short:
        return False
    return a[0] != b[0] and len(a[0]) > 1 and len(b[0]) > 1


# A capitalised surname, hyphenated or not ("Clinton", "McClenney", "Crouse-Mays").
_SURNAME = r"[A-Z][^\W\d_]*[a-z](?:-[^\W\d_]+)*"
# A lookahead, so that every capitalised word is tried as a first name: "The Rachel Maddow Show"
# holds "Rachel Maddow" although "The Rachel" matches first. Only the first name's capital is
# consumed (group 1 is the rest of it): a pattern that opens with a character class lets the regex
# engine skip to the next capital instead of trying a match at every position (half the time), and
# no other match can start inside that capital's word.
_FULL_NAME = re.compile(rf"[A-Z](?<=\b[A-Z])(?=([a-z]+)\s+(?:[A-Z]\.\s+)?({_SURNAME})\b)")


def complete_names(entities: list[Entity], text: str) -> None:
    """Why: a person first named in a headline ("Donald Trump's …") or only in a possessive is
    later just "Trump"; the speaker's name is the fullest the document gives, when it gives one
    full name ending in that surname (a known first name before it) and not two."""
    lex = lexicon.load()
    bare = [e for e in entities if e.name and len(e.words) == 1 and e.kind in (PERSON, UNKNOWN) and e.form == NAME]
    if not bare:
        return
    wanted = {e.words[0] for e in bare}
    longer = {e.name for e in entities if e.kind == PERSON and e.form == NAME and len(e.words) == 3}
    full: dict[str, set[str]] = {}
    for m in _FULL_NAME.finditer(text):
        surname = m.group(2).lower()
        if surname in wanted and text[m.start():m.end(1)].lower() in lex.first_names \
                and not _middle_of_name(text, m.start(), lex):
            name = text[m.start():m.end(2)]
            on = _NAME_GOES_ON.match(text, m.end(2))
            if on and text[m.start():on.end()] in longer:
                name = text[m.start():on.end()]  # "Omar Ayub Khan", not its first words "Omar Ayub"
            full.setdefault(surname, set()).add(name)
    for e in bare:
        if len(full.get(e.words[0], ())) == 1:
            e.name = next(iter(full[e.words[0]]))
            e.words = name_words(e.name)
            e.kind = PERSON
    _complete_couples([e for e in bare if len(e.words) == 1 and e.words[0] in lex.first_names], text, lex)


# a name word after the surname: "Omar Ayub" in "Omar Ayub Khan" is no full name but its first words
_NAME_GOES_ON = re.compile(rf" {_SURNAME}\b")


def _middle_of_name(text: str, start: int, lex) -> bool:
    """Why: "Felipe Rojas" in "Andrés Felipe Rojas Castaño" is no full name but its middle words:
    a given name right before the match makes it a second given name."""
    before = text[max(0, start - 30):start]
    words = before.split()
    if not (before.endswith(" ") and words and words[-1][:1].isupper()):
        return False
    word = unicodedata.normalize("NFKD", words[-1].lower())
    return "".join(c for c in word if not unicodedata.combining(c)) in lex.first_names  # "Andrés" as "andres"


# "Harold and Susan Whitaker": two given names sharing one surname.
# (the word boundary is tested after the first capital, so that the pattern opens with a character
# class: see _FULL_NAME)
_COUPLE = re.compile(rf"([A-Z](?<=\b[A-Z])[a-z]+) and ([A-Z][a-z]+) ({_SURNAME})\b")


def _complete_couples(first_named: list[Entity], text: str, lex) -> None:
    """Why: a couple named together ("Harold and Susan Whitaker met in 1953") is later "Harold" and
    "Susan"; the first of them takes the surname they share, when the document names one."""
    if not first_named:
        return
    surnames: dict[str, set[str]] = {}
    for m in _COUPLE.finditer(text):
        if m.group(2).lower() in lex.first_names:
            surnames.setdefault(m.group(1).lower(), set()).add(m.group(3))
    for e in first_named:
        found = surnames.get(e.words[0], ())
        if len(found) == 1:
            e.name = f"{e.name} {next(iter(found))}"
            e.words = name_words(e.name)
            e.kind = PERSON
