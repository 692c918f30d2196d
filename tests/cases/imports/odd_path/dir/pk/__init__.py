__all__ = ["sub", "name"]
name = 1
