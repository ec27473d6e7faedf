"""The only layer that opens database sessions. Returns frozen dataclasses, never ORM objects."""
