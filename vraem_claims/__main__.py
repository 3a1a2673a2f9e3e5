"""`python -m vraem_claims` and the `vraem-claims` console script."""

from __future__ import annotations


def main() -> None:
    import os

    # Pydantic looks for plugins in every installed package's entry points before it builds
    # the first model (~15 ms at each start); the command line uses none.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from vraem_claims.cli import run

    run()


if __name__ == "__main__":
    main()
