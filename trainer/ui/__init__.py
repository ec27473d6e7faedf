"""Everything PySide6. Talks to trainer.services only; never to the database or SQLAlchemy."""
