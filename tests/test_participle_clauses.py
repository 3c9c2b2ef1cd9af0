"""A sentence-opening participle clause ("Appearing before cheering supporters, …") holds no subject
(invented sentences)."""
import pytest

from tests.speakers import speaker


@pytest.mark.parametrize("text, quote, expected", [
    ('Appearing before cheering supporters at the party office, Ana Duarte, 70, said it was too early but added, '
     '"We have an idea of the results."', "We have an idea of the results.", "Ana Duarte"),
    ('Following an animated town hall in Dover, Kasem boasted of his team - "the best in the state."',
     "the best in the state.", "Kasem"),
])
def test_participle_clause_is_no_subject(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a surname ending in -ing that the text capitalises mid-sentence is a name, not a participle
    ('Ann Browning runs the shelter. Browning, the director, told reporters the beds were "full tonight."',
     "full tonight.", "Ann Browning"),
    # a participle inside the sentence opens no fronted clause
    ('Ann Lee, standing before cheering supporters, said the result was "clear."', "clear.", "Ann Lee"),
])
def test_participle_clause_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # the object of "around", "outside", "near", "during" … is no subject for a participle's cue
    ('Hundreds gathered outside Parliament House on Thursday, chanting "Down with the plan!"', "Down with the plan!",
     None),
    ('The army began drills around Taiwan on Tuesday, calling them a "stern warning."', "stern warning.", None),
    # ... but those words as adverbs, or inside a relative clause, leave the subject alone
    ('Near the end, Tom Reed called it a "disaster."', "disaster.", "Tom Reed"),
    ('Ann Lee, who lives near Tom Reed, called it a "disaster."', "disaster.", "Ann Lee"),
])
def test_objects_of_place_prepositions(text, quote, expected):
    assert speaker(text, quote) == expected
