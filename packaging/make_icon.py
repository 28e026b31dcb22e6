"""Draws packaging/tariff-advisor.png and .svg (run once; the results are committed): three bars falling
to a low one, the cheapest, on a rounded blue tile."""

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.patches import FancyBboxPatch

HERE = Path(__file__).resolve().parent


def draw() -> None:
    figure = plt.figure(figsize=(2.56, 2.56), dpi=100)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_xlim(0, 1)
    axes.set_ylim(0, 1)
    axes.axis("off")
    tile = FancyBboxPatch((0.04, 0.04), 0.92, 0.92, boxstyle="round,pad=0,rounding_size=0.18", color="#1F5FA8")
    axes.add_patch(tile)
    for x, height, colour in ((0.2, 0.62, "#DCE8F5"), (0.42, 0.46, "#DCE8F5"), (0.64, 0.24, "#7CD992")):
        axes.add_patch(FancyBboxPatch((x, 0.18), 0.16, height, boxstyle="round,pad=0,rounding_size=0.03", color=colour))
    for suffix in ("png", "svg"):
        figure.savefig(HERE / f"tariff-advisor.{suffix}", transparent=True)


if __name__ == "__main__":
    draw()
