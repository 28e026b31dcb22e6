"""The app follows the system palette, dark mode included: charts drawn in the palette's colours, no widget with
a fixed light background, and a change of the system's colours at run time redraws the charts (issue 13)."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("PySide6")

from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from PySide6.QtCore import QAbstractListModel, QModelIndex, QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

import tariff_advisor as ta
from tariff_advisor.report import charts
from tariff_advisor.report.chart_colours import PRINT
from tariff_advisor_ui.colours import dark_palette

from .conftest import FAMILY
from .test_ui import WAIT

LIGHT = 0.75  # a colour lighter than this (0..1, the mean of r, g, b) is a light colour
CSS_COLOUR = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{3,6}|[a-z]+)")


def lightness(colour: object) -> float:
    return sum(to_rgb(colour)) / 3  # type: ignore[arg-type]


@pytest.fixture
def dark(qapp):
    """A dark desktop: the app's palette is dark while the test runs (the system's again afterwards)."""
    before = QPalette(qapp.palette())
    qapp.setPalette(dark_palette())
    yield qapp
    qapp.setPalette(before)


def advisor(qtbot, tmp_path):
    from tariff_advisor_ui.advisor.main_window import MainWindow
    from tariff_advisor_ui.advisor.session import AdvisorSession

    session = AdvisorSession(ta.load_catalogue(), ta.load_household(FAMILY), FAMILY)
    window = MainWindow(session, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w.session, "dirty", False))
    window.show()
    return window


def optimised(qtbot, window) -> None:
    with qtbot.waitSignal(window.session.explanationReady, timeout=WAIT):
        window.session.optimise()
    qtbot.waitUntil(lambda: not window.session.busy, timeout=WAIT)
    QApplication.processEvents()


def assert_dark_chart(figure: Figure) -> None:
    assert lightness(figure.get_facecolor()) < 0.35, "the figure's background is dark"
    assert figure.axes, "a chart is drawn"
    for axes in figure.axes[:1]:
        assert lightness(axes.get_facecolor()) < 0.35
        assert lightness(axes.title.get_color()) > LIGHT, "the title is light on dark"
        assert lightness(axes.xaxis.label.get_color()) > LIGHT
        assert all(lightness(t.get_color()) > LIGHT for t in axes.get_yticklabels())
        assert lightness(axes.spines["left"].get_edgecolor()) > LIGHT
        legend = axes.get_legend()
        assert legend is None or all(lightness(t.get_color()) > LIGHT for t in legend.get_texts())


def light_backgrounds(window: QWidget) -> list[str]:
    """Every widget of the window with a light background: from its style sheet, its palette where it fills its
    background, and the items of its lists and tables."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        for colour in CSS_COLOUR.findall(widget.styleSheet()):
            if lightness(QColor(colour).name()) > LIGHT:
                found.append(f"{name}: style sheet background {colour}")
        if widget.autoFillBackground() and widget.palette().color(widget.backgroundRole()).lightnessF() > LIGHT:
            found.append(f"{name}: palette background")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
            for row in range(model.rowCount(QModelIndex())):
                for column in range(columns):
                    brush = model.index(row, column).data(8)  # Qt.ItemDataRole.BackgroundRole
                    if brush is not None and brush.color().alpha() and brush.color().lightnessF() > LIGHT:
                        found.append(f"{name}: cell ({row}, {column}) background {brush.color().name()}")
    return found


def test_in_dark_mode_the_charts_are_dark_and_no_widget_keeps_a_light_background(qtbot, tmp_path, dark):
    window = advisor(qtbot, tmp_path)
    optimised(qtbot, window)
    for tab in ("Cost per member", "Month by month", "Why not", "If usage changes"):
        window.charts.tabs.setCurrentIndex(list(window.charts.canvases).index(tab))
        assert_dark_chart(window.charts.canvases[tab].figure)
    window.usage_tabs.setCurrentWidget(window.history_editor)
    assert_dark_chart(window.history_editor.canvas.figure)
    assert window.configurator.table.item(0, 0).background().color().lightnessF() < 0.5  # a changed row, dark
    assert window.release_banner.stale  # the sample market's prices are old: the warning banner is shown
    assert light_backgrounds(window) == []
    image = window.grab().toImage()
    light = sum(
        QColor(image.pixel(x, y)).lightnessF() > LIGHT
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
    )
    assert light / ((image.width() // 4) * (image.height() // 4)) < 0.1, "light text only, on dark"


def test_a_change_to_dark_mode_at_run_time_redraws_the_charts_and_the_banner(qtbot, tmp_path, qapp):
    before = QPalette(qapp.palette())
    window = advisor(qtbot, tmp_path)
    optimised(qtbot, window)
    figure = window.charts.canvases["Cost per member"].figure
    assert lightness(figure.get_facecolor()) > LIGHT  # the system's light palette
    light_banner = window.release_banner.styleSheet()
    try:
        qapp.setPalette(dark_palette())  # what Qt does when the system's colour scheme changes
        QApplication.processEvents()
        assert_dark_chart(figure)
        assert window.release_banner.styleSheet() != light_banner
        assert light_backgrounds(window) == []
        window.charts.tabs.setCurrentIndex(list(window.charts.canvases).index("Why not"))  # drawn when shown
        assert_dark_chart(window.charts.canvases["Why not"].figure)
        assert_dark_chart(window.history_editor.canvas.figure)  # the member's months, beside the table
    finally:
        qapp.setPalette(before)
    QApplication.processEvents()
    window.charts.tabs.setCurrentIndex(0)  # light again when shown
    assert lightness(figure.get_facecolor()) > LIGHT


def test_the_printed_charts_keep_their_light_colours():
    catalogue, household = ta.load_catalogue(), ta.load_household(FAMILY)
    bill = ta.price(household, catalogue, {m.name: {"tariff": "nw-mobil-m", "options": []} for m in household.members})
    figure = Figure()
    charts.cost_per_member(figure, bill)
    assert figure.get_facecolor() == (1.0, 1.0, 1.0, 1.0)
    assert to_rgb(figure.axes[0].title.get_color()) == to_rgb(PRINT.text) == (0.0, 0.0, 0.0)


def test_in_dark_mode_the_editor_marks_a_problem_without_a_light_background(qtbot, tmp_path, dark):
    import shutil

    from tariff_advisor.io.resources import shipped_catalogue_dir
    from tariff_advisor_ui.app import open_editor

    folder = shutil.copytree(shipped_catalogue_dir(), tmp_path / "tariffs")
    editor = open_editor(folder, QSettings(str(tmp_path / "editor.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "discarded", True))
    editor.show()
    model = editor.models["tariffs"]
    fee = [c.key for c in model.columns].index("monthly_fee")
    model.setData(model.index(0, fee), "-5")  # a negative fee: the cell is marked as a problem
    QApplication.processEvents()
    marked = model.index(0, fee).data(8)  # Qt.ItemDataRole.BackgroundRole
    assert marked is not None and marked.color().lightnessF() < 0.5, "the problem's tint is dark on dark"
    assert light_backgrounds(editor) == []
