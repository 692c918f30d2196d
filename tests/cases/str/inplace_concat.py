# s += t and s = s + t in a loop grow the string in place when nothing else
# holds it; every other holder must keep seeing the old value.
import sys


def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s


def build_plus(n):
    s = "start"
    for i in range(n):
        s = s + str(i % 10)
    return s


print(len(build(10000, "ab")), build(5, "xy"))
print(build_plus(30)[-12:], len(build_plus(5000)))

# the hash and dict membership follow the new value
def hashed():
    s = "key"
    h1 = hash(s)
    d = {s: 1}
    s += "2"
    print(s, h1 == hash("key"), hash(s) == hash("key2"), s in d, "key" in d, d)
hashed()

# another reference keeps the old value
def aliased():
    s = "abc" * 3
    t = s
    s += "d"
    lst = [s]
    s += "e"
    print(s, t, lst)
aliased()

# UTF-8 cached by encode() is not reused for the longer value
def encoded():
    s = "é" * 3
    print(s.encode())
    s += "ü"
    print(s.encode(), len(s))
    a = "plain"
    a.encode()
    a += "ascii"
    print(a.encode(), a.isascii())
    a += "ñ"
    print(a.encode(), a.isascii(), ascii(a))
encoded()

# every combination of widths, both ways
def widths():
    pieces = ["a", "\xe9", "\u20ac", "\U0001f600"]
    out = []
    for first in pieces:
        for second in pieces:
            s = first * 3
            for _ in range(4):
                s += second
            out.append((s, len(s), s.isascii(), hash(s) == hash(first * 3 + second * 4)))
    for row in out:
        print(row)
widths()

# s += s, empty pieces, an empty start, interned and constant strings
def odd_cases():
    s = "x" * 4
    s += s
    s += ""
    e = ""
    e += "q"
    e += "r"
    name = sys.intern("interned_name_" + "zz")
    alias = sys.intern("interned_name_zz")
    name += "!"
    c = "const"
    c += "ant"
    print(s, e, name, alias, alias is sys.intern("interned_name_zz"), c, "const")
odd_cases()

# str subclasses are never resized in place
class S(str):
    pass

def subclass():
    s = S("sub")
    s += "x"
    print(type(s).__name__, s)
    t = "base"
    t += S("y")
    print(type(t).__name__, t)
subclass()

# errors leave the variable as it was
def errors():
    s = "keep" * 2
    try:
        s += 5
    except TypeError as e:
        print("TypeError:", e)
    print(s)
errors()

# locals seen through the frame, a generator's locals, a nested store
def frames():
    s = "f"
    for i in range(3):
        s += str(i)
        print(sys._getframe().f_locals["s"])
    return s
print(frames())

def gen():
    s = ""
    for ch in "generator":
        s += ch
        yield s
print(list(gen()))

def store_then_load():
    s = "a"
    for i in range(5):
        s += "b"; t = s
    print(s, t, s is t)
store_then_load()

# many appends with a sliding window (the string shrinks and grows again)
def window():
    s = ""
    total = 0
    for i in range(20000):
        s += chr(97 + i % 26)
        if len(s) > 300:
            total += ord(s[150])
            s = s[-30:]
    return total, s
print(window())

# under a trace function that looks at every opcode, the local stays bound
def traced_loop():
    s = "t"
    for i in range(2):
        s += "u"
    return s

seen = []
def tracer(frame, event, arg):
    if frame.f_code is traced_loop.__code__:
        frame.f_trace_opcodes = True
        if event == "opcode":
            seen.append(frame.f_locals.get("s", "<unbound>"))
    return tracer
sys.settrace(tracer)
r = traced_loop()
sys.settrace(None)
print(r, seen)
