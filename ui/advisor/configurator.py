"""For every member: provider, tariff and options, each with a lock, and the live price.

What a tariff includes is said where it is chosen, as comparison sites do: each tariff in the picker
shows its data, term and monthly fee, and its tooltip (as the member's row, the options and the cost)
the allowances, contract term, one-off fees and the monthly cost with the options chosen.
"""

from __future__ import annotations

import datetime as dt
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
from tariff_advisor.billing.assignment import PlanChoice, eligibility_problems, is_staying, rule_problems
from tariff_advisor.billing.contract import cancellation_deadline, contract_rules_of, contract_timing
from tariff_advisor.catalogue.model import Device, Tariff
from tariff_advisor.catalogue.summary import allowances, tariff_summary, term
from tariff_advisor.errors import TariffAdvisorError
from tariff_advisor.household.model import month_start
from tariff_advisor.i18n import _, date, money

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
    QT_TRANSLATE_NOOP("configurator", "phone"),
    QT_TRANSLATE_NOOP("configurator", "lock"),
    QT_TRANSLATE_NOOP("configurator", "switch"),
    QT_TRANSLATE_NOOP("configurator", "lock"),
    QT_TRANSLATE_NOOP("configurator", "cost over horizon"),
)
PHONE, SWITCH = 7, 9  # the phone and switch-month pickers; each lock is in the column after its picker
COST = len(HEADERS) - 1
# lock column -> the session's lock field
LOCKS = ((2, "provider"), (4, "tariff"), (6, "options"), (PHONE + 1, "phone"), (SWITCH + 1, "switch_month"))
LOCK_NAMES = {  # translated where shown
    "provider": QT_TRANSLATE_NOOP("configurator", "provider"),
    "tariff": QT_TRANSLATE_NOOP("configurator", "tariff"),
    "options": QT_TRANSLATE_NOOP("configurator", "options"),
    "phone": QT_TRANSLATE_NOOP("configurator", "phone"),
    "switch_month": QT_TRANSLATE_NOOP("configurator", "switch month"),
}
PICKER_CHARACTERS = 16  # the phone and switch pickers' width; their lists show the whole text
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


def _short(device: Device) -> str:
    """'Pixel 10 128 GB': the model and storage, enough in a narrow column (the tooltip names the maker)."""
    return QCoreApplication.translate("configurator", "{model} {storage} GB").format(
        model=device.model, storage=device.storage_gb
    )


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
        self.total.setWordWrap(True)  # the rule breaks (a phone wished and not given...) can be long
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
            phone, switch = QComboBox(), QComboBox()
            for box, kind, name in (
                (phone, "phone", self.tr("{name}'s phone")),
                (switch, "switch", self.tr("{name}'s switch month")),
            ):
                box.setObjectName(f"{kind}:{member.name}")
                box.setAccessibleName(name.format(name=member.name))
                box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                box.setMinimumContentsLength(PICKER_CHARACTERS)
            self.table.setCellWidget(row, 1, provider)
            self.table.setCellWidget(row, 3, tariff)
            self.table.setCellWidget(row, 5, options)
            self.table.setCellWidget(row, PHONE, phone)
            self.table.setCellWidget(row, SWITCH, switch)
            for col, field in LOCKS:
                lock = LockBox()
                lock.setObjectName(f"lock-{field}:{member.name}")
                what = QCoreApplication.translate("configurator", LOCK_NAMES[field])
                lock.setToolTip(
                    self.tr("Keep {name}'s {field} when optimising (Optimise re-plans the rest)").format(
                        name=member.name, field=what
                    )
                )
                if field in ("phone", "switch_month"):
                    lock.setAccessibleName(self.tr("Lock {name}'s {field}").format(name=member.name, field=what))
                lock.toggled.connect(lambda on, n=member.name, f=field: self.session.set_lock(n, f, on))
                self.table.setCellWidget(row, col, lock)
            provider.currentIndexChanged.connect(lambda _i, n=member.name: self._provider_picked(n))
            tariff.currentIndexChanged.connect(lambda _i, n=member.name: self._tariff_picked(n))
            phone.activated.connect(lambda _i, n=member.name: self._phone_picked(n))
            switch.activated.connect(lambda _i, n=member.name: self._switch_picked(n))
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
                self._fill_phone(name, row, choice)
                self._fill_switch(name, row, choice)
                for col, field in LOCKS:
                    lock = cast(LockBox, self.table.cellWidget(row, col))
                    lock.blockSignals(True)
                    lock.setChecked(field in self.session.locks[name])
                    lock.blockSignals(False)
                staying = self.session.is_staying(name)
                switch_lock = cast(LockBox, self.table.cellWidget(row, SWITCH + 1))
                switch_lock.setEnabled(not staying or switch_lock.isChecked())  # staying has no month to keep
                cost, member_item = self.table.item(row, COST), self.table.item(row, 0)
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

    # -- the phone and the switch month ---------------------------------------------------
    def _phone_choices(self, name: str, choice: PlanChoice) -> list[tuple[str | None, str | None, str, str]]:
        """(phone, offer, text, tooltip) for each phone the member may get with the chosen tariff: keeping the
        current one, then each wished model bought outright or with each of the tariff's offers for it."""
        cat, household = self.session.priced_catalogue, self.session.priced_household
        member, currency = household.member(name), cat.currency
        out: list[tuple[str | None, str | None, str, str]] = [
            (None, None, self.tr("keeps own phone"), self.tr("{name} keeps the current phone").format(name=name))
        ]
        models = list(member.device_wish.models)
        if "phone" in choice and choice["phone"] not in models:
            models.append(choice["phone"])  # chosen before the wish changed: still shown, as chosen
        for model in models:
            if not cat.has_device(model):
                continue
            device = cat.device(model)
            retail = money(device.retail_price, currency)
            out.append(
                (
                    model,
                    None,
                    self.tr("{phone}, bought: {price}").format(phone=_short(device), price=retail),
                    self.tr("{phone} bought outright at its retail price, {price}").format(
                        phone=device.name, price=retail
                    ),
                )
            )
            for offer in cat.offers_for(choice["tariff"], model):
                if rule_problems(member, offer.eligibility, offer.provider, household):
                    continue
                real, extra = offer.total, offer.total - device.retail_price
                out.append(
                    (
                        model,
                        offer.id,
                        self.tr("{phone}, contract: {cost}").format(phone=_short(device), cost=money(real, currency)),
                        self.tr(
                            "{phone} with the tariff: {upfront} upfront + {months} x {monthly} = {cost}, which is "
                            "{difference} {than} the retail price {retail}"
                        ).format(
                            phone=device.name,
                            upfront=money(offer.upfront, currency),
                            months=offer.months,
                            monthly=money(offer.monthly_fee, currency),
                            cost=money(real, currency),
                            difference=money(abs(extra), currency),
                            than=self.tr("more than") if extra > 0 else self.tr("less than"),
                            retail=retail,
                        ),
                    )
                )
        return out

    def _fill_phone(self, name: str, row: int, choice: PlanChoice) -> None:
        box = cast(QComboBox, self.table.cellWidget(row, PHONE))
        box.clear()
        wanted = (choice.get("phone"), choice.get("device_offer"))
        current = 0
        for phone, offer, text, tip in self._phone_choices(name, choice):
            box.addItem(text, (phone, offer))
            box.setItemData(box.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
            if (phone, offer) == wanted:
                current = box.count() - 1
        box.setCurrentIndex(current)
        box.setEnabled(box.count() > 1)
        tip = box.itemData(current, Qt.ItemDataRole.ToolTipRole)
        box.setToolTip(
            tip
            if box.count() > 1
            else self.tr("{name} wants no new phone (Contract, phone, travel: tick the phones that would do)").format(
                name=name
            )
        )

    def _fill_switch(self, name: str, row: int, choice: PlanChoice) -> None:
        """'now', 'month 4, 1 Apr 2027' for each month of the horizon; 'stays' when the member keeps the tariff."""
        box = cast(QComboBox, self.table.cellWidget(row, SWITCH))
        box.clear()
        household = self.session.household
        member = self.session.priced_household.member(name)
        if self.session.is_staying(name):
            box.addItem(self.tr("stays"), 1)
            box.setEnabled(False)
            box.setToolTip(self.tr("{name} keeps today's tariff: nothing to cancel, no switch").format(name=name))
            return
        if member.current is None:
            box.addItem(self.tr("now"), 1)
            box.setEnabled(False)
            box.setToolTip(self.tr("{name} has no plan of today: the new plan starts now").format(name=name))
            return
        timing = contract_timing(member, household, self.session.priced_catalogue)
        for month in range(1, household.horizon_months + 1):
            start = date(month_start(household, month))
            text = self.tr("now") if month == 1 else self.tr("month {month}, {start}").format(month=month, start=start)
            if month == timing.free_month and month > 1:
                text = self.tr("{text} (contract ends)").format(text=text)
            box.addItem(text, month)
        month = choice.get("switch_month", 1)
        box.setCurrentIndex(month - 1)
        box.setEnabled(True)
        if month < timing.free_month:
            cancel = self.tr("cancel now and pay to leave early (free from month {free})").format(
                free=timing.free_month
            )
        else:
            cancel = self.tr("cancel by {day}").format(day=date(self._cancel_by(member, month, timing.free_month)))
        box.setToolTip(
            self.tr("{name}'s new plan starts {when}; {cancel}").format(
                name=name, when=box.currentText(), cancel=cancel
            )
        )

    def _cancel_by(self, member: ta.Member, month: int, free_month: int) -> dt.date | None:
        """The last day to cancel today's contract so that it ends the day before `month` begins: the notice
        deadline of its term for the free month; for a later month, notice before that month (as the advice says,
        so a member waiting for the others is never without a contract in between)."""
        plan, household, catalogue = member.current, self.session.household, self.session.priced_catalogue
        if plan is None:
            return None
        if month == free_month:
            return contract_timing(member, household, catalogue).deadline
        notice = (
            plan.notice_months if plan.notice_months is not None else contract_rules_of(plan, catalogue).notice_months
        )
        return cancellation_deadline(month_start(household, month) - dt.timedelta(days=1), notice)

    def _phone_picked(self, name: str) -> None:
        if self._updating:
            return
        box = cast(QComboBox, self.table.cellWidget(self.session.household.member_names.index(name), PHONE))
        phone, offer = box.currentData()
        self.session.set_phone(name, phone, offer)

    def _switch_picked(self, name: str) -> None:
        if self._updating:
            return
        box = cast(QComboBox, self.table.cellWidget(self.session.household.member_names.index(name), SWITCH))
        if box.currentData():
            self.session.set_switch_month(name, int(box.currentData()))

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
