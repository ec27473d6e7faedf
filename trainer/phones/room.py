"""Who joined from a phone, what each answered, and the item the presenter shows: the server's one state.

Only the server's loop thread touches a Room. It decides what the rules of the room are for a phone (one answer
per phone and item, changeable until the reveal or the end of the time, an answer only to the item shown); the
grading and the record are the live service's, through the recorder.
"""

from __future__ import annotations

import secrets
import time
from collections import Counter
from dataclasses import dataclass, field

from trainer.phones.names import NameProblem, name_key

TOKEN_BYTES = 18  # a phone's own token and the QR link's token: 24 URL-safe characters


class Refused(Exception):
    """What a phone asked for and may not have; `code` is what the page shows, in its own language."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass
class Phone:
    token: str  # the secret the browser keeps to come back as the same phone
    name: str
    trainee_id: int | None  # a roster trainee (answers recorded) or None (a nickname, counted only)
    address: str
    connected: bool = True
    replaced: str | None = None  # the token a second phone of the same trainee took over (its socket is told)


@dataclass(frozen=True)
class Person:
    """One line of the console's list (never on the audience's screen)."""

    token: str
    name: str
    roster: bool
    answered: bool
    connected: bool


@dataclass(frozen=True)
class Snapshot:
    """What the console shows of the phones: sent after every change, at most every few milliseconds."""

    item: str | None
    counts: dict[int, int]
    joined: int
    answered: int
    people: tuple[Person, ...]
    trainee_ids: frozenset[int]  # roster trainees on phones: the desks' tally leaves them out (no double count)
    counted: tuple[tuple[str, float], ...] = ()  # (phone token, monotonic time the answer arrived) since the last


@dataclass
class Room:
    code: str  # the short code typed on a phone (the live session's code)
    link: str = field(default_factory=lambda: secrets.token_urlsafe(TOKEN_BYTES))  # the QR link's longer token
    clock: object = time.monotonic
    phones: dict[str, Phone] = field(default_factory=dict)
    blocked: set[str] = field(default_factory=set)  # names the presenter removed: not taken again this session
    claimed: set[int] = field(default_factory=set)  # roster trainees who joined from a phone (removed ones too)
    view: dict | None = None  # the item as the page shows it (see trainer.phones.views)
    answers: dict[str, dict[str, int]] = field(default_factory=dict)  # item key -> phone token -> place
    deadline: float | None = None
    closed: bool = False

    @property
    def item(self) -> str | None:
        return self.view["key"] if self.view else None

    # -- joining -------------------------------------------------------------------------------------

    def admits(self, code: str | None, link: str | None) -> bool:
        """The typed code or the link's token (compared in constant time)."""
        if self.closed:
            return False
        if isinstance(link, str) and link:
            return secrets.compare_digest(link.encode(), self.link.encode())
        if isinstance(code, str) and code:
            return secrets.compare_digest(code.encode(), self.code.encode())
        return False

    def name_taken(self, name: str, except_token: str | None = None) -> bool:
        key = name_key(name)
        return key in self.blocked or any(name_key(p.name) == key and p.token != except_token
                                          for p in self.phones.values())

    def add(self, name: str, trainee_id: int | None, address: str) -> Phone:
        """A new phone. A roster trainee already here (another phone, or a browser that lost its token) is
        the same participant: the new phone takes over, with the answers given so far."""
        if self.closed:
            raise Refused("ended")
        if trainee_id is not None:
            self.claimed.add(trainee_id)
            for phone in self.phones.values():
                if phone.trainee_id == trainee_id:
                    phone.token, old = secrets.token_urlsafe(TOKEN_BYTES), phone.token
                    self._retoken(old, phone.token)
                    phone.replaced = old
                    phone.address, phone.connected = address, True
                    return phone
        elif self.name_taken(name):
            raise NameProblem("name-taken")
        phone = Phone(secrets.token_urlsafe(TOKEN_BYTES), name, trainee_id, address)
        self.phones[phone.token] = phone
        return phone

    def _retoken(self, old: str, new: str) -> None:
        self.phones[new] = self.phones.pop(old)
        for given in self.answers.values():
            if old in given:
                given[new] = given.pop(old)

    def remove(self, token: str) -> Phone | None:
        """The presenter removes a name: its answers leave the counts, its token admits nobody, the name is kept
        from being taken again this session."""
        phone = self.phones.pop(token, None)
        if phone is not None:
            self.blocked.add(name_key(phone.name))
            for given in self.answers.values():
                given.pop(token, None)
        return phone

    # -- the presenter -------------------------------------------------------------------------------

    def show(self, view: dict | None) -> None:
        """The item everyone is on (or the same item, revealed or with its timer changed)."""
        if view is not None and view.get("key") != self.item:
            self.deadline = None
            if view.get("kind") == "roleplay":  # the scenario came back to a step: a fresh vote, as on the desks
                self.answers.pop(view["key"], None)
        self.view = view

    def set_timer(self, seconds: float | None) -> None:
        self.deadline = None if seconds is None else self.clock() + max(0.0, seconds)

    def remaining(self) -> float | None:
        return None if self.deadline is None else max(0.0, self.deadline - self.clock())

    # -- answers -------------------------------------------------------------------------------------

    def answer(self, token: str, item: object, place: object) -> tuple[Phone, bool]:
        """Records the phone's place for the item shown; (phone, changed). Refused: another item, revealed,
        time up, not a choice on offer."""
        phone = self.phones.get(token)
        if phone is None:
            raise Refused("not-joined")
        view = self.view
        if self.closed:
            raise Refused("ended")
        if view is None or item != view["key"]:
            raise Refused("moved-on")
        if view.get("revealed"):
            raise Refused("revealed")
        if self.deadline is not None and self.clock() >= self.deadline:
            raise Refused("time-up")
        if isinstance(place, bool) or not isinstance(place, int) or not 0 <= place < len(view.get("options", ())):
            raise Refused("bad-choice")
        given = self.answers.setdefault(view["key"], {})
        changed = given.get(token) != place
        given[token] = place
        return phone, changed

    def answer_of(self, token: str) -> int | None:
        return self.answers.get(self.item or "", {}).get(token)

    def snapshot(self, counted: tuple[tuple[str, float], ...] = ()) -> Snapshot:
        given = self.answers.get(self.item or "", {})
        people = tuple(Person(p.token, p.name, p.trainee_id is not None, p.token in given, p.connected)
                       for p in sorted(self.phones.values(), key=lambda p: name_key(p.name)))
        return Snapshot(self.item, dict(Counter(given.values())), len(self.phones), len(given), people,
                        frozenset(self.claimed), counted)
