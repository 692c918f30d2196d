"""MIMEMultipart: multipart/* containers."""

__all__ = ["MIMEMultipart"]

from email.mime.base import MIMEBase


class MIMEMultipart(MIMEBase):
    """A multipart/_subtype message, starting with the _subparts given and
    an optional fixed boundary."""

    def __init__(self, _subtype="mixed", boundary=None, _subparts=None,
                 *, policy=None, **_params):
        MIMEBase.__init__(self, "multipart", _subtype, policy=policy, **_params)
        self._payload = []
        for sub in _subparts or ():
            self.attach(sub)
        if boundary:
            self.set_boundary(boundary)
