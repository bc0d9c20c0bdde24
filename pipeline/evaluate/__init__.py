"""Scorers for litclaims' own gold sets: boilerplate labels, extracted fields, flags.

Each scorer is a module with ``main(argv) -> int``; ``python -m pipeline.evaluate NAME``
runs one, and with no NAME runs them all.
"""
