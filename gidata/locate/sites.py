"""The body a report belongs to by the website that published it, for reports that name none.

A statistical table published as a page of its own (政府信息公开情况统计表（2018年度）) may name no
body in its title or text; the page's address still says whose site it is on. Which site or column
belongs to which body is data (sites.csv beside this file: an `address` is a host, or a host and the
start of a path, without `www.`); a portal that publishes many bodies' reports is listed only by the
columns that belong to one body.
"""

from __future__ import annotations

import csv
import functools
import re
from pathlib import Path
from urllib.parse import urlsplit

SITES_FILE = Path(__file__).with_name("sites.csv")


@functools.lru_cache(maxsize=1)
def sites() -> tuple[tuple[str, str, str], ...]:
    """(host, path prefix, body) of the site table, the longest address first."""
    rows = []
    with SITES_FILE.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            host, _, path = row["address"].strip().lower().partition("/")
            rows.append((host, "/" + path, row["body"].strip()))
    return tuple(sorted(rows, key=lambda r: -len(r[0]) - len(r[1])))


def site_body(url: str | None) -> str | None:
    """The body whose site or column the address is on, or None.

    >>> site_body("http://jyt.hebei.gov.cn/col/1414231541890/2019/03/01/1551400960991.html")
    '河北省教育厅'
    >>> site_body("https://www.pingtan.gov.cn/zwgk/zfxxgk/zfxxgknb/201302/t20130228_80734.htm") is None
    True
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return None
    path = re.sub(r"/{2,}", "/", parts.path or "/")
    for site, prefix, body in sites():
        if host == site and path.startswith(prefix):
            return body
    return None
