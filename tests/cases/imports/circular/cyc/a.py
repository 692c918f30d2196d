early = 1
from . import b
done = "a done"
