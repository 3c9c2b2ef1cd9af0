"""Relatives named by birth order: "the elder Zhao", "the younger Mr. Trump" (invented sentences)."""
import pytest

from tests.speakers import speaker


@pytest.mark.parametrize("text, quote, expected", [
    # the elder is the relative introduced as a parent, not the story's namesake
    ('Tomas Vrba runs the farm. His father, Karel Vrba, 80, sat nearby. "It was better before," the elder Vrba '
     'said.', "It was better before,", "Karel Vrba"),
    # the younger is the relative introduced as a child
    ('Karel Vrba founded the farm. His son, Tomas Vrba, runs it now. "We need a new roof," the younger Vrba said.',
     "We need a new roof,", "Tomas Vrba"),
    # with only a child introduced as kin, the elder is the story's own namesake
    ('Karel Vrba, 80, founded the farm. His son, Tomas Vrba, runs it now. "I planted these," the elder Vrba said.',
     "I planted these,", "Karel Vrba"),
    ('"I planted these," said the elder Vrba. Tomas Vrba laughed.', "I planted these,", "the elder Vrba"),
    # with no relative to name, it stays as written, not the namesake
    ('Kofi Osei spoke first. "It is a movement," said the younger Mr. Osei.', "It is a movement,",
     "the younger Mr. Osei"),
])
def test_birth_order_names_a_relative(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a bare surname after "the elder Vrba" is still the story's person, not the father
    ('Tomas Vrba runs the farm. His father, Karel Vrba, sat nearby. "It was better," the elder Vrba said.\n\n'
     '"We disagree," Vrba said.', "We disagree,", "Tomas Vrba"),
    # an organisation word after the name makes no person of it
    ('"It is closed," the elder Vrba Foundation said.', "It is closed,", "Vrba Foundation"),
    # "elder" before a role is an adjective of the role ("the elder statesman Karel Vrba")
    ('Tomas Vrba runs the farm. "We disagree," said the elder statesman Karel Vrba.', "We disagree,",
     "Karel Vrba"),
])
def test_birth_order_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # kin told apart from a namesake by a given name ("Keisha's mother") is a person in her own right:
    # a bare surname after her may be her, and "she" is the mother, not the possessor
    ('Two guests, Keisha Bramwell and Tom Nguyen, died.\n\nJurors heard from Ana Bramwell, Keisha\'s mother, '
     'who was inside.\n\n"I heard a crack," Bramwell said.', "I heard a crack,", "Ana Bramwell"),
    ('Keisha Bramwell died in the fall.\n\nThe court heard from Ana Bramwell, Keisha\'s mother. She spoke '
     'quietly.\n\n"I heard a crack," she said.', "I heard a crack,", "Ana Bramwell"),
    # ... but kin owned by a pronoun is still the story's relative ("Bill Clinton, her husband,")
    ('Hillary Clinton spoke in Denver. Bill Clinton, her husband, campaigned in Ohio.\n\n"We will win," Clinton '
     'said.', "We will win,", "Hillary Clinton"),
    # ... and "he" after "Tom's mother" is not the mother
    ('Tom Reyes was hurt. Tom\'s mother was inside.\n\n"I ran," he said.', "I ran,", "Tom Reyes"),
])
def test_kin_of_a_named_namesake(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a possessor ranks after the role it opens when an apposition names the holder: "he" is the deputy
    ('The council said on radio that General Obi\'s deputy, Colonel Tunde Bakare, would lead the talks. '
     '"We will listen to everyone," he said.', "We will listen to everyone,", "Tunde Bakare"),
    ('Mayor Ruth Ellison\'s chief of staff, Paula Grant, resigned on Monday. "It was time," she said.',
     "It was time,", "Paula Grant"),
    # ... but an unnamed role is no antecedent: "he" is still the possessor
    ('The council said on radio that General Obi\'s deputy would lead the talks. "We will listen to everyone," '
     'he said.', "We will listen to everyone,", "Obi"),
    # ... nor a named holder of the other gender
    ('General Tunde Obi\'s deputy, Colonel Grace Bakare, would lead the talks. "We will listen," he said.',
     "We will listen,", "Tunde Obi"),
])
def test_possessor_of_a_named_role(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # kin as a title without commas ("His son Kofi Mensah") makes a relative, as "His son, Kofi Mensah," does:
    # a bare surname is still the story's person
    ('Kwabena Mensah died on Saturday. His son Kofi Mensah said the cause was heart failure.\n\n'
     '"Retire from what?" Mr. Mensah said in 2015.', "Retire from what?", "Kwabena Mensah"),
    ('Tomas Vrba runs the farm. His father Karel Vrba sat nearby.\n\n"It was better before," Vrba said.',
     "It was better before,", "Tomas Vrba"),
    # ... not without the kin word (the namesake mentioned last)
    ('Kwabena Mensah died on Saturday. Kofi Mensah said the cause was heart failure.\n\n'
     '"Retire from what?" Mr. Mensah said in 2015.', "Retire from what?", "Kofi Mensah"),
    # ... nor kin owned by a name ("Keisha's mother Ana Bramwell" is a person in her own right)
    ('Keisha Bramwell died in the fall. The court heard from Keisha\'s mother Ana Bramwell.\n\n'
     '"I heard a crack," Bramwell said.', "I heard a crack,", "Ana Bramwell"),
    # ... and an honorific's gender still comes first
    ('Dana Ruiz spoke first. Her husband Carlos Ruiz stayed home.\n\n"We are tired," Mrs. Ruiz said.',
     "We are tired,", "Dana Ruiz"),
])
def test_kin_title_makes_a_relative(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # an honorific after "the elder"/"the younger" names the same relative ("the younger Mr. Brandt")
    ('Walter Brandt, 61, shook hands. His son, Michael Brandt, 34, travels with him.\n\n'
     '"I carry the bags," the younger Mr. Brandt said.', "I carry the bags,", "Michael Brandt"),
    ('Walter Brandt, 61, shook hands. His son, Michael Brandt, 34, travels with him.\n\n'
     '"I carried him once," the elder Mr. Brandt said.', "I carried him once,", "Walter Brandt"),
    # a sibling's birth order counts as a child's ("His younger brother, Curtis Haldane,")
    ('Gordon Haldane, 66, leads the group. His younger brother, Curtis Haldane, is also a member.\n\n'
     'Asked about it, the younger Mr. Haldane said, "Not a clue."', "Not a clue.", "Curtis Haldane"),
    ('Gordon Haldane, 66, leads the group. His little sister, Ruth Haldane, is also a member.\n\n'
     '"Not a clue," the elder Haldane said.', "Not a clue,", "Gordon Haldane"),
    # ... and still does after the two were named in turn (the index lists each of them twice)
    ('Gordon Haldane leads the group. His younger brother, Curtis Haldane, is a member. Gordon Haldane met '
     'Curtis Haldane often.\n\n"Not a clue," the younger Haldane said.', "Not a clue,", "Curtis Haldane"),
])
def test_birth_order_with_honorific_or_sibling(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a brother without a birth order is no younger relative: the honorific's phrase stays as written
    ('Gordon Haldane, 66, leads the group. His brother, Curtis Haldane, is also a member.\n\n'
     '"Not a clue," the younger Mr. Haldane said.', "Not a clue,", "the younger Mr. Haldane"),
    # with nobody introduced as kin, "the younger Mrs. Osei" is a person of her own
    ('Ama Osei spoke first. "It is a movement," said the younger Mrs. Osei.', "It is a movement,",
     "the younger Mrs. Osei"),
])
def test_birth_order_with_honorific_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # "X Jr." and "X" are two people: the son's name keeps its suffix and is not the father
    ('Gary Sobczak, 62, backs Trump. His son, Gary Sobczak Jr., 34, backs Clinton.\n\n'
     'Later, Gary Sobczak Jr. left the site. "I get why he is angry," he said.', "I get why he is angry,",
     "Gary Sobczak Jr."),
    ('Gary Sobczak Jr., 34, backs Clinton. His father, Gary Sobczak, backs Trump.\n\n'
     '"He went to college," Gary Sobczak said.', "He went to college,", "Gary Sobczak"),
    # "the younger X" is the Jr., "the elder X" the other; an honorific's gender rules out a namesake's wife
    ('Gary Sobczak, 62, backs Trump. His son, Gary Sobczak Jr., backs Clinton.\n\n'
     '"We do not talk about it," the younger Sobczak said.', "We do not talk about it,", "Gary Sobczak Jr."),
    ('Gary Sobczak Jr. backs Clinton. Gary Sobczak backs Trump. Helen Sobczak backs nobody.\n\n'
     '"Tell him I love him," the elder Mr. Sobczak said.', "Tell him I love him,", "Gary Sobczak"),
    # a bare surname with a suffix is the Jr., not the father
    ('Donald Trump spoke first. Donald Trump Jr. spoke next.\n\n"It was great," Trump Jr. said.',
     "It was great,", "Donald Trump Jr."),
])
def test_generational_suffix_tells_namesakes_apart(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # the same person named by an honorific and the surname alone is still one person
    ('Joseph R. Biden Jr. spoke in Ohio.\n\n"We will win," Mr. Biden said.', "We will win,", "Joseph R. Biden Jr."),
    # a bare surname may still name the Jr. when he was named last
    ('Gary Sobczak backs Trump. Gary Sobczak Jr., a nurse, backs Clinton.\n\n'
     '"It is my vote," Sobczak said.', "It is my vote,", "Gary Sobczak Jr."),
    # and a name with no namesake keeps its suffix
    ('"It was a fair trial," said Robert Hale Jr. of Dayton.', "It was a fair trial,", "Robert Hale Jr."),
])
def test_generational_suffix_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # a namesake flagged "no relation" yields a bare surname to the story's person
    ('Republican Greg Tanner debated on Wednesday. "Bring it on," Tanner said.\n\nJim Tanner, 47, a contractor from '
     'Rochester — no relation to the candidate — said he was undecided.\n\nTanner, asked the same question, was '
     'brief. "I can handle a forum," he said.', "I can handle a forum,", "Greg Tanner"),
    ('Deputy Minister Tomasz Kowalski spoke in Warsaw.\n\nAn analyst, Eric Kowalski, no relation, disagreed.\n\n'
     '"I will tell them," Kowalski said.', "I will tell them,", "Tomasz Kowalski"),
    ('Maria Garcia, 31, testified first. Luis Garcia, 24, of San Antonio — no relation — testified next.\n\n'
     '"He never looked at me," Garcia said.', "He never looked at me,", "Maria Garcia"),
    # a name that runs on into "of" a place is found by its surname, which then ends the name
    ('The author, Rep. Jodie Smith of Lubbock, spoke. "Parents want to know," Smith said.\n\n'
     'Rep. Ellen Smith of Dallas — no relation — called it cruel.', "Parents want to know,", "Jodie Smith"),
])
def test_namesake_no_relation(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # without the flag, the namesake named last is meant
    ('Republican Greg Tanner debated on Wednesday.\n\nJim Tanner, 47, a contractor from Rochester, said he was '
     'undecided.\n\n"I can handle a forum," Tanner said.', "I can handle a forum,", "Jim Tanner"),
    # the flagged namesake is still named by his full name, and by the bare surname when he is the only one
    ('Greg Tanner spoke. Jim Tanner, no relation, disagreed.\n\n"No way," Jim Tanner said.', "No way,", "Jim Tanner"),
    ('Jim Tanner, a contractor, no relation to the mayor, spoke.\n\n"No way," Tanner said.', "No way,", "Jim Tanner"),
    # "no relation" after a place names the person before it, not the place
    ('Greg Anderson spoke. Linda Anderson, who drove over from Anderson and is no relation, sat down.\n\n'
     '"It was long," Anderson said.', "It was long,", "Greg Anderson"),
    # a name with "of" keeps it when the bare surname never names it
    ('The author, Rep. Jodie Smith of Lubbock, spoke. "Parents want to know," she said.', "Parents want to know,",
     "Jodie Smith of Lubbock"),
])
def test_namesake_no_relation_negatives(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # "her husband" after a woman introduced as somebody's wife is the story's namesake she is married to
    ('David Alderman teaches law. His wife, Miriam Alderman, teaches history.\n\n"Until November," Miriam Alderman '
     'said.\n\n"Speak for yourself," her husband said.', "Speak for yourself,", "David Alderman"),
    ('Maria Lopez ran out first. Her husband, Roberto Lopez, went back for the dog.\n\n"He would not leave it," '
     'his wife said.', "He would not leave it,", "Maria Lopez"),
])
def test_spouse_of_a_relative(text, quote, expected):
    assert speaker(text, quote) == expected


@pytest.mark.parametrize("text, quote, expected", [
    # another woman named since: "her" may be hers, so the description stays
    ('David Alderman teaches law. His wife, Miriam Alderman, teaches history. Ann Cole, a neighbour, agreed.\n\n'
     '"Speak for yourself," her husband said.', "Speak for yourself,", "her husband"),
    # with no wife introduced as kin, "her husband" is not a namesake
    ('David Alderman teaches law. Miriam Alderman teaches history.\n\n"Speak for yourself," her husband said.',
     "Speak for yourself,", "her husband"),
])
def test_spouse_of_a_relative_negatives(text, quote, expected):
    assert speaker(text, quote) == expected
