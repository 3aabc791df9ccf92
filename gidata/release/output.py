"""Write a release so that nothing is lost: under a lock, into a temporary folder beside `--out`,
swapped into place only when every file and SHA256SUMS are complete; hashes taken from the bytes
as they were written, not read back.

Whatever stops a build (an error, a full disk, SIGTERM, SIGKILL), the folder at `--out` is either
the old release, whole, or the new one, whole. A killed build leaves a `.NAME.tmp-*` folder beside
it, which the next build into the same `--out` removes.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import hashlib
import io
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from gidata.errors import OutputError

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; builds into one folder must not overlap
    fcntl = None  # type: ignore[assignment]

CHECKSUMS = "SHA256SUMS"
KEPT = ("CHANGELOG.md",)  # hand-written files of a release, carried into each new build of it
_TMP = ".tmp-"
_OLD = ".old-"
_RENAME_EXCHANGE = 2  # renameat2 flag (Linux): swap two paths atomically
_AT_FDCWD = -100


class Written:
    """The files written into a folder, each with the SHA-256 and size of the bytes written."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.files: dict[str, tuple[str, int]] = {}  # name -> (sha256, bytes)

    @contextlib.contextmanager
    def open(self, name: str) -> Iterator[io.RawIOBase]:
        """A binary handle on `folder/name` that hashes what goes through it; synced to disk when closed.
        `name` may be in a subfolder (a table's year partition), made as needed."""
        (self.folder / name).parent.mkdir(parents=True, exist_ok=True)
        with (self.folder / name).open("wb") as handle:
            sink = _Hashing(handle)
            yield sink
            handle.flush()
            os.fsync(handle.fileno())
        self.files[name] = (sink.digest.hexdigest(), sink.size)

    def write_bytes(self, name: str, data: bytes) -> Path:
        with self.open(name) as sink:
            sink.write(data)
        return self.folder / name

    def write_text(self, name: str, text: str) -> Path:
        return self.write_bytes(name, text.encode("utf-8"))

    def checksums(self) -> str:
        """SHA256SUMS for every file written, in the format `sha256sum -c` reads."""
        return "".join(f"{digest}  {name}\n" for name, (digest, _) in sorted(self.files.items()) if name != CHECKSUMS)


class _Hashing(io.RawIOBase):
    """A write-only stream that passes bytes on and hashes them."""

    def __init__(self, handle) -> None:
        self.handle, self.digest, self.size = handle, hashlib.sha256(), 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        """Hash and write the bytes as given (Arrow's CSV writer gives its own buffers: not copied)."""
        size = memoryview(data).nbytes
        self.digest.update(data)
        self.size += size
        self.handle.write(data)
        return size

    def tell(self) -> int:
        return self.size


@contextlib.contextmanager
def release_folder(out: Path) -> Iterator[Written]:
    """A new, empty folder beside `out` to build into, under a lock on `out`; swapped into place if
    the block ends normally, removed otherwise. Raises OutputError (one clear line) for an `out`
    that cannot or must not be replaced."""
    out = Path(os.path.abspath(out))
    _check(out)
    with _locked(out):
        sweep(out)
        _check_contents(out)
        try:
            tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}{_TMP}", dir=out.parent))
        except OSError as error:
            raise OutputError(f"--out {out}: cannot create a folder in {out.parent}: {error.strerror}") from error
        try:
            written = Written(tmp)
            _carry(out, written)
            yield written
            if CHECKSUMS not in written.files:
                raise OutputError(f"--out {out}: the build ended without writing {CHECKSUMS}")
            _fsync(tmp)
            _publish(tmp, out)
        except OSError as error:
            raise OutputError(f"--out {out}: {_why(error)}; the old output is untouched") from error
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def _why(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "no space left on the device"
    return f"{error.strerror or error} ({error.filename})" if error.filename else str(error)


def _check(out: Path) -> None:
    """Refuse an `out` that is a file, or whose parent cannot be made or written."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out} is a file, not a folder")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"--out {out}: cannot create {out.parent}: {error.strerror}") from error
    if not os.access(out.parent, os.W_OK | os.X_OK):
        raise OutputError(f"--out {out}: {out.parent} is not writable (the new release is built beside --out)")
    if out.exists() and not os.access(out, os.W_OK | os.X_OK):
        raise OutputError(f"--out {out} is not writable")


def _check_contents(out: Path) -> None:
    """Refuse to replace a folder holding files that are neither a release's nor kept: they would be lost."""
    if not out.is_dir():
        return
    listed = {name.split("/")[0] for name in _listed(out)}  # a table's year partitions: its folder
    stray = sorted(p.name for p in out.iterdir()
                   if p.name not in listed and p.name not in KEPT and p.name != CHECKSUMS
                   and not (p.is_dir() and p.name.startswith(".spool-")))
    if stray:
        what = "is not a gidata release (no SHA256SUMS)" if not listed else "holds files its SHA256SUMS does not list"
        raise OutputError(f"--out {out} {what}: {', '.join(stray[:5])}{' ...' if len(stray) > 5 else ''}; "
                          f"a build replaces the whole folder, so choose a new or empty one")


def _listed(folder: Path) -> list[str]:
    try:
        text = (folder / CHECKSUMS).read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    return [line.split(maxsplit=1)[1].lstrip("*") for line in text.splitlines() if len(line.split(maxsplit=1)) == 2]


def _carry(out: Path, written: Written) -> None:
    """Copy the hand-written files of the old release into the new one."""
    for name in KEPT:
        if (out / name).is_file():
            written.write_bytes(name, (out / name).read_bytes())


@contextlib.contextmanager
def _locked(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on `out` (a `.NAME.lock` file beside it); refuse if another build holds it."""
    if fcntl is None:
        yield
        return
    path = out.parent / f".{out.name}.lock"
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputError(f"--out {out} is being written by another build (it holds {path}); "
                              f"wait for it to finish") from None
        try:
            if os.stat(path).st_ino == os.fstat(fd).st_ino:
                break  # else the holder removed the file as we opened it: lock the new one
        except FileNotFoundError:
            pass
        os.close(fd)
    try:
        yield
    finally:
        os.unlink(path)
        os.close(fd)


def sweep(out: Path) -> None:
    """Remove what killed builds left beside `out`; put back an old release caught between two renames."""
    for leftover in sorted(out.parent.glob(f".{glob_escape(out.name)}{_OLD}*")):
        if not out.exists():
            os.rename(leftover, out)
        else:
            shutil.rmtree(leftover, ignore_errors=True)
    for leftover in out.parent.glob(f".{glob_escape(out.name)}{_TMP}*"):
        shutil.rmtree(leftover, ignore_errors=True)


def glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)


def _publish(tmp: Path, out: Path) -> None:
    """Put the finished folder at `out`: one atomic swap where the system has one, else two renames."""
    if not out.exists():
        os.rename(tmp, out)
    elif not _exchange(tmp, out):
        old = Path(tempfile.mkdtemp(prefix=f".{out.name}{_OLD}", dir=out.parent))
        os.rename(out, old)  # over the empty folder; a kill now leaves no `out`: the next build puts `old` back
        os.rename(tmp, out)
        shutil.rmtree(old, ignore_errors=True)
    _fsync(out.parent)


def _exchange(tmp: Path, out: Path) -> bool:
    """Swap two folders atomically with Linux's renameat2; False where that is not available."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    if renameat2(_AT_FDCWD, os.fsencode(tmp), _AT_FDCWD, os.fsencode(out), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(out))


def _fsync(folder: Path) -> None:
    """Make a folder's entries (new names, renames) durable."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
