"""The work of the single-file commands, without typer.

cli.py reads the command line with typer and calls these. `pingan extract FILE` and
`pingan extract FILE --json`, the forms a shell loop over a folder runs once per file, are
read here before typer is imported at all (console.py): typer and click are a fifth of
such a run, and typer 0.2x builds a pydantic validator for each of the command's seven
options, more work than parsing a small report (README "Performance", start-up). Every
other command line goes to typer, whose help and errors stay its own.

A command that fails prints one line on stderr and raises SystemExit with the documented
code (cli.EXIT_CODES); typer passes it on unchanged.
"""

from __future__ import annotations

import os
import sys
from typing import Callable, NoReturn, Optional, TypeVar

from .render import STREAMED, Format, default_format, show, show_stream
from .render.output import OutputError, binary_stdout, fail_output, reader_gone, stdout_is_terminal, watch_reader, writing_to

T = TypeVar("T")

# Set by `pingan --debug`: a failure shows its traceback.
debug = False
# Set by console.main: this is the `pingan` process itself, not a test driving the app
# in-process, so a finished command may end the process at once.
own_process = False


def say(message: str) -> None:
    """One line on stderr."""
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def fail(path: str, message: str, code: int) -> NoReturn:
    say(f"pingan: {path}: {message}")
    raise SystemExit(code)


def guarded(run: Callable[[], T]) -> T:
    """Run a command as the `pingan` process does. A reader that closed the pipe ends it
    quietly with 1, output that cannot be written with 74 (output.py); the commands meet
    both inside output.writing_to, what reaches here is from outside them (shell
    completion into a pipe that closed, click's own help). Never a traceback for the user;
    --debug shows it."""
    try:
        return run()
    except BrokenPipeError:
        reader_gone()
    except OutputError as e:
        fail_output(e)
    except Exception as e:
        if debug:
            raise
        say(f"pingan: internal error: {type(e).__name__}: {e}")
        sys.exit(70)


def one_file_process() -> None:
    """One file, then the process ends. The parser makes no reference cycles, and the
    cyclic collector's repeated passes over the growing document cost a quarter of the
    run on a large file (bench/run.py)."""
    import gc

    gc.disable()


def leave_now() -> None:
    """A single-file command is done: flush and end the process without tearing down
    the parsed document object by object, which costs a tenth of a second at 40 MB
    (bench/run.py). Nothing is left to clean: the input is read, the output written."""
    if own_process:
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


def worth_sharing(inp) -> bool:
    """The input is a text large enough to be worth a second process (render/parallel.py)."""
    from .render.parallel import worth_sharing as large

    return inp.word_lines is None and large(inp.text)


def load_input(path: str, encoding: Optional[str] = None, errors: str = "strict"):
    """Read a path or '-' (standard input) into a reader.Input, or exit with a one-line error.
    With errors="replace", each byte replaced is one line on stderr."""
    from .read.reader import InputError, read_input, read_path, read_stdin, replaced_warnings

    try:
        if path == "-":
            if sys.stdin is None:
                raise InputError("standard input is closed")
            inp = read_input(read_stdin(sys.stdin.buffer), "-", encoding, errors)
        else:
            inp = read_path(path, encoding, errors)
    except InputError as e:
        if debug:
            raise
        fail(path, str(e), e.exit_code)
    for warning in replaced_warnings(inp):
        say(f"pingan: {path}: {warning}")
    return inp


def load_parsed(inp):
    """Parse what load_input read into a Document."""
    from .assemble.files import parse_input

    one_file_process()
    return parse_input(inp)


def extract(
    file: str, chosen: Format, width: Optional[int] = None, excel: bool = False,
    encoding: Optional[str] = None, errors: str = "strict",
) -> None:
    """`pingan extract FILE` in the view chosen."""
    out = stdout_for_results()
    inp = load_input(file, encoding, errors)
    if (chosen is Format.json or chosen in STREAMED) and worth_sharing(inp):
        # a large text: the reports are parsed on two cores (the same bytes as one); the
        # tree and the table only into a pipe or a file, a terminal's in colour below
        from .render import shared

        one_file_process()
        with writing_to():
            printed = shared.show(inp.text, inp.source, chosen, out, width=width)
        if printed:
            leave_now()
            return
    if chosen in STREAMED:
        # each report printed as it is parsed, then let go: a large file's views never
        # hold the whole document (README "Performance")
        from .assemble.files import stream_input

        one_file_process()
        head, count, reports = stream_input(inp)
        with writing_to():
            show_stream(head, count, reports, chosen, width=width)
        leave_now()
        return
    doc = load_parsed(inp)
    with writing_to():
        show(doc, chosen, out, width=width, excel=excel)
    leave_now()


def plain_extract(args: list[str]) -> bool:
    """Run `extract FILE` or `extract FILE --json` and say so; False for any other command
    line, which is typer's."""
    if len(args) not in (2, 3) or args[0] != "extract":
        return False
    files = [a for a in args[1:] if a != "--json"]
    if len(files) != 1 or (files[0].startswith("-") and files[0] != "-"):
        return False
    json_out = len(args) == 3
    extract(files[0], Format.json if json_out else default_format(stdout_is_terminal()))
    return True
