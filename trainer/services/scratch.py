"""A scratch PostgreSQL database for measurements that write (the benchmark's publish): made on the server of a
given URL and dropped afterwards, so the database the URL names is never changed."""

from __future__ import annotations

from contextlib import contextmanager


@contextmanager
def scratch_database(server_url: str):
    """A new empty database on the server of `server_url`, dropped afterwards."""
    import uuid

    import sqlalchemy as sa

    name = f"trainer_bench_library_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    try:
        yield sa.engine.make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()
