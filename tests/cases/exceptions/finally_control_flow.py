def f1():
    try:
        return "try"
    finally:
        print("f1 finally")

def f2():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
        finally:
            print("finally", i)
    return "loop done"

def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"

def f4():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        return f"caught {e!r}"
    else:
        return "no"

def f5():
    try:
        pass
    except Exception:
        print("never")
    else:
        print("else runs")
    finally:
        print("finally runs")

print(f1(), f2(), f3(), f4())
f5()
