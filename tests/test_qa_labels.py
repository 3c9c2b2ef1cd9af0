"""A Q&A answer's label does not outrank a speaker named inside the answer (invented sentences)."""
import pytest

from tests.speakers import speaker


QA = "Plate: How did the last night go?\n\n"


@pytest.mark.parametrize("text, quote, expected", [
    (QA + 'Mensah: A regular, Mrs. Boateng, stood up at the end of the night and said, "Thank you for everything."',
     "Thank you for everything.", "Boateng"),
    (QA + 'Mensah: My partner, Lise Arnaud, looked at me and said, "You are tired."', "You are tired.",
     "Lise Arnaud"),
])
def test_speaker_inside_the_answer(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # with nobody named inside the answer, the label is the speaker
    (QA + 'Mensah: I stood up and said, "Thank you for everything."', "Thank you for everything.", "Mensah"),
    # a place inside the answer is nobody
    (QA + 'Mensah: In Accra, I stood up and said, "Thank you for everything."', "Thank you for everything.",
     "Mensah"),
])
def test_speaker_inside_the_answer_negatives(text, quote, expected):
    assert speaker(text, quote) == expected
