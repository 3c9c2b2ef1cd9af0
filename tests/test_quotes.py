"""Quote detection conventions, each with its negatives."""
import pytest

from quoteapi.nlp import quotes, segment


def detect(text):
    return [text[q.start:q.end] for q in quotes.detect(text, segment.paragraphs(text))]


@pytest.mark.parametrize("text, expected", [
    # straight and typographic double marks
    ('"We will win," he said.', ["We will win,"]),
    ("“We will win,” he said.", ["We will win,"]),
    ("« Nous gagnerons », a-t-il dit.", ["Nous gagnerons"]),
    ("„Wir gewinnen“, sagte er.", ["Wir gewinnen"]),
    ("‹Oui›, dit-il.", ["Oui"]),
    # mixed styles that editors leave behind
    ('“Such deals are wrong," Brandt said.', ["Such deals are wrong,"]),
    ('"Ed has a big pulpit,” said Moreno.', ["Ed has a big pulpit,"]),
    ("It was 42 percent.“\n\nNext.", []),
    ("He said “it was 42 percent.“ Then left.", ["it was 42 percent."]),
    # NYT archive double apostrophes and TeX quotes
    ("''This isn't a real plan,'' said Ms. Hale.", ["This isn't a real plan,"]),
    ("``Fine,'' she said.", ["Fine,"]),
    # several quotes in one paragraph
    ('He called it "certainly" a "strengthened relationship."', ["certainly", "strengthened relationship."]),
])
def test_double_quotes(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The soldiers' families were moved.", []),
    ("The soldiers’ families were moved.", []),
    ("Don't stop, we can't.", []),
    ("Back in the ’90s and '80s it was rock ’n’ roll.", []),
    ("It's 'rock 'n' roll' to me.", ["rock 'n' roll"]),
    ("O'Neill and D’Souza met.", []),
    ("'Tis the season, 'em all.", []),
    ("The Joneses’ house and the bosses' cars.", []),
])
def test_apostrophes_are_not_quotes(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural possessive inside a single quote does not close it...
    ("‘The soldiers’ families are suffering,’ she said.", ["The soldiers’ families are suffering,"]),
    ("'The soldiers' families are suffering,' she said.", ["The soldiers' families are suffering,"]),
    # ... but when nothing else closes the quote, the mark after the s did (British style)
    ("He will ‘fix the foundations’ of the economy.", ["fix the foundations"]),
    ("Starmer vows to 'fix the foundations' as budget nears", ["fix the foundations"]),
    ("He will ‘fix the foundations’ of the ‘broken’ economy.", ["fix the foundations", "broken"]),
    # with no single quote open, a possessive stays an apostrophe
    ("The workers’ rights and the bosses’ pay.", []),
])
def test_possessive_or_closing_single(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize("text, expected", [
    # British copy runs a single-quoted quote over paragraphs, reopening each with a single mark
    ("He said: ‘We will not back down.\n\n‘Nobody should doubt us.’\n\nThen he left.",
     ["We will not back down.", "Nobody should doubt us."]),
    # an unclosed single quote that opens a paragraph ending a sentence lost its closing mark ...
    ("‘We will not back down.\n\nThen he left.", ["We will not back down."]),
    # ... but one in a paragraph that stops mid-sentence is an apostrophe or a stray
    ("‘Til the end of the\n\nThen he left.", []),
    ("‘THE OTHER SIDE OF THE PARTY\n\nThen he left.", []),
    # a close followed at once by an open: "’“"
    ("‘THE OTHER SIDE’“Mr. Barna’s bash featured champagne.” [NYT]", ["THE OTHER SIDE", "Mr. Barna’s bash featured champagne."]),
])
def test_single_quotes_over_paragraphs(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a single quote may open on a number; two digits after a dating word are a year
    ("He said: ‘2016 was the worst year of my life.’", ["2016 was the worst year of my life."]),
    ("'100 people have died on this road,' said Ann Pugh.", ["100 people have died on this road,"]),
    ("Labour called it ‘14 years of decline’.", ["14 years of decline"]),
    ("He said in ‘08 that it was “over.”", ["over."]),
    ("Back in the ’90s and the ‘80s it was fine.", []),
    # a right mark typed as the opener
    ("He insisted: ’I never saw the letter.’", ["I never saw the letter."]),
    # a dropped g and a possessive before the closing mark
    ("‘I’m goin’ home,’ she said.", ["I’m goin’ home,"]),
    ("‘It’s not mine, it’s the taxpayers’,’ he said.", ["It’s not mine, it’s the taxpayers’,"]),
    ("A 'Make America Great Again' hat.", ["Make America Great Again"]),
    # '' after a digit is an inch mark, unless a '' quote is open
    ("In the 6'' of snow they waited. ''I'd wait another four,'' said Ruth.", ["I'd wait another four,"]),
    ("It renewed ''Hawaii Five-0'' and the ''400'' list.", ["Hawaii Five-0", "400"]),
])
def test_numbers_and_apostrophes_at_quote_edges(text, expected):
    assert detect(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('"He told me \'never again,\' and left," she said.', ["He told me 'never again,' and left,"]),
    ("“He told me ‘never again’ and the soldiers’ kin,” she said.",
     ["He told me ‘never again’ and the soldiers’ kin,"]),
    ('"I read the question: “Are you sure?” Yes," he said.', ["I read the question: “Are you sure?” Yes,"]),
    ("NATO Says It Shows Putin's 'Desperation'", ["Desperation"]),
    ("Warren to CEO: ‘You Should Be Investigated.’", ["You Should Be Investigated."]),
])
def test_nested_and_single_quotes(text, expected):
    assert detect(text) == expected


def test_quote_over_several_paragraphs_keeps_one_chain():
    text = ('"The first part goes on,\n\n"the second part too,\n\n"and it ends here," she said.\n\n'
            '"A new quote," she added.')
    found = quotes.detect(text, segment.paragraphs(text))
    assert [text[q.start:q.end] for q in found] == [
        "The first part goes on,", "the second part too,", "and it ends here,", "A new quote,"]
    assert found[0].chain == found[1].chain == found[2].chain != found[3].chain
    assert [q.closed for q in found] == [False, False, True, True]


@pytest.mark.parametrize("text, expected", [
    # a stray mark does not swallow the rest of the article
    ('He said "this is open\n\nNext paragraph. "Real quote," she said.', ["Real quote,"]),
    ('A 5" screen.\n\n"Fine," he said.', ["Fine,"]),
    ('"Unclosed at paragraph start\n\nPlain text after.', ["Unclosed at paragraph start"]),
    ('He said: "no closing mark\n\nPlain text after.', ["no closing mark"]),
    # an unclosed quote that opens a sentence and runs to a paragraph that ends a sentence
    ('"Yes," said Baron. "His plan defied convention. It deserves scrutiny.\n\nPlain text.',
     ["Yes,", "His plan defied convention. It deserves scrutiny."]),
    # ... but not a mark inside a sentence, nor one whose paragraph stops mid-sentence
    ('Baron said the "plan defied convention.\n\nPlain text.', []),
    ('Baron spoke. "His plan defied convention and\n\nPlain text.', []),
    ('Closing only." Then more.', []),
    ('""', []),
    ('" "', []),
    ('"""', []),
    ("“ ” ‘ ’ « » „", []),
])
def test_unbalanced_marks_recover_at_paragraph_end(text, expected):
    assert detect(text) == expected


def test_span_is_what_lies_between_the_marks():
    text = 'Intro. "  Padded quote.  " he said.'
    q = quotes.detect(text, segment.paragraphs(text))[0]
    assert text[q.start:q.end] == "Padded quote."
    assert text[q.open] == '"' and text[q.close - 1] == '"'


def test_quote_tokens_bisected_in_windows_are_those_of_the_whole_paragraph():
    """document._token_quotes bisects only the stretch of tokens a quote (or the gap before it) can
    span; the tokens it finds must be those a bisection of the whole paragraph finds."""
    import bisect

    from hypothesis import given, settings, strategies as st

    from quoteapi.nlp import document, quotes, segment

    pieces = st.sampled_from(['"', "“", "”", "‘", "’", "'", "«", "»", "A", "bc", "U.S.", "it's", ",", ".",
                              " ", "\n", "\n\n", "-", "x"])

    @settings(max_examples=1000, deadline=None)
    @given(st.lists(pieces, max_size=40).map("".join))
    def agree(text):
        paras = segment.paragraphs(text)
        found = quotes.detect(text, paras)
        opens = [q.open for q in found]
        for span in paras:
            starts = [s for s, _ in segment.tokens(text, span)]
            out, ranges = [-1] * len(starts), {}
            for k in range(bisect.bisect_left(opens, span[0]), bisect.bisect_left(opens, span[1])):
                a = bisect.bisect_left(starts, found[k].open)
                b = bisect.bisect_left(starts, found[k].close, a)
                if b > a:
                    out[a:b] = [k] * (b - a)
                    ranges[k] = (a, b - 1)
            assert document._token_quotes(starts, found, opens, span) == (out, ranges), text

    agree()
