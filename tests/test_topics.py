"""Topic phrases that a later pronoun is about ("As for Trump, he said …"); invented sentences."""
import pytest

from tests.speakers import speaker


@pytest.mark.parametrize("text, quote, expected", [
    # a name after a sentence-opening "As for" is the topic the next "he" is about
    ('Pavel Dorn leads the race. Ilya Marsh warned of a split. "It would be a disaster," the Ohio senator said.\n\n'
     'As for Dorn, he said he is not worried. "I will have the votes," he said.', "I will have the votes,",
     "Pavel Dorn"),
    ('Ilya Marsh spoke first.\n\nAs for Carla Dorn, she said little. "We will see," she said.', "We will see,",
     "Carla Dorn"),
    # ... as after a sentence-opening "For"
    ('Ilya Marsh spoke first.\n\nFor Pavel Dorn, it was a good day. "We won," he said.', "We won,", "Pavel Dorn"),
])
def test_topic_names_the_pronoun(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a possessor after "As for" is no topic person: the clause's own subject speaks
    ('Pavel Dorn leads the race.\n\nAs for Mr. Dorn\'s attacks, Mr. Marsh said he was calm. "He is winning," he '
     'said.', "He is winning,", "Marsh"),
    # "as for" inside a sentence is no topic
    ('Ilya Marsh asked for time, as for Pavel Dorn, he waited. "We will see," Marsh said.', "We will see,",
     "Ilya Marsh"),
    # nor a name not followed by a comma
    ('Ilya Marsh spoke first. As for Pavel Dorn and his aides they left. "No," he said.', "No,", "Ilya Marsh"),
])
def test_topic_negatives(text, quote, expected):
    assert speaker(text, quote) == expected
