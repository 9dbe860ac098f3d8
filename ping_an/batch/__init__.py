"""`pingan batch`: convert a whole archive, in parallel, written in input order.

The stages are small and separate, a module each:

    selection.py   walk (PATHs → Items, sorted, loops and hidden folders skipped)
    ordering.py      → chunks of Items → an executor (executors.py: inline or a process
                       pool; distributed.py: Dask) runs `work.convert_chunk`
                     → ordered results (bounded window of chunks in flight)
    sinks.py         → a sink (JSON Lines, a mirror tree of .json files, SQLite: store.py)
    progress.py      and a tally, with a progress bar on a terminal
    run.py         the command: all of these, Ctrl-C handled by interrupts.py

The unit of work (work.py) is `convert(path)`: the pure library call on one file,
returning the record already serialised to JSON bytes, so results are cheap to send
between processes and any executor with `submit(fn, arg) -> future` can run it.
"""
