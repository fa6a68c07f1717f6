"""One exception tree for kroniek.

Messages say what was expected, what arrived and what to do. ``source`` names the
input (a file, URL or record) so that a batch can report one line per bad record.
"""

from __future__ import annotations


class KroniekError(Exception):
    """Base of every error kroniek raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, source: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message

    def with_source(self, source: str) -> KroniekError:
        """The same error naming ``source`` (keeps an already-set source)."""
        if self.source is None:
            self.source = source
        return self


class InputError(KroniekError):
    """An input that cannot be read as a news article (empty, binary, too big, ...)."""

    exit_code = 2


class UnsupportedLanguageError(InputError):
    """The text is in a language kroniek does not read."""

    def __init__(self, language: str, *, supported: list[str] | None = None, source: str | None = None) -> None:
        if supported is None:
            from .lang import language_codes  # late: the language registry reads entry points

            supported = language_codes()
        super().__init__(
            f"language {language} is not supported (kroniek reads {', '.join(supported) or 'no language'}; "
            "pass --language to override detection if this is wrong, or install a language package)",
            source=source,
        )
        self.language = language
        self.supported = supported


class ConfigError(KroniekError):
    """A setting, pipeline definition or command-line option is wrong."""

    exit_code = 3


class ResourceError(KroniekError):
    """A model, gazetteer or other shipped resource is missing or unusable."""

    exit_code = 4


class StoreError(KroniekError):
    """The database cannot be opened, migrated, read or written."""

    exit_code = 5
