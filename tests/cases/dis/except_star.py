# except* and raise ... from, assert
import dis


def grouped(errs):
    try:
        raise ExceptionGroup("many", errs)
    except* ValueError as e:
        print(e)
    except* TypeError:
        raise RuntimeError("bad") from None


def check(v):
    assert v > 0, "positive"
    assert v


dis.dis(grouped)
dis.dis(check)
