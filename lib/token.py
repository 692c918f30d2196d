"""Token constants."""

# Each row: the token's name and, for an operator, the text it stands for.
# Numbers go up from 0 in this order, as in CPython's Grammar/Tokens.
_TABLE = """
ENDMARKER
NAME
NUMBER
STRING
NEWLINE
INDENT
DEDENT
LPAR (
RPAR )
LSQB [
RSQB ]
COLON :
COMMA ,
SEMI ;
PLUS +
MINUS -
STAR *
SLASH /
VBAR |
AMPER &
LESS <
GREATER >
EQUAL =
DOT .
PERCENT %
LBRACE {
RBRACE }
EQEQUAL ==
NOTEQUAL !=
LESSEQUAL <=
GREATEREQUAL >=
TILDE ~
CIRCUMFLEX ^
LEFTSHIFT <<
RIGHTSHIFT >>
DOUBLESTAR **
PLUSEQUAL +=
MINEQUAL -=
STAREQUAL *=
SLASHEQUAL /=
PERCENTEQUAL %=
AMPEREQUAL &=
VBAREQUAL |=
CIRCUMFLEXEQUAL ^=
LEFTSHIFTEQUAL <<=
RIGHTSHIFTEQUAL >>=
DOUBLESTAREQUAL **=
DOUBLESLASH //
DOUBLESLASHEQUAL //=
AT @
ATEQUAL @=
RARROW ->
ELLIPSIS ...
COLONEQUAL :=
EXCLAMATION !
OP
TYPE_IGNORE
TYPE_COMMENT
SOFT_KEYWORD
FSTRING_START
FSTRING_MIDDLE
FSTRING_END
TSTRING_START
TSTRING_MIDDLE
TSTRING_END
COMMENT
NL
ERRORTOKEN
ENCODING
N_TOKENS
"""

tok_name = {}
EXACT_TOKEN_TYPES = {}
for _number, _row in enumerate(_TABLE.split('\n')[1:-1]):
    _name, _, _text = _row.partition(' ')
    globals()[_name] = _number
    tok_name[_number] = _name
    if _text:
        EXACT_TOKEN_TYPES[_text] = _number
NT_OFFSET = 256
tok_name[NT_OFFSET] = 'NT_OFFSET'
EXACT_TOKEN_TYPES = dict(sorted(EXACT_TOKEN_TYPES.items()))
del _number, _row, _name, _text

__all__ = ['tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF', 'EXACT_TOKEN_TYPES']
__all__.extend(name for number, name in sorted(tok_name.items()))


def ISTERMINAL(x):
    return x < NT_OFFSET


def ISNONTERMINAL(x):
    return x >= NT_OFFSET


def ISEOF(x):
    return x == ENDMARKER
