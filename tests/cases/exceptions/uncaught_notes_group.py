e1 = ValueError("bad port")
e1.add_note("while validating server.port")
e2 = TypeError("bad host")
g = ExceptionGroup("validation failed", [e1, e2])
g.add_note("2 fields invalid")
raise g
