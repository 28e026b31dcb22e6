"""The selected entry (or the provider's own settings) as YAML: every field of the format, checked as you type.

Tables cover the scalar fields; this covers the rest (promotions, price changes,
out-of-bundle data rules, multi-line discounts). Applying is one undo step.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget
from ruamel.yaml.error import YAMLError

from tariff_advisor.catalogue.schema import DevicesFile, ProviderFile
from tariff_advisor.editing.document import LIST_KINDS, CatalogueDocument, plain, to_round_trip
from tariff_advisor.editing.fields import entry_name, field_errors, field_label, schema_errors
from tariff_advisor.io.yamlio import round_trip_yaml

from ..colours import problem_text
from .field_names import header_text, kind_name

if TYPE_CHECKING:
    from .session import CatalogueSession

Target = tuple[str, str | None, int]  # (file, kind, index), or (file, None, -1) for the provider settings


def dump(value: Any) -> str:
    buffer = io.StringIO()
    round_trip_yaml().dump(value, buffer)
    return buffer.getvalue()


def settings_errors(settings: dict[str, Any], devices: bool = False) -> dict[str, str]:
    """The problems of a file's own settings (a devices file's, or a provider file's), its lists left out."""
    if devices:
        return schema_errors(DevicesFile, {**settings, "devices": []})
    return schema_errors(ProviderFile, {**settings, "tariffs": [], "options": [], "family_plans": []})


class EntryYamlEditor(QWidget):
    def __init__(self, session: CatalogueSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.target: Target | None = None
        self.title = QLabel(self.tr("Select an entry"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("entry_yaml")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.text.setFont(font)
        self.text.setTabChangesFocus(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.apply_button = QPushButton(self.tr("Apply"))
        self.apply_button.setObjectName("apply_yaml")
        self.revert_button = QPushButton(self.tr("Revert"))
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

    def _current(self, target: Target) -> Any:
        file, kind, index = target
        data = self.session.document.files[file].data
        if kind is None:
            return {k: v for k, v in data.items() if k not in LIST_KINDS}
        return data[kind][index]

    def _exists(self, target: Target | None) -> bool:
        if target is None or target[0] not in self.session.document.files:
            return False
        file, kind, index = target
        return kind is None or index < len(self.session.document.entries(file, kind))

    def reload(self) -> None:
        target = self.target if self._exists(self.target) else None
        self.setEnabled(target is not None)
        if target is None:
            self.target = None
            self.title.setText(self.tr("Select an entry"))
            self.text.setPlainText("")
            return
        file, kind, index = target
        current = self._current(target)
        self.title.setText(
            self.tr("<b>{file}</b>: provider settings").format(file=file)
            if kind is None
            else self.tr("<b>{file}</b>: {kind} {entry}").format(
                file=file, kind=kind_name(kind), entry=current.get("id", index + 1)
            )
        )
        self.text.setPlainText(dump(current))
        self.check()

    def parsed(self) -> tuple[dict[str, Any] | None, str]:
        """The edited text as a mapping, and what is wrong with it ("" when nothing)."""
        if self.target is None:
            return None, ""
        kind = self.target[1]
        try:
            value = round_trip_yaml().load(self.text.toPlainText())
        except YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = self.tr(" (line {value})").format(value=mark.line + 1) if mark is not None else ""
            return None, self.tr("YAML syntax error{where}: {value}").format(
                where=where, value=getattr(exc, "problem", None) or exc
            )
        if not isinstance(value, dict):
            return None, self.tr("write the fields as 'key: value' lines")
        devices = self.session.document.files[self.target[0]].is_devices
        errors = settings_errors(plain(value), devices) if kind is None else field_errors(kind, plain(value))
        return value, "; ".join(
            f"{header_text(field_label(kind, field))}: {message}" for field, message in errors.items()
        )

    def check(self) -> None:
        if self.target is None:
            return
        value, problem = self.parsed()
        changed = value is not None and plain(value) != plain(self._current(self.target))
        self.status.setText(problem or (self.tr("Not applied yet") if changed else self.tr("Valid")))
        self.status.setStyleSheet(f"color: {problem_text().name()}" if problem else "")
        self.apply_button.setEnabled(value is not None and changed)

    def apply(self) -> None:
        value, _problem = self.parsed()
        if value is None or self.target is None:
            return
        file, kind, index = self.target

        def replace(document: CatalogueDocument) -> None:
            data = document.files[file].data
            if kind is None:
                for key in [k for k in data if k not in LIST_KINDS and k not in value]:
                    del data[key]
                for key, item in value.items():
                    if key not in LIST_KINDS and plain(data.get(key)) != plain(item):
                        data[key] = to_round_trip(item)
            else:
                data[kind][index] = value

        self.session.change_many(
            self.tr("Edit settings of {file}").format(file=file)
            if kind is None
            else self.tr("Edit {entry_name}").format(entry_name=entry_name(value)),
            replace,
        )
        self.reload()
