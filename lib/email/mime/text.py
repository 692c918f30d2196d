"""MIMEText: text/* parts."""

__all__ = ["MIMEText"]

from email.mime.nonmultipart import MIMENonMultipart


class MIMEText(MIMENonMultipart):
    """A text/_subtype part; the charset defaults to us-ascii when the
    text allows it, else utf-8."""

    def __init__(self, _text, _subtype="plain", _charset=None, *, policy=None):
        if _charset is None:
            try:
                _text.encode("us-ascii")
            except UnicodeEncodeError:
                _charset = "utf-8"
            else:
                _charset = "us-ascii"
        MIMENonMultipart.__init__(self, "text", _subtype, policy=policy,
                                  charset=str(_charset))
        self.set_payload(_text, _charset)
