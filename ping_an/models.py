"""The pydantic models: the single source of the JSON shape (see ../shared/SPEC.md §2).

The parser builds plain dataclasses while it works and turns them into these models
once, at the end, so no validation runs inside the per-line loop.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _empty() -> list:
    """A new empty list, the default of every list field. A Python function rather than
    `list`: pydantic reads a default factory's signature when it builds the model, and
    reading a builtin's compiles the tokenizer's patterns, a tenth of a small file's
    start-up (bench/run.py)."""
    return []


class Figure(_Model):
    """A quantity in the text: 1206万人, 增长5.1%, xxx件, 一万余元, 百分之九十六 (see figures.py)."""

    text: str = Field(description="The figure as written, with its approximation words: 约xx万条, xxx余次, 5%左右.")
    value: int | float | None = Field(description="The number (the low end of a range); null for a redaction placeholder.")
    high: int | float | None = Field(default=None, description="The high end of a range (5%—6% → 6), else null.")
    unit: str | None = Field(description="The unit as written after the number, magnitude included: 件, 名, 万元, %, 个百分点.")
    change: str | None = Field(default=None, description="The change verb just before the figure: 增长, 下降, 上升 …")
    placeholder: bool = Field(default=False, description="The number is redacted (xx, xxx.xx, ××).")
    approx: str | None = Field(default=None, description="The approximation word: 约, 近, 超过, 余, 多, 左右, 以上 …")
    line: int = Field(ge=1, description="1-based input line where the figure starts.")


class Placeholder(_Model):
    """A redaction placeholder (a maximal run of x/X/× with an optional decimal part) to fill in."""

    text: str = Field(description="The placeholder as written: xx, xxx.xx, ××.")
    line: int = Field(ge=1, description="1-based input line.")
    column: int = Field(ge=1, description="1-based character column in the input line.")
    report: int | None = Field(description="1-based number of the report it is in; null before the first report.")
    title: str | None = Field(default=None, description="That report's title.")
    before: str = Field(default="", description="The text just before it on its line.")
    after: str = Field(default="", description="The text just after it on its line.")


class Measure(_Model):
    """An enumerated item inside body text: 一是…, 首先…, 第一，…, 1.…, （1）…, ①…"""

    marker: str = Field(description="The marker as written, without its punctuation: 一是, 首先, 第一, 1, （1）, ①.")
    text: str = Field(description="From after the marker to the next sibling's marker, or to the end of the item.")
    line: int = Field(ge=1, description="1-based input line (paragraph number for .docx) where the marker stands.")
    measures: list[Measure] = Field(default_factory=_empty, description="Nested items.")
    figures: list[Figure] = Field(default_factory=_empty, description="The figures in the item's text.")
    terms: list[str] = Field(default_factory=_empty, description="Quoted names (“…”, 《…》) in the item's text, in order, once each.")


class Section(_Model):
    """A heading and everything under it up to the next heading of the same or a higher level."""

    marker: str | None = Field(description="The numbering as written (一、 （一） 1. 第一，…); null for lead headings.")
    heading: str = Field(description="The heading sentence, marker stripped, without its final punctuation.")
    line: int = Field(ge=1, description="1-based input line where the heading starts.")
    depth: int = Field(ge=1, description="Nesting depth in its report (1 = top level), by the stack rule.")
    style: str = Field(
        description="The heading form: a numbered form (part, chapter, jie, cn-comma, cn-paren, arabic-dot, "
        "arabic-paren, circled, ordinal), lead, or lead-sub for a lead inside the body of a standalone lead line."
    )
    dash: str | None = Field(default=None, description="The dash that opened a dash item (——), not part of the heading.")
    punct: str = Field(default="", description="The punctuation that closed the heading sentence (。 ： or empty).")
    body: str = Field(
        default="", description="The section's own text after the heading and before its sub-sections, paragraphs joined by newlines."
    )
    after: str = Field(
        default="",
        description="The section's text that stands after its sub-sections (closing words after a salutation), "
        "paragraphs joined by newlines; its measures are among the section's.",
    )
    after_line: int | None = Field(default=None, ge=1, description="1-based input line where `after` starts; null when it is empty.")
    sections: list[Section] = Field(default_factory=_empty)
    measures: list[Measure] = Field(default_factory=_empty)
    figures: list[Figure] = Field(
        default_factory=_empty, description="The figures in the heading and body (those of its measures among them)."
    )
    terms: list[str] = Field(default_factory=_empty, description="Quoted names (“…”, 《…》) in heading and body, in order, once each.")


class Report(_Model):
    """One work summary, speech or report inside the file."""

    title: str | None = Field(description="The title line as printed; null when the text opens without one.")
    line: int | None = Field(default=None, ge=1, description="Line of the title, or of the first text when there is no title.")
    front: list[str] = Field(default_factory=_empty, description="Subtitle, date, author and salutation lines before the body.")
    preamble: str = Field(default="", description="Text before the first section, paragraphs joined by newlines.")
    sections: list[Section] = Field(default_factory=_empty)
    measures: list[Measure] = Field(default_factory=_empty, description="Measures in the preamble.")
    organization: str | None = Field(default=None, description="The issuing body as the text names it (xx县公安局); null if unsaid.")
    period: str | None = Field(default=None, description="The time the report covers (2023年上半年, 今年以来); null if unsaid.")
    kind: str | None = Field(default=None, description="The kind of text, from its title (综述, 工作总结, 讲话 …); null if unsaid.")
    figures: list[Figure] = Field(default_factory=_empty, description="The figures in the preamble.")
    terms: list[str] = Field(default_factory=_empty, description="Quoted names (“…”, 《…》) in the preamble, in order, once each.")


class TocEntry(_Model):
    number: str | None = Field(default=None, description="The entry's number as written (1. 2. …), if any.")
    title: str
    page: str | None = Field(
        default=None, description="What the line prints after the title, if anything: leader dots and the page number (……… 27)."
    )
    line: int = Field(ge=1)


class Source(_Model):
    path: str | None = None
    encoding: str | None = None
    sha256: str | None = None
    bytes: int | None = None
    format: Literal["text", "docx"] | None = None


class Document(_Model):
    """What `pingan extract FILE --json` prints."""

    schema_version: str = SCHEMA_VERSION
    title: str | None = Field(description="The compendium title, or the single report's title.")
    toc: list[TocEntry] = Field(default_factory=_empty, description="目录 entries, when the file has one.")
    front: list[str] = Field(default_factory=_empty, description="Text before the first report that is neither title nor 目录.")
    reports: list[Report] = Field(default_factory=_empty)
    source: Source | None = None


def json_schema() -> dict:
    return Document.model_json_schema()
