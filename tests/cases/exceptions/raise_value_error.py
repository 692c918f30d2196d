# Explicit raise ValueError('msg') inside a function.
def parse_age(text):
    n = int(text)
    if n < 0:
        raise ValueError(f"age must be non-negative, got {n}")
    return n

print(parse_age("42"))
print(parse_age("-7"))
