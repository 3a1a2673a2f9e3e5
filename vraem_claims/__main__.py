"""`python -m vraem_claims` and the `vraem-claims` console script."""

from __future__ import annotations


def main() -> None:
    import os
    import sys

    # `--version` alone is answered before the command line is built: importing typer
    # alone costs several times the start of Python itself. The answer is the one `_version` in
    # cli.py gives (a test checks both).
    if sys.argv[1:] == ["--version"]:
        from vraem_claims import __version__

        print(f"vraem-claims {__version__}")
        return

    # Pydantic looks for plugins in every installed package's entry points before it builds
    # the first model (~15 ms at each start); the command line uses none.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from vraem_claims.cli import run

    run()


if __name__ == "__main__":
    main()
