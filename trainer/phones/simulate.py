"""Simulated phones: WebSocket clients speaking the page's protocol, for the tests and `trainer bench`.

Run as a program (`python -m trainer.phones.simulate`), a room of phones in a process of its own, as real phones
are: it joins them all, prints READY, and answers each new item the presenter shows; with `--at-once` it waits
for a line on its input before every item and then sends every phone's answer together. Each answer's send time
(time.monotonic, one clock for every process of the machine) is printed as JSON for the latency figure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import time

from websockets.asyncio.client import connect


class FakePhone:
    def __init__(self, address: str) -> None:
        self.address = address
        self.ws = None
        self.token: str | None = None
        self.state: dict | None = None
        self.errors: list[str] = []
        self.acks: list[dict] = []
        self._changed = asyncio.Event()

    async def open(self) -> "FakePhone":
        self.ws = await connect(f"ws://{self.address}/ws", origin=f"http://{self.address}", max_size=2**21,
                                open_timeout=20)
        asyncio.ensure_future(self._read())
        return self

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                message = json.loads(raw)
                kind = message.get("t")
                if kind == "joined":
                    self.token = message["token"]
                elif kind == "state":
                    self.state = message
                elif kind == "ack":
                    self.acks.append(message)
                elif kind == "error":
                    self.errors.append(message["code"])
                self._changed.set()
        except Exception:  # noqa: BLE001 - closed
            self._changed.set()

    async def send(self, **message) -> None:
        await self.ws.send(json.dumps(message))

    async def until(self, test, timeout: float = 10.0) -> None:
        async def wait() -> None:
            while not test(self):
                self._changed.clear()
                await self._changed.wait()
        await asyncio.wait_for(wait(), timeout)

    async def join(self, name: str, code: str | None = None, link: str | None = None, pin: str = "") -> None:
        await self.send(t="join", code=code or "", link=link or "", name=name, pin=pin)
        await self.until(lambda p: p.token is not None or p.errors, 20)

    async def answer(self, item: str, place: int) -> None:
        await self.send(t="answer", item=item, place=place)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()


async def room(address: str, code: str, nicknames: int, roster: list[tuple[str, str]], at_once: bool,
               items: int) -> None:
    phones = [FakePhone(address) for _ in range(nicknames + len(roster))]
    for batch in range(0, len(phones), 50):  # as a room joins: not all in the same millisecond
        await asyncio.gather(*(p.open() for p in phones[batch:batch + 50]))
    names = [(f"phone {i}", "") for i in range(nicknames)] + roster
    await asyncio.gather(*(p.join(name, code=code, pin=pin) for p, (name, pin) in zip(phones, names)))
    failed = [p.errors for p in phones if p.token is None]
    print(json.dumps({"ready": len(phones) - len(failed), "failed": failed[:5]}), flush=True)
    reader = asyncio.StreamReader()
    await asyncio.get_running_loop().connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    seen: set[str] = set()
    rng = random.Random(7)
    for _ in range(items):
        def fresh(p: FakePhone) -> bool:
            view = p.state and p.state.get("view")
            return bool(view) and not view.get("revealed") and view["key"] not in seen and not view.get("over")
        await asyncio.gather(*(p.until(fresh, 120) for p in phones))
        key = phones[0].state["view"]["key"]
        seen.add(key)
        options = len(phones[0].state["view"]["options"])
        if at_once:
            print(json.dumps({"waiting": key}), flush=True)
            await reader.readline()
        sent = {}
        for p in phones:
            if not at_once:
                await asyncio.sleep(rng.random() * 0.005)
            sent[p.token] = time.monotonic()
            await p.answer(key, rng.randrange(options))
        await asyncio.gather(*(p.until(lambda q, k=key: any(a["item"] == k for a in q.acks), 60) for p in phones))
        print(json.dumps({"item": key, "sent": sent}), flush=True)
    await reader.readline()
    connected = sum(1 for p in phones if p.ws is not None and p.ws.state.name == "OPEN")
    print(json.dumps({"connected": connected, "errors": sum(len(p.errors) for p in phones)}), flush=True)
    for p in phones:
        await p.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--address", required=True)
    parser.add_argument("--code", required=True)
    parser.add_argument("--nicknames", type=int, default=80)
    parser.add_argument("--roster", default="[]", help='JSON [["name", "PIN"], ...]')
    parser.add_argument("--items", type=int, default=1)
    parser.add_argument("--at-once", action="store_true")
    args = parser.parse_args()
    asyncio.run(room(args.address, args.code, args.nicknames, [tuple(r) for r in json.loads(args.roster)],
                     args.at_once, args.items))


if __name__ == "__main__":
    main()
