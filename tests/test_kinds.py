"""Quote kinds: direct, mixed, and quoted text that is no quotation (with its reason)."""
import pytest

import quoteapi


def kind(text, quote):
    result = quoteapi.extract(text, include_non_quotes=True)
    found = [(q["type"], q.get("non_quote_reason")) for q in result["quotes"] if q["text"] == quote]
    assert found, [q["text"] for q in result["quotes"]]
    return found[0]


@pytest.mark.parametrize("text, quote, expected", [
    # direct: a quoted statement (after a colon, at a sentence start, as its own sentence)
    ('Kirby said: "They are fair targets."', "They are fair targets.", ("direct", None)),
    ('"We will win," Rutte said.', "We will win,", ("direct", None)),
    # mixed: a fragment inside reported speech
    ('Rutte called the move a "significant escalation."', "significant escalation.", ("mixed", None)),
    # titles of works: after a work noun, with an author, after a possessive, in a list of titles
    ('She starred in the film "The Long Night Road" last year.', "The Long Night Road", ("non_quote", "title")),
    ("In his autobiography, ''A Time for Courage,'' published in 2015, he wrote more.",
     "A Time for Courage,", ("non_quote", "title")),
    ('He said so in his 2012 book, "An Immigrant Son."', "An Immigrant Son.", ("non_quote", "title")),
    ('Read "Winter Comes Early," by Nora Hale, on page two.', "Winter Comes Early,", ("non_quote", "title")),
    ('He had roles in "The Grinch Stole Winter," "Apollo 9," and "Dark Harbor," among others.',
     "Apollo 9,", ("non_quote", "title")),
    ("The committee released Hale's \"Plan For Tomorrow\" on Monday.", "Plan For Tomorrow", ("non_quote", "title")),
    # a named work or event: after a determiner, a possessive, a year, "in", or "episode of"
    ('On the weekend broadcast of "Fox News Sunday," Pence spoke.', "Fox News Sunday,", ("non_quote", "title")),
    ('Two presidents introduced the "War On Drugs," which grew.', "War On Drugs,", ("non_quote", "title")),
    ('It was in his 1994 "Contract with America."', "Contract with America.", ("non_quote", "title")),
    ('Callers phoned his "Keepin\' It Real" radio program.', "Keepin' It Real", ("non_quote", "title")),
    ('In an interview on CBS\'s "Face the Nation," Ryan spoke.', "Face the Nation,", ("non_quote", "title")),
    # a work named after "author of", "revival of", "interview with", "sequel to", even one word long
    ('Hale, the author of "Deep Water," spoke on Monday.', "Deep Water,", ("non_quote", "title")),
    ('In an interview with "Morning Report," Hale said the plan would pass.', "Morning Report,",
     ("non_quote", "title")),
    ('The network ordered a sequel to "Harbor" last spring.', "Harbor", ("non_quote", "title")),
    # a work named in apposition after its title, or after "single" or "track"
    ('Consider "Harbor Lights," the moody fishing-town drama, which was cut.', "Harbor Lights,",
     ("non_quote", "title")),
    ('When "Paper Moons," her second album, came out, critics loved it.', "Paper Moons,", ("non_quote", "title")),
    ('The lead single, "Glass Houses," is about her father.', "Glass Houses,", ("non_quote", "title")),
    # an article's headline with its outlet and author after it
    ('ON THE BLOCK— "Corner bakery to close after forty years," by Herald\'s Ann Lee: "It will shut."',
     "Corner bakery to close after forty years,", ("non_quote", "title")),
    ('—"Harbor bridge reopens to traffic," by Times\' Mark Ruiz: "The bridge reopened."',
     "Harbor bridge reopens to traffic,", ("non_quote", "title")),
    # nickname between the parts of a name
    ('Robert J. "Bob" Hale spoke.', "Bob", ("non_quote", "nickname")),
    # scare quotes: "so-called", and a term used as a modifier with no speaker
    ('The so-called "deal" fell apart.', "deal", ("non_quote", "scare")),
    ('The "secret memo" reference was about an old story.', "secret memo", ("non_quote", "scare")),
    # a pronoun held up for view
    ('Imagine if "she" had said it.', "she", ("non_quote", "scare")),
    # a headline's single-quoted words paraphrase the body
    ("Rutte Says NATO Is 'Ready'\n\nThe chief spoke on Monday.", "Ready", ("non_quote", "headline")),
    # ... and so does a quote in the middle of a "Name:" headline, or one after a long run of words
    ("Rutte: 'Ready' For Talks\n\nThe chief spoke on Monday.", "Ready", ("non_quote", "headline")),
    ("Trump Addresses Harbor Attack: 'This Cannot Go On'\n\nHe spoke on Monday.", "This Cannot Go On",
     ("non_quote", "headline")),
    # the deck under a headline quotes with single marks too, when nobody in it says the words
    ("Harbor Plan Stalls\nWhen ordinary 'boots' are ruled out, the navy steps in.\n\nThe plan stalled on Monday.",
     "boots", ("non_quote", "headline")),
    # but a headline that is all one speaker's quote is a quotation
    ("Rutte: 'We Will Not Back Down'\n\nThe chief spoke on Monday.", "We Will Not Back Down", ("direct", None)),
    # ... also when it is not title case, so the line is no heading but still the article's first line
    ("Kirby: 'We are ready to talk.'\n\nThe spokesman spoke on Monday in Brussels.", "We are ready to talk.",
     ("direct", None)),
    # a body paragraph that is only a short single-quoted phrase, in copy quoting with double marks,
    # is a subhead echoing a quote
    ('Hale spoke first.\n\n"We will win," Hale said.\n\n\'Totally pro-Israel.\'\n\n"We are," Ortiz said.',
     "Totally pro-Israel.", ("non_quote", "headline")),
    # a short title-case paragraph is a subhead, but not one quoted sentence ending in a period
    ('"Is that the same?" Lee asked.\n\n"Yes, it is."\n\nThe hearing went on.', "Yes, it is.", ("direct", None)),
    # a numbered section's quoted heading, alone on its line
    ('The night, in their words\n\nII. "The count"\n\n"It was close," Hale said.', "The count",
     ("non_quote", "headline")),
    ('The night, in their words\n\n4) "Afterward."\n\n"It was close," Hale said.', "Afterward.",
     ("non_quote", "headline")),
    # a name given after "known as" or "code-named" quotes nobody
    ('Small refiners known as "teapots" bought the oil.', "teapots", ("non_quote", "nickname")),
    ('The drills, code-named "Strait Thunder-2024B," began Monday.', "Strait Thunder-2024B,",
     ("non_quote", "nickname")),
    # words cited as words, listed after "words such as" or "terms such as"
    ('Words such as "plan," "expect" and "will" mark forward-looking statements.', "expect",
     ("non_quote", "scare")),
    ('Words such as "plan," "expect" and "will" mark forward-looking statements.', "will", ("non_quote", "scare")),
    ('The filter flagged terms such as "harbor deal" in the emails.', "harbor deal", ("non_quote", "scare")),
    # an analyst's stock rating, with "rating" after it or a verb of rating before it
    ('Ann Lee, an analyst at Harbor Capital, kept a "buy" rating on the shares.', "buy", ("non_quote", "scare")),
    ('Lee, who rates the stock "underperform," disagreed.', "underperform,", ("non_quote", "scare")),
    ('Brokers upgraded the shares to "market perform" on Monday.', "market perform", ("non_quote", "scare")),
    # a name or a word under discussion: "a nickname" or "a label" in apposition, "is the phrase" after it
    ('His crew calls him "Skip," a nickname from his Navy days.', "Skip,", ("non_quote", "nickname")),
    ('Rivals tried "Slow Sam," a label that never stuck.', "Slow Sam,", ("non_quote", "nickname")),
    ('"Net zero" is the phrase every planner uses now.', "Net zero", ("non_quote", "nickname")),
    ('It was dull. "Synergy" was the word of the year.', "Synergy", ("non_quote", "nickname")),
    # a title-case quote after a possessive with a bare apostrophe names a work too
    ('Hale said on Channel News\' "Harbor Watch" Monday that the port was safe.', "Harbor Watch",
     ("non_quote", "title")),
    # a press release's defined terms, in parentheses after the name they stand for
    ('Harbor Power Holdings, Inc. ("Harbor Power" or the "Company") said it would buy Delta Grid, LLC ("Delta").',
     "Company", ("non_quote", "nickname")),
    ('Harbor Power Holdings, Inc. ("Harbor Power" or the "Company") said it would buy Delta Grid, LLC ("Delta").',
     "Delta", ("non_quote", "nickname")),
    ('Delta Grid, LLC (the "Seller") said on Monday it would sell.', "Seller", ("non_quote", "nickname")),
])
def test_kinds(text, quote, expected):
    assert kind(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # title case in a speaker's words after a strong cue is still a quotation
    ('Rutte said: "We Will Win."', "We Will Win.", ("direct", None)),
    # names somebody was called, listed, are quoted words, not titles
    ('He called her "Miss Piggy" and "Miss Housekeeping" in 1996.', "Miss Housekeeping", ("mixed", None)),
    ('She cited his references to her as "Miss Piggy" and "Miss Housekeeping" often.', "Miss Piggy",
     ("mixed", None)),
    # an interrupted quote may open with a pronoun
    ('"That," Obama said, "is the challenge."', "That,", ("direct", None)),
    # shouts are no titles, and two quotes in a row are no list of titles
    ('"Who is going to pay for it?" "Mexico!" the crowd roared.', "Mexico!", ("direct", None)),
    # a speaker in apposition after a quote is no work, even with a work noun later in the sentence
    ('"We Will Win," the mayor told a crowd at the film festival.', "We Will Win,", ("direct", None)),
    ('"It Is Over," the singer said of her last album.', "It Is Over,", ("direct", None)),
    ('"We Will Win," the mayor said at the film festival.', "We Will Win,", ("direct", None)),
    ('"We Are Ready," the show\'s host said on Monday.', "We Are Ready,", ("direct", None)),
    # "by" with no name after it does not make a work
    ('"We will win," by all accounts, was his line.', "We will win,", ("direct", None)),
    # a quoted phrase in lower case after a work noun is a quotation from it
    ('The report said the plan was "deeply flawed."', "deeply flawed.", ("mixed", None)),
    # a work relation ("author of") wants a title-case quote; other nouns before "of" make no title
    ('He is the author of "a plan to fix the schools."', "a plan to fix the schools.", ("mixed", None)),
    ('Critics of "Obamacare Lite" say costs rose.', "Obamacare Lite", ("mixed", None)),
    # "by" and a name with no outlet's possessive is the speaker of a fragment, not a byline
    ('She condemned the "reckless and cruel remarks," by Hale last week, in a statement.',
     "reckless and cruel remarks,", ("mixed", None)),
    # a headline that ends on a quote after a long lead-in, with no named speaker, stays a headline
    ("Mayor Ortiz Visits Flooded Harbor: 'We Will Rebuild It.'\n\nThe mayor spoke on Monday.",
     "We Will Rebuild It.", ("non_quote", "headline")),
    # ... as does one whose first words name nobody in the body, or a place the body names
    ("Harbor Visits Flooded Walsh: 'We Will Rebuild It.'\n\nSen. Ann Walsh spoke on Monday.",
     "We Will Rebuild It.", ("non_quote", "headline")),
    ("Texas Braces for the Storm: 'We Are Ready.'\n\nTexas officials in Austin spoke on Monday.",
     "We Are Ready.", ("non_quote", "headline")),
    # an article that opens on a single-quoted quote and its cue has no headline to paraphrase
    ("‘We will not back down,’ said the minister. ‘This is our country.\n\nThe opposition scoffed.",
     "This is our country.", ("direct", None)),
    # "what she calls" quotes her; "what some call" quotes nobody
    ('Karen Doyle worries about what she calls "the gold rush mentality."', "the gold rush mentality.",
     ("mixed", None)),
    ('Karen Doyle worries about what some call "the gold rush mentality."', "the gold rush mentality.",
     ("non_quote", "scare")),
    # a single-quoted fragment in the first body paragraph with its speaker is a quotation (British style)
    ("Harbor Plan Stalls\n\nThe mayor, Ana Ortiz, said she would ‘fix the foundations’ of the port.\n\nMore.",
     "fix the foundations", ("mixed", None)),
    # a short quote after a name is no nickname when it ends a sentence
    ('The senator called Hale "unhinged." Sen. Ortiz agreed.', "unhinged.", ("mixed", None)),
    # ... but not in copy that quotes with single marks (British style), nor with words after it
    ("Hale spoke first.\n\n‘We will win,’ Hale said.\n\n‘Totally pro-Israel.’\n\n‘We are,’ Ortiz said.",
     "Totally pro-Israel.", ("direct", None)),
    ('Hale spoke first.\n\n"We will win," Hale said.\n\n\'Totally pro-Israel,\' Ortiz said.\n\n"We are," she said.',
     "Totally pro-Israel,", ("direct", None)),
    # ... but "dubbed", "nicknamed" and "the word" quote whoever used the name or the word (PolNeAR's reading)
    ('Trump mocked Rubio, who he dubbed "the little senator."', "the little senator.", ("mixed", None)),
    ('Clinton used the word "superpredators" in 1996.', "superpredators", ("mixed", None)),
    # ... and so do "words like" ('he avoided words like "maybe"') and "such as" after other nouns
    ('He told them to drop words like "maybe" and "perhaps."', "maybe", ("mixed", None)),
    ('Hale listed issues such as "border security" and jobs.', "border security", ("mixed", None)),
    # a quote after "such as" that follows prose, not a list of cited words, is not one of them
    ('Words such as these were common; she said "we will win."', "we will win.", ("mixed", None)),
    # a rating word with no rating cue is somebody's word, and a grade that is no stock rating is quoted
    ('Hale urged voters to "buy" local, Hale said.', "buy", ("mixed", None)),
    ('The union rated the bill "poor" in May.', "poor", ("mixed", None)),
    # ... but not "a phrase" in apposition, a description with its article, or "is the word" after "said"
    ('Hale said the deal was "a fair start," a phrase he repeated twice.', "a fair start,", ("mixed", None)),
    ('Hale called it "a mess," a label Ortiz rejected.', "a mess,", ("mixed", None)),
    ('She said "trust" is the word that matters.', "trust", ("mixed", None)),
    # ... but not a title-case quote after a strong cue
    ('Hale told the Ortiz brothers\' class: "We Will Win."', "We Will Win.", ("direct", None)),
    # ... but not a numbered point that goes on, nor a transcript's "Q." or "A." label
    ('The plan, point by point\n\n2. "We will build," Hale said.', "We will build,", ("direct", None)),
    ('The interview\n\nQ. "Do you regret it?"\n\nA. No.', "Do you regret it?", ("direct", None)),
    # ... but a bare quote in parentheses that repeats no word of the name before it is somebody's words
    ('He mocked Tom Hale ("Sleepy Tom") and Ann Ortiz ("Low Energy Ann") at the rally.', "Sleepy Tom",
     ("direct", None)),
    ('He mocked Tom Hale ("Sleepy Tom") and Ann Ortiz ("Low Energy Ann") at the rally.', "Low Energy Ann",
     ("direct", None)),
])
def test_kinds_negative(text, quote, expected):
    assert kind(text, quote) == expected


def test_list_item_before_reads_like_its_pattern():
    """kinds._after_list_item is this pattern read backwards; ``before`` never ends in a space."""
    import re

    from hypothesis import given, settings, strategies as st

    from quoteapi.nlp import kinds

    pattern = re.compile(r"(?:,[\"”’']{1,2}|[\"”’']{1,2}[,;])\s*(?:and|or)?\s*$|[\"”’']{1,2}\s+(?:and|or)\s*$")
    pieces = st.sampled_from([",", ";", '"', "”", "’", "'", "“", " ", "  ", "\t", "and", "or", "band", "for", "A",
                              "x", "\u00a0"])

    @settings(max_examples=1000, deadline=None)
    @given(st.lists(pieces, max_size=8).map("".join))
    def agree(before):
        before = before.rstrip()
        assert kinds._after_list_item(before) == bool(pattern.search(before)), before

    agree()


def test_previous_words_are_the_last_two_words_of_forty_characters():
    from hypothesis import given, settings, strategies as st

    from quoteapi.nlp import kinds

    pieces = st.sampled_from(["a", "Bc", "de-f", "O'Neill", "it’s", "-", "'", "’", " ", ",", ".", "“", "1999",
                              "_", '"', "”", "‘", "(", "«", "…", "—", "\t", "\n", "\u00a0", "é", "²", "x_y"])

    @settings(max_examples=1000, deadline=None)
    @given(st.lists(pieces, max_size=30).map("".join))
    def agree(before):
        expected = [w.lower() for w in kinds._WORD.findall(before[-40:])[-2:]] or [""]
        assert kinds._previous_words(before) == expected, before

    agree()


def test_words_are_the_matches_of_the_word_pattern():
    """kinds._words takes one word between punctuation as it stands; it must find what the pattern finds."""
    from hypothesis import given, settings, strategies as st

    from quoteapi.nlp import kinds

    pieces = st.sampled_from(["a", "Bc", "x", "9", "é", "²", "de-f", "O'Neill", "-", "--", "'", "’", "‘", "“",
                              "”", '"', ".", ",", "(", ")", "«", "…", "—", "!", "?", " ", "_", "x_y", "\u0301"])

    @settings(max_examples=1000, deadline=None)
    @given(st.lists(pieces, max_size=8).map("".join))
    def agree(text):
        assert kinds._words(text) == kinds._WORD.findall(text), text

    agree()
