"""The speaker entity coreference builds: its fullest name, titles, roles, gender and mentions,
and the name words and party or nationality words it is compared by."""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

from . import lexicon
from .document import WORD as _WORD
from .mention import NAME, NOMINAL, PRONOUN, UNKNOWN, Mention
from .names import BIRTH_ORDER


@dataclass
class Entity:
    id: int
    kind: str
    name: str | None
    name_len: int = 0
    words: tuple[str, ...] = ()                        # lower-case name words
    titles: list[str] = field(default_factory=list)
    heads: set[str] = field(default_factory=set)     # role nouns held ("secretary", "president")
    gender: str | None = None
    mentions: list[int] = field(default_factory=list)
    form: str = NAME                                  # best mention form that named it
    suffix: str = ""                                  # its name's generational suffix ("jr")
    sides: set[str] = field(default_factory=set)     # parties and nationalities in its titles
    relative: bool = False                            # introduced as somebody's kin ("her husband, Bill Clinton")
    kin: str = ""                                     # the kinship noun that introduced it ("husband")
    unrelated: bool = False                           # flagged as a namesake ("Jim Tanner, …, no relation,")

    def add_name(self, m: Mention) -> None:
        words = name_words(m.name)
        better = (m.form == NAME and (self.form != NAME or len(words) > self.name_len)) or self.name is None
        if better and words[0] in BIRTH_ORDER and self.name is not None:
            better = False  # "the younger Mr. Brandt" is no fuller a name than "Michael Brandt"
        if better:
            self.name, self.name_len, self.words, self.form = m.name, len(words), words, m.form
            self.suffix = name_suffix(m.name)
        for t in m.titles:
            if t not in self.titles:
                self.titles.append(t)
        if m.head:
            self.heads.add(m.head)
            if len(m.titles) == 1 and " " in m.titles[0]:
                # a chain of titles holds each role: "state prosecutor Advocate X" is "the prosecutor"
                lex = lexicon.load()
                self.heads.update(w for w in _WORD.findall(m.titles[0].lower()) if w != m.head and w in lex.titles)
        for t in (*m.titles, m.name) if m.form == NOMINAL else m.titles:
            self.sides |= sides_of(t)
        if self.kind in (UNKNOWN,) and m.kind != UNKNOWN:
            self.kind = m.kind
        if m.gender in ("m", "f") and m.form != PRONOUN and self.gender is None:
            self.gender = m.gender


_SUFFIXES = frozenset("jr sr ii iii iv".split())
PARTIES = {"democratic": "democratic", "democrat": "democratic", "republican": "republican",
           "gop": "republican", "libertarian": "libertarian", "independent": "independent"}


@functools.lru_cache(maxsize=4096)
def sides_of(text: str) -> frozenset[str]:
    """Party and nationality words of a title or a role noun ("the GOP nominee" -> {"republican"}).
    (Cached, like name_words: a story repeats its few titles, 409 times over 39 titles in 80 KB.)"""
    nationalities = lexicon.load().nationalities
    out = set()
    for w in _WORD.findall(text.lower()):
        if w in PARTIES:
            out.add(PARTIES[w])
        elif w in nationalities:
            out.add(w)
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """Lower-case words of a name, without a leading "the" or a trailing "Jr."/"III"."""
    words = [w.lower().replace("’", "'") for w in _WORD.findall(name)]
    if words[:1] == ["the"]:
        words = words[1:]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return tuple(words)


@functools.lru_cache(maxsize=4096)
def name_suffix(name: str) -> str:
    """A name's generational suffix, lower-case ("Gary Sobczak Jr." -> "jr"), or ""."""
    words = _WORD.findall(name.lower())
    return words[-1] if len(words) > 1 and words[-1] in _SUFFIXES else ""
