"""A member's details beyond usage: today's contract (end, notice, exit fee), the phone wanted, and travel.

It follows the selected member as the usage panels do. Every finished edit (Enter or leaving a box, a ticked
phone) is one undo step on the household ("Set contract end of Anna", "Set phone wish of Ben", "Set travel of
Anna"); a value the household cannot hold is refused with a message naming the field, and the box keeps the
text so it can be corrected.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

import tariff_advisor as ta
from tariff_advisor.household.files import MAX_ROAMING_DAYS, MAX_ROAMING_MB, MAX_ROAMING_MINUTES
from tariff_advisor.household.model import DeviceWish, Roaming
from tariff_advisor.i18n import money, number
from tariff_advisor.zones import ROAMING_ZONES, Zone

from ..colours import problem_span
from ..language import QT_TRANSLATE_NOOP
from .member_fields import (
    contract_end_text,
    read_amount,
    timing_text,
    with_contract_end,
    with_exit_fee,
    with_notice,
)
from .session import AdvisorSession

ZONE_LABELS: dict[Zone, str] = {  # translated where shown
    "eu": QT_TRANSLATE_NOOP("MemberDetails", "EU/EEA"),
    "europe_other": QT_TRANSLATE_NOOP("MemberDetails", "Rest of Europe"),
    "us_ca": QT_TRANSLATE_NOOP("MemberDetails", "USA/Canada"),
    "world": QT_TRANSLATE_NOOP("MemberDetails", "Rest of the world"),
}


ZONE_TIPS: dict[Zone, str] = {
    "eu": QT_TRANSLATE_NOOP("MemberDetails", "the EU and the EEA (Norway, Iceland, Liechtenstein)"),
    "europe_other": QT_TRANSLATE_NOOP(
        "MemberDetails", "the rest of Europe: the UK, Switzerland, the Balkans, Turkey..."
    ),
    "us_ca": QT_TRANSLATE_NOOP("MemberDetails", "the USA and Canada"),
    "world": QT_TRANSLATE_NOOP("MemberDetails", "the rest of the world"),
}


def _spin(maximum: float, suffix: str, decimals: int = 0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, maximum)
    spin.setDecimals(decimals)
    spin.setSuffix(suffix)
    spin.setKeyboardTracking(False)  # taken on Enter or leaving the box: one undo step per value
    return spin


class MemberDetails(QWidget):
    def __init__(self, session: AdvisorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.member: str | None = None
        self._loading = False
        self.title = QLabel()
        self.title.setWordWrap(True)
        # today's contract
        self.contract_end = QLineEdit()
        self.contract_end.setObjectName("contract_end")
        self.contract_end.setPlaceholderText(self.tr("date or months left"))
        self.contract_end.setToolTip(
            self.tr(
                "When today's contract (its minimum term) ends: a date such as 31.03.2027, or the months left "
                "such as 5; empty: no minimum term"
            )
        )
        self.notice = QLineEdit()
        self.notice.setObjectName("notice_months")
        self.notice.setPlaceholderText(self.tr("the provider's rule"))
        self.notice.setToolTip(
            self.tr("Months of notice: cancel that long before the contract ends (0 to 24); empty: the provider's")
        )
        self.exit_fee = QLineEdit()
        self.exit_fee.setObjectName("exit_fee")
        self.exit_fee.setPlaceholderText(self.tr("the provider's rule"))
        self.exit_fee.setToolTip(
            self.tr(
                "A flat amount you were told leaving early costs; empty: the provider's rule (usually the fees "
                "of the months left)"
            )
        )
        self.timing = QLabel()
        self.timing.setObjectName("contract_timing")
        self.timing.setWordWrap(True)
        contract = QGroupBox(self.tr("Today's contract"))
        form = QFormLayout(contract)
        for text, box in (
            (self.tr("Contract en&ds"), self.contract_end),
            (self.tr("&Notice (months)"), self.notice),
            (self.tr("E&xit fee"), self.exit_fee),
        ):
            form.addRow(text, box)
        form.addRow(self.timing)
        # the phone
        self.phones = QListWidget()
        self.phones.setObjectName("phone_wish")
        self.phones.setToolTip(
            self.tr("Tick the phones that would do (any of them); none ticked: the member keeps the current phone")
        )
        currency = session.catalogue.currency
        for device in sorted(session.catalogue.devices.values(), key=lambda d: (d.maker, d.model, d.storage_gb)):
            item = QListWidgetItem(
                self.tr("{phone}, {price}").format(phone=device.name, price=money(device.retail_price, currency))
            )
            item.setData(Qt.ItemDataRole.UserRole, device.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.phones.addItem(item)
        self.phones.setMinimumHeight(self.phones.sizeHintForRow(0) * min(6, max(1, self.phones.count())) + 6)
        self.phone_summary = QLabel()
        self.phone_summary.setObjectName("phone_summary")
        self.phone_summary.setWordWrap(True)
        self.max_upfront = QLineEdit()
        self.max_upfront.setObjectName("max_upfront")
        self.max_upfront.setPlaceholderText(self.tr("no limit"))
        self.max_upfront.setToolTip(self.tr("The most the member pays at once for the phone; empty: no limit"))
        phone = QGroupBox(self.tr("Phone"))
        phone_form = QFormLayout(phone)
        phone_label = QLabel(self.tr("&Wanted (tick any that would do)"))
        phone_label.setBuddy(self.phones)
        phone_form.addRow(phone_label)
        phone_form.addRow(self.phones)
        phone_form.addRow(self.phone_summary)
        phone_form.addRow(self.tr("At &most upfront"), self.max_upfront)
        # travel
        self.days: dict[Zone, QDoubleSpinBox] = {}
        travel = QGroupBox(self.tr("Travel (days abroad a year)"))
        travel_form = QFormLayout(travel)
        for zone in ROAMING_ZONES:
            spin = _spin(MAX_ROAMING_DAYS, self.tr(" days"), 1)
            spin.setObjectName(f"roaming_days:{zone}")
            spin.setToolTip(self.tr("Days abroad a year in {zone}").format(zone=self.tr(ZONE_TIPS[zone])))
            spin.valueChanged.connect(self._travel_edited)
            self.days[zone] = spin
            travel_form.addRow(self.tr(ZONE_LABELS[zone]), spin)
        self.minutes_abroad = _spin(MAX_ROAMING_MINUTES, self.tr(" min"), 1)
        self.minutes_abroad.setObjectName("roaming_minutes")
        self.minutes_abroad.setToolTip(self.tr("Call minutes on a day abroad"))
        self.mb_abroad = _spin(MAX_ROAMING_MB, " MB", 1)
        self.mb_abroad.setObjectName("roaming_mb")
        self.mb_abroad.setToolTip(self.tr("Mobile data on a day abroad, in MB (1 GB = 1,024 MB)"))
        for spin in (self.minutes_abroad, self.mb_abroad):
            spin.valueChanged.connect(self._travel_edited)
        travel_form.addRow(self.tr("Calls a day abroad"), self.minutes_abroad)
        travel_form.addRow(self.tr("Data a day abroad"), self.mb_abroad)
        self.problem = QLabel()
        self.problem.setObjectName("details_problem")
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.RichText)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 0, 0)
        for part in (self.title, contract, phone, travel, self.problem):
            column.addWidget(part)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        chain = [self.contract_end, self.notice, self.exit_fee, self.phones, self.max_upfront, *self.days.values()]
        for before, after in itertools.pairwise([*chain, self.minutes_abroad, self.mb_abroad]):
            QWidget.setTabOrder(before, after)  # the order they are read in, top to bottom
        self.contract_end.editingFinished.connect(lambda: self._typed(self.contract_end, with_contract_end))
        self.notice.editingFinished.connect(lambda: self._typed(self.notice, with_notice))
        self.exit_fee.editingFinished.connect(lambda: self._typed(self.exit_fee, with_exit_fee))
        self.max_upfront.editingFinished.connect(self._wish_edited)
        self.phones.itemChanged.connect(self._wish_edited)
        session.householdChanged.connect(self.refresh)
        self.show_member(None)

    # -- showing a member ---------------------------------------------------------------
    def show_member(self, name: str | None) -> None:
        self.member = name if name in self.session.household.member_names else None
        self.problem.clear()
        self.refresh()

    def refresh(self) -> None:
        household = self.session.household
        if self.member not in household.member_names:
            self.member = None
        self.setEnabled(self.member is not None)
        if self.member is None:
            self.title.setText(self.tr("Select a member"))
            return
        member = household.member(self.member)
        self.title.setText(
            self.tr("<b>{name}</b>: today's contract, the phone wanted, travel").format(name=member.name)
        )
        self._loading = True
        try:
            plan = member.current
            for box, text in (
                (self.contract_end, contract_end_text(member, household, typed=True)),
                (self.notice, "" if plan is None or plan.notice_months is None else str(plan.notice_months)),
                (self.exit_fee, "" if plan is None or plan.exit_fee is None else number(plan.exit_fee, 2)),
                (
                    self.max_upfront,
                    "" if member.device_wish.max_upfront is None else number(member.device_wish.max_upfront, 2),
                ),
            ):
                if not (box.hasFocus() and box.isModified()):  # never overwrite what is being typed
                    box.setText(text)
                    box.setModified(False)
            for box in (self.contract_end, self.notice, self.exit_fee):
                box.setEnabled(plan is not None)
            self.timing.setText(timing_text(member, household, self.session.catalogue))
            wished = set(member.device_wish.models)
            for row in range(self.phones.count()):
                item = self.phones.item(row)
                on = item.data(Qt.ItemDataRole.UserRole) in wished
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self._show_wish(member.device_wish)
            for zone, spin in self.days.items():
                spin.setValue(member.roaming.days_per_year.get(zone, 0.0))
            self.minutes_abroad.setValue(member.roaming.minutes_per_day)
            self.mb_abroad.setValue(member.roaming.mb_per_day)
        finally:
            self._loading = False

    def _show_wish(self, wish: DeviceWish) -> None:
        devices = self.session.catalogue.devices
        if wish.keeps_phone:
            self.phone_summary.setText(self.tr("Keeps the current phone."))
            return
        names = [devices[m].name if m in devices else m for m in wish.models]
        self.phone_summary.setText(self.tr("Wants: {phones}.").format(phones=self.tr(" or ").join(names)))

    def focus_first(self) -> None:
        """The cursor in the first box there is to fill: the contract's end (the phones, with no plan of today)."""
        (self.contract_end if self.contract_end.isEnabled() else self.phones).setFocus()

    # -- edits --------------------------------------------------------------------------
    def _member(self) -> ta.Member | None:
        household = self.session.household
        return household.member(self.member) if self.member in household.member_names else None

    def _take(self, changed: ta.Member) -> None:
        household = self.session.household
        members = tuple(changed if m.name == changed.name else m for m in household.members)
        self.problem.clear()
        self.session.update_household(replace(household, members=members))

    def _refuse(self, box: QWidget, message: str) -> None:
        """Said beside the boxes and in the window; the box keeps the text and the cursor, to be corrected."""
        self.problem.setText(problem_span(message))
        self.session.errorOccurred.emit(message)
        box.setFocus()

    def _typed(self, box: QLineEdit, change: Callable[[ta.Member, str], ta.Member]) -> None:
        member = self._member()
        if member is None or self._loading or not box.isModified():
            return
        try:
            changed = change(member, box.text())
        except ValueError as exc:
            self._refuse(box, str(exc))
            return
        box.setModified(False)
        if changed != member:
            self._take(changed)
        else:
            self.problem.clear()

    def _wish_edited(self, *_args: object) -> None:
        member = self._member()
        if member is None or self._loading:
            return
        try:
            limit = read_amount(self.max_upfront.text(), self.tr("at most upfront"))
        except ValueError as exc:
            self._refuse(self.max_upfront, str(exc))
            return
        models = tuple(
            self.phones.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.phones.count())
            if self.phones.item(row).checkState() == Qt.CheckState.Checked
        )
        kept = [m for m in member.device_wish.models if m not in self.session.catalogue.devices]  # not listed here
        wish = DeviceWish((*models, *kept), limit)
        self.max_upfront.setModified(False)
        if wish != member.device_wish:
            self._take(replace(member, device_wish=wish))

    def _travel_edited(self, *_args: object) -> None:
        member = self._member()
        if member is None or self._loading:
            return
        days = {zone: spin.value() for zone, spin in self.days.items() if spin.value() > 0}
        roaming = Roaming(days, self.minutes_abroad.value(), self.mb_abroad.value())
        if roaming != member.roaming:
            self._take(replace(member, roaming=roaming))
