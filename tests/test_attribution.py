"""Each sieve: cases it must resolve, and cases where it must stay silent."""
import pytest

import quoteapi


def attribution(text, quote):
    result = quoteapi.extract(text)
    for q in result["quotes"]:
        if q["text"] == quote:
            return (q["speaker"] or {}).get("name"), q["sieve"]
    raise AssertionError(f"quote {quote!r} not found in {[q['text'] for q in result['quotes']]}")


CASES = [
    # trailing_cue: '"…," X said' and '"…," said X'
    ('"We will win," Mark Rutte said.', "We will win,", "Mark Rutte", "trailing_cue"),
    ('"We will win," said Mark Rutte.', "We will win,", "Mark Rutte", "trailing_cue"),
    ('"We will win," NATO chief Mark Rutte told reporters.', "We will win,", "Mark Rutte", "trailing_cue"),
    ('"We will win," Rutte has repeatedly insisted.', "We will win,", "Rutte", "trailing_cue"),
    ('"My delegation has no comment," a North Korean representative to the United Nations said.',
     "My delegation has no comment,", "a North Korean representative to the United Nations", "trailing_cue"),
    # leading_cue: 'X said: "…"', 'X said, "…"', 'X said that "…"'
    ('Zelenskyy wrote on Telegram: "The world can see it."', "The world can see it.", "Zelenskyy", "leading_cue"),
    ('Kirby told reporters, "They are fair targets."', "They are fair targets.", "Kirby", "leading_cue"),
    ('Flynn said that "the generals were reduced to rubble."', "the generals were reduced to rubble.",
     "Flynn", "leading_cue"),
    # according_to
    ('The troops were "fully trained," according to Yonhap.', "fully trained,", "Yonhap", "according_to"),
    # same_sentence: the subject of the reporting verb, not the nearest name
    ('Austin noted that Pyongyang was providing "arms and munitions."', "arms and munitions.",
     "Austin", "same_sentence"),
    ('Maria Zakharova appeared to blame Seoul, saying that Seoul "should not have played along."',
     "should not have played along.", "Maria Zakharova", "same_sentence"),
    ('South Korean politicians who had been briefed by the spy agency said the troops got "training."',
     "training.", "South Korean politicians", "same_sentence"),
    ('"What they are doing" remains to be seen, Austin told journalists.', "What they are doing",
     "Austin", "same_sentence"),
    # continuation: a second quote with no cue of its own
    ('"We know Putin bought artillery," Kirby said. "He has been able to get missiles."',
     "He has been able to get missiles.", "Kirby", "continuation"),
    # quote_paragraph: a paragraph that is only a quote
    ('"We know Putin bought artillery," Kirby said.\n\n"He has been able to get missiles."',
     "He has been able to get missiles.", "Kirby", "quote_paragraph"),
    # multi_paragraph: each paragraph of a long quote has the speaker
    ('Kirby said:\n\n"First part of it,\n\n"second part of it."', "second part of it.", "Kirby",
     "multi_paragraph"),
    # colon_lead_in: a paragraph ending in ':' introduces the quote paragraph
    ('The New York Times reports:\n\n"In an illustration of the lack of enthusiasm, few gave."',
     "In an illustration of the lack of enthusiasm, few gave.", "The New York Times", "colon_lead_in"),
    # nearest_mention: the low-confidence fallback
    ('Jim Jordan was angry.\n\nIt was "a scandal of the first order and worse," in his view.',
     "a scandal of the first order and worse,", "Jim Jordan", "nearest_mention"),
]


@pytest.mark.parametrize("text, quote, speaker, sieve", CASES)
def test_sieves(text, quote, speaker, sieve):
    assert attribution(text, quote) == (speaker, sieve)


NEGATIVES = [
    # not a trailing cue: the name after the quote is the object, not the speaker
    ('"We will win," he told Mark Rutte.', "We will win,", "Mark Rutte", None),
    # a possessive is never the speaker
    ('"It is over," Rutte\'s aide said.', "It is over,", "Rutte", "trailing_cue"),
    # a name after a preposition is not a subject
    ('Speaking in Brussels, Rutte called it "a significant escalation."', "a significant escalation.",
     "Brussels", None),
    # a participle takes the clause subject, not the word after it ("adding it would")
    ('Seoul said it was a "grave threat," adding it would "respond firmly."', "respond firmly.", "it", None),
    # continuation stops at a new speaker's cue
    ('"A first thought," Kirby said. Austin then said: "Another thought."', "Another thought.", "Kirby", None),
]


@pytest.mark.parametrize("text, quote, wrong_speaker, wrong_sieve", NEGATIVES)
def test_sieves_negative(text, quote, wrong_speaker, wrong_sieve):
    speaker, sieve = attribution(text, quote)
    if wrong_speaker is not None:
        assert speaker != wrong_speaker
    if wrong_sieve is not None and wrong_speaker is None:
        assert sieve != wrong_sieve


@pytest.mark.parametrize("text, quote, speaker", [
    # surname ↔ full name
    ('Defense Secretary Lloyd Austin spoke. "It is serious," Austin warned.', "It is serious,", "Lloyd Austin"),
    # honorific + surname
    ('Vladimir Putin arrived. "We agree," Mr. Putin said.', "We agree,", "Vladimir Putin"),
    # role noun -> the entity holding the title
    ('Ukrainian President Volodymyr Zelenskyy spoke. "We expect help," the president said.',
     "We expect help,", "Volodymyr Zelenskyy"),
    # pronoun -> most recent compatible person
    ('Kremlin spokesperson Dmitry Peskov dismissed it. "It is not aimed at anyone," he said.',
     "It is not aimed at anyone,", "Dmitry Peskov"),
    # gender from the first name and from honorifics
    ('Maria Zakharova met John Kirby. "No," she said.', "No,", "Maria Zakharova"),
    ('Mrs. Clinton met Mr. Trump. "Yes," she said.', "Yes,", "Clinton"),
    # it -> organisation
    ('The Kremlin was asked about it. "No comment," it said.', "No comment,", "Kremlin"),
])
def test_coreference(text, quote, speaker):
    assert attribution(text, quote)[0] == speaker


def test_speaker_is_never_a_bare_pronoun():
    result = quoteapi.extract('"Nobody knows," he said.')
    assert result["quotes"][0]["speaker"] is None
    assert result["speakers"] == []


@pytest.mark.parametrize("text, quote, speaker", [
    ("“Maybe we can build a wall around him.” ― Steve Quinlan", "Maybe we can build a wall around him.",
     "Steve Quinlan"),
    ("“Neither do I.” — Maria Lopez, a teacher in Ohio", "Neither do I.", "Maria Lopez"),
])
def test_byline(text, quote, speaker):
    assert attribution(text, quote) == (speaker, "byline")


def test_byline_needs_the_name_to_end_the_paragraph():
    text = "“It was fine” — Maria Lopez said it twice and left."
    assert attribution(text, "It was fine")[1] != "byline"


@pytest.mark.parametrize("text, quote, speaker", [
    # apposition between the speaker and the verb
    ('"We are not done," Malkia Cyril, the executive director of the center, told The Huffington Post.',
     "We are not done,", "Malkia Cyril"),
    # inverted subject after a determiner and an honorific
    ('"We march on," said the Rev. Al Sharpton.', "We march on,", "Al Sharpton"),
    # a quoted question does not end the sentence before its cue
    ('"You winning?" she asked Donald Trump. Mary Smith waited.', "You winning?", None),
    ('"What curfew?" Jim Brown asked.', "What curfew?", "Jim Brown"),
    # "of <place>" is where a person comes from, not their surname
    ('Senator Lamar Alexander of Tennessee spoke. "No," Mr. Alexander said.', "No,", "Lamar Alexander"),
    # name suffixes do not block surname matching
    ('Joseph R. Biden Jr. spoke. "Yes," Biden said.', "Yes,", "Joseph R. Biden Jr."),
    # "as X put it"
    ('He was, as The New Yorker put it, "the operator."', "the operator.", "The New Yorker"),
    # a document speaks
    ('"We regret the error," the statement said.', "We regret the error,", "the statement"),
])
def test_cue_subjects(text, quote, speaker):
    assert attribution(text, quote)[0] == speaker


@pytest.mark.parametrize("text, not_a_speaker", [
    ("Obama Says African-American Museum Will Tell of Suffering\n\n\"It is a story,\" he said.",
     "Obama Says African-American Museum Will Tell"),
    ("MIDWAY ATOLL\n\n\"The ocean is warming,\" he said.", "MIDWAY ATOLL"),
    ('The editorial board of the Washington Post Trump mocked. "Sad," Trump said.', "Washington Post Trump"),
])
def test_junk_is_not_a_speaker(text, not_a_speaker):
    names = [s["name"] for s in quoteapi.extract(text)["speakers"]]
    assert not_a_speaker not in names


@pytest.mark.parametrize("text, quote, speaker", [
    # appositions name one person twice
    ('The minister of the economy, Ildefonso Guajardo, was calm. "We must not overreact," the minister said.',
     "We must not overreact,", "Ildefonso Guajardo"),
    ('Brian Fallon, the press secretary, spoke. "No," the press secretary said.', "No,", "Brian Fallon"),
])
def test_apposition(text, quote, speaker):
    assert attribution(text, quote)[0] == speaker


def test_apposition_needs_two_people():
    text = 'Patriot Coal, the company, was sold. Tom Clarke bought it. "It is all I can afford," he said.'
    assert attribution(text, "It is all I can afford,")[0] == "Tom Clarke"


def test_headline_words_do_not_name_speakers():
    text = ('Obama Sees \'Personal Insult\' if Blacks Don\'t Rally for Clinton\n\n'
            'President Obama spoke on Saturday. "My name may not be on the ballot," Mr. Obama said.')
    result = quoteapi.extract(text)
    assert [q["speaker"]["name"] for q in result["quotes"]] == ["Obama"]


@pytest.mark.parametrize("text, quote, speaker", [
    # a place before a role noun is the nominal's modifier, and the nominal finds its holder
    ('Rep. Adam Schiff spoke. "It is designed to sow discord," the California congressman said.',
     "It is designed to sow discord,", "Adam Schiff"),
    # the head of a prepositional phrase speaks, not its object
    ('"It was the least bad outcome," Mr. Morgan of the Sierra Club said.', "It was the least bad outcome,",
     "Morgan"),
    # relative pronouns point back to the subject
    ('They turned to the Chicago Police Department, which reported "2,521 shooting incidents" this year.',
     "2,521 shooting incidents", "Chicago Police Department"),
    # an organisation word inside a name does not split it
    ('"There are serious gaps," the Government Accountability Office said.', "There are serious gaps,",
     "Government Accountability Office"),
])
def test_subject_heads(text, quote, speaker):
    assert attribution(text, quote)[0] == speaker


def test_a_possessed_claim_belongs_to_its_owner():
    text = 'Donald Trump spoke in Ohio. Trump\'s claim that "crime is up" was false.'
    assert attribution(text, "crime is up")[0] == "Donald Trump"


@pytest.mark.parametrize("text, not_a_speaker", [
    ('Rep. Gwen Moore (D-Wis.) spoke. "It is a dog whistle," she said.', "D-Wis"),
    ('There were a host of problems. "It is bad," the host said.', "a host"),
])
def test_not_speakers(text, not_a_speaker):
    names = [s["name"] for s in quoteapi.extract(text)["speakers"]]
    assert not_a_speaker not in names


@pytest.mark.parametrize("text, quote, speaker", [
    # an appositive name before the verb is the speaker
    ("As the LinkedIn chief executive, Jeff Weiner, said in a memo, ''Imagine a world like that.''",
     "Imagine a world like that.", "Jeff Weiner"),
    # a party tag in parentheses between speaker and verb
    ('Gov. John Kasich (R-OH), said, "I am getting ready."', "I am getting ready.", "John Kasich"),
    # "of <employer>" is not part of a person's name
    ("''It will rise and fall on quality,'' said Mr. Nevins of Showtime.", "It will rise and fall on quality,",
     "Nevins"),
])
def test_more_subjects(text, quote, speaker):
    assert attribution(text, quote)[0] == speaker


@pytest.mark.parametrize("text, not_a_speaker", [
    ('Minutes later, she sent an email. "Done," she wrote.', "Minutes"),
    ('JACKSON, Miss. — The judge ruled. "It is void," he wrote.', "JACKSON"),
])
def test_openers_and_datelines_are_not_speakers(text, not_a_speaker):
    names = [s["name"] for s in quoteapi.extract(text)["speakers"]]
    assert not_a_speaker not in names


@pytest.mark.parametrize("text, quote, kind", [
    ('The "sex tape" reference was apparently about a show.', "sex tape", "non_quote"),
    ("She would close the ''carried interest'' loophole.", "carried interest", "non_quote"),
    ('Only if their marriage is "recognized under state law," language that bars others.',
     "recognized under state law,", "mixed"),
    ('Clinton called his supporters "deplorables."', "deplorables.", "mixed"),
])
def test_scare_quotes_are_terms_used_as_modifiers(text, quote, kind):
    result = quoteapi.extract(text, include_non_quotes=True)
    assert [q["type"] for q in result["quotes"] if q["text"] == quote] == [kind]
