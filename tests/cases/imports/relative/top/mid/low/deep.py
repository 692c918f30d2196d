from . import up1, up2
from .. import sibling
from ..sibling import name
from ...side import helper
from ...side.helper import who
from ... import side
from .. import low
results = [up1, up2, sibling.name, name, who, side.__name__, low.__name__, __package__]
