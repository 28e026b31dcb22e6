"""The selected entry (or the provider's own settings) as YAML: every field of the format, checked as you type.

Tables cover the scalar fields; this covers the rest (promotions, price changes,
out-of-bundle data rules, multi-line discounts). Applying is one undo step.
"""

from __future__ import annotations

import io

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget
from ruamel.yaml.error import YAMLError

from tariff_advisor.catalogue.schema import ProviderFile
from tariff_advisor.editing.document import ENTRY_KINDS, plain, to_round_trip
from tariff_advisor.editing.fields import field_errors
from tariff_advisor.io.yamlio import round_trip_yaml


def dump(value) -> str:
    buffer = io.StringIO()
    round_trip_yaml().dump(value, buffer)
    return buffer.getvalue()


def settings_errors(settings: dict) -> dict[str, str]:
    try:
        ProviderFile.model_validate({**settings, "tariffs": [], "options": [], "family_plans": []})
    except ValidationError as exc:
        return {
            ".".join(str(p) for p in e["loc"] if isinstance(p, str)): e["msg"].removeprefix("Value error, ")
            for e in exc.errors()
        }
    return {}


class EntryYamlEditor(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session, self.target = session, None  # (file, kind, index) or (file, None, -1) for settings
        self.title = QLabel("Select an entry")
        self.text = QPlainTextEdit()
        self.text.setObjectName("entry_yaml")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(font)
        self.text.setTabChangesFocus(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.apply_button = QPushButton("Apply")
        self.apply_button.setObjectName("apply_yaml")
        self.revert_button = QPushButton("Revert")
        self.apply_button.clicked.connect(self.apply)
        self.revert_button.clicked.connect(self.reload)
        self.text.textChanged.connect(self.check)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.apply_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.setEnabled(False)

    def show_entry(self, file: str | None, kind: str | None, index: int) -> None:
        self.target = None if file is None else (file, kind, index)
        self.reload()

    def _current(self):
        file, kind, index = self.target
        data = self.session.document.files[file].data
        if kind is None:
            return {k: v for k, v in data.items() if k not in ENTRY_KINDS}
        return data[kind][index]

    def reload(self) -> None:
        valid = (
            self.target is not None
            and self.target[0] in self.session.document.files
            and (self.target[1] is None or self.target[2] < len(self.session.document.entries(*self.target[:2])))
        )
        self.setEnabled(valid)
        if not valid:
            self.target = None
            self.title.setText("Select an entry")
            self.text.setPlainText("")
            return
        file, kind, index = self.target
        current = self._current()
        self.title.setText(
            f"<b>{file}</b>: provider settings"
            if kind is None
            else f"<b>{file}</b>: {kind[:-1].replace('_', ' ')} {current.get('id', index + 1)}"
        )
        self.text.setPlainText(dump(current))
        self.check()

    def parsed(self) -> tuple[dict | None, str]:
        """The edited text as a mapping, and what is wrong with it ("" when nothing)."""
        try:
            value = round_trip_yaml().load(self.text.toPlainText())
        except YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f" (line {mark.line + 1})" if mark is not None else ""
            return None, f"YAML syntax error{where}: {getattr(exc, 'problem', None) or exc}"
        if not isinstance(value, dict):
            return None, "write the fields as 'key: value' lines"
        errors = settings_errors(plain(value)) if self.target[1] is None else field_errors(self.target[1], plain(value))
        return value, "; ".join(f"{field or 'entry'}: {message}" for field, message in errors.items())

    def check(self) -> None:
        if self.target is None:
            return
        value, problem = self.parsed()
        changed = value is not None and plain(value) != plain(self._current())
        self.status.setText(problem or ("Not applied yet" if changed else "Valid"))
        self.status.setStyleSheet("color: #A00" if problem else "")
        self.apply_button.setEnabled(value is not None and changed)

    def apply(self) -> None:
        value, _problem = self.parsed()
        if value is None or self.target is None:
            return
        file, kind, index = self.target

        def replace(document):
            data = document.files[file].data
            if kind is None:
                for key in [k for k in data if k not in ENTRY_KINDS and k not in value]:
                    del data[key]
                for key, item in value.items():
                    if key not in ENTRY_KINDS and plain(data.get(key)) != plain(item):
                        data[key] = to_round_trip(item)
            else:
                data[kind][index] = value

        self.session.change_many("Edit settings" if kind is None else f"Edit {value.get('id', 'entry')}", replace)
        self.reload()
