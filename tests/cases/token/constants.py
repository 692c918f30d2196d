# The token module: its numbers, names, operator table and predicates.
import token

print(token.__doc__)
print(token.__all__)
print(sorted(token.tok_name.items()))
print(list(token.EXACT_TOKEN_TYPES.items()))
for name in token.__all__:
    value = getattr(token, name)
    if isinstance(value, int):
        print(name, value, token.tok_name[value], token.ISTERMINAL(value),
              token.ISNONTERMINAL(value), token.ISEOF(value))
print(token.ISEOF(token.ENDMARKER), token.ISEOF(1), token.ISNONTERMINAL(300), token.ISTERMINAL(300))
print(sorted(k for k in vars(token) if not k.startswith('_')))
print(token.EXACT_TOKEN_TYPES['->'] == token.RARROW, token.OP, token.N_TOKENS, token.NT_OFFSET)
