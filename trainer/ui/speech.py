"""Reading aloud: pyttsx3 makes one WAV per piece of text on its own thread; Qt plays them one after another.

Synthesis of the next piece overlaps playback of the current one, and "stop" is instant. Without an engine,
a voice or an audio output the read-aloud controls say why.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal, Slot

if TYPE_CHECKING:  # trainer.tts (threads, futures) loads with the speaker, after the first paint
    from trainer.tts import Speaker, TtsStatus


class _Relay(QObject):
    """Carries a finished synthesis from the speech thread to the GUI thread."""

    done = Signal(int, object)  # generation, path or exception


class SpeechPlayer(QObject):
    speaking_changed = Signal(bool)
    failed = Signal(str)
    speaker_changed = Signal()  # availability may have changed

    def __init__(self, speaker: Speaker | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self._relay = _Relay()
        self._relay.done.connect(self._on_synthesized)
        self._queue: list[str] = []  # texts still to synthesise
        self._pending: list[Path] = []  # synthesised, still to play
        self._synthesizing = False
        self._lang = "zh"
        self._generation = 0
        self._counter = itertools.count()
        self._effect = None
        self.speaking = False

    def set_speaker(self, speaker: Speaker) -> None:
        self.stop()
        self.speaker = speaker
        self.speaker_changed.emit()

    def status(self, lang: str) -> TtsStatus:
        if self.speaker is None:
            from trainer.tts import TtsStatus

            return TtsStatus(False, "the speech engine is starting")
        return self.speaker.status(lang)

    def speak(self, pieces: list[str], lang: str) -> None:
        self.stop()
        status = self.status(lang)
        if not status.available:
            self.failed.emit(status.reason)
            return
        self._queue = [p for p in pieces if p.strip()]
        self._lang = lang
        if not self._queue:
            return
        self._set_speaking(True)
        self._synthesize_next()

    @Slot()
    def stop(self) -> None:
        self._generation += 1  # results of earlier requests are dropped when they arrive
        self._queue = []
        self._pending = []
        self._synthesizing = False
        if self._effect is not None:
            self._effect.stop()
        self._set_speaking(False)

    # -- internals -------------------------------------------------------------------------------

    def _set_speaking(self, value: bool) -> None:
        if value != self.speaking:
            self.speaking = value
            self.speaking_changed.emit(value)

    def _synthesize_next(self) -> None:
        if not self._queue:
            return
        text = self._queue.pop(0)
        self._synthesizing = True
        generation = self._generation
        from trainer.tts import temp_audio_dir

        path = temp_audio_dir() / f"piece-{next(self._counter)}.wav"
        future = self.speaker.synthesize(text, self._lang, path)
        future.add_done_callback(lambda f: self._relay.done.emit(
            generation, f.exception() if f.exception() is not None else f.result()))

    @Slot(int, object)
    def _on_synthesized(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        self._synthesizing = False
        if isinstance(result, BaseException):
            self.stop()
            self.failed.emit(str(result))
            return
        self._pending.append(result)
        self._synthesize_next()  # overlap: make the next piece while this one plays
        if self._effect is None or not self._effect.isPlaying():
            self._play_next()

    def _play_next(self) -> None:
        if not self._pending:
            if not self._queue and not self._synthesizing:
                self._set_speaking(False)
            return
        path = self._pending.pop(0)
        effect = self._sound_effect()
        if effect is None:
            return
        effect.setSource(QUrl.fromLocalFile(str(path)))
        effect.play()

    def _sound_effect(self):
        if self._effect is None:
            os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if QMediaDevices.defaultAudioOutput().isNull():
                self.stop()
                self.failed.emit("no audio output device was found")
                return None
            self._effect = QSoundEffect(self)
            self._effect.playingChanged.connect(self._on_playing_changed)
        return self._effect

    @Slot()
    def _on_playing_changed(self) -> None:
        if self._effect is not None and not self._effect.isPlaying() and self.speaking:
            self._play_next()
