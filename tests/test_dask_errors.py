"""`pingan batch --scheduler`: a malformed address is a usage error at once, an
unreachable one a single line within the connect time-out; never a traceback."""

from __future__ import annotations

import os

import pytest
from conftest import SAMPLES, needs_cli, run_pingan as run

pytestmark = needs_cli


@pytest.mark.parametrize("address", ["nonsense", "tcp://host", "host:99999", "tcp://10.0.0.5:port"])
def test_a_malformed_address_is_a_usage_error_of_one_line(address):
    done = run("batch", str(SAMPLES), "--scheduler", address, timeout=60)
    assert done.returncode == 2
    assert done.stderr.decode() == f"pingan: {address}: " + (
        "the port must be between 1 and 65535\n" if address == "host:99999"
        else "not a Dask scheduler address: give PROTOCOL://HOST:PORT, such as tcp://10.0.0.5:8786\n"
    )
    assert done.stdout == b""


def test_an_unreachable_scheduler_is_one_line_and_no_traceback():
    pytest.importorskip("distributed", reason="Dask is not installed (pip install '.[dask]')")
    env = {**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}
    done = run("batch", str(SAMPLES), "--scheduler", "tcp://127.0.0.1:9", env=env, timeout=120)
    assert done.returncode == 3
    err = done.stderr.decode()
    assert err.startswith("pingan: tcp://127.0.0.1:9: cannot reach the Dask scheduler: ") and err.count("\n") == 1
    assert "Exception ignored" not in err and "Traceback" not in err
