"""YAML that remembers where every value came from, so a schema error can name its line."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

try:  # the C loader is several times faster where libyaml is present
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 64


class YamlProblem(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class LocatedYaml:
    """Parsed YAML plus a map from key paths to 1-based line numbers."""

    data: Any
    root: yaml.Node | None
    line_offset: int = 0

    def line_of(self, loc: tuple[Any, ...]) -> int:
        node = self.root
        line = (node.start_mark.line + 1) if node is not None else 1
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    if isinstance(key, yaml.ScalarNode) and key.value == str(part):
                        line = key.start_mark.line + 1
                        node = value
                        break
                else:
                    break
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                node = node.value[part]
                line = node.start_mark.line + 1
            else:
                break
        return line + self.line_offset


def _check_node(node: yaml.Node, depth: int = 0) -> None:
    if depth > MAX_DEPTH:
        raise YamlProblem(node.start_mark.line + 1, f"nested more than {MAX_DEPTH} levels deep")
    if isinstance(node, yaml.MappingNode):
        seen: dict[str, int] = {}
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                line = key.start_mark.line + 1
                if key.value in seen:
                    raise YamlProblem(line, f"duplicate key '{key.value}' (first at line {seen[key.value]})")
                seen[key.value] = line
            _check_node(value, depth + 1)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            _check_node(item, depth + 1)


def load_yaml(text: str, line_offset: int = 0) -> LocatedYaml:
    """Parse one YAML document; raise YamlProblem with a 1-based line on any syntax error."""
    try:
        loader = _Loader(text)
        try:
            root = loader.get_single_node()
            if root is not None:
                _check_node(root)
            data = loader.construct_document(root) if root is not None else None
        finally:
            loader.dispose()
    except YamlProblem as exc:
        raise YamlProblem(exc.line + line_offset, exc.message) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1) if mark is not None else 1
        line = min(line, len(text.rstrip("\n").split("\n")))  # an error at the end belongs to the last line
        raise YamlProblem(line + line_offset, f"YAML syntax error: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(1 + line_offset, f"YAML error: {exc}") from None
    except RecursionError:
        raise YamlProblem(1 + line_offset, "YAML nested too deeply") from None
    return LocatedYaml(data=data, root=root, line_offset=line_offset)
