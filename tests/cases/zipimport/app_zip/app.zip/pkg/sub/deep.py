from .. import NAME
from ..mod import describe


def both():
    return "%s / %s / %s" % (NAME, describe(), __name__)
