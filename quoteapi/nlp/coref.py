"""Coreference heuristics: cluster mentions into speaker entities.

Rules, in the order they are tried for each mention (text order):
- a name joins the entity whose name it shares a surname with (full name ↔ surname ↔ Mr. + surname;
  namesakes.py);
- an organisation or place joins the entity with the same name;
- a definite role noun ("the president") joins the latest entity holding that title;
- he/she join the latest person of compatible gender, subjects of the nearest sentence first;
  it/they join the latest organisation, place or group.
Anything else starts an entity of its own.
"""
from __future__ import annotations

from . import lexicon
from .entity import PARTIES, Entity, name_words, sides_of
from .mention import GROUP, NAME, NOMINAL, ORGANIZATION, PERSON, PLACE, PRONOUN, UNKNOWN, Mention
from .namesakes import SIBLING_ORDER, SIBLINGS, NameIndex, genders_clash, match_name, surname_before_of

_PRONOUN_WINDOW = 3  # paragraphs a pronoun may look back
_PRONOUN_SENTENCES = 6  # sentences with candidate antecedents a pronoun may look back over


def resolve(mentions: list[Mention], subjects: frozenset[int] = frozenset(),
            speakers: frozenset[int] = frozenset(), headings: frozenset[int] = frozenset()) -> list[Entity]:
    """Assign ``entity`` on every mention; returns the entities (ids are list indices).

    ``subjects`` holds the ``id()`` of mentions that are subjects of reporting verbs: a pronoun
    prefers the latest of those ("…," he said, after "Kirby said …"). ``speakers`` holds those right
    next to their verb: a bare one-word name there is a person ("Walz said"). ``headings`` are the
    paragraphs of a page's head (headline, byline, dateline lines) that come before its lede."""
    lex = lexicon.load()
    entities: list[Entity] = []
    names = NameIndex()
    nominals: dict[str, Entity] = {}  # lower-case nominal text -> the entity it first named
    resolved: list[int] = []          # mentions that belong to an entity, in text order
    for idx in _order(mentions):
        m = mentions[idx]
        target = None
        appositive = _apposition(mentions, idx)
        if appositive is not None:
            target = entities[appositive.entity]
            if appositive.form == NOMINAL and appositive.kind == ORGANIZATION and m.form == NAME:
                m.kind = ORGANIZATION  # "the watchdog group OpenBooks Forward" names a body, not a person
            if appositive.form == NOMINAL and appositive.head in _KIN or m.form == NOMINAL and m.head in _KIN:
                # (but "Ana Bramwell, Keisha's mother,": kin told apart from a namesake by a given name is
                # a person in her own right, whom a bare "Bramwell" may name)
                target.relative = target.relative or not _kin_of_named(mentions, idx)
                kin = appositive if appositive.form == NOMINAL else m
                target.kin = kin.head
                if kin.head in SIBLINGS:  # "His younger brother, Curtis Haldane," is the younger one
                    order = next((w for w in kin.name.lower().split()[:-1] if w in SIBLING_ORDER), None)
                    target.kin = f"{SIBLING_ORDER[order]} {kin.head}" if order else kin.head
            if m.form == NAME and target.form == NOMINAL:
                # "The minister, Mr. Guajardo," after "Ildefonso Guajardo, the secretary,": the
                # description was a new entity only until the name said who it is
                named = match_name(m, names.candidates(name_words(m.name)), lex)
                if named is not None and named is not target and len(target.mentions) == 1:
                    _merge(target, named, mentions)
                    target = named
            elif m.form == NAME and target.form == NAME and target.words \
                    and name_words(m.name)[-1:] != target.words[-1:] and target.mentions[-1] == idx - 1:
                # "The NSW Premier, Chris Minns," after "Prime Minister Anthony Albanese": the
                # description was taken for the earlier office holder; the name says who it is
                target.mentions.pop()
                target = match_name(m, names.candidates(name_words(m.name)), lex)
                if target is None:
                    target = Entity(len(entities), m.kind, None)
                    entities.append(target)
                target.mentions.append(idx - 1)
                appositive.entity = target.id
        elif m.form == NAME:
            target = match_name(m, names.candidates(name_words(m.name)), lex) or (
                _person_named_like_place(m, names) if id(m) in speakers else None) or names.misspelt(m, lex)
        elif m.form == NOMINAL:
            target = _honorific_surname(m, names) or _match_nominal(m, entities, mentions, idx, nominals)
        else:
            target = _match_pronoun(m, entities, mentions, resolved, subjects)
            if target is None:
                m.entity = -1
                continue
        if target is None:
            target = Entity(len(entities), m.kind if m.form != PRONOUN else UNKNOWN, None)
            entities.append(target)
        if m.form == NAME and m.head in _KIN and m.head in m.titles and appositive is None and not target.mentions \
                and not (idx and mentions[idx - 1].possessive and mentions[idx - 1].form == NAME
                         and mentions[idx - 1].last_token >= m.first_token - 1):
            target.relative, target.kin = True, m.head  # "His son Kofi Mensah" is kin as "His son, Kofi Mensah," is
        if m.form == NAME and target.name and " of " in target.name and target.words \
                and name_words(m.name) == (surname_before_of(target.words),):
            # "Smith said" after "Rep. Jodie Smith of Lubbock": the name ended before "of"
            of = target.words.index("of")
            target.name, target.words, target.name_len = target.name[:target.name.index(" of ")], target.words[:of], of
        if m.form != PRONOUN:
            if target.kind == UNKNOWN and id(m) in speakers and _surname_like(m):
                target.kind = PERSON  # so that "she" can find "Walz" (said) later
            target.add_name(m)
            target.unrelated = target.unrelated or m.unrelated
            names.add(target)
            if m.form == NOMINAL and target.form == NOMINAL:
                nominals.setdefault(m.name.lower(), target)
        elif m.gender in ("m", "f") and target.gender is None and target.kind == PERSON and id(m) in subjects:
            # "he said" of an entity is evidence of its gender; a pronoun elsewhere is too often
            # resolved wrongly to be trusted with it (one wrong "he" would block every later "she")
            target.gender = m.gender
        target.mentions.append(idx)
        m.entity = target.id
        resolved.append(idx)
    _name_described_people(entities, mentions, lex, subjects, headings)
    return entities


_DEFINITE = ("the ", "its ", "his ", "her ", "their ")


def _name_described_people(entities: list[Entity], mentions: list[Mention], lex, subjects: frozenset[int],
                           headings: frozenset[int] = frozenset()) -> None:
    """Why: a lede's 'Shares fell after its chief executive said …' names the person a paragraph
    or two later ('"…," CEO Ingrid Halvorsen said'): a definite role description in the first
    paragraphs that nobody held when it was met joins the first person named soon after with that
    role."""
    titled = None  # the titled people, listed once when a lede's bare role needs them
    for e in entities:
        if e.form != NOMINAL or e.kind != PERSON or not e.mentions or not e.heads or e.heads & _KIN:
            continue
        first = mentions[e.mentions[0]]
        in_lede = first.para - sum(1 for k in headings if k < first.para) == 0
        if in_lede and not first.plural and first.name[:1].islower() and " " in first.name \
                and not first.name.lower().startswith(_DEFINITE + ("a ", "an ")):
            # a deck's or lede's bare role ("army chief says troops '…'") is the one person the story gives
            # it as a title
            role = f" {first.name.lower()} "
            if titled is None:
                titled = [(o, [f" {t.lower()} " for t in o.titles]) for o in entities
                          if o.form == NAME and o.kind == PERSON and o.titles]
            holders = [o for o, titles in titled if any(role in t for t in titles)]
            if len(holders) == 1:
                _merge(e, holders[0], mentions)
                continue
        # an indefinite lede ("A Texas border sheriff says …") is named in the very next paragraph
        indefinite = first.name.lower().startswith(("a ", "an "))
        # ... and a name's ("The European Union's envoy for the Balkans") only by the next paragraph's opener
        owned = first.name[:1].isupper() and ("'s " in first.name or "’s " in first.name) and not indefinite \
            and not first.name.lower().startswith(_DEFINITE)
        # (the lede is among the first three paragraphs after a page's headline, byline and dateline lines)
        lede = first.para - sum(1 for k in headings if k < first.para)
        if lede > 2 or first.plural or not (first.name.lower().startswith(_DEFINITE) or indefinite or owned):
            continue  # (later in a story "the donor" refers back to an unnamed source)
        merged = False
        for j in range(e.id + 1, len(entities)):  # entities are created in text order, nearly
            other = entities[j]
            if not other.mentions:
                continue
            named = mentions[other.mentions[0]]
            if named.para - first.para > (1 if indefinite else 2):
                break
            # ... or, whatever its role word, the person the next paragraph opens by naming ("The head of
            # the UN nuclear watchdog warned …" ¶ "Rafael Grossi, director general of the IAEA, …")
            opens = named.para == first.para + 1 and named.first_token == 0 and named.comma_after \
                and id(first) in subjects
            if other.form == NAME and other.kind == PERSON \
                    and (opens or not owned and any(lex.same_role(h, x) for h in e.heads for x in other.heads)) \
                    and not (e.sides and other.sides and not e.sides & other.sides) \
                    and not _other_office(first, other, lex):
                _merge(e, other, mentions)
                merged = True
                break
        if not merged:
            # ... or who opens it as the subject of a reporting verb, though named before (in a deck):
            # "Hungary's defence minister has said …" ¶ "Ilse Varga told a committee …"
            named = _next_paragraph_speaker(first, e.mentions[0], mentions, subjects)
            if named is not None and named.entity >= 0 and named.entity != e.id and id(first) in subjects:
                other = entities[named.entity]
                clash = e.sides and other.sides and not e.sides & other.sides
                if other.form == NAME and other.kind == PERSON and not clash:
                    _merge(e, other, mentions)


def _next_paragraph_speaker(first: Mention, idx: int, mentions: list[Mention],
                            subjects: frozenset[int]) -> Mention | None:
    """The person's name that opens the paragraph after ``first``'s as a reporting verb's subject."""
    for j in range(idx + 1, min(len(mentions), idx + _LOOK_BACK)):
        m = mentions[j]
        if m.para > first.para + 1:
            return None
        if m.para == first.para + 1:
            ok = m.first_token == 0 and m.form == NAME and m.kind == PERSON and id(m) in subjects
            return m if ok else None
    return None


def _honorific_surname(m: Mention, names: "NameIndex") -> Entity | None:
    """Why: "Mr. Pope said" after "State Senator Harlan Pope": an honorific before a title word that
    is the surname of a person named in full after a title is that person, not a role."""
    if not (m.titles and m.titles[0] == m.name and m.name[:2] in ("Mr", "Ms", "Dr", "Mi")):
        return None
    words = name_words(m.name)
    if len(words) != 2 or words[1] != m.head:
        return None
    people = [e for e in names.by_last.get(m.head, ())
              if e.kind == PERSON and e.form == NAME and len(e.words) >= 2 and e.titles]  # (named after a title)
    return people[-1] if people else None


def _person_named_like_place(m: Mention, names: "NameIndex") -> Entity | None:
    """Why: '"…," Israel said' after "Rep. Steve Israel" is the congressman: a one-word place
    right next to a reporting verb is the person of that surname, when the story has one."""
    words = name_words(m.name)
    if m.kind != PLACE or len(words) != 1:
        return None
    people = [e for e in names.candidates(words)
              if e.kind == PERSON and len(e.words) >= 2 and e.words[-1] == words[0]]
    return people[0] if len(people) == 1 else None


def _surname_like(m: Mention) -> bool:
    """A one-word name that may be a person's surname: not an acronym, not a function word."""
    w = m.name
    lex = lexicon.load()
    return m.form == NAME and " " not in w and len(w) >= 3 and w[0].isupper() and not w.isupper() \
        and w.lower() not in lex.function_words and not w.lower().endswith("ly")


def _merge(source: Entity, target: Entity, mentions: list[Mention]) -> None:
    """Move every mention of ``source`` to ``target``; ``source`` is left empty (never a speaker)."""
    for j in source.mentions:
        mentions[j].entity = target.id
        if mentions[j].form != PRONOUN:
            target.add_name(mentions[j])
    target.mentions = sorted(target.mentions + source.mentions)
    source.mentions = []
    source.name = None


def _order(mentions: list[Mention]) -> list[int]:
    """Text order, except that a document named after its owner ("the IMF report") comes right
    after the owner's name inside it, so that the owner is resolved first, and a pronoun in a
    fronted clause comes after the subject that follows the clause ("Asked if he …, Lee said")."""
    after: dict[int, list[int]] = {}  # mention -> mentions waiting for it
    for idx, m in enumerate(mentions):
        if m.owner > m.first_token:
            owner = next((j for j in range(idx + 1, min(len(mentions), idx + 4))
                          if mentions[j].para == m.para and mentions[j].first_token == m.owner), None)
            if owner is not None:
                after.setdefault(owner, []).append(idx)
        elif m.fronted and m.form == PRONOUN:
            subject = next((j for j in range(idx + 1, min(len(mentions), idx + 4))
                            if mentions[j].para == m.para and mentions[j].sentence == m.sentence
                            and mentions[j].form != PRONOUN and mentions[j].comma_before), None)
            if subject is not None:
                after.setdefault(subject, []).append(idx)
    waiting = {i for group in after.values() for i in group}
    order: list[int] = []
    for idx in range(len(mentions)):
        if idx not in waiting:
            order.append(idx)
            order.extend(after.get(idx, ()))
    return order


def _kin_of_named(mentions: list[Mention], idx: int) -> bool:
    """A kin nominal owned by the name right before it ("Keisha's mother")."""
    m, prev = mentions[idx], mentions[idx - 1]
    return m.form == NOMINAL and prev.possessive and prev.form == NAME and prev.first_token == m.first_token


def _apposition(mentions: list[Mention], idx: int) -> Mention | None:
    """Why: "The minister of finance, Ms. Mendes Ruiz," "Mark Dunn, the campaign's press
    secretary," and "A former candidate -- John McCain, who …" name one person twice; the second
    mention joins the first."""
    m = mentions[idx]
    if idx == 0 or m.form == PRONOUN:
        return None
    prev = mentions[idx - 1]
    owned = idx >= 2 and prev.possessive and prev.form == NAME and m.form == NOMINAL \
        and prev.first_token == m.first_token
    if owned:
        prev = mentions[idx - 2]  # "Tom Reed, the Chamber's chief strategist,": the name before the possessor
    complement = idx >= 2 and m.form == NAME and prev.form == NAME and prev.after_preposition and prev.comma_after \
        and mentions[idx - 2].form == NOMINAL and prev.first_token == mentions[idx - 2].last_token + 1
    if complement:
        prev = mentions[idx - 2]  # "the Minister for Housing, James Browne,": the office's complement is no person
    elif idx >= 3 and m.form == NAME and prev.form == NAME and prev.comma_after and mentions[idx - 2].form == NAME \
            and mentions[idx - 2].after_preposition and prev.first_token == mentions[idx - 2].last_token + 1 \
            and mentions[idx - 3].form == NOMINAL and mentions[idx - 2].first_token == mentions[idx - 3].last_token + 1:
        complement = True  # "the Minister for Lands and Natural Resources, X,": a complement of two names
        prev = mentions[idx - 3]
    if prev.entity < 0 or prev.para != m.para or prev.sentence != m.sentence or prev.form == PRONOUN:
        return None
    if prev.possessive or m.plural or prev.plural:
        return None
    if prev.form == NOMINAL and prev.head in _BODY_HEADS and prev.name.lower().startswith("the ") \
            and m.form == NAME and m.first_token == prev.last_token and not owned \
            and (m.kind in (ORGANIZATION, UNKNOWN) or m.kind == PERSON and m.gender is None):
        return prev  # "the regional bloc Ecowas", "the watchdog group OpenBooks Forward": the body's name
    if owned:
        if not (prev.comma_after and m.comma_after and m.first_token - prev.last_token in (1, 2)):
            return None
        dashed = True  # (the comma is before the possessor's "the", not before the nominal)
    elif complement:
        if not (m.comma_before and m.comma_after and m.first_token == mentions[idx - 1].last_token + 1):
            return None
        dashed = True  # (the comma is after the complement)
    elif m.dash_before and prev.dash_after and m.first_token - prev.last_token in (1, 2):  # "—" or "--"
        dashed = m.comma_after or m.dash_after
    elif m.first_token == prev.last_token + 1:
        dashed = False
    else:
        return None
    if {prev.form, m.form} != {NAME, NOMINAL}:
        return None
    nominal, name = (prev, m) if prev.form == NOMINAL else (m, prev)
    # a given name the list lacks is a person's after a kinship noun: "Her mother, Celeste,"
    if nominal.kind != PERSON or not (name.kind == PERSON or name.kind == UNKNOWN and nominal.head in _KIN):
        return None
    # (an indefinite description right after "Name," is one even when the closing comma is missing:
    # "Gary Byrne, a former agent for the president has written")
    # (and so is any description that runs into its reporting verb: "Sam Lau, the party's spokesman said
    # in a statement"; "Obama, the senator said, …" has its comma after the verb: a cue of its own)
    if not dashed and not (m.comma_before and (m.comma_after or m is nominal and not name.after_preposition and (
            _indefinite(m) or m.verb_after and not name.fronted))):
        return None
    return prev


# Determiners of an indefinite description ("an official", "one senior aide", "another diplomat").
_INDEFINITES = frozenset("a an another one".split())


def _first_word(m: Mention) -> str:
    """A mention's first word, lower-cased: its determiner if it has one ("a former agent")."""
    return m.name.split(" ", 1)[0].lower()


def _indefinite(m: Mention) -> bool:
    """A nominal that opens with "a" or "an" ("a former agent")."""
    return _first_word(m) in ("a", "an")


# Nouns of kinship: a person introduced by one is somebody's relative, not the story's subject.
_KIN = frozenset("husband wife son daughter father mother brother sister uncle aunt nephew niece cousin "
                 "grandson granddaughter grandfather grandmother stepfather stepmother stepson stepdaughter "
                 "son-in-law daughter-in-law father-in-law mother-in-law brother-in-law sister-in-law".split())
_LOOK_BACK = 200      # mentions a pronoun or role noun may look back over
# Roles that speak for somebody: "his spokeswoman" is the one named before, however far back.
_AGENT_HEADS = frozenset("spokesman spokeswoman spokesperson lawyer attorney aide adviser advisor publicist".split())


def _match_nominal(m: Mention, entities: list[Entity], mentions: list[Mention], idx: int,
                   nominals: dict[str, Entity]) -> Entity | None:
    lex = lexicon.load()
    if m.owner >= 0:  # "Lee's claim that …", "the IMF report": the document is its owner's
        for j in range(max(0, idx - 3), min(len(mentions), idx + 3)):
            other = mentions[j]
            if other is not m and other.para == m.para and other.first_token == m.owner and other.entity >= 0:
                return entities[other.entity]
    text = m.name.lower()
    definite = text.startswith(("the ", "this ", "that "))
    # "His spokeswoman said" after "mayoral spokeswoman X": an owned role is its named holder, if any
    owned = not definite and text.startswith(("his ", "her ", "their ")) and m.head in _AGENT_HEADS
    if text in _SPOUSE_OF_OWNER:
        spouse = _spouse_of_relative(m, entities, mentions, idx, _SPOUSE_OF_OWNER[text])
        if spouse is not None:
            return spouse
    if m.plural or not (definite or owned):
        return nominals.get(text)  # the same group named again ("officials" ... "officials")
    former = "former" in text.split()
    fallback = None
    # "The president" long after "President William Ruto": a bare office is its one holder by formal title
    bare = m.head and text == "the " + m.head and m.kind == PERSON
    # ... and so is a named office ("the minister of home affairs" long after "Home Minister Amit Shah")
    office = _office_word(text.split(), m.head, lex) if m.head and m.kind == PERSON and text.startswith("the ") \
        and f"{m.head} of " in text else None
    far, holders = False, set()
    # "the Japanese minister" after "Minister Park and his Japanese counterpart, Takeshi Morikawa":
    # the nearer person of that nationality, when the holder of the role has none
    nations = sides_of(m.name) & lex.nationalities if m.kind == PERSON else set()
    kindred = None
    for j in range(idx - 1, max(-1, idx - 1 - _LOOK_BACK), -1):
        prev = mentions[j]
        if m.para - prev.para > 6 and not owned:  # (an owned role is rarer: its holder may be named further back)
            if not bare and office is None:
                break
            far = True
        if prev.entity < 0:
            continue
        if far:
            e = entities[prev.entity]
            if e.form == NAME and e.kind == PERSON and any(t[:1].isupper() and (
                    t.lower() == m.head if bare else _office_word(t.lower().split(), m.head, lex) == office)
                    for t in e.titles):
                holders.add(e.id)
            continue
        e = entities[prev.entity]
        if m.kind == ORGANIZATION:
            if e.kind == ORGANIZATION and (e.words and e.words[-1] == m.head or e.form == NAME and m.head in e.heads):
                return e  # "the ministry" after "the Foreign Ministry"; "the group" after "the rights group Amnesty"
        elif nations and kindred is None and e.kind == PERSON and e.form == NAME and nations <= e.sides \
                and not any(lex.same_role(m.head, h) for h in e.heads):
            kindred = e
        elif m.head and e.kind == PERSON and any(lex.same_role(m.head, h) for h in e.heads):
            sides = sides_of(m.name)
            if sides and e.sides and not sides & e.sides:
                continue  # "the Republican nominee" is not the Democratic one
            if kindred is not None and not e.sides:
                return kindred
            if _other_office(m, e, lex):
                continue  # "the prime minister" is not "Housing minister Sarah Okonedo"
            if owned and (e.form != NAME or genders_clash(m, e)):
                continue  # (nor another unnamed one, nor "His spokeswoman" the police spokesman named since)
            if not _deputy(m.name) and _deputy_only(e):
                continue  # "the governor" is not "Lt. Gov. Ann Rhodes" nor "his lieutenant governor"
            if former and not any("former" in t.lower() for t in e.titles):
                fallback = fallback or e  # "the former minister": one whose title says "former", if any
                continue
            # "… wrote to the prime minister" then "Sir Keir Starmer accepted. … the prime minister thanked
            # her": a description met only after a preposition had been the person named just before
            named = _described_just_before(m, entities, mentions, idx) \
                if e.form != NAME and not m.comma_after and len(e.mentions) <= 2 \
                and all(mentions[k].after_preposition for k in e.mentions) \
                else None  # (not "The Speaker, Sir Lindsay Hoyle,": the apposition names it)
            if named is not None and named is not e and named.form == NAME and named.kind == PERSON:
                _merge(e, named, mentions)
                return named
            return e
    if m.kind == ORGANIZATION:
        return _organization_just_before(m, entities, mentions, idx)
    if owned:
        return fallback or nominals.get(text)  # (not the person just named: that is the owner)
    if fallback is None and len(holders) == 1:
        return entities[holders.pop()]
    return fallback or _described_just_before(m, entities, mentions, idx)


# "her husband" is the one whose wife she was introduced as: the kin word that introduced her
_SPOUSE_OF_OWNER = {"her husband": "wife", "his wife": "husband"}


def _spouse_of_relative(m: Mention, entities: list[Entity], mentions: list[Mention], idx: int,
                        kin: str) -> Entity | None:
    """Why: "'Speak for yourself,' her husband said" after "David Alderman … His wife, Miriam Alderman,"
    is David: the woman last named was introduced as a wife, and her husband is the story's namesake."""
    relative = None
    for j in range(idx - 1, max(-1, idx - 1 - _LOOK_BACK), -1):
        e = entities[mentions[j].entity] if mentions[j].entity >= 0 else None
        if e is None or e.kind != PERSON or e.form != NAME or not e.words:
            continue
        if relative is None:
            if e.kin == kin and e.relative:
                relative = e
            elif e.gender is not None and e.gender == ("f" if kin == "wife" else "m"):
                return None  # another woman (man) was named since: "her" may be hers
        elif e is not relative and not e.relative and e.words[-1] == relative.words[-1]:
            return e
    return None


def _office_word(words: list[str], head: str, lex) -> str | None:
    """The word that names the office before a role noun ("prime" in "the prime minister",
    "housing" in "Housing minister"), if any: a title modifier, not "former" and the like, nor a
    party or a nationality (their sides are compared apart)."""
    k = max((i for i, w in enumerate(words) if lex.same_role(head, lexicon.singular(w))), default=-1)
    if 0 <= k < len(words) - 2 and words[k + 1] == "of" and words[k + 2] in lex.title_modifiers \
            and words[k + 2] not in _TIME_WORDS:
        return words[k + 2]  # "the minister of home affairs" holds the home office
    if k <= 0:
        return None
    w = words[k - 1]
    if w not in lex.title_modifiers or w in _TIME_WORDS or w in PARTIES or w in lex.nationalities:
        return None
    return w


def _other_office(m: Mention, e: Entity, lex) -> bool:
    """Why: "minister" alone matches any minister, but "the prime minister" and "the foreign
    minister" name one office each: a nominal whose office word differs from that of every title
    the entity holds with that role is somebody else."""
    # a shadow office is the opposition's counterpart: "the Home Secretary" is not "Shadow Home Secretary X"
    shadow = "shadow" in m.name.lower().split()
    held = [t.lower().split() for t in e.titles]
    held = [t for t in held if any(lex.same_role(m.head, lexicon.singular(w)) for w in t)]
    if held and all(("shadow" in t) != shadow for t in held):
        return True
    mine = _office_word(m.name.lower().split(), m.head, lex)
    if mine is None:
        return False
    theirs = [_office_word(t.lower().split(), m.head, lex) for t in e.titles]
    theirs = [w for w in theirs if w is not None]
    return bool(theirs) and mine not in theirs


# Words that make a role somebody's second ("Lt. Gov.", "deputy minister", "vice president").
_DEPUTY_WORDS = frozenset("lieutenant lt lt. deputy vice assistant under".split())


def _deputy(text: str) -> bool:
    return any(w in _DEPUTY_WORDS for w in text.lower().split())


def _deputy_only(e: Entity) -> bool:
    """Every title of ``e`` (or, for an unnamed one, its description) names a deputy's role."""
    held = e.titles or ([e.name] if e.form == NOMINAL and e.name else [])
    return bool(held) and all(_deputy(t) for t in held)


_TIME_WORDS = frozenset("former acting interim outgoing incoming new current late then longtime".split())


# Roles of the other party in an exchange: "Trump was asked a question. '…,' the moderator said."
# (and the voice of an ad or a film: "The spot shows Trump. '…,' the narrator says")
_OTHER_PARTY = frozenset("moderator interviewer host co-host anchor questioner reporter journalist correspondent "
                         "judge prosecutor narrator announcer".split())


# Descriptions by party or country that any office holder may bear ("the Louisiana Republican", "the
# Portuguese"): unlike a role ("the president-elect"), another title does not make somebody else.
_IDENTITY_HEADS = frozenset("republican democrat portuguese spaniard frenchman frenchwoman briton brit dane "
                            "dutchman englishman englishwoman irishman irishwoman scot scotsman swede turk "
                            "welshman finn kiwi aussie".split())


def _described_just_before(m: Mention, entities: list[Entity], mentions: list[Mention], idx: int) -> Entity | None:
    """Why: "… saw a culprit in Alison Grimes. The secretary of state and 2014 candidate …" and
    "… with Tom Reed. '…,' the governor said": a definite role noun, the first mention of its
    sentence, when nobody holds that role, describes the one person named in the last sentence
    with mentions, in its paragraph or the one before (with two people there it could be either,
    and is left alone)."""
    if m.kind != PERSON or not m.head or m.head in _KIN or m.head in _OTHER_PARTY or idx == 0:
        return None  # (kin, or the one who asks or judges, is somebody else: "X's brother", "the moderator")
    lex = lexicon.load()
    last = mentions[idx - 1]  # the last mention before: its sentence is "the sentence before"
    if (last.para, last.sentence) == (m.para, m.sentence) or m.para - last.para > 1:
        return None  # (the first mention of its sentence)
    found = None
    for j in range(idx - 1, -1, -1):
        prev = mentions[j]
        if (prev.para, prev.sentence) != (last.para, last.sentence):
            break
        if prev.entity < 0 or prev.kind not in (PERSON, UNKNOWN):
            continue
        e = entities[prev.entity]
        if e.kind == PERSON and _deputy_only(e) and not _deputy(m.name):
            continue  # (a deputy is not "the governor")
        if e.kind == UNKNOWN and (prev.possessive or prev.after_preposition) and m.head in _IDENTITY_HEADS:
            continue  # (an unknown owner or object is a club or a place: "United's manager", "at the Red Arrow Diner")
        if e.kind == UNKNOWN and e.form == NAME and prev.name.startswith("The ") and prev.comma_after:
            continue  # (a capitalised office in apposition: "The Sultan of Sokoto, Muhammad Abubakar,")
        if e.kind not in (PERSON, UNKNOWN) or (e.form != NAME and e.kind != PERSON) or e is found:
            continue  # (a thing: "his bill")
        if e.kind != PERSON or e.form != NAME or found is not None \
                or any(map(lex.is_title, e.heads)) and m.head not in _IDENTITY_HEADS:
            return None  # (a person with another role is not this one: "the president-elect")
        if sides_of(m.name) and e.sides and not sides_of(m.name) & e.sides:
            return None  # ("the Democrat" is not a Republican)
        found = e
    return found


# Organisation nouns that name no kind of body of their own: "the company", "the group".
_GENERIC_ORG_HEADS = frozenset("company group firm organization organisation militia movement bloc alliance "
                               "coalition".split())


# Nouns for a body that a name right after them names ("the militant group Hamas").
_BODY_HEADS = _GENERIC_ORG_HEADS | frozenset("agency party network union outlet newspaper website".split())


def _organization_just_before(m: Mention, entities: list[Entity], mentions: list[Mention], idx: int) -> Entity | None:
    """Why: "Hezbollah said it … . In a statement, the group said '…'" and "… Thalassa Maritime,
    denied any link. '…,' the company said": "the company" or "the group", its sentence's subject,
    is the one organisation named in the sentence before (in its paragraph or the one before)."""
    if m.head not in _GENERIC_ORG_HEADS or not m.name.lower().startswith("the ") or m.after_preposition:
        return None
    last = None
    for j in range(idx - 1, -1, -1):  # the last mention before, past the fronted clause of its own sentence
        prev = mentions[j]
        if (prev.para, prev.sentence) != (m.para, m.sentence):
            last = prev
            break
        if not prev.fronted:
            return None
    if last is None or m.para - last.para > 1:
        return None
    found = None
    for j in range(j, -1, -1):
        prev = mentions[j]
        if (prev.para, prev.sentence) != (last.para, last.sentence):
            break
        if prev.entity < 0 or prev.form != NAME or prev.kind != ORGANIZATION:
            continue
        e = entities[prev.entity]
        if found is not None and e is not found:
            return None  # (two organisations: either could be meant)
        found = e
    return found


def _match_pronoun(m: Mention, entities: list[Entity], mentions: list[Mention], resolved: list[int],
                   subjects: frozenset[int]) -> Entity | None:
    """Nearest sentence first; inside a sentence, the subject of a reporting verb, then the
    leftmost mention. Mentions after a preposition are never antecedents. ``resolved`` lists the
    indices of the mentions so far that belong to an entity, in text order."""
    want = m.gender
    groups: dict[tuple[int, int], list[Mention]] = {}
    order: list[tuple[int, int]] = []
    for j in reversed(resolved[-_LOOK_BACK:]):
        prev = mentions[j]
        if m.para - prev.para > _PRONOUN_WINDOW:
            break
        key = (prev.para, prev.sentence)
        if key not in groups:
            if len(order) == _PRONOUN_SENTENCES:
                break
            groups[key] = []
            order.append(key)
        groups[key].append(prev)
    gendered = want in ("m", "f")
    nearest = next((key for key in order if key != (m.para, m.sentence)), None)  # the sentence before the pronoun's
    for key in order:
        # a reporting verb's subject, then the main clause's mentions before a fronted clause's
        # ("Asked whether Ryan's job was safe, Meadows paused"), then the leftmost
        group = groups[key]
        # ... and for "it", a possessor after what it possesses ("North Korea's KCNA news agency")
        owned = {p.first_token for p in group} if want == "n" else ()
        # ... or one a nominal starts with ("China's military staged drills …, in what it called")
        owners = {p.first_token for p in group if p.form == NOMINAL} if want == "n" else ()
        # ... and for "he"/"she", one that starts a nominal of that gender ("Keisha's mother … She")
        if gendered:
            owners = {p.first_token for p in group if p.form == NOMINAL and p.gender == want}
            # ... or a person's role that an apposition names ("Colonel Issa's deputy, Lt. Col. Haroun Déby, …
            # he said": the deputy)
            owners.update(p.first_token for p in group if p.form == NOMINAL and p.gender is None
                          and p.kind == PERSON and entities[p.entity].form == NAME
                          and entities[p.entity].gender in (None, want))
        ranked = sorted(reversed(group), key=lambda p: (id(p) not in subjects, p.fronted, p.possessive and (
            p.last_token + 1 in owned or p.form == NAME and p.first_token in owners)))
        # the subject right after a participle's clause is nobody the clause names ("Told what the mayor
        # had said, she laughed": she is not the mayor)
        opener = key == (m.para, m.sentence) and m.comma_before and not m.fronted
        for prev in ranked:
            e = entities[prev.entity]
            if prev.after_preposition or prev.dateline or opener and prev.participial:
                continue
            if m.plural and not gendered and want != "n" and key == (m.para, m.sentence - 1) and id(m) in subjects \
                    and id(prev) in subjects and prev.form == NOMINAL and not prev.plural \
                    and e.form == NOMINAL and e.kind == PERSON and prev is ranked[0]:
                return e  # "One Labour MP said … . '…,' they added": a singular "they" is the unnamed source
            # an unnamed description is a last resort, but not an anonymous source that speaks in
            # the nearest sentence ("A senior official said … . '…,' he said"): "he" is that official
            # (nor the source a columnist called: "I called an ad maker …. He laughed"; nor one whose own
            # clause holds the pronoun: "A support lead, who asked not to be named because she …, said")
            if _describes(prev, e) and not (key == nearest and id(prev) in subjects and _anonymous_source(prev)) \
                    and not prev.called \
                    and not (not opener and key == (m.para, m.sentence) and _source_before(m, prev, group, subjects)):
                continue
            if _compatible(want, m.plural, e):
                return e
            if want == "n" and key == nearest and id(m) in subjects and id(prev) in subjects \
                    and prev.form == NOMINAL and e.kind == UNKNOWN and prev.head in lexicon.load().documents:
                return e  # "'…,' the memo says. It advises …": the document that spoke in the sentence before
            if gendered and prev.comma_before and not prev.comma_after and not prev.fronted \
                    and _bare_surname(prev, e) and _first_outside_fronted_clause(group) is prev:
                # "Asked whether Ryan's job was safe, Meadows paused", "Hours earlier, Trump had
                # attacked …": a bare surname opening the main clause, with its verb after it
                e.kind = PERSON
                return e
        if key == nearest and gendered and all(p.after_preposition or p.form != PRONOUN and p.kind != PERSON
                                               and (p.kind, p.form) != (UNKNOWN, NAME)
                                               or p.form == NOMINAL and p.comma_before for p in group):
            # "That message found an audience in Bev Kaminski, 68, a retired teacher. '…,' she said": with no
            # person outside a prepositional phrase or an apposition in the sentence before, the one named
            # there of the pronoun's gender
            for prev in group:
                e = entities[prev.entity]
                if prev.form == NAME and not prev.possessive and e.kind == PERSON and e.gender == want:
                    return e
    if not gendered:
        return None
    # nothing else fits: a person named after a preposition ("As for Trump, he said") ...
    for key in order:
        for prev in groups[key]:
            e = entities[prev.entity]
            if prev.after_preposition and prev.form == NAME and _compatible(want, m.plural, e):
                return e
    # ... a bare surname the text never said was a person ("Trump had attacked the Vermont
    # senator. '…,' he wrote"; "remarks Clinton made. … she said") ...
    for key in order:
        for prev in groups[key]:
            e = entities[prev.entity]
            if _bare_surname(prev, e) and not prev.after_preposition:
                e.kind = PERSON
                return e
    # ... an unnamed description ...
    for key in order:
        for prev in groups[key]:
            e = entities[prev.entity]
            if _describes(prev, e) and _compatible(want, m.plural, e):
                return e
    # ... or, further back, the last person the text says is of that gender (a profile's subject)
    for j in reversed(resolved[-_LOOK_BACK:]):
        e = entities[mentions[j].entity]
        if e.kind == PERSON and e.gender == want and e.form == NAME:
            return e
    return None


def _first_outside_fronted_clause(group: list[Mention]) -> Mention | None:
    """The first mention of one sentence outside a fronted clause (``group`` is in reverse text
    order)."""
    return next((p for p in reversed(group) if not p.fronted), None)


def _bare_surname(prev: Mention, e: Entity) -> bool:
    """A one-word name of unknown kind that may be a person's surname."""
    return e.kind == UNKNOWN and e.form == NAME and len(e.words) == 1 and _surname_like(prev)


# Role nouns of sources that go unnamed: "a senior official", "an aide", "one diplomat".
_SOURCE_HEADS = frozenset("official source aide adviser advisor diplomat spokesman spokeswoman spokesperson "
                          "staffer strategist operative insider".split())


def _anonymous_source(prev: Mention) -> bool:
    """An indefinite description of a source ("an official at the ministry", "one senior aide")."""
    return prev.form == NOMINAL and not prev.plural \
        and _first_word(prev) in _INDEFINITES \
        and (prev.head in _SOURCE_HEADS or prev.name.lower().startswith("one of "))  # ("one of the leaders")


def _source_before(m: Mention, prev: Mention, group: list[Mention], subjects: frozenset[int]) -> bool:
    """Why: in "A support lead, who asked not to be named because she is job-hunting, said …" the
    pronoun is the unnamed person the sentence is about, not somebody named before: an indefinite
    singular person description that is a reporting verb's subject, with no mention between it and
    the pronoun outside a prepositional phrase."""
    return id(prev) in subjects and id(m) not in subjects and prev.kind == PERSON and not prev.plural \
        and _first_word(prev) in _INDEFINITES \
        and all(p.after_preposition for p in group if prev.first_token < p.first_token < m.first_token)


def _describes(prev: Mention, e: Entity) -> bool:
    """Why: an unnamed person noun ("he will work as a lawyer", "the GOP candidate", "his brother")
    stands for somebody the story names, or describes somebody; a named person who fits comes first
    and the noun is a last resort."""
    return e.form == NOMINAL and prev.form == NOMINAL and (
        e.kind == PERSON or prev.predicate or _first_word(prev) in _INDEFINITES)


def _compatible(gender: str | None, plural: bool, e: Entity) -> bool:
    if gender in ("m", "f"):
        return e.kind == PERSON and e.gender in (None, gender)
    if gender == "n":
        return e.kind in (ORGANIZATION, PLACE)
    if plural:
        return e.kind in (GROUP, ORGANIZATION)
    return False
