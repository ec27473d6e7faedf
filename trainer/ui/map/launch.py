"""Opening the map from the app: the one place its saving is wired (files today; the content library's drafts,
publishing and revisions once it keeps scenarios)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trainer.content.scenario_draft import ScenarioDraft
from trainer.content.scenario_store import ScenarioFileStore
from trainer.ui.map.window import ScenarioMapWindow


def scenario_store(state) -> ScenarioFileStore:
    settings = state.settings
    return ScenarioFileStore(settings.content_dir, settings.data_dir / "drafts")


class FileSaver:
    """The map's saver over scenario files (a draft beside the content, publishing into it)."""

    def __init__(self, store: ScenarioFileStore) -> None:
        self.store = store

    def save(self, draft, done, failed) -> None:
        self._run(self.store.save, draft, done, failed)

    def publish(self, draft, done, failed) -> None:
        self._run(self.store.publish, draft, done, failed)

    @staticmethod
    def _run(work, draft, done, failed) -> None:
        from trainer.errors import TrainerError

        try:
            work(draft)
        except TrainerError as exc:
            failed(exc)
            return
        done()


def open_map(parent: QWidget | None, state, scenario_id: str | None = None, data: dict | None = None,
             saver=None) -> ScenarioMapWindow:
    """The map of a scenario (its draft where one is kept) or of new scenario data."""
    from trainer.engine.phrases import PhraseChecker

    store = scenario_store(state)
    draft = ScenarioDraft(data) if data is not None else store.open(scenario_id)
    catalog = state.catalog
    draft.competencies = set(catalog.competencies)
    if catalog.articles:
        draft.has_clause = catalog.has_clause
    window = ScenarioMapWindow(draft, saver or FileSaver(store), state.locale, catalog.competency_names(state.locale),
                               PhraseChecker.from_catalog(catalog), parent)
    return window



class LibrarySaver:
    """The map's saver over the content library (issue 17): a save is the scenario file's draft (conflicts with
    someone else's save are refused, as in every editor), publishing publishes the library's drafts — this one
    among them — after the whole validator has passed. Both run as service calls off the GUI thread."""

    def __init__(self, owner: QWidget, services, path: str, token: str | None, author: str) -> None:
        self.owner, self.services, self.path, self.token, self.author = owner, services, path, token, author

    def save(self, draft, done, failed) -> None:
        self._save(draft, lambda _row: done(), failed)

    def publish(self, draft, done, failed) -> None:
        from trainer.ui.ops import CallOp

        author, comment = self.author, f"scenario map: {draft.id}"

        def publish_now(_row) -> None:
            CallOp(self.owner, lambda s: s.library.publish(author, comment), self.services) \
                .success(lambda _outcome: done()).failure(failed).run()

        self._save(draft, publish_now, failed)

    def _save(self, draft, then, failed) -> None:
        from trainer.ui.ops import CallOp

        text, path, token, author = draft.to_yaml(), self.path, self.token, self.author

        def saved(row) -> None:
            self.token = row.token
            then(row)

        CallOp(self.owner, lambda s: s.library.save_draft(path, text, author, token=token), self.services) \
            .success(saved).failure(failed).run()
