"""Known items a counted prose figure's label names unambiguously (issue 13).

A figure no pattern of `prose.PATTERNS` read becomes `prose_other`, its label the phrase that says what
was counted (`已在规定期限内答复` 1件). Where the label names one item of `LABELS` (its words, one of its
units, its sentence's words) and nothing of `NOT_BY_LABEL`, the figure is that item's (method prose_label).
"""

from __future__ import annotations

import re
from typing import NamedTuple


class Label(NamedTuple):
    """The words a label must have to name an item, the units its figure may have, and the words its
    sentence must hold (None: any sentence)."""

    item: str
    words: re.Pattern
    units: frozenset[str]
    sentence: re.Pattern | None = None


_PIECES = frozenset("条件篇")
_TIMES = frozenset("次场期")
# The verbs of taking part in an event (出席省政府新闻发布会).
_TOOK_PART = r"(?:召开|举办|举行|组织|出席|参加|参与)"
# The answered requests: a statement of the replies alone (已在规定期限内答复), nothing else in the label.
_IN_TIME = r"(?:在(?:规定|法定)(?:的)?(?:期限|时限)内|按时|依法|及时)"
LABELS = (
    Label("resp_press_conf", re.compile(rf"{_TOOK_PART}.*新闻发布会$"), _TIMES),
    Label("reply_total", re.compile(rf"^(?:均|已|全部|都)*{_IN_TIME}?(?:予以|作出|进行了?)?答复$"), frozenset("件")),
    # a list of what was disclosed, which names normative documents alone (包括规范性文件1条, not 政策规范性文件类信息)
    Label("pro_normative", re.compile(r"^(?:包括|含|其中)(?:主动公开)?(?:的)?规范性文件$"), _PIECES,
          re.compile(r"主动公开")),
    Label("normative_issued", re.compile(r"^(?:制发|印发|出台)(?:了)?规范性文件$"), frozenset("件个")),
)
# Words of a label (or of its clause) whose figure is not the body's figure of the year: a comparison, a
# running total, the head's share, a unit's count; with `prose.AVERAGE`, `prose.CUMULATIVE` (historical totals)
# and `prose.NOT_THE_BODYS_TOTAL` (a column's or a sub-unit's count).
NOT_BY_LABEL = re.compile(r"同比|环比|较|增加|增长|减少|下降|上年|去年|上一年|累计|以来|之一|各|主要负责")
