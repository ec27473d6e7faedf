"""The manager's roster and audit tab: import a roster CSV, back up and restore, read the audit log."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QListWidget, QMessageBox, QPushButton, QVBoxLayout, QWidget

from trainer.ui.core_strings import message, translated
from trainer.ui.ops import CallOp
from trainer.ui.pages.base import wrapped

SHOWN_PROBLEMS = 12  # rows of a refused roster listed; the count of the rest follows


class RosterTab(QWidget):
    def __init__(self, area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area  # the manager area: its one session; `records_changed` after an import
        self.state = area.state
        self.dialog = None
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self._on_import_clicked)
        self.import_result = wrapped()
        self._result = None  # the last import's outcome in words, as a function of the language
        self.audit = QListWidget()
        self.audit_label = QLabel()
        self.audit_label.setObjectName("CardTitle")
        self.audit_label.setBuddy(self.audit)
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton()
        self.restore_button.clicked.connect(self._on_restore_clicked)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.import_result, 1)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.audit_label)
        layout.addWidget(self.audit, 1)
        area.unlocked_changed.connect(self.reload_audit)
        area.records_changed.connect(self.reload_audit)

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("&Import roster CSV…"))
        self.backup_button.setText(self.tr("&Back up now"))
        self.restore_button.setText(self.tr("Re&store…"))
        sqlite = self.state.services is not None and self.state.services.sqlite_path is not None
        for button in (self.backup_button, self.restore_button):
            button.setEnabled(sqlite)
            button.setToolTip("" if sqlite else self.tr("A shared PostgreSQL server is backed up with pg_dump."))
        self.audit_label.setText(self.tr("Audit log"))
        self.audit.setAccessibleName(self.audit_label.text())
        if self._result is not None:  # the last import's words, in the new language
            self.import_result.setText(self._result())
        if self.area.session is not None and self.audit.count():
            self.reload_audit()

    def reload_audit(self, *_: object) -> None:
        session = self.area.session
        if session is None:
            self.audit.clear()
            return
        CallOp(self, lambda s: s.manager.audit_log(session)).success(self._on_audit_read).run()

    def _on_audit_read(self, entries) -> None:
        self.audit.clear()
        for entry in entries:
            when = entry.at.astimezone().strftime("%Y-%m-%d %H:%M")
            actor = entry.actor if entry.actor != "?" else self.tr("(someone)")
            self.audit.addItem(f"{when}  {actor}  {self.describe(entry.action, entry.detail or {})}")

    def describe(self, action: str, d: dict) -> str:
        """An audit entry in words, in the interface language."""
        name = d.get("name") or (d.get("after") or {}).get("name") or ""
        if action == "wrong-passcode":
            return self.tr("a wrong manager passcode was entered")
        if action == "change-passcode":
            return self.tr("changed the manager passcode")
        if action == "edit-trainee":
            before, after = d.get("before") or {}, d.get("after") or {}
            labels = {"name": self.tr("name"), "team": self.tr("team"), "intake": self.tr("intake"),
                      "active": self.tr("active")}

            def shown(value) -> str:
                return (self.tr("yes") if value else self.tr("no")) if isinstance(value, bool) else str(value or "—")

            changes = [self.tr("{0}: {1} → {2}").format(labels.get(key, key), shown(before.get(key)), shown(value))
                       for key, value in after.items() if before.get(key) != value]
            joined = ("；" if self.state.locale != "en" else "; ").join(changes)
            return self.tr("edited {0}: {1}").format(name, joined or self.tr("no change"))
        if action == "reset-trainee":
            return self.tr("cleared the records of {0}").format(name)
        if action == "delete-trainee":
            return self.tr("deleted {0} and their records").format(name)
        if action == "import-roster":
            return self.tr("imported the roster {0}: {1} added, {2} updated").format(
                d.get("file", ""), d.get("added", 0), d.get("updated", 0))
        if action == "backup":
            return self.tr("backed up to {0}").format(d.get("file", ""))
        if action == "restore":
            return self.tr("restored the records from {0}; those before are in {1}").format(
                d.get("from", ""), d.get("kept", ""))
        return f"{action} {json.dumps(d, ensure_ascii=False)}"

    @Slot()
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import roster"), "", self.tr("CSV files (*.csv)"))
        if path:
            self.import_roster(Path(path))

    def import_roster(self, path: Path) -> None:
        """Reads and imports in a worker thread: each PIN's hash takes a deliberate ~60 ms, and a roster of
        hundreds would freeze the window for minutes."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            self._show_result(lambda exc=exc: self.tr("{0} cannot be read: {1}").format(path.name,
                                                                                        exc.strerror or exc))
            return
        session = self.area.session
        self._show_result(lambda: self.tr("Importing {0}…").format(path.name))
        CallOp(self, lambda s: s.manager.import_roster(session, data, path.name)).success(self._on_imported) \
            .failure(self._on_import_failed).busy(self.import_button).run()

    def _on_imported(self, counts) -> None:
        added, updated = counts
        self._show_result(lambda: self.tr("Trainees added: {0}; updated: {1}.").format(added, updated))
        self.area.records_changed.emit()

    def _on_import_failed(self, exc: BaseException) -> None:
        details = getattr(exc, "details", None)

        def words() -> str:
            if not details:
                return message(exc)
            lines = [self.tr("line {0}: {1}").format(line, translated(template, fields))
                     for line, template, fields in details[:SHOWN_PROBLEMS]]
            if len(details) > SHOWN_PROBLEMS:
                lines.append(self.tr("… and {0} more rows with problems").format(len(details) - SHOWN_PROBLEMS))
            return self.tr("Nothing was imported. Fix these rows and try again:") + "\n" + "\n".join(lines)

        self._show_result(words)

    def _show_result(self, words) -> None:
        """The import's outcome, kept as a function of the language so a language switch redraws it."""
        self._result = words
        self.import_result.setText(words())

    def backup_folder(self) -> Path:
        from trainer.services import backup

        return backup.folder_for(self.state.services.sqlite_path)

    @Slot()
    def backup_now(self) -> None:
        from trainer.errors import TrainerError
        from trainer.services import backup

        services = self.state.services
        try:
            made = backup.make_backup(services.sqlite_path, self.backup_folder(), "manual")
            services.manager.note(self.area.session, "backup", {"file": made.name})
        except TrainerError as exc:
            self._show_result(lambda exc=exc: message(exc))
            return
        self._show_result(lambda: self.tr("Backed up to {0}").format(str(made)))
        self.reload_audit()

    @Slot()
    def _on_restore_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore a backup"), str(self.backup_folder()),
                                              self.tr("trainer backups (*.sqlite3)"))
        if path:
            self.confirm_restore(Path(path))

    def confirm_restore(self, path: Path) -> None:
        from trainer.errors import TrainerError
        from trainer.services import backup

        try:
            backup.validate(path)
        except TrainerError as exc:
            self._show_result(lambda exc=exc: message(exc))
            return
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Please confirm"), self.tr(
            "Replace every record with those in {0}? The records as they are now are kept as a backup. "
            "trainer closes afterwards; start it again.").format(path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.accepted.connect(lambda: self.restore(path))
        self.dialog = box
        box.open()

    def restore(self, path: Path) -> None:
        from trainer.errors import TrainerError
        from trainer.services import backup
        from trainer.services.context import open_services

        services = self.state.services
        db_path, url, name = services.sqlite_path, services.url, self.area.session.name
        content = services.content.repository  # the reopened services grade against the same content
        services.close()
        try:
            kept = backup.restore(path, db_path, self.backup_folder(), actor=name)
        except (TrainerError, OSError) as exc:  # the database itself is as it was
            self.state.services = open_services(url, content)
            # the database was opened afresh: the manager's session went with the old connection
            self.area.session = None
            self.area.lock()
            self._show_result(lambda exc=exc: message(exc))
            return
        self.state.services = open_services(url, content)
        self.area.session = None
        self.restored = (path, kept)
        self._show_result(lambda: self.tr("Restored from {0}; the records before are in {1}. trainer closes now."
                                           ).format(path.name, kept.name))
        self.window().close()
