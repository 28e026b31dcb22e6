"""The optimiser: constraints, offers and bundles, the MILP, recommend, explanations, break-even."""
