"""The in-place task runner: each batch is a tracked task run in the flow's own thread."""

from __future__ import annotations

import threading

import pytest
from prefect import flow, task

from pipeline.flows import _run_stage
from pipeline.task_runner import InPlaceTaskRunner

pytestmark = pytest.mark.slow


@task
def where_and_what(batch: list[int]) -> tuple[int, list[int]]:
    return threading.get_ident(), [item * 10 for item in batch]


@task
def refuse(batch: list[int]) -> list[int]:
    raise ValueError(f"cannot read batch {batch}")


@flow(task_runner=InPlaceTaskRunner())
def spread(batches: list[list[int]], show_progress: bool) -> tuple[int, list]:
    return threading.get_ident(), _run_stage(where_and_what, batches, "Testing", show_progress)


@pytest.mark.parametrize("show_progress", [False, True])
def test_batches_run_in_order_in_the_flows_own_thread(show_progress):
    flow_thread, results = spread([[1, 2], [3], [4, 5]], show_progress)
    assert [values for _, values in results] == [[10, 20], [30], [40, 50]]
    assert {thread for thread, _ in results} == {flow_thread}


def test_a_failing_batch_fails_its_own_future():
    @flow(task_runner=InPlaceTaskRunner())
    def failing() -> str:
        future = refuse.submit([7])
        future.wait()
        assert future.state.is_failed()
        with pytest.raises(ValueError, match=r"cannot read batch \[7\]"):
            future.result()
        return "went on"

    assert failing() == "went on"
