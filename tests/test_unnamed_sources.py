""""he said" right after an anonymous source's sentence is that source (invented sentences)."""
import pytest

from tests.speakers import speaker


@pytest.mark.parametrize("text, quote, expected", [
    ('"You cannot blame the river," Dr. Tomas Vrba said.\n\nAn official at the water ministry, who asked not to be '
     'named, said only four plants were working. "The others are being repaired," he said.',
     "The others are being repaired,", "An official"),
    ('"It was a mistake," Ann Lee said.\n\nA senior aide said the talks had stalled. "We are not close," she said.',
     "We are not close,", "A senior aide"),
])
def test_pronoun_after_an_anonymous_source(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a named person who speaks after the source is nearer
    ('An official said the plant was closed. Tom Reed, the mayor, disagreed. "It is open," he said.', "It is open,",
     "Tom Reed"),
    # a description of somebody named is still no antecedent before the named person
    ('"It was a mistake," Ann Lee said.\n\nThe senator said the talks had stalled. "We are not close," she said.',
     "We are not close,", "Ann Lee"),
    # nor is a source that is no reporting verb's subject
    ('"It was a mistake," Ann Lee said.\n\nShe met an aide on Monday. "We are not close," she said.',
     "We are not close,", "Ann Lee"),
])
def test_pronoun_after_an_anonymous_source_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # one of a group named before speaks: "one of them", "the other", "one of the officials"
    ('Two aides briefed on the talks said the mood was grim. "We came with one offer," one of them said. The other '
     'called the session "a waste of time."', "We came with one offer,", "one of them"),
    ('Two aides briefed on the talks said the mood was grim. "We came with one offer," one of them said. The other '
     'called the session "a waste of time."', "a waste of time.", "The other"),
    ('"The mood has soured," said one of the officials, a senior border agency employee.', "The mood has soured,",
     "one of the officials"),
    ('Shelling went on all night. One of the camp leaders said the roads were closed. "People are running," she said.',
     "People are running,", "One of the camp leaders"),
])
def test_one_of_a_group(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # "one of them" after a preposition is no subject; "the other" needs its reporting verb right after it
    ('Two firms appealed. A spokesperson for one of them said it would "review the ruling."', "review the ruling.",
     "A spokesperson"),
    ('Two aides spoke. Ann Lee thanked the other and said the deal was "done."', "done.", "Ann Lee"),
])
def test_one_of_a_group_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # "No" and a number after a determiner modify the role ("A No 10 source", "the No. 2 official")
    ('Ann Lee resigned. A No 10 source said her position had become "untenable."', "untenable.", "A No 10 source"),
    ('Ann Lee resigned. A No. 10 spokesperson said she had done "the right thing."', "the right thing.",
     "A No. 10 spokesperson"),
    ('The agency met. The No. 2 official at the agency called the plan "a mess."', "a mess.",
     "The No. 2 official"),
    # ... but not without a role noun after the number, nor a "no" that negates
    ('Ann Lee resigned. No 10 officials were there, and Tom Reed called it "sad."', "sad.", "Tom Reed"),
    ('Ann Lee said no official had called it "a crisis."', "a crisis.", "Ann Lee"),
])
def test_numbered_modifiers(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a singular "they" right after an unnamed source's reporting verb is that source
    ("One Labour MP, who asked not to be named, said the mood was 'grim'. 'People are furious,' they added.",
     "People are furious,", "Labour MP"),
    ("The minister resigned. Another Labour MP said colleagues were 'terrified'. 'We will lose,' they said.",
     "We will lose,", "Labour MP"),
    # ... but not a source of an earlier paragraph, nor one that is no reporting verb's subject
    ("'It was a mistake,' one MP said.\n\nAnother was less forgiving. 'She has to go,' they said.",
     "She has to go,", None),
    ("Union leaders met an aide on Monday. 'We will strike,' they said.", "We will strike,", "Union leaders"),
])
def test_singular_they_after_a_source(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a pronoun in an unnamed person's own clause ("who asked not to be named because she …") is that person,
    # and so is the next "she"
    ('"I passed on what I was told," Ann Lee said.\n\nA nurse, who asked not to be named because she still '
     'works there, said the ward was closed.\n\n"We had no beds," she said.', "We had no beds,", "A nurse"),
    ('"We never forced anyone," Tom Reed said.\n\nA former manager at the plant, who spoke on condition of '
     'anonymity because he had signed an agreement, said it was routine. "Everybody did it," he said.',
     "Everybody did it,", "A former manager"),
    # ... not with a named person between the two
    ('"I passed on what I was told," Ann Lee said.\n\nA nurse told Rosa Diaz that she was wrong.\n\n'
     '"We had no beds," she said.', "We had no beds,", "Rosa Diaz"),
    # ... nor after a definite description (a person the story names)
    ('"I passed on what I was told," Ann Lee said.\n\nThe nurse, who had worked there because she liked it, '
     'said the ward was closed.\n\n"We had no beds," she said.', "We had no beds,", "Ann Lee"),
])
def test_pronoun_inside_an_unnamed_source_clause(text, quote, expected):
    assert speaker(text, quote) == expected
