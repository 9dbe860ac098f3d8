"""The results in input order: chunks of Items submitted to an executor, a bounded
window of them in flight.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import Iterable, Iterator

from .selection import Item
from .work import Converted, Future, Submit, error_record

CHUNK_FILES = 4  # files per task: amortises the cost of one round trip to a worker


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ordered(
    items: Iterable[Item], submit: Submit, window: int, stop: threading.Event, chunk: int = CHUNK_FILES
) -> Iterator[tuple[Item, Converted]]:
    """Results in input order, with at most `window` chunks in flight.

    Workers finish in any order; the head of the queue is waited for, the others wait
    their turn in the bounded queue. When `stop` is set, nothing more is submitted and
    what is in flight is dropped, so every result yielded is complete.
    """
    inflight: deque[tuple[list[Item], Future]] = deque()
    chunks = chunked(items, chunk)

    def fill() -> None:
        while len(inflight) < window and not stop.is_set():
            batch = next(chunks, None)
            if batch is None:
                return
            inflight.append((batch, submit([i.path for i in batch])))

    fill()
    while inflight and not stop.is_set():
        batch, future = inflight[0]
        results = _wait(future, stop, batch)
        if results is None:
            break
        inflight.popleft()
        fill()
        yield from zip(batch, results)
    for _, future in inflight:
        future.cancel()


def _wait(future: Future, stop: threading.Event, batch: list[Item]) -> list[Converted] | None:
    """The future's result, or None when `stop` is set first (checked a few times a second).

    `convert` never raises, so an exception here is the executor's (a Dask worker
    killed, a task cancelled): the chunk's files become error records, the batch goes on.
    """
    while True:
        try:
            return future.result(timeout=0.2)
        except TimeoutError:
            if stop.is_set():
                return None
        except Exception as e:
            return [error_record(item.path, e) for item in batch]
