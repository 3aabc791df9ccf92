"""Inputs and outputs on any fsspec filesystem (s3://, gs://, file://, memory://), local paths as before.

A location is a `Path` (local, used as it is) or an fsspec URL string. The readers work on local
files, so a remote report is copied to a temporary folder under its own name while it is read,
and a build for a remote `--out` is written to a temporary folder and then uploaded, its
SHA256SUMS last. Credentials are fsspec's and the cloud libraries' own (environment, config
files, instance roles), never gidata options. fsspec is imported only for URLs.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path, PurePosixPath

Location = Path | str


def is_url(location) -> bool:
    """An fsspec URL (`s3://bucket/key`, `memory://x`), as opposed to a local path."""
    return isinstance(location, str) and "://" in location


def location(text: str) -> Location:
    """A command-line path: a URL stays a string, anything else is a local Path."""
    return text if is_url(text) else Path(text)


def name_of(location: Location) -> str:
    """The last part of a location: a file's name, a folder's name."""
    return location.name if isinstance(location, Path) else PurePosixPath(_strip(location)).name


def parent_of(location: Location) -> Location:
    """The folder that holds a location, as the same kind of location."""
    if isinstance(location, Path):
        return location.parent
    protocol, _, path = location.partition("://")
    return f"{protocol}://{posixpath.dirname(path.rstrip('/'))}"


def child(folder: Location, name: str) -> Location:
    """`name` inside `folder`."""
    return folder / name if isinstance(folder, Path) else f"{folder.rstrip('/')}/{name}"


def exists(location: Location) -> bool:
    if isinstance(location, Path):
        return location.exists()
    fs, path = _fs(location)
    return fs.exists(path)


def is_file(url: str) -> bool:
    fs, path = _fs(url)
    return fs.isfile(path)


def files_under(root: str) -> list[tuple[str, str]]:
    """Every file under a folder's URL, each as (URL, path relative to the folder), in sorted order."""
    fs, path = _fs(root)
    base = path.rstrip("/") + "/"
    found = sorted(p for p in fs.find(path) if p.startswith(base))
    return [(fs.unstrip_protocol(p), p[len(base):]) for p in found]


def read_bytes(location: Location) -> bytes | None:
    """The bytes of a file, or None when there is no such file."""
    if isinstance(location, Path):
        return location.read_bytes() if location.is_file() else None
    fs, path = _fs(location)
    try:
        return fs.cat_file(path)
    except FileNotFoundError:
        return None


@contextmanager
def local_copy(location: Location) -> Iterator[Path]:
    """A local path with the file's bytes and name: the path itself, or a temporary copy of a remote file."""
    if isinstance(location, Path):
        yield location
        return
    with _temporary_folder("gidata-") as folder:
        fs, path = _fs(location)
        target = folder / name_of(location)
        fs.get_file(path, str(target))
        yield target


@contextmanager
def output_folder(out: Location) -> Iterator[Path]:
    """A local folder to build into: `out` itself, or a temporary one uploaded to `out` at the end."""
    if isinstance(out, Path):
        yield out
        return
    with _temporary_folder("gidata-out-") as folder:
        yield folder
        upload(folder, out)


@contextmanager
def _temporary_folder(prefix: str) -> Iterator[Path]:
    import shutil  # (here: `gidata --help` and a parse start without them)
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def upload(folder: Path, out: str, last: str = "SHA256SUMS") -> None:
    """Copy a local folder's files to a URL (sub-folders too), the file named `last` at the end."""
    fs, root = _fs(out)
    files = sorted((p for p in folder.rglob("*") if p.is_file()), key=lambda p: (p.name == last, str(p)))
    for local in files:
        target = posixpath.join(root, local.relative_to(folder).as_posix())
        fs.makedirs(posixpath.dirname(target), exist_ok=True)
        fs.put_file(str(local), target)


def _fs(url: str):
    from fsspec.core import url_to_fs
    return url_to_fs(url)


def _strip(url: str) -> str:
    return url.partition("://")[2].rstrip("/")
