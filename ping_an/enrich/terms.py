"""Quoted names: the campaigns, slogans and documents a text names in “…” and 《…》.

An analyst follows a campaign (“春风利剑”, “三零”创建) from office to office by these
names, so they are kept in order of first appearance, without the quote marks and
without duplicates. QUOTE is also the first alternative of the figure scanner
(figures.SCAN), so one pass over a text yields both its figures and its terms, and
nothing inside quotes (“十四五”, “两个维护”) is taken for a quantity; figures.terms
gives a text's terms.
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
