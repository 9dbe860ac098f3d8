"""The `pingan` command: a thin layer over the library.

Heavy imports (rich rendering, Word support, the encoding detector) happen inside the
commands that need them, so `pingan --help` and `pingan --version` start fast.
"""

from __future__ import annotations

from typing import Optional

import typer

from . import __version__, command
from .command import fail, leave_now, load_input, load_parsed, one_file_process, stdout_for_results, worth_sharing
from .render.output import end_process, stdout_is_terminal, writing_to
from .render import Format, compact_json, default_format

EXIT_CODES = """Exit codes: 0 success; 1 some files of a batch failed, or the reader of the
output went away (| head); 2 usage error; 3 the input cannot be read (missing, a
directory, no permission, broken, not a regular file); 4 unsupported format (.doc,
.pdf …); 5 the bytes cannot be decoded as text; 70 internal error; 74 the output
cannot be written (a full disk, standard output closed); 130 interrupted."""

def _arguments_as_users_write_them() -> None:
    """Help that names arguments as a user writes them (FILE, PATH...), not as typer 0.2x
    shows them ({FILE}, FILE <str>, PATH... <list[str]>). Typer has no setting for it,
    so its argument class is taught two things; where a typer lacks these methods, its
    own wording stays and nothing else changes."""
    core = getattr(typer, "core", None)
    argument = getattr(core, "TyperArgument", None)
    if argument is None or not hasattr(argument, "_usage_display_name") or not hasattr(argument, "display_type_rich"):
        return

    def usage_name(self) -> str:
        name = self.metavar or self.name.upper()
        return name if self.required else f"[{name}]"

    argument._usage_display_name = usage_name
    # the metavar says what the argument is; no type after it
    argument.display_type_rich = lambda self, ctx: None


_arguments_as_users_write_them()

app = typer.Typer(
    name="pingan",
    help="Turn Chinese work summaries, speeches and work reports into structured data.\n\n" + EXIT_CODES,
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pingan {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
    debug: bool = typer.Option(False, "--debug", help="Show the traceback when a command fails."),
) -> None:
    command.debug = debug


def _known_encoding(value: Optional[str]) -> Optional[str]:
    """--encoding NAME must name a codec Python has: a usage error (exit 2) otherwise."""
    if value is not None:
        import codecs

        try:
            codecs.lookup(value)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {value!r} (try utf-8, gb18030, big5, utf-16)") from None
    return value


def _errors_choice(value: str) -> str:
    if value not in ("strict", "replace"):
        raise typer.BadParameter(f"{value!r} is neither strict nor replace")
    return value


ENCODING_HELP = "Decode the input with this encoding (utf-8, gb18030, big5, utf-16 …)."
ERRORS_HELP = (
    "What a byte that does not decode does: strict refuses the file (the default); replace "
    "reads it as U+FFFD and names its offset on stderr."
)


def encoding_option():
    return typer.Option(None, "--encoding", metavar="NAME", callback=_known_encoding, help=ENCODING_HELP)


def errors_option():
    return typer.Option("strict", "--errors", metavar="strict|replace", callback=_errors_choice, help=ERRORS_HELP)


WIDTH_HELP = "Width of the tree and table in terminal columns (default: the terminal's, 80 in a pipe)."
LINES_WIDTH_HELP = "Width of the table in terminal columns (default: the terminal's, 80 in a pipe)."
MIN_WIDTH = 20


def _jobs(value: Optional[int]) -> Optional[int]:
    if value is not None and value < 1:
        raise typer.BadParameter(f"{value} workers: give 1 or more")
    return value


def _width(value: Optional[int]) -> Optional[int]:
    if value is not None and value < MIN_WIDTH:
        raise typer.BadParameter(f"{value} columns is too narrow: give {MIN_WIDTH} or more")
    return value


def width_option(help_text: str = WIDTH_HELP):
    return typer.Option(None, "--width", metavar="N", callback=_width, help=help_text)


def _view(value: Optional[str]) -> Optional[Format]:
    if value is None:
        return None
    try:
        return Format(value.lower())
    except ValueError:
        names = ", ".join(f.value for f in Format)
        raise typer.BadParameter(f"{value!r} is not a view; choose one of {names}") from None


def _complete_view(incomplete: str) -> list[str]:
    return [f.value for f in Format if f.value.startswith(incomplete)]


def choose_format(fmt: Optional[Format], json_out: bool, excel: bool, stdout_is_terminal: bool) -> Format:
    """The view to print: as asked, else tree on a terminal and JSON in a pipe."""
    asked = {f for f, on in ((fmt, fmt is not None), (Format.json, json_out), (Format.csv, excel)) if on}
    if len(asked) > 1:
        names = " and ".join(sorted(f"--format {f.value}" for f in asked))
        raise typer.BadParameter(f"{names} ask for different views", param_hint="'--format', '--json', '--excel'")
    return asked.pop() if asked else default_format(stdout_is_terminal)


@app.command()
def extract(
    file: str = typer.Argument(..., metavar="FILE", show_default=False, help="A report file, or - for standard input."),
    fmt: Optional[str] = typer.Option(
        None, "--format", "-f", metavar="VIEW", callback=_view, autocompletion=_complete_view,
        help="The view: json, jsonl (one report a line), tree, table, csv or markdown. "
        "Default: tree on a terminal, json in a pipe.",
    ),
    json_out: bool = typer.Option(False, "--json", help="Short for --format json."),
    excel: bool = typer.Option(False, "--excel", help="CSV with a UTF-8 byte-order mark, so that Excel reads Chinese right (implies --format csv)."),
    width: Optional[int] = width_option(),
    encoding: Optional[str] = encoding_option(),
    errors: str = errors_option(),
) -> None:
    """Extract reports, sections and measures from FILE."""
    command.extract(file, choose_format(fmt, json_out, excel, stdout_is_terminal()), width, excel, encoding, errors)


@app.command()
def outline(
    file: str = typer.Argument(..., metavar="FILE", show_default=False, help="A report file, or - for standard input."),
    width: Optional[int] = width_option(),
    encoding: Optional[str] = encoding_option(),
    errors: str = errors_option(),
) -> None:
    """Show the outline of FILE as a tree (short for extract --format tree)."""
    extract(file, Format.tree, False, False, width, encoding, errors)


@app.command()
def lines(
    file: str = typer.Argument(..., metavar="FILE", show_default=False, help="A report file, or - for standard input."),
    json_out: bool = typer.Option(False, "--json", help="One JSON object per input line: line, kind, note, text, report."),
    width: Optional[int] = width_option(LINES_WIDTH_HELP),
    encoding: Optional[str] = encoding_option(),
) -> None:
    """Show every input line of FILE, what it was read as, and the rule or evidence that decided it.

    Kinds: blank, title, toc, front, report-title, heading, lead, salutation, item, text, continuation.
    """
    from .assemble.explain import explain_input_stream

    out = stdout_for_results()
    one_file_process()
    inp = load_input(file, encoding)
    if not json_out and worth_sharing(inp):
        # into a pipe or a file, on two cores (the same bytes as one); a terminal's in colour below
        from .render import shared

        with writing_to():
            printed = shared.print_lines(inp.text, out, width=width)
        if printed:
            leave_now()
            return
    total, infos = explain_input_stream(inp)
    if json_out:
        from .render.lines import write_json_lines

        with writing_to():
            write_json_lines(infos, out)
        leave_now()
        return
    from .render import console
    from .render.lines import print_lines

    with writing_to():
        print_lines(infos, console(width), total=total)
    leave_now()


@app.command()
def placeholders(
    file: str = typer.Argument(..., metavar="FILE", show_default=False, help="A report file, or - for standard input."),
    json_out: bool = typer.Option(False, "--json", help="Print a JSON list of objects."),
    encoding: Optional[str] = encoding_option(),
) -> None:
    """List every redaction placeholder (xx, xxx.xx, ××) with its line, report and context."""

    from .enrich import placeholders as blanks

    out = stdout_for_results()
    inp = load_input(file, encoding)  # the lines as read (a .docx: one per paragraph), and the parse
    found = blanks.find(inp.text, load_parsed(inp))
    if json_out:
        with writing_to():
            out.write(compact_json([p.model_dump() for p in found]).encode("utf-8") + b"\n")
        return
    from .render.placeholders import print_placeholders

    with writing_to():
        print_placeholders(found, file)


@app.command()
def batch(
    paths: Optional[list[str]] = typer.Argument(None, metavar="PATH...", show_default=False, help="Files or folders (walked recursively, in sorted order)."),
    output: Optional[str] = typer.Option(
        None, "-o", "--output", metavar="OUT", help="- or nothing: JSON Lines on stdout; FILE.jsonl; FILE.db or .sqlite: SQLite; DIR/: one .json per input."
    ),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", metavar="N", callback=_jobs, help="Worker processes [default: the number of cores]."),
    glob: Optional[list[str]] = typer.Option(None, "--glob", metavar="PATTERN", help="Convert the files matching this pattern (repeatable) [default: *.txt *.md *.docx]."),
    exclude: Optional[list[str]] = typer.Option(None, "--exclude", metavar="PATTERN", help="Skip files and folders matching this pattern (repeatable)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS", help="Run on this Dask scheduler (tcp://HOST:8786) instead of local processes; needs Dask (python -m pip install '.[dask]' in the checkout)."),
    files_from: Optional[str] = typer.Option(None, "--files-from", metavar="LIST", help="Also convert the PATHs listed in this file, one per line (- for standard input)."),
    errors: str = errors_option(),
) -> None:
    """Convert every report under PATHs, in parallel: JSON Lines, a tree of .json files, or SQLite."""
    from .batch.errors import BatchError
    from .batch.run import run

    try:
        code = run(paths or [], output, jobs, glob or (), exclude or (), scheduler, files_from=files_from, errors=errors)
    except BatchError as e:
        if command.debug:
            raise
        if command.own_process:
            # at once: a Dask client that failed to connect would spend another time-out
            # and a traceback closing itself as the interpreter ends
            end_process(e.exit_code, f"pingan: {e.what}: {e}\n")
        fail(e.what, str(e), e.exit_code)
    raise typer.Exit(code)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the document `extract --json` prints."""
    import json

    from .models import json_schema

    out = stdout_for_results()
    with writing_to():
        out.write(json.dumps(json_schema(), ensure_ascii=False, indent=2).encode("utf-8") + b"\n")


def main() -> None:
    """`python -m ping_an.cli`, and what console.main runs when the command line is not
    one that command.plain_extract takes."""
    command.guarded(app)
