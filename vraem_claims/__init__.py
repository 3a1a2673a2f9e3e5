"""vraem-claims: claim tracking and source comparison for reports on Peru's VRAEM."""

__version__ = "0.1.0"
