"""State news agencies named after their country: "it" is the agency (invented sentences)."""
import pytest

from tests.speakers import speaker


@pytest.mark.parametrize("text, quote, expected", [
    ("The ministry spoke.\n\nRuritania's official RTNA news agency was silent on Monday. But last year it accused "
     "its neighbour of \"piracy\" on the seas.", "piracy", "RTNA"),
    ("Ruritania's state RTNA news service said the talks had ended. It called them \"a waste of time.\"",
     "a waste of time.", "RTNA"),
])
def test_it_is_the_agency(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a possessor alone is still what "it" stands for
    ("Japan's economy grew. \"We are strong,\" it said.", "We are strong,", "Japan"),
    # ... and so is a possessor whose noun is no mention, before a place later in the sentence
    # (an organisation word is a mention: "Japan's navy staged drills …" is the navy's, see test_attribution)
    ("Japan's fleet staged drills near Guam on Monday in what it called a \"routine exercise.\"",
     "routine exercise.", "Japan"),
    # and "he" still finds a person named as a possessor
    ("Tom Reed's aide left early. \"No,\" he said.", "No,", "Tom Reed"),
    # "official" before a person's name is still a title
    ("\"No,\" said the official Tom Reed.", "No,", "Tom Reed"),
])
def test_it_is_the_agency_negatives(text, quote, expected):
    assert speaker(text, quote) == expected
