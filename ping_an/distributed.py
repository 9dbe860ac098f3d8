"""`pingan batch --scheduler ADDRESS`: the same per-file work on a Dask distributed cluster.

Each task is `batch.convert_chunk` on a few paths; the workers need `pingan` installed
and the files at the same absolute paths (a shared or network file system). Results come back
as JSON bytes and are written in input order by the same code as the local pool, so
the output is identical.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from typing import Iterator

from .batch import BatchError, Submit, convert_chunk

INSTALL_HINT = "--scheduler needs Dask: python -m pip install 'pingan[dask]'"


@contextmanager
def dask_executor(address: str, errors: str = "strict") -> Iterator[tuple[Submit, int]]:
    try:
        from distributed import Client
    except ImportError:
        raise BatchError(address, INSTALL_HINT, 2) from None
    try:
        # how long to try is Dask's own setting: DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=10s
        client = Client(address, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as e:
        raise BatchError(address, f"cannot reach the Dask scheduler: {e}", 3) from None
    try:
        workers = sum(client.nthreads().values())  # the window keeps every worker thread busy
        yield (lambda paths: client.submit(convert_chunk, absolute(paths), paths, errors, pure=False)), workers
    finally:
        client.close()


def absolute(paths: list[str]) -> list[str]:
    """Workers run in their own folder: they read absolute paths, the records keep the given ones."""
    return [os.path.abspath(p) for p in paths]
