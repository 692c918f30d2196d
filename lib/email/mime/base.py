"""MIMEBase: the root of the MIME message classes."""

__all__ = ["MIMEBase"]

from email import message
from email._policybase import compat32


class MIMEBase(message.Message):
    """A message with Content-Type maintype/subtype (plus parameters from
    the keyword arguments) and MIME-Version: 1.0."""

    def __init__(self, _maintype, _subtype, *, policy=None, **_params):
        message.Message.__init__(self, policy=compat32 if policy is None else policy)
        self.add_header("Content-Type", "%s/%s" % (_maintype, _subtype), **_params)
        self["MIME-Version"] = "1.0"
