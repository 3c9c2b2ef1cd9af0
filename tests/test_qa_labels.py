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


@pytest.mark.parametrize("text, quote, expected", [
    # a roundup line opens with the person; the organisation in the apposition ends before the colon
    ('Lena Ortiz, executive director of Doctors Without Borders USA: "A vote will not feed anyone."',
     "A vote will not feed anyone.", "Lena Ortiz"),
    ('Paul Okafor, director of the Africa program at the Institute for Peace and Security Studies: '
     '"The vote changes little."', "The vote changes little.", "Paul Okafor"),
    # a fact check's label is no speaker: the name after the dash is
    ('CLAIM: "Crime fell by a third last year." — Mayor Ann Keller, in a speech, March 3',
     "Crime fell by a third last year.", "Ann Keller"),
])
def test_roundup_and_fact_check_lines(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a bare label is still the speaker
    ('Lena Ortiz: "A vote will not feed anyone."', "A vote will not feed anyone.", "Lena Ortiz"),
    # a verb in the line: the name before the colon is the one quoted
    ('Lena Ortiz, the director, quoted Paul Okafor: "A vote will not feed anyone."', "A vote will not feed anyone.",
     "Paul Okafor"),
    # a label with no dash and name after the quote stays the label
    ('CLAIM: "Crime fell by a third last year."\n\nThe figures say otherwise.', "Crime fell by a third last year.",
     "CLAIM"),
])
def test_roundup_line_negatives(text, quote, expected):
    assert speaker(text, quote) == expected
