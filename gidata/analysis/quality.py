"""Summaries of the `checks` table: which accounting identities reports break, and how often."""

from __future__ import annotations

import pandas as pd


def identity_family(identity: str) -> str:
    """The identity without its column or row qualifier, so that 7 matrix columns count as one kind.

    >>> identity_family("balance:natural_person")
    'balance'
    >>> identity_family("reply_total")
    'reply_total'
    """
    return identity.split(":", 1)[0]


def break_rates(checks: pd.DataFrame, by: str | list[str] = "family") -> pd.DataFrame:
    """Identities checked and broken per group (default: identity family), with the share broken."""
    data = checks.assign(family=checks["identity"].map(identity_family), broken=~checks["holds"].astype(bool))
    out = data.groupby(by, observed=True)["broken"].agg(checked="size", broken="sum")
    out["break_share"] = out["broken"] / out["checked"]
    return out.sort_values(["break_share", "checked"], ascending=False)
