"""The values of an ordinary YAML document straight from libyaml's parser events, without building nodes.

Composing nodes (PyYAML's Node objects, two marks each) and constructing values from them was most of a content
load's YAML time. Content files are plain mappings, lists and scalars, so their values are built here as the
events arrive; anything unusual — an anchor or alias, an explicit tag, a merge key, a key that is not a plain
string or is written twice, deep nesting, a second document, a syntax error — raises Unusual, and the caller
takes the full path (yamlsrc.load_yaml's), which gives PyYAML's safe values, or the problem and its line. Line
numbers are not kept here: a problem that needs one composes the nodes then (yamlsrc.LocatedYaml).
"""

from __future__ import annotations

from typing import Any

from yaml import YAMLError
from yaml.constructor import SafeConstructor
from yaml.events import (DocumentEndEvent, DocumentStartEvent, MappingEndEvent, MappingStartEvent, ScalarEvent,
                         SequenceEndEvent, SequenceStartEvent, StreamEndEvent)
from yaml.nodes import ScalarNode

try:
    from yaml._yaml import CParser
except ImportError:  # pragma: no cover - a PyYAML built without libyaml: every document takes the full path
    CParser = None

_STR = "tag:yaml.org,2002:str"
_SAFE = SafeConstructor()
_MISSING = object()
# plain scalars this short are remembered per document with their value: keys and ids repeat
_MEMO_LEN = 40


class Unusual(Exception):
    """Something left to the full path."""


class _AllChars:
    def __contains__(self, _char: str) -> bool:
        return True


def _resolver_table():
    from yaml import SafeLoader

    any_char = tuple(SafeLoader.yaml_implicit_resolvers.get(None, []))
    return any_char, {ch: tuple(rs) + any_char for ch, rs in SafeLoader.yaml_implicit_resolvers.items()
                      if ch is not None}


_ANY, _BY_FIRST = _resolver_table()
# the first characters any implicit resolver looks for; none looks at every scalar in the safe loader (else all)
_FIRST_CHARS = frozenset(_BY_FIRST) if not _ANY else _AllChars()


def _plain(value: str) -> Any:
    """A plain scalar's value, as the safe loader resolves and constructs it."""
    for tag, regexp in _BY_FIRST.get(value[:1], _ANY):
        if regexp.match(value):
            construct = SafeConstructor.yaml_constructors.get(tag)
            if construct is None or tag.endswith((":merge", ":value", ":yaml")):
                raise Unusual
            try:
                return construct(_SAFE, ScalarNode(tag, value))
            except Exception:  # noqa: BLE001 - 2024-13-45 and the like: the full path names the value and line
                raise Unusual from None
    return value


def quick_values(source: str | bytes, max_depth: int) -> Any:
    """The document's value, or Unusual. `source`: the text, or its UTF-8 bytes (quicker to parse)."""
    if CParser is None:
        raise Unusual
    parser = CParser(source)
    try:
        return _build(parser.get_event, max_depth)
    except (YAMLError, UnicodeError, ValueError):  # the full path says what is wrong, and where
        raise Unusual from None
    finally:
        parser.dispose()


def _build(get, max_depth: int) -> Any:
    get()  # stream start
    event = get()
    if type(event) is StreamEndEvent:  # nothing but comments
        return None
    if type(event) is not DocumentStartEvent:
        raise Unusual
    event = get()
    memo: dict[str, Any] = {}
    plain, memo_get, memo_len = _plain, memo.get, _MEMO_LEN
    first_chars = _FIRST_CHARS
    containers: list[Any] = []  # the open collections' parents, outermost first
    depth = 0
    keys: list[Any] = []  # for each open mapping: the key waiting for its value (_MISSING: none); None for a list
    parent = None
    key = _MISSING
    root: Any = _MISSING
    while True:
        cls = type(event)
        if cls is ScalarEvent:
            if event.anchor is not None or (event.tag is not None and event.tag != "!"):
                raise Unusual
            text = event.value
            if not event.implicit[0] or text[:1] not in first_chars:  # quoted, a block scalar, '!', or no
                value = text  # resolver starts with its first character (Chinese text): a string
            elif len(text) <= memo_len:
                value = memo_get(text, _MISSING)
                if value is _MISSING:
                    value = memo[text] = plain(text)
            else:
                value = plain(text)
            if parent is None:
                root = value
                break
            if key is None:  # in a list
                parent.append(value)
            elif key is _MISSING:  # a key: a plain string, once
                if type(value) is not str or value in parent:
                    raise Unusual
                key = value
            else:
                parent[key] = value
                key = _MISSING
        elif cls is MappingStartEvent or cls is SequenceStartEvent:
            depth += 1
            if event.anchor is not None or (event.tag is not None and event.tag != "!") or depth >= max_depth:
                raise Unusual
            value = {} if cls is MappingStartEvent else []
            if parent is None:
                root = value
            elif key is None:
                parent.append(value)
            elif key is _MISSING:  # a collection as a key
                raise Unusual
            else:
                parent[key] = value
            containers.append(parent)
            keys.append(key)
            parent = value
            key = None if cls is SequenceStartEvent else _MISSING
        elif cls is MappingEndEvent or cls is SequenceEndEvent:
            parent = containers.pop()
            key = keys.pop()
            depth -= 1
            if parent is None:
                break
            if key is not None:
                key = _MISSING
        else:  # an alias
            raise Unusual
        event = get()
    if root is _MISSING:
        raise Unusual
    if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent:
        raise Unusual  # a second document: the full path says so
    return root
