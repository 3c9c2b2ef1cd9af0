"""A speaker-candidate mention: a span of the text with its form, kind and place in the paragraph."""
from __future__ import annotations

from dataclasses import dataclass, field

PERSON, ORGANIZATION, PLACE, GROUP, UNKNOWN = "person", "organization", "place", "group", "unknown"
NAME, PRONOUN, NOMINAL = "name", "pronoun", "nominal"
AGE_HEAD = "year-old"  # the head of a nominal that is an age: "the 54-year-old"


@dataclass(slots=True)
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
    verb_after: bool = False      # a reporting verb right after it, not followed by a comma ("…, the aide said in")
    dash_before: bool = False     # a dash right before it ("A former candidate -- John McCain, who …")
    dash_after: bool = False      # a dash right after it
    owner: int = -1               # first token of a possessor ("Lee's | claim"), or -1
    predicate: bool = False       # after a copula or "as" ("she is a lawyer", "work as a lawyer")
    dateline: bool = False        # in a story's dateline ("AUSTIN, Texas (AP) —"): never a speaker
    fronted: bool = False         # in a clause before its sentence's subject ("Asked if he …, Lee said")
    participial: bool = False     # ... a clause opened by a participle ("Asked about Ann Lee, he said")
    called: bool = False          # the object of a first-person "I called", "I asked": the next "he" (columns)
    unrelated: bool = False       # a namesake flagged ", no relation," ("Jim Tanner, a contractor, no relation to …")
