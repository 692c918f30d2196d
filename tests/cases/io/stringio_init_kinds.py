# StringIO's arguments: initial values and newline given by keyword.
import io

for args, kwargs in (((), {}), (("x",), {}), ((None,), {}), (("a\nb",), {"newline": None}),
                     ((), {"initial_value": "kw"}), (("a\r\nb",), {"newline": ""})):
    s = io.StringIO(*args, **kwargs)
    print(args, kwargs, repr(s.getvalue()), s.tell(), s.newlines)
