# calling a @contextmanager manager's methods by hand
from contextlib import contextmanager

@contextmanager
def watch():
    try:
        yield "v"
    except Exception as e:
        print("generator got", repr(e), e.__traceback__ is None)
        raise

cm = watch()
print(cm.__enter__())
# an exception type without an instance is instantiated
print(cm.__exit__(KeyError, None, None))

cm = watch()
cm.__enter__()
E = ValueError("given")
print(cm.__exit__(ValueError, E, None), E.__traceback__)

@contextmanager
def swallows():
    try:
        yield
    except Exception:
        pass

cm = swallows()
cm.__enter__()
print(cm.__exit__(TypeError, TypeError("t"), None))
# the generator is finished: another exit has nothing to resume
print(cm.__exit__(None, None, None))

@contextmanager
def yields_again():
    try:
        yield 1
    except Exception:
        yield 2
    finally:
        print("finally of yields_again")

cm = yields_again()
cm.__enter__()
try:
    cm.__exit__(KeyError, KeyError("k"), None)
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__context__))
print(cm.gen.gi_frame)
