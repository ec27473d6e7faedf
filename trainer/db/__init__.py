"""Storage: SQLAlchemy models, the engine factory and Alembic migrations. Only trainer.services uses it."""
