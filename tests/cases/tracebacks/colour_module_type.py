# A type from another module is shown with its module, all in the type's colour.
# env: FORCE_COLOR=1
class ParseError(Exception):
    pass

ParseError.__module__ = "tools.parser"
raise ParseError("unexpected token")
