"""The laptop's network addresses a phone could reach, and the likely one (the room's Wi-Fi or cable)."""

from __future__ import annotations

import ipaddress
import socket
import struct
import sys
from dataclasses import dataclass

_VIRTUAL = ("docker", "veth", "br-", "virbr", "vmnet", "vboxnet", "tun", "tap", "zt", "tailscale", "wg", "lo")


@dataclass(frozen=True)
class Interface:
    name: str
    address: str  # IPv4

    @property
    def label(self) -> str:
        return f"{self.name} · {self.address}"


def interfaces() -> list[Interface]:
    """The machine's IPv4 addresses, loopback last (a phone cannot reach it; useful to try the page here)."""
    found: list[Interface] = []
    if sys.platform.startswith("linux"):
        found = _linux()
    if not found:
        try:
            infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        except OSError:
            infos = []
        found = [Interface("host", info[4][0]) for info in infos]
    unique = list(dict.fromkeys(found))
    if not any(i.address == "127.0.0.1" for i in unique):
        unique.append(Interface("lo", "127.0.0.1"))
    return sorted(unique, key=lambda i: ipaddress.ip_address(i.address).is_loopback)


def _linux() -> list[Interface]:
    import fcntl

    found = []
    for _index, name in socket.if_nameindex():
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            try:
                packed = fcntl.ioctl(probe.fileno(), 0x8915, struct.pack("256s", name[:15].encode()))  # SIOCGIFADDR
            except OSError:
                continue  # no IPv4 address on this one
        found.append(Interface(name, socket.inet_ntoa(packed[20:24])))
    return found


def likely(choices: list[Interface]) -> Interface | None:
    """A private address on a real (not virtual) interface, Wi-Fi first; else any non-loopback; else the first."""
    def score(i: Interface) -> tuple[int, int, int]:
        ip = ipaddress.ip_address(i.address)
        virtual = i.name.lower().startswith(_VIRTUAL)
        wifi = i.name.lower().startswith(("wl", "wi-fi", "wlan", "en0"))
        return (ip.is_loopback, virtual or not ip.is_private, not wifi)
    return min(choices, key=score) if choices else None
