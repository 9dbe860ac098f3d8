"""Reading: a file's bytes → decoded text (reader.py; Word files in docx_reader.py, what
reading fails with in errors.py) → input lines → paragraphs that remember their lines
(lines.py)."""
