"""Pairing the items of two versions: which old chapter, article, clause or point is which new one.

Things are matched by identity, not by position: by an explicit `id` where the
file gives one, else by identical content, then identical title, then the most
similar text. So an article inserted in Chapter II pairs every later article
with itself, renumbered, instead of each with the one that now has its number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from coordreg.versions.redline import similarity

# Below this word similarity two texts are different things, not one amended.
MATCH_THRESHOLD = 0.5
# Comparing two texts word by word (difflib) costs up to the product of their
# lengths, and pairing what is left by similarity compares every old item with
# every new one. A real article is a few hundred words, and an amendment leaves
# few items unmatched by id, content or title; these bounds keep a rewrite of
# thousands of articles, or a text of a hundred thousand words, to seconds
# (docs/reliability.md):
# - a text longer than this is not scored for similarity, and its redline is
#   the whole old text deleted and the whole new text inserted;
MAX_COMPARED_WORDS = 2_000
# - the similarity pass runs only when it would read at most this many words
#   (each leftover's words, once per leftover on the other side); beyond, what
#   is left is reported removed and added.
MAX_SIMILARITY_WORK = 500_000
T = TypeVar("T")

# (old index, new index); None on the side where the thing is missing.
Pair = tuple[int | None, int | None]


def match(
    old: Sequence[T],
    new: Sequence[T],
    *,
    explicit_id: Callable[[T], str | None],
    content: Callable[[T], str],
    title: Callable[[T], str],
) -> list[Pair]:
    """Pairs (old index, new index) of the same thing; None on the side where it is missing.

    The passes go from most to least certain, each over what is still unmatched,
    so the costly similarity pass only sees the few items that really changed.
    """
    pairs: dict[int, int] = {}
    taken: set[int] = set()

    def pass_by(key: Callable[[T], Any]) -> None:
        waiting: dict[Any, list[int]] = {}
        for j, item in enumerate(new):
            if j not in taken and (k := key(item)) is not None:
                waiting.setdefault(k, []).append(j)
        for i, item in enumerate(old):
            if i in pairs or (k := key(item)) is None or not waiting.get(k):
                continue
            j = waiting[k].pop(0)
            pairs[i] = j
            taken.add(j)

    pass_by(explicit_id)
    pass_by(content)
    pass_by(title)
    rest_old = [i for i in range(len(old)) if i not in pairs]
    rest_new = [j for j in range(len(new)) if j not in taken]
    old_texts = {i: content(old[i]) for i in rest_old}
    new_texts = {j: content(new[j]) for j in rest_new}
    old_words = {i: len(text.split()) for i, text in old_texts.items()}
    new_words = {j: len(text.split()) for j, text in new_texts.items()}
    rest_old = [i for i in rest_old if old_words[i] <= MAX_COMPARED_WORDS]
    rest_new = [j for j in rest_new if new_words[j] <= MAX_COMPARED_WORDS]
    work = len(rest_new) * sum(old_words[i] for i in rest_old) + len(rest_old) * sum(
        new_words[j] for j in rest_new
    )
    scored = (
        sorted(
            (
                (score, i, j)
                for i in rest_old
                for j in rest_new
                if (score := similarity(old_texts[i], new_texts[j])) >= MATCH_THRESHOLD
            ),
            key=lambda entry: (-entry[0], entry[1], entry[2]),
        )
        if work <= MAX_SIMILARITY_WORK
        else []
    )
    for _score, i, j in scored:
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    result: list[Pair] = [(i, pairs.get(i)) for i in range(len(old))]
    result += [(None, j) for j in range(len(new)) if j not in taken]
    return result


def pair_leftovers(
    pairs: list[Pair],
    old_key: Callable[[int], object],
    new_key: Callable[[int], object],
) -> list[Pair]:
    """Join an unmatched old item and an unmatched new item that share a key."""
    unmatched_new = {new_key(j): j for i, j in pairs if i is None and j is not None}
    joined: set[int] = set()
    result: list[Pair] = []
    for i, j in pairs:
        if i is not None and j is None:
            partner = unmatched_new.pop(old_key(i), None)
            if partner is not None:
                result.append((i, partner))
                joined.add(partner)
                continue
        result.append((i, j))
    return [(i, j) for i, j in result if not (i is None and j in joined)]
