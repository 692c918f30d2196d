"""MIMEApplication: application/* parts."""

__all__ = ["MIMEApplication"]

from email.mime.nonmultipart import MIMENonMultipart
from email import encoders


class MIMEApplication(MIMENonMultipart):
    """An application/_subtype part holding _data, encoded by _encoder
    (base64 by default)."""

    def __init__(self, _data, _subtype="octet-stream",
                 _encoder=encoders.encode_base64, *, policy=None, **_params):
        if _subtype is None:
            raise TypeError("Invalid application MIME subtype")
        MIMENonMultipart.__init__(self, "application", _subtype,
                                  policy=policy, **_params)
        self.set_payload(_data)
        _encoder(self)
