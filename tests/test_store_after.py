"""The SQLite store keeps the text after a section's sub-sections, and brings an older
database up to its schema."""

from __future__ import annotations

import sqlite3

from conftest import needs_cli, run_pingan

pytestmark = needs_cli

REPORT = "政府工作报告\n\n一、总体要求\n前言正文。\n（一）甲\n正文二。\n（二）乙\n正文三。\n各位代表！结束语。\n"


def _after(db) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT heading, after, after_line FROM sections WHERE after != ''").fetchall()


def test_the_text_after_sub_sections_has_columns_of_its_own(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "x.db"
    assert run_pingan("batch", str(tmp_path / "in"), "-o", str(db)).returncode == 0
    assert _after(db) == [("总体要求", "各位代表！结束语。", 9)]


def test_a_database_of_schema_version_1_is_brought_up_to_date(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.txt").write_text(REPORT, encoding="utf-8")
    db = tmp_path / "x.db"
    assert run_pingan("batch", str(tmp_path / "in"), "-o", str(db)).returncode == 0
    with sqlite3.connect(db) as conn:  # as version 1 made it, before its first file
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM documents")
        conn.execute("ALTER TABLE sections DROP COLUMN after_line")
        conn.execute("ALTER TABLE sections DROP COLUMN after")
        conn.execute("PRAGMA user_version = 1")
    done = run_pingan("batch", str(tmp_path / "in"), "-o", str(db))
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert _after(db) == [("总体要求", "各位代表！结束语。", 9)]
