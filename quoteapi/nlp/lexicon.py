"""Word lists the engine reads, loaded once per process from ``quoteapi/nlp/data``.

Every list is project data (one entry a line, ``#`` comments); nothing is downloaded.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

_DATA = "quoteapi.nlp.data"


def _rows(name: str) -> list[list[str]]:
    text = resources.files(_DATA).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            rows.append(line.split("\t") if "\t" in line else line.split(" "))
    return rows


def _words(name: str) -> frozenset[str]:
    return frozenset(" ".join(r) for r in _rows(name))


def inflect(lemma: str) -> set[str]:
    """Regular forms of a verb lemma: -s, -ed, -ing (doubling is left to the data file)."""
    forms = {lemma}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(lemma + "es")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.add(lemma[:-1] + "ies")
    else:
        forms.add(lemma + "s")
    if lemma.endswith("e"):
        forms.add(lemma + "d")
        forms.add((lemma[:-1] if not lemma.endswith("ee") else lemma) + "ing")
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.add(lemma[:-1] + "ied")
        forms.add(lemma + "ing")
    else:
        forms.add(lemma + "ed")
        forms.add(lemma + "ing")
    return forms


def _speech_verbs() -> dict[str, str]:
    """Every form of every reporting verb, mapped to its lemma."""
    forms: dict[str, str] = {}
    for row in _rows("speech_verbs.txt"):
        lemma, extra = row[0], row[1:]
        for form in inflect(lemma):
            forms[form] = lemma
        for form in extra:
            forms[form] = lemma
            if form.endswith("ed") and len(form) > 4 and form[-3] == form[-4]:
                forms[form[:-2] + "ing"] = lemma  # admitted -> admitting
    return forms


def _phrasal_verbs() -> dict[tuple[str, str], str]:
    """(verb form, particle) -> "lemma particle", for reporting verbs that need their particle."""
    forms: dict[tuple[str, str], str] = {}
    for row in _rows("speech_phrasal_verbs.txt"):
        lemma, particle, extra = row[0], row[1], row[2:]
        for form in inflect(lemma) | set(extra):
            forms[(form, particle)] = f"{lemma} {particle}"
    return forms


def _role_groups() -> dict[str, frozenset[str]]:
    groups: dict[str, set[str]] = {}
    for row in _rows("role_synonyms.txt"):
        for word in row:
            groups.setdefault(word, set()).update(row)
    return {k: frozenset(v) for k, v in groups.items()}


@dataclass(frozen=True)
class Lexicon:
    speech_verbs: dict[str, str]
    phrasal_verbs: dict[tuple[str, str], str]
    titles: frozenset[str]
    title_modifiers: frozenset[str]
    honorifics: dict[str, str]
    pronouns: dict[str, tuple[str, str]]
    org_words: frozenset[str]
    organizations: frozenset[str]
    places: frozenset[str]
    nationalities: frozenset[str]
    first_names: dict[str, str | None]  # None: a name given to men and women alike
    function_words: frozenset[str]
    cue_fillers: frozenset[str]
    abbreviations: frozenset[str]
    documents: frozenset[str]
    role_groups: dict[str, frozenset[str]]
    role_genders: dict[str, str]

    def same_role(self, a: str, b: str) -> bool:
        """"congressman" and "rep." hold the same office."""
        a, b = a.rstrip("."), b.rstrip(".")
        return a == b or b in self.role_groups.get(a, ())

    title_forms: frozenset[str] = frozenset()

    def is_title(self, word: str) -> bool:
        """A title or role noun, singular or plural ("officials", "spokesmen", "secretaries")."""
        return word.lower().rstrip(".") in self.title_forms


def _title_forms(titles: frozenset[str]) -> frozenset[str]:
    forms = set(titles)
    for t in titles:
        forms.add(t + "s")
        if t.endswith("y"):
            forms.add(t[:-1] + "ies")
        if t.endswith(_ES_PLURAL):
            forms.add(t + "es")  # "witnesses", "coaches"
    return frozenset(forms)


_ES_PLURAL = ("s", "sh", "ch", "x", "z")


def singular(word: str) -> str:
    """The singular of a plural role noun: "officials", "secretaries", "witnesses"."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("es") and word[:-2].endswith(_ES_PLURAL):
        return word[:-2]
    return word[:-1] if word.endswith("s") else word


@functools.lru_cache(maxsize=1)
def load() -> Lexicon:
    """The process-wide lexicon (read once, immutable)."""
    titles = _words("titles.txt")
    return Lexicon(
        speech_verbs=_speech_verbs(),
        phrasal_verbs=_phrasal_verbs(),
        titles=titles,
        title_modifiers=_words("title_modifiers.txt"),
        honorifics={r[0]: r[1] for r in _rows("honorifics.txt")},
        pronouns={r[0]: (r[1], r[2]) for r in _rows("pronouns.txt")},
        org_words=_words("org_words.txt"),
        organizations=_words("organizations.txt"),
        places=_words("places.txt"),
        nationalities=_words("nationalities.txt"),
        first_names={r[0]: r[1] if r[1] in ("m", "f") else None for r in _rows("first_names.txt")},
        function_words=_words("function_words.txt"),
        cue_fillers=_words("cue_fillers.txt"),
        abbreviations=_words("abbreviations.txt"),
        documents=_words("documents.txt"),
        role_groups=_role_groups(),
        role_genders={r[0]: r[1] for r in _rows("role_genders.txt")},
        title_forms=_title_forms(titles),
    )
