"""Handheld scanner bursts versus a person typing: what is held, released and read."""

from checkin.scan.wedge import BurstReader


def feed(reader, text, start=0.0, gap=0.008):
    """Press each character (\\r for Enter, \\t for "another key"); return steps, end time."""
    steps, at = [], start
    for char in text:
        steps.append(reader.press("" if char == "\t" else char, at, (char, at)))
        at += gap
    return steps, at


def typed(steps):
    """What reaches the focused field: released keys, then the key itself if not taken."""
    out = []
    for step, key in steps:
        out += [item[0] for item in step.release]
        if not step.taken:
            out.append(key)
    return "".join(out)


def test_scanner_burst_ending_in_enter_is_a_code_and_nothing_is_typed():
    reader = BurstReader()
    steps, _ = feed(reader, "TDKTRZEU3T\r")
    assert steps[-1].code == "TDKTRZEU3T"
    assert all(step.taken for step in steps)
    assert not any(step.release for step in steps)
    assert reader.pending == ""


def test_every_key_counts_once():
    reader = BurstReader()
    steps, _ = feed(reader, "ABCD\r")
    assert [step.code for step in steps] == [None, None, None, None, "ABCD"]


def test_person_typing_is_typed_in_order_and_never_a_code():
    reader = BurstReader()
    text = "Ola Nordmann\r"
    steps, _ = feed(reader, text, gap=0.12)
    assert all(step.code is None for step in steps)
    flushed = [(step, char) for step, char in zip(steps, text, strict=True)]
    assert typed(flushed) + "".join(item[0] for item in reader.release()) == text


def test_a_pause_releases_what_was_held():
    reader = BurstReader()
    feed(reader, "AB")
    assert reader.pending == "AB"
    assert [item[0] for item in reader.release()] == ["A", "B"]
    assert reader.pending == ""


def test_burst_after_some_typing_still_reads():
    reader = BurstReader()
    _, at = feed(reader, "bjor", gap=0.15)
    steps, _ = feed(reader, "ABCDEFGHJK\r", start=at + 1.0)
    assert steps[0].release  # the slow "r" is typed before the burst starts
    assert steps[-1].code == "ABCDEFGHJK"


def test_too_short_burst_is_typed_with_its_enter():
    reader = BurstReader()
    steps, _ = feed(reader, "ab\r")
    assert steps[-1].code is None and not steps[-1].taken
    assert [item[0] for item in steps[-1].release] == ["a", "b"]


def test_slow_enter_after_fast_chars_is_a_person():
    reader = BurstReader()
    _, at = feed(reader, "ABCDEF")
    step = reader.press("\r", at + 0.5, ("\r", at + 0.5))
    assert step.code is None and not step.taken
    assert "".join(item[0] for item in step.release) == "ABCDEF"


def test_another_key_ends_the_burst_and_releases_first():
    reader = BurstReader()
    steps, _ = feed(reader, "ABC\tDEF\r")
    assert steps[3].release and not steps[3].taken  # Tab: held keys first, then the Tab
    assert steps[-1].code is None  # "DEF" is too short on its own


def test_held_keys_come_back_as_the_items_given():
    reader = BurstReader()
    reader.press("x", 1.0, "event-1")
    step = reader.press("y", 2.0, "event-2")
    assert step.release == ("event-1",)
    assert reader.release() == ("event-2",)


def test_ends_burst_tells_ahead_whether_an_enter_would_spell_a_code_and_changes_nothing():
    reader = BurstReader()
    _, at = feed(reader, "NHI-100004")
    assert reader.ends_burst(at) and reader.ends_burst(None)  # None: the time is not known
    assert not reader.ends_burst(at + 0.5)  # a slow Enter: a person's
    assert reader.press("\r", at, ("\r", at)).code == "NHI-100004"  # asking held nothing back
    assert not reader.ends_burst(None)  # nothing held now
    _, at = feed(reader, "abc")
    assert not reader.ends_burst(at)  # too short to be a ticket
