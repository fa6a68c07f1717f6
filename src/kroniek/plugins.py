"""Plugin registries filled from entry points: stages, languages and export formats all load this way.

Built-ins are entry points in kroniek's own ``pyproject.toml``, so they are found exactly as a third-party
package's would be (datasette loads its built-in plugins through the same mechanism as others). An entry
point that fails to load, names the wrong kind of object or is refused by the registry's check is logged
and remembered with its reason, so that asking for it by name explains why it is missing instead of
saying "unknown", and a broken plugin never takes the built-ins down.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Generic, TypeVar

from .errors import ConfigError

log = logging.getLogger(__name__)

T = TypeVar("T")


class PluginRegistry(Generic[T]):
    """Items of type ``kind`` registered under a name, filled on first use from the entry point ``group``.

    ``name_of`` gives an item's registered name (an entry point must be called by it); ``check`` raises
    :class:`ConfigError` for an item that must be refused.
    """

    def __init__(self, group: str, what: str, kind: type[T], name_of: Callable[[T], str],
                 check: Callable[[T], None] | None = None) -> None:
        self.group, self.what, self.kind = group, what, kind
        self._name_of, self._check = name_of, check
        self._items: dict[str, T] = {}
        self._refused: dict[str, str] = {}
        self._loaded = False
        self._lock = threading.RLock()

    def register(self, item: T) -> T:
        """Register ``item`` in this process (entry points go through here too, built-ins included)."""
        if self._check is not None:
            self._check(item)
        with self._lock:
            name = self._name_of(item)
            self._items[name] = item
            self._refused.pop(name, None)
        return item

    def unregister(self, name: str) -> None:
        """Forget ``name`` (for tests that register a temporary item)."""
        with self._lock:
            self._items.pop(name, None)

    def _load(self) -> None:
        with self._lock:
            if self._loaded:
                return
            self._loaded = True
            for ep in entry_points(group=self.group):
                if ep.name in self._items:
                    continue
                try:
                    item = ep.load()
                except Exception as exc:  # a broken plugin must not take the built-ins down
                    self._refuse(ep.name, f"cannot load {self.what} {ep.name} from {ep.value}: "
                                          f"{type(exc).__name__}: {exc}")
                    continue
                if not isinstance(item, self.kind) or self._name_of(item) != ep.name:
                    self._refuse(ep.name, f"entry point {ep.value} does not name a {self.kind.__name__} "
                                          f"called {ep.name}")
                    continue
                try:
                    self.register(item)
                except ConfigError as exc:
                    self._refuse(ep.name, f"{self.what} {ep.name} from {ep.value} refused: {exc}")
            if not self._items:
                log.warning("no %s registered through the entry points %s (is kroniek installed? pip install -e .)",
                            self.what, self.group)

    def _refuse(self, name: str, why: str) -> None:
        log.warning("%s", why)
        self._refused[name] = why

    def get(self, name: str) -> T | None:
        """The item registered as ``name``, or None (see :meth:`refused` for why)."""
        self._load()
        return self._items.get(name)

    def require(self, name: str, unknown: str) -> T:
        """The item ``name``; ConfigError saying why it was refused, else ``unknown`` (a message naming
        what is registered) when no entry point offered it."""
        item = self.get(name)
        if item is not None:
            return item
        raise ConfigError(self.refused(name) or unknown)

    def refused(self, name: str) -> str | None:
        """Why the entry point ``name`` was not registered, if it was refused."""
        self._load()
        return self._refused.get(name)

    def names(self) -> list[str]:
        """Every registered name, sorted."""
        self._load()
        return sorted(self._items)
