"""Asking the user for what a writing command still needs, when it runs in a terminal.

Library functions take an `Asker` or None. None means non-interactive use
(`--no-input`, or stdin is not a terminal): nothing is ever asked, and what is
missing is an error that names the option to pass. `TerminalAsker` reads answers
with `input()` and shows messages on stderr, so stdout keeps only results.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Protocol, TextIO

from vraem_claims.errors import InputError


class Asker(Protocol):
    def say(self, text: str) -> None:
        """Show a message (a passage, a warning) before the next question."""

    def text(self, label: str, *, default: str | None = None) -> str:
        """An answer; Enter takes `default` (an empty answer when there is none)."""

    def confirm(self, question: str, *, default: bool) -> bool:
        """Yes or no."""


class TerminalAsker:
    """Prompts on stdout, messages on stderr, answers from stdin."""

    def __init__(self, read: Callable[[str], str] = input, messages: TextIO | None = None) -> None:
        self._read = read
        self._messages = messages

    def say(self, text: str) -> None:
        stream = self._messages or sys.stderr
        stream.write(text + "\n")
        stream.flush()

    def text(self, label: str, *, default: str | None = None) -> str:
        shown = f" [{default}]" if default else ""
        answer = self._ask(f"{label}{shown}: ").strip()
        return answer or (default or "")

    def confirm(self, question: str, *, default: bool) -> bool:
        choices = "Y/n" if default else "y/N"
        while True:
            answer = self._ask(f"{question} [{choices}]: ").strip().lower()
            if not answer:
                return default
            if answer in ("y", "yes", "s", "si", "sí"):
                return True
            if answer in ("n", "no"):
                return False
            self.say("Please answer y or n.")

    def _ask(self, prompt: str) -> str:
        try:
            return self._read(prompt)
        except EOFError:
            raise InputError("input ended before every question was answered") from None
        except KeyboardInterrupt:
            raise InputError("interrupted; nothing was written") from None


def missing(options: list[str]) -> InputError:
    """The error for non-interactive use without the options a command needs."""
    listed = ", ".join(options)
    return InputError(f"missing {listed} (no prompting without a terminal; pass them as options)")
