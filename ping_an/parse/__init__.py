"""Parsing: a text's paragraphs → reports (reports.py: the compendium title, the 目录 and
where each report starts) → a block per paragraph, classified against the pattern tables
(classify.py; then items.py, leads.py, parts.py) → the section tree of each report
(tree.py) → the measures of each body (measures.py)."""
