"""Wheel build hook: the shipped content and resources go inside the package (not into an editable install,
which reads the checkout's folders, so nothing goes stale)."""

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SHIPPED = {"content": "trainer/_shipped/content", "resources": "trainer/_shipped/resources"}


class ShippedFilesHook(BuildHookInterface):
    def initialize(self, version: str, build_data: dict) -> None:
        if version != "editable":
            build_data["force_include"].update(SHIPPED)
