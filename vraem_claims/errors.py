"""The one exception family for "the tool could not run" (exit code 2).

Problems in the *data* are findings, never exceptions; these are for a missing
directory, a bad option, a bad configuration, an unwritable file.
"""


class VraemError(Exception):
    """The tool could not do what was asked; the message is one line for stderr."""


class ConfigError(VraemError):
    """`[tool.vraem-claims]` or a command-line option is invalid."""


class ProjectError(VraemError):
    """No usable project (seeds/ and claims/) was found, or a path escapes it."""


class InputError(VraemError):
    """Input given to a writing command (add, review, sources add) is not acceptable."""
