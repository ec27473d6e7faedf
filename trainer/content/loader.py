"""Load a content directory into a Catalog, collecting every problem instead of stopping at the first."""

from __future__ import annotations

from dataclasses import dataclass, field
from hashlib import blake2b
from pathlib import Path, PurePosixPath
from typing import Protocol

from trainer.content.articles import ParsedArticle
from trainer.content.files import FileProblem, read_bytes
from trainer.content.overlay import LIBRARY, Entry as _Entry, overlaid  # noqa: F401 - LIBRARY: for the services
from trainer.content.hints import did_you_mean as _did_you_mean, numbering_diff as _numbering_diff
from trainer.content.problems import capped
from trainer.content.model import Article, Catalog, Competency, I18n, Phrase
from trainer.content.scenario_check import check_needs
from trainer.content.sources import build_registry, citation_problem
from trainer.content.units import Relocate, Unit, parse_unit
from trainer.errors import ContentProblem
from trainer.gcpause import collector_paused


@dataclass
class LoadResult:
    catalog: Catalog
    problems: list[ContentProblem] = field(default_factory=list)
    items: list[dict] = field(default_factory=list)  # {"kind", "id", "path", "stats"} for `validate --json`
    # allowed but unfinished (severity "warning"): never keep an item out, never fail `validate`
    warnings: list[ContentProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class UnitStore(Protocol):
    """Where the loader finds the units of files it has seen before (trainer.content.cache)."""

    def get(self, key: str) -> Unit | None: ...


def unit_key(rel: str, raw: bytes) -> str:
    """A file's identity for the per-file cache: its path (problems name it) and its bytes."""
    digest = blake2b(rel.encode("utf-8", "surrogateescape"), digest_size=20)
    digest.update(b"\0")
    digest.update(raw)
    return digest.hexdigest()


class _Loader:
    def __init__(self, root: Path, store: UnitStore | None = None,
                 overlay: dict[str, bytes | None] | None = None) -> None:
        self.root = root.resolve()
        self.base = self.root.parent
        self.store = store
        # content-relative path ("articles/x.zh.md") -> the library's text, or None: the reference item hidden
        self.overlay = overlay or {}
        self.fresh: dict[str, Unit] = {}  # key -> unit parsed in this load (not from the store)
        self.used: set[str] = set()  # keys of every unit this load used
        self.more_problems: dict[str, int] = {}  # path -> problems its unit found but did not keep
        self.result = LoadResult(Catalog())
        self.problems = self.result.problems
        # ids of articles with a file that could not be read: no cascade of follow-on problems for them
        self.broken_articles: set[str] = set()

    def rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.base).as_posix()
        except ValueError:
            return path.as_posix()

    def add(self, rel: str, line: int, message: str) -> None:
        self.problems.append(ContentProblem(rel, line, message))

    def warn(self, rel: str, line: int, message: str) -> None:
        self.result.warnings.append(ContentProblem(rel, line, message, "warning"))

    def unit(self, entry: _Entry, kind: str) -> Unit:
        """The file's unit: from the store when this path held these bytes before, else parsed now."""
        rel = entry.rel
        try:
            raw = entry.read() if entry.path is None else read_bytes(entry.path, rel)  # a library item: its bytes
        except FileProblem as exc:
            return Unit(kind, rel, [exc.problem], value=None)
        key = unit_key(rel, raw)
        self.used.add(key)
        unit = self.store.get(key) if self.store is not None else None
        if unit is None or unit.kind != kind or unit.rel != rel:
            unit = parse_unit(kind, rel, raw)
            self.fresh[key] = unit
        elif unit.located is None:
            unit.located = Relocate(raw)
        if unit.more_problems:
            self.more_problems[rel] = unit.more_problems
        return unit

    # -- files -----------------------------------------------------------------------------------

    def load(self) -> LoadResult:
        if not self.root.is_dir() and not self.overlay:
            self.add(self.rel(self.root), 1, "content directory not found")
            return self.result
        self.load_sources()
        self.load_competencies()
        self.load_articles()
        self.load_phrases()
        self.load_scenarios()
        self.load_quizzes()
        self.check_references()
        self.check_unfinished()
        self.result.warnings.extend(p for p in self.problems if p.is_warning)  # a file's own (one language only)
        self.problems[:] = [p for p in self.problems if not p.is_warning]
        self.problems[:] = capped(self.problems, more=self.more_problems)
        self.result.warnings[:] = capped(self.result.warnings)
        return self.result

    def load_sources(self) -> None:
        path = self.root / "sources.yaml"
        entries = [e for e in self._overlaid("", [path] if path.exists() else []) if e.name == "sources.yaml"]
        if not entries:
            self.warn(self.rel(path), 1, "missing: the list of source documents; citations of sources are not "
                                         "checked and lessons name their sources by the ids cited")
            return
        unit = self.unit(entries[0], "sources")
        self.problems.extend(unit.problems)
        if unit.value is not None:
            registry, found = build_registry(unit.value, unit.rel, unit.line_of)
            self.problems.extend(found)
            self.result.catalog.sources.update(registry)

    def check_source(self, ref: str, rel: str, line: int, where: str) -> None:
        registry = self.result.catalog.sources
        why = citation_problem(ref, registry) if registry else None  # no registry: reported once already
        if why:
            self.add(rel, line, f"{where}: {why}")

    def check_unfinished(self) -> None:
        """Warnings: a kind of content with nothing in it (its page would be empty), and a forbidden phrase
        without the wording to use instead."""
        catalog = self.result.catalog
        for folder, have, what in (("articles", catalog.articles, "no lessons: the Lessons page will be empty"),
                                   ("scenarios", catalog.scenarios,
                                    "no role-play scenarios: the Role-play page will be empty"),
                                   ("quizzes", catalog.questions,
                                    "no hand-written questions: quizzes have only the questions made from the "
                                    "phrase bank, and lesson checks have none")):
            if not have:
                self.warn(self.rel(self.root / folder), 1, what)
        if not any(p.kind == "forbidden" for p in catalog.phrases.values()):
            self.warn(self.rel(self.root / "phrases"), 1, "no forbidden phrases: the phrase checker finds nothing")
        for phrase in catalog.phrases.values():
            if phrase.kind == "forbidden" and phrase.alternative is None:
                self.warn(phrase.path, phrase.line, f"forbidden phrase '{phrase.id}' has no alternative yet")

    def load_competencies(self) -> None:
        path = self.root / "competencies.yaml"
        entries = self._overlaid("", [path] if path.exists() else [])
        entries = [e for e in entries if e.name == "competencies.yaml"]
        if not entries:
            self.add(self.rel(path), 1, "missing: the list of competencies")
            return
        unit = self.unit(entries[0], "competencies")
        self.problems.extend(unit.problems)
        if unit.value is None:
            return
        for i, comp in enumerate(unit.value.competencies):
            if comp.id in self.result.catalog.competencies:
                self.add(unit.rel, unit.line_of(("competencies", i, "id")), f"duplicate competency id '{comp.id}'")
                continue
            self.result.catalog.competencies[comp.id] = Competency(comp.id, I18n(comp.name.zh, comp.name.en))

    def _files(self, sub: str, pattern: str, expected: str) -> list[_Entry]:
        folder = self.root / sub
        paths = sorted(p for p in folder.iterdir() if not p.name.startswith(".") and not p.is_dir()) \
            if folder.is_dir() else []
        files = []
        for entry in self._overlaid(sub, paths):
            if PurePosixPath(entry.name).match(pattern):
                files.append(entry)
            else:
                self.add(entry.rel, 1, f"unexpected file in {sub}/ (expected {expected})")
        return files

    def _overlaid(self, sub: str, paths: list[Path]) -> list[_Entry]:
        return overlaid(sub, [_Entry(p.name, self.rel(p), path=p) for p in paths], self.overlay)

    def load_articles(self) -> None:
        parsed: dict[str, dict[str, ParsedArticle]] = {}
        for entry in self._files("articles", "*.md", "<id>.zh.md or <id>.en.md"):
            unit = self.unit(entry, "article")
            self.problems.extend(unit.problems)
            if unit.value is None:
                self.broken_articles.add(entry.name.split(".")[0])
            else:
                parsed.setdefault(unit.value.meta.id, {})[unit.value.meta.lang] = unit.value
        for article_id, by_lang in sorted(parsed.items()):
            self.assemble_article(article_id, by_lang)

    def assemble_article(self, article_id: str, by_lang: dict[str, ParsedArticle]) -> None:
        zh, en = by_lang.get("zh"), by_lang.get("en")
        broken = article_id in self.broken_articles
        if zh is None:
            if not broken:
                self.add(en.text.path, 1, f"article '{article_id}' has no Chinese source file {article_id}.zh.md")
            return
        if en is None:
            if not broken:  # allowed: an English trainee reads the Chinese text, marked as not translated yet
                self.warn(zh.text.path, 1, f"not translated yet: article '{article_id}' has no English version "
                                           f"{article_id}.en.md")
        else:
            zh_numbers = [c.number for c in zh.text.clauses]
            en_numbers = [c.number for c in en.text.clauses]
            if zh_numbers != en_numbers:
                self.add(en.text.path, en.text.body_line, _numbering_diff(zh_numbers, en_numbers))
        meta = zh.meta
        for comp in meta.competencies:
            if self.result.catalog.competencies and comp not in self.result.catalog.competencies:
                self.add(zh.text.path, zh.key_lines["competencies"], f"competencies: unknown competency '{comp}'")
        for j, ref in enumerate(meta.sources):
            self.check_source(ref, zh.text.path, zh.key_lines["sources"], f"sources[{j}]")
        for parsed in by_lang.values():
            for clause in parsed.text.clauses:
                for note in clause.notes:
                    for ref in note.sources:
                        self.check_source(ref, parsed.text.path, note.line, f"note under {clause.number}")
        if en is not None:
            self.check_notes_agree(zh, en)
        texts = {lang: p.text for lang, p in by_lang.items()}
        article = Article(
            id=article_id, order=meta.order, competencies=tuple(meta.competencies),
            sources=tuple(meta.sources), texts=texts,
        )
        self.result.catalog.articles[article_id] = article
        self.result.items.append({
            "kind": "article", "id": article_id, "path": zh.text.path,
            "stats": {"clauses": len(zh.text.clauses), "languages": sorted(texts)},
        })

    def check_notes_agree(self, zh: ParsedArticle, en: ParsedArticle) -> None:
        """Each clause has the same notes in both languages: the same kinds, citing the same sources."""
        en_clauses = {c.number: c for c in en.text.clauses}
        for clause in zh.text.clauses:
            other = en_clauses.get(clause.number)
            if other is None:
                continue  # the numbering problem is reported already
            zh_notes = [(n.kind, frozenset(n.sources)) for n in clause.notes]
            en_notes = [(n.kind, frozenset(n.sources)) for n in other.notes]
            if zh_notes != en_notes:
                line = other.notes[0].line if other.notes else other.line
                self.add(en.text.path, line, f"the notes under {clause.number} differ from the Chinese file's "
                                             f"(kinds {[k for k, _ in zh_notes]} citing "
                                             f"{[sorted(s) for _, s in zh_notes]})")

    def load_phrases(self) -> None:
        seen: dict[str, str] = {}
        for entry in self._files("phrases", "*.yaml", "<name>.yaml"):
            unit = self.unit(entry, "phrases")
            self.problems.extend(unit.problems)
            if unit.value is None:
                continue
            rel = unit.rel
            kind, bank = unit.value
            count = 0
            for g, group in enumerate(bank.groups):
                for p, ph in enumerate(group.phrases):
                    line = unit.lines[g][p]
                    if ph.id in seen:
                        self.add(rel, line, f"duplicate phrase id '{ph.id}' (first at {seen[ph.id]})")
                        continue
                    seen[ph.id] = f"{rel}:{line}"
                    for j, ref in enumerate(ph.sources):
                        if citation_problem(ref, self.result.catalog.sources) and self.result.catalog.sources:
                            self.check_source(ref, rel, unit.line_of(("groups", g, "phrases", p, "sources", j)),
                                              f"phrase '{ph.id}': sources[{j}]")
                    refs = ph.breaks if kind == "forbidden" else ph.clauses
                    self.result.catalog.phrases[ph.id] = Phrase(
                        id=ph.id, kind=kind, group=group.id, group_title=I18n(group.title.zh, group.title.en),
                        text=I18n(zh=ph.zh, en=ph.en), sources=tuple(ph.sources), clauses=tuple(refs),
                        alternative=_i18n(getattr(ph, "alternative", None)), path=rel, line=line,
                        variants={k: tuple(v) for k, v in getattr(ph, "variants", {}).items()},
                        exceptions={k: tuple(v) for k, v in getattr(ph, "exceptions", {}).items()},
                        at_start=getattr(ph, "at_start", False),
                        alternative_composed=getattr(getattr(ph, "alternative", None), "composed", False),
                    )
                    count += 1
            self.result.items.append({"kind": f"{kind}-phrases", "id": entry.name.removesuffix(".yaml"), "path": rel,
                                      "stats": {"groups": len(bank.groups), "phrases": count}})

    def load_scenarios(self) -> None:
        # checked after the articles and competencies, whose ids scenarios refer to
        catalog = self.result.catalog
        seen: dict[str, tuple[Unit, str]] = {}
        for entry in self._files("scenarios", "*.yaml", "<id>.yaml"):
            unit = self.unit(entry, "scenario")
            self.problems.extend(unit.problems)
            self.result.warnings.extend(unit.warnings)
            scenario = unit.value
            if scenario is None:
                continue
            rel = unit.rel
            found = check_needs(unit.needs, unit, rel, catalog.competencies, self.has_clause)
            self.problems.extend(found)
            if scenario.id in seen:
                first, first_rel = seen[scenario.id]
                where = f"{first_rel}:{first.line_of(('id',))}"
                self.add(rel, unit.line_of(("id",)), f"duplicate scenario id '{scenario.id}' (first at {where})")
                continue
            seen[scenario.id] = (unit, rel)
            if unit.stats is None:
                continue  # too many paths to walk: reported with the file
            self.result.items.append({"kind": "scenario", "id": scenario.id, "path": rel, "stats": unit.stats})
            if unit.usable and not found:
                catalog.scenarios[scenario.id] = scenario

    def load_quizzes(self) -> None:
        catalog = self.result.catalog
        seen: dict[str, tuple[Unit, tuple]] = {}
        for entry in self._files("quizzes", "*.yaml", "<name>.yaml"):
            unit = self.unit(entry, "quiz")
            self.problems.extend(unit.problems)
            quiz = unit.value
            if quiz is None:
                continue
            rel = unit.rel
            valid = 0
            for i, q in enumerate(quiz.questions):
                loc = ("questions", i)
                problems_before = len(self.problems)
                if q.id in seen:
                    first, first_loc = seen[q.id]
                    where = f"{first.rel}:{first.line_of(first_loc + ('id',))}"
                    self.add(rel, unit.line_of(loc + ("id",)), f"duplicate question id '{q.id}' (first at {where})")
                    continue
                seen[q.id] = (unit, loc)
                if i in unit.answers:
                    self.problems.append(unit.answers[i])
                for j, ref in enumerate(q.clauses):
                    if not self.has_clause(ref):
                        self.add(rel, unit.line_of(loc + ("clauses", j)),
                                 f"questions[{i}].clauses[{j}]: unknown clause '{ref}'")
                if not q.clauses:  # imported from another LMS: allowed while the reviewer adds its clauses
                    self.warn(rel, unit.line_of(loc + ("id",)), f"questions[{i}]: '{q.id}' cites no clause yet")
                if len(self.problems) == problems_before:
                    catalog.questions[q.id] = q
                    valid += 1
            self.result.items.append({"kind": "questions", "id": entry.name.removesuffix(".yaml"), "path": rel,
                                      "stats": {"questions": len(quiz.questions), "valid": valid}})

    def has_clause(self, ref: str) -> bool:
        # a reference into an article that is itself broken counts as known: its problem is reported already
        return self.result.catalog.has_clause(ref) or ref.partition(":")[0] in self.broken_articles

    # -- cross references -------------------------------------------------------------------------

    def check_references(self) -> None:
        catalog = self.result.catalog
        for phrase in catalog.phrases.values():
            for ref in phrase.clauses:
                self.check_clause_ref(ref, phrase.path, phrase.line, f"phrase '{phrase.id}'")

    def check_clause_ref(self, ref: str, rel: str, line: int, where: str) -> None:
        catalog = self.result.catalog
        if catalog.has_clause(ref):
            return
        article_id, _, number = ref.partition(":")
        if article_id in self.broken_articles:
            return  # the article's own problem is reported already
        if article_id not in catalog.articles:
            hint = _did_you_mean(article_id, catalog.articles)
            self.add(rel, line, f"{where}: unknown article '{article_id}' in '{ref}'{hint}")
        else:
            self.add(rel, line, f"{where}: article '{article_id}' has no clause {number}")


def _i18n(text) -> I18n | None:
    return None if text is None else I18n(text.zh, text.en)


def load_units(root: Path | str, store: UnitStore | None = None,
               overlay: dict[str, bytes | None] | None = None) -> tuple[LoadResult, dict[str, Unit], set[str]]:
    """load_catalog with the units of files seen before taken from `store`; also the units parsed afresh and the
    keys of all units used (for the cache to keep). `overlay`: the library's items over the files (see
    load_overlaid)."""
    loader = _Loader(Path(root), store, overlay)
    with collector_paused():
        result = loader.load()
    return result, loader.fresh, loader.used


def load_catalog(root: Path | str) -> LoadResult:
    """Everything valid under `root`, and every problem found. Never raises for bad content."""
    return load_units(root)[0]


def load_overlaid(root: Path | str, overlay: dict[str, bytes | None], store: UnitStore | None = None) -> LoadResult:
    """The reference content under `root` with an organisation's items laid over it: `overlay` maps a path inside
    the content folder ("articles/phone-conduct.zh.md") to the item's text (replacing or adding a file) or to
    None (hiding the reference file). The same loader and checks as for files; an item's problems are named
    `library:<path>:line`."""
    return load_units(root, store, overlay)[0]
