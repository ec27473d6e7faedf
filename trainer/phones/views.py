"""The item a phone shows, in both languages, built from the room's ClassQuiz or ClassRolePlay (Qt-free).

Before the reveal nothing in a view tells the right answer; after it, the right place (quiz) or the room's way
and the best one (role-play), the feedback and the teams' scores. The page words the rest itself (its own zh/en).
"""

from __future__ import annotations

from trainer.engine.classroom import ClassQuiz, ClassRolePlay, right_place

TRUE_FALSE = ({"zh": "对", "en": "True"}, {"zh": "错", "en": "False"})


def _both(text) -> dict[str, str]:
    return {"zh": text.zh, "en": text.en}


def quiz_view(quiz: ClassQuiz, key: str | None) -> dict | None:
    if quiz.finished or key is None:
        return {"key": "end", "kind": "quiz", "over": True, "options": [], "revealed": True,
                "scores": [[t, s] for t, s in quiz.leaderboard()]}
    shown = quiz.current
    q = shown.question
    options = list(TRUE_FALSE) if q.type == "true-false" else [_both(q.options[i]) for i in shown.order]
    view = {"key": key, "kind": "quiz", "index": quiz.index + 1, "total": len(quiz.shown),
            "prompt": _both(q.prompt), "options": options, "revealed": quiz.revealed}
    if quiz.revealed:
        view["right"] = right_place(shown)
        view["feedback"] = _both(q.explanation)
        if quiz.teams:
            view["scores"] = [[t, s] for t, s in quiz.leaderboard()]
    return view


def roleplay_view(play: ClassRolePlay, key: str | None) -> dict | None:
    title = _both(play.scenario.title)
    if play.finished or key is None:
        ending = play.run.ending
        return {"key": "end", "kind": "roleplay", "over": True, "title": title, "options": [], "revealed": True,
                "ending": _both(ending.title) if ending is not None else None}
    view = {"key": key, "kind": "roleplay", "index": play.step_number, "title": title}
    if play.revealed is not None:
        node = play.scenario.nodes[play.revealed.node_id]
        view.update(speaker=node.speaker, prompt=_both(node.text), revealed=True,
                    options=[_both(c.text) for c in play.revealed_choices],
                    feedback=_both(play.revealed.feedback))
        if play.revealed_index is not None:
            view["chosen"] = play.revealed_index
            view["best"] = play.revealed_best
        return view
    node = play.node
    view.update(speaker=node.speaker, prompt=_both(node.text), revealed=False)
    if play.is_reply:
        view.update(options=[], reply=_both(node.reply.prompt))
    else:
        view["options"] = [_both(c.text) for c in play.choices()]
    return view
