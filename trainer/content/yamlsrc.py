"""YAML that remembers where every value came from, so a schema error can name its line."""

from __future__ import annotations

import re
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.events import (AliasEvent, MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent,
                         SequenceStartEvent, StreamEndEvent)
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from trainer.content.yamlfast import Unusual, quick_values

try:  # the C loader is several times faster where libyaml is present
    from yaml import CSafeLoader as _BaseLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _BaseLoader  # type: ignore[assignment]

_STR, _MAP, _SEQ = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"
_MERGE, _VALUE = "tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"
# the safe loader's implicit resolvers by a plain scalar's first character, those for any character appended
_ANY = tuple(_BaseLoader.yaml_implicit_resolvers.get(None, []))
_BY_FIRST = {ch: tuple(rs) + _ANY for ch, rs in _BaseLoader.yaml_implicit_resolvers.items() if ch is not None}


class _Loader(_BaseLoader):
    def resolve(self, kind, value, implicit):
        """BaseResolver.resolve for a loader without path resolvers (the safe one has none), with the
        resolvers looked up once instead of per scalar: a content load resolves hundreds of thousands."""
        if kind is ScalarNode:
            if implicit[0]:
                for tag, regexp in _BY_FIRST.get(value[:1], _ANY):
                    if regexp.match(value):
                        return tag
            return _STR
        return _MAP if kind is MappingNode else _SEQ

MAX_DEPTH = 64
# values after expanding every alias into a copy of its anchor: a "billion laughs" file stops here
MAX_VALUES = 200_000
# libyaml composes recursively in C (deep nesting overflows the stack and kills the process) and scans deep flow
# nesting in quadratic time. Every flow level needs a '[' or '{', and every two block levels at least one more
# column of indentation or indicators ('- ', '? ', ': ') at the start of a line: a file with more brackets, or with
# a longer such run, might nest deeper than libyaml can take, and is composed here instead, stopping at MAX_DEPTH.
_MAX_BRACKETS = 400
_DEEP_BLOCK = re.compile("[\n\r\x85\u2028\u2029][ \t?:-]{150}")  # after any line break YAML knows
_DEEP_START = re.compile("[ \t?:-]{150}")  # or at the start
_NOT_PRINTABLE = re.compile("[^\t\n\r\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


class YamlProblem(Exception):
    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class LocatedYaml:
    """Parsed YAML plus a map from key paths to 1-based line numbers.

    A document read by the quick path (trainer.content.yamlfast) has no nodes: they are composed from its text
    on the first question of a line, which only a problem asks."""

    def __init__(self, data: Any, root: yaml.Node | None, line_offset: int = 0, source: str | None = None) -> None:
        self.data = data
        self._root = root
        self.line_offset = line_offset
        self._source = source  # the text to compose `root` from, until it is composed
        # id(large mapping node) -> its scalar keys: a problem per key of a huge mapping is then no quadratic search
        self._keys: dict[int, dict[str, tuple[yaml.Node, yaml.Node]]] = {}

    @property
    def root(self) -> yaml.Node | None:
        if self._source is not None:
            source, self._source = self._source, None
            loader = _Loader(source)
            try:
                self._root = _compose(loader) if _may_nest_deeply(source) else loader.get_single_node()
            except yaml.YAMLError:  # cannot be: the quick path read it; then no line to give
                self._root = None
            finally:
                loader.dispose()
        return self._root

    def _find(self, node: yaml.MappingNode, name: str) -> tuple[yaml.Node, yaml.Node] | None:
        if len(node.value) <= 32:
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode) and key.value == name:
                    return key, value
            return None
        keys = self._keys.get(id(node))
        if keys is None:
            keys = self._keys[id(node)] = {}
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    keys.setdefault(key.value, (key, value))
        return keys.get(name)

    def line_of(self, loc: tuple[Any, ...]) -> int:
        node = self.root
        line = (node.start_mark.line + 1) if node is not None else 1
        for part in loc:
            if isinstance(node, yaml.MappingNode):
                found = self._find(node, str(part))
                if found is None:
                    break
                line = found[0].start_mark.line + 1
                node = found[1]
            elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and part < len(node.value):
                node = node.value[part]
                line = node.start_mark.line + 1
            else:
                break
        return line + self.line_offset


# what PyYAML's safe constructor lets escape for a value it cannot read: 2024-13-45, !!int abc, !!bool maybe
_UNREADABLE = (ValueError, TypeError, KeyError, AttributeError, IndexError, OverflowError)


def _unreadable(root: yaml.Node) -> yaml.Node | None:
    """The first scalar, in document order, that the safe constructor cannot turn into a value."""
    probe = _Loader("")
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, ScalarNode):
            try:
                probe.construct_object(node, deep=True)
            except _UNREADABLE:
                return node
        elif isinstance(node, SequenceNode):
            stack.extend(reversed(node.value))
        else:
            stack.extend(part for pair in reversed(node.value) for part in reversed(pair))
    return None


def _too_deep(mark) -> YamlProblem:
    """The problem of a collection opened at `mark` deeper than MAX_DEPTH (every path that composes or walks)."""
    return YamlProblem(mark.line + 1, f"nested more than {MAX_DEPTH} levels deep")


def _quoted(key: str) -> str:
    """'key' as written, or escaped where it holds a line break or another unprintable character."""
    return f"'{key}'" if key.isprintable() else repr(key)


def _may_nest_deeply(text: str) -> bool:
    return (text.count("[") + text.count("{") > _MAX_BRACKETS or _DEEP_BLOCK.search(text) is not None
            or _DEEP_START.match(text) is not None)


def _compose(loader) -> yaml.Node | None:
    """`loader.get_single_node()` without recursion, refusing to nest deeper than MAX_DEPTH."""
    get_event, resolve = loader.get_event, loader.resolve
    get_event()  # stream start
    if loader.check_event(StreamEndEvent):
        get_event()
        return None
    get_event()  # document start
    anchors: dict[str, yaml.Node] = {}
    stack: list[yaml.Node] = []  # the open collections, outermost first
    keys: list[yaml.Node | None] = []  # for each open collection: a mapping's key still waiting for its value
    while True:
        event = get_event()
        cls = type(event)
        if cls is SequenceEndEvent or cls is MappingEndEvent:
            node = stack.pop()
            keys.pop()
            node.end_mark = event.end_mark
            if not stack:
                break
            continue
        anchor = event.anchor
        if cls is AliasEvent:
            if anchor not in anchors:
                raise ComposerError(None, None, "found undefined alias", event.start_mark)  # as libyaml's says
            node = anchors[anchor]
        else:
            if anchor is not None and anchor in anchors:
                raise ComposerError("found duplicate anchor; first occurrence", anchors[anchor].start_mark,
                                    "second occurrence", event.start_mark)
            tag = event.tag
            if cls is ScalarEvent:
                if tag is None or tag == "!":
                    tag = resolve(ScalarNode, event.value, event.implicit)
                node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
            else:
                if len(stack) > MAX_DEPTH:
                    raise _too_deep(event.start_mark)
                kind = MappingNode if cls is MappingStartEvent else SequenceNode
                if tag is None or tag == "!":
                    tag = resolve(kind, None, event.implicit)
                node = kind(tag, [], event.start_mark, None, flow_style=event.flow_style)
            if anchor is not None:
                anchors[anchor] = node
        if stack:
            if type(stack[-1]) is SequenceNode:
                stack[-1].value.append(node)
            elif keys[-1] is None:
                keys[-1] = node
            else:
                stack[-1].value.append((keys[-1], node))
                keys[-1] = None
        if cls is MappingStartEvent or cls is SequenceStartEvent:
            stack.append(node)
            keys.append(None)
        elif not stack:
            break
    get_event()  # document end
    if not loader.check_event(StreamEndEvent):
        raise ComposerError("expected a single document in the stream", node.start_mark,
                            "but found another document", get_event().start_mark)
    get_event()
    return node


def _check_keys(node: MappingNode) -> None:
    seen: dict[str, int] = {}
    for key, _ in node.value:
        if isinstance(key, ScalarNode):
            line = key.start_mark.line + 1
            if key.value in seen:
                raise YamlProblem(line, f"duplicate key {_quoted(key.value)} (first at line {seen[key.value]})")
            seen[key.value] = line


def _check_node(node: yaml.Node, depth: int = 0) -> None:
    """Duplicate keys and nesting depth of a document without aliases (each node is met once)."""
    if depth > MAX_DEPTH:
        raise _too_deep(node.start_mark)
    if isinstance(node, MappingNode):
        _check_keys(node)
        for _, value in node.value:
            _check_node(value, depth + 1)
    elif isinstance(node, SequenceNode):
        for item in node.value:
            _check_node(item, depth + 1)


class _AliasChecker:
    """_check_node for a document with aliases: each node checked once however many aliases point to it, the
    depth counted through the aliases, and the values counted as if every alias were a copy of its anchor."""

    def __init__(self) -> None:
        # id(collection node) -> (height, values once aliases are expanded, whether it holds an alias)
        self.done: dict[int, tuple[int, int, bool]] = {}

    def check(self, node: yaml.Node, depth: int = 0) -> tuple[int, int, bool]:
        if depth > MAX_DEPTH:
            raise _too_deep(node.start_mark)
        if isinstance(node, ScalarNode):
            return 0, 1, False
        done = self.done.get(id(node))
        if done is not None:  # an alias (or an anchor inside itself): checked already, but perhaps deeper here
            if depth + done[0] > MAX_DEPTH:
                raise _too_deep(node.start_mark)
            return done[0], done[1], True
        height, size, aliased = 0, 1, False
        if isinstance(node, MappingNode):
            _check_keys(node)
            for _, value in node.value:
                h, n, a = self.check(value, depth + 1)
                height, size, aliased = max(height, h + 1), size + n + 1, aliased or a
        elif isinstance(node, SequenceNode):
            for item in node.value:
                h, n, a = self.check(item, depth + 1)
                height, size, aliased = max(height, h + 1), size + n, aliased or a
        if aliased and size > MAX_VALUES:
            raise YamlProblem(node.start_mark.line + 1,
                              f"more than {MAX_VALUES:,} values once every alias is expanded into a copy of its anchor")
        self.done[id(node)] = (height, size, aliased)
        return height, size, aliased


class _Unusual(Exception):
    """A tag, merge key or key the quick construction leaves to PyYAML's constructor."""


def _construct(loader, node: yaml.Node, depth: int = 0) -> Any:
    """The value of a document without aliases (a tree: each node met once), checking duplicate keys and depth
    on the way; what SafeConstructor.construct_document gives, in a third of the time. Raises _Unusual for what
    it leaves to that (merge keys, !!set and other collection tags, keys that are collections)."""
    if depth > MAX_DEPTH:
        raise _too_deep(node.start_mark)
    cls = type(node)
    if cls is ScalarNode:  # deep: a collection tag on a scalar (!!seq x) is refused now, as PyYAML refuses it
        return node.value if node.tag == _STR else loader.construct_object(node, deep=True)
    if node.tag == _SEQ and cls is SequenceNode:
        return [_construct(loader, item, depth + 1) for item in node.value]
    if node.tag != _MAP or cls is not MappingNode:
        raise _Unusual
    out = {}
    plain = True  # every key a string as written
    for key, value in node.value:
        if type(key) is not ScalarNode or key.tag in (_MERGE, _VALUE):  # '<<' and '=' keys: PyYAML's own way
            raise _Unusual
        plain = plain and key.tag == _STR
        out[_construct(loader, key, depth + 1)] = _construct(loader, value, depth + 1)
    if len(out) < len(node.value) or not plain:
        # the same key written twice ("1" and 1 as well, as the other paths see it); else keys equal only as
        # values (1 and 01): the last one wins, as in PyYAML
        _check_keys(node)
    return out


def _construct_tree(loader, root: yaml.Node) -> Any:
    try:
        return _construct(loader, root)
    except _Unusual:
        _check_node(root)
        return loader.construct_document(root)


def load_yaml(text: str, line_offset: int = 0, raw: bytes | None = None) -> LocatedYaml:
    """Parse one YAML document; raise YamlProblem with a 1-based line on any syntax error. `raw`: the text's
    UTF-8 bytes where the caller has them (libyaml reads bytes a little quicker)."""
    # libyaml's parser keeps its own stack (its composer, used below, recurses) and the quick path stops at
    # MAX_DEPTH: only deep flow nesting, which libyaml scans in quadratic time, is kept from it
    if text.count("[") + text.count("{") <= _MAX_BRACKETS:
        try:
            data = quick_values(text if raw is None else raw, MAX_DEPTH)
        except Unusual:
            pass  # the full path below: PyYAML's values, or the problem and its line
        else:
            return LocatedYaml(data, None, line_offset, source=text)
    try:
        loader = _Loader(text)
        try:
            root = _compose(loader) if _may_nest_deeply(text) else loader.get_single_node()
            try:
                if root is None:
                    data = None
                elif "*" in text:  # perhaps an alias
                    _AliasChecker().check(root)
                    data = loader.construct_document(root)
                else:
                    data = _construct_tree(loader, root)
            except _UNREADABLE:
                node = _unreadable(root)
                if node is None:
                    raise YamlProblem(1, "YAML error: a value cannot be read") from None
                kind = str(node.tag).rpartition(":")[2]
                shown = node.value if len(node.value) <= 40 else node.value[:40] + "..."
                raise YamlProblem(node.start_mark.line + 1, f"{shown!r} is not a valid {kind}") from None
        finally:
            loader.dispose()
    except YamlProblem as exc:
        raise YamlProblem(exc.line + line_offset, exc.message) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = (mark.line + 1) if mark is not None else 1
        line = min(line, len(text.rstrip("\n").split("\n")))  # an error at the end belongs to the last line
        message = " ".join(str(exc.problem or exc.context).split())  # one line, whatever the file held
        if "nesting depth" in message:  # libyaml 0.2.6 and later stop deep nesting themselves: the same problem
            message = f"nested more than {MAX_DEPTH} levels deep"
            raise YamlProblem(line + line_offset, message) from None
        raise YamlProblem(line + line_offset, f"YAML syntax error: {message}") from None
    except (yaml.YAMLError, UnicodeEncodeError) as exc:  # a reader error: a character YAML does not allow
        bad = _NOT_PRINTABLE.search(text)
        if bad is None:
            raise YamlProblem(1 + line_offset, "YAML error: " + " ".join(str(exc).split())) from None
        line = text.count("\n", 0, bad.start()) + 1
        message = f"YAML error: character U+{ord(bad.group()):04X} is not allowed"
        raise YamlProblem(line + line_offset, message) from None
    except RecursionError:
        raise YamlProblem(1 + line_offset, "YAML nested too deeply") from None
    return LocatedYaml(data, root, line_offset)
