"""An apposition that opens with a possessive determiner hides the name from an object after the verb
("Ann Lee, its chairman, told the Herald, …"); invented sentences."""
import pytest

from tests.speakers import attribution


@pytest.mark.parametrize("text, quote, expected", [
    ('The party lost badly. Ann Lee, its acting chairman, told the Riverside Herald simply, "We lost."',
     "We lost.", ("Ann Lee", "leading_cue")),
    ('"We lost," Tom Reed, her chief of staff, told the Riverside Herald.', "We lost,", ("Tom Reed", "trailing_cue")),
    ('"It is over," Ann Lee, their leader, told reporters.', "It is over,", ("Ann Lee", "trailing_cue")),
])
def test_possessive_apposition(text, quote, expected):
    assert attribution(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # with no name before the comma, the words are no apposition: the inverted subject still speaks
    ('"We lost," its chairman told the Riverside Herald.', "We lost,", ("its chairman", "trailing_cue")),
    ('"We lost," said Ann Lee, her voice breaking.', "We lost,", ("Ann Lee", "trailing_cue")),
])
def test_possessive_apposition_negatives(text, quote, expected):
    assert attribution(text, quote) == expected
