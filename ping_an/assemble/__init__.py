"""Assembling: the stages run in order and their output becomes the models. pipeline.py
runs read → parse → enrich on a text or a Word file's lines into a Document (parse_text,
parse_lines; a report at a time for the streamed views); files.py reads and parses a file
in one call (parse_file); explain.py runs the same stages for `pingan lines` and says,
line by line, what each line was read as and why."""
