"""Organisation names with a possessive inside ("the Alzheimer's Association"); invented sentences."""
import pytest

from tests.speakers import speaker


@pytest.mark.parametrize("text, quote, expected", [
    ("The Huntington's Disease Association said the trial was \"a turning point.\"", "a turning point.",
     "The Huntington's Disease Association"),
    ("\"It is a disgrace,\" said the Ruritanian People's Party.", "It is a disgrace,", "Ruritanian People's Party"),
    ("\"We are not surprised,\" the Police Patrolmen’s Association said.", "We are not surprised,",
     "Police Patrolmen’s Association"),
])
def test_possessive_inside_an_organisation_name(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a person's possessive before an organisation stays outside its name (no "the" before it)
    ("Barack Obama's Council of Economic Advisers said the plan was \"sound.\"", "sound.",
     "Council of Economic Advisers"),
    # a possessive before a role noun makes a nominal, not a name
    ("The Hale Group's spokesman said the plan was \"sound.\"", "sound.", "Hale Group's spokesman"),
    # ... and before a lower-case organisation word too: the name ends at the possessive
    ("The Hale Group's new foundation said the plan was \"sound.\"", "sound.", "Hale Group's new foundation"),
])
def test_possessive_organisation_negatives(text, quote, expected):
    assert speaker(text, quote) == expected
