"""pingan: Chinese work summaries, speeches and work reports as structured data.

    >>> import ping_an
    >>> doc = ping_an.parse_text("推进平安建设综述\n一、坚持目标导向。正文。\n二、坚持问题导向。正文。")
    >>> [s.heading for s in doc.reports[0].sections]
    ['坚持目标导向', '坚持问题导向']
"""

from __future__ import annotations

__version__ = "0.1.0"

from typing import TYPE_CHECKING

# Where each public name lives. They are imported on first use (PEP 562), so that
# `pingan --version` and `pingan --help` never pay for pydantic and the pattern tables.
_EXPORTS = {
    "parse_text": "assemble.pipeline",
    "parse_file": "assemble.files",
    "read_file": "read.reader",
    "Document": "models",
    "Report": "models",
    "Section": "models",
    "Measure": "models",
    "TocEntry": "models",
    "Source": "models",
}

if TYPE_CHECKING:
    from .models import Document, Measure, Report, Section, Source, TocEntry
    from .assemble.pipeline import parse_text
    from .assemble.files import parse_file
    from .read.reader import read_file


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'ping_an' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))

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
