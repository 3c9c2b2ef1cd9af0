"""A bare surname takes the document's full name, but never the middle words of a longer name
("Felipe Otálora" in "Andrés Felipe Otálora Restrepo"); invented sentences."""
import pytest

from tests.speakers import speaker


@pytest.mark.parametrize("text, quote, expected", [
    ("President Andrés Felipe Otálora Restrepo's plan stalled.\n\n\"We will protect the water,\" Otálora said.",
     "We will protect the water,", "Andrés Felipe Otálora Restrepo"),
    ("Minister Luis Eduardo Quintero Mejía's bill passed.\n\n\"No one is left alone,\" Quintero said.",
     "No one is left alone,", "Luis Eduardo Quintero Mejía"),
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


@pytest.mark.parametrize("text, quote, expected", [
    # an Arabic article prefix is dropped in the short form
    ('Interior Minister Khalid al-Mansouri spoke on Friday.\n\n"The roads are open," Mansouri said.',
     "The roads are open,", "Khalid al-Mansouri"),
    # a bare first surname names the whole name, and a prefix of the name is never the name
    ('Electoral chief Yaretzi Quiroga Salinas spoke on Sunday.\n\n"The count was slow," Quiroga said.',
     "The count was slow,", "Yaretzi Quiroga Salinas"),
    ('Opposition leader Tariq Nadeem Qureshi spoke on Monday.\n\n"It is hard," Mr Nadeem said.',
     "It is hard,", "Tariq Nadeem Qureshi"),
    # a title with a given name names a long Arab name
    ('Foreign Minister Sheikh Hamad bin Khalifa Al Nuaimi spoke on Monday.\n\n"We are close," Sheikh Hamad said.',
     "We are close,", "Hamad bin Khalifa Al Nuaimi"),
    # a bare family name in a headline is the person the body names in full (surname first)
    ("Beijing warns Wu of ‘grave consequences’\n\nBeijing has long accused Taiwan’s premier Wu Ming-hsun of "
     "seeking independence. In a speech last week, Wu called the drills a “reckless provocation”, a phrase "
     "that angered officials.", "reckless provocation", "Wu Ming-hsun"),
])
def test_short_forms_of_long_names(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # another surname is somebody else, with or without the prefix
    ('Interior Minister Khalid al-Mansouri spoke on Friday.\n\n"The roads are open," Mansour said.',
     "The roads are open,", "Mansour"),
    # with an honorific the first surname stays as written (newspaper style: "Ms. Acosta")
    ('Electoral chief Yaretzi Quiroga Salinas spoke on Sunday.\n\n"The count was slow," Ms. Quiroga said.',
     "The count was slow,", "Quiroga"),
    # a place after "of" is no surname to match in the middle
    ('Mayor Dana Whitfield of Springfield spoke on Sunday.\n\n"The count was slow," Whitfield said.',
     "The count was slow,", "Dana Whitfield"),
    # a title with a word from the middle of the name is no given name
    ('Envoy Khalid bin Hamad Al Nuaimi spoke on Monday.\n\n"We are close," Sheikh Hamad said.',
     "We are close,", "Hamad"),
])
def test_short_form_negatives(text, quote, expected):
    assert speaker(text, quote) == expected
