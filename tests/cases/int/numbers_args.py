# Argument checking of int's, bool's, float's and complex's methods and
# constructors, with CPython's messages, __text_signature__ and first __doc__ line.
# lib: argprobe
from argprobe import attempt, probe

methods = {
    7: ["conjugate", "bit_length", "bit_count", "to_bytes", "from_bytes", "as_integer_ratio", "is_integer",
        "__trunc__", "__floor__", "__ceil__", "__round__", "__getnewargs__", "__sizeof__", "__format__"],
    2.5: ["conjugate", "__trunc__", "__floor__", "__ceil__", "__round__", "as_integer_ratio", "fromhex",
          "from_number", "hex", "is_integer", "__getnewargs__", "__format__", "__getformat__"],
    3 + 4j: ["conjugate", "__getnewargs__", "__complex__", "__format__", "from_number"],
    True: ["bit_length", "to_bytes", "__round__"],
}
for value, names in methods.items():
    for name in names:
        probe(type(value).__name__ + "." + name, getattr(value, name))

# slot wrappers
attempt("int.__divmod__ none", (7).__divmod__)
attempt("int.__divmod__ kw", (7).__divmod__, value=2)
attempt("float.__rdivmod__ many", (2.5).__rdivmod__, 1, 2)
attempt("float.__int__ many", (2.5).__int__, 1)

# constructors
attempt("int many", int, "1", 2, 3)
attempt("int kw", int, "1", bas=2)
attempt("int x kw", int, x=1)
attempt("int base only", int, base=2)
attempt("bool many", bool, 1, 2)
attempt("bool kw", bool, x=1)
attempt("float many", float, 1, 2)
attempt("float kw", float, x=1)
attempt("complex many", complex, 1, 2, 3)
attempt("complex kw", complex, real=1, imag=2, other=3)
attempt("complex bad kw", complex, reel=1)
attempt("complex twice", complex, 1, real=1)
print(int.__text_signature__, bool.__text_signature__, float.__text_signature__, complex.__text_signature__)
print(int("ff", base=16), (1024).to_bytes(2, "little"), int.from_bytes(b"\x01\x00", byteorder="big", signed=True),
      round(2.675, 2), (2.5).__round__(), complex(imag=2), bool(), float())
