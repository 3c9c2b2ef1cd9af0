"""A bare surname takes the document's full name, but never the middle words of a longer name
("Felipe Otálora" in "Andrés Felipe Otálora Restrepo"); invented sentences."""
import pytest

from tests.speakers import speaker


@pytest.mark.parametrize("text, quote, expected", [
    ("President Andrés Felipe Otálora Restrepo's plan stalled.\n\n\"We will protect the water,\" Otálora said.",
     "We will protect the water,", "Otálora"),
    ("Minister Luis Eduardo Quintero Mejía's bill passed.\n\n\"No one is left alone,\" Quintero said.",
     "No one is left alone,", "Quintero"),
])
def test_middle_words_are_no_full_name(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a full name after a word that is no given name still completes the surname
    ("The Rachel Brandt Show aired.\n\n\"It is fine,\" Brandt said.", "It is fine,", "Rachel Brandt"),
    ("Senator Rachel Brandt's plan stalled.\n\n\"It is fine,\" Brandt said.", "It is fine,", "Rachel Brandt"),
])
def test_full_name_still_completes(text, quote, expected):
    assert speaker(text, quote) == expected
