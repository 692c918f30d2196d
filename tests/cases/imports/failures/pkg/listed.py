__all__ = ["public", "_private"]
public = "p"
_private = "q"
hidden = "h"
