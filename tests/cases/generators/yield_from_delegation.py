def sub():
    try:
        x = yield "sub-start"
        print("sub got", x)
        y = yield "sub-next"
        print("sub got", y)
    except ValueError as e:
        print("sub caught", e)
        yield "recovered"
    finally:
        print("sub finally")
    return "sub-done"
def main():
    r = yield from sub()
    print("main got", r)
    yield "main-end"
m = main()
print(next(m))
print(m.send("A"))
print(m.throw(ValueError("v")))
print(next(m))
m2 = main()
next(m2)
m2.close()
print("closed")
