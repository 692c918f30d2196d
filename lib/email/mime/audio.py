"""MIMEAudio: audio/* parts, the subtype guessed from the data."""

__all__ = ["MIMEAudio"]

from email.mime.nonmultipart import MIMENonMultipart
from email import encoders


def _what(data):
    if data.startswith(b"FORM") and data[8:12] in (b"AIFC", b"AIFF"):
        return "x-aiff"
    if data.startswith(b".snd"):
        return "basic"
    if data.startswith(b"RIFF") and data[8:12] == b"WAVE" and \
            data[12:16] == b"fmt ":
        return "x-wav"
    return None


class MIMEAudio(MIMENonMultipart):
    """An audio/_subtype part (the subtype guessed from the data when not
    given), encoded by _encoder (base64 by default)."""

    def __init__(self, _audiodata, _subtype=None,
                 _encoder=encoders.encode_base64, *, policy=None, **_params):
        _subtype = _what(_audiodata) if _subtype is None else _subtype
        if _subtype is None:
            raise TypeError("Could not find audio MIME subtype")
        MIMENonMultipart.__init__(self, "audio", _subtype, policy=policy,
                                  **_params)
        self.set_payload(_audiodata)
        _encoder(self)
