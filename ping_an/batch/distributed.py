"""`pingan batch --scheduler ADDRESS`: the same per-file work on a Dask distributed cluster.

Each task is `work.convert_chunk` on a few paths; the workers need `pingan` installed
and the files at the same absolute paths (a shared or network file system). Results come back
as JSON bytes and are written in input order by the same code as the local pool, so
the output is identical.
"""

from __future__ import annotations

import os
import re
from contextlib import contextmanager
from typing import Iterator

from .errors import BatchError
from .work import Submit, convert_chunk

INSTALL_HINT = (
    "--scheduler needs Dask: python -m pip install '.[dask]' in the pingan checkout, "
    "or python -m pip install 'dask[distributed]'"
)
# [PROTOCOL://]HOST:PORT, HOST a name, an IPv4 address or a bracketed IPv6 one
ADDRESS_RE = re.compile(r"(?:(?:tcp|tls|ws|wss|ucx)://)?(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9_.-]+):[0-9]{1,5}")


def address_problem(address: str) -> str | None:
    """Why `address` is no scheduler address, or None. Checked before Dask is imported,
    so that a typing mistake is a usage error at once, not a wait for a time-out."""
    if address.startswith("inproc://"):
        return None
    if not ADDRESS_RE.fullmatch(address):
        return "not a Dask scheduler address: give PROTOCOL://HOST:PORT, such as tcp://10.0.0.5:8786"
    if not 0 < int(address.rsplit(":", 1)[1]) < 65536:
        return "the port must be between 1 and 65535"
    return None


@contextmanager
def dask_executor(address: str, errors: str = "strict") -> Iterator[tuple[Submit, int]]:
    problem = address_problem(address)
    if problem:
        raise BatchError(address, problem, 2)
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
