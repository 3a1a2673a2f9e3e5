"""`python -m vraem_claims` and the `vraem-claims` console script."""

from __future__ import annotations


def main() -> None:
    from vraem_claims.cli import run

    run()


if __name__ == "__main__":
    main()
