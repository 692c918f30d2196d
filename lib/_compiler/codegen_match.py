"""match statements (see codegen.py for the emit API)."""


class MatchMixin:
    pass
