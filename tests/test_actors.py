"""Actors: the shipped word lists, each rule of extract/actors.py with its own cases, and the
links from pronouns and "the company" to the actor they refer to."""
import pytest

from extract import actors as A
from extract.actors import find_actors
from extract.places import find_places


def found(text, with_places=True):
    places = find_places(text) if with_places else []
    return [(a.text, a.name, a.kind) for a in find_actors(text, places)]


def names(text, kind=None):
    return {n for _, n, k in found(text) if kind is None or k == kind}


# --- the data files -------------------------------------------------------------------------

def test_word_lists_load_and_are_clean():
    for words in (A.ACT_WORDS, A.NOMINALS, A.TITLES, A.COMMON_WORDS):
        assert words and all(w == w.strip() and w for w in words)
    assert {"said", "imposed", "government"} <= A.ACT_WORDS
    assert {"company", "airline"} <= A.NOMINALS
    assert {"CEO", "President", "Chief Executive Officer"} <= A.TITLES
    # common words are frequent lower-case words, never the names that wordfreq folds in
    assert {"order", "music", "white"} <= A.COMMON_WORDS
    assert not {"boeing", "google", "apple"} & A.COMMON_WORDS
    assert A.GROUPS["demonstrators"] == "Protesters" and A.GROUPS["mps"] == "Lawmakers"
    assert A.ORGANISATIONS["Organisation for Security and Co-operation in Europe"] == "OSCE"


# --- names not in any list ------------------------------------------------------------------

@pytest.mark.parametrize("text,name,kind", [
    ("Shares of Boeing rose after Boeing won the contract.", "Boeing", "organisation"),
    ("The deal was signed by Northrop Grumman on Friday.", "Northrop Grumman", "organisation"),
    ("Irish airline Aer Lingus bought six jets.", "Aer Lingus", "organisation"),
    ("The rival bid came from Lockheed Martin, Lockheed said.", "Lockheed Martin", "organisation"),
    ("Apple said that Apple Inc. would ship.", "Apple", "organisation"),          # legal suffix goes
    ("The car maker General Motors cut jobs.", "General Motors", "organisation"),  # title word first
    ("Flights by Singapore Airlines resumed.", "Singapore Airlines", "organisation"),
    ("He met Steve Jobs in May.", "Steve Jobs", "person"),
    ("Apple CEO Steve Jobs spoke.", "Steve Jobs", "person"),                    # title left out
    ("The court heard Presiding Judge Martin Mann.", "Martin Mann", "person"),
    ("Apple computers will feature Intel processors.", "Intel", "organisation"),   # a maker, not a product
    ("The new Federal Reserve Board met on Monday.", "Federal Reserve Board", "organisation"),
])
def test_names_found_without_a_list(text, name, kind):
    assert (name, kind) in {(n, k) for _, n, k in found(text)}, found(text)


@pytest.mark.parametrize("text,not_actor", [
    ("The first Airbus A380 was delivered.", "Airbus"),             # a product's model
    ("Boeing 787 deliveries slipped.", "Boeing"),
    ("He read the Executive Order on Monday.", "Order"),            # capitalised ordinary word
    ("Crowds gathered outside the White House again.", "White House"),
    ("They marked the Great Patriotic War anniversary.", "Great Patriotic War"),  # an event's name
    ("A Russian-Belarusian exercise began.", "Russian-Belarusian"),
    ("The Party said nothing.", "Party"),                           # a reference, not a name
    ("Shares rose. Shares of banks fell as shares of miners rose.", "Shares"),  # seen in lower case
    ("It was signed pursuant to E.O. 13405 by the office.", "E.O."),
    # products: a product noun after the name, a category noun or "new" before it
    ("Apple released a new lineup of MacBook Air laptops.", "MacBook Air"),
    ("Aer Lingus bought twelve new long-haul Airbus jets.", "Airbus"),
    ("Lufthansa ordered ten Airbus and Boeing jets.", "Airbus"),        # names listed before the product noun
    ("It ships with the web browser Safari and more.", "Safari"),
    ("Apple unveils new MacBook Air on Tuesday.", "MacBook Air"),
])
def test_not_actors(text, not_actor):
    assert not_actor not in {n for _, n, _ in found(text)} | {t for t, _, _ in found(text)}, found(text)


def test_and_separates_two_names_unless_part_of_one():
    assert {"Boeing", "Lockheed Martin"} <= names("It was fought between Boeing and Lockheed Martin, he said.")
    assert "Ministry of Trade and Industry" in names("The deal needs the Ministry of Trade and Industry.")


def test_and_after_a_place_name_separates_two_organisations():
    text = "Deliveries go to Shanghai Airlines and Xiamen Airlines.\nFord outsold Toyota and General Motors."
    got = {(t, n) for t, n, k in found(text) if k == "organisation"}
    assert ("Xiamen Airlines", "Xiamen Airlines") in got and ("General Motors", "General Motors") in got
    assert not any(" and " in t for t, _ in got), got


def test_the_organisation_in_a_persons_role_is_kept_too():
    text = "Airbus cut jobs. Louis Gallois, the Airbus chief executive, said the company would recover."
    got = [(t, n, k) for t, n, k in found(text)]
    assert ("the Airbus chief executive", "Louis Gallois", "person") in got
    assert got.count(("Airbus", "Airbus", "organisation")) == 2, got


def test_a_legal_form_ends_the_companys_name():
    got = {t for t, _, _ in found("said the chairman of Chrysler LLC Jim Press.\nChrysler said no.")}
    assert "Chrysler LLC" in got and "Jim Press" in got, got


def test_a_capitalised_common_noun_before_a_name_is_not_part_of_it():
    assert ("GM", "GM", "organisation") in found("Automaker GM to cut 10,000 jobs at Opel")


def test_possessive_ends_the_owner_name():
    got = names("The rocket of Boeing's Launch Systems flew.")
    assert "Boeing" in got and "Launch Systems" in got


# --- countries: actors when they act ----------------------------------------------------------

@pytest.mark.parametrize("text,acting", [
    ("Russia was to send paratroopers to Belarus.", {"Russia"}),
    ("China, Japan and India signed the pact.", {"China", "Japan", "India"}),
    ("The UK imposed sanctions on Belarus.", {"United Kingdom", "Belarus"}),
    ("He rejected demands from the United States and the EU.", {"United States"}),
    ("Russia's government denied it.", {"Russia"}),
    ("US stocks rose in Russia and in France.", set()),
    ("He flew to Russia on Monday.", set()),
])
def test_countries_that_act(text, acting):
    got = {n for _, n, k in found(text) if k == "country" and _ != "it"}
    assert acting <= got and not (got - acting), found(text)


def test_state_organ_brings_its_country_into_the_event():
    from extract.pipeline import extract_article
    from extract.reader import parse_article
    art = parse_article("Published: 2020-10-02\n\nToday, the U.S. Department of the Treasury "
                        "sanctioned eight officials of Belarus.", "x.txt")
    ex = extract_article(art)
    assert any("United States" in e.actors and "U.S. Department of the Treasury" in e.actors
               for e in ex.events), [(e.trigger, e.actors) for e in ex.events]


# --- references ------------------------------------------------------------------------------

def test_personal_pronouns_refer_to_the_last_person():
    got = found("Alexander Lukashenko flew to Sochi. He met Vladimir Putin, who greeted him.")
    assert ("He", "Alexander Lukashenko", "person") in got
    assert ("who", "Vladimir Putin", "person") in got
    assert ("him", "Vladimir Putin", "person") in got


def test_he_and_she_skip_a_person_of_the_other_sex():
    text = "Joe Biden picked Kamala Harris as his running mate. He said the choice was easy."
    assert ("He", "Joe Biden", "person") in found(text)
    text = "Madeleine Albright met Steve Jobs in Paris. She said the talks went well."
    assert ("She", "Madeleine Albright", "person") in found(text)
    assert A.gender_of("Madeleine Albright") == "F" and A.gender_of("Steve Jobs") == "M"
    assert A.gender_of("Lukashenko") is None              # unknown: compatible with both


def test_it_and_the_company_refer_to_the_last_organisation():
    got = found("Mary Barra will lead General Motors. The company said its plants would close "
                "and it would cut 10,000 jobs.")
    assert ("The company", "General Motors", "organisation") in got
    assert ("its", "General Motors", "organisation") in got           # not Mary Barra
    assert ("it", "General Motors", "organisation") in got


def test_empty_it_is_not_an_actor():
    got = found("Ford said sales fell. It is expected that sales will recover.")
    assert not any(t == "It" for t, _, _ in got), got


def test_pronoun_without_antecedent_is_not_an_actor():
    assert found("He said it would rain.") == []


def test_the_country_is_the_country_the_text_is_about():
    text = ("Belarus held an election. Protests swept Belarus. The leader of the protests fled "
            "to Lithuania, and the country's police detained thousands.")
    got = found(text)
    assert ("the country", "Belarus", "country") in got, got


def test_groups_have_one_name():
    got = found("Demonstrators marched while riot police watched; protesters were detained.")
    assert ("Demonstrators", "Protesters", "group") in got
    assert ("riot police", "Riot police", "group") in got


def test_references_stay_linear_on_long_texts():
    text = "Boeing said it would grow. " * 4000 + "He said. " * 4000
    got = find_actors(text, [])
    assert sum(a.text == "it" for a in got) == 4000


def test_titles_and_roles_are_mentions_of_the_person():
    got = found("Apple CEO Steve Jobs spoke. Louis Gallois, the Airbus chief executive, agreed.")
    assert ("CEO", "Steve Jobs", "person") in got
    assert ("the Airbus chief executive", "Louis Gallois", "person") in got


@pytest.mark.parametrize("text,name", [
    ("The Dow Jones Industrial Average rose 2%.", "Dow Jones Industrial Average"),
    ("The FTSE fell as the Dow rose.", "FTSE"),
    ("Apple showed the SDK to developers.", "SDK"),
    ("He landed at Changi International Airport.", "Changi International Airport"),
    ("The keynote was at the Moscone Center on Monday.", "Moscone Center"),
])
def test_not_actor_words(text, name):
    assert name not in {n for _, n, _ in found(text)}, found(text)
    assert name.split()[-1] in A.NOT_ACTOR_WORDS or name.split()[0] in A.NOT_ACTOR_WORDS


def test_acronym_that_is_also_a_small_town_is_an_organisation():
    assert "EADS" in names("The deal was won by EADS on Friday.")       # Eads, Colorado: 600 people


def test_national_airline():
    assert "Air India" in names("He flew with Air India to Delhi.", "organisation")


def test_it_is_not_a_group_and_its_is_not_empty():
    got = found("Three auto companies asked for aid. The White House said it is considering it. "
                "It's too early to say.")
    assert not any(t in ("it", "It's", "It") and n == "Companies" for t, n, _ in got), got


def test_plural_organisations_are_groups():
    assert ("automakers", "Automakers", "group") in found("The automakers asked for loans.")


# --- roles in events: who acted (actor1) and who was acted upon (actor2) ---------------------

def _roles(body):
    from extract.pipeline import extract_article
    from extract.reader import parse_article
    ex = extract_article(parse_article("Published: 2020-10-02\n\n" + body, "x.txt"))
    return [(e.trigger, e.actor1, e.actor2) for e in ex.events]


@pytest.mark.parametrize("body,who,whom", [
    ("The UK imposed sanctions on Belarus on Monday.", ["United Kingdom"], ["Belarus"]),
    ("On Monday Russia was to send paratroopers, RIA news agency reported.", ["Russia"], []),
    ("Eight officials were sanctioned by OFAC on Friday.", ["OFAC"], ["Officials"]),
    ("Similar sanctions were imposed by Canada on Friday.", ["Canada"], []),
    ("Vladimir Putin held talks with Alexander Lukashenko on Monday.", ["Vladimir Putin"],
     ["Alexander Lukashenko"]),
])
def test_actor_roles(body, who, whom):
    got = _roles(body)
    assert any(a1 == who and a2 == whom for _, a1, a2 in got), got


def test_acled_export_uses_the_roles():
    from dashboard.exports import acled_actors
    assert acled_actors(["Belarus", "United Kingdom"], ["United Kingdom"], ["Belarus"]) == \
        ("United Kingdom", "Belarus", "")
    assert acled_actors(["A", "B", "C"], [], []) == ("A", "", "B; C")


def test_a_lone_surname_is_the_person_named_first_with_it():
    got = found("Richard Kenneth Guy died on Monday. His son Michael J. T. Guy survives him. Guy taught "
                "at Calgary.")
    assert ("Guy", "Richard Kenneth Guy", "person") in got, got


def test_we_in_a_quotation_is_the_organisation_speaking():
    text = 'The bid of Boeing failed. "We have reduced our costs," a spokesman said. We must wait.'
    got = [(a.start, a.text, a.name) for a in find_actors(text, [])]
    assert (27, "We", "Boeing") in got and (43, "our", "Boeing") in got, got
    assert not [a for a in got if a[0] > 70], got        # the narrator's "We", outside the quotes


@pytest.mark.parametrize("text,name", [
    # a listed name after "the" in mid-sentence, and one whose words are all ordinary ones
    ("Officials said the European Union imposed sanctions on Friday.", "European Union"),
    ("The European Union imposed sanctions on Friday.", "European Union"),
    ("He said the Kremlin would respond.", "Kremlin"),
    # armed groups and international bodies (extract/data/organisations.tsv)
    ("Hamas fired rockets on Monday.", "Hamas"),
    ("ISIS claimed the attack on Monday.", "Islamic State"),
    ("Amnesty said police tortured detainees.", "Amnesty International"),
])
def test_listed_organisations(text, name):
    assert name in {n for _, n, _ in found(text)}, found(text)


def test_a_seat_after_a_locative_is_a_place():
    assert "Pentagon" not in {n for _, n, _ in found("Reporters waited outside the Pentagon.")}
    assert "Pentagon" in {n for _, n, _ in found("The Pentagon said on Monday it sent troops.")}


@pytest.mark.parametrize("text,actor", [
    # a capital that acts stands for its country's government
    ("Moscow expelled two diplomats on Monday.", "Russia"),
    ("Minsk denied the reports on Monday.", "Belarus"),
    ("Beijing has condemned the move.", "China"),
    # ... not a capital that is only a place, or a city doing what cities do
    ("He flew to Moscow on Monday.", None),
    ("Moscow was hit by snow on Monday.", None),
    ("Moscow hosted the summit on Monday.", None),
    # a small capital acts for its state only when the text names the state
    ("Liechtenstein is small. Vaduz rejected the plan.", "Liechtenstein"),
])
def test_a_capital_that_acts_is_its_government(text, actor):
    got = [(a.name, a.kind) for a in find_actors(text, find_places(text)) if a.kind == "country"]
    assert got == ([(actor, "country")] if actor else []), got


@pytest.mark.parametrize("text,country", [
    ("Russian troops crossed the border on Monday.", "Russia"),
    ("Belarusian riot police detained dozens on Sunday.", "Belarus"),
    ("Russian President Vladimir Putin met him on Monday.", None),     # the person acts
    ("Russian oil prices rose on Monday.", None),
    ("Israeli airstrikes hit Gaza overnight.", "Israel"),
])
def test_a_demonym_before_state_forces_is_the_state(text, country):
    got = [a.name for a in find_actors(text, find_places(text)) if a.kind == "country"]
    assert got == ([country] if country else []), got


def test_a_listed_surname_alone_is_the_person():
    text = "Lukashenko met Putin in Sochi on Monday."
    assert [(a.name, a.kind) for a in find_actors(text, find_places(text))] == [
        ("Alexander Lukashenko", "person"), ("Vladimir Putin", "person")]


def test_security_forces_are_a_group():
    text = "Security forces fired tear gas at protesters. The army said it had withdrawn."
    assert {a.name for a in find_actors(text, find_places(text))} >= {"Security forces", "Protesters"}


@pytest.mark.parametrize("text,name", [
    # particles inside a name, regnal numbers at its end, and titles of heads of bodies
    ("Crown Prince Mohammed bin Salman visited Paris on Monday.", "Mohammed bin Salman"),
    ("King Charles III addressed parliament.", "Charles III"),
    ("UN Secretary-General Antonio Guterres said on Monday the talks would resume.", "Antonio Guterres"),
    ("Chinese Premier Li Keqiang met Merkel.", "Li Keqiang"),
])
def test_names_of_heads_of_state_and_bodies(text, name):
    assert (name, "person") in {(n, k) for _, n, k in found(text)}, found(text)


def test_brussels_acting_is_the_eu():
    text = "Brussels imposed new sanctions on Minsk on Monday."
    assert [(a.name, a.kind) for a in find_actors(text, find_places(text))] == [("European Union", "organisation")]


def test_a_lower_case_title_before_a_lone_name_makes_a_person():
    from extract.actors import find_actors
    text = "On Wednesday, Turkish president Erdoğan called for regional cooperation. He said more."
    assert [(a.name, a.kind) for a in find_actors(text, [], 0) if a.name == "Erdoğan"][:1] == [("Erdoğan", "person")]


@pytest.mark.parametrize("text,name", [
    ("Lesean Carson, now 16 years old, shot and injured a man.", "Lesean Carson"),
    ("The complaint names Ebony Brown, 21, and others.", "Ebony Brown"),
    ("Police said 18-year-old Laquan Battle fired the shots.", "Laquan Battle"),
])
def test_a_name_with_an_age_is_a_persons_though_the_given_name_is_unlisted(text, name):
    assert (name, "person") in [(a.name, a.kind) for a in find_actors(text, find_places(text))]


def test_the_surname_of_a_person_with_an_age_is_not_a_town():
    from extract import extract_article, parse_article
    ex = extract_article(parse_article("Published: 2016-08-03\n\nLesean Carson, now 16 years old, shot a man on "
                                       "Monday. Six others were charged with conspiring with Carson.", "x.txt"))
    assert "Carson" not in [p.text for p in ex.places]


def test_a_nickname_in_quotation_marks_stays_inside_the_persons_name():
    text = "John Robert “Johnny” Boone asked for his release. Boone is 76."
    got = [(a.name, a.kind) for a in find_actors(text, find_places(text))]
    assert ("John Robert Boone", "person") in got, got
    from extract import extract_article, parse_article
    ex = extract_article(parse_article("Published: 2020-05-22\n\n" + text, "x.txt"))
    assert "Boone" not in [p.text for p in ex.places]      # the surname, no town in North Carolina


def test_a_first_word_two_organisations_share_names_neither_and_the_mapping_is_the_same_every_run():
    # ("the House" after "House Oversight Committee" and "House Judiciary Committee", same length: before, a set's order
    # decided which one it became, so two runs of the same article could differ)
    import subprocess
    import sys
    code = ("from extract.actors import find_actors\n"
            "t = ('He served on the House Oversight Committee until 1995, then joined the House Judiciary Committee. '\n"
            "     'Democrats controlled the House from 2007.')\n"
            "print([(a.name, a.start) for a in find_actors(t)])\n")
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**__import__("os").environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(4)}
    assert len(outs) == 1, outs
    assert "123)" not in outs.pop()     # (the lone "House" at 123 is neither committee)
