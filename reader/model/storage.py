"""Derived databases that repair themselves: the library index, the parse cache and reading
positions can always be rebuilt, so a damaged one is moved aside and made anew, and one that
cannot be written where it belongs is kept in a temporary folder for the session.

The user's own data (annotations, settings) never goes through this: it is never moved,
rebuilt or rewritten by recovery.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

_SIDE_FILES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class Usable:
    """Where a derived database can be used, and what happened on the way.

    ``damaged_copy``: the damaged file was moved there and a new database made in its place.
    ``unwritable``: why the usual place could not be used (``path`` is then a temporary one).
    """

    path: Path
    damaged_copy: Path | None = None
    unwritable: str | None = None


def _is_damage(error: sqlite3.Error) -> bool:
    """Whether SQLite says the file is not a (sound) database, as opposed to not writable,
    not openable or full (``OperationalError``)."""
    return isinstance(error, sqlite3.DatabaseError) and not isinstance(
        error, sqlite3.OperationalError
    )


def _move_aside(path: Path) -> Path:
    """Rename a damaged database (and its side files) out of the way; the new name."""
    aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
    path.rename(aside)
    for suffix in _SIDE_FILES:
        side = path.with_name(path.name + suffix)
        if side.exists():
            side.rename(aside.with_name(aside.name + suffix))
    return aside


def usable_database(
    path: Path, check: Callable[[Path], None], temp_dir: Path | None = None
) -> Usable:
    """A path at which the derived database at ``path`` works.

    ``check(path)`` opens the database there (creating its tables) and closes it, raising
    ``sqlite3.Error`` or ``OSError`` when it cannot. A damaged file is moved aside and a new
    one made in its place; a place that cannot be written (read-only folder, full disk) gives
    a fresh database in ``temp_dir`` (default: a new temporary folder) for this session.
    """
    try:
        check(path)
        return Usable(path)
    except sqlite3.Error as error:
        reason: BaseException = error
        if _is_damage(error):
            try:
                aside = _move_aside(path)
            except OSError as exc:
                reason = exc
            else:
                log.warning("%s was damaged (%s); moved to %s", path, error, aside)
                try:
                    check(path)
                except (sqlite3.Error, OSError) as exc:
                    reason = exc
                else:
                    return Usable(path, damaged_copy=aside)
    except OSError as error:
        reason = error
    if temp_dir is None:
        import tempfile  # ~7 ms with what it imports (shutil, random): for this fallback only

        temp_dir = Path(tempfile.mkdtemp(prefix="tongwen-"))
    fallback = temp_dir / path.name
    log.warning("%s cannot be used (%s); using %s", path, reason, fallback)
    check(fallback)
    return Usable(fallback, unwritable=str(reason) or type(reason).__name__)


def unsynced_while_new(db: sqlite3.Connection) -> bool:
    """Whether ``db`` is a new (empty) file; a new one is then written without waiting for the
    disk (``synchronous=OFF``) until its owner sets its own level, once its tables are made.

    Making a database waits for the disk eight or nine times (the header in a rollback
    journal, the switch to the write-ahead log, the tables, the directory each time): on a
    first start, where all five databases are new, that was 20–150 ms before the window could
    show anything, as the disk was busy or not. A new file holds nothing yet that a crash
    could lose: a derived database left damaged is moved aside and made anew
    (:func:`usable_database`). Its ``check`` (which made it, for :func:`usable_database`) also
    closes it so: emptying the log into the file on the way out waited for the disk three more
    times. For derived databases only, never for the user's own data.
    """
    new = bool(db.execute("PRAGMA page_count").fetchone()[0] == 0)
    if new:
        db.execute("PRAGMA synchronous=OFF")
    return new


def open_read_only(
    db_path: Path, timeout: float = 5.0, *, check_same_thread: bool = True
) -> sqlite3.Connection:
    """``db_path`` opened for reading only: nothing is written beside it (a read-only folder).

    ``mode=ro`` still makes the write-ahead log's shared-memory file; where even that cannot
    be made, the file is read as immutable (what the log holds beyond its last checkpoint is
    then not seen: nothing can be writing there anyway).

    Raises:
        sqlite3.OperationalError: there is no such file, or it cannot be opened.
        sqlite3.DatabaseError: the file is not a database.
    """
    if not db_path.is_file():
        raise sqlite3.OperationalError(f"no database at {db_path}")
    uri = db_path.resolve().as_uri()
    error: sqlite3.OperationalError | None = None
    for options in ("mode=ro", "mode=ro&immutable=1"):
        db = sqlite3.connect(
            f"{uri}?{options}",
            uri=True,
            isolation_level=None,
            timeout=timeout,
            check_same_thread=check_same_thread,
        )
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            db.close()
            error = exc
            continue
        except sqlite3.DatabaseError:
            db.close()
            raise
        return db
    assert error is not None
    raise error
