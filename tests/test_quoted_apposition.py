"""'quoted the minister, X, as saying': X says it, not the outlet that quotes (invented sentences)."""
import pytest

from tests.speakers import speaker


@pytest.mark.parametrize("text, quote, expected", [
    ('The state-run Levant News Agency quoted the minister, Dr. Rana Haddad, as saying the crisis was "the result '
     'of upstream policies."', "the result of upstream policies.", "Rana Haddad"),
    ('Reuters quoted the spokesman, Omar Tarek, as saying the talks were "over."', "over.", "Omar Tarek"),
    ('The paper cited its source, Ann Lee, as saying the deal was "fair."', "fair.", "Ann Lee"),
])
def test_quoted_apposition_as_saying(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a verb that does not quote: its subject keeps the quote
    ('Tom Reed praised the minister, Ann Lee, as saying the deal was "fair."', "fair.", "Tom Reed"),
    # a relative clause after the object is no apposition naming the speaker
    ('Reuters quoted the minister, who was in Paris, as saying the deal was "fair."', "fair.", "Reuters"),
])
def test_quoted_apposition_negatives(text, quote, expected):
    assert speaker(text, quote) == expected
