"""Hypothesis in two modes: the same examples on every run of the gate, fresh ones in `make fuzz`.

`gate` (`make test`, CI): derandomized, so each property draws the same examples
on every run and every machine, whatever the order or the worker it runs in;
no example database, so nothing left in `.hypothesis/` changes what runs; no
deadline and no `too_slow` health check, the two checks that depend on how busy
the machine is; a shrinking phase of at most `GATE_SHRINK_SECONDS`.

`long` (`COORDREG_FUZZ=long`, run by `make fuzz`): fresh random examples, 50
times as many, the example database on (a failure found once is replayed
first the next time), and Hypothesis' own shrinking.

Each property states its number of examples with `examples(count)` rather than
`settings(max_examples=...)`, so that the profile decides everything else.
tests/conftest.py loads the profile.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from hypothesis import HealthCheck, Phase, settings

LONG = os.environ.get("COORDREG_FUZZ") == "long"
PROFILE = "long" if LONG else "gate"
LONG_FACTOR = 50
# A failing property is shrunk for at most this long in the gate (Hypothesis' own
# limit is five minutes), then reported with the smallest example found so far.
GATE_SHRINK_SECONDS = 60

# Timing-dependent: a busy CI machine must not fail a property that passes.
_TIMING_CHECKS = (HealthCheck.too_slow,)

settings.register_profile(
    "gate",
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=_TIMING_CHECKS,
    # No explain phase: its extra runs only annotate a failure, after shrinking.
    phases=(Phase.explicit, Phase.reuse, Phase.generate, Phase.target, Phase.shrink),
)
settings.register_profile(
    "long",
    derandomize=False,
    deadline=None,
    print_blob=True,
    suppress_health_check=_TIMING_CHECKS,
)


def examples(count: int, *, suppress: Iterable[HealthCheck] = ()) -> settings:
    """The settings of one property: `count` examples in the gate, 50 times as many
    with COORDREG_FUZZ=long, and the health checks its data is known to trip."""
    return settings(
        settings.get_profile(PROFILE),
        max_examples=count * LONG_FACTOR if LONG else count,
        suppress_health_check=(*_TIMING_CHECKS, *suppress),
    )


def bound_shrinking() -> None:
    """Hold the gate's shrinking phase to GATE_SHRINK_SECONDS.

    There is no setting for it: Hypothesis keeps the limit in a module constant
    that it leaves open to monkeypatching for this purpose
    (`hypothesis.internal.conjecture.engine.MAX_SHRINKING_SECONDS`).
    """
    from hypothesis.internal.conjecture import engine

    if not LONG and hasattr(engine, "MAX_SHRINKING_SECONDS"):
        engine.MAX_SHRINKING_SECONDS = GATE_SHRINK_SECONDS
