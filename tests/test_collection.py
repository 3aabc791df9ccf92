"""The garbage collector's threshold during a build: raised while building, as it was after."""

import gc

import pytest

from gidata.build.collection import ALLOCATIONS_BEFORE_COLLECTING, collect_less_often, collecting_less_often
from gidata.build.run import build


@pytest.fixture
def thresholds():
    """The process's thresholds, restored after the test whatever it set."""
    found = gc.get_threshold()
    yield found
    gc.set_threshold(*found)


class Seen(Exception):
    """What the build's work saw, raised so that the build stops there."""


def test_a_build_collects_less_often_and_restores_the_thresholds(thresholds, tmp_path, monkeypatch):
    gc.set_threshold(700, 10, 10)

    def work(*args):
        raise Seen(gc.get_threshold())
    monkeypatch.setattr("gidata.build.run._build", work)
    with pytest.raises(Seen) as seen:
        build([tmp_path / "none"], tmp_path / "out")
    assert seen.value.args == ((ALLOCATIONS_BEFORE_COLLECTING, 10, 10),)
    assert gc.get_threshold() == (700, 10, 10)


def test_the_thresholds_are_restored_when_the_build_fails(thresholds):
    gc.set_threshold(700, 10, 10)
    with pytest.raises(RuntimeError), collecting_less_often():
        raise RuntimeError
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_set_by_the_caller_is_kept(thresholds):
    gc.set_threshold(50_000, 5, 5)
    collect_less_often()
    assert gc.get_threshold() == (50_000, 5, 5)


def test_a_worker_process_collects_less_often():
    from concurrent.futures import ProcessPoolExecutor

    from gidata import limits
    from gidata.build.workers import start_worker

    with ProcessPoolExecutor(1, initializer=start_worker, initargs=(limits.current(),)) as pool:
        assert pool.submit(gc.get_threshold).result()[0] == ALLOCATIONS_BEFORE_COLLECTING
