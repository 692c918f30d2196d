from .. import NAME
from ..base import shout
from . import __name__ as here


def describe():
    return "%s %s %s" % (shout(NAME), here, __name__)
