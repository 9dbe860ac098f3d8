"""The rules every stage reads text with: the pattern tables of the genre (markers,
heading forms, kinds of report, furniture), traditional-character support, and the cache
that keeps their compiled patterns between runs. Imports nothing else of the package."""
