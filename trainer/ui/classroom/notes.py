"""The presenter's speaker notes: the right answer and why, the choices with their scores and where they lead, the
clauses to cite, what comes next. Plain HTML from the controller's state; the console sets it only when it
changed, so the notes stay where the presenter is reading."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from trainer.content.refs import clause_link
from trainer.engine.classroom import letter, right_place
from trainer.ui.i18n import listing


def notes_html(c) -> str:
    """The speaker notes for where the session stands (`c`: the ClassroomController), as HTML."""
    lang = c.lang
    esc = html.escape
    if c.play is not None:
        return _play_notes(c, c.play, lang)
    quiz = c.quiz
    if quiz.finished:
        if quiz.teams:
            return _para(QCoreApplication.translate(
                "PresenterConsole", "The quiz is over. Show the leaderboard (L), then end the session."))
        return _para(QCoreApplication.translate(
            "PresenterConsole", "The quiz is over: end the session when the room is ready."))
    shown = quiz.current
    q = shown.question
    right = QCoreApplication.translate("PresenterConsole", "Right answer: {0}").format(letter(right_place(shown)))
    parts = [_para(right, bold=True),
             _para(q.explanation.get(lang)), _refs_html(tuple(q.clauses), lang)]
    if quiz.index + 1 < len(quiz.shown):
        following = quiz.shown[quiz.index + 1].question.prompt.get(lang)
        after = QCoreApplication.translate("PresenterConsole", "Next")
        parts.append(f"<p><b>{esc(after)}</b>{_colon(lang)}{esc(following)}</p>")
    return "".join(parts)


def _play_notes(c, play, lang: str) -> str:
    esc = html.escape
    if play.finished:
        ending = play.run.ending
        done = QCoreApplication.translate("PresenterConsole",
                                          "End the session when the room has discussed the ending.")
        return f"<h3>{esc(ending.title.get(lang))}</h3>{_para(ending.debrief.get(lang))}{_para(done)}"
    if play.revealed is not None:
        step = play.revealed
        revealed = QCoreApplication.translate("PresenterConsole", "Revealed")
        after = QCoreApplication.translate("PresenterConsole", "Next")
        following = QCoreApplication.translate("PresenterConsole", "press → for the customer’s next line.")
        return (f"<p><b>{esc(revealed)}</b>{_colon(lang)}{esc(step.feedback.get(lang))}</p>"
                f"{_refs_html(step.refs, lang)}"
                f"<p><b>{esc(after)}</b>{_colon(lang)}{esc(following)}</p>")
    if play.is_reply:
        reply = play.node.reply
        ask = QCoreApplication.translate("PresenterConsole", "Ask the room to say its reply aloud")
        tick = QCoreApplication.translate("PresenterConsole", "Tick what it had, then reveal.")
        return (f"<p><b>{esc(ask)}</b>{_colon(lang)}{esc(reply.prompt.get(lang))}</p>"
                f"{_para(tick + ' ' + reply.feedback.get(lang))}{_refs_html(tuple(reply.refs), lang)}")
    parts = []
    best = play.best_choice()
    names = c.names
    then = QCoreApplication.translate("PresenterConsole", "Then")
    for i, choice in enumerate(play.choices()):
        star = " ★" if i == best else ""
        score = listing((f"{names.get(k, k)} {v:+d}" for k, v in choice.score.items()), lang)
        target = play.scenario.nodes.get(choice.next)
        following = ""
        if target is not None:
            text = (target.ending.title if target.ending else target.text).get(lang)
            following = f"<br>{esc(then)}: {esc(text[:60] + ('…' if len(text) > 60 else ''))}"
        parts.append(f"<p><b>{letter(i)}{star}</b> {esc(choice.text.get(lang))}<br>"
                     f"<i>{esc(choice.feedback.get(lang))}</i>"
                     f"{'<br>' + esc(score) if score else ''}{following}</p>{_refs_html(tuple(choice.refs), lang)}")
    return "".join(parts)


def _para(text: str, bold: bool = False) -> str:
    body = html.escape(text)
    return f"<p><b>{body}</b></p>" if bold else f"<p>{body}</p>"


def _colon(lang: str) -> str:
    return "：" if lang != "en" else ": "


def _refs_html(refs: tuple[str, ...], lang: str) -> str:
    if not refs:
        return ""
    links = listing((clause_link(r, lang, href=r) for r in refs), lang)  # lesson title + clause number
    clauses = QCoreApplication.translate("PresenterConsole", "Clauses")
    return f"<p>{html.escape(clauses)}{_colon(lang)}{links}</p>"
