from .helpers import seg_texts, segments


def test_abbreviations_initials_and_decimals_do_not_split():
    text = ("Dr. Paul Mensah of Acme Inc. met U.S. officials in Sept. 2025 to discuss a 3.5 percent rise. "
            "Commerce Secretary Laura J. Pinsky agreed.")
    assert seg_texts(text) == [
        "Dr. Paul Mensah of Acme Inc. met U.S. officials in Sept. 2025 to discuss a 3.5 percent rise.",
        "Commerce Secretary Laura J. Pinsky agreed.",
    ]


def test_us_at_sentence_end_splits_before_a_sentence_starter():
    assert seg_texts("The plant will move to the U.S. The union objected.") == [
        "The plant will move to the U.S.", "The union objected."]


def test_question_inside_quote_followed_by_attribution_stays_one_sentence():
    text = "“Why now?” she asked. The board met on Monday."
    assert seg_texts(text) == ["“Why now?” she asked.", "The board met on Monday."]


def test_headlines_and_one_line_paragraphs_are_their_own_segments():
    text = "Port strike ends after two weeks\n\nDockworkers returned on Friday.\nTrucks lined up"
    assert seg_texts(text) == ["Port strike ends after two weeks", "Dockworkers returned on Friday.",
                               "Trucks lined up"]


def test_hard_wrapped_lines_are_joined():
    text = "The council voted to expand the\nbus network after a long debate."
    assert seg_texts(text) == [text]


def test_nbsp_and_curly_quotes():
    text = "Mayor\u00a0Ana Ruiz said the budget was “balanced.” The council disagreed."
    assert seg_texts(text) == ["Mayor\u00a0Ana Ruiz said the budget was “balanced.”", "The council disagreed."]


def test_boilerplate_lines():
    text = ("By Jane Roe and Sam Poe\n\nBERLIN (Reuters) — Factory orders fell in March.\n\nAdvertisement\n\n"
            "Read more: Five charts on the economy\n\nThe factory floor | Jane Doe | Getty Images\n\n"
            "Related coverage\n\n© 2026 Example Media. All rights reserved.\n\n"
            "Sign up for our morning newsletter.")
    segs = segments(text)
    kinds = [(text[s["start"]:s["end"]], s["kind"]) for s in segs]
    assert kinds == [
        ("By Jane Roe and Sam Poe", "boilerplate"),
        ("BERLIN (Reuters) —", "boilerplate"),
        ("Factory orders fell in March.", "claim"),
        ("Advertisement", "boilerplate"),
        ("Read more: Five charts on the economy", "boilerplate"),
        ("The factory floor | Jane Doe | Getty Images", "boilerplate"),
        ("Related coverage", "boilerplate"),
        ("© 2026 Example Media. All rights reserved.", "boilerplate"),
        ("Sign up for our morning newsletter.", "boilerplate"),
    ]


def test_newsroom_notes():
    text = ("The company raised prices twice this year. A spokesperson declined to comment. "
            "The agency did not respond to a request for comment. "
            "The Daily Ledger could not independently verify the figures.")
    kinds = [s["kind"] for s in segments(text)]
    assert kinds == ["claim", "note", "note", "note"]


def test_every_segment_is_trimmed_and_ordered():
    text = "  One claim here.   Another one!  \n\n  A third?  "
    segs = segments(text)
    assert [text[s["start"]:s["end"]] for s in segs] == ["One claim here.", "Another one!", "A third?"]
