"""The few colours the app adds to the system's (a problem, a warning banner, a changed row, a note), derived from
the application's palette so they read on a light and on a dark desktop alike.

Nothing in the app sets a fixed light colour: a problem is a red of the lightness that stands out from the
window's background (dark red on light, light red on dark), a marked row is the list's background tinted
towards a hue, a note is the text colour faded towards the background.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette

RED, ORANGE, YELLOW = 0, 32, 52  # hues (degrees) of a problem, a warning and a changed row


def palette() -> QPalette:
    """The application's palette: the system's, or the one set on the app. Never a widget's own, which a style
    sheet with these colours changes (deriving from it again would drift)."""
    return QGuiApplication.palette()


class _PaletteWatch(QObject):
    """Calls `restyle` when the application's palette changes (the system's dark mode switched on or off)."""

    def __init__(self, owner: QObject, restyle: Callable[[], None]) -> None:
        super().__init__(owner)
        self._restyle = restyle
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is QCoreApplication.instance():
            self._restyle()
        return False


def on_palette_change(owner: QObject, restyle: Callable[[], None]) -> None:
    """Restyle `owner` (a widget with a style sheet of these colours) when the app's palette changes: Qt tells a
    widget with a style sheet nothing of it, only the application (while `owner` lives)."""
    _PaletteWatch(owner, restyle)


def is_dark(colours: QPalette | None = None) -> bool:
    return (colours or palette()).color(QPalette.ColorRole.Window).lightness() < 128


def mix(a: QColor, b: QColor, share_of_a: float) -> QColor:
    """`a` and `b` mixed, `share_of_a` of `a`."""
    return QColor(
        round(share_of_a * a.red() + (1 - share_of_a) * b.red()),
        round(share_of_a * a.green() + (1 - share_of_a) * b.green()),
        round(share_of_a * a.blue() + (1 - share_of_a) * b.blue()),
    )


def text_in(hue: int, colours: QPalette | None = None) -> QColor:
    """Text in `hue` that reads on the window's background: dark on light, light on dark."""
    return QColor.fromHsl(hue, 200, 190 if is_dark(colours) else 80)


def tint(hue: int, share: float = 0.3, colours: QPalette | None = None) -> QColor:
    """The background of lists and fields, tinted towards `hue` (light text keeps reading on a dark tint)."""
    base = (colours or palette()).color(QPalette.ColorRole.Base)
    return mix(QColor.fromHsl(hue, 230, 128), base, share)


def problem_text(colours: QPalette | None = None) -> QColor:
    return text_in(RED, colours)


def problem_background(colours: QPalette | None = None) -> QColor:
    return tint(RED, 0.25, colours)


def changed_background(colours: QPalette | None = None) -> QColor:
    return tint(YELLOW, 0.35, colours)


def muted_text(colours: QPalette | None = None) -> QColor:
    """Secondary text (a note, a retired entry): the text colour faded towards the background."""
    p = colours or palette()
    return mix(p.color(QPalette.ColorRole.WindowText), p.color(QPalette.ColorRole.Window), 0.6)


def problem_span(html: str) -> str:
    """`html` in the problem colour, for a rich-text label."""
    return f"<span style='color:{problem_text().name()}'>{html}</span>"


def warning_style() -> str:
    """A warning banner's style sheet: a tint of orange over the window, the window's text, an orange edge."""
    p = palette()
    background = mix(QColor.fromHsl(ORANGE, 230, 128), p.color(QPalette.ColorRole.Window), 0.25)
    return (
        f"background:{background.name()}; color:{p.color(QPalette.ColorRole.WindowText).name()}; padding:4px; "
        f"border:1px solid {text_in(ORANGE).name()}"
    )


def note_style() -> str:
    """A quiet line's style sheet (the release and coverage lines when all is well)."""
    p = palette()
    text = mix(p.color(QPalette.ColorRole.WindowText), p.color(QPalette.ColorRole.Window), 0.8)
    return f"color:{text.name()}; padding:2px"


def dark_palette() -> QPalette:
    """A dark palette like a dark desktop's (lists and buttons a shade lighter than the window, so Fusion's check
    boxes show their edge): screenshots and tests set it to show the app in dark mode where the platform has none
    (offscreen)."""
    colours = QPalette()
    window, base, text, disabled = QColor(32, 32, 32), QColor(45, 45, 45), QColor(232, 232, 232), QColor(128, 128, 128)
    role = QPalette.ColorRole
    for r, colour in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor(52, 52, 52)),
        (role.ToolTipBase, QColor(55, 55, 55)),
        (role.ToolTipText, text),
        (role.PlaceholderText, QColor(150, 150, 150)),
        (role.Text, text),
        (role.Button, QColor(55, 55, 55)),
        (role.ButtonText, text),
        (role.BrightText, QColor(255, 120, 120)),
        (role.Light, QColor(85, 85, 85)),
        (role.Midlight, QColor(70, 70, 70)),
        (role.Mid, QColor(40, 40, 40)),
        (role.Dark, QColor(20, 20, 20)),
        (role.Shadow, QColor(0, 0, 0)),
        (role.Link, QColor(110, 170, 255)),
        (role.LinkVisited, QColor(180, 140, 255)),
        (role.Highlight, QColor(42, 110, 190)),
        (role.HighlightedText, QColor(255, 255, 255)),
    ):
        colours.setColor(r, colour)
    for r in (role.WindowText, role.Text, role.ButtonText):
        colours.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return colours
