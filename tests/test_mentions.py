import pytest

from quoteapi.nlp import document, mentions


def names(text):
    doc = document.analyse(text)
    return [(m.form, m.kind, m.name, m.titles) for m in mentions.find(doc)]


@pytest.mark.parametrize("text, name, kind, titles", [
    ("NATO Secretary General Mark Rutte spoke.", "Mark Rutte", "person", ["NATO Secretary General"]),
    ("Kremlin spokesperson Dmitry Peskov spoke.", "Dmitry Peskov", "person", ["Kremlin spokesperson"]),
    ("Then South Korean Defense Minister Kim Yong-hyun spoke.", "Kim Yong-hyun", "person",
     ["South Korean Defense Minister"]),
    ("Then White House national security spokesperson John Kirby spoke.", "John Kirby", "person",
     ["White House national security spokesperson"]),
    ("Then Secretary of State John Kerry spoke.", "John Kerry", "person", ["Secretary of State"]),
    # an office after "of" runs over "the" and over several words, up to a first name or a title
    ("Then Speaker of the House Paul Ryan spoke.", "Paul Ryan", "person", ["Speaker of the House"]),
    ("Then Secretary of Homeland Security Jeh Johnson spoke.", "Jeh Johnson", "person",
     ["Secretary of Homeland Security"]),
    ("Then Chairman of the Joint Chiefs of Staff Gen. Joseph Dunford spoke.", "Joseph Dunford", "person",
     ["Chairman of the Joint Chiefs of Staff Gen."]),
    # ... but leaves two words for the name, and "of the" joins a run only after a title
    ("Then Secretary of State Xavi Becerra spoke.", "Xavi Becerra", "person", ["Secretary of State"]),
    # ... and stops before a first name with a middle initial
    ("Then Secretary of State Tobin J. Ashcombe spoke.", "Tobin J. Ashcombe", "person", ["Secretary of State"]),
    ("Then Director of National Intelligence Avra D. Holt spoke.", "Avra D. Holt", "person",
     ["Director of National Intelligence"]),
    # ranks of two words; occupations as false titles
    ("Then Col Major Ousmane Traoré-Diallo spoke.", "Ousmane Traoré-Diallo", "person", ["Col Major"]),
    ("Then Sergeant Major Ann Lee spoke.", "Ann Lee", "person", ["Sergeant Major"]),
    ("Then Rancher Esteban Villaseñor spoke.", "Esteban Villaseñor", "person", ["Rancher"]),
    # ... but "Major" after a first name, or with no title before it, is a name
    ("Then Prime Minister John Major spoke.", "John Major", "person", ["Prime Minister"]),
    # a body named by its count, or by a plural role and "of", is all name
    ("Then the Group of 20 spoke.", "Group of 20", "unknown", []),
    ("Then the Group of Seven spoke.", "Group of Seven", "unknown", []),
    ("Then the Veterans of Foreign Wars spoke.", "Veterans of Foreign Wars", "organization", []),
    ("Then Friends of the Earth spoke.", "Friends of the Earth", "organization", []),
    # ... but not plural titles before people's names, nor a run that modifies a noun
    ("Then Secretaries of State John Kerry and Ann Lee spoke.", "John Kerry", "person", ["Secretaries of State"]),
    ("Then the Bank of the West spoke.", "Bank", "organization", []),
    ("Then Mr. Putin spoke.", "Putin", "person", ["Mr."]),
    # occupations and local offices before a name are titles, not given names
    ("Then Trustee Keiko Brandt-Lowe spoke.", "Keiko Brandt-Lowe", "person", ["Trustee"]),
    ("Then Cllr Priyanka Chauhan spoke.", "Priyanka Chauhan", "person", ["Cllr"]),
    ("Then Forecaster Aidan McKeever spoke.", "Aidan McKeever", "person", ["Forecaster"]),
    ("Then City Councilmember Vanessa Tran spoke.", "Vanessa Tran", "person", ["City Councilmember"]),
    ("Then State Forester Teresa Montoya spoke.", "Teresa Montoya", "person", ["State Forester"]),
    ("Then Councilwoman Ana Ruiz spoke.", "Ana Ruiz", "person", ["Councilwoman"]),
    ("Then Commodore Jerome Baltazar spoke.", "Jerome Baltazar", "person", ["Commodore"]),
    ("Then WHO Director-General Ann Lee spoke.", "Ann Lee", "person", ["WHO Director-General"]),
    ("Then Piet van der Merwe SC spoke.", "Piet van der Merwe", "person", []),
    ("Then Downing Street spoke.", "Downing Street", "organization", []),
    # "Ambassador to NATO": the office runs over "to" up to the given name
    ("Then U.S. Ambassador to NATO Rachel Delaney spoke.", "Rachel Delaney", "person",
     ["U.S. Ambassador to NATO"]),
    ("Then Ambassador to the United Nations Linda Greenfield spoke.", "Linda Greenfield", "person",
     ["Ambassador to the United Nations"]),
    # ... but not after a lower-case noun that is no title, nor without a given name
    ("Then a trip to NATO Rachel Delaney planned.", "NATO Rachel Delaney", "person", []),
    # lower-case particles inside surnames: "al-Saadi" (hyphenated) and "dela" (a separate word)
    ("Then Hamid al-Saadi spoke.", "Hamid al-Saadi", "person", []),
    ("Then Cristina dela Cruz-Santos spoke.", "Cristina dela Cruz-Santos", "person", []),
    # a month's abbreviation is a date only before a day's number
    ("Then Jan Smith spoke.", "Jan Smith", "person", []),
    ("Then Loretta E. Lynch spoke.", "Loretta E. Lynch", "person", []),
    ("Then NATO spoke.", "NATO", "organization", []),
    ("Then the Kremlin spoke.", "Kremlin", "organization", []),
    ("Then Seoul spoke.", "Seoul", "place", []),
    ("The United States spoke.", "The United States", "place", []),
    ("Then the Foreign Ministry spoke.", "Foreign Ministry", "organization", []),
    ("Then Democrats spoke.", "Democrats", "group", []),
    # a party or nationality label before a first name is a title, not part of the name
    ("Then Democrat Bernie Sanders spoke.", "Bernie Sanders", "person", ["Democrat"]),
    ("Then Russian Vladimir Putin spoke.", "Vladimir Putin", "person", ["Russian"]),
    ("Then American Airlines spoke.", "American Airlines", "organization", []),  # not "American" + "Airlines"
    # name kinds: a place noun at the end, a first name before the last word, an article before
    ("Then Atlantic City spoke.", "Atlantic City", "place", []),
    ("He lives in Fresno, Calif., and left.", "Calif", "place", []),   # AP state abbreviations
    ("Voters in Concord, N.H., left.", "N.H.", "place", []),
    ("Then Maricopa County spoke.", "Maricopa County", "place", []),
    ("Then House Intelligence Republican Mike Pompeo spoke.", "Mike Pompeo", "person",
     ["House Intelligence Republican"]),
    ("Then Riverside Mike Dunn spoke.", "Riverside Mike Dunn", "person", []),
    ("Then the Hale Train spoke.", "Hale Train", "unknown", []),
    # capitalised function words that are names: after a first name, before a reporting verb,
    # as a first name after one; a function word that is also an organisation word ("Watch")
    ("Then columnist George Will spoke.", "George Will", "person", ["columnist"]),
    ("He agreed. Later, Will wrote about it.", "Will", "person", []),
    ('"It is done," said Will Doyle.', "Will Doyle", "person", []),
    ("Then Judicial Watch spoke.", "Judicial Watch", "organization", []),
    # middle initials are not the article "a" or the pronoun "I"
    ("Then William A. Ackman spoke.", "William A. Ackman", "person", []),
    ("Then Mary I. Cole spoke.", "Mary I. Cole", "person", []),
    ("He met Ann. A. Smith left.", "Smith", "unknown", []),
    # agencies with "and" in their names, after "the"
    ("Then the Securities and Exchange Commission spoke.", "Securities and Exchange Commission", "organization", []),
    ("The Food and Drug Administration spoke.", "The Food and Drug Administration", "organization", []),
    # a masthead of two words is not cut before a speech verb ("the Boston Globe | Smith said" is)
    ("The Daily Beast called it a sham.", "The Daily Beast", "unknown", []),
    ("Then the Riverside Herald Smith said so.", "Smith", "unknown", []),
    # sports roles and British police ranks are titles; honours and seats after a name are not the name
    ("Quarterback Jalen Brooks spoke.", "Jalen Brooks", "person", ["Quarterback"]),
    ("Then Det Insp Sam Okoro spoke.", "Sam Okoro", "person", ["Det Insp"]),
    ("Then Jonathan Reece KC spoke.", "Jonathan Reece", "person", []),
    ("Then Jess Phillips MP spoke.", "Jess Phillips", "person", []),
    # particles inside names, one or two of them
    ("Then Jan van der Berg spoke.", "Jan van der Berg", "person", []),
    ("Then Ana Paula dos Santos spoke.", "Ana Paula dos Santos", "person", []),
    # a hyphenated given name makes a person even before a place noun ("Park")
    ("Then Ji-ho Park spoke.", "Ji-ho Park", "person", []),
    ("Then Central Park closed.", "Central Park", "place", []),
    # ... and so does a known given name before a place noun that is also a surname
    ("Then Jennifer Park spoke.", "Jennifer Park", "person", []),
    ("Then Faith Hill spoke.", "Faith Hill", "person", []),
    ("Then Beverly Hills voted.", "Beverly Hills", "place", []),
    # an agency's name runs over a list of its fields, and over "in"/"and" that its acronym spells out
    ("Then the Ministry of Fisheries, Ports and Tourism spoke.", "Ministry of Fisheries, Ports and Tourism",
     "organization", []),
    ("Then the Department for Energy, Food and Rural Affairs spoke.", "Department for Energy, Food and Rural Affairs",
     "organization", []),
    ("Then the Joint Monitoring Mission in Laos and Cambodia (JMMLC) spoke.",
     "Joint Monitoring Mission in Laos and Cambodia", "organization", []),
])
def test_names(text, name, kind, titles):
    found = [n for n in names(text) if n[0] == "name"]
    assert (name, kind, titles) in [(n[2], n[1], n[3]) for n in found], found


@pytest.mark.parametrize("text, nominal, kind", [
    ("Then a North Korean representative to the United Nations spoke.",
     "a North Korean representative to the United Nations", "person"),
    ("Then the defense secretary spoke.", "the defense secretary", "person"),
    ("Then a senior official spoke.", "a senior official", "person"),
    ("Then South Korean politicians spoke.", "South Korean politicians", "group"),
    ("Then officials spoke.", "officials", "group"),
    ("Then the campaign spoke.", "the campaign", "organization"),
    ("Then the carrier spoke.", "the carrier", "organization"),   # business copy's organisation nouns
    ("It is a plan that officials say is sound.", "officials", "group"),  # "that" is no determiner here
    ("Then the cautious candidate spoke.", "the cautious candidate", "person"),  # any adjective after "the"
    ("Then a former senior law enforcement official spoke.", "a former senior law enforcement official", "person"),
    ("Then another commenter spoke.", "another commenter", "person"),   # online speakers are roles too
    ("Then one former customer spoke.", "one former customer", "person"),  # so are customers, patients, fans
    # a possessor works as a determiner, and a place before the role is a modifier
    ("Then Lee's Ohio state director spoke.", "Lee's Ohio state director", "person"),
    # a first-person possessive is a determiner too (op-eds and memoirs)
    ("Then my father spoke.", "my father", "person"),
    # descriptions of a person: an age, a home state, a nationality noun
    ("Then the 54-year-old spoke.", "the 54-year-old", "person"),
    ("Then the Ohio native spoke.", "the Ohio native", "person"),
    ("Then the Spaniard spoke.", "the Spaniard", "person"),
    # an organisation word after a place or nationality, even one that can modify roles
    ("The UK government said so.", "The UK government", "organization"),
    ("Then the Chinese foreign ministry spoke.", "the Chinese foreign ministry", "organization"),
    ("The Israeli military said so.", "The Israeli military", "organization"),
    # working people and crowds speak too
    ("Then the technician spoke.", "the technician", "person"),
    ("Then the volunteer spoke.", "the volunteer", "person"),
    ("Then the crowd chanted.", "the crowd", "organization"),
    # documents take modifiers, sizes spelled out too
    ("Then the final communique said so.", "the final communique", "unknown"),
    ("Then the six-page memo said so.", "the six-page memo", "unknown"),
])
def test_nominals(text, nominal, kind):
    found = [(n[2], n[1]) for n in names(text) if n[0] == "nominal"]
    assert (nominal, kind) in found, found


@pytest.mark.parametrize("text, absent", [
    ("But the troops left.", "But"),              # capitalised function word at sentence start
    ("On Monday the troops left.", "Monday"),
    ("North Korean troops left.", "North Korean"),  # a nationality is a modifier, not a speaker
    ("The troops left.", "The"),
    ('He said "Mark Rutte lied" today.', "Mark Rutte"),  # nothing inside quotes is a candidate
    ("Then Trump and State Department officials spoke.", "Trump and State Department"),  # no "the": two
    ("Then Smith and Jones Commission spoke.", "Smith and Jones Commission"),
    ("Then the Daily Beast", "Beast"),
    ("I said I. Then I left.", "I."),   # initials alone name nobody
    ("In May Smith said so.", "May Smith"),   # days and months are never names
    ("Hours later, Trump was gone.", "Hours"),  # a sentence opener with no cue after it
    ("He met Ann. A. Smith left.", ". Smith"),
    ("The board will vote Dec. 10 on it.", "Dec"),
    ("They ate al-fresco on Monday.", "al-fresco"),   # a particle before a lower-case word is no name
    ("The board will vote Sept 11 on it.", "Sept"),
    # a participle that opens the sentence is no given name ("Celebrating Clinton's win, …")
    ("Celebrating Clinton's win, aides cheered.", "Celebrating Clinton"),
    ("Asserting Clinton's role, aides spoke.", "Asserting Clinton"),
    ("The UK government said so.", "UK"),      # a modifier of the organisation
    # "government" modifies a noun here: no organisation mention ends in it
    ("It said that government efforts failed.", "that government"),
    ("A new government strategy paper came out.", "A new government"),
    # a noun for what somebody said takes no modifiers as a source would
    ("These were the very words of Lincoln.", "the very words"),
    ("His past comments were cited.", "His past comments"),
    ("Critics of the EB-5 program spoke.", "Critics of the EB-5"),
    ("The Boy Scouts of America spoke.", "Scouts"),   # "boy" is a role, never a title before a name
    ("Girl Scouts spoke.", "Scouts"),
    ("I've known her for years.", "I've"),   # the first person's contractions are no names
    ("I’m sure of it.", "I’m"),
    # ... but not over places, people or acronyms after its comma, nor "in" that no acronym spells out
    ("Then the Ministry of Defence, Laos and Cambodia spoke.", "Ministry of Defence, Laos and Cambodia"),
    ("Then the Ministry of Justice, Ann Lee and Tom Reed spoke.", "Ministry of Justice, Ann Lee and Tom Reed"),
    ("Then the Ministry of Justice, FBI and CIA spoke.", "Ministry of Justice, FBI and CIA"),
    ("Then the Joint Monitoring Mission in Laos and Cambodia (UNX) spoke.",
     "Joint Monitoring Mission in Laos and Cambodia"),
    ("Then the Joint Monitoring Mission in Laos and Cambodia spoke.", "Joint Monitoring Mission in Laos and Cambodia"),
])
def test_not_mentions(text, absent):
    assert absent not in [n[2] for n in names(text)]


def test_pronouns_are_subject_forms_only():
    found = [n[2] for n in names("He said she told them his plan and its cost.") if n[0] == "pronoun"]
    assert found == ["He", "she"]


@pytest.mark.parametrize("text, name", [
    ("Then Hale Tower spoke.", "Hale Tower"),
    ("Then Ortega Plaza spoke.", "Ortega Plaza"),
])
def test_buildings_named_after_people_are_not_people(text, name):
    assert (name, "organization") in [(n[2], n[1]) for n in names(text)]


@pytest.mark.parametrize("text, name, present", [
    # a newsletter's section label names nobody
    ("Driving the news: The six-page memo was leaked on Monday.", "the news", False),
    ("Why it matters: The vote is close.", "it", False),
    ("What they're saying: Ann Lee said it was over.", "they", False),
    ("What they're saying: Ann Lee said it was over.", "Ann Lee", True),
    # ... but a lead-in, a role or a name before a colon does
    ("He added: the vote is close.", "He", True),
    ("The letter continues: the vote is close.", "The letter", True),
    ("The moderator: Ann Lee, the floor is yours.", "The moderator", True),
])
def test_section_labels(text, name, present):
    assert (name in [n[2] for n in names(text)]) == present
