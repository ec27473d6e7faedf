"""Keeping the laptop awake while phones are in the room: the platform's own inhibit call.

Windows: SetThreadExecutionState; macOS: an IOPM assertion; Linux: a logind inhibitor over D-Bus (held by
`systemd-inhibit` for as long as the session runs). `KeepAwake.problem` says why none could be taken, so the
console can tell the presenter to keep the laptop awake by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time

REASON = "Trainees are answering on their phones"


class KeepAwake:
    def __init__(self) -> None:
        self.problem: str | None = None
        self.how: str = ""
        self._release = None

    @property
    def held(self) -> bool:
        return self._release is not None

    def hold(self) -> bool:
        if self.held:
            return True
        try:
            if sys.platform == "win32":
                self._windows()
            elif sys.platform == "darwin":
                self._macos()
            else:
                self._linux()
        except Exception as exc:  # noqa: BLE001 - told to the presenter, the session goes on
            self.problem = str(exc) or type(exc).__name__
            return False
        self.problem = None
        return True

    def release(self) -> None:
        if self._release is not None:
            release, self._release = self._release, None
            try:
                release()
            except Exception:  # noqa: BLE001 - nothing to keep any more
                pass

    def _windows(self) -> None:
        import ctypes

        continuous, system, display = 0x80000000, 0x00000001, 0x00000002
        if not ctypes.windll.kernel32.SetThreadExecutionState(continuous | system | display):
            raise OSError("SetThreadExecutionState refused")
        self.how = "SetThreadExecutionState"
        self._release = lambda: ctypes.windll.kernel32.SetThreadExecutionState(continuous)

    def _macos(self) -> None:
        import ctypes
        import ctypes.util

        iokit = ctypes.cdll.LoadLibrary(ctypes.util.find_library("IOKit"))
        cf = ctypes.cdll.LoadLibrary(ctypes.util.find_library("CoreFoundation"))
        cf.CFStringCreateWithCString.restype = ctypes.c_void_p
        cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
        kind = cf.CFStringCreateWithCString(None, b"PreventUserIdleSystemSleep", 0x08000100)
        reason = cf.CFStringCreateWithCString(None, REASON.encode(), 0x08000100)
        assertion = ctypes.c_uint32(0)
        iokit.IOPMAssertionCreateWithName.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_void_p,
                                                      ctypes.POINTER(ctypes.c_uint32)]
        if iokit.IOPMAssertionCreateWithName(kind, 255, reason, ctypes.byref(assertion)) != 0:
            raise OSError("IOPMAssertionCreateWithName refused")
        self.how = "IOPMAssertion"
        self._release = lambda: iokit.IOPMAssertionRelease(assertion)

    def _linux(self) -> None:
        tool = shutil.which("systemd-inhibit")
        if tool is None:
            raise OSError("systemd-inhibit (logind's D-Bus inhibit interface) is not installed")
        holder = subprocess.Popen([tool, "--what=idle:sleep", "--who=trainer", f"--why={REASON}", "--mode=block",
                                   "sleep", "infinity"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE)
        time.sleep(0.3)
        if holder.poll() is not None:
            error = holder.stderr.read().decode(errors="replace").strip().splitlines()
            raise OSError(error[-1] if error else "the D-Bus inhibit call was refused")
        self.how = "logind inhibit (D-Bus)"

        def release() -> None:
            holder.terminate()
            holder.wait(2)

        self._release = release
