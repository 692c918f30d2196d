def process(values):
    return [v * 2 for v in values]
print(process([1, 2]))
process(42)
