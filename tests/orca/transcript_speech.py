"""An Orca speech server that writes what Orca would say to a transcript file instead of a
sound card (Orca's speech-dispatcher route hangs on a machine without a sound device).

Orca imports this module by name (`general.speechServerFactory` in the harness's
`user-settings.conf`, with this folder on `PYTHONPATH`). Each line of the transcript is one of
  say: <text>     an utterance, exactly as Orca hands it to a synthesiser
  key: <key>      a key echo
  stop            Orca cut off speech in progress (what a real synthesiser would stop saying)
The file is named by the environment variable ORCA_TRANSCRIPT, opened in append mode and
flushed after every line, so a test can read it while Orca runs.
"""

import os
import threading

from orca import speechserver


class SpeechServer(speechserver.SpeechServer):
    """One instance per Orca process; every utterance becomes a line of the transcript."""

    _active = None

    @staticmethod
    def getFactoryName():
        return "Transcript"

    @staticmethod
    def getSpeechServers():
        return [SpeechServer._instance()]

    @staticmethod
    def getSpeechServer(info=None):
        return SpeechServer._instance()

    @staticmethod
    def shutdownActiveServers():
        if SpeechServer._active is not None:
            SpeechServer._active.shutdown()
            SpeechServer._active = None

    @staticmethod
    def _instance():
        if SpeechServer._active is None:
            SpeechServer._active = SpeechServer()
        return SpeechServer._active

    def __init__(self):
        super().__init__()
        self._lock = threading.Lock()
        self._file = open(os.environ["ORCA_TRANSCRIPT"], "a", encoding="utf-8")

    def _write(self, kind, text=""):
        line = f"{kind}: {text}" if text else kind
        # One line per record: an utterance never spans lines in the transcript.
        line = " ".join(line.split())
        with self._lock:
            if not self._file.closed:
                self._file.write(line + "\n")
                self._file.flush()

    def getInfo(self):
        return ["Transcript", "transcript"]

    def getVoiceFamilies(self):
        return []

    def speak(self, text=None, acss=None, interrupt=True):
        if text:
            self._write("say", text)

    def speakCharacter(self, character, acss=None):
        self._write("say", character)

    def speakKeyEvent(self, event, acss=None):
        name = event.getKeyName() if hasattr(event, "getKeyName") else str(event)
        self._write("key", name)

    def sayAll(self, utteranceIterator, progressCallback):
        for context, _acss in utteranceIterator:
            self._write("say", context.utterance)
            progressCallback(context, speechserver.SayAllContext.COMPLETED)

    def stop(self):
        self._write("stop")

    def shutdown(self):
        with self._lock:
            self._file.close()

    def reset(self, text=None, acss=None):
        pass

    # Rate, pitch, capitalisation and punctuation have no meaning for a transcript.
    def increaseSpeechRate(self, step=5):
        pass

    def decreaseSpeechRate(self, step=5):
        pass

    def increaseSpeechPitch(self, step=0.5):
        pass

    def decreaseSpeechPitch(self, step=0.5):
        pass

    def updateCapitalizationStyle(self):
        pass

    def updatePunctuationLevel(self):
        pass
