"""Field-by-field merging: the same set of edits gives the same record in any order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from checkin.domain.hlc import Timestamp
from checkin.domain.merge import Record, apply

edits = st.lists(
    st.tuples(
        st.dictionaries(
            st.sampled_from(["first_name", "last_name", "note"]), st.text(max_size=5), min_size=1
        ),
        st.builds(Timestamp, st.integers(0, 50), st.integers(0, 3), st.sampled_from(["a", "b"])),
    ),
    max_size=12,
)


def merged(order):
    record = Record()
    for changed, stamp in order:
        apply(record, changed, stamp.encode())
    return record


@given(edits, st.randoms())
def test_any_arrival_order_gives_the_same_record(batch, random):
    shuffled = list(batch)
    random.shuffle(shuffled)
    assert merged(batch) == merged(shuffled)


@given(edits)
def test_applying_an_edit_twice_changes_nothing(batch):
    once = merged(batch)
    assert merged(batch + batch) == once


def test_each_field_takes_its_latest_edit():
    record = Record()
    apply(record, {"first_name": "Aase", "last_name": "Boe"}, Timestamp(1, 0, "a").encode())
    assert apply(record, {"first_name": "Åse"}, Timestamp(3, 0, "b").encode())
    assert apply(record, {"first_name": "Ase", "last_name": "Bøe"}, Timestamp(2, 0, "a").encode())
    assert record.fields == {"first_name": "Åse", "last_name": "Bøe"}
