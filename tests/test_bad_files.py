"""Bad files through the installed `pingan` entry point: one stderr line naming the file
and the cause, the documented exit code (README "Exit codes"), never a traceback."""

from __future__ import annotations

import io
import json
import os
import zipfile

import pytest
from conftest import needs_cli, run_pingan as run

pytestmark = needs_cli

PNG = (
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
    b"\x00\x00\x00\x0cIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82"
)


def _zip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


def _docx_parts() -> dict[str, bytes]:
    import docx

    buf = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("正文")
    document.save(buf)
    z = zipfile.ZipFile(buf)
    return {i.filename: z.read(i) for i in z.infolist()}


def _entities() -> bytes:
    parts = _docx_parts()
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"?>", b'?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>', 1
    )
    return _zip(parts)


BAD = {
    # name: (bytes, exit code, words in the cause)
    "picture.png": (PNG, 5, "PNG image"),
    "picture.txt": (PNG, 5, "PNG image"),
    "noise.bin": (bytes(range(256)) * 8, 5, "binary data"),
    "latin.txt": (b"\x80\x81\xfe\xff" * 64, 5, "not UTF-8, GB18030 or Big5"),
    "report.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", 4, "convert to .docx or .txt"),
    "report.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), 4, "convert to .docx or .txt"),
    "broken.docx": (b"PK\x03\x04 this zip was cut short", 3, "broken zip archive"),
    "notword.docx": (_zip({"readme.txt": b"hello"}), 3, "not a valid .docx"),
    "bomb.docx": (_zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": bytes(24 * 2**20)}), 3, "zip bomb"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_file_gives_one_line_and_its_exit_code(tmp_path, name):
    data, code, cause = BAD[name]
    path = tmp_path / name
    path.write_bytes(data)
    out = run("extract", str(path), "--json")
    err = out.stderr.decode()
    assert out.returncode == code, err
    assert err.startswith(f"pingan: {path}: ") and cause in err
    assert err.count("\n") == 1 and "Traceback" not in err and out.stdout == b""


def test_docx_declaring_entities_is_refused(tmp_path):
    path = tmp_path / "evil.docx"
    path.write_bytes(_entities())
    out = run("extract", str(path), "--json")
    assert out.returncode == 3 and b"declares XML entities" in out.stderr and out.stderr.count(b"\n") == 1


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_paths_that_are_not_files(tmp_path, kind):
    path = tmp_path / "x.txt"
    if kind == "directory":
        path.mkdir()
    out = run("extract", str(path))
    assert out.returncode == 3
    assert out.stderr.decode() == f"pingan: {path}: {'no such file' if kind == 'missing' else 'is a directory'}\n"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads any file (see test_reader)")
def test_unreadable_file(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("一、正文。", encoding="utf-8")
    path.chmod(0)
    out = run("extract", str(path))
    assert out.returncode == 3 and out.stderr.decode() == f"pingan: {path}: permission denied\n"


@pytest.mark.parametrize("data", [b"", b"   \n\n\r\n", "\u3000\u3000\n\ufeff".encode("utf-8"), b"\xef\xbb\xbf"])
def test_empty_and_blank_files_are_valid_documents(tmp_path, data):
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    out = run("extract", str(path), "--json")
    assert out.returncode == 0 and out.stderr == b""
    doc = json.loads(out.stdout)
    assert doc["reports"] == [] and doc["source"]["bytes"] == len(data)


def test_binary_on_standard_input():
    out = run("extract", "-", "--json", stdin=PNG)
    assert out.returncode == 5 and out.stderr.decode().startswith("pingan: -: binary data (PNG image)")


def test_unknown_encoding_and_wrong_encoding(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes("一、坚持目标导向。正文。".encode("gb18030"))
    out = run("extract", str(path), "--encoding", "klingon")
    # a name no codec has is a usage error, found before the file is read (issue 12)
    assert out.returncode == 2 and b"unknown encoding 'klingon'" in out.stderr
    out = run("extract", str(path), "--encoding", "utf-8")
    assert out.returncode == 5 and b"not valid utf-8 text" in out.stderr
    out = run("extract", str(path), "--encoding", "gbk", "--json")
    assert out.returncode == 0 and json.loads(out.stdout)["source"]["encoding"] == "gb18030"


def test_the_same_report_as_gb18030_utf16_and_docx_through_the_cli(tmp_path):
    """The good counterparts: other forms of one report give the same titles and headings."""
    import docx

    text = "推进平安建设综述\n一、坚持目标导向。今年以来成效明显。\n二、坚持问题导向。围绕突出问题开展整治。\n"
    (tmp_path / "gb.txt").write_bytes(text.encode("gb18030"))
    (tmp_path / "u16.txt").write_bytes(text.encode("utf-16"))
    document = docx.Document()
    for line in text.strip().split("\n"):
        document.add_paragraph(line)
    document.save(tmp_path / "r.docx")
    seen = []
    for name, encoding, fmt in (("gb.txt", "gb18030", "text"), ("u16.txt", "utf-16-le", "text"), ("r.docx", None, "docx")):
        out = run("extract", str(tmp_path / name), "--json")
        assert out.returncode == 0, out.stderr
        doc = json.loads(out.stdout)
        assert (doc["source"]["encoding"], doc["source"]["format"]) == (encoding, fmt)
        seen.append([doc["reports"][0]["title"]] + [s["heading"] for s in doc["reports"][0]["sections"]])
    assert seen[0] == seen[1] == seen[2] == ["推进平安建设综述", "坚持目标导向", "坚持问题导向"]
