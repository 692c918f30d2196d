# A SyntaxError with only a file name: the name follows the message, plain.
# env: FORCE_COLOR=1
raise SyntaxError("unexpected end", ("settings.cfg", None, None, None))
