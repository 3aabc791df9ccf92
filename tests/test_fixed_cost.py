"""A build process's fixed cost (issue 14): what a build imports, and what a pool's workers compile."""

import subprocess
import sys

from .conftest import CORPUS, SAMPLE, loaded_by_cli


def test_quiet_build_of_text_reports_imports_no_progress_bar_nor_html_parser(tmp_path):
    """With no bar to show and no HTML to read, tqdm and lxml stay unloaded."""
    args = ["build", str(SAMPLE), "--out", str(tmp_path / "out"), "--quiet"]
    assert loaded_by_cli(args, {"tqdm", "lxml"}) == []


def test_compiled_patterns_leave_the_extractors_nothing_to_compile():
    """After `compile_patterns` (a pool's build calls it before forking its workers), no pattern of the
    extractors is compiled while every corpus text is extracted: the workers share them all (`re.split(...)` and
    the like, compiled once into `re`'s cache, are not counted)."""
    code = ("import sys\n"
            "from pathlib import Path\n"
            "from re import _compiler\n"
            "from gidata.build.report import process_file\n"
            "from gidata.extract.report import compile_patterns\n"
            "compile_patterns()\n"
            "compiled = _compiler.compile\n"
            "callers = set()\n"
            "MODULE_LEVEL = {'search', 'match', 'fullmatch', 'split', 'findall', 'finditer', 'sub', 'subn'}\n"
            "def counted(pattern, flags=0):\n"
            "    frame, called = sys._getframe(), None\n"
            "    while frame and not frame.f_code.co_filename.startswith(sys.argv[1]):\n"
            "        frame, called = frame.f_back, frame.f_code.co_name\n"
            "    if frame and called not in MODULE_LEVEL:\n"
            "        callers.add(frame.f_code.co_name)\n"
            "    return compiled(pattern, flags)\n"
            "_compiler.compile = counted\n"
            "paths = sorted(Path(sys.argv[2]).glob('*/*.txt'))\n"
            "assert len(paths) > 20\n"
            "for i, path in enumerate(paths):\n"
            "    process_file(path, str(i))\n"
            "print(sorted(callers))")
    import gidata.extract

    extract = str(gidata.extract.__path__[0])
    result = subprocess.run([sys.executable, "-c", code, extract, str(CORPUS)], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_patterns_compiled_from_their_kept_parse_find_what_re_compile_finds():
    """A prose pattern compiled from the parse its gate's word was read from matches as `re.compile` of it does."""
    import re
    from pathlib import Path

    from gidata.extract.prose import _COMPILED, _ZERO_COMPILED, NUMBER_FIRST
    from gidata.read.files import read_document

    texts = [read_document(p).text for p in sorted(Path(CORPUS).glob("*/*.txt"))[:12]]
    for pattern in _COMPILED + _ZERO_COMPILED:
        again = re.compile(NUMBER_FIRST + pattern.source if pattern._number_first else pattern.source)
        for text in texts:
            assert [m.span() for m in pattern.compiled.finditer(text)] == [m.span() for m in again.finditer(text)]


def test_classes_worked_out_once_compile_to_the_same_code(monkeypatch):
    """`gidata.lazyre.remember_classes` (the CLI's) has `re` remember each character class it worked out: every
    pattern compiles to the code `re` gives it without (the prose patterns, the labels, classes of
    case-insensitive and other patterns)."""
    import re._compiler as compiler
    import re._parser as parser

    from gidata import lazyre

    monkeypatch.setattr(compiler, "_optimize_charset", compiler._optimize_charset)  # (put back after the test)
    lazyre.remember_classes()
    from gidata.extract.prose import _COMPILED, _ZERO_COMPILED
    from gidata.vocabulary.labels import LABELS

    sources = [p.source for p in _COMPILED + _ZERO_COMPILED] + [entry.words.pattern for entry in LABELS] + [
        r"[^。;；,，\n]{0,8}", r"[a-zA-Z\u4e00-\u9fff]", r"[\d\s]|[^\W\d]", r"(?i)[a-z甲]+", r"[\U0001F600-\U0001F64F]"]
    assert compiler._optimize_charset.__wrapped__
    remembered = [compiler._code(parser.parse(s), 0) for s in sources * 2]
    monkeypatch.setattr(compiler, "_optimize_charset", compiler._optimize_charset.__wrapped__)
    assert remembered == [compiler._code(parser.parse(s), 0) for s in sources * 2]


def test_importing_gidata_leaves_re_as_it_is():
    code = ("import re._compiler as c, gidata.extract.report, gidata.build.run\n"
            "print(hasattr(c._optimize_charset, '__wrapped__'))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_a_parse_of_one_text_imports_no_pool_ocr_nor_writer():
    """`gidata parse` of one text report (issue 14: under 0.25 s) imports no process pool, OCR reader, release
    writer or crawl-table reader, and compiles most of the tables' patterns not at all (`gidata.lazyre`)."""
    code = ("import contextlib, io, sys\n"
            "from gidata.cli import main\n"
            f"sys.argv = ['gidata', 'parse', {str(SAMPLE / '000_6eecb43df29e7b4f.txt')!r}]\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    main()\n"
            "from gidata import lazyre\n"
            "compiled = sum('_compiled' in p.__dict__ for p in lazyre._MADE.values())\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('multiprocessing', 'concurrent', 'pyarrow',"
            " 'pandas', 'numpy', 'tempfile', 'traceback') or m in ('gidata.read.ocr', 'gidata.build.executors',"
            " 'gidata.build.run', 'gidata.release.output', 'gidata.read.crawl')), compiled < len(lazyre._MADE) / 2)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "[] True"
