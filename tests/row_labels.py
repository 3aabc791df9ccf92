"""Row-label fragments of the applicant matrix, as printed, for tests that find rows in read tables."""

# matrix item -> a fragment of its row label (2019 layout: one (六)其他处理 row)
MATRIX_2019 = {
    "req_new": "本年新收", "req_carried_over": "上年结转", "out_granted": "(一)予以公开",
    "out_partial": "(二)部分公开", "out_denied_state_secret": "属于国家秘密",
    "out_denied_prohibited": "2.其他法律行政", "out_denied_security": "三安全一稳定",
    "out_denied_third_party": "保护第三方", "out_denied_internal": "三类内部事务",
    "out_denied_process": "四类过程性", "out_denied_enforcement": "行政执法案卷",
    "out_denied_inquiry": "行政查询事项", "out_unable_not_held": "不掌握相关",
    "out_unable_needs_creation": "没有现成信息", "out_unable_unclear": "补正后申请内容",
    "out_unprocessed_petition": "信访举报投诉", "out_unprocessed_repeat": "2.重复申请",
    "out_unprocessed_publication": "公开出版物", "out_unprocessed_mass": "大量反复",
    "out_unprocessed_confirm": "确认或重新出具", "out_other": "(六)其他处理", "out_total": "(七)总计",
    "req_carried_forward": "结转下年度",
}
# 2021 layout: (六)其他处理 split in three rows; "3.其他" is matched whole
MATRIX_2021 = {**{k: v for k, v in MATRIX_2019.items() if k not in ("out_other", "out_total", "req_carried_forward")},
               "out_other_no_correction": "逾期不补正", "out_other_no_fee": "收费通知", "out_other_other": "3.其他",
               "out_total": "(七)总计", "req_carried_forward": "结转下年度"}
