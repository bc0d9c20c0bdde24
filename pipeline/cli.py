"""The ``litclaims`` command line: ``run`` once, or ``serve`` on a cron schedule.

Arguments are checked before Prefect is imported, so a bad path or option fails in
well under a second with one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.prefect_env import quiet_prefect
from pipeline.prefect_server import ServerStartError, api_shared_with_workers

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_DOCUMENTS = REPO_ROOT / "corpus" / "documents"
BUNDLED_REFERENCES = REPO_ROOT / "corpus" / "references"
EXIT_USAGE = 2


class UsageError(Exception):
    """An argument the run cannot use; its message is the one line the user sees."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse would print the whole usage block
        raise UsageError(message)


@dataclass
class Options:
    sources: list[str]
    references: list[str]
    out: Path
    runner: str = "local"
    dask_address: str | None = None
    workers: int = 2
    batch_size: int = 25
    cron: str | None = None
    argv: list[str] = field(default_factory=list)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="litclaims", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    for name, help_text in (("run", "process the sources once"), ("serve", "refresh on a cron schedule")):
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("sources", nargs="*", metavar="SOURCE", help="files, directories or http(s) URLs")
        sub.add_argument("--references", nargs="+", default=[], metavar="FILE", help="trusted reference files")
        sub.add_argument("--out", type=Path, default=Path("outputs"), metavar="DIR", help="output folder")
        sub.add_argument("--runner", choices=("local", "dask"), default="local")
        sub.add_argument("--dask-address", metavar="ADDR", help="scheduler of an existing Dask cluster")
        sub.add_argument("--workers", type=int, default=2, help="processes of a local Dask cluster")
        sub.add_argument("--batch-size", type=int, default=25, help="documents per Prefect task")
        if name == "serve":
            sub.add_argument("--cron", required=True, help='schedule, e.g. "0 6 * * *"')
    return parser


def parse_options(argv: Sequence[str]) -> tuple[str, Options]:
    args = build_parser().parse_args(argv)
    sources, references = list(args.sources), list(args.references)
    if not sources and not references:
        sources, references = [str(BUNDLED_DOCUMENTS)], sorted(str(p) for p in BUNDLED_REFERENCES.iterdir())
    for source in sources:
        if not source.startswith(("http://", "https://")) and not Path(source).exists():
            raise UsageError(f"no such file or directory: {source}")
    for reference in references:
        path = Path(reference)
        if not path.is_file():
            raise UsageError(f"reference file not found: {reference}")
        if not os.access(path, os.R_OK):
            raise UsageError(f"reference file is not readable: {reference}")
    if args.dask_address and args.runner != "dask":
        raise UsageError("--dask-address needs --runner dask")
    if args.batch_size < 1 or args.workers < 1:
        raise UsageError("--batch-size and --workers must be at least 1")
    if args.command == "serve":
        _check_cron(args.cron)
    options = Options(
        sources=sources,
        references=references,
        out=args.out,
        runner=args.runner,
        dask_address=args.dask_address,
        workers=args.workers,
        batch_size=args.batch_size,
        cron=getattr(args, "cron", None),
        argv=["litclaims", *argv],
    )
    return args.command, options


def _check_cron(expression: str) -> None:
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=expression)
    except ValueError:
        raise UsageError(f"not a valid cron expression: {expression!r}") from None


def _preload_references(options: Options) -> None:
    """Fail on an unusable reference file before the flow starts, not halfway through it."""
    from pipeline.references import ReferenceFileError, load_references

    try:
        load_references([Path(p) for p in options.references])
    except ReferenceFileError as error:
        raise UsageError(str(error)) from None


def flow_parameters(options: Options) -> dict:
    return {
        "sources": options.sources,
        "references": options.references,
        "out": str(options.out),
        "command": options.argv,
        "batch_size": options.batch_size,
    }


def select_flow(options: Options):
    from pipeline.flows import dask_flow, litclaims_flow

    if options.runner == "dask":
        return dask_flow(options.dask_address, n_workers=options.workers)
    return litclaims_flow


def build_deployment(options: Options):
    """The scheduled refresh deployment that ``serve`` runs (also used by tests)."""
    flow = select_flow(options)
    return flow.to_deployment(name="litclaims-refresh", cron=options.cron, parameters=flow_parameters(options))


def _run(options: Options) -> dict:
    flow = select_flow(options)
    parameters = {**flow_parameters(options), "show_progress": sys.stderr.isatty()}
    if options.runner == "dask" and not options.dask_address:
        with api_shared_with_workers(options.out / "prefect-server.log"):
            return flow(**parameters)
    return flow(**parameters)


def _serve(options: Options) -> int:
    """Serve the refresh deployment until interrupted, against an API that has a scheduler."""
    from prefect import serve

    with api_shared_with_workers(options.out / "prefect-server.log") as api_url:
        print(f"litclaims: serving {options.cron!r} refreshes into {options.out} (Prefect API {api_url})")
        try:
            serve(build_deployment(options))
        except KeyboardInterrupt:
            # Shutting down: the runner's watchers are about to lose the server; not news.
            logging.getLogger("prefect").setLevel(logging.CRITICAL)
    return 0


def _exit_on_terminate() -> None:
    """A terminated run unwinds as an interrupted one does, so the temporary Prefect API server it
    started is stopped: by default SIGTERM ends Python at once and leaves that server running."""
    signal.signal(signal.SIGTERM, lambda signum, _frame: sys.exit(128 + signum))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    quiet_prefect()
    _exit_on_terminate()
    try:
        command, options = parse_options(argv)
        if options.references:
            _preload_references(options)
    except UsageError as error:
        print(f"litclaims: error: {error}", file=sys.stderr)
        return EXIT_USAGE

    try:
        if command == "serve":
            return _serve(options)
        summary = _run(options)
    except ServerStartError as error:
        print(f"litclaims: error: {error}", file=sys.stderr)
        return 1
    print(
        f"litclaims: {summary['documents']} documents ({summary['ok']} ok, {summary['failed']} failed, "
        f"{summary['skipped']} unchanged), {summary['claims']} claims, {summary['flags']} flags -> {options.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
