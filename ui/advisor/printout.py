"""The advice as a printed page (File -> Print): who it is for, the recommended plans, what they include and
cost, the saving, the usage it rests on. Rich text for a QTextDocument, so it prints on any printer Qt knows; the full
report with its charts is the exported PDF."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from tariff_advisor.billing.bill import HOUSEHOLD
from tariff_advisor.catalogue.summary import tariff_summary
from tariff_advisor.i18n import date, money, number

if TYPE_CHECKING:
    from tariff_advisor.optimiser.explain import Explanation
    from tariff_advisor.optimiser.recommendation import Recommendation


def _row(cells: list[str], header: bool = False, right_from: int = 99) -> str:
    tag = "th" if header else "td"
    return (
        "<tr>"
        + "".join(f"<{tag}{' align=right' if i >= right_from else ''}>{escape(c)}</{tag}>" for i, c in enumerate(cells))
        + "</tr>"
    )


def advice_html(rec: Recommendation, explanation: Explanation) -> str:
    plans = rec.plans
    if plans is None:
        raise ValueError(
            QCoreApplication.translate("printout", "no recommendation to print: {reason}").format(reason=rec.reason)
        )
    household, catalogue, bill = rec.household, rec.catalogue, plans.bill
    currency, months = bill.currency, bill.horizon_months
    summary = QCoreApplication.translate(
        "printout",
        "The recommended plans cost <b>{total}</b> over {months} months "
        "(<b>{monthly}</b> a month on average); this is {reason}.",
    ).format(
        total=money(bill.total, currency),
        months=months,
        monthly=money(bill.monthly_average, currency),
        reason=escape(rec.reason),
    )
    if rec.today is not None:
        saving = rec.today.total - bill.total
        summary += " " + QCoreApplication.translate(
            "printout", "Staying on today's plans would cost {today}: you save <b>{saving}</b>."
        ).format(today=money(rec.today.total, currency), saving=money(saving, currency))
    if explanation.joint_saving is not None and explanation.joint_saving > 0.005:
        summary += " " + QCoreApplication.translate(
            "printout", "Planning the household together saves {saving} more."
        ).format(saving=money(explanation.joint_saving, currency))
    by_member = bill.by_member()
    heads = [
        QCoreApplication.translate("printout", "member"),
        QCoreApplication.translate("printout", "provider"),
        QCoreApplication.translate("printout", "tariff"),
        QCoreApplication.translate("printout", "options"),
        QCoreApplication.translate("printout", "a month"),
    ]
    rows = [_row([*heads, QCoreApplication.translate("printout", "{months} months").format(months=months)], True)]
    for name, choice in plans.assignment.items():
        tariff = catalogue.tariff(choice["tariff"])
        provider = catalogue.providers[tariff.provider].name if tariff.provider in catalogue.providers else ""
        options = ", ".join(catalogue.option(o).name for o in choice["options"]) or "-"
        total = by_member.get(name, 0.0)
        rows.append(_row([name, provider, tariff.name, options, money(total / months), money(total)], right_from=4))
    if HOUSEHOLD in by_member:
        shared = by_member[HOUSEHOLD]
        rows.append(
            _row(
                [
                    QCoreApplication.translate("printout", "shared"),
                    "",
                    QCoreApplication.translate("printout", "family plan"),
                    "",
                    money(shared / months),
                    money(shared),
                ],
                right_from=4,
            )
        )
    rows.append(
        _row(
            [
                QCoreApplication.translate("printout", "total"),
                "",
                "",
                "",
                money(bill.monthly_average),
                money(bill.total),
            ],
            right_from=4,
        )
    )
    includes = "".join(
        f"<li>{escape(name)}: "
        f"{escape(tariff_summary(catalogue.tariff(c['tariff']), catalogue, c['options'], currency))}</li>"
        for name, c in plans.assignment.items()
    )
    usage = [
        _row(
            [
                QCoreApplication.translate("printout", "member"),
                QCoreApplication.translate("printout", "call minutes"),
                "SMS",
                QCoreApplication.translate("printout", "data (GB)"),
                QCoreApplication.translate("printout", "intl. minutes"),
            ],
            True,
        )
    ]
    for member in household.members:
        mean = member.average_month()
        usage.append(
            _row(
                [
                    member.name,
                    number(mean.minutes),
                    number(mean.sms),
                    number(mean.data_mb / 1024, 1),
                    number(mean.intl_minutes),
                ],
                right_from=1,
            )
        )
    table = "<table border=1 cellspacing=0 cellpadding=4 width=100%>"
    warnings = "".join(
        QCoreApplication.translate("printout", "<p>Warning: {warning}</p>").format(warning=escape(w))
        for w in bill.warnings
    )
    plans_title = QCoreApplication.translate("printout", "Recommended plans ({currency})").format(
        currency=escape(currency)
    )
    includes_title = QCoreApplication.translate("printout", "What each plan includes")
    usage_title = QCoreApplication.translate("printout", "Usage it rests on (average a month)")
    title = QCoreApplication.translate("printout", "Mobile tariff advice for {household}").format(
        household=escape(household.name)
    )
    prepared = QCoreApplication.translate("printout", "Prepared {day} by Tariff Advisor.").format(
        day=date(dt.date.today())
    )
    return (
        f"<h1>{title}</h1><p>{prepared}</p><p>{summary}</p>"
        f"<h2>{plans_title}</h2>{table}{''.join(rows)}</table>{warnings}"
        f"<h2>{includes_title}</h2><ul>{includes}</ul>"
        f"<h2>{usage_title}</h2>{table}{''.join(usage)}</table>"
    )
