level = "mid"
from . import sibling
