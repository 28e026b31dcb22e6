"""The colours a chart is drawn in: the printed report's (dark on white), or the app's, taken from its palette.

The charts' own series colours (fees, overage, ...) stay as they are in both: the same part of a bill has the
same colour on paper and on screen. Everything around them follows the surface it is drawn on: the figure and
axes background, the text, ticks and spines, the grid, the thin lines and markers that were black, the bar
edges and label boxes that were white. So a chart reads on a dark desktop as it does on paper.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import ParamSpec

import matplotlib
from matplotlib.figure import Figure
from matplotlib.typing import RcKeyType


@dataclass(frozen=True)
class ChartColours:
    """Colours as matplotlib takes them ('#RRGGBB' or a name); the defaults are the printed report's."""

    figure: str = "white"  # around the axes (the app: the window's background)
    axes: str = "white"  # inside the axes (the app: the background of lists and text fields)
    text: str = "black"  # titles, labels, tick labels, spines, thin lines and markers
    muted: str = "grey"  # marker lines (usage 100 %, the member's months), arrows, notes
    grid: str = "#b0b0b0"  # matplotlib's own grid colour, drawn faint (alpha 0.3)

    def rc_params(self) -> dict[RcKeyType, str]:
        """matplotlib settings for everything drawn without a colour of its own."""
        return {
            "figure.facecolor": self.figure,
            "figure.edgecolor": self.figure,
            "axes.facecolor": self.axes,
            "axes.edgecolor": self.text,
            "axes.labelcolor": self.text,
            "axes.titlecolor": self.text,
            "text.color": self.text,
            "xtick.color": self.text,
            "ytick.color": self.text,
            "xtick.labelcolor": self.text,
            "ytick.labelcolor": self.text,
            "grid.color": self.grid,
            "legend.labelcolor": self.text,
        }


PRINT = ChartColours()  # the PDF report's charts, and any chart drawn without colours given


@contextmanager
def painted(figure: Figure, colours: ChartColours) -> Iterator[Figure]:
    """Draw on `figure` in `colours` inside the block (matplotlib's settings are back as they were after it)."""
    with matplotlib.rc_context(colours.rc_params()):
        figure.set_facecolor(colours.figure)
        figure.set_edgecolor(colours.figure)
        yield figure


P = ParamSpec("P")


def in_colours(draw: Callable[P, None]) -> Callable[P, None]:
    """A chart function `draw(figure, ..., colours=...)` drawn inside `painted`: its `colours` keyword (PRINT when
    not given) colours everything the function does not colour itself."""

    @functools.wraps(draw)
    def drawn(*args: P.args, **kwargs: P.kwargs) -> None:
        figure, colours = args[0] if args else kwargs.get("fig"), kwargs.get("colours", PRINT)
        if not isinstance(figure, Figure) or not isinstance(colours, ChartColours):
            raise TypeError(f"{draw.__name__} draws on a Figure in ChartColours")
        with painted(figure, colours):
            draw(*args, **kwargs)

    return drawn
