"""Work off the GUI thread: one Task class, superseded work cancelled, failures logged with their traceback;
Help -> About; and starting the app on files that do not load."""

from __future__ import annotations

import logging
import shutil
import threading
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

import tariff_advisor as ta
from tariff_advisor.errors import CancelledError, TariffAdvisorError
from tariff_advisor.io.resources import shipped_catalogue_dir
from tariff_advisor_ui import app
from tariff_advisor_ui.tasks import LOG_HANDLER, Task

from .conftest import FAMILY
from .test_ui import WAIT


def outcomes(task: Task) -> list[str]:
    """The task's outcome signals as they arrive: "succeeded", "failed", "cancelled"."""
    seen: list[str] = []
    task.signals.succeeded.connect(lambda _result: seen.append("succeeded"))
    task.signals.failed.connect(lambda _message: seen.append("failed"))
    task.signals.cancelled.connect(lambda: seen.append("cancelled"))
    return seen


def run_to_the_end(qtbot, task: Task, pool: QThreadPool) -> None:
    with qtbot.waitSignal(task.signals.finished, timeout=WAIT):
        pool.start(task)


@pytest.fixture
def pool():
    pool = QThreadPool()
    yield pool
    pool.waitForDone(WAIT)


@pytest.fixture
def log_path(tmp_path):
    """The app's log in a temporary file; the handler is taken off again afterwards."""
    path = app.configure_logging(tmp_path / "logs" / "tariff-advisor.log")
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == LOG_HANDLER]:
        root.removeHandler(handler)
        handler.close()


def gate_the_optimiser(monkeypatch) -> threading.Event:
    """The optimiser waits until the returned event is set, so that a test acts while it is still busy
    however fast or loaded the machine is."""
    gate, real = threading.Event(), ta.recommend

    def gated(*args, **kwargs):
        gate.wait(WAIT / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(ta, "recommend", gated)
    return gate


def change_usage(qtbot, window) -> None:
    """The user raises the selected member's data and applies it, as in the usage editor."""
    spin = window.usage_editor.spins["data_gb"]
    spin.setValue(spin.value() + 5)
    qtbot.mouseClick(window.usage_editor.apply_button, Qt.MouseButton.LeftButton)


# -- the task ------------------------------------------------------------------------------------------
def test_a_task_hands_its_cancel_token_to_a_callable_that_asks_for_it(qtbot, pool):
    started = threading.Event()

    def until_stopped(should_stop) -> None:
        started.set()
        while not should_stop():
            threading.Event().wait(0.005)
        raise CancelledError("stopped between two steps")

    task = Task("waiting", until_stopped)
    seen = outcomes(task)
    pool.start(task)
    assert started.wait(WAIT / 1000)
    with qtbot.waitSignal(task.signals.finished, timeout=WAIT):
        task.cancel()  # without the token the callable would never return
    assert seen == ["cancelled"]


def test_a_result_that_arrives_after_cancelling_is_dropped(qtbot, pool):
    started, release = threading.Event(), threading.Event()

    def add(a: int, b: int) -> int:
        started.set()
        release.wait(WAIT / 1000)
        return a + b

    task = Task("adding", add, 1, 2)
    seen = outcomes(task)
    with qtbot.waitSignal(task.signals.finished, timeout=WAIT):
        pool.start(task)
        assert started.wait(WAIT / 1000)  # running: the cancel comes while it works, not before it starts
        task.cancel()
        release.set()
    assert seen == ["cancelled"]


def test_a_task_cancelled_while_it_waited_for_a_thread_never_runs(qtbot, pool):
    calls = []
    task = Task("counting", calls.append, 1)
    seen = outcomes(task)
    task.cancel()
    run_to_the_end(qtbot, task, pool)
    assert calls == [] and seen == ["cancelled"]


def test_a_task_passes_on_its_result_and_the_inputs_fault_without_a_traceback(qtbot, pool, log_path):
    task = Task("adding", lambda a, b: a + b, 1, 2)
    with qtbot.waitSignal(task.signals.succeeded, timeout=WAIT) as blocker:
        pool.start(task)
    assert blocker.args == [3]

    def bad_input() -> None:
        raise TariffAdvisorError("household.yaml: members: at least one member")

    task = Task("loading", bad_input)
    with qtbot.waitSignal(task.signals.failed, timeout=WAIT) as blocker:
        pool.start(task)
    assert blocker.args == ["household.yaml: members: at least one member"]
    assert "Traceback" not in log_path.read_text()  # the input's fault is no bug


# -- the advisor's requests ----------------------------------------------------------------------------
def test_changing_usage_while_optimising_cancels_it_and_drops_its_result(qtbot, window, monkeypatch):
    gate = gate_the_optimiser(monkeypatch)
    session = window.session
    recommended, errors = [], []
    session.recommendationReady.connect(recommended.append)
    session.errorOccurred.connect(errors.append)
    qtbot.mouseClick(window.optimise_button, Qt.MouseButton.LeftButton)
    optimising = session.task
    seen = outcomes(optimising)
    change_usage(qtbot, window)  # before the optimiser is done: its advice is for the household before
    gate.set()
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT)
    assert seen == ["cancelled"]
    assert recommended == [] and errors == [] and session.recommendation is None
    assert "over 24 months" not in window.result.text() and not window.busy.isVisible()


def test_changing_usage_while_explaining_stops_the_explanation_between_solves(qtbot, window, monkeypatch):
    import threading

    from tariff_advisor.optimiser import explain as explaining_module

    real, stopped = explaining_module.explain, []
    # The explanation's first check between solves waits until the usage has changed, so the change always
    # lands while it runs (not before it starts, nor after it ends, as it could on a busy or a fast machine).
    between_solves, usage_changed = threading.Event(), threading.Event()

    def explain(rec, should_stop):
        def check():
            between_solves.set()
            usage_changed.wait(WAIT / 1000)
            return should_stop()

        try:
            return real(rec, should_stop=check)
        except CancelledError:
            stopped.append(rec)
            raise

    monkeypatch.setattr(explaining_module, "explain", explain)
    session = window.session
    explained, errors = [], []
    session.explanationReady.connect(lambda *args: explained.append(args))
    session.errorOccurred.connect(errors.append)
    with qtbot.waitSignal(session.recommendationReady, timeout=WAIT) as blocker:
        qtbot.mouseClick(window.optimise_button, Qt.MouseButton.LeftButton)
    explaining = session.task
    assert explaining.description == "explaining"
    qtbot.waitUntil(between_solves.is_set, timeout=WAIT)
    with qtbot.waitSignal(explaining.signals.cancelled, timeout=WAIT):
        change_usage(qtbot, window)
        usage_changed.set()
    assert stopped == [blocker.args[0]]  # the explanation itself stopped, at its next solve
    assert explained == [] and errors == []  # and cancelling is no error to show
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT)


def test_a_new_optimisation_cancels_the_one_before(qtbot, window, monkeypatch):
    gate = gate_the_optimiser(monkeypatch)
    session = window.session
    recommended = []
    session.recommendationReady.connect(recommended.append)
    qtbot.mouseClick(window.optimise_button, Qt.MouseButton.LeftButton)
    first = session.task
    seen = outcomes(first)
    with qtbot.waitSignal(session.recommendationReady, timeout=WAIT):
        qtbot.mouseClick(window.optimise_button, Qt.MouseButton.LeftButton)
        gate.set()
    assert session.task is not first
    qtbot.waitUntil(lambda: not session.busy, timeout=WAIT)
    assert seen == ["cancelled"] and len(recommended) == 1


def test_an_unexpected_failure_is_logged_with_its_traceback_and_shown(qtbot, window, log_path, monkeypatch):
    def optimiser_with_a_bug(*_args, **_kwargs):
        raise ZeroDivisionError("a bug in the optimiser")

    monkeypatch.setattr(ta, "recommend", optimiser_with_a_bug)
    with qtbot.waitSignal(window.session.errorOccurred, timeout=WAIT) as blocker:
        qtbot.mouseClick(window.optimise_button, Qt.MouseButton.LeftButton)
    message = blocker.args[0]
    assert message.startswith("optimising failed: ZeroDivisionError") and str(log_path) in message
    assert "a bug in the optimiser" in window.result.text()
    log = log_path.read_text()
    assert "ERROR tariff_advisor_ui.tasks: optimising failed" in log
    assert "Traceback (most recent call last)" in log and 'raise ZeroDivisionError("a bug in the optimiser")' in log
    qtbot.waitUntil(lambda: not window.session.busy, timeout=WAIT)


def test_help_about_shows_the_version_and_the_log_file(window, log_path, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, title, text: shown.append((title, text)))
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    next(a for a in help_menu.actions() if a.objectName() == "about").trigger()
    [(title, text)] = shown
    assert title == "About Tariff Advisor"
    assert ta.__version__ in text and str(log_path) in text


def test_the_log_goes_to_the_platforms_log_folder_unless_told_otherwise(monkeypatch, tmp_path):
    import platformdirs

    monkeypatch.delenv(app.LOG_FILE_VARIABLE, raising=False)
    platform_folder = Path(platformdirs.user_log_dir("Tariff Advisor", appauthor=False))
    assert app.default_log_file() == platform_folder / "tariff-advisor.log"
    monkeypatch.setenv(app.LOG_FILE_VARIABLE, str(tmp_path / "elsewhere.log"))
    assert app.default_log_file() == tmp_path / "elsewhere.log"


# -- starting on files that do not load ----------------------------------------------------------------
@pytest.fixture
def broken_catalogue(tmp_path) -> Path:
    """The shipped catalogue with a negative fee in nordwave.yaml."""
    folder = tmp_path / "catalogue"
    shutil.copytree(shipped_catalogue_dir(), folder)
    provider = folder / "nordwave.yaml"
    provider.write_text(provider.read_text().replace("monthly_fee: ", "monthly_fee: -", 1))
    return folder


def broken_line(folder: Path) -> int:
    text = (folder / "nordwave.yaml").read_text()
    return text[: text.index("monthly_fee: -")].count("\n") + 1


@pytest.fixture
def answer(monkeypatch):
    """Message boxes answered as the user would, by clicking the button whose text has these words; returns
    what each box said. The app's event loop returns at once, so a window that should not open cannot hang."""
    said: list[str] = []

    def answering(words: str) -> list[str]:
        def exec_(box: QMessageBox) -> int:
            said.append(f"{box.text()}\n{box.informativeText()}")
            next(b for b in box.buttons() if words in b.text()).click()
            return 0

        monkeypatch.setattr(QMessageBox, "exec", exec_)
        return said

    monkeypatch.setattr(QApplication, "exec", lambda *_args: -1)
    return answering


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_a_catalogue_that_does_not_load_is_shown_and_the_shipped_one_offered(qtbot, broken_catalogue, answer, settings):
    said = answer("shipped catalogue")
    window = app.build(FAMILY, broken_catalogue, settings)
    assert window is not None
    qtbot.addWidget(window)
    [text] = said
    assert f"The catalogue in {broken_catalogue} does not load" in text
    assert f"nordwave.yaml:{broken_line(broken_catalogue)}: tariffs[0] ('nw-mobil-s'): monthly_fee:" in text
    assert Path(window.session.catalogue.source_dir) == shipped_catalogue_dir()
    assert window.session.household.name == "Berger family"


def test_quitting_on_a_catalogue_that_does_not_load_ends_with_status_2_and_a_logged_problem(
    broken_catalogue, answer, monkeypatch, tmp_path, log_path
):
    said = answer("Quit")
    monkeypatch.setenv(app.LOG_FILE_VARIABLE, str(log_path))
    assert app.run(FAMILY, broken_catalogue) == app.EXIT_BAD_INPUT
    assert "monthly_fee" in said[0]
    log = log_path.read_text()
    assert "Tariff Advisor " + ta.__version__ + " started" in log and "nordwave.yaml" in log


def test_the_gui_command_with_a_catalogue_that_does_not_load_shows_a_dialog(broken_catalogue, answer, log_path):
    from click.testing import CliRunner

    from tariff_advisor_ui.cli import main

    said = answer("Quit")
    result = CliRunner(env={app.LOG_FILE_VARIABLE: str(log_path)}).invoke(
        main, ["gui", str(FAMILY), "--catalogue", str(broken_catalogue)]
    )
    assert result.exit_code == 2
    assert len(said) == 1 and f"nordwave.yaml:{broken_line(broken_catalogue)}" in said[0]


def test_a_household_that_does_not_load_is_shown_and_the_example_family_offered(qtbot, tmp_path, answer, settings):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nmembers: []\n")
    said = answer("example family")
    window = app.build(bad, None, settings)
    assert window is not None
    qtbot.addWidget(window)
    [text] = said
    assert f"The household file {bad} does not load" in text and "bad.yaml" in text.split("\n", 1)[1]
    assert window.session.household.name == "Berger family" and window.session.path == FAMILY


def test_quitting_on_a_household_that_does_not_load_opens_no_window(tmp_path, answer, settings):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nmembers: []\n")
    said = answer("Quit")
    assert app.build(bad, None, settings) is None and len(said) == 1


def test_the_editor_on_a_folder_that_does_not_open_says_which_file_and_line(tmp_path, answer, log_path, monkeypatch):
    folder = tmp_path / "catalogue"
    folder.mkdir()
    (folder / "broken.yaml").write_text("provider:\n  id: x\ntariffs: [\n  - id: a\n")
    said = answer("Quit")
    monkeypatch.setenv(app.LOG_FILE_VARIABLE, str(log_path))
    assert app.run_editor(folder) == app.EXIT_BAD_INPUT
    [text] = said
    assert f"The catalogue in {folder} cannot be opened for editing" in text and "broken.yaml:" in text
