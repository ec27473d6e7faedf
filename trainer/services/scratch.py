"""A scratch database on a PostgreSQL server, for measurements that must not touch anyone's records (the bench).

    with scratch_database(server_url) as url:   # a fresh, empty database; dropped afterwards
        host, port = host_port(url)
        proxied = with_host_port(url, "127.0.0.1", proxy.port)
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import sqlalchemy as sa


@contextmanager
def scratch_database(server_url: str, prefix: str = "trainer_bench") -> Iterator[str]:
    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        try:
            yield sa.engine.make_url(server_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        admin.dispose()


def host_port(url: str) -> tuple[str, int]:
    parsed = sa.engine.make_url(url)
    return parsed.host or "127.0.0.1", parsed.port or 5432


def with_host_port(url: str, host: str, port: int) -> str:
    return sa.engine.make_url(url).set(host=host, port=port).render_as_string(hide_password=False)
