"""The customer (household) as a whole: name, how long to plan for, how usage grows, home broadband.

Each control writes to the session's household as soon as the edit is finished, so what is saved, priced and
printed is what the controls show; a household change from elsewhere (a file opened, a new customer) is shown.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from .session import AdvisorSession

# As the household file allows (tariff_advisor.household.files): 1 to 60 months, -90 to +500 % a year.
HORIZON_MONTHS = (1, 60)
GROWTH_PERCENT = (-90.0, 500.0)


class HouseholdPanel(QWidget):
    def __init__(self, session: AdvisorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.name = QLineEdit()
        self.name.setObjectName("customer_name")
        self.name.setPlaceholderText(self.tr("the customer's name"))
        self.name.setToolTip(self.tr("The customer or household: it titles the advice, the PDF and its file name"))
        self.horizon = QSpinBox()
        self.horizon.setObjectName("horizon")
        self.horizon.setRange(*HORIZON_MONTHS)
        self.horizon.setSuffix(self.tr(" months"))
        self.horizon.setToolTip(self.tr("How long to count costs for: usually the contract term (24 months)"))
        self.growth = QDoubleSpinBox()
        self.growth.setObjectName("usage_growth")
        self.growth.setRange(*GROWTH_PERCENT)
        self.growth.setDecimals(1)
        self.growth.setSuffix(self.tr(" % a year"))
        self.growth.setToolTip(
            self.tr("How much more the household will use each year (data use grows by 20-30% a year)")
        )
        self.broadband = QComboBox()
        self.broadband.setObjectName("home_broadband")
        self.broadband.addItem(self.tr("none"), None)
        catalogue = session.catalogue
        for provider in sorted(catalogue.providers.values(), key=lambda p: p.name):
            self.broadband.addItem(provider.name, provider.id)
        self.broadband.setToolTip(
            self.tr("The home-broadband provider: some providers give their broadband customers a discount")
        )
        # Numbers are taken when the edit is finished (Enter, Tab, arrows), not at every keystroke: each change
        # re-prices the household.
        for spin in (self.horizon, self.growth):
            spin.setKeyboardTracking(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for text, widget, stretch in (
            (self.tr("<b>C&ustomer</b>"), self.name, 2),  # Alt+C and Alt+H open menus
            (self.tr("Ho&rizon"), self.horizon, 0),
            (self.tr("Usage &growth"), self.growth, 0),
            (self.tr("Home &broadband"), self.broadband, 1),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget, stretch)
        self.show_household()
        session.householdChanged.connect(self.show_household)
        self.name.editingFinished.connect(self._name_edited)
        self.horizon.valueChanged.connect(lambda months: self._change(horizon_months=months))
        self.growth.valueChanged.connect(lambda percent: self._change(usage_growth_percent_per_year=percent))
        self.broadband.currentIndexChanged.connect(
            lambda _i: self._change(home_broadband_provider=self.broadband.currentData())
        )

    def show_household(self) -> None:
        household = self.session.household
        for widget in (self.name, self.horizon, self.growth, self.broadband):
            widget.blockSignals(True)
        try:
            if not (self.name.hasFocus() and self.name.isModified()):  # never overwrite what is being typed
                self.name.setText(household.name)
            self.horizon.setValue(household.horizon_months)
            self.growth.setValue(household.usage_growth_percent_per_year)
            index = self.broadband.findData(household.home_broadband_provider)
            if index < 0:  # a provider this catalogue does not have: shown, kept as it is
                self.broadband.addItem(str(household.home_broadband_provider), household.home_broadband_provider)
                index = self.broadband.count() - 1
            self.broadband.setCurrentIndex(index)
        finally:
            for widget in (self.name, self.horizon, self.growth, self.broadband):
                widget.blockSignals(False)

    def edit_name(self) -> None:
        """The household's name selected, with the cursor in it: typing replaces it."""
        self.name.setText(self.session.household.name)
        self.name.selectAll()
        self.name.setFocus()

    def _name_edited(self) -> None:
        name = self.name.text().strip()
        if not name:  # a household needs a name: the old one comes back
            self.name.setText(self.session.household.name)
            return
        self._change(name=name)
        self.name.setModified(False)

    def _change(self, **fields: Any) -> None:
        household = self.session.household
        if all(getattr(household, key) == value for key, value in fields.items()):
            return  # e.g. Tab through the name unchanged: nothing to save
        self.session.update_household(replace(household, **fields))
