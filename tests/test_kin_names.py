"""Relatives named by birth order: "the elder Zhao", "the younger Mr. Trump" (invented sentences)."""
import pytest

from tests.speakers import speaker


@pytest.mark.parametrize("text, quote, expected", [
    # the elder is the relative introduced as a parent, not the story's namesake
    ('Tomas Vrba runs the farm. His father, Karel Vrba, 80, sat nearby. "It was better before," the elder Vrba '
     'said.', "It was better before,", "Karel Vrba"),
    # the younger is the relative introduced as a child
    ('Karel Vrba founded the farm. His son, Tomas Vrba, runs it now. "We need a new roof," the younger Vrba said.',
     "We need a new roof,", "Tomas Vrba"),
    # with only a child introduced as kin, the elder is the story's own namesake
    ('Karel Vrba, 80, founded the farm. His son, Tomas Vrba, runs it now. "I planted these," the elder Vrba said.',
     "I planted these,", "Karel Vrba"),
    ('"I planted these," said the elder Vrba. Tomas Vrba laughed.', "I planted these,", "the elder Vrba"),
    # with no relative to name, it stays as written, not the namesake
    ('Kofi Osei spoke first. "It is a movement," said the younger Mr. Osei.', "It is a movement,",
     "the younger Mr. Osei"),
])
def test_birth_order_names_a_relative(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a bare surname after "the elder Vrba" is still the story's person, not the father
    ('Tomas Vrba runs the farm. His father, Karel Vrba, sat nearby. "It was better," the elder Vrba said.\n\n'
     '"We disagree," Vrba said.', "We disagree,", "Tomas Vrba"),
    # an organisation word after the name makes no person of it
    ('"It is closed," the elder Vrba Foundation said.', "It is closed,", "Vrba Foundation"),
    # "elder" before a role is an adjective of the role ("the elder statesman Karel Vrba")
    ('Tomas Vrba runs the farm. "We disagree," said the elder statesman Karel Vrba.', "We disagree,",
     "Karel Vrba"),
])
def test_birth_order_negatives(text, quote, expected):
    assert speaker(text, quote) == expected
