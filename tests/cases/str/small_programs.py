def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        else:
            tokens.append(("op", c))
            i += 1
    return tokens

def evaluate(tokens):
    def expr(pos):
        val, pos = term(pos)
        while pos < len(tokens) and tokens[pos][1] in "+-":
            op = tokens[pos][1]
            rhs, pos = term(pos + 1)
            val = val + rhs if op == "+" else val - rhs
        return val, pos
    def term(pos):
        val, pos = atom(pos)
        while pos < len(tokens) and tokens[pos][1] in "*/":
            op = tokens[pos][1]
            rhs, pos = atom(pos + 1)
            val = val * rhs if op == "*" else val // rhs
        return val, pos
    def atom(pos):
        kind, v = tokens[pos]
        if v == "(":
            val, pos = expr(pos + 1)
            return val, pos + 1
        return v, pos + 1
    return expr(0)[0]

for s in ["1 + 2 * 3", "(1 + 2) * 3", "100 / 7 - 2", "2 * (3 + 4) * 5"]:
    print(s, "=", evaluate(tokenize(s)))

def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
print(matmul([[1, 2], [3, 4]], [[5, 6], [7, 8]]))

memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90), len(memo))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

def pretty(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        lines = ["{"]
        for k, x in v.items():
            lines.append(f"{pad}  {k!r}: {pretty(x, indent + 1)},")
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(v, list):
        return "[" + ", ".join(pretty(x, indent) for x in v) + "]"
    return repr(v)
print(pretty({"name": "cipy", "tags": ["c", "python"], "nested": {"ok": True, "n": 1.5}}))
