"""`rules.base.last_answer`: what several rules ask of one file is worked out once, and
never given for another file, even one that reads the same."""

from __future__ import annotations

from coordreg.rules.base import all_texts, last_answer


def test_the_same_objects_get_the_answer_already_worked_out() -> None:
    asked: list[object] = []

    @last_answer
    def keys(data: dict[str, str]) -> list[str]:
        asked.append(data)
        return sorted(data)

    first = {"b": "x", "a": "y"}
    assert keys(first) == ["a", "b"]
    assert keys(first) is keys(first)
    assert asked == [first]


def test_other_objects_are_asked_again_even_when_equal() -> None:
    # Held by identity: a file whose data reads the same is still another file.
    asked: list[object] = []

    @last_answer
    def keys(data: dict[str, str]) -> list[str]:
        asked.append(data)
        return sorted(data)

    first, twin = {"a": "x"}, {"a": "x"}
    keys(first)
    keys(twin)
    keys(first)  # one answer is held at a time: the first is worked out again
    assert [id(data) for data in asked] == [id(first), id(twin), id(first)]


def test_all_texts_follows_the_data_it_is_given() -> None:
    one = {"a": ["một", {"b": "hai"}], "c": 3}
    other = {"a": ["ba"]}
    assert sorted(all_texts(one).split("\n")) == ["hai", "một"]
    assert all_texts(other) == "ba"
    assert sorted(all_texts(one).split("\n")) == ["hai", "một"]
