"""The library index: every document's metadata, clean text and a full-text index, in SQLite.

One database (WAL) in the data dir. ``documents`` holds what the list shows (never the body),
``texts`` the original clean text, ``doc_tags`` the tags, and ``fts`` (FTS5, contentless) the
script-folded, CJK-spaced title and body (see :mod:`reader.model.script.fold`). The FTS table
keeps no copy of the text: a row is deleted by recomputing its indexed values from the stored
original.

Updating is incremental: a file is parsed again only when its size, mtime or the parser/fold
version changed; files gone from disk are removed. Parsing runs in a process pool when there is
enough to do (bs4/lxml parsing is CPU bound and holds the GIL); results are committed in batches
so readers (the list) see documents appear while indexing runs.

A :class:`LibraryIndex` wraps one SQLite connection and must be used on one thread; open one per
thread (opening is cheap), e.g. one for the indexer and one for the UI.
"""

from __future__ import annotations

import concurrent.futures
import contextlib
import multiprocessing
import os
import sqlite3
import stat as stat_module
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlparse

from reader.model.document.document import Document
from reader.model.document.parser import DOCUMENT_SUFFIXES, PARSER_VERSION, parse_file
from reader.model.script.fold import FOLD_VERSION, index_text
from reader.model.script.modes import Script

#: The index's own format; a database of another version is rebuilt from scratch.
SCHEMA_VERSION = 1
#: What a row was indexed with: changing the parser or folding re-indexes it.
CONTENT_VERSION = PARSER_VERSION * 1000 + FOLD_VERSION

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    id INTEGER PRIMARY KEY,
    path ANY NOT NULL UNIQUE,          -- TEXT, or BLOB for a name that is not valid UTF-8
    root TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    version INTEGER NOT NULL,
    title TEXT NOT NULL,
    date REAL,                         -- POSIX timestamp (UTC), NULL when unknown
    author TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',   -- author, else the host of the source URL
    source_url TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '',     -- joined by U+001F, for display
    script TEXT NOT NULL,
    error TEXT,
    warnings INTEGER NOT NULL DEFAULT 0,
    read INTEGER NOT NULL DEFAULT 0
);
DROP INDEX IF EXISTS documents_date;
DROP INDEX IF EXISTS documents_title;
DROP INDEX IF EXISTS documents_source;
DROP INDEX IF EXISTS documents_root;
CREATE INDEX IF NOT EXISTS documents_root_date ON documents(root, date);
CREATE INDEX IF NOT EXISTS documents_root_title ON documents(root, title COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS documents_root_source ON documents(root, source, date);
CREATE TABLE IF NOT EXISTS texts (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS doc_tags (doc_id INTEGER NOT NULL, tag TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS doc_tags_tag ON doc_tags(tag, doc_id);
CREATE INDEX IF NOT EXISTS doc_tags_doc ON doc_tags(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(
    title, body, content='', tokenize='unicode61 remove_diacritics 2'
);
"""

_TAG_SEP = "\x1f"
_POOL_THRESHOLD = 200  # fewer files than this are parsed in-process (a pool costs ~0.5 s to start)
_TASK_SIZE = 32
FLUSH_SECONDS = 1.0  # files per pool task


def path_key(path: Path | str) -> str | bytes:
    """How a path is stored: text, or the raw bytes of a name that is not valid UTF-8."""
    text = str(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text)
    return text


def key_path(value: str | bytes) -> Path:
    """The path stored as ``value``."""
    return Path(os.fsdecode(value) if isinstance(value, bytes) else value)


@dataclass(frozen=True, slots=True)
class ScannedFile:
    """A document file found on disk (or one that could not even be looked at)."""

    path: Path
    root: Path
    size: int
    mtime_ns: int
    error: str | None = None


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What a scan found: document files, and folders that could not be listed."""

    files: list[ScannedFile]
    problems: list[tuple[Path, str]]


def scan(roots: Iterable[Path]) -> ScanResult:
    """Every document file under ``roots`` (recursively; hidden entries and links to folders
    are skipped). A root that is a file is taken as it is."""
    files: list[ScannedFile] = []
    problems: list[tuple[Path, str]] = []
    for root in roots:
        try:
            st = root.stat()
        except OSError as exc:
            problems.append((root, f"cannot open: {exc.strerror or exc}"))
            continue
        if stat_module.S_ISDIR(st.st_mode):
            files.extend(_scan_dir(root, root, problems))
        else:
            files.append(ScannedFile(root, root, st.st_size, st.st_mtime_ns))
    return ScanResult(files, problems)


def _scan_dir(folder: Path, root: Path, problems: list[tuple[Path, str]]) -> Iterator[ScannedFile]:
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        problems.append((folder, f"cannot list the folder: {exc.strerror or exc}"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = folder / entry.name
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _scan_dir(path, root, problems)
                continue
            if os.path.splitext(entry.name)[1].lower() not in DOCUMENT_SUFFIXES:
                continue
            st = entry.stat()
        except OSError as exc:
            yield ScannedFile(path, root, 0, 0, f"cannot read the file: {exc.strerror or exc}")
            continue
        if stat_module.S_ISREG(st.st_mode):
            yield ScannedFile(path, root, st.st_size, st.st_mtime_ns)


@dataclass(frozen=True, slots=True)
class Record:
    """A parsed document as the index stores it (built in a worker process)."""

    path: str
    size: int
    mtime_ns: int
    title: str
    date: float | None
    author: str
    source: str
    source_url: str
    tags: tuple[str, ...]
    script: str
    error: str | None
    warnings: int
    text: str
    fts_title: str
    fts_body: str


def _source_of(doc: Document) -> str:
    if doc.author:
        return doc.author
    if doc.source_url:
        return urlparse(doc.source_url).hostname or ""
    return ""


def _storable(text: str) -> str:
    """``text`` without lone surrogates (a title taken from a file name that is not valid
    UTF-8), which SQLite cannot store; each becomes U+FFFD, so offsets stay the same."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return "".join("\ufffd" if 0xD800 <= ord(ch) <= 0xDFFF else ch for ch in text)
    return text


def make_record(doc: Document, size: int, mtime_ns: int) -> Record:
    """The index record of a parsed document."""
    title = _storable(doc.title)
    text = _storable(doc.text)
    return Record(
        path=str(doc.path),
        size=size,
        mtime_ns=mtime_ns,
        title=title,
        date=doc.date.timestamp() if doc.date else None,
        author=doc.author,
        source=_source_of(doc),
        source_url=doc.source_url,
        tags=doc.tags,
        script=doc.script.value,
        error=doc.error,
        warnings=len(doc.warnings),
        text=text,
        fts_title=index_text(title),
        fts_body=index_text(text),
    )


def parse_record(path: str, size: int, mtime_ns: int, error: str | None = None) -> Record:
    """Parse one file into a record (never raises: a bad file gives an error record)."""
    if error is not None:
        from reader.model.document.document import error_document

        return make_record(error_document(Path(path), error), size, mtime_ns)
    return make_record(parse_file(Path(path)), size, mtime_ns)


def _lower_priority() -> None:
    """Pool initializer: parse at a lower CPU priority, so the UI thread of the process that
    started the pool keeps getting the CPU (2 cores, 2 parsing processes)."""
    with contextlib.suppress(OSError, AttributeError):
        os.nice(10)


def _parse_task(items: list[tuple[str, int, int, str | None]]) -> list[Record]:
    """A pool task: parse a few files."""
    return [parse_record(*item) for item in items]


@dataclass(frozen=True, slots=True)
class Progress:
    """How far an update has come."""

    done: int
    total: int
    elapsed: float

    @property
    def rate(self) -> float:
        """Documents per second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0


@dataclass(slots=True)
class UpdateStats:
    """What an update did."""

    scanned: int = 0
    parsed: int = 0
    unchanged: int = 0
    deleted: int = 0
    errors: int = 0
    cancelled: bool = False
    seconds: float = 0.0
    problems: list[tuple[Path, str]] = field(default_factory=list)
    folders: list[Path] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class IndexedSummary:
    """A list row: what the document list shows of an indexed document (no body)."""

    id: int
    path: Path
    title: str
    date: datetime | None
    source: str
    script: Script
    error: str | None
    read: bool
    tags: tuple[str, ...] = ()


SORT_KEYS = ("date", "title", "source")


@dataclass(frozen=True, slots=True)
class ListQuery:
    """Which documents the list shows, in which order.

    ``roots`` limits the list to documents under those library folders (None: all). Dates are
    inclusive bounds; ``read`` None shows read and unread documents.
    """

    roots: tuple[str, ...] | None = None
    sort: str = "date"
    descending: bool = True
    source: str | None = None
    tag: str | None = None
    date_from: datetime | None = None
    date_to: datetime | None = None
    read: bool | None = None

    def where(self) -> tuple[str, list[object]]:
        """The SQL condition and its parameters."""
        clauses: list[str] = []
        params: list[object] = []
        if self.roots is not None:
            clauses.append(f"root IN ({','.join('?' * len(self.roots))})" if self.roots else "0")
            params.extend(self.roots)
        if self.source is not None:
            clauses.append("source = ?")
            params.append(self.source)
        if self.tag is not None:
            clauses.append("id IN (SELECT doc_id FROM doc_tags WHERE tag = ?)")
            params.append(self.tag)
        if self.date_from is not None:
            clauses.append("date >= ?")
            params.append(self.date_from.timestamp())
        if self.date_to is not None:
            clauses.append("date <= ?")
            params.append(self.date_to.timestamp())
        if self.read is not None:
            clauses.append("read = ?")
            params.append(int(self.read))
        return (" AND ".join(clauses) or "1"), params

    def order_by(self) -> str:
        """The SQL ordering (undated documents always last).

        Each ordering is one an index of ``documents`` (root, key, rowid) can produce for one
        library folder without sorting: the list of 64,000 ids comes in tens of milliseconds.
        """
        direction = "DESC" if self.descending else "ASC"
        if self.sort == "title":
            return f"title COLLATE NOCASE {direction}, id {direction}"
        if self.sort == "source":
            return f"source = '', source {direction}, date DESC, id DESC"
        if self.descending:
            return "date DESC, id DESC"  # NULL sorts lowest: undated documents come last
        return "date ASC NULLS LAST, id ASC"


_SUMMARY_COLUMNS = "id, path, title, date, source, script, error, read, tags"


def _summary(row: sqlite3.Row | tuple[object, ...]) -> IndexedSummary:
    id_, path, title, date, source, script, error, read, tags = row
    return IndexedSummary(
        id=int(id_),  # type: ignore[call-overload,arg-type]
        path=key_path(path),  # type: ignore[arg-type]
        title=str(title),
        date=datetime.fromtimestamp(float(date), UTC) if date is not None else None,  # type: ignore[arg-type]
        source=str(source),
        script=Script(str(script)) if script in Script._value2member_map_ else Script.NON_CHINESE,
        error=str(error) if error is not None else None,
        read=bool(read),
        tags=tuple(str(tags).split(_TAG_SEP)) if tags else (),
    )


class LibraryIndex:
    """The library database: updating it from folders, and reading lists and texts from it."""

    def __init__(self, db_path: Path) -> None:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        self.db_path = db_path
        # isolation_level=None: transactions are explicit (BEGIN … COMMIT in batches).
        self._db = sqlite3.connect(db_path, isolation_level=None, timeout=30)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA cache_size=-32000")
        self._ensure_schema()

    def _ensure_schema(self) -> None:
        db = self._db
        has_meta = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='meta'"
        ).fetchone()
        version = None
        if has_meta:
            row = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            version = row[0] if row else None
            current = dict(db.execute("SELECT key, value FROM meta").fetchall())
            newest_index = db.execute(
                "SELECT 1 FROM sqlite_master WHERE type='index' AND name='documents_root_date'"
            ).fetchone()
            if (
                current.get("schema") == str(SCHEMA_VERSION)
                and current.get("fold") == str(FOLD_VERSION)
                and newest_index
            ):
                # Up to date: open without writing (a reader must not wait for the indexer's
                # write transaction).
                return
        if has_meta and version != str(SCHEMA_VERSION):
            # Another format: start again (the files are still there; only read flags are lost).
            for name in ("fts", "doc_tags", "texts", "documents", "meta"):
                db.execute(f"DROP TABLE IF EXISTS {name}")
        elif has_meta:
            row = db.execute("SELECT value FROM meta WHERE key='fold'").fetchone()
            if row is None or row[0] != str(FOLD_VERSION):
                # Folding changed: the old full-text index cannot be updated row by row. Every
                # row's version is then stale too, so the next update indexes it again.
                db.execute("DROP TABLE IF EXISTS fts")
        db.executescript(_SCHEMA)
        db.executemany(
            "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
            [("schema", str(SCHEMA_VERSION)), ("fold", str(FOLD_VERSION))],
        )

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    # ----- updating -----
    def update(
        self,
        roots: Sequence[Path],
        progress: Callable[[Progress], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        workers: int | None = None,
        batch: int = 300,
    ) -> UpdateStats:
        """Bring the index up to date with the files under ``roots``.

        ``progress`` is called after every committed batch (and at the start); ``cancelled`` is
        polled between batches — what was committed stays. ``workers`` is the size of the
        parsing process pool (default: the number of CPUs; 1 parses in this process).
        """
        start = time.perf_counter()
        stats = UpdateStats()
        roots = [Path(os.path.abspath(r)) for r in roots]
        root_keys = [str(r) for r in roots]
        found = scan(roots)
        stats.problems = found.problems
        stats.folders = sorted(
            {f.path.parent for f in found.files} | {r for r in roots if r.is_dir()}
        )
        stats.scanned = len(found.files)
        existing: dict[str | bytes, tuple[int, int, int, int]] = {}
        marks = ",".join("?" * len(root_keys))
        for id_, path, size, mtime_ns, version in self._db.execute(
            f"SELECT id, path, size, mtime_ns, version FROM documents WHERE root IN ({marks})",
            root_keys,
        ):
            existing[path] = (id_, size, mtime_ns, version)
        todo: list[tuple[str, int, int, str | None]] = []
        roots_of: dict[str, str] = {}
        seen: set[str | bytes] = set()
        for f in found.files:
            key = path_key(f.path)
            if key in seen:  # the same file under two roots
                continue
            seen.add(key)
            old = existing.get(key)
            if (
                f.error is None
                and old is not None
                and old[1:] == (f.size, f.mtime_ns, CONTENT_VERSION)
            ):
                stats.unchanged += 1
                continue
            todo.append((str(f.path), f.size, f.mtime_ns, f.error))
            roots_of[str(f.path)] = str(f.root)
        gone = [old[0] for key, old in existing.items() if key not in seen]
        if gone:
            self._db.execute("BEGIN")
            for id_ in gone:
                self._delete(id_)
            self._db.execute("COMMIT")
            stats.deleted = len(gone)
        total = len(todo)
        if progress:
            progress(Progress(0, total, time.perf_counter() - start))
        done = 0
        pending: list[Record] = []
        last_flush = time.perf_counter()

        def flush() -> None:
            nonlocal done, last_flush
            self._db.execute("BEGIN")
            for record in pending:
                self._store(record, roots_of[record.path])
                stats.errors += record.error is not None
            self._db.execute("COMMIT")
            done += len(pending)
            stats.parsed += len(pending)
            pending.clear()
            last_flush = time.perf_counter()
            if progress:
                progress(Progress(done, total, time.perf_counter() - start))

        for record in self._parse_all(todo, workers, cancelled):
            pending.append(record)
            # Commit every ``batch`` documents, or every second when parsing is slow: the list
            # shows the first documents within a second or two of starting.
            if len(pending) >= batch or time.perf_counter() - last_flush >= FLUSH_SECONDS:
                flush()
                if cancelled and cancelled():
                    stats.cancelled = True
                    break
        if pending:
            flush()
        if cancelled and cancelled() and done < total:
            stats.cancelled = True
        stats.seconds = time.perf_counter() - start
        return stats

    def _parse_all(
        self,
        todo: list[tuple[str, int, int, str | None]],
        workers: int | None,
        cancelled: Callable[[], bool] | None,
    ) -> Iterator[Record]:
        workers = workers if workers is not None else (os.cpu_count() or 1)
        if workers <= 1 or len(todo) < _POOL_THRESHOLD:
            for item in todo:
                if cancelled and cancelled():
                    return
                yield parse_record(*item)
            return
        # "spawn": forking a process that runs Qt threads is unsafe; workers import only the model.
        context = multiprocessing.get_context("spawn")
        tasks = [todo[i : i + _TASK_SIZE] for i in range(0, len(todo), _TASK_SIZE)]
        with concurrent.futures.ProcessPoolExecutor(
            workers, mp_context=context, initializer=_lower_priority
        ) as pool:
            # A bounded window of tasks in flight keeps memory flat and results in order.
            window = workers * 3
            futures = [pool.submit(_parse_task, t) for t in tasks[:window]]
            next_task = len(futures)
            position = 0
            try:
                while position < len(futures):
                    records = futures[position].result()
                    futures[position] = None  # type: ignore[call-overload]
                    position += 1
                    if next_task < len(tasks) and not (cancelled and cancelled()):
                        futures.append(pool.submit(_parse_task, tasks[next_task]))
                        next_task += 1
                    yield from records
            finally:
                for future in futures[position:]:
                    if future is not None:
                        future.cancel()

    def _delete(self, id_: int) -> None:
        row = self._db.execute(
            "SELECT d.title, t.text FROM documents d LEFT JOIN texts t ON t.id = d.id"
            " WHERE d.id = ?",
            (id_,),
        ).fetchone()
        if row is not None:
            self._db.execute(
                "INSERT INTO fts(fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                (id_, index_text(row[0]), index_text(row[1] or "")),
            )
        self._db.execute("DELETE FROM documents WHERE id = ?", (id_,))
        self._db.execute("DELETE FROM texts WHERE id = ?", (id_,))
        self._db.execute("DELETE FROM doc_tags WHERE doc_id = ?", (id_,))

    def _store(self, r: Record, root: str) -> None:
        key = path_key(r.path)
        row = self._db.execute("SELECT id FROM documents WHERE path = ?", (key,)).fetchone()
        values = (
            root, r.size, r.mtime_ns, CONTENT_VERSION, r.title, r.date, r.author, r.source,
            r.source_url, _TAG_SEP.join(r.tags), r.script, r.error, r.warnings,
        )  # fmt: skip
        if row is not None:
            id_ = int(row[0])
            old = self._db.execute(
                "SELECT d.title, t.text, d.version FROM documents d"
                " LEFT JOIN texts t ON t.id = d.id WHERE d.id = ?",
                (id_,),
            ).fetchone()
            if old[2] % 1000 == FOLD_VERSION:
                self._db.execute(
                    "INSERT INTO fts(fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                    (id_, index_text(old[0]), index_text(old[1] or "")),
                )
            self._db.execute(
                "UPDATE documents SET root=?, size=?, mtime_ns=?, version=?, title=?, date=?,"
                " author=?, source=?, source_url=?, tags=?, script=?, error=?, warnings=?"
                " WHERE id = ?",
                (*values, id_),
            )
            self._db.execute("DELETE FROM doc_tags WHERE doc_id = ?", (id_,))
            self._db.execute("UPDATE texts SET text = ? WHERE id = ?", (r.text, id_))
        else:
            cursor = self._db.execute(
                "INSERT INTO documents(path, root, size, mtime_ns, version, title, date, author,"
                " source, source_url, tags, script, error, warnings)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (key, *values),
            )
            id_ = int(cursor.lastrowid or 0)
            self._db.execute("INSERT INTO texts(id, text) VALUES (?, ?)", (id_, r.text))
        self._db.executemany(
            "INSERT INTO doc_tags(doc_id, tag) VALUES (?, ?)", [(id_, t) for t in set(r.tags)]
        )
        self._db.execute(
            "INSERT INTO fts(rowid, title, body) VALUES (?, ?, ?)", (id_, r.fts_title, r.fts_body)
        )

    def forget_roots_except(self, roots: Sequence[Path]) -> int:
        """Remove documents of library folders no longer in ``roots``; returns how many."""
        keep = [str(Path(os.path.abspath(r))) for r in roots]
        marks = ",".join("?" * len(keep)) or "''"
        ids = [
            r[0]
            for r in self._db.execute(f"SELECT id FROM documents WHERE root NOT IN ({marks})", keep)
        ]
        if ids:
            self._db.execute("BEGIN")
            for id_ in ids:
                self._delete(id_)
            self._db.execute("COMMIT")
        return len(ids)

    # ----- reading -----
    def execute(self, sql: str, params: Sequence[object] = ()) -> sqlite3.Cursor:
        """Run a read query on this connection (used by :mod:`reader.model.library.search`)."""
        return self._db.execute(sql, params)

    def roots(self) -> list[str]:
        """The library folders that have documents in the index (a few index seeks each)."""
        found: list[str] = []
        row = self._db.execute("SELECT min(root) FROM documents").fetchone()
        while row is not None and row[0] is not None:
            found.append(str(row[0]))
            row = self._db.execute(
                "SELECT min(root) FROM documents WHERE root > ?", (row[0],)
            ).fetchone()
        return found

    def total(self, roots: Sequence[str] | None = None) -> int:
        """How many documents are indexed (under ``roots``)."""
        where, params = ListQuery(roots=tuple(roots) if roots is not None else None).where()
        return int(
            self._db.execute(f"SELECT count(*) FROM documents WHERE {where}", params).fetchone()[0]
        )

    def list_ids(self, query: ListQuery) -> list[int]:
        """The ids of the documents ``query`` shows, in its order (cheap: no text is read)."""
        where, params = query.where()
        sql = f"SELECT id FROM documents WHERE {where} ORDER BY {query.order_by()}"
        return [r[0] for r in self._db.execute(sql, params)]

    def summaries(self, ids: Sequence[int]) -> dict[int, IndexedSummary]:
        """List rows by id (ids that are gone are missing from the result)."""
        result: dict[int, IndexedSummary] = {}
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            marks = ",".join("?" * len(chunk))
            for row in self._db.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM documents WHERE id IN ({marks})", chunk
            ):
                summary = _summary(row)
                result[summary.id] = summary
        return result

    def summary_of(self, path: Path) -> IndexedSummary | None:
        """The list row of the document at ``path``."""
        row = self._db.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM documents WHERE path = ?", (path_key(path),)
        ).fetchone()
        return _summary(row) if row else None

    def text(self, id_: int) -> str:
        """The original clean text of a document ('' if unknown)."""
        row = self._db.execute("SELECT text FROM texts WHERE id = ?", (id_,)).fetchone()
        return str(row[0]) if row else ""

    def sources(self, roots: Sequence[str] | None = None) -> list[tuple[str, int]]:
        """Every source with its number of documents, most frequent first."""
        where, params = ListQuery(roots=tuple(roots) if roots is not None else None).where()
        return [
            (str(s), int(n))
            for s, n in self._db.execute(
                f"SELECT source, count(*) AS n FROM documents WHERE {where} AND source != ''"
                " GROUP BY source ORDER BY n DESC, source",
                params,
            )
        ]

    def tags(self, roots: Sequence[str] | None = None) -> list[tuple[str, int]]:
        """Every tag with its number of documents, most frequent first."""
        where, params = ListQuery(roots=tuple(roots) if roots is not None else None).where()
        return [
            (str(t), int(n))
            for t, n in self._db.execute(
                "SELECT tag, count(*) AS n FROM doc_tags WHERE doc_id IN"
                f" (SELECT id FROM documents WHERE {where}) GROUP BY tag ORDER BY n DESC, tag",
                params,
            )
        ]

    def set_read(self, id_: int, read: bool = True) -> None:
        """Mark a document read or unread (kept across re-indexing)."""
        self._db.execute("UPDATE documents SET read = ? WHERE id = ?", (int(read), id_))
