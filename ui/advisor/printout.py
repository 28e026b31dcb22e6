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
from tariff_advisor.report.formatting import money

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
    summary = (
        f"The recommended plans cost <b>{money(bill.total, currency)}</b> over {months} months "
        f"(<b>{money(bill.monthly_average, currency)}</b> a month on average); this is {escape(rec.reason)}."
    )
    if rec.today is not None:
        saving = rec.today.total - bill.total
        summary += (
            f" Staying on today's plans would cost {money(rec.today.total, currency)}: "
            f"you save <b>{money(saving, currency)}</b>."
        )
    if explanation.joint_saving is not None and explanation.joint_saving > 0.005:
        summary += QCoreApplication.translate(
            "printout", " Planning the household together saves {money} more."
        ).format(money=money(explanation.joint_saving, currency))
    by_member = bill.by_member()
    rows = [_row(["member", "provider", "tariff", "options", "a month", f"{months} months"], True)]
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
                    "shared",
                    "",
                    QCoreApplication.translate("printout", "family plan"),
                    "",
                    money(shared / months),
                    money(shared),
                ],
                right_from=4,
            )
        )
    rows.append(_row(["total", "", "", "", money(bill.monthly_average), money(bill.total)], right_from=4))
    includes = "".join(
        f"<li>{escape(name)}: "
        f"{escape(tariff_summary(catalogue.tariff(c['tariff']), catalogue, c['options'], currency))}</li>"
        for name, c in plans.assignment.items()
    )
    usage = [
        _row(
            [
                "member",
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
                    f"{mean.minutes:,.0f}",
                    f"{mean.sms:,.0f}",
                    f"{mean.data_mb / 1024:,.1f}",
                    f"{mean.intl_minutes:,.0f}",
                ],
                right_from=1,
            )
        )
    table = "<table border=1 cellspacing=0 cellpadding=4 width=100%>"
    warnings = "".join(
        QCoreApplication.translate("printout", "<p>Warning: {escape}</p>").format(escape=escape(w))
        for w in bill.warnings
    )
    return (
        f"<h1>Mobile tariff advice for {escape(household.name)}</h1>"
        f"<p>Prepared {dt.date.today().isoformat()} by Tariff Advisor.</p>"
        f"<p>{summary}</p>"
        f"<h2>Recommended plans ({escape(currency)})</h2>{table}{''.join(rows)}</table>{warnings}"
        f"<h2>What each plan includes</h2><ul>{includes}</ul>"
        f"<h2>Usage it rests on (average a month)</h2>{table}{''.join(usage)}</table>"
    )
