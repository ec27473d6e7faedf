"""The content editors of the manager's Content tab: each keeps a Qt-free draft (trainer.content.article_draft,
or the item's text) and shows problems from the same validator, run off the GUI thread."""
