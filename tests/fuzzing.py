"""The fuzz suites' shared budget: a fixed, small number of examples on every CI run, and a documented longer
run by environment variable (`TARIFF_FUZZ_EXAMPLES=10000 pytest -m fuzz`)."""

import os

from hypothesis import HealthCheck, settings

FUZZ_EXAMPLES = int(os.environ.get("TARIFF_FUZZ_EXAMPLES", "40"))

# Derandomised so that a CI run is repeatable; deadline off because one example may run a solver, and time per
# file is bounded by the tests' own limits instead.
fuzz_settings = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    derandomize=os.environ.get("TARIFF_FUZZ_RANDOM") is None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
