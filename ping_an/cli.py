"""The `pingan` command: a thin layer over the library.

Heavy imports (rich rendering, Word support, the encoding detector) happen inside the
commands that need them, so `pingan --help` and `pingan --version` start fast.
"""

from __future__ import annotations

import os
import sys
from typing import Optional

import typer

from . import __version__
from .render.output import OutputError, binary_stdout, end_process, fail_output, reader_gone, stdout_is_terminal, watch_reader, writing_to
from .render import STREAMED, Format, compact_json, default_format, show, show_stream

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

_debug = False
# Set by main(): this is the `pingan` process itself, not a test driving the app in-process.
_own_process = False


def _version(value: bool) -> None:
    if value:
        typer.echo(f"pingan {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Print the version."),
    debug: bool = typer.Option(False, "--debug", help="Show the traceback when a command fails."),
) -> None:
    global _debug
    _debug = debug


def fail(path: str, message: str, code: int) -> None:
    typer.echo(f"pingan: {path}: {message}", err=True)
    raise typer.Exit(code)


def _one_file_process() -> None:
    """One file, then the process ends. The parser makes no reference cycles, and the
    cyclic collector's repeated passes over the growing document cost a quarter of the
    run on a large file (bench/run.py)."""
    import gc

    gc.disable()


def _leave_now() -> None:
    """A single-file command is done: flush and end the process without tearing down
    the parsed document object by object, which costs a tenth of a second at 40 MB
    (bench/run.py). Nothing is left to clean: the input is read, the output written."""
    if _own_process:
        with writing_to():
            sys.stdout.flush()
        sys.stderr.flush()
        from .rules.pattern_cache import save

        save()  # what atexit would have done
        os._exit(0)


def stdout_for_results():
    """Standard output, binary, for a command about to print its result: OutputError when
    it is closed, and the command ends at once when the reader of a pipe goes away."""
    out = binary_stdout()
    watch_reader()
    return out


def _shared(inp) -> bool:
    """The input is a text large enough to be worth a second process (render/parallel.py)."""
    from .render.parallel import worth_sharing

    return inp.word_lines is None and worth_sharing(inp.text)


def load_parsed(inp):
    """Parse what load_input read into a Document."""
    from .assemble.files import parse_input

    _one_file_process()
    return parse_input(inp)


def load_input(path: str, encoding: Optional[str] = None, errors: str = "strict"):
    """Read a path or '-' (standard input) into a reader.Input, or exit with a one-line error.
    With errors="replace", each byte replaced is one line on stderr."""
    from .read.reader import InputError, read_input, read_path, read_stdin

    try:
        if path == "-":
            if sys.stdin is None:
                raise InputError("standard input is closed")
            inp = read_input(read_stdin(sys.stdin.buffer), "-", encoding, errors)
        else:
            inp = read_path(path, encoding, errors)
    except InputError as e:
        if _debug:
            raise
        fail(path, str(e), e.exit_code)
    from .read.reader import replaced_warnings

    for warning in replaced_warnings(inp):
        typer.echo(f"pingan: {path}: {warning}", err=True)
    return inp


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
    chosen = choose_format(fmt, json_out, excel, stdout_is_terminal())
    out = stdout_for_results()
    inp = load_input(file, encoding, errors)
    if (chosen is Format.json or chosen in STREAMED) and _shared(inp):
        # a large text: the reports are parsed on two cores (the same bytes as one); the
        # tree and the table only into a pipe or a file, a terminal's in colour below
        from .render import shared

        _one_file_process()
        with writing_to():
            printed = shared.show(inp.text, inp.source, chosen, out, width=width)
        if printed:
            _leave_now()
            return
    if chosen in STREAMED:
        # each report printed as it is parsed, then let go: a large file's views never
        # hold the whole document (README "Performance")
        from .assemble.files import stream_input

        _one_file_process()
        head, count, reports = stream_input(inp)
        with writing_to():
            show_stream(head, count, reports, chosen, width=width)
        _leave_now()
        return
    doc = load_parsed(inp)
    with writing_to():
        show(doc, chosen, out, width=width, excel=excel)
    _leave_now()


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
    _one_file_process()
    inp = load_input(file, encoding)
    if not json_out and _shared(inp):
        # into a pipe or a file, on two cores (the same bytes as one); a terminal's in colour below
        from .render import shared

        with writing_to():
            printed = shared.print_lines(inp.text, out, width=width)
        if printed:
            _leave_now()
            return
    total, infos = explain_input_stream(inp)
    if json_out:
        from .render.lines import write_json_lines

        with writing_to():
            write_json_lines(infos, out)
        _leave_now()
        return
    from .render import console
    from .render.lines import print_lines

    with writing_to():
        print_lines(infos, console(width), total=total)
    _leave_now()


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
        if _debug:
            raise
        if _own_process:
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


def _plain_extract(args: list[str]) -> bool:
    """Run `pingan extract FILE` and `pingan extract FILE --json`, the forms a shell loop
    over a folder runs once per file, without typer's reading of the command line: typer
    builds a pydantic validator for each of the command's seven options, which costs more
    than parsing a small file (README "Performance", start-up). Whether this ran; every
    other form of the command line goes to typer, whose help and errors stay its own."""
    if len(args) not in (2, 3) or args[0] != "extract":
        return False
    files = [a for a in args[1:] if a != "--json"]
    if len(files) != 1 or (files[0].startswith("-") and files[0] != "-"):
        return False
    try:
        extract(files[0], fmt=None, json_out=len(args) == 3, excel=False, width=None, encoding=None, errors="strict")
    except typer.Exit as e:
        sys.exit(e.exit_code)
    return True


def main() -> None:
    global _own_process
    _own_process = True
    # Ctrl-C is console.py's (batch/interrupts.py's during a batch). A reader that closed the pipe
    # ends the command quietly with 1, output that cannot be written with 74 (output.py);
    # the commands meet both inside output.writing_to, what reaches here is from outside
    # them (shell completion into a pipe that closed, click's own help).
    try:
        if not _plain_extract(sys.argv[1:]):
            app()
    except BrokenPipeError:
        reader_gone()
    except OutputError as e:
        fail_output(e)
    except Exception as e:  # never a traceback for the user; --debug shows it
        if _debug:
            raise
        typer.echo(f"pingan: internal error: {type(e).__name__}: {e}", err=True)
        sys.exit(70)
