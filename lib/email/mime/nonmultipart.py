"""MIMENonMultipart: MIME messages that cannot hold sub-parts."""

__all__ = ["MIMENonMultipart"]

from email.mime.base import MIMEBase
from email.errors import MultipartConversionError


class MIMENonMultipart(MIMEBase):
    """A MIMEBase whose attach() always fails."""

    def attach(self, payload):
        message = "Cannot attach additional subparts to non-multipart/*"
        raise MultipartConversionError(message)
