"""The reader: encodings, binary detection, Word files (styles, numbering, tables, hostile
archives) and messy text, through the library."""

from __future__ import annotations

import io
import os
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import output_text, visible

import ping_an
from ping_an.read import docx_reader
from ping_an.read.lines import detect_wrap, to_paragraphs
from ping_an.assemble.files import parse_bytes
from ping_an.read.reader import DecodeError, InputError, UnsupportedFormat, decode, read_file

REPORT = (
    "推进平安建设综述\n"
    "一、坚持目标导向，明确“怎么看”。今年以来，我局认真贯彻落实党的二十大精神。\n"
    "（一）强化组织领导。一是加强队伍建设；二是完善工作机制；三是压实工作责任。\n"
    "二、坚持问题导向，明确“怎么干”。围绕群众反映强烈的突出问题，开展专项整治。\n"
)
TRADITIONAL = (
    "推進平安建設綜述\n"
    "一、堅持目標導向，明確「怎麼看」。今年以來，本局認真貫徹落實黨的二十大精神，紮實推進各項工作。\n"
    "二、強化組織領導，確保工作目標完成。一是加強隊伍建設；二是完善工作機制。\n"
)


def headings(doc: ping_an.Document) -> list[tuple[int, str | None, str]]:
    out = []

    def walk(sections, depth):
        for s in sections:
            out.append((depth, s.marker, s.heading))
            walk(s.sections, depth + 1)

    for r in doc.reports:
        walk(r.sections, 1)
    return out


EXPECTED = [(1, "一、", "坚持目标导向，明确“怎么看”"), (2, "（一）", "强化组织领导"), (1, "二、", "坚持问题导向，明确“怎么干”")]


# ---- encodings


@pytest.mark.parametrize(
    "data, encoding",
    [
        (REPORT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + REPORT.encode("utf-8"), "utf-8-sig"),
        (REPORT.encode("gb18030"), "gb18030"),
        (REPORT.encode("gbk"), "gb18030"),
        (REPORT.encode("gb2312"), "gb18030"),
        (REPORT.encode("utf-16"), "utf-16-le"),
        (b"\xfe\xff" + REPORT.encode("utf-16-be"), "utf-16-be"),
        (b"\xff\xfe" + REPORT.encode("utf-16-le"), "utf-16-le"),
    ],
    ids=["utf8", "utf8-bom", "gb18030", "gbk", "gb2312", "utf16", "utf16be", "utf16le"],
)
def test_encodings_give_the_same_outline(data, encoding):
    doc = parse_bytes(data, "r.txt")
    assert doc.source.encoding == encoding and doc.source.format == "text"
    assert doc.source.bytes == len(data) and len(doc.source.sha256) == 64
    assert headings(doc) == EXPECTED


def test_big5_when_clearly_big5():
    doc = parse_bytes(TRADITIONAL.encode("big5"), "r.txt")
    assert doc.source.encoding == "big5"
    assert [h[2] for h in headings(doc)] == ["堅持目標導向，明確「怎麼看」", "強化組織領導，確保工作目標完成"]


def test_traditional_text_in_gb18030_stays_gb18030():
    assert parse_bytes(TRADITIONAL.encode("gb18030"), "r.txt").source.encoding == "gb18030"


def test_short_gbk_text_is_read_as_gb18030():
    assert decode("你好，世界".encode("gbk")) == ("你好，世界", "gb18030")


def test_encoding_override(tmp_path):
    path = tmp_path / "r.txt"
    path.write_bytes(REPORT.encode("gbk"))
    text, source = read_file(path, encoding="GBK")
    assert text == REPORT and source.encoding == "gb18030"
    with pytest.raises(DecodeError, match="not valid utf-8"):
        read_file(path, encoding="utf-8")
    with pytest.raises(DecodeError, match="unknown encoding"):
        read_file(path, encoding="no-such-codec")


@pytest.mark.parametrize(
    "data, cause",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
        (b"abc\x00def" * 10, "NUL bytes"),
        (bytes(range(1, 32)) * 20, "control characters"),
        (b"\x80\x81\xff" * 50, "not UTF-8, GB18030 or Big5"),
    ],
    ids=["png", "nul", "controls", "undecodable"],
)
def test_binary_and_undecodable_bytes_raise_decode_error(data, cause):
    with pytest.raises(DecodeError, match=cause) as e:
        parse_bytes(data, "x.txt")
    assert e.value.exit_code == 5 and "\n" not in str(e.value)


@pytest.mark.parametrize(
    "name, data, what",
    [
        ("x.pdf", b"%PDF-1.7\n", "PDF"),
        ("x.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), ".doc"),
        ("x.txt", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        ("x.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), ".doc"),
        ("x.rtf", b"{\\rtf1\\ansi text}", "RTF"),
    ],
)
def test_unsupported_formats(name, data, what):
    with pytest.raises(UnsupportedFormat, match="convert to .docx or .txt") as e:
        parse_bytes(data, name)
    assert what in str(e.value) and e.value.exit_code == 4


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=2000), name=st.sampled_from(["x.txt", "x", "x.docx", "-"]))
def test_random_bytes_never_crash_the_reader(data, name):
    try:
        doc = parse_bytes(data, name)
    except InputError as e:
        assert e.exit_code in (3, 4, 5) and str(e) and "\n" not in str(e)
    else:
        assert isinstance(doc, ping_an.Document)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300), codec=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_any_text_round_trips_through_its_encoding(text, codec):
    """Text with a byte-order mark, or valid UTF-8, is read back as written (unless it is
    control characters, which is binary data)."""
    if codec == "utf-16" and text.startswith("\x00"):
        return  # FF FE 00 00 is the UTF-32 byte-order mark: the one ambiguous start
    if codec == "utf-8" and text.startswith("\ufeff"):
        return  # EF BB BF opening UTF-8 bytes is the byte-order mark, not text
    try:
        decoded, _ = decode(text.encode(codec, "surrogatepass"))
    except DecodeError:
        return
    assert decoded == text


# ---- Word files


def _docx(build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


NUMBERING = """<w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
</w:abstractNum>"""
NUM = """<w:num xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:numId="90">
  <w:abstractNumId w:val="90"/></w:num>"""


def _numbered(paragraph, ilvl: int) -> None:
    from docx.oxml import parse_xml

    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(
        parse_xml(
            '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:ilvl w:val="{ilvl}"/><w:numId w:val="90"/></w:numPr>'
        )
    )


def test_docx_heading_styles_are_headings_at_their_level():
    def build(d):
        d.add_paragraph("推进平安建设综述")
        d.add_paragraph("坚持目标导向，明确“怎么看”", style="Heading 1")
        d.add_paragraph("今年以来，我局认真贯彻落实党的二十大精神，扎实推进各项工作。")
        d.add_paragraph("强化组织领导。一是加强队伍建设；二是完善工作机制。", style="Heading 2")
        d.add_paragraph("坚持问题导向，明确“怎么干”", style="Heading 1")
        d.add_paragraph("围绕群众反映强烈的突出问题，开展专项整治。")

    doc = parse_bytes(_docx(build), "r.docx")
    assert doc.source.format == "docx" and doc.source.encoding is None
    assert doc.reports[0].title == "推进平安建设综述"
    assert headings(doc) == [(1, None, "坚持目标导向，明确“怎么看”"), (2, None, "强化组织领导"), (1, None, "坚持问题导向，明确“怎么干”")]
    s = doc.reports[0].sections
    assert [s[0].line, s[0].sections[0].line, s[1].line] == [2, 4, 5]  # paragraph numbers
    assert s[0].sections[0].style == "docx-h2"
    assert [m.marker for m in s[0].sections[0].measures] == ["一是", "二是"]


def test_docx_automatic_numbering_is_written_back_as_markers():
    def build(d):
        from docx.oxml import parse_xml

        numbering = d.part.numbering_part.element
        numbering.insert(0, parse_xml(NUMBERING))
        numbering.append(parse_xml(NUM))
        d.add_paragraph("推进平安建设综述")
        _numbered(d.add_paragraph("坚持目标导向，明确“怎么看”。今年以来，我局认真贯彻落实党的二十大精神。"), 0)
        _numbered(d.add_paragraph("强化组织领导。一是加强队伍建设；二是完善工作机制。"), 1)
        _numbered(d.add_paragraph("压实工作责任。一是建立台账；二是定期督查。"), 1)
        _numbered(d.add_paragraph("坚持问题导向，明确“怎么干”。围绕突出问题，开展专项整治。"), 0)

    doc = parse_bytes(_docx(build), "r.docx")
    assert headings(doc) == [
        (1, "一、", "坚持目标导向，明确“怎么看”"),
        (2, "（一）", "强化组织领导"),
        (2, "（二）", "压实工作责任"),
        (1, "二、", "坚持问题导向，明确“怎么干”"),
    ]


def test_docx_outline_level_and_chinese_style_names():
    def build(d):
        from docx.enum.style import WD_STYLE_TYPE
        from docx.oxml import parse_xml

        style = d.styles.add_style("标题 1", WD_STYLE_TYPE.PARAGRAPH)
        d.add_paragraph("推进平安建设综述")
        d.add_paragraph("坚持目标导向", style=style)
        d.add_paragraph("今年以来，我局认真贯彻落实党的二十大精神，扎实推进各项工作。")
        p = d.add_paragraph("强化组织领导")
        p._p.get_or_add_pPr().append(
            parse_xml('<w:outlineLvl xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:val="1"/>')
        )
        d.add_paragraph("围绕群众反映强烈的突出问题，开展专项整治，取得明显成效。")

    doc = parse_bytes(_docx(build), "r.docx")
    assert headings(doc) == [(1, None, "坚持目标导向"), (2, None, "强化组织领导")]


def test_docx_tables_soft_breaks_and_empty_paragraphs():
    def build(d):
        d.add_paragraph("推进平安建设综述")
        d.add_paragraph("")
        d.add_paragraph("一、坚持目标导向。正文在这里，今年以来成效明显。\n二、坚持问题导向。正文也在这里，效果很好。")
        table = d.add_table(rows=1, cols=2)
        table.cell(0, 0).text = "单元格里的正文一"
        table.cell(0, 1).text = "单元格里的正文二"
        d.add_paragraph("三、坚持结果导向。最后一段正文。")

    doc = parse_bytes(_docx(build), "r.docx")
    assert [(h[1], h[2]) for h in headings(doc)] == [("一、", "坚持目标导向"), ("二、", "坚持问题导向"), ("三、", "坚持结果导向")]
    s = doc.reports[0].sections
    assert [x.line for x in s] == [3, 3, 6]  # a soft break keeps its paragraph's number
    assert "单元格里的正文一" in s[1].body and "单元格里的正文二" in s[1].body


def _zip(parts: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


def test_docx_zip_bomb_is_refused_before_parsing():
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": bytes(20 * 2**20)})
    with pytest.raises(InputError, match="zip bomb") as e:
        parse_bytes(bomb, "r.docx")
    assert e.value.exit_code == 3


def test_docx_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setattr(docx_reader, "MAX_UNPACKED", 1000)
    data = _docx(lambda d: d.add_paragraph("正文" * 400))
    with pytest.raises(InputError, match="decompress to"):
        parse_bytes(data, "r.docx")


def test_docx_xml_entities_are_refused():
    good = zipfile.ZipFile(io.BytesIO(_docx(lambda d: d.add_paragraph("正文")))).read("word/document.xml")
    evil = good.replace(
        b"?>", b'?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>', 1
    )
    src = zipfile.ZipFile(io.BytesIO(_docx(lambda d: d.add_paragraph("正文"))))
    parts = {i.filename: src.read(i) for i in src.infolist()}
    parts["word/document.xml"] = evil
    with pytest.raises(InputError, match="declares XML entities"):
        parse_bytes(_zip(parts), "r.docx")


@pytest.mark.parametrize(
    "data, cause",
    [
        (b"PK\x03\x04broken", "broken zip archive"),
        (b"plain text, not a zip", "broken zip archive"),
        (None, "no word/document.xml"),
        ("not-word", "not a valid .docx"),
    ],
    ids=["truncated", "text", "no-document", "bad-xml"],
)
def test_broken_docx(data, cause):
    if data is None:
        data = _zip({"hello.txt": b"hi"})
    elif data == "not-word":
        src = zipfile.ZipFile(io.BytesIO(_docx(lambda d: d.add_paragraph("正文"))))
        parts = {i.filename: src.read(i) for i in src.infolist()}
        parts["word/document.xml"] = b"<w:document><unclosed>"
        data = _zip(parts)
    with pytest.raises(InputError, match=cause) as e:
        parse_bytes(data, "r.docx")
    assert e.value.exit_code == 3


def test_a_zip_that_is_not_word_is_unsupported():
    with pytest.raises(UnsupportedFormat, match="zip archive"):
        parse_bytes(_zip({"a.txt": b"hello"}), "x.txt")


def test_a_docx_sent_as_text_is_read_as_word():
    data = _docx(lambda d: (d.add_paragraph("推进平安建设综述"), d.add_paragraph("一、坚持目标导向。正文。"), d.add_paragraph("二、坚持问题导向。正文。")))
    assert parse_bytes(data, "-").source.format == "docx"


# ---- messy text


def test_line_ends_bom_indentation_and_paywall_markers():
    messy = (
        "\ufeff推进平安建设综述\r\n\r\n\r\n"
        "\u3000\u3000一、坚持目标导向，##paidbegin##明确“怎么看”。今年以来，我局认真贯彻落实党的二十大精神。\r"
        "  （一）强化组织领导。一是加强队伍建设；二是完善&nbsp;工作机制；三是压实工作责任。\r\n"
        "\t二、坚持问题导向，明确“怎么干”。##paidend##围绕群众反映强烈的突出问题，开展专项整治。"
    )
    doc = ping_an.parse_text(messy)
    assert headings(doc) == EXPECTED
    assert [s.line for s in doc.reports[0].sections] == [4, 6]


def test_hard_wrapped_heading_and_measure_split_across_lines_are_found():
    body = "今年以来，我局认真贯彻落实党的二十大精神，坚持以人民为中心的发展思想，扎实推进平安建设各项工作。"
    text = (
        "推进平安建设综述\n"
        + body
        + "\n一、坚持目标导向，明确“怎么看”，切实把思想和行动统一到党中央决策部署上来。"
        + body
        + "一是加强队伍建设，提升执法办案能力水平；二是完善工作机制，强化部门协作配合。\n二、坚持问题导向，明确“怎么干”。"
        + body * 2
    )
    wrapped = "\n".join(
        piece for line in text.split("\n") for piece in [line[i : i + 30] for i in range(0, len(line), 30)]
    )
    assert detect_wrap([x for x in wrapped.split("\n") if x]) is not None
    doc = ping_an.parse_text(wrapped)
    assert [h[2] for h in headings(doc)] == ["坚持目标导向，明确“怎么看”，切实把思想和行动统一到党中央决策部署上来", "坚持问题导向，明确“怎么干”"]
    measures = doc.reports[0].sections[0].measures
    assert [m.marker for m in measures] == ["一是", "二是"]
    lines = wrapped.split("\n")
    for m in measures:  # the line a measure starts on is the wrapped input's own line
        assert m.marker in lines[m.line - 1] or lines[m.line - 1].endswith(m.marker[0])


def _justified(line: str, width: int) -> list[str]:
    """line wrapped at width as a typesetter does: a mark that may not open a line is
    squeezed onto the end of the line before (so some lines carry one mark more)."""
    out, i = [], 0
    while i < len(line):
        j = min(i + width, len(line))
        while j < len(line) and line[j] in "，。、；：”）":
            j += 1
        out.append(line[i:j])
        i = j
    return out


def test_justified_lines_that_carry_a_mark_past_the_width_are_still_hard_wrapped():
    body = "今年以来，我局认真贯彻落实党的二十大精神，坚持以人民为中心，扎实推进平安建设各项工作，成效明显。"
    text = "\n".join(["推进平安建设综述", body * 2, "一、坚持目标导向。" + body * 3, "二、坚持问题导向。" + body * 2])
    wrapped = "\n".join(piece for line in text.split("\n") for piece in _justified(line, 14))
    assert sum(len(x) > 14 for x in wrapped.split("\n")) >= 3
    assert detect_wrap([x for x in wrapped.split("\n") if x]) is not None
    assert [p.text for p in to_paragraphs(wrapped)][1:] == text.split("\n")[1:]


def test_a_standalone_lead_line_is_not_glued_to_its_body_when_wrapped():
    body = "围绕群众反映强烈的突出问题，开展专项整治行动，全年共排查化解矛盾纠纷数百起，群众满意度明显提升。"
    text = "\n".join(["推进平安建设综述", "狠抓基层组织领导，推动平安建设规范化", body * 2, "狠抓联动效能管理，强化平安建设法治化", body * 3])
    wrapped = "\n".join(piece for line in text.split("\n") for piece in [line[i : i + 32] for i in range(0, len(line), 32)])
    paras = [p.text for p in to_paragraphs(wrapped)]
    assert "狠抓基层组织领导，推动平安建设规范化" in paras and "狠抓联动效能管理，强化平安建设法治化" in paras
    assert body * 2 in paras and body * 3 in paras


def test_a_short_wrapped_excerpt_with_a_few_lines_that_lost_their_wrap_is_still_hard_wrapped():
    body = "今年以来，我局认真贯彻落实党的二十大精神，坚持以人民为中心的发展思想，扎实推进平安建设各项工作。"
    text = "\n".join(["一、坚持目标导向。" + body * 4, "二、坚持问题导向。" + body * 4])
    lines = [piece for line in text.split("\n") for piece in [line[i : i + 24] for i in range(0, len(line), 24)]]
    # two places where the copy lost a wrap: a sixth of the full lines is longer
    lines[1:3] = [lines[1] + lines[2]]
    lines[5:7] = [lines[5] + lines[6]]
    assert detect_wrap(lines) is not None
    # a text whose lines are mostly longer than its commonest length is no wrapped text
    assert detect_wrap(lines[:6] + [body * 2] * 3) is None


def test_ordinary_text_is_not_taken_for_hard_wrapped():
    lines = ["一、坚持目标导向。", "今年以来成效明显，各项工作扎实推进，群众满意度持续提升。", "二、坚持问题导向。", "围绕突出问题开展整治。"] * 5
    assert detect_wrap(lines) is None


def test_no_blank_lines_and_blank_runs_give_the_same_outline():
    tight = REPORT
    loose = "\n\n\n".join(REPORT.split("\n"))
    assert headings(ping_an.parse_text(tight)) == headings(ping_an.parse_text(loose)) == EXPECTED


@pytest.mark.parametrize("text", ["", " ", "\n\n\n", "\u3000\u3000\r\n\t", "\ufeff", "##paidbegin####paidend##"])
def test_empty_and_blank_texts_are_documents_without_reports(text):
    doc = parse_bytes(text.encode("utf-8"), "x.txt")
    assert doc.reports == [] and doc.title is None


def test_unreadable_file_is_an_input_error(tmp_path, monkeypatch):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")

    # root reads any file: the refusal is made up, at the one place the reader opens it
    monkeypatch.setattr(os, "open", _open_denied_for(path))
    with pytest.raises(InputError, match="permission denied") as e:
        read_file(path)
    assert e.value.exit_code == 3


def _open_denied_for(path):
    real_open = os.open

    def open_(file, *args, **kwargs):
        if os.fspath(file) == os.fspath(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    return open_


def test_a_file_in_a_folder_that_cannot_be_entered_is_an_input_error(tmp_path, monkeypatch):
    # there every look at the path is refused, Path.is_dir included (it was asked first,
    # and its PermissionError came out as an internal error, exit 70)
    path = tmp_path / "locked" / "r.txt"

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", _open_denied_for(path))
    monkeypatch.setattr(type(path), "read_bytes", denied)
    monkeypatch.setattr(type(path), "is_dir", denied)
    monkeypatch.setattr(type(path), "stat", denied)
    with pytest.raises(InputError, match="permission denied") as e:
        read_file(path)
    assert e.value.exit_code == 3


def test_utf8_cut_short_inside_its_last_character_is_read():
    data = REPORT.encode("utf-8") + "。".encode("utf-8")[:2]
    assert decode(data) == (REPORT, "utf-8")


def test_utf8_with_a_stray_byte_names_its_offset():
    data = REPORT.encode("utf-8")
    assert data[28] == 0xE3  # a character (、) starts here
    with pytest.raises(DecodeError, match="stray byte at offset 28"):
        decode(data[:28] + b"\xff" + data[28:])


def test_docx_text_box_is_read_once():
    box = (
        '<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p>"
        "</w:txbxContent></mc:Choice><mc:Fallback><w:txbxContent><w:p><w:r><w:t>框内文字</w:t></w:r></w:p>"
        "</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r>"
    )

    def build(d):
        from docx.oxml import parse_xml

        d.add_paragraph("推进平安建设综述")
        d.add_paragraph("正文开头。")._p.append(parse_xml(box))

    lines = docx_reader.read_docx(_docx(build))
    assert [line.raw for line in lines] == ["推进平安建设综述", "正文开头。框内文字"]


def test_a_line_holding_only_a_paywall_marker_is_no_line_break():
    text = (
        "推进平安建设综述\n一、坚持目标导向，明确“怎么看”，切实把思想和行动统一到党中央决策部署上来，\n"
        "##paidbegin##\n扎实推进各项工作。正文。\n二、坚持问题导向。正文。"
    )
    sections = ping_an.parse_text(text).reports[0].sections
    assert sections[0].heading.endswith("扎实推进各项工作") and sections[0].line == 2
    assert [p.after_blank for p in to_paragraphs(text)] == [True, False, False]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.lists(st.sampled_from(
    ["一、", "（一）", "1.", "一是", "二是", "坚持", "推进平安建设", "工作", "。", "，", "\n", "\n\n", "xx", "“", "”", "2023年"]
), min_size=20, max_size=200).map("".join), width=st.integers(16, 40))
def test_hard_wrapped_text_loses_nothing_and_keeps_its_lines(text, width):
    wrapped = "\n".join(line[i : i + width] for line in text.split("\n") for i in range(0, max(len(line), 1), width))
    doc = ping_an.parse_text(wrapped)
    missing = visible(wrapped) - visible(output_text(doc))
    assert not missing, f"lost {missing!r}"
    n = wrapped.count("\n") + 1
    for r in doc.reports:
        stack = list(r.sections)
        while stack:
            s = stack.pop()
            assert 1 <= s.line <= n
            stack.extend(s.sections)


def test_a_line_that_ends_in_a_cell_separator_is_not_continued_by_the_next():
    text = "某某法院工作报告\n| |\n发挥审判职能，维护社会稳定。依法严惩犯罪。\n来源：本站 | 作者：某某 |\n化解矛盾纠纷，促进社会和谐。依法化解纠纷。\n"
    paras = [p.text for p in to_paragraphs(text)]
    assert "发挥审判职能，维护社会稳定。依法严惩犯罪。" in paras
    assert "化解矛盾纠纷，促进社会和谐。依法化解纠纷。" in paras
