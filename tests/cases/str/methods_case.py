# Case methods and predicates.
for s in ["hello World", "ALL CAPS", "mIxEd cAsE 123", "", "ß straße", "ǆemal", "123", "  ", "abc1", "Title Case Here"]:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
    print(" ", s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isdigit(), s.isalnum(),
          s.isspace(), s.isdecimal(), s.isnumeric(), s.isidentifier(), s.isascii(), s.isprintable())
