"""The word lists as the engine reads them: forms generated from the data files."""
import pytest

from quoteapi.nlp import lexicon


@pytest.mark.parametrize("form, lemma", [
    ("said", "say"), ("says", "say"), ("saying", "say"), ("told", "tell"), ("tweeted", "tweet"),
    ("admitted", "admit"), ("admitting", "admit"), ("denies", "deny"),
    # not reporting verbs
    ("shot", None), ("went", None), ("pointed", None), ("sayer", None),
])
def test_speech_verb_forms(form, lemma):
    assert lexicon.load().speech_verbs.get(form) == lemma


@pytest.mark.parametrize("form, particle, lemma", [
    ("shot", "back", "shoot back"), ("shoots", "back", "shoot back"), ("pointed", "out", "point out"),
    ("pointing", "out", "point out"), ("went", "on", "go on"), ("weighs", "in", "weigh in"),
    # the particle is part of the verb: another particle, or none, reports nothing
    ("shot", "down", None), ("pointed", "at", None), ("went", "back", None), ("said", "out", None),
])
def test_phrasal_reporting_verbs(form, particle, lemma):
    assert lexicon.load().phrasal_verbs.get((form, particle)) == lemma


@pytest.mark.parametrize("plural, singular", [
    ("officials", "official"), ("secretaries", "secretary"), ("witnesses", "witness"), ("coaches", "coach"),
    ("analysts", "analyst"),
])
def test_singular_of_role_nouns(plural, singular):
    assert lexicon.singular(plural) == singular
    assert lexicon.load().is_title(plural) == lexicon.load().is_title(singular)


def test_data_files_list_each_entry_once():
    """A word listed twice is a sign of two edits that did not see each other (and, in the files
    with a second column, of two values of which only one is read)."""
    from collections import Counter
    from importlib import resources

    for path in resources.files("quoteapi.nlp").joinpath("data").iterdir():
        if path.name.endswith(".txt"):
            keys = [line.split("\t")[0].strip() for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip() and not line.lstrip().startswith("#")]
            assert [k for k, n in Counter(keys).items() if n > 1] == [], path.name
