"""MIMEImage: image/* parts, the subtype guessed from the data."""

__all__ = ["MIMEImage"]

from email import encoders
from email.mime.nonmultipart import MIMENonMultipart


def _pnm(h, digits):
    return len(h) >= 3 and h[0] == 0x50 and h[1] in digits and h[2] in b" \t\n\r"


# (subtype, test) in the order they are tried
_SIGNATURES = [
    ("jpeg", lambda h: h[6:10] in (b"JFIF", b"Exif")
     or h[:4] == b"\xff\xd8\xff\xdb"),
    ("png", lambda h: h.startswith(b"\x89PNG\r\n\x1a\n")),
    ("gif", lambda h: h[:6] in (b"GIF87a", b"GIF89a")),
    ("tiff", lambda h: h[:2] in (b"MM", b"II")),
    ("rgb", lambda h: h.startswith(b"\x01\xda")),
    ("pbm", lambda h: _pnm(h, b"14")),
    ("pgm", lambda h: _pnm(h, b"25")),
    ("ppm", lambda h: _pnm(h, b"36")),
    ("rast", lambda h: h.startswith(b"\x59\xa6\x6a\x95")),
    ("xbm", lambda h: h.startswith(b"#define ")),
    ("bmp", lambda h: h.startswith(b"BM")),
    ("webp", lambda h: h.startswith(b"RIFF") and h[8:12] == b"WEBP"),
    ("exr", lambda h: h.startswith(b"\x76\x2f\x31\x01")),
]


def _what(data):
    for subtype, test in _SIGNATURES:
        if test(data):
            return subtype
    return None


class MIMEImage(MIMENonMultipart):
    """An image/_subtype part (the subtype guessed from the data when not
    given), encoded by _encoder (base64 by default)."""

    def __init__(self, _imagedata, _subtype=None,
                 _encoder=encoders.encode_base64, *, policy=None, **_params):
        if _subtype is None:
            _subtype = _what(_imagedata)
        if _subtype is None:
            raise TypeError("Could not guess image MIME subtype")
        MIMENonMultipart.__init__(self, "image", _subtype, policy=policy,
                                  **_params)
        self.set_payload(_imagedata)
        _encoder(self)
