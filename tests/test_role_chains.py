"""Role nouns with modifiers between them ("chief political strategist"), and an apposition whose
nominal opens with a capitalised possessor ("Tom Reed, the Chamber's chief strategist,"); invented."""
import pytest

from tests.speakers import speaker


@pytest.mark.parametrize("text, quote, expected", [
    ('"We are gearing up," said the campaign\'s chief political strategist.', "We are gearing up,",
     "the campaign's chief political strategist"),
    ('"We are ready," said Tom Reed, the Chamber\'s chief political strategist, who added that his group would '
     'focus on "local issues."', "local issues.", "Tom Reed"),
    ('Ann Lee, the Senate\'s senior foreign policy adviser, said the deal was "a mistake."', "a mistake.",
     "Ann Lee"),
])
def test_role_chains_and_possessed_appositions(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # modifiers with no role noun after them end the nominal
    ('"We are ready," said the chief, political to the end.', "We are ready,", "the chief"),
    # a possessor's nominal that is no apposition (no comma after it) joins nobody
    ('Tom Reed met the Chamber\'s chief political strategist and said the plan was "sound."', "sound.",
     "Tom Reed"),
    # a plural nominal after a possessor is a group, not the person before it
    ('"No," said Tom Reed, the Chamber\'s senior advisers, and others.', "No,", "Tom Reed"),
])
def test_role_chain_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


def test_a_role_word_that_also_modifies_stays_a_role():
    # "executive" modifies roles ("executive director") but is a role itself in "chief executive"
    assert speaker('Shares fell after its chief executive said customers would "digest" the chips.', "digest") \
        == "its chief executive"


@pytest.mark.parametrize("text, quote, expected", [
    # UK and Irish copy names the office by its abbreviation first and by the role noun after
    ('Cllr Aoife Brennan said the plan was late.\n\n"We have waited ten years," said the Labour councillor.',
     "We have waited ten years,", "Aoife Brennan"),
    ('Mr Justice Halloran said the claim had no merit.\n\n"The order must stand," the judge wrote.',
     "The order must stand,", "Halloran"),
])
def test_abbreviated_offices_join_their_role_nouns(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # another role noun is somebody else
    ('Cllr Aoife Brennan said the plan was late.\n\n"We have waited ten years," said the mayor.',
     "We have waited ten years,", "the mayor"),
    ('Mr Justice Halloran said the claim had no merit.\n\n"The order must stand," the prosecutor said.',
     "The order must stand,", "the prosecutor"),
])
def test_abbreviated_office_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a shadow office is the opposition's counterpart, not the office
    ('Shadow Chancellor Mel Stride said the plan was "a con".\n\nThe Chancellor said the plan was "fully funded".',
     "fully funded", "The Chancellor"),
    ('Chancellor Ann Hale said the plan was "fully funded".\n\n"It is a con," the shadow chancellor said.',
     "It is a con,", "the shadow chancellor"),
])
def test_shadow_offices_are_other_offices(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # ... but the same office, shadow or not, is the same person
    ('Shadow Chancellor Mel Stride said the plan was "a con".\n\n"It does not add up," the shadow chancellor said.',
     "It does not add up,", "Mel Stride"),
    ('Chancellor Ann Hale said the plan was "fully funded".\n\n"It adds up," the chancellor said.',
     "It adds up,", "Ann Hale"),
])
def test_shadow_office_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # an owned role that speaks for somebody is its holder named before
    ('City Hall spokeswoman Dana Ruiz said the figure was "correct."\n\nMayor Bob Keller repeated it on Friday. '
     'His spokeswoman said it was "the same point."', "the same point.", "Dana Ruiz"),
    ('Defence lawyer Tom Price filed the appeal.\n\nAnn Lee spoke on Monday. "We will win," her lawyer said.',
     "We will win,", "Tom Price"),
])
def test_owned_roles_join_their_named_holder(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a holder of the other gender is somebody else
    ('Police spokesman Tom Ahern said the figure was "correct."\n\nMayor Ann Keller repeated it. '
     'Her spokeswoman said it was "the same point."', "the same point.", "Her spokeswoman"),
    # kin and friends are nobody's agents: the owner is not the one meant
    ('Tom Reed spoke on Monday. His wife said he was "tired."', "tired.", "His wife"),
    ('His friend Tom Reed spoke on Monday.\n\nLee arrived late. "He was tired," his friend said.', "He was tired,",
     "his friend"),
])
def test_owned_role_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # an office with its complement, then the holder's name in commas: one person
    ('Outside the chamber, the Minister for Housing, Ann Kerr, spoke to reporters.\n\n"Freeze rents and you freeze '
     'supply," the minister said.', "Freeze rents and you freeze supply,", "Ann Kerr"),
    ('In Brussels, the Commissioner for Trade, Ann Kerr, met the delegation.\n\n"We are ready," the commissioner '
     'said.', "We are ready,", "Ann Kerr"),
    # ... also when the complement is two names joined by "and"
    ('The Minister for Lands and Natural Resources, Hon. Kofi Mensah, spoke in Accra.\n\n"We are ready," the minister '
     'said.', "We are ready,", "Kofi Mensah"),
])
def test_office_complement_then_apposition(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a name after a preposition and a comma that is no office's complement names nobody's role
    ('The minister met officials from Cork, Ann Kerr and others.\n\n"We are ready," the minister said.',
     "We are ready,", "The minister"),
    # the complement of another office names its own holder
    ('The minister thanked the mayor of Cork, Ann Kerr, and Tom Reed.\n\n"We are ready," the minister said.',
     "We are ready,", "The minister"),
    # a list after the office's complement is no complement of two names
    ('The minister thanked the mayors of Cork and Galway, Ann Kerr and others.\n\n"We are ready," the minister '
     'said.', "We are ready,", "The minister"),
])
def test_office_complement_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a backbencher is a member: "the Kerry TD" is the backbencher just named, not a TD named before
    ('Labour TD Ann Kerr spoke first.\n\nFine Gael backbencher Tom Reed said members were "uneasy". "We hear it on '
     'the doors," the Kerry TD said.', "We hear it on the doors,", "Tom Reed"),
    ('Tory backbencher Tom Reed spoke. "We hear it on the doors," the MP said.', "We hear it on the doors,",
     "Tom Reed"),
])
def test_backbenchers_are_members(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # but a TD is no MP (other parliaments), and another role is somebody else
    ('Labour TD Ann Kerr spoke. "We hear it on the doors," the MP said.', "We hear it on the doors,", "the MP"),
    ('Tory backbencher Tom Reed spoke. "We hear it on the doors," the minister said.', "We hear it on the doors,",
     "the minister"),
])
def test_backbencher_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


_FILLER = "".join(f"Paragraph {k} is about the budget.\n\n" for k in range(8))


@pytest.mark.parametrize("text, quote, expected", [
    # a bare office long after its one holder was named with it as a formal title
    ('The bill now goes to President Ann Mwangi.\n\n' + _FILLER + 'Tom Reed, an economist, criticised the bill.\n\n'
     'The president has defended it, saying: "Those who shout today will thank us tomorrow."',
     "Those who shout today will thank us tomorrow.", "Ann Mwangi"),
    # ... and so is an office named by its complement ("the minister of home affairs"), past another
    # minister's office nearer to it
    ('Home Minister Ann Mehta opened the debate.\n\n' + _FILLER + 'Chief Minister Tom Reed said it was "late".\n\n'
     'The minister of home affairs was also asked. She said it would be "on time".', "on time", "Ann Mehta"),
])
def test_bare_office_far_from_its_holder(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # two holders: either could be meant (and the economist has a role of his own)
    ('President Ann Mwangi met President Tom Okoth.\n\n' + _FILLER + 'Tom Reed, an economist, criticised the bill.\n\n'
     'The president has defended it, saying: "Those who shout today will thank us tomorrow."',
     "Those who shout today will thank us tomorrow.", "The president"),
    # a modified office ("the Kenyan president") or a role in lower case is no formal title
    ('The bill now goes to the president, Ann Mwangi.\n\n' + _FILLER + 'Tom Reed, an economist, criticised the bill.'
     '\n\nThe president has defended it, saying: "Those who shout today will thank us tomorrow."',
     "Those who shout today will thank us tomorrow.", "The president"),
    # an office named by its complement is not another office's holder
    ('Finance Minister Ann Mehta opened the debate.\n\n' + _FILLER + 'Chief Minister Tom Reed said it was "late".'
     '\n\nThe minister of home affairs said it would be "on time".', "on time", "The minister of home affairs"),
])
def test_bare_office_far_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


_COUNTERPARTS = ("{title}Foreign Minister Ana Lee and her Brazilian counterpart, Paulo Reis, met in Lima.\n\n"
                 "\"It went well,\" Lee told reporters.\n\nReis said Brasilia was \"ready to help\". "
                 "\"We will help,\" the {nation} minister said.")


@pytest.mark.parametrize("title, nation, expected", [
    # a nationality names the counterpart of that nationality, not the minister named with no nationality
    ("", "Brazilian", "Paulo Reis"),
    # ... but the holder of that nationality's office first, and nobody for another nationality
    ("Peruvian ", "Peruvian", "Ana Lee"),
    ("", "Chilean", "Ana Lee"),
])
def test_nationality_of_a_described_minister(title, nation, expected):
    assert speaker(_COUNTERPARTS.format(title=title, nation=nation), "We will help,") == expected


_DECK = ('Budget row deepens in the capital\n\nUnions strike over pay; navy chief says ships "ready to sail"\n\n'
         'Prime Minister Ann Lee defended the budget on Monday.\n\n')


@pytest.mark.parametrize("text, quote, expected", [
    # a deck's bare role is the one person the story gives that title, however far down
    (_DECK + 'Navy chief Adm Tom Reed told reporters that the fleet was "ready to sail" at once.', "ready to sail",
     "Tom Reed"),
    # ... not when two hold it, nor when nobody's title says it
    (_DECK + 'Navy chief Adm Tom Reed told reporters that the fleet was "ready to sail" at once.\n\nNavy chief Adm '
     'Sam Ode, his predecessor, agreed.', "ready to sail", "navy chief"),
    (_DECK + 'Adm Tom Reed told reporters that the fleet was "ready" at once.', "ready to sail", "navy chief"),
])
def test_deck_bare_role_is_its_title_holder(text, quote, expected):
    assert speaker(text, quote) == expected
