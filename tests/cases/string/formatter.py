# string.Formatter: every method, and subclasses that change each step.
import string

f = string.Formatter()

def show(fn):
    try:
        print(repr(fn()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: f.format("{} {} {}", 1, "two", 3.0))
show(lambda: f.format("{0}{1}{0}", "a", "b"))
show(lambda: f.format("{x} {y!r} {z:>6.2f}", x=1, y="s", z=3.14159))
show(lambda: f.format("{0[1]} {0[a]} {1.real} {2[0][1]}", {1: "one", "a": "A"}, 5, [[1, 2]]))
show(lambda: f.format("{:{w}.{p}}", 3.14159, w=10, p=3))
show(lambda: f.format("{0:{1}}", "x", ">5"))
show(lambda: f.format("{{}} {{{0}}}", 7))
show(lambda: f.format("{!a} {!s} {!r}", "é", "é", "é"))
show(lambda: f.format("{} {0}", 1))
show(lambda: f.format("{0} {}", 1))
show(lambda: f.format("{0[0]} {}", [1], 2))
show(lambda: f.format("{}", ))
show(lambda: f.format("{x}"))
show(lambda: f.format("{0!q}", 1))
show(lambda: f.format("{0:{1:{2}}}", 1, 2, 3))
show(lambda: f.format("{0:{1:{2:{3}}}}", 1, 2, 3, 4))
show(lambda: f.format("{", 1))
show(lambda: f.format("}", 1))
show(lambda: f.format("{0.}", 1))
show(lambda: f.format("{0[}", 1))
show(lambda: f.format("{0]}", 1))
show(lambda: f.format("{0!r", 1))
show(lambda: f.format("{a.b}", a=1))
show(lambda: f.format("{١}", "zero", "one"))
show(lambda: f.format(format_string="{}", *[1]))
show(lambda: f.format())
show(lambda: f.vformat("{0}-{a}", (1,), {"a": 2}))
show(lambda: f.vformat("{0}", [5], {}))
show(lambda: f.get_value(0, (9,), {}))
show(lambda: f.get_value("k", (), {"k": "v"}))
show(lambda: f.get_value(3, (), {}))
show(lambda: f.get_field("0.real", (5,), {}))
show(lambda: f.get_field("a[0][b]", (), {"a": [{"b": 3}]}))
show(lambda: f.check_unused_args({0}, (1, 2), {}))
show(lambda: f.format_field(3.5, "08.3f"))
show(lambda: f.format_field(object, "x"))
for conv in (None, "s", "r", "a", "x", "", 5):
    show(lambda: f.convert_field("é", conv))
for text in ["", "abc", "a{0!r:>{w}}b{{c}}d", "{}", "{:}", "{!r}", "x}}y", "{a.b[c]}", "{a[}", "}", "{",
             "a{", "{0!}", "{0!rr}", "{0:{1:{2}}}", "{!", "{[}", "{{}}", "{0.}", "{ab{c}", "{0!:}",
             "{a[{]}", "{a[}]}", "{a:}}", "x{:{}}y", "{0!\x01}"]:
    show(lambda: list(f.parse(text)))
it = f.parse("ab}x{0}")
show(lambda: next(it))
show(lambda: next(it))
show(lambda: next(it))
it = f.parse("a{0}b{")
show(lambda: next(it))
show(lambda: next(it))
print(type(f.parse("")).__name__, iter(f.parse("x")) is not None)

class Tracing(string.Formatter):
    def parse(self, s):
        print("parse", repr(s))
        return super().parse(s)
    def get_field(self, name, args, kwargs):
        r = super().get_field(name, args, kwargs)
        print("get_field", repr(name), "->", r)
        return r
    def get_value(self, key, args, kwargs):
        print("get_value", repr(key))
        return super().get_value(key, args, kwargs)
    def convert_field(self, value, conversion):
        print("convert_field", repr(value), repr(conversion))
        return super().convert_field(value, conversion)
    def format_field(self, value, spec):
        print("format_field", repr(value), repr(spec))
        return super().format_field(value, spec)
    def check_unused_args(self, used, args, kwargs):
        print("check_unused_args", sorted(used, key=repr), args, kwargs)

show(lambda: Tracing().format("<{0!r:>{width}}|{name.upper}|{}>", "v", width=5, name="n"))
show(lambda: Tracing().format("{:{}}", "x", 3))

class Strict(string.Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(range(len(args))) | set(kwargs)
        unused -= used
        if unused:
            raise ValueError("unused: %s" % sorted(unused, key=str))

show(lambda: Strict().format("{0}{a}", 1, 2, a=3, b=4))
show(lambda: Strict().format("{0}{a}", 1, a=3))

class Defaults(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, "<%s>" % key)
        return super().get_value(key, args, kwargs)

show(lambda: Defaults().format("{a} {b} {0}", 0, a=1))

class Upper(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)
    def format_field(self, value, spec):
        if spec == "rev":
            return str(value)[::-1]
        return super().format_field(value, spec)

show(lambda: Upper().format("{0!u} {1:rev} {1!u:rev}", "abc", "xyz"))

class Lists(string.Formatter):
    def parse(self, s):
        return [("lit-", "0", "", None), ("-end", None, None, None)]

show(lambda: Lists().format("ignored", 42))
print(string.Formatter.__doc__, string.Formatter.format.__doc__)
