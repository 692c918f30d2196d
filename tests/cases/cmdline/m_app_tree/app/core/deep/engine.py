from .. import CORE
from ... import VERSION, resource_names
from ...core import APP_VERSION


def describe():
    return f'{__name__} {__package__} {CORE} {VERSION} {APP_VERSION} {resource_names()}'
