"""Opening the database for the app: connect, check, migrate, and hand out the services."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer import paths
from trainer.db import engine as db_engine
from trainer.db import migrate
from trainer.services.content import ContentRepository, ServedContent
from trainer.services.lessons import LessonService
from trainer.services.library import LibraryService
from trainer.services.live import LiveService
from trainer.services.manager import ManagerGate, ManagerService
from trainer.services.reports import ReportService
from trainer.services.profiles import ProfileService
from trainer.services.progress import ProgressService
from trainer.services.quizzes import QuizService
from trainer.services.review import ReviewService
from trainer.services.roleplay import RolePlayService


@dataclass
class Services:
    """Everything the UI may call. Holds the engine; hands out no ORM objects."""

    url: str
    _engine: object
    profiles: ProfileService
    lessons: LessonService
    roleplay: RolePlayService
    quizzes: QuizService
    review: ReviewService
    manager: ManagerService
    reports: ReportService
    progress: ProgressService
    live: LiveService
    content: ServedContent  # the repository the services read (ContentRepository); see `use_content`
    library: LibraryService  # the organisation's content: drafts, publish, revisions (trainer.services.library)

    def database_info(self) -> dict[str, str]:
        return {
            "database": db_engine.redact(self.url),
            "backend": self._engine.dialect.name,
            "schema": migrate.current_revision(self._engine) or "(empty)",
            "schema known to this version": migrate.head_revision(),
        }

    @property
    def backend(self) -> str:
        return self._engine.dialect.name

    @property
    def sqlite_path(self) -> Path | None:
        """The database file when it is SQLite (backups apply), else None."""
        database = self._engine.url.database
        if self._engine.dialect.name != "sqlite" or not database or database == ":memory:":
            return None
        return Path(database)

    def use_content(self, content: ContentRepository) -> None:
        """The content the services grade and record against from now on (the app sets it once loaded)."""
        self.content.serve(content)

    def close(self) -> None:
        self._engine.dispose()


def open_services(url: str, content: ContentRepository | None = None, content_dir: Path | None = None) -> Services:
    """Connect and bring the schema up to date. Raises StorageError/NewerDatabaseError with one clear line.
    `content`: what the services grade against (none yet: `use_content` later; the app loads it after this).
    `content_dir`: the reference content the library lays its items over (the shipped content by default)."""
    engine = db_engine.create(url)
    try:
        db_engine.check_connection(engine)
        migrate.check_not_newer(engine)  # before anything writes, WAL included
        db_engine.enable_wal(engine)
        migrate.upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    writer, reader = db_engine.sessions(engine), db_engine.reader(engine)
    served = ServedContent(content)
    gate = ManagerGate()
    return Services(url=url, _engine=engine, profiles=ProfileService(writer, reader),
                    lessons=LessonService(writer, reader, served), roleplay=RolePlayService(writer, reader, served),
                    quizzes=QuizService(writer, reader, served), review=ReviewService(writer, reader),
                    manager=ManagerService(writer, reader, gate), reports=ReportService(reader, gate),
                    progress=ProgressService(reader), live=LiveService(writer, reader, served), content=served,
                    library=LibraryService(writer, reader, content_dir or paths.content_dir()))
