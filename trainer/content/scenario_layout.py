"""Where the scenario map draws each step: a layered layout (steps in columns by their distance from the start,
ordered within a column after the steps that lead to them), with no two cards overlapping."""

from __future__ import annotations

from collections import deque

CARD_W, CARD_H = 240, 110  # a card's size on the map, in scene units
GAP_X, GAP_Y = 90, 40


def layered(start: str, order: list[str], out: dict[str, list[str]]) -> dict[str, tuple[int, int]]:
    """Positions for every step in `order`. Columns are the breadth-first distance from `start`; steps that
    cannot be reached from it follow in the columns after, in their file order."""
    depth: dict[str, int] = {}
    if start in out:
        depth[start] = 0
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for target in out.get(node, ()):
                if target in out and target not in depth:
                    depth[target] = depth[node] + 1
                    queue.append(target)
    last = max(depth.values(), default=-1)
    rest = [n for n in order if n not in depth]
    for i, node in enumerate(rest):  # the unreachable: a column of their own, a few to a column
        depth[node] = last + 1 + i // 8
    columns: dict[int, list[str]] = {}
    for node in order:
        columns.setdefault(depth[node], []).append(node)
    row: dict[str, float] = {}
    parents: dict[str, list[str]] = {n: [] for n in order}
    for node in order:
        for target in out.get(node, ()):
            if target in parents and node != target:
                parents[target].append(node)
    placed: dict[str, tuple[int, int]] = {}
    for col in sorted(columns):
        nodes = columns[col]

        def weight(n: str, index: dict = {n: i for i, n in enumerate(nodes)}) -> tuple[float, int]:
            above = [row[p] for p in parents[n] if p in row]
            return (sum(above) / len(above) if above else float(index[n]), index[n])

        for i, node in enumerate(sorted(nodes, key=weight)):
            row[node] = i
            placed[node] = (col * (CARD_W + GAP_X), i * (CARD_H + GAP_Y))
    return placed


def free_spot(want: tuple[int, int], taken: list[tuple[int, int]]) -> tuple[int, int]:
    """`want`, or the nearest place below it where a card overlaps none of the cards at `taken`."""
    x, y = want
    while any(abs(x - tx) < CARD_W + 10 and abs(y - ty) < CARD_H + 10 for tx, ty in taken):
        y += CARD_H + GAP_Y // 2
    return x, y


def overlaps(positions: dict[str, tuple[int, int]]) -> list[tuple[str, str]]:
    """Pairs of cards that overlap (for the tests and for a layout read from a file)."""
    items = sorted(positions.items(), key=lambda kv: kv[1])
    found = []
    for i, (a, (ax, ay)) in enumerate(items):
        for b, (bx, by) in items[i + 1:]:
            if bx - ax >= CARD_W:
                break
            if abs(ay - by) < CARD_H:
                found.append((a, b))
    return found
