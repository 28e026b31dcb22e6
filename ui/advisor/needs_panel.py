"""The needs advisor: a short questionnaire that estimates a member's month for people who do not know it.

Every data answer sits next to its assumption (MB per hour of video...), taken from
tariff_advisor/data/needs.yaml and correctable here; the estimate and how it was
made show below, and "Use for member" makes it the member's typical month and, from the travel answers, the
member's days abroad and use there (the member details show them). The answers belong to
the member: they are saved with the household when used, and shown again when the member is selected
(the questionnaire's defaults for a member who never answered). The assumptions are about the world,
not the member, so they stay as corrected while members change.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from tariff_advisor.i18n import number
from tariff_advisor.report.formatting import feature_label
from tariff_advisor.usage.needs import Estimate, default_answers, estimate, load_needs, short_unit

from .session import AdvisorSession


def _spin(maximum: float, suffix: str, decimals: int = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0, maximum)
    spin.setDecimals(decimals)
    spin.setSuffix(f" {suffix}")
    spin.setAccelerated(True)
    spin.setMaximumWidth(spin.sizeHint().width())  # the widest answer in the font in use (large text too)
    return spin


class NeedsPanel(QWidget):
    def __init__(self, session: AdvisorSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.model = session, load_needs()
        self.member: str | None = None
        self.defaults = default_answers(self.model)
        self._loading = False  # filling in a member's answers: one estimate at the end, not one per box
        self.answers: dict[str, QDoubleSpinBox] = {}
        self.assumptions: dict[str, QDoubleSpinBox] = {}
        questions = QWidget()
        grid = QGridLayout(questions)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("<b>Away from Wi-Fi, how much...</b>")), 0, 0, 1, 2)
        grid.addWidget(QLabel(self.tr("<b>assumed</b>")), 0, 2)
        for row, question in enumerate(self.model.questions, start=1):
            label = QLabel(question.text)
            label.setWordWrap(True)
            answer = _spin(question.maximum, short_unit(question.unit))
            answer.setToolTip(f"{question.text} ({question.unit})")
            answer.setObjectName(f"need:{question.id}")
            answer.setValue(self.defaults[question.id])
            answer.valueChanged.connect(self.update_estimate)
            label.setBuddy(answer)
            grid.addWidget(label, row, 0)
            grid.addWidget(answer, row, 1)
            self.answers[question.id] = answer
            if question.assumption:
                assumed = _spin(100_000, short_unit(question.assumption.split(" of ")[0]), 0)
                assumed.setObjectName(f"assume:{question.id}")
                assumed.setValue(question.per_unit)
                assumed.setToolTip(
                    self.tr("{assumption} (from needs.yaml; correct it if you know better)").format(
                        assumption=question.assumption
                    )
                )
                assumed.valueChanged.connect(self.update_estimate)
                grid.addWidget(assumed, row, 2)
                self.assumptions[question.id] = assumed
        grid.setRowStretch(len(self.model.questions) + 1, 1)  # spare height below the questions, not between
        grid.setColumnStretch(0, 1)
        grid.setColumnMinimumWidth(1, 104)
        grid.setColumnMinimumWidth(2, 92)
        scroll = QScrollArea()
        scroll.setWidget(questions)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.result = QLabel()
        self.result.setObjectName("needs_result")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.use_button = QPushButton(self.tr("Use for member"))
        self.use_button.setObjectName("use_needs")
        self.use_button.setToolTip(
            self.tr(
                "Replace the member's usage and travel with this estimate (one typical month, days abroad) and keep "
                "these answers with them"
            )
        )
        self.use_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.result)
        layout.addWidget(self.use_button)
        self.estimate: Estimate | None = None
        self.update_estimate()

    def reset_assumptions(self) -> None:
        """Back to needs.yaml's assumptions: a customer's own correction (e.g. video at 2,100 MB/h) is theirs."""
        for question in self.model.questions:
            if question.id in self.assumptions:
                self.assumptions[question.id].setValue(question.per_unit)

    def show_member(self, name: str | None) -> None:
        """The member's own answers (the defaults if they never answered), under a button naming them."""
        self.member = name
        self.use_button.setEnabled(name is not None)
        self.use_button.setText(self.tr("Use for {name}").format(name=name) if name else self.tr("Use for member"))
        household = self.session.household
        saved = household.member(name).needs_answers if name in household.member_names else {}
        self._loading = True
        try:
            for qid, spin in self.answers.items():
                spin.setValue(saved.get(qid, self.defaults[qid]))
        finally:
            self._loading = False
        self.update_estimate()

    def current_estimate(self) -> Estimate:
        answers = {qid: spin.value() for qid, spin in self.answers.items()}
        corrections = {qid: spin.value() for qid, spin in self.assumptions.items()}
        return estimate(answers, corrections, self.model)

    def update_estimate(self, *_args: object) -> None:
        if self._loading:
            return
        self.estimate = current = self.current_estimate()
        u = current.usage
        needs = (
            self.tr("; needs <b>{join}</b>").format(join=", ".join(feature_label(f) for f in current.features))
            if current.features
            else ""
        )
        self.result.setText(
            self.tr(
                "<b>Estimate:</b> {value} GB data, {minutes} call minutes ({calls} calls), {sms} SMS, "
                "{intl_minutes} international minutes a month{needs}.<br><small>{join}</small>"
            ).format(
                value=number(u.data_mb / 1024, 1),
                minutes=number(u.minutes),
                calls=number(u.calls),
                sms=number(u.sms),
                intl_minutes=number(u.intl_minutes),
                needs=needs,
                join="<br>".join(current.assumptions_text()),
            )
        )

    def apply(self) -> None:
        if self.member is None or self.estimate is None:
            return
        answers = {qid: spin.value() for qid, spin in self.answers.items()}
        # usage, needs, answers and the travel answers' roaming: one undo step
        household = self.estimate.applied_to(self.session.household, self.member, answers)
        self.session.update_household(household, self.tr("Apply needs for {member}").format(member=self.member))
