"""pingan: Chinese work summaries, speeches and work reports as structured data.

    >>> import ping_an
    >>> doc = ping_an.parse_text("推进平安建设综述\n一、坚持目标导向。正文。\n二、坚持问题导向。正文。")
    >>> [s.heading for s in doc.reports[0].sections]
    ['坚持目标导向', '坚持问题导向']
"""

from __future__ import annotations

__version__ = "0.1.0"

from .models import Document, Measure, Report, Section, Source, TocEntry
from .pipeline import parse_text
from .reader import parse_file, read_file

__all__ = [
    "__version__",
    "parse_text",
    "parse_file",
    "read_file",
    "Document",
    "Report",
    "Section",
    "Measure",
    "TocEntry",
    "Source",
]
