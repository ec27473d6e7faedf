"""Speech on a real espeak-ng engine: Mandarin and English audio is produced; without a voice, it says why."""

from __future__ import annotations

import array
import math
import wave

import pytest

from trainer.tts import NullSpeaker, Pyttsx3Speaker, make_speaker


def rms(path) -> tuple[float, float]:
    with wave.open(str(path), "rb") as wav:
        frames = wav.readframes(wav.getnframes())
        seconds = wav.getnframes() / wav.getframerate()
        assert wav.getsampwidth() == 2
    samples = array.array("h", frames)
    return math.sqrt(sum(s * s for s in samples) / max(1, len(samples))), seconds


@pytest.fixture(scope="module")
def speaker():
    s = Pyttsx3Speaker()
    yield s
    s.close()


def test_a_mandarin_voice_reads_chinese_to_audio(speaker, tmp_path):
    status = speaker.status("zh")
    assert status.available, status.reason
    assert "cmn" in status.voice  # espeak-ng's real Mandarin, not the English fallback of `zh`
    path = speaker.synthesize("首问负责制：第一受理者就是公司的代言人。", "zh", tmp_path / "zh.wav").result(timeout=30)
    loudness, seconds = rms(path)
    assert seconds > 1.0 and loudness > 300


def test_english_is_read_too(speaker, tmp_path):
    path = speaker.synthesize("Answer the phone by the second ring.", "en", tmp_path / "en.wav").result(timeout=30)
    loudness, seconds = rms(path)
    assert seconds > 0.8 and loudness > 300


def test_longer_text_gives_longer_audio(speaker, tmp_path):
    short = speaker.synthesize("您好。", "zh", tmp_path / "a.wav").result(timeout=30)
    long = speaker.synthesize("您好，我是服务工程师，今天上门为您检修电脑，请问现在方便吗？", "zh",
                              tmp_path / "b.wav").result(timeout=30)
    assert rms(long)[1] > rms(short)[1] * 2


def test_without_a_voice_for_the_language_it_says_why(tmp_path):
    # pyttsx3's own "dummy" driver: an engine with no real voices
    speaker = Pyttsx3Speaker(driver="dummy")
    try:
        status = speaker.status("zh")
        assert not status.available and status.reason
        with pytest.raises(RuntimeError):
            speaker.synthesize("你好", "zh", tmp_path / "x.wav").result(timeout=10)
    finally:
        speaker.close()


def test_speech_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("TRAINER_TTS", "off")
    speaker = make_speaker()
    assert isinstance(speaker, NullSpeaker)
    assert speaker.status("zh").reason == "speech is switched off (TRAINER_TTS=off)"
