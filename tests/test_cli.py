"""The `gidata` command line."""

import json

import pytest

from gidata.cli import main

from .conftest import SAMPLE, loaded_by_cli


def test_build_prints_a_summary(tmp_path, capsys):
    assert main(["build", str(SAMPLE), "--out", str(tmp_path), "--quiet"]) == 0
    line = capsys.readouterr().out
    assert line.startswith("5 files: 5 ok, 0 partial, 0 other") and "identity breaks" in line
    assert (tmp_path / "facts.parquet").exists() and (tmp_path / "DATA_DICTIONARY.md").exists()
    assert not (tmp_path / "gidata.xlsx").exists()  # the workbook only on request: it costs ~0.2 ms a row


def test_build_writes_the_workbook_when_asked(tmp_path):
    assert main(["build", str(SAMPLE), "--out", str(tmp_path), "--xlsx", "--quiet"]) == 0
    assert "gidata.xlsx" in (tmp_path / "SHA256SUMS").read_text(encoding="utf-8")


def test_parse_json_has_report_facts_and_checks(capsys):
    assert main(["parse", str(SAMPLE / "004_cde45a360ad512ec.txt"), "--json"]) == 0
    parsed = json.loads(capsys.readouterr().out)
    assert parsed["report"]["body"] == "官渡区环保局"
    assert {"item": "budget", "value": 0.5, "method": "table"}.items() <= next(
        f for f in parsed["facts"] if f["item"] == "budget" and f["method"] == "table").items()
    assert all(c["holds"] for c in parsed["checks"])


def test_parse_readable_table(capsys):
    assert main(["parse", str(SAMPLE / "001_f55af3b9fc6ef95b.txt")]) == 0
    out = capsys.readouterr().out
    assert "宜春市 | 2021 | prefecture" in out and "out_unable_not_held" in out


def test_items_json_lists_the_vocabulary(capsys):
    assert main(["items", "--json"]) == 0
    codes = {i["code"] for i in json.loads(capsys.readouterr().out)}
    assert {"req_new", "reply_denied", "suit_after_review_pending", "budget"} <= codes


def test_unusable_arguments_exit_non_zero(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nowhere"), "--out", str(tmp_path)]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert main(["parse", str(tmp_path / "missing.txt")]) == 2
    assert main([]) == 2


def test_version_and_examples_in_every_subcommand_help(capsys):
    import gidata

    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.strip() == f"gidata {gidata.__version__}"
    for command in ("build", "parse", "items", "dictionary", "verify"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = capsys.readouterr().out
        assert "examples:" in out and f"gidata {command}" in out.split("examples:")[1], command


def test_parse_of_a_file_that_is_not_a_report_says_so_in_words(tmp_path, capsys):
    page = tmp_path / "notice.txt"
    page.write_text("关于举办春季运动会的通知。请各单位于三月一日前报名。", encoding="utf-8")
    assert main(["parse", str(page)]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "notice.txt: no_statistics"
    assert "nothing extracted" in out and "None" not in out


def test_parse_of_one_report_imports_no_dataframe_library():
    """`gidata parse` of one report starts fast (issue 14): pandas, pyarrow and dask stay unloaded."""
    report = sorted(SAMPLE.glob("*.txt"))[0]
    assert loaded_by_cli(["parse", str(report)], {"pandas", "pyarrow", "dask"}) == []
