"""The boilerplate scorer runs end to end, trafilatura's baseline included.

trafilatura's justext needs lxml's HTML cleaner, a separate package since lxml 5.2: without
it in the test extras the scorer failed on import while every other test passed.
"""

from pipeline.evaluate import boilerplate


def test_the_boilerplate_scorer_runs_with_its_trafilatura_baseline(capsys):
    boilerplate.main([])
    printed = capsys.readouterr().out
    assert "accuracy" in printed and "trafilatura  precision" in printed
