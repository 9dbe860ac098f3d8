"""The SQLite database `pingan batch -o FILE.db` writes: one row per input file, and the
reports, sections and measures of every file that converted, with full-text search.

Writing is an upsert keyed by the file's path: a record identical to the stored one
(same bytes, hence same sha256 and same conversion) is left alone, a changed one
replaces that document's rows, and nothing else is ever deleted. Each file is written
in its own transaction, so an interrupted run leaves a consistent database.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3

SCHEMA_VERSION = 2
# What each version added to the one before it, applied to a database made by an older pingan.
MIGRATIONS = {
    2: "ALTER TABLE sections ADD COLUMN after TEXT NOT NULL DEFAULT ''; ALTER TABLE sections ADD COLUMN after_line INTEGER;",
}

TABLES = """
CREATE TABLE IF NOT EXISTS documents (
    id            INTEGER PRIMARY KEY,
    path          TEXT NOT NULL UNIQUE,   -- as given to pingan batch (source.path)
    sha256        TEXT,                   -- of the input bytes
    bytes         INTEGER,
    encoding      TEXT,
    format        TEXT,                   -- text | docx
    title         TEXT,
    reports       INTEGER NOT NULL DEFAULT 0,
    error_type    TEXT,                   -- NULL when the file converted
    error_message TEXT,
    record        TEXT NOT NULL,          -- the JSON Lines record, as `pingan batch` prints it
    record_sha256 TEXT NOT NULL           -- what a re-run compares
);
CREATE TABLE IF NOT EXISTS reports (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,         -- 1-based order in the file
    title       TEXT,
    line        INTEGER,
    front       TEXT NOT NULL,            -- JSON array of the lines before the body
    preamble    TEXT NOT NULL,
    UNIQUE (document_id, position)
);
CREATE TABLE IF NOT EXISTS sections (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    parent_id   INTEGER REFERENCES sections(id) ON DELETE CASCADE,  -- NULL at depth 1
    position    INTEGER NOT NULL,         -- 1-based order in the report, outline order
    depth       INTEGER NOT NULL,
    marker      TEXT,                     -- NULL for lead headings
    heading     TEXT NOT NULL,
    style       TEXT NOT NULL,
    body        TEXT NOT NULL,
    line        INTEGER NOT NULL,
    after       TEXT NOT NULL DEFAULT '',  -- the text after its sub-sections
    after_line  INTEGER                   -- the line it starts on, NULL when there is none
);
CREATE TABLE IF NOT EXISTS measures (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    report_id   INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    section_id  INTEGER REFERENCES sections(id) ON DELETE CASCADE,  -- NULL in a report's preamble
    parent_id   INTEGER REFERENCES measures(id) ON DELETE CASCADE,  -- the enclosing measure, if nested
    position    INTEGER NOT NULL,         -- 1-based order in the report
    marker      TEXT NOT NULL,
    text        TEXT NOT NULL,
    line        INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS reports_document ON reports(document_id);
CREATE INDEX IF NOT EXISTS sections_document ON sections(document_id);
CREATE INDEX IF NOT EXISTS sections_report ON sections(report_id, position);
CREATE INDEX IF NOT EXISTS sections_parent ON sections(parent_id);
CREATE INDEX IF NOT EXISTS measures_document ON measures(document_id);
CREATE INDEX IF NOT EXISTS measures_report ON measures(report_id, position);
CREATE INDEX IF NOT EXISTS measures_section ON measures(section_id);
CREATE INDEX IF NOT EXISTS measures_parent ON measures(parent_id);
CREATE INDEX IF NOT EXISTS documents_failed ON documents(error_type) WHERE error_type IS NOT NULL;
"""

# Full-text indexes, kept in step with their tables by triggers (external content).
# (index, table, columns)
FULL_TEXT = (
    ("sections_fts", "sections", ("heading", "body")),
    ("measures_fts", "measures", ("text",)),
    ("reports_fts", "reports", ("title", "preamble")),
)

# Chinese has no spaces between words: the trigram tokenizer (SQLite ≥ 3.34) finds any
# substring of three characters or more; unicode61 is the fallback on older SQLite.
TOKENIZERS = ("trigram", "unicode61")


def full_text_ddl(index: str, table: str, columns: tuple[str, ...], tokenizer: str) -> str:
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    return f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {index} USING fts5({cols}, content='{table}', content_rowid='id', tokenize='{tokenizer}');
CREATE TRIGGER IF NOT EXISTS {index}_insert AFTER INSERT ON {table} BEGIN
    INSERT INTO {index}(rowid, {cols}) VALUES (new.id, {new});
END;
CREATE TRIGGER IF NOT EXISTS {index}_delete AFTER DELETE ON {table} BEGIN
    INSERT INTO {index}({index}, rowid, {cols}) VALUES ('delete', old.id, {old});
END;
CREATE TRIGGER IF NOT EXISTS {index}_update AFTER UPDATE ON {table} BEGIN
    INSERT INTO {index}({index}, rowid, {cols}) VALUES ('delete', old.id, {old});
    INSERT INTO {index}(rowid, {cols}) VALUES (new.id, {new});
END;
"""


def _tokenizer(conn: sqlite3.Connection) -> str:
    for tokenizer in TOKENIZERS:
        try:
            conn.execute(f"CREATE VIRTUAL TABLE temp.probe USING fts5(x, tokenize='{tokenizer}')")
            conn.execute("DROP TABLE temp.probe")
            return tokenizer
        except sqlite3.OperationalError:
            continue
    raise sqlite3.OperationalError("this SQLite has no FTS5")


class StoreError(Exception):
    """The database cannot be opened or is not a pingan database."""


class Store:
    def __init__(self, path: str) -> None:
        try:
            self.conn = sqlite3.connect(path, isolation_level=None)  # transactions are explicit
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA journal_mode = WAL")  # readers (sqlite3, Datasette) while it runs
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self._create()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot use the database: {e}") from None

    def _create(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"database schema version {version}, this pingan writes {SCHEMA_VERSION}")
        if version:
            # a database of an older pingan: its tables gain what the newer versions added
            steps = "".join(MIGRATIONS[v] for v in range(version + 1, SCHEMA_VERSION + 1))
            self.conn.executescript(f"BEGIN; {steps} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")
        tokenizer = _tokenizer(self.conn)
        script = TABLES + "".join(full_text_ddl(*spec, tokenizer) for spec in FULL_TEXT)
        self.conn.executescript(f"BEGIN; {script} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;")

    def close(self) -> None:
        self.conn.close()

    def write(self, record: bytes) -> str:
        """Store one JSON Lines record: 'new', 'updated' or 'unchanged'."""
        data = json.loads(record)
        source = data.get("source") or {}
        digest = hashlib.sha256(record).hexdigest()
        row = self.conn.execute(
            "SELECT id, record_sha256 FROM documents WHERE path = ?", (source.get("path"),)
        ).fetchone()
        if row and row[1] == digest:
            return "unchanged"
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            document_id = self._document(row[0] if row else None, data, record, digest)
            for position, report in enumerate(data.get("reports") or [], 1):
                self._report(document_id, position, report)
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:  # SQLite may have rolled back already (a full disk)
                self.conn.execute("ROLLBACK")
            raise
        return "updated" if row else "new"

    def _document(self, existing: int | None, data: dict, record: bytes, digest: str) -> int:
        source, error = data.get("source") or {}, data.get("error") or {}
        values = (
            source.get("path"),
            source.get("sha256"),
            source.get("bytes"),
            source.get("encoding"),
            source.get("format"),
            data.get("title"),
            len(data.get("reports") or []),
            error.get("type"),
            error.get("message"),
            record.decode("utf-8"),
            digest,
        )
        if existing is None:
            cur = self.conn.execute(
                "INSERT INTO documents (path, sha256, bytes, encoding, format, title, reports,"
                " error_type, error_message, record, record_sha256) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                values,
            )
            return cur.lastrowid
        self.conn.execute("DELETE FROM reports WHERE document_id = ?", (existing,))  # cascades
        self.conn.execute(
            "UPDATE documents SET path=?, sha256=?, bytes=?, encoding=?, format=?, title=?, reports=?,"
            " error_type=?, error_message=?, record=?, record_sha256=? WHERE id = ?",
            (*values, existing),
        )
        return existing

    def _report(self, document_id: int, position: int, report: dict) -> None:
        cur = self.conn.execute(
            "INSERT INTO reports (document_id, position, title, line, front, preamble) VALUES (?,?,?,?,?,?)",
            (
                document_id,
                position,
                report.get("title"),
                report.get("line"),
                json.dumps(report.get("front") or [], ensure_ascii=False),
                report.get("preamble") or "",
            ),
        )
        ids = _Ids(document_id, cur.lastrowid)
        self._measures(ids, None, None, report.get("measures") or [])
        for section in report.get("sections") or []:
            self._section(ids, None, section)

    def _section(self, ids: _Ids, parent: int | None, section: dict) -> None:
        ids.sections += 1
        cur = self.conn.execute(
            "INSERT INTO sections (document_id, report_id, parent_id, position, depth, marker, heading, style,"
            " body, line, after, after_line) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                ids.document,
                ids.report,
                parent,
                ids.sections,
                section.get("depth"),
                section.get("marker"),
                section.get("heading") or "",
                section.get("style") or "",
                section.get("body") or "",
                section.get("line"),
                section.get("after") or "",
                section.get("after_line"),
            ),
        )
        section_id = cur.lastrowid
        self._measures(ids, section_id, None, section.get("measures") or [])
        for child in section.get("sections") or []:
            self._section(ids, section_id, child)

    def _measures(self, ids: _Ids, section: int | None, parent: int | None, measures: list[dict]) -> None:
        for measure in measures:
            ids.measures += 1
            cur = self.conn.execute(
                "INSERT INTO measures (document_id, report_id, section_id, parent_id, position, marker, text, line)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (
                    ids.document,
                    ids.report,
                    section,
                    parent,
                    ids.measures,
                    measure.get("marker") or "",
                    measure.get("text") or "",
                    measure.get("line"),
                ),
            )
            self._measures(ids, section, cur.lastrowid, measure.get("measures") or [])


class _Ids:
    """The ids a report's rows hang from, and the running positions inside the report."""

    def __init__(self, document: int, report: int) -> None:
        self.document, self.report = document, report
        self.sections = self.measures = 0
