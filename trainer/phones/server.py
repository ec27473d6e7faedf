"""The phone server: an asyncio loop in its own thread, serving the page and the WebSocket on one port.

Everything the presenter does reaches it through thread-safe calls (`apply`, `set_timer`, `remove`, `stop`);
everything the console shows leaves through `on_snapshot`, called on the loop's thread (the UI turns it into a
queued Qt signal). A phone is trusted with nothing: its messages are capped, parsed defensively, rate-limited,
and checked against the room's state on the server; each refusal is answered with a code and logged.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
import time
from collections.abc import Callable

from websockets.asyncio.server import ServerConnection, broadcast, serve
from websockets.exceptions import ConnectionClosed

from trainer.phones.limits import Bucket, JoinLimiter, Limits
from trainer.phones.names import NameProblem, normalise_name
from trainer.phones.page import Pages
from trainer.phones.room import Refused, Room, Snapshot

log = logging.getLogger("trainer.phones")
SNAPSHOT_DELAY_S = 0.02  # answers arriving together reach the console as one update
PING_S = 5  # a phone whose Wi-Fi dropped sends nothing: it shows as offline within two pings


class PhoneServer:
    def __init__(self, room: Room, gate, host: str, port: int = 0, on_snapshot: Callable[[Snapshot], None]
                 = lambda _s: None, limits: Limits = Limits(), pages: Pages | None = None,
                 public: str | None = None) -> None:
        """`public`: host:port the phones reach it at, when not `host`:`port` itself (a forwarding proxy)."""
        self.room = room
        self.public = public
        self.gate = gate  # LiveGate, or None: nicknames only (no live session)
        self.host = host
        self.port = port
        self.on_snapshot = on_snapshot
        self.limits = limits
        self.pages = pages or Pages()
        self.refused: dict[str, int] = {}  # what was refused, how often (for the console and the tests)
        self._joins = JoinLimiter(limits)
        self._sockets: dict[str, ServerConnection] = {}  # phone token -> its connection
        self._per_address: dict[str, int] = {}
        self._counted: list[tuple[str, float]] = []
        self._pending = False
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopped: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="phones-server", daemon=True)
        if gate is not None:
            gate.recorder.on_refused = self._on_not_recorded

    # -- from any thread -----------------------------------------------------------------------------

    def start(self, timeout: float = 10.0) -> None:
        self._thread.start()
        self._ready.wait(timeout)
        if self._error is not None:
            raise self._error

    @property
    def address(self) -> str:
        """What the phones open (and what their Host and Origin headers must name)."""
        return self.public or f"{self.host}:{self.port}"

    def url(self) -> str:
        return f"http://{self.address}/?t={self.room.link}"

    def _call(self, fn, *args, wait: bool = True):
        if self._loop is None or self._loop.is_closed():
            return None

        async def run():
            return fn(*args)

        future = asyncio.run_coroutine_threadsafe(run(), self._loop)
        return future.result(10) if wait else None

    def apply(self, view: dict | None) -> None:
        """The presenter shows an item, reveals it or ends: every phone follows (returns once applied)."""
        self._call(self._apply, view)

    def set_timer(self, seconds: float | None) -> None:
        self._call(self._set_timer, seconds)

    def remove(self, token: str) -> None:
        self._call(self._remove, token)

    def flush(self) -> None:
        """Every roster answer taken so far is in the record."""
        if self.gate is not None:
            self.gate.flush()

    def stop(self) -> None:
        """Tells the phones the session has ended, closes the port, writes what is left."""
        if self._loop is not None and not self._loop.is_closed() and self._stopped is not None:
            try:
                self._call(self._end)
            except Exception:  # noqa: BLE001 - the loop is going anyway
                pass
            self._loop.call_soon_threadsafe(self._stopped.set)
            self._thread.join(10)
        if self.gate is not None:
            self.gate.stop()

    # -- the loop ------------------------------------------------------------------------------------

    def _run(self) -> None:
        try:
            asyncio.run(self._main())
        except BaseException as exc:  # noqa: BLE001 - reported to start()
            self._error = exc
            self._ready.set()

    async def _main(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopped = asyncio.Event()
        async with serve(self._session, self.host, self.port, process_request=self._http,
                         max_size=self.limits.message_bytes, max_queue=4, compression=None, server_header=None,
                         ping_interval=PING_S, ping_timeout=PING_S, close_timeout=2) as server:
            self.port = server.sockets[0].getsockname()[1]
            self._ready.set()
            await self._stopped.wait()
            server.close()

    def _http(self, connection: ServerConnection, request):
        response = self.pages.respond(self.address, request.path, request.headers)
        if response is not None and response.status_code >= 400:
            self._refuse(f"http-{response.status_code}", connection)
        return response

    def _refuse(self, code: str, connection=None) -> None:
        self.refused[code] = self.refused.get(code, 0) + 1
        where = connection.remote_address[0] if connection is not None and connection.remote_address else "?"
        log.warning("phones: refused %s from %s", code, where)

    async def _session(self, ws: ServerConnection) -> None:
        address = ws.remote_address[0] if ws.remote_address else "?"
        if self._per_address.get(address, 0) >= self.limits.connections_per_address or \
                sum(self._per_address.values()) >= self.limits.connections:
            self._refuse("too-many-connections", ws)
            await ws.close(1013, "too many connections")
            return
        self._per_address[address] = self._per_address.get(address, 0) + 1
        bucket = Bucket(self.limits.messages_burst, self.limits.messages_per_s)
        token: str | None = None
        bad = 0
        try:
            async for raw in ws:
                try:
                    message = json.loads(raw) if isinstance(raw, str) else None
                except ValueError:
                    message = None
                if not isinstance(message, dict) or not isinstance(message.get("t"), str):
                    bad += 1
                    self._refuse("bad-message", ws)
                    await self._send(ws, {"t": "error", "code": "bad-message"})
                    if bad >= self.limits.bad_messages:
                        await ws.close(1008, "bad messages")
                        return
                    continue
                if not bucket.take():
                    self._refuse("slow-down", ws)
                    await self._send(ws, {"t": "error", "code": "slow-down"})
                    continue
                kind = message["t"]
                if kind in ("join", "resume"):
                    token = await self._enter(ws, message, address, token)
                elif kind == "answer":
                    self._answer(ws, token, message)
                elif kind == "ping":
                    await self._send(ws, {"t": "pong"})
                else:
                    self._refuse("bad-message", ws)
                    await self._send(ws, {"t": "error", "code": "bad-message"})
        except ConnectionClosed as exc:
            if exc.rcvd is not None and exc.rcvd.code == 1009 or exc.sent is not None and exc.sent.code == 1009:
                self._refuse("too-big", ws)
        finally:
            self._per_address[address] -= 1
            if token is not None and self._sockets.get(token) is ws:
                del self._sockets[token]
                phone = self.room.phones.get(token)
                if phone is not None:
                    phone.connected = False
                    self._changed()

    async def _enter(self, ws: ServerConnection, message: dict, address: str, current: str | None) -> str | None:
        room = self.room
        if message["t"] == "resume":
            token = message.get("token")
            phone = room.phones.get(token) if isinstance(token, str) else None
            if phone is None:
                self._refuse("gone", ws)
                await self._send(ws, {"t": "error", "code": "gone"})
                return current
        else:
            if not self._joins.allow(address):
                self._refuse("too-many-joins", ws)
                await self._send(ws, {"t": "error", "code": "too-many-joins"})
                return current
            if not room.admits(message.get("code"), message.get("link")):
                self._refuse("bad-code", ws)
                await self._send(ws, {"t": "error", "code": "bad-code"})
                return current
            try:
                phone = await self._new_phone(message, address)
            except (Refused, NameProblem) as exc:
                self._refuse(exc.code, ws)
                await self._send(ws, {"t": "error", "code": exc.code})
                return current
        old = self._sockets.pop(phone.replaced, None) if phone.replaced else self._sockets.get(phone.token)
        phone.replaced = None
        if old is not None and old is not ws:
            await self._send(old, {"t": "error", "code": "elsewhere"})
            asyncio.ensure_future(old.close(1000, "joined elsewhere"))
        self._sockets[phone.token] = ws
        phone.connected = True
        phone.address = address
        await self._send(ws, {"t": "joined", "token": phone.token, "name": phone.name,
                              "roster": phone.trainee_id is not None})
        await ws.send(self._state_for(phone.token))
        self._changed()
        return phone.token

    async def _new_phone(self, message: dict, address: str):
        name = normalise_name(message.get("name"))
        pin = message.get("pin")
        if self.gate is not None and isinstance(pin, str) and pin.strip():
            trainee_id, roster_name = await asyncio.to_thread(self.gate.claim, name, pin)
            return self.room.add(roster_name, trainee_id, address)
        if self.room.name_taken(name):
            raise NameProblem("name-taken")
        if self.gate is not None and await asyncio.to_thread(self.gate.roster_id, name) is not None:
            raise Refused("roster-name")  # a roster name is claimed with its PIN, never as a nickname
        return self.room.add(name, None, address)

    def _answer(self, ws: ServerConnection, token: str | None, message: dict) -> None:
        arrived = time.monotonic()
        if token is None or token not in self.room.phones:
            self._refuse("not-joined", ws)
            asyncio.ensure_future(self._send(ws, {"t": "error", "code": "not-joined"}))
            return
        item, place = message.get("item"), message.get("place")
        try:
            phone, changed = self.room.answer(token, item, place)
        except Refused as exc:
            self._refuse(exc.code, ws)
            asyncio.ensure_future(self._send(ws, {"t": "error", "code": exc.code, "item": self.room.item}))
            return
        if changed and phone.trainee_id is not None and self.gate is not None:
            self.gate.record(phone.trainee_id, item, place)
        asyncio.ensure_future(self._send(ws, {"t": "ack", "item": item, "place": place}))
        self._counted.append((token, arrived))
        self._changed()

    # -- what everyone sees --------------------------------------------------------------------------

    def _state_for(self, token: str | None) -> str:
        room = self.room
        mine = room.answer_of(token) if token else None
        return json.dumps({"t": "state", "view": room.view, "mine": mine, "closed": room.closed,
                           "remaining": room.remaining()}, ensure_ascii=False)

    def _push(self) -> None:
        """Every phone's state; phones with the same answer get the same message (at most seven to build)."""
        groups: dict[int | None, list[ServerConnection]] = {}
        for token, ws in self._sockets.items():
            groups.setdefault(self.room.answer_of(token), []).append(ws)
        for mine, sockets in groups.items():
            message = json.dumps({"t": "state", "view": self.room.view, "mine": mine, "closed": self.room.closed,
                                  "remaining": self.room.remaining()}, ensure_ascii=False)
            broadcast(sockets, message)

    def _apply(self, view: dict | None) -> None:
        self.room.show(view)
        self._push()
        self._changed()

    def _set_timer(self, seconds: float | None) -> None:
        self.room.set_timer(seconds)
        self._push()

    def _remove(self, token: str) -> None:
        phone = self.room.remove(token)
        ws = self._sockets.pop(token, None)
        if ws is not None:
            broadcast([ws], json.dumps({"t": "error", "code": "removed"}))
            asyncio.ensure_future(ws.close(1000, "removed"))
        if phone is not None:
            log.info("phones: the presenter removed %r", phone.name)
        self._changed()

    def _on_not_recorded(self, answer, error) -> None:
        """On the recorder's thread: the record refused a roster phone's answer (the session closed meanwhile):
        the phone is told, and the answer leaves the count, so the console shows what the record holds."""
        if self._loop is not None and not self._loop.is_closed():
            self._loop.call_soon_threadsafe(self._not_recorded, *answer[:3])

    def _not_recorded(self, trainee_id: int, item: str, place: int) -> None:
        phone = next((p for p in self.room.phones.values() if p.trainee_id == trainee_id), None)
        if phone is None:
            return
        given = self.room.answers.get(item, {})
        if given.get(phone.token) == place:
            del given[phone.token]
        self._refuse("not-recorded")
        ws = self._sockets.get(phone.token)
        if ws is not None:
            broadcast([ws], self._state_for(phone.token))
            broadcast([ws], json.dumps({"t": "error", "code": "not-recorded", "item": item}))
        self._changed()

    def _end(self) -> None:
        self.room.closed = True
        self._push()

    def _changed(self) -> None:
        if not self._pending:
            self._pending = True
            self._loop.call_later(SNAPSHOT_DELAY_S, self._emit)

    def _emit(self) -> None:
        self._pending = False
        counted, self._counted = tuple(self._counted), []
        try:
            self.on_snapshot(self.room.snapshot(counted))
        except Exception:  # noqa: BLE001 - the console's trouble must not stop the phones
            log.exception("phones: the console could not take an update")

    @staticmethod
    async def _send(ws: ServerConnection, message: dict) -> None:
        try:
            await ws.send(json.dumps(message, ensure_ascii=False))
        except ConnectionClosed:
            pass
