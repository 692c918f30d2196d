# Argument errors of the exception constructors: no keywords for most, the
# keyword-only fields of NameError, AttributeError and ImportError, and the
# counted forms of SyntaxError's location and the UnicodeError family.


def attempt(label, f):
    """Prints what constructing with these arguments gives: the error, or the value."""
    outcome = None
    try:
        outcome = "ok " + repr(f())
    except TypeError as e:
        outcome = "TypeError " + str(e)
    print(label, "->", outcome)


class MyError(ValueError):
    pass


class MyOSError(OSError):
    def __init__(self, *args):
        super().__init__(*args)


attempt("ValueError(x=1)", lambda: ValueError(x=1))
attempt("ValueError(1, x=1)", lambda: ValueError(1, x=1))
attempt("MyError(x=1)", lambda: MyError(x=1))
attempt("BaseException(x=1)", lambda: BaseException(x=1))
attempt("OSError(x=1)", lambda: OSError(x=1))
attempt("OSError(2, 'm', x=1)", lambda: OSError(2, "m", x=1))
attempt("FileNotFoundError(x=1)", lambda: FileNotFoundError(x=1))
attempt("MyOSError(x=1)", lambda: MyOSError(x=1))
attempt("StopIteration(x=1)", lambda: StopIteration(x=1))
attempt("SystemExit(x=1)", lambda: SystemExit(x=1))
attempt("ValueError(1, 2, 3)", lambda: ValueError(1, 2, 3))

attempt("NameError(nam=1)", lambda: NameError(nam=1))
attempt("NameError(name=1, obj=2)", lambda: NameError(name=1, obj=2))
attempt("NameError('m', name='n').name", lambda: NameError("m", name="n").name)
attempt("AttributeError(nme=1)", lambda: AttributeError(nme=1))
attempt("AttributeError(name=1, obj=2, x=3)", lambda: AttributeError(name=1, obj=2, x=3))
attempt("AttributeError(obj=2).obj", lambda: AttributeError(obj=2).obj)
attempt("ImportError(nam=1)", lambda: ImportError(nam=1))
attempt("ImportError(pth=1)", lambda: ImportError(pth=1))
attempt("ImportError(name=1, path=2, name_from=3, x=4)", lambda: ImportError(name=1, path=2, name_from=3, x=4))
attempt("ImportError('m', path='p').path", lambda: ImportError("m", path="p").path)
attempt("ModuleNotFoundError(nam=1)", lambda: ModuleNotFoundError(nam=1))

attempt("SyntaxError('m', (1, 2, 3))", lambda: SyntaxError("m", (1, 2, 3)))
attempt("SyntaxError('m', ())", lambda: SyntaxError("m", ()))
attempt("SyntaxError('m', (1,) * 8)", lambda: SyntaxError("m", (1,) * 8))
attempt("SyntaxError('m', ('f', 1, 2, 't')).lineno", lambda: SyntaxError("m", ("f", 1, 2, "t")).lineno)
attempt("SyntaxError('m', ('f', 1, 2, 't', 3, 4)).end_offset", lambda: SyntaxError("m", ("f", 1, 2, "t", 3, 4)).end_offset)
attempt("SyntaxError(x=1)", lambda: SyntaxError(x=1))

attempt("UnicodeDecodeError('a')", lambda: UnicodeDecodeError("a"))
attempt("UnicodeDecodeError()", lambda: UnicodeDecodeError())
attempt("UnicodeEncodeError(1, 2, 3, 4, 5, 6)", lambda: UnicodeEncodeError(1, 2, 3, 4, 5, 6))
attempt("UnicodeTranslateError('a')", lambda: UnicodeTranslateError("a"))
attempt("UnicodeTranslateError('a', 1, 2, 'r', 5)", lambda: UnicodeTranslateError("a", 1, 2, "r", 5))
attempt("UnicodeDecodeError(x=1)", lambda: UnicodeDecodeError(x=1))
attempt("UnicodeDecodeError('u', b'ab', 0, 1, 'r').reason",
        lambda: UnicodeDecodeError("u", b"ab", 0, 1, "r").reason)
attempt("UnicodeTranslateError('ab', 0, 1, 'r').start", lambda: UnicodeTranslateError("ab", 0, 1, "r").start)


class MyNameError(NameError):
    pass


class MyAttributeError(AttributeError):
    pass


class MyImportError(ImportError):
    pass


for cls in (MyNameError, MyAttributeError, MyImportError):
    attempt(cls.__name__ + "(nam=1)", lambda: cls(nam=1))
    attempt(cls.__name__ + "(5 keywords)", lambda: cls(name=1, obj=2, path=3, name_from=4, x=5))
