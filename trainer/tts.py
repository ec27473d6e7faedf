"""Speech: pyttsx3 synthesises each piece of text to a WAV file on one dedicated thread.

The engine (espeak-ng on Linux, SAPI5 on Windows, NSSpeech on macOS) is created and used only on that thread,
as pyttsx3 requires. Playing the files is the UI's job, so that "stop" is instant. Without an engine, or
without a voice for a language, `status(lang)` says why, and nothing is synthesised.
"""

from __future__ import annotations

import contextlib
import io
import os
import queue
import sys
import tempfile
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

# espeak-ng: `zh` falls back to English silently and `cmn` reads tone numbers in English;
# `cmn-latn-pinyin` speaks real Mandarin. SAPI5/NSSpeech voices carry a language code instead.
VOICE_PREFERENCES = {
    "zh": ("cmn-latn-pinyin", "zh-cn", "zh_cn", "zh-hans", "cmn", "chinese", "huihui", "yaoyao", "kangkang",
           "ting-ting", "tingting"),
    "en": ("en-us", "en_us", "en-gb", "en_gb", "english", "zira", "david", "samantha", "alex", "en"),
}


@dataclass(frozen=True)
class TtsStatus:
    available: bool
    reason: str = ""  # why not, in English; the UI translates the known reasons
    voice: str = ""


class Speaker(Protocol):
    def status(self, lang: str) -> TtsStatus: ...

    def synthesize(self, text: str, lang: str, path: Path) -> Future: ...

    def close(self) -> None: ...


class NullSpeaker:
    """Used when no speech engine can be started; every language is unavailable, with the reason."""

    def __init__(self, reason: str) -> None:
        self.reason = reason

    def status(self, lang: str) -> TtsStatus:
        return TtsStatus(False, self.reason)

    def synthesize(self, text: str, lang: str, path: Path) -> Future:
        future: Future = Future()
        future.set_exception(RuntimeError(self.reason))
        return future

    def close(self) -> None:
        pass


def _voice_for(voices, lang: str):
    def keys(v) -> list[str]:
        langs = [(x.decode("ascii", "ignore") if isinstance(x, bytes) else str(x)) for x in (v.languages or [])]
        return [k.lower() for k in [v.id or "", v.name or "", *langs]]

    for wanted in VOICE_PREFERENCES[lang]:
        for v in voices:
            for k in keys(v):
                tail = k.rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
                if tail == wanted or (len(wanted) > 3 and wanted in k):
                    return v
    return None


class Pyttsx3Speaker:
    """pyttsx3 on its own thread. `synthesize` returns a Future that resolves to the WAV path."""

    def __init__(self, driver: str | None = None) -> None:
        self._jobs: queue.Queue = queue.Queue()
        self._ready = threading.Event()
        self._error = ""
        self._voices: dict[str, object] = {}
        self._thread = threading.Thread(target=self._run, args=(driver,), name="trainer-tts", daemon=True)
        self._thread.start()
        self._ready.wait(timeout=15)
        if not self._ready.is_set():
            self._error = "the speech engine did not start"

    # -- public, any thread --------------------------------------------------------------------

    def status(self, lang: str) -> TtsStatus:
        if self._error:
            return TtsStatus(False, self._error)
        voice = self._voices.get(lang)
        if voice is None:
            return TtsStatus(False, f"no {'Chinese (Mandarin)' if lang == 'zh' else 'English'} voice is installed")
        return TtsStatus(True, voice=str(getattr(voice, "id", "")))

    def synthesize(self, text: str, lang: str, path: Path) -> Future:
        future: Future = Future()
        status = self.status(lang)
        if not status.available:
            future.set_exception(RuntimeError(status.reason))
        else:
            self._jobs.put((text, lang, Path(path), future))
        return future

    def close(self) -> None:
        self._jobs.put(None)

    # -- the engine's own thread ---------------------------------------------------------------

    def _run(self, driver: str | None) -> None:
        try:
            import pyttsx3

            engine = pyttsx3.init(driver) if driver else pyttsx3.init()
            voices = engine.getProperty("voices") or []
            for lang in VOICE_PREFERENCES:
                voice = _voice_for(voices, lang)
                if voice is not None:
                    self._voices[lang] = voice
        except Exception as exc:  # noqa: BLE001 - any failure means "no speech", said plainly
            self._error = _engine_problem(exc)
            self._ready.set()
            return
        self._ready.set()
        while True:
            job = self._jobs.get()
            if job is None:
                break
            text, lang, path, future = job
            if not future.set_running_or_notify_cancel():
                continue
            try:
                engine.setProperty("voice", self._voices[lang].id)
                path.parent.mkdir(parents=True, exist_ok=True)
                with contextlib.redirect_stdout(io.StringIO()):  # the espeak driver prints "Audio saved to"
                    engine.save_to_file(text, str(path))
                    engine.runAndWait()
                _wait_for_file(path)
                future.set_result(path)
            except Exception as exc:  # noqa: BLE001
                future.set_exception(exc)


def _wait_for_file(path: Path, timeout: float = 5.0) -> None:
    # the first save_to_file after init() can return before the file is written
    deadline = time.monotonic() + timeout
    last = -1
    while time.monotonic() < deadline:
        size = path.stat().st_size if path.exists() else -1
        if size > 44 and size == last:
            return
        last = size
        time.sleep(0.01)
    if not path.exists() or path.stat().st_size <= 44:
        raise RuntimeError("the speech engine produced no audio")


def _engine_problem(exc: Exception) -> str:
    text = str(exc)
    if sys.platform.startswith("linux") and ("espeak" in text.lower() or isinstance(exc, OSError)):
        return "espeak-ng is not installed (sudo apt-get install espeak-ng)"
    return f"no speech engine: {text or type(exc).__name__}"


def make_speaker() -> Speaker:
    if os.environ.get("TRAINER_TTS") == "off":
        return NullSpeaker("speech is switched off (TRAINER_TTS=off)")
    return Pyttsx3Speaker()


def temp_audio_dir(create: bool = True) -> Path:
    """Where this process keeps the speech it synthesised (removed when the window closes)."""
    path = Path(tempfile.gettempdir()) / f"trainer-speech-{os.getpid()}"
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def remove_temp_audio() -> None:
    import shutil

    shutil.rmtree(temp_audio_dir(create=False), ignore_errors=True)
