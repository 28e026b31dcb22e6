"""For every member: provider, tariff and options, each with a lock, and the live price.

What a tariff includes is said where it is chosen, as comparison sites do: each tariff in the picker
shows its data, term and monthly fee, and its tooltip (as the member's row, the options and the cost)
the allowances, contract term, one-off fees and the monthly cost with the options chosen.
"""

from __future__ import annotations

import math
from dataclasses import replace
from typing import cast

from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QMouseEvent, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import tariff_advisor as ta
from tariff_advisor.billing.assignment import PlanChoice, eligibility_problems, is_staying
from tariff_advisor.catalogue.model import Tariff
from tariff_advisor.catalogue.summary import allowances, tariff_summary, term
from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.i18n import _, money

from .. import settings as keys
from ..accessibility import name_controls
from ..colours import changed_background, on_palette_change, problem_span
from ..language import QT_TRANSLATE_NOOP
from .bill_lines_dialog import show_bill_lines
from .correction_dialog import CorrectionDialog
from .session import AdvisorSession

HEADERS = (  # translated where shown
    QT_TRANSLATE_NOOP("configurator", "member"),
    QT_TRANSLATE_NOOP("configurator", "provider"),
    QT_TRANSLATE_NOOP("configurator", "lock"),
    QT_TRANSLATE_NOOP("configurator", "tariff"),
    QT_TRANSLATE_NOOP("configurator", "lock"),
    QT_TRANSLATE_NOOP("configurator", "options"),
    QT_TRANSLATE_NOOP("configurator", "lock"),
    QT_TRANSLATE_NOOP("configurator", "cost over horizon"),
)
COST = len(HEADERS) - 1
SHOW_LINES = QKeySequence("Ctrl+B")  # "Show bill lines", of the plans table's member or the household


def _picker_text(tariff: Tariff, catalogue: ta.Catalogue) -> str:
    """'Kite 40: 19.99 a month, 40 GB data, 24-month contract': what comparison sites list first (the fee
    first, so a narrow column still shows it)."""
    data = allowances(replace(tariff.allowance, minutes=0, sms=0, intl_minutes=0))
    plan = catalogue.family_plans.get(tariff.family_plan) if tariff.family_plan else None
    if plan is not None and plan.pool_data_mb:
        data = allowances(replace(tariff.allowance, data_mb=plan.pool_data_mb, minutes=0, sms=0, intl_minutes=0))
        data += QCoreApplication.translate("configurator", " shared in {name}").format(name=plan.name)
    elif data == _("no allowances (pay as you use)"):  # the domain's words (catalogue.summary), in its language
        data = QCoreApplication.translate("configurator", "no data included")
    text = (
        QCoreApplication.translate("configurator", "{tariff}: {fee} a month, {data}, {term}")
        if tariff.cycle == "month"
        else QCoreApplication.translate("configurator", "{tariff}: {fee} per 28 days, {data}, {term}")
    )
    return text.format(tariff=tariff.name, fee=money(tariff.monthly_fee), data=data, term=term(tariff))


class LockBox(QCheckBox):
    """A lock that fills its table cell and toggles on a click anywhere in it, not just on the small box."""

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)


class TotalLine(QLabel):
    """The household's total; a click opens the bill lines that make it up."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ConfiguratorWidget(QWidget):
    optimiseRequested = Signal()

    def __init__(self, session: AdvisorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("configurator", h) for h in HEADERS])
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.total = TotalLine()
        self.total.setObjectName("household_total")
        self.total.setTextFormat(Qt.TextFormat.RichText)
        self.total.setWordWrap(True)  # the bill's warnings (phone wishes, slowdowns) never widen the window
        self.total.setCursor(Qt.CursorShape.PointingHandCursor)
        self.total.clicked.connect(lambda: self.show_lines(None))
        # every cost opens its bill lines: a click on it, Enter on it, or Ctrl+B from anywhere in the window
        self.table.cellClicked.connect(self._cost_clicked)
        self.table.activated.connect(self._cost_activated)
        show = QAction(self.tr("Show bill lines"), self)
        show.setObjectName("show_bill_lines")
        show.setShortcut(SHOW_LINES)
        show.triggered.connect(self._show_current_lines)
        self.addAction(show)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.total, 1)
        layout.addLayout(row)
        self._updating = False
        session.householdChanged.connect(self.rebuild)
        session.choicesChanged.connect(self.refresh)
        on_palette_change(self, self.refresh)  # the changed rows' colour, in dark mode or light
        self.rebuild()

    # -- building rows ---------------------------------------------------------------
    def rebuild(self) -> None:
        members = self.session.household.members
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            self.table.setItem(row, 0, QTableWidgetItem(member.name))
            provider = QComboBox()
            provider.setObjectName(f"provider:{member.name}")
            provider.setToolTip(
                self.tr(
                    "{name}'s provider: choosing one takes the tariff there that makes the household cheapest"
                ).format(name=member.name)
            )
            tariff = QComboBox()
            tariff.setObjectName(f"tariff:{member.name}")
            options = QToolButton()
            options.setObjectName(f"options:{member.name}")
            options.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            options.setMenu(QMenu(options))
            options.menu().setToolTipsVisible(True)
            self.table.setCellWidget(row, 1, provider)
            self.table.setCellWidget(row, 3, tariff)
            self.table.setCellWidget(row, 5, options)
            for col, field in ((2, "provider"), (4, "tariff"), (6, "options")):
                lock = LockBox()
                lock.setObjectName(f"lock-{field}:{member.name}")
                lock.setToolTip(
                    self.tr("Keep {name}'s {field} when optimising (Optimise re-plans the rest)").format(
                        name=member.name, field=field
                    )
                )
                lock.toggled.connect(lambda on, n=member.name, f=field: self.session.set_lock(n, f, on))
                self.table.setCellWidget(row, col, lock)
            provider.currentIndexChanged.connect(lambda _i, n=member.name: self._provider_picked(n))
            tariff.currentIndexChanged.connect(lambda _i, n=member.name: self._tariff_picked(n))
            self._offer_correction(tariff, member.name)
            cost = QTableWidgetItem()
            cost.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)  # shown, not typed into
            self.table.setItem(row, COST, cost)
        self.refresh()
        name_controls(self.table)  # the row's controls are new: "Lock Anna's provider"...

    def _widgets(self, name: str) -> tuple[QComboBox, QComboBox, QToolButton, int]:
        """The member's provider and tariff boxes, options button and row (as rebuild put them in the table)."""
        row = self.session.household.member_names.index(name)
        return (
            cast(QComboBox, self.table.cellWidget(row, 1)),
            cast(QComboBox, self.table.cellWidget(row, 3)),
            cast(QToolButton, self.table.cellWidget(row, 5)),
            row,
        )

    def _tariffs_for(self, name: str, provider: str) -> list[Tariff]:
        """The tariffs this member may take at a provider (eligible and on sale, or kept)."""
        h, cat = self.session.priced_household, self.session.priced_catalogue
        member = h.member(name)
        day = h.contract_start
        return [
            t
            for t in cat.tariffs_of(provider)
            if is_staying(member, t) or (t.is_valid_on(day) and not eligibility_problems(member, t, h))
        ]

    # -- showing the session -------------------------------------------------------
    def refresh(self) -> None:
        self._updating = True
        try:
            cat = self.session.priced_catalogue
            changed = self.session.changed_members()
            by_member = self.session.bill.by_member() if self.session.bill else {}
            providers = sorted({t.provider for t in cat.tariffs})
            for name, choice in self.session.assignment.items():
                provider_box, tariff_box, options_button, row = self._widgets(name)
                tariff = cat.tariff(choice["tariff"])
                provider_box.clear()
                for p in providers:
                    provider_box.addItem(cat.providers[p].name if p in cat.providers else p, p)
                provider_box.setCurrentIndex(providers.index(tariff.provider))
                tariff_box.clear()
                for t in self._tariffs_for(name, tariff.provider) or [tariff]:
                    tariff_box.addItem(_picker_text(t, cat), t.id)
                    tariff_box.setItemData(tariff_box.count() - 1, tariff_summary(t, cat), Qt.ItemDataRole.ToolTipRole)
                index = tariff_box.findData(tariff.id)
                if index < 0:
                    tariff_box.addItem(tariff.name, tariff.id)
                    index = tariff_box.count() - 1
                tariff_box.setCurrentIndex(index)
                summary = tariff_summary(tariff, cat, choice["options"], cat.currency)
                tariff_box.setToolTip(summary)
                self._fill_options(name, options_button, choice)
                for col, field in ((2, "provider"), (4, "tariff"), (6, "options")):
                    lock = cast(LockBox, self.table.cellWidget(row, col))
                    lock.blockSignals(True)
                    lock.setChecked(field in self.session.locks[name])
                    lock.blockSignals(False)
                cost, member_item = self.table.item(row, 7), self.table.item(row, 0)
                assert cost is not None and member_item is not None  # rebuild put both items in every row
                cost.setText(money(by_member.get(name, 0.0)))
                months = self.session.household.horizon_months
                for item in (member_item, cost):  # the row says what the member gets, wherever it is pointed at
                    item.setToolTip(
                        self.tr("{summary}. {name} over {months} months: {cost}").format(
                            summary=summary,
                            name=name,
                            months=months,
                            cost=money(by_member.get(name, 0.0), cat.currency),
                        )
                    )
                cost.setToolTip(
                    self.tr("{tip}. Click (or Enter) for the bill lines that make it up").format(tip=cost.toolTip())
                )
                cost.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                colour = changed_background() if name in changed else QColor(0, 0, 0, 0)
                member_item.setBackground(colour)
                cost.setBackground(colour)
            self._show_total()
        finally:
            self._updating = False

    def _fill_options(self, name: str, button: QToolButton, choice: PlanChoice) -> None:
        cat = self.session.priced_catalogue
        menu = button.menu()
        menu.clear()
        for option_id in cat.options_for(choice["tariff"]):
            option = cat.option(option_id)
            action = QAction(f"{option.name}  (+{money(option.monthly_fee)})", menu)
            action.setToolTip(
                self.tr("{name}: adds {allowances}; +{monthly_fee} a month").format(
                    name=option.name, allowances=allowances(option.adds), monthly_fee=money(option.monthly_fee)
                )
            )
            action.setCheckable(True)
            action.setChecked(option_id in choice["options"])
            action.toggled.connect(lambda on, n=name, o=option_id: self._option_toggled(n, o, on))
            menu.addAction(action)
        names = [cat.option(o).name for o in choice["options"]]
        button.setText(", ".join(names) if names else (self.tr("none") if menu.actions() else self.tr("no options")))
        button.setEnabled(bool(menu.actions()))
        button.setToolTip(
            self.tr("Options for {name}'s tariff (extra data, minutes, roaming), each with its monthly fee").format(
                name=name
            )
            if menu.actions()
            else self.tr("This tariff has no options")
        )

    def _show_total(self) -> None:
        bill, h = self.session.bill, self.session.household
        if bill is None:
            self.total.setText(self.tr("<b>These choices cannot be priced</b>"))
            return
        text = self.tr("<b>Household: {total}</b> over {months} months ({monthly} a month)").format(
            total=money(bill.total, bill.currency),
            months=h.horizon_months,
            monthly=money(bill.monthly_average, bill.currency),
        )
        shared = bill.by_member().get("(household)")
        if shared:
            text += self.tr("; shared family-plan charges {shared}").format(shared=money(shared, bill.currency))
        if bill.warnings:
            text += f"<br>{problem_span('; '.join(bill.warnings))}"
        self.total.setText(text)
        self.total.setToolTip(self.tr("Click (or Ctrl+B) for the bill lines that make up the household's cost"))

    # -- every euro traceable ----------------------------------------------------------
    def show_lines(self, member: str | None) -> None:
        """The bill lines behind a member's cost (None: the household's total), beside the window."""
        if self.session.bill is None:
            return
        what = (
            self.tr("{member}'s cost").format(member=member) if member is not None else self.tr("the household's cost")
        )
        show_bill_lines(self, self.session, what, member)

    def _cost_clicked(self, row: int, column: int) -> None:
        if column == COST:
            self.show_lines(self.session.household.member_names[row])

    def _cost_activated(self, index: QModelIndex) -> None:
        self._cost_clicked(index.row(), index.column())

    def _show_current_lines(self) -> None:
        row = self.table.currentRow()
        names = self.session.household.member_names
        self.show_lines(names[row] if self.table.hasFocus() and 0 <= row < len(names) else None)

    # -- user edits ------------------------------------------------------------------
    def _provider_picked(self, name: str) -> None:
        if self._updating:
            return
        provider_box, _, _, _ = self._widgets(name)
        tariffs = self._tariffs_for(name, provider_box.currentData())
        if tariffs:
            self.session.set_choice(name, self._best_tariff(name, tariffs).id, [])
        else:
            self.refresh()

    def _best_tariff(self, name: str, tariffs: list[Tariff]) -> Tariff:
        """The tariff that makes the household cheapest with everyone else as they are (no options), one that
        keeps data at full speed first where the household asks for that."""
        household, catalogue = self.session.priced_household, self.session.priced_catalogue

        def cost(tariff: Tariff) -> tuple[bool, float]:
            assignment: dict[str, PlanChoice] = {**self.session.assignment, name: {"tariff": tariff.id, "options": []}}
            try:
                bill = ta.price(household, catalogue, assignment)
            except TariffAdvisorError:
                return True, math.inf
            return bool(bill.slowdowns) and not household.allow_data_slowdown, bill.total

        return min(tariffs, key=cost)

    def _tariff_picked(self, name: str) -> None:
        if self._updating:
            return
        _, tariff_box, _, _ = self._widgets(name)
        if tariff_box.currentData():
            self.session.set_choice(name, tariff_box.currentData())

    def _option_toggled(self, name: str, option_id: str, on: bool) -> None:
        options = list(self.session.assignment[name]["options"])
        if on and option_id not in options:
            options.append(option_id)
        elif not on and option_id in options:
            options.remove(option_id)
        self.session.set_choice(name, self.session.assignment[name]["tariff"], options)

    # -- Report a wrong price (context menu of a tariff) -----------------------------------
    context_menu: QMenu | None = None  # the last one shown, where tests find it

    def _offer_correction(self, tariff_box: QComboBox, name: str) -> None:
        """The picker's context menu (right-click, the Menu key or Shift+F10 on it) reports a wrong price."""
        tariff_box.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tariff_box.customContextMenuRequested.connect(
            lambda pos, n=name, box=tariff_box: self._tariff_context_menu(n, box.mapToGlobal(pos))
        )
        # Not every platform turns these keys into a context menu (X11 has no Shift+F10): say it here
        for key in ("Shift+F10", "Menu"):
            shortcut = QShortcut(QKeySequence(key), tariff_box, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(
                lambda n=name, box=tariff_box: self._tariff_context_menu(n, box.mapToGlobal(box.rect().bottomLeft()))
            )

    def _tariff_context_menu(self, name: str, where: QPoint) -> None:
        menu = QMenu(self)
        tariff_id = self.session.assignment[name]["tariff"]
        action = menu.addAction(self.tr("Report a wrong price..."))
        action.setObjectName("report_wrong_price")
        known = any(t.id == tariff_id for t in self.session.catalogue.tariffs)  # not a plan kept from before
        action.setEnabled(known)
        action.triggered.connect(lambda: self.report_wrong_price(name))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.context_menu = menu
        menu.popup(where)

    def report_wrong_price(self, name: str) -> CorrectionDialog:
        tariff = self.session.catalogue.tariff(self.session.assignment[name]["tariff"])
        # The main window holds the settings (a test's temporary file); on its own, the user's.
        settings = getattr(self.window(), "settings", None)
        if not isinstance(settings, QSettings):
            settings = QSettings(keys.ORGANISATION, keys.APPLICATION)
        dialog = CorrectionDialog(tariff, self.session.catalogue, settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
