"""Quoted names: the campaigns, slogans and documents a text names in “…” and 《…》.

An analyst follows a campaign (“春风利剑”, “三零”创建) from office to office by these
names, so they are kept in order of first appearance, without the quote marks and
without duplicates. QUOTE is also the first alternative of the figure scanner
(figures.SCAN), so one pass over a text yields both its figures and its terms, and
nothing inside quotes (“十四五”, “两个维护”) is taken for a quantity.
"""

from __future__ import annotations

# A quote closes on the same line; an unclosed quote is no term (the text stays prose).
QUOTE = r"“(?P<dq>[^“”\n]{1,200})”|《(?P<book>[^《》\n]{1,200})》"


def name_of(quoted: str | None, book: str | None) -> str | None:
    """The name from QUOTE's two groups (“…”, 《…》); None when it is blank."""
    return (quoted or book or "").strip() or None


def unique(names) -> list[str]:
    """Names in order of first appearance, each once."""
    return list(dict.fromkeys(n for n in names if n))


def terms(text: str) -> list[str]:
    """The quoted names of text, in order, without duplicates.

    >>> terms("开展“春风利剑”专项行动，学习《民法典》，再次部署“春风利剑”")
    ['春风利剑', '民法典']
    """
    from .figures import scan  # the one scanner of quotes (figures imports this module)

    return unique(name for _, _, name in scan(text)[1])
