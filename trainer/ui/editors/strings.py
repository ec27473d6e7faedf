"""Messages the content library's Qt-free side raises, listed so pyside6-lupdate collects them for translation
(shown through trainer.ui.core_strings.message)."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

LIBRARY_MESSAGES = (
    QT_TRANSLATE_NOOP("core", "{path} was changed by {who} at {when} after you opened it: your text is kept; "
                              "compare it with theirs and save again"),
    QT_TRANSLATE_NOOP("core", "not published: {count} problems to fix first, the first: {first}"),
    QT_TRANSLATE_NOOP("core", "nothing to publish: no item has a draft"),
    QT_TRANSLATE_NOOP("core", "the text is too large to save ({size:,} bytes; the limit is {limit:,})"),
    QT_TRANSLATE_NOOP("core", "{path} has no revision {number}"),
    QT_TRANSLATE_NOOP("core", "not a content item path: {path!r} (write articles/<id>.zh.md, articles/<id>.en.md, "
                              "phrases/<name>.yaml, quizzes/<name>.yaml, scenarios/<id>.yaml, competencies.yaml or "
                              "sources.yaml)"),
    QT_TRANSLATE_NOOP("core", "{name} is not a content pack (not a zip file)"),
    QT_TRANSLATE_NOOP("core", "{name} holds {count:,} files; a content pack holds at most {limit:,}"),
    QT_TRANSLATE_NOOP("core", "{name} has a file outside the pack ({path}); refused"),
    QT_TRANSLATE_NOOP("core", "{name} unpacks to far more than it holds ({path}: {size:,} bytes); refused as a zip "
                              "bomb"),
    QT_TRANSLATE_NOOP("core", "{name} is not a content pack (no pack.json)"),
    QT_TRANSLATE_NOOP("core", "{name}: pack.json is not valid JSON"),
    QT_TRANSLATE_NOOP("core", "{name} is not a content pack (pack.json does not say trainer-content-pack)"),
    QT_TRANSLATE_NOOP("core", "{name} was written by a newer trainer ({version}); update trainer to import it"),
    QT_TRANSLATE_NOOP("core", "{name} holds a file that is not a content item: {path}"),
    QT_TRANSLATE_NOOP("core", "{name}: {path} is not UTF-8 text"),
    QT_TRANSLATE_NOOP("core", "the pack was not imported: {count} problems in the content it holds, the first: "
                              "{first}"),
    QT_TRANSLATE_NOOP("core", "cannot read {name}: {why}"),
    QT_TRANSLATE_NOOP("core", "cannot write {out}: {why}"),
    QT_TRANSLATE_NOOP("core", "the pack is damaged ({path} is longer than it says)"),
    QT_TRANSLATE_NOOP("core", "the pack is damaged ({path}: {why})"),
    QT_TRANSLATE_NOOP("core", "{name}: pack.json hides {path}, not a content item"),
    QT_TRANSLATE_NOOP("core", "{name}: pack.json's hidden list is not a list of paths"),
    QT_TRANSLATE_NOOP("core", "{name} is too large ({size:,} bytes; a pack is at most {limit:,})"),
)

# what a question's answer holds, by type (trainer.content.quiz_draft.ANSWER_RULES), for the questions editor
ANSWER_RULES = (
    QT_TRANSLATE_NOOP("QuestionsEditor", "the number of the right option, counted from 0 (0 is the first)"),
    QT_TRANSLATE_NOOP("QuestionsEditor", "the numbers of every right option, counted from 0, e.g. [0, 2]"),
    QT_TRANSLATE_NOOP("QuestionsEditor", "true or false"),
    QT_TRANSLATE_NOOP("QuestionsEditor", "the number, e.g. 24"),
    QT_TRANSLATE_NOOP("QuestionsEditor", "the options' numbers in the right order, e.g. [2, 0, 1] (options are shown "
                                         "shuffled)"),
    QT_TRANSLATE_NOOP("QuestionsEditor", "for each item, the number of its option, e.g. [1, 0, 2]"),
    QT_TRANSLATE_NOOP("QuestionsEditor", "none: a rewrite is graded by the expected words and the phrase checker"),
    QT_TRANSLATE_NOOP("QuestionsEditor", "none: a typed answer is right when it is one of the accepted answers"),
)
