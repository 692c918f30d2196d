class AppError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


def risky(n):
    if n == 0:
        raise AppError(0)
    if n == 1:
        return 1 / 0
    return n


for n in range(3):
    try:
        print(risky(n))
    except AppError as e:
        print("app", e.code, e.args)
    except ZeroDivisionError as e:
        print("zero", e)
    else:
        print("fine")
    finally:
        print("end", n)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("wrapped") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)

e = Exception("note me")
e.add_note("a note")
print(e.__notes__)
raise AppError(9)
