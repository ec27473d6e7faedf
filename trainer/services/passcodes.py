"""Salted scrypt hashes for the manager passcode and trainee PINs (never stored in plain)."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import unicodedata

# n=2**15 takes ~60 ms here: slow enough to make guessing expensive, quick enough for a login.
N, R, P = 2**15, 8, 1
_MAXMEM = 64 * 1024 * 1024
DKLEN = 32


def pin_digits(pin: str) -> str | None:
    """A trainee's PIN as the ASCII digits it stands for, or None when it is not 4 to 8 digits. What Unicode's
    compatibility normalisation (NFKC) turns into ASCII digits counts as those digits: full-width １２３４, as a
    Chinese input method types them, is 1234 (so are ①②③④ and ¹²³⁴). Other scripts' digits (٢٤٦٨, १२३४) are
    refused: a trainee may not find them again on the keyboard at the next sign-in."""
    pin = unicodedata.normalize("NFKC", pin)
    if pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8:
        return pin
    return None


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_secret(secret: str, *, n: int = N) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(secret.encode("utf-8"), salt=salt, n=n, r=R, p=P, maxmem=_MAXMEM, dklen=DKLEN)
    return f"scrypt${n}${R}${P}${_b64(salt)}${_b64(digest)}"


def verify_secret(secret: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest, validate=True)
        if len(expected) != DKLEN:
            return False  # a damaged or truncated hash never verifies
        actual = hashlib.scrypt(
            secret.encode("utf-8"), salt=base64.b64decode(salt, validate=True), n=int(n), r=int(r), p=int(p),
            maxmem=_MAXMEM, dklen=DKLEN,
        )
    except (ValueError, TypeError, binascii.Error):
        return False
    return hmac.compare_digest(actual, expected)


MIN_PASSCODE = 6


def passcode_problem(passcode: str) -> str | None:
    """Why a new manager passcode is not acceptable, or None."""
    if len(passcode) < MIN_PASSCODE:
        return "the passcode needs at least 6 characters"
    if len(set(passcode)) < 3:
        return "the passcode needs at least 3 different characters"
    return None
