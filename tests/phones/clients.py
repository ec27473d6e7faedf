"""Simulated phones: WebSocket clients speaking the page's protocol (for the tests and the bench)."""

from __future__ import annotations

import asyncio
import json

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
