"""A Prefect task runner that runs each batch in the flow's own thread.

A local run used Prefect's thread pool, which bought no speed: extraction takes the one
shared spaCy pipeline in turns and ingest is pure Python under the GIL. It did cost a
pool of worker threads torn down as the flow ends, and a worker can still be exiting
natively while the interpreter shuts down; a CI run aborted there ("double free or
corruption") after every output was written. Running in place keeps each batch a
tracked Prefect task run and leaves parallelism to the Dask runner, whose workers are
processes.
"""

from __future__ import annotations

import concurrent.futures
import uuid
from collections.abc import Iterable
from typing import Any

from prefect.futures import PrefectConcurrentFuture, PrefectFuture
from prefect.task_engine import run_task_sync
from prefect.task_runners import TaskRunner
from prefect.tasks import Task


class InPlaceTaskRunner(TaskRunner[PrefectConcurrentFuture[Any]]):
    """Runs each submitted task to completion before ``submit`` returns."""

    def duplicate(self) -> InPlaceTaskRunner:
        return type(self)()

    def submit(
        self,
        task: Task[Any, Any],
        parameters: dict[str, Any],
        wait_for: Iterable[PrefectFuture[Any]] | None = None,
        dependencies: dict[str, set[Any]] | None = None,
    ) -> PrefectConcurrentFuture[Any]:
        if task.isasync:
            raise TypeError(f"{type(self).__name__} runs synchronous tasks only; {task.name} is async")
        task_run_id = uuid.uuid4()
        state = run_task_sync(
            task,
            task_run_id=task_run_id,
            parameters=parameters,
            wait_for=wait_for,
            return_type="state",
            dependencies=dependencies,
        )
        done: concurrent.futures.Future[Any] = concurrent.futures.Future()
        done.set_result(state)
        return PrefectConcurrentFuture(task_run_id=task_run_id, wrapped_future=done)
