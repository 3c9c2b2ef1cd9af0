"""Quote kinds: ``direct``, ``mixed``, or ``non_quote`` (quoted text that is not a quotation).

A non-quote carries a reason: ``title`` (of a work), ``nickname``, ``scare`` (scare quotes with no
speaker) or ``headline`` (headlines and subheads paraphrase; the body carries the quotation).
"""
from __future__ import annotations

import re

from . import lexicon
from .document import WORD as _WORD
from .document import Document, title_case
from .quotes import SINGLE, Quote
from .sieves import Attribution

DIRECT, MIXED, NON_QUOTE = "direct", "mixed", "non_quote"
TITLE, NICKNAME, SCARE, HEADLINE = "title", "nickname", "scare", "headline"
NON_QUOTE_REASONS = (TITLE, NICKNAME, SCARE, HEADLINE)

_TITLE_BEFORE = frozenset("on titled entitled dubbed book film movie show documentary program programme series "
                          "album song novel article column op-ed editorial episode segment podcast play "
                          "report memo headline slogan hashtag autobiography memoir biography poem essay "
                          "musical opera sitcom anthem hymn ballad bestseller painting exhibit exhibition single "
                          "track drama comedy".split())
# '"Apollo 13," by Ron Howard', '"You have until Friday," by Nicole Levy': a work and its author.
_BY_AUTHOR = re.compile(r"[,;]?\s*by\s+[A-Z]")
_AUTHOR_START = frozenset(",;b")  # what _BY_AUTHOR can start with in text with no leading space
# '"Harbor Lights," the moody fishing-town drama': a title-case quote and the work it names, in apposition
# (a few words between; "the mayor said at the film festival" has more).
_WORK_APPOSITION = re.compile(r"(?:the|a|an|his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}?(?:album|single|song|track|"
                              r"film|movie|show|series|drama|comedy|sitcom|documentary|book|novel|memoir|play|musical|"
                              r"podcast|episode|opera|painting|poem|anthem|ballad|hymn)s?\b(?!['’])", re.IGNORECASE)
# '"Gallery opens uptown," by Herald's Ann Lee', '… by The Daily Star's Ann Lee', '… by Times' Ann Lee':
# an article's headline, then its outlet and author (a quote "by Lee last week" is no byline).
_BYLINE = re.compile(r"by\s+(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*['’]s?\s+[A-Z]")
# A title in a list of titles: '“How the Grinch Stole Christmas,” “Apollo 13,” and “Ransom”'.
# The items are joined by a comma (inside or outside the marks) or by "and"/"or"; two quotes that
# merely follow each other ('"Who pays?" "Mexico!"') are no list.
_NEXT_IN_LIST = re.compile(r"(?:[,;]\s*(?:and\s+|or\s+)?|\s*(?:and|or)\s+)[\"“‘']{1,2}[A-Z0-9]")
_SCARE_BEFORE = ("so-called", "so called", "quote-unquote", "what some call", "what some have called")
_SCARE_LAST = frozenset("dDeElL")  # the last letters of _SCARE_BEFORE, a cheap test first
_STRONG_SIEVES = frozenset({"trailing_cue", "leading_cue", "according_to", "colon_lead_in"})


def classify(doc: Document, q: Quote, attribution: Attribution | None) -> tuple[str, str | None]:
    text = doc.text
    inner = text[q.start:q.end]
    # no rule looks past the eleventh word ("ten words or fewer"), nor past 400 characters
    words = _words(inner[:400])
    para = doc.paragraphs[q.para]
    lo, hi = para.span
    # bounded windows: a giant paragraph with many quotes must stay linear (clamped without max() and
    # min(), whose calls cost more than the slicing)
    before = text[q.open - 80 if q.open - 80 > lo else lo:q.open].rstrip()
    after = text[q.close:q.close + 80 if q.close + 80 < hi else hi].lstrip()
    at_para_start = q.open == lo
    sieve = attribution.sieve if attribution else None

    if sieve == "headline":
        return DIRECT, None  # 'Kasich: "We Will Go On"': the headline is the speaker's quote
    if doc.is_heading(q.para) or (q.para == 0 and q.level == SINGLE and len(doc.paragraphs) > 1
                                  and hi - lo <= 200 and sieve != "trailing_cue"
                                  and not _period_inside(text, para)):
        if _quote_ends_headline(before, after) and attribution is not None and attribution.mention is not None:
            return DIRECT, None  # 'Kirby: "We are ready to talk."' as an article's first line
        return NON_QUOTE, HEADLINE  # headlines quote with single marks; the body has the quote
    if q.para == 1 and q.level == SINGLE and (attribution is None or attribution.mention is None) \
            and hi - lo <= 200 and doc.is_heading(0):
        return NON_QUOTE, HEADLINE  # so does the deck under a headline: "When ordinary 'boots' are ruled out"
    if at_para_start and _single_quoted_subhead(doc, q, para, text):
        return NON_QUOTE, HEADLINE  # "'There's so much anger.'" alone between paragraphs: a subhead
    if q.open - lo <= 6 and _SECTION_NUMBER.fullmatch(before) and _ends_paragraph(after):
        return NON_QUOTE, HEADLINE  # 'II. "The count"' alone on its line: a numbered section's heading
    if not words or (len(words) == 1 and words[0].lower() in _PRONOUN_WORDS and not inner.endswith(",")):
        return NON_QUOTE, SCARE  # nothing, or a word held up for view ('if "she" were a man'), but
        # '"That," he said, "is the point."' opens an interrupted quote
    # Robert J. "Bob" Hale: a short quote between two parts of a name
    if len(words) <= 3 and after[:1].isupper() and inner[-1:] not in ".,;:!?" \
            and before and before.rsplit(None, 1)[-1][:1].isupper() \
            and (before[-1:].isalpha() or _INITIAL_END.search(before)):
        return NON_QUOTE, NICKNAME
    if before[-1:].isalpha() and _named_as(before):
        return NON_QUOTE, NICKNAME
    if inner.endswith(",") and _BYLINE.match(after):
        return NON_QUOTE, TITLE  # '"Gallery opens uptown," by Herald's Ann Lee': an article and its author
    if len(words) <= 10 and inner[-1:] not in "!?" and title_case(words) and _title(
            before, after, inner, words, at_para_start, attribution):
        return NON_QUOTE, TITLE
    if before[-1:] in _SCARE_LAST and before[-15:].lower().endswith(_SCARE_BEFORE):
        return NON_QUOTE, SCARE
    if before[-2:] in _CITED_TAIL and _cited_word(text, lo, q.open):
        return NON_QUOTE, SCARE  # 'Words such as "expect" and "will"': words held up for view
    if len(words) <= 2 and words[-1] in _RATING_LAST and " ".join(words).lower() in _STOCK_RATINGS \
            and _rating_cue(before, after):
        return NON_QUOTE, SCARE  # 'kept a "buy" rating', 'rates the stock "underperform"': a rating
    if len(words) <= 6 and after[:1] in _NAMING_FIRST and _named_after(
            after, inner, at_para_start or not before or before[-1] in ".!?:;"):
        return NON_QUOTE, NICKNAME  # '"Doc," a nickname that stuck'; '"Completion rate" is the phrase'
    if after[:1] in ")o" and title_case(words) and _defined_term(before, after, words):
        return NON_QUOTE, NICKNAME  # 'Harbor Power, Inc. ("Harbor" or the "Company")': a defined term
    if len(words) <= 4 and (attribution is None or attribution.mention is None or sieve == "nearest_mention") \
            and inner[-1:] not in ",.;:!?" and _modifier_use(after):
        return NON_QUOTE, SCARE
    if at_para_start or not before or before[-1] in ":,.!?;—–-(\"”“'’" or not _WORD.search(before[-40:]):
        return DIRECT, None
    return MIXED, None


_ENDS_WITH_PERIOD = re.compile(r"\.[\"”’']?\s*$")


def _period_inside(text: str, para) -> bool:
    """Why: a first paragraph with a sentence that ends in a period before its last one
    ("‘…,’ said the minister. ‘…") is the body's first paragraph, not a headline."""
    return any(_ENDS_WITH_PERIOD.search(text[s:e]) for s, e in para.sentences[:-1])


# Characters a word never starts or ends with (it starts and ends with a letter or a digit).
_EDGE_PUNCT = "\"'“”‘’«»()[]{}.,;:!?…—–-"


def _words(text: str) -> list[str]:
    """The words of ``text`` (``_WORD``'s matches); found without the pattern when the text is one word
    between punctuation ('A,', '"B."'), as most short quotes and the chunks before quotes are."""
    core = text.strip(_EDGE_PUNCT)
    return [core] if core.isalnum() else _WORD.findall(text)


def _previous_words(before: str) -> list[str]:
    """The last two words in the last 40 characters before the quote, lower-cased ([""] when there
    are none)."""
    # a word holds no space: read the window's last space-separated chunks from the end rather than
    # search all 40 characters
    found: list[str] = []
    for chunk in reversed(before[-40:].rsplit(None, 2)):
        found[:0] = _words(chunk)
        if len(found) >= 2:
            return [found[-2].lower(), found[-1].lower()]
    return [found[0].lower()] if found else [""]


def _title(before: str, after: str, inner: str, words: list[str], at_para_start: bool,
           attribution: Attribution | None) -> bool:
    """Why: a title-case quote names a work when it follows a possessive or opens the paragraph
    (unless a strong cue attributes it), follows a work noun, has its author after it, follows a
    determiner or year, or stands in a list of titles."""
    if attribution is None or attribution.sieve not in _STRONG_SIEVES:
        # (but a whole paragraph quoting one sentence, '"Yes, it is."', is somebody's answer)
        if (at_para_start and not (inner.endswith(".") and not after)) or before[-2:] in _POSSESSIVE_END:
            return True
    if after[:1] in _AUTHOR_START and _BY_AUTHOR.match(after):
        return True
    if inner.endswith(",") and _WORK_APPOSITION.match(after) and (
            attribution is None or attribution.sieve not in _STRONG_SIEVES):
        return True
    prev_words = _previous_words(before)
    if prev_words[-1] in _TITLE_BEFORE or _named_thing(prev_words, words) or _work_relation(prev_words):
        return True
    in_list = ((inner.endswith(",") and _NEXT_IN_LIST.match("," + after))
               # the pattern starts with a comma, a semicolon, "and" or "or" (``after`` has no leading space)
               or (after[:1] in _LIST_START and _NEXT_IN_LIST.match(after))
               # the pattern ends the string, and ``before`` has no trailing space: a cheap test first
               or _after_list_item(before))
    return bool(in_list) and not _names_given(attribution, before)


# "Hale's", and the plural's or a name's bare apostrophe: 'on Fox News' "Hannity"' names a show
_POSSESSIVE_END = frozenset(("'s", "’s", "s'", "s’"))
_LIST_START = frozenset(",;ao")
_LIST_MARKS = frozenset("\"”’'")


def _after_list_item(before: str) -> bool:
    """Whether ``before`` (no trailing space) ends like the item before it in a list of titles
    ('“A”,', '“A,” and', '“A” or'). Read backwards from the end: a regular expression anchored at
    the end is tried from every position (tests/test_kinds.py checks the two agree)."""
    if _ends_list_item(before):
        return True  # '“A”,' / '“A,”'
    if before.endswith("and"):
        core = before[:-3]
    elif before.endswith("or"):
        core = before[:-2]
    else:
        return False
    stripped = core.rstrip()
    # '“A”, and' / '“A,” or'; or '“A” and', with a space before the conjunction
    return _ends_list_item(stripped) or (len(stripped) < len(core) and stripped[-1:] in _LIST_MARKS)


def _ends_list_item(t: str) -> bool:
    """A comma then one or two closing marks, or one or two marks then a comma or semicolon."""
    last = t[-1:]
    if last in _LIST_MARKS:
        return t[-2:-1] == "," or (t[-2:-1] in _LIST_MARKS and t[-3:-2] == ",")
    return last in (",", ";") and t[-2:-1] in _LIST_MARKS


# A section's number before its quoted heading: "II.", "4.", "B)" (not a transcript's "Q." or "A.").
_SECTION_NUMBER = re.compile(r"(?:[IVXLC]{1,6}|\d{1,2}|[B-PR-Z])[.)]")


def _ends_paragraph(after: str) -> bool:
    """Whether nothing but closing punctuation follows a quote in its paragraph."""
    return not after.strip(".,;:!?)]}\"”’'»")


# "… as “A”" (and so every title after it in the list), but not "such as “A”".
_AS_NAME = re.compile(r"(?<!such )\bas(?:\s*$|\s+[\"“‘'])", re.IGNORECASE)
_INITIAL_END = re.compile(r"\b[A-Z]\.$")  # "Robert J." before "Bob"
_NAMING_VERBS = frozenset("call dub label brand nickname describe refer".split())


def _quote_ends_headline(before: str, after: str) -> bool:
    """Why: a first line that ends on a quote after a colon ("Kirby: 'We are ready to talk.'") gives
    the speaker's words, not a paraphrase, when a sieve found who that speaker is."""
    return before.endswith(":") and not _WORD.search(after.split("\n", 1)[0])


# 'author of', 'host of', 'revival of', 'interview with', 'sequel to' before a title-case quote
_RELATION_NOUNS = frozenset("author co-author coauthor editor co-editor writer host hosts co-host anchor creator "
                            "producer star stars cast heroine hero revival remake reboot sequel version adaptation "
                            "screening premiere trailer season incarnation rights fans interview interviews "
                            "appearance".split())
_RELATION_PREPS = frozenset("of with to on".split())


def _work_relation(prev_words: list[str]) -> bool:
    """Why: a title-case quote after "author of", "host of", "revival of", "interview with" or
    "sequel to" names a book or a show, even one word long ('the author of "Deep Water"')."""
    return len(prev_words) == 2 and prev_words[1] in _RELATION_PREPS and prev_words[0] in _RELATION_NOUNS


def _named_thing(prev_words: list[str], words: list[str]) -> bool:
    """Why: a title-case phrase of two words or more after a determiner, a possessive, "in", a year
    or "episode of" names a work or an event ('the "War On Drugs"', 'CBS's "Face the Nation"',
    'his 1994 "Contract with America"', 'episode of "The Morning Show"'), it quotes nobody."""
    if len(words) < 2 or sum(w.lower() not in _SMALL_WORDS for w in words) < 2:
        return False
    prev = prev_words[-1]
    if prev in _NAMING_BEFORE or prev.endswith(("'s", "’s")) or (
            len(prev) == 4 and prev.isdigit() and prev[:2] in ("19", "20")):
        return True
    return prev == "of" and prev_words[0] in _WORK_OF


_PRONOUN_WORDS = frozenset("i me my we us our you your he him his she her hers it its they them their "
                           "this that these those".split())
_NAMING_BEFORE = frozenset("the a an his her their its our my in".split())
_PROGRAMME_PARTS = frozenset("episode broadcast edition issue installment instalment season chapter".split())
_WORK_OF = _TITLE_BEFORE | _PROGRAMME_PARTS  # "episode of", "book of" before a title
_SMALL_WORDS = frozenset("a an the and or of in on at to for by with".split())


def _names_given(attribution: Attribution | None, before: str) -> bool:
    """Why: 'called her "Miss Piggy" and "Miss Housekeeping"' (or 'referred to her as …') is a list
    of names somebody used, quoted from them, not a list of titles ('films such as …' is)."""
    if attribution is not None and attribution.cue is not None and attribution.cue.lemma in _NAMING_VERBS:
        return True
    return bool(_AS_NAME.search(before[-80:]))


# (not "dubbed" or "nicknamed": 'who he dubbed "the little senator"' quotes him, as PolNeAR's
# annotators read it, and so does 'Clinton says the native nicknamed "King James"')
_NAMING_PARTICIPLES = frozenset("code-named codenamed".split())


def _named_as(before: str) -> bool:
    """Why: 'drills code-named "Strait Thunder"' and 'refiners known as "teapots"' give a name;
    nobody is quoted. (Not 'the word "rotted"': PolNeAR quotes whoever used the word.)"""
    prev = _previous_words(before)
    return prev[-1] in _NAMING_PARTICIPLES or prev == ["known", "as"]


_CITED_NOUNS = ("words", "terms", "phrases", "expressions")
# how the text before a cited word ends: "such as", '"A,"', '"A",', "and", "or" (a cheap test first)
_CITED_TAIL = frozenset(("as", ',"', ",”", '",', "”,", "nd", "or"))
# the quotes already listed after "such as": '"anticipate," "expect," and ' (no "like": PolNeAR quotes
# 'speculative words like "maybe"' as the speaker's)
_CITED_LIST = re.compile(r"(?:\s*[\"“][^\"“”]{1,40}[\"”],?(?:\s*(?:and|or))?)*\s*")


def _cited_word(text: str, lo: int, at: int) -> bool:
    """Why: the quotes listed after "words such as" or "terms such as" ('Words such as "anticipate,"
    "expect" and "will" identify forward-looking statements') are words cited as words; nobody is
    quoted. Read back from the quote over at most 200 characters of its paragraph."""
    start = at - 200 if at - 200 > lo else lo
    i = text.rfind("such as", start, at)  # searched in place: most quotes have none before them
    return i > start and text[start:i].rstrip().lower().endswith(_CITED_NOUNS) \
        and _CITED_LIST.fullmatch(text, i + 7, at) is not None


# an analyst's recommendation on a stock, the only words quoted in 'kept a "buy" rating'
_STOCK_RATINGS = frozenset(["buy", "sell", "hold", "add", "reduce", "accumulate", "outperform", "underperform",
                            "overweight", "underweight", "equal-weight", "equal weight", "market perform",
                            "sector perform", "strong buy", "strong sell", "market outperform", "peer perform"])
# their last words as written ("buy", "Buy"), a cheap test first
_RATING_LAST = frozenset(f(r.rsplit(None, 1)[-1]) for r in _STOCK_RATINGS for f in (str, str.capitalize, str.upper))
_RATING_BEFORE = re.compile(r"\b(?:rat(?:e|es|ed|ing)|(?:up|down)grad(?:e|es|ed|ing)|reiterat(?:e|es|ed|ing))\b")


def _rating_cue(before: str, after: str) -> bool:
    """Why: a stock rating ("buy", "underperform") is the analyst's label for the stock, not words
    anybody is quoted saying, when "rating" follows it or a verb of rating comes just before it
    ('an "add" rating on the stock', 'rates the stock "underperform"', 'upgraded it to "buy"')."""
    m = _NEXT_WORD.match(after)
    return (m is not None and m.group(1) in ("rating", "ratings", "recommendation")) \
        or _RATING_BEFORE.search(before[-40:].lower()) is not None


# what follows a quote that names: '"Doc," a nickname …', '"Non-binding" is a legal term …'
_NAMING_NOUN_AFTER = re.compile(r"(is\s+|was\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(nickname|label|moniker|"
                                r"sobriquet|epithet|term|phrase|word|expression|buzzword|euphemism)s?\b")
_NAMING_FIRST = frozenset("aitw")  # what _NAMING_NOUN_AFTER can start with
_APPOSITION_NOUNS = frozenset("nickname label moniker sobriquet epithet".split())


def _named_after(after: str, inner: str, opens_clause: bool) -> bool:
    """Why: a quote followed by "a nickname" or "a label" in apposition ('"Dangerous Donald," a label
    that never caught on'), or one that opens its clause and "is the phrase" or "a term" ('"Completion
    rate" is the phrase you hear'), is a name or a word under discussion. Not "a phrase" in apposition:
    'committed to "…" a phrase the group has used' quotes the group."""
    m = _NAMING_NOUN_AFTER.match(after)
    if m is None:
        return False
    if m.group(1):
        return opens_clause
    # (a description, '"a mess," a label she rejected', is somebody's words: a name has no article)
    return inner.endswith(",") and m.group(2) in _APPOSITION_NOUNS and not inner.startswith(("a ", "an "))


# inside the parenthesis, before a defined term: nothing, "the", or the first term and "or (the)"
_DEFINED_TERM_BEFORE = re.compile(r"(?:the)?|[\"“][^\"“”()]{1,40}[\"”]\s+or(?:\s+the)?")


def _defined_term(before: str, after: str, words: list[str]) -> bool:
    """Why: a contract's or a press release's defined term ('SolTrack Systems, LLC ("SolTrack")',
    '(the "Company")', '("Harbor" or the "Company")') names the party just named; nobody is quoted. A
    bare term must repeat a word of the name before the parenthesis: 'Marco Rubio ("Little Marco")'
    quotes whoever called him that."""
    if not (after[:1] == ")" or after.startswith("or ")):
        return False
    i = before.rfind("(")
    if i < 0 or _DEFINED_TERM_BEFORE.fullmatch(before, i + 1) is None:
        return False
    # '(the "Company")' and '("Harbor" or the "Company")' define; a bare '("Harbor")' must repeat the name
    return i + 1 < len(before) or words[0] in before[:i]


_NEXT_WORD = re.compile(r"([a-z][a-z-]*)\b")


def _modifier_use(after: str) -> bool:
    """Why: a quoted term used as a modifier ('the "secret memo" reference', 'the ''golden parachute''
    loophole') is a term held at arm's length, not words somebody said."""
    m = _NEXT_WORD.match(after)
    return bool(m) and m.group(1) not in lexicon.load().function_words and not m.group(1).endswith("ing")


def _single_quoted_subhead(doc: Document, q: Quote, para, text: str) -> bool:
    """Why: in copy that quotes with double marks, a body paragraph that is nothing but one short
    phrase in single marks ("'Totally pro-Israel.'") is a subhead echoing a later quote. For a quote
    that opens its paragraph (the caller tests that)."""
    if q.para == 0 or q.level != SINGLE or text.startswith("''", q.open):
        return False
    if text[q.close:para.span[1]].strip(" .?!") or q.end - q.start > 80:
        return False
    return doc.quotes_in_double_marks()
