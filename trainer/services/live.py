"""Live classroom sessions: a presenter runs a quiz or a role-play in front of a class, and trainees answer on
their own desks, sharing the database.

The presenter opens a session and reads out its code; trainees join with the code (nobody joins without it),
and everyone answers the item the presenter shows, until the presenter reveals the answer and moves on. In a
quiz each trainee's answers also go into their own quiz attempt (kind "classroom"), finished when the session
closes, so the result is in their record.

The session serves the presenter's content: what the presenter's desk had when it opened the session (the
questions, or the scenario, with their revisions) is kept with the session, and every desk shows and is graded
against that, whatever its own content files hold. A desk says which place it chose; the service grades it.

The presenter's screen polls `tally` and `state` about twice a second: each is one indexed read, nothing is
cached, so what another desk committed shows at the next poll. Each call that writes is one transaction:
an answer is in the tally and in the trainee's attempt together, or in neither, and closing a session waits
for answers being recorded, so the finished attempts hold every answer the session accepted.
"""

from __future__ import annotations

import json
import secrets
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from trainer.db.models import LiveAnswer, LiveParticipant, LiveSession, QuizAttempt, Trainee, utcnow
from trainer.engine.classroom import answer_at, right_place
from trainer.engine.grading import grade
from trainer.engine.questions import shown
from trainer.errors import TrainerError
from trainer.services import attempts
from trainer.services.content import ContentRepository
from trainer.services.live_content import LiveContent, Served, item_node, parse, serve, step_item
from trainer.services.quizzes import grade_and_record

__all__ = ["LiveContent", "item_node", "step_item"]  # the desks and the console build and read item keys here

CODE_ALPHABET = "ACDEFHJKMNPRTUVWXY34679"  # no look-alikes (0/O, 1/I/L, 2/Z, 5/S, 8/B, G/6)
CODE_LENGTH = 6
KINDS = ("quiz", "roleplay")
LANGS = ("zh", "en")
MIN_OPTIONS, MAX_OPTIONS = 2, 6
TITLE_LIMIT = 100  # the classroom attempts' subject holds 100 characters
ITEM_LIMIT = 100
PASS_MARK = 0.8
ABANDONED_AFTER = timedelta(hours=12)
_DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u30fc"  # after NFKC, the full-width dash is "-" too


class LiveError(TrainerError):
    pass


@dataclass(frozen=True)
class LiveState:
    id: int
    code: str
    kind: str  # quiz | roleplay
    title: str
    lang: str
    item: str | None  # the question id (quiz) or scenario node id (role-play) everyone is on; None before the first
    item_index: int  # 0-based position of the item
    options: int  # choices of the current item (2..6; 0 before the first)
    revealed: bool
    closed: bool
    question_ids: tuple[str, ...]  # a quiz's questions in order; a role-play's: what the presenter gave (its scenario)
    seed: int
    offered: tuple[str, ...] = ()  # role-play: the choice ids on offer at the step shown, in their places
    right: int | None = None  # quiz, once revealed: the place of the right answer


@dataclass(frozen=True)
class Tally:
    counts: dict[int, int]  # choice index -> trainees whose current answer it is (choices nobody chose are left out)
    answered: int
    joined: int


@dataclass(frozen=True)
class Joined:
    state: LiveState
    trainee_id: int
    attempt_id: int | None  # quiz: the trainee's own classroom attempt; None for a role-play
    content: LiveContent | None = None  # what the presenter serves


@dataclass(frozen=True)
class LiveOutcome:
    """A desk's answer, as recorded: the place chosen and, in a quiz, whether it is right (shown at the reveal)."""

    item: str
    choice: int
    correct: bool | None


def normalise_code(code: str) -> str:
    """What a trainee typed, as a code: full-width characters folded, spaces and dashes dropped, upper case."""
    folded = unicodedata.normalize("NFKC", code)
    return "".join(ch for ch in folded if not ch.isspace() and ch not in _DASHES).upper()


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _state(row: LiveSession, content: LiveContent | None = None) -> LiveState:
    right = None
    if row.kind == "quiz" and row.revealed and content is not None:
        question = content.question(row.item)
        right = right_place(shown(question, row.seed)) if question is not None else None
    return LiveState(row.id, row.code, row.kind, row.title, row.lang, row.item, row.item_index, row.options,
                     row.revealed, row.closed_at is not None, tuple(json.loads(row.question_ids)), row.seed,
                     tuple(json.loads(row.offered or "[]")), right)


class LiveService:
    def __init__(self, writer: sessionmaker[Session], reader: sessionmaker[Session],
                 content: ContentRepository) -> None:
        self._writer = writer
        self._reader = reader
        self._content = content
        self._served: dict[int, LiveContent] = {}  # session id -> its content, parsed once (it never changes)

    def content(self, session_id: int) -> LiveContent:
        """What the presenter serves in this session (read once, then kept: it never changes)."""
        served = self._served.get(session_id)
        if served is None:
            with self._reader() as session:
                row = session.get(LiveSession, session_id)
                if row is None:
                    raise LiveError("no such live session")
                served = self._served[session_id] = parse(row.content)
        return served

    @staticmethod
    def _locked(session: Session, session_id: int, *, share: bool = False) -> LiveSession:
        """The session's row, locked until the commit: shared by answers and joins, exclusive for the
        presenter's moves (on SQLite every write transaction holds the database's one write lock anyway)."""
        row = session.scalars(select(LiveSession).where(LiveSession.id == session_id)
                              .with_for_update(read=share)).first()
        if row is None:
            raise LiveError("no such live session")
        return row

    # -- the presenter ---------------------------------------------------------------------------

    def open(self, kind: str, title: str, lang: str, question_ids: Sequence[str] = (), seed: int = 0) -> LiveState:
        if kind not in KINDS:
            raise LiveError("a live session is a quiz or a role-play, not {kind}", kind=kind)
        if lang not in LANGS:
            raise LiveError("unknown language {lang}", lang=lang)
        title = " ".join(title.split())
        if not title:
            raise LiveError("a live session needs a title")
        if len(title) > TITLE_LIMIT:
            raise LiveError("a title has at most {limit} characters", limit=TITLE_LIMIT)
        questions = [str(q) for q in question_ids]  # a role-play's are kept too: the desks find the scenario there
        if kind == "quiz" and not questions:
            raise LiveError("a live quiz needs at least one question")
        if kind == "quiz" and len(set(questions)) != len(questions):
            raise LiveError("a question appears twice in this live quiz")
        if any(not q or len(q) > ITEM_LIMIT for q in questions):
            raise LiveError("a question id has 1 to {limit} characters", limit=ITEM_LIMIT)
        served = serve(self._content, kind, questions)  # an id the content does not hold: ContentMissing
        self._close_abandoned()
        for _ in range(50):  # 23**6 codes: a clash with an open session is already rare
            code = new_code()
            try:
                with self._writer.begin() as session:
                    taken = session.scalar(select(LiveSession.id).where(LiveSession.code == code,
                                                                        LiveSession.closed_at.is_(None)))
                    if taken is not None:
                        continue
                    row = LiveSession(code=code, kind=kind, title=title, lang=lang, item=None, item_index=0,
                                      options=0, revealed=False, question_ids=json.dumps(questions), seed=int(seed),
                                      content=served)
                    session.add(row)
                    session.flush()  # another desk opening with the same code at this moment: the unique index
                    return _state(row)
            except IntegrityError:
                continue
        raise LiveError("no free code for a live session: close some open sessions")

    def _close_abandoned(self) -> None:
        """Sessions open for more than ABANDONED_AFTER (a presenter's laptop that crashed or lost power) are closed,
        so their codes admit nobody and their participants' quizzes are finished."""
        cutoff = utcnow() - ABANDONED_AFTER
        with self._reader() as session:
            stale = list(session.scalars(select(LiveSession.id).where(LiveSession.closed_at.is_(None),
                                                                      LiveSession.created_at < cutoff)))
        for session_id in stale:
            self.close(session_id)

    def show(self, session_id: int, item: str, item_index: int, options: int,
             offered: Sequence[str] = ()) -> LiveState:
        """Everyone moves to `item`, unrevealed. Showing a role-play step anew starts a fresh vote on it;
        `offered` names the choices on offer there, in their places (the presenter's flags decide them)."""
        if not isinstance(item, str) or not item or len(item) > ITEM_LIMIT:
            raise LiveError("an item id has 1 to {limit} characters", limit=ITEM_LIMIT)
        if not MIN_OPTIONS <= options <= MAX_OPTIONS:
            raise LiveError("an item has {low} to {high} choices", low=MIN_OPTIONS, high=MAX_OPTIONS)
        if item_index < 0:
            raise LiveError("an item's position starts at 0")
        with self._writer.begin() as session:
            row = self._locked(session, session_id)
            if row.closed_at is not None:
                raise LiveError("this live session has ended")
            if row.kind == "quiz" and item not in json.loads(row.question_ids):
                raise LiveError("{item} is not a question of this live quiz", item=item)
            if row.kind == "roleplay" and (row.item, row.item_index) != (item, item_index):
                # the scenario came back to a node: last time's votes are not this time's
                session.execute(delete(LiveAnswer).where(LiveAnswer.session_id == session_id,
                                                         LiveAnswer.item == item))
            row.item, row.item_index, row.options, row.revealed = item, item_index, options, False
            row.offered = json.dumps([str(c) for c in offered][:MAX_OPTIONS]) if row.kind == "roleplay" else None
            return _state(row)

    def reveal(self, session_id: int) -> LiveState:
        with self._writer.begin() as session:
            row = self._locked(session, session_id)
            if row.closed_at is not None:
                raise LiveError("this live session has ended")
            if row.item is None:
                raise LiveError("show an item first")
            row.revealed = True
            return _state(row, self.content(session_id))

    def close(self, session_id: int) -> None:
        """Ends the session (its code no longer admits anyone) and finishes every participant's classroom quiz
        attempt. Idempotent: closing again finishes only what is still unfinished."""
        with self._writer.begin() as session:
            row = self._locked(session, session_id)
            if row.closed_at is None:
                row.closed_at = utcnow()
            session.flush()
            unfinished = list(session.scalars(
                select(LiveParticipant.attempt_id)
                .join(QuizAttempt, QuizAttempt.id == LiveParticipant.attempt_id)
                .where(LiveParticipant.session_id == session_id, QuizAttempt.finished_at.is_(None))
                .order_by(LiveParticipant.attempt_id)))
            for attempt_id in unfinished:
                attempts.finish(session, attempt_id)

    def state(self, session_id: int) -> LiveState:
        with self._reader() as session:
            row = session.get(LiveSession, session_id)
            if row is None:
                raise LiveError("no such live session")
            content = self.content(session_id) if row.revealed and row.kind == "quiz" else None
            return _state(row, content)

    def tally(self, session_id: int, item: str, exclude: frozenset[int] | set[int] = frozenset()) -> Tally:
        """The current answers to `item` and how many trainees joined: two index reads, nothing cached.
        `exclude`: trainees counted elsewhere (on phones, whose server counts them as they answer)."""
        left_out = sorted(exclude)
        with self._reader() as session:
            answers = select(LiveAnswer.choice, func.count()).where(LiveAnswer.session_id == session_id,
                                                                    LiveAnswer.item == item)
            members = select(func.count()).select_from(LiveParticipant).where(
                LiveParticipant.session_id == session_id)
            if left_out:
                answers = answers.where(LiveAnswer.trainee_id.not_in(left_out))
                members = members.where(LiveParticipant.trainee_id.not_in(left_out))
            counts = dict(session.execute(answers.group_by(LiveAnswer.choice)).all())
            joined = session.scalar(members) or 0
        return Tally(counts, sum(counts.values()), joined)

    # -- the trainees ----------------------------------------------------------------------------

    def join(self, code: str, trainee_id: int) -> Joined:
        """Joins the open session with this code; joining again returns the same place and the same attempt."""
        wanted = normalise_code(code)
        if len(wanted) != CODE_LENGTH or not set(wanted) <= set(CODE_ALPHABET):
            raise LiveError("no open live session has the code {code}", code=code.strip())
        try:
            return self._join(wanted, code.strip(), trainee_id)
        except IntegrityError:  # the same trainee joining from two desks at once: the other desk's row is there now
            return self._join(wanted, code.strip(), trainee_id)

    def _join(self, wanted: str, typed: str, trainee_id: int) -> Joined:
        with self._writer.begin() as session:
            row = session.scalars(select(LiveSession).where(LiveSession.code == wanted, LiveSession.closed_at.is_(None))
                                  .with_for_update(read=True)).first()
            if row is None:
                raise LiveError("no open live session has the code {code}", code=typed)
            trainee = session.get(Trainee, trainee_id)
            if trainee is None or not trainee.active:
                raise LiveError("this trainee no longer exists")
            member = session.get(LiveParticipant, (row.id, trainee_id))
            if member is None:
                member = LiveParticipant(session_id=row.id, trainee_id=trainee_id, attempt_id=None)
                session.add(member)
                session.flush()
            if row.kind == "quiz" and member.attempt_id is None:
                # also when the attempt was removed since (the manager reset the trainee's records)
                member.attempt_id = attempts.start(session, trainee_id, "classroom", row.title, row.lang,
                                                   json.loads(row.question_ids), row.seed, PASS_MARK)
            session_id, attempt_id, state = row.id, member.attempt_id, _state(row)
        return Joined(state, trainee_id, attempt_id, self.content(session_id))

    def answer(self, session_id: int, trainee_id: int, item: str, choice: int) -> LiveOutcome:
        """The trainee's answer to the item shown: `choice` is the place chosen on the screen (0 = A), which the
        tally counts; a second answer before the reveal replaces the first. In a quiz the service grades it
        against the presenter's question and records it in the trainee's attempt too, with its competencies,
        review card and revision, in the same transaction."""
        served = self.content(session_id)
        with self._writer.begin() as session:
            row = self._locked(session, session_id, share=True)
            return self._record(session, row, served, trainee_id, item, choice)

    def answer_many(self, session_id: int, answers: Sequence[tuple[int, str, int]]) -> list[LiveOutcome | LiveError]:
        """Many trainees' (trainee id, item, place) in one transaction (a room of phones answering at once): each
        checked, graded and recorded as `answer` does; one refused (its LiveError in its place) leaves the rest."""
        served = self.content(session_id)
        results: list[LiveOutcome | LiveError] = []
        with self._writer.begin() as session:
            row = self._locked(session, session_id, share=True)
            for trainee_id, item, choice in answers:
                try:
                    with session.begin_nested():
                        results.append(self._record(session, row, served, trainee_id, item, choice))
                except LiveError as exc:
                    results.append(exc)
        return results

    def _record(self, session: Session, row: LiveSession, served: LiveContent, trainee_id: int, item: str,
                choice: int) -> LiveOutcome:
        session_id = row.id
        if row.closed_at is not None:
            raise LiveError("this live session has ended")
        member = session.get(LiveParticipant, (session_id, trainee_id))
        if member is None:
            raise LiveError("join the live session first")
        if row.item is None or row.item != item:
            raise LiveError("the presenter has moved on")
        if row.revealed:
            raise LiveError("too late: the answer has been revealed")
        if isinstance(choice, bool) or not isinstance(choice, int) or not 0 <= choice < row.options:
            raise LiveError("choice {choice} is not one of the {options} choices", choice=choice,
                            options=row.options)
        question = served.question(item) if row.kind == "quiz" else None
        revision = served.revisions.get(item) if question is not None else \
            next(iter(served.revisions.values()), None)
        values = {"session_id": session_id, "item": item, "trainee_id": trainee_id, "choice": choice,
                  "answered_at": utcnow(), "content_revision": revision}
        dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
        insert = dialect.insert(LiveAnswer).values(**values)
        session.execute(insert.on_conflict_do_update(
            index_elements=[LiveAnswer.session_id, LiveAnswer.item, LiveAnswer.trainee_id],
            set_={"choice": insert.excluded.choice, "answered_at": insert.excluded.answered_at,
                  "content_revision": insert.excluded.content_revision}))
        if question is None:
            return LiveOutcome(item, choice, None)
        given = answer_at(shown(question, row.seed), choice)
        if member.attempt_id is None:
            return LiveOutcome(item, choice, grade(question, given).correct)
        outcome = grade_and_record(session, Served(served, self._content), member.attempt_id, item, given)
        return LiveOutcome(item, choice, outcome.correct)


# Every message above, for trainer/ui/core_strings.py (the UI translates a TrainerError by its template).
MESSAGES = (
    "too late: the answer has been revealed",
    "a live session is a quiz or a role-play, not {kind}",
    "unknown language {lang}",
    "a live session needs a title",
    "a title has at most {limit} characters",
    "a live quiz needs at least one question",
    "a question appears twice in this live quiz",
    "a question id has 1 to {limit} characters",
    "no free code for a live session: close some open sessions",
    "an item id has 1 to {limit} characters",
    "an item has {low} to {high} choices",
    "an item's position starts at 0",
    "this live session has ended",
    "{item} is not a question of this live quiz",
    "show an item first",
    "no such live session",
    "no open live session has the code {code}",
    "this trainee no longer exists",
    "join the live session first",
    "the presenter has moved on",
    "choice {choice} is not one of the {options} choices",
)
