from .. import level as up1
from ... import level as up2
