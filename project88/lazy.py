"""Commands imported only when they are used, so that ``p88 --help`` (and every light command) starts at once.

A lazy command is named by ``"module:attribute"``, the attribute being a Typer app or a command function. The
one line it shows in ``p88 --help`` is read from the module's source (the function's docstring, or the app's
``help=``) without importing it; parsing, ``--help`` and running go to the real command, built on first use.
Heavy libraries (DuckDB, Polars, Panel, LangChain, ...) are then imported only by the commands that need them.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
from functools import cached_property
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup


def source_help(target: str) -> str:
    """The help text of ``"module:attribute"`` as written in the module's source, found without importing it."""
    module, _, attribute = target.partition(":")
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise ImportError(f"no module {module!r}")
    with open(spec.origin, encoding="utf-8") as source:
        tree = ast.parse(source.read(), spec.origin)
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == attribute:
            return ast.get_docstring(node) or ""
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and any(isinstance(t, ast.Name) and t.id == attribute for t in node.targets)):
            for keyword in node.value.keywords:
                if keyword.arg == "help" and isinstance(keyword.value, ast.Constant):
                    return keyword.value.value
    return ""


class LazyCommand(TyperCommand):
    """Stands in for the command ``target`` until it is parsed or asked for its help."""

    def __init__(self, name: str, target: str) -> None:
        super().__init__(name, help=source_help(target))
        self.target = target

    @cached_property
    def real(self) -> Any:
        """The command itself (a Click command or group made by Typer), imported on first use."""
        module, _, attribute = self.target.partition(":")
        found = getattr(importlib.import_module(module), attribute)
        if isinstance(found, typer.Typer):
            command = typer.main.get_group(found)  # as add_typer would: no shell-completion options of its own
        else:
            single = typer.Typer(add_completion=False)
            single.command(self.name)(found)
            command = typer.main.get_command(single)
        command.name = self.name
        return command

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None, **extra: Any) -> Any:
        return self.real.make_context(info_name, args, parent=parent, **extra)


def lazy_group(commands: dict[str, str]) -> type[TyperGroup]:
    """A Typer group class (``typer.Typer(cls=...)``) that also offers ``commands``: name -> "module:attribute"."""

    class LazyGroup(TyperGroup):
        def __init__(self, **attrs: Any) -> None:
            super().__init__(**attrs)
            for name, target in commands.items():
                self.add_command(LazyCommand(name, target))

    return LazyGroup
