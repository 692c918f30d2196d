# A large generated document through dumps and loads, compared whole.
import json

def build(seed, depth):
    items = []
    for i in range(6):
        seed = (seed * 1103515245 + 12345) % 2**31
        kind = seed % 7
        if depth > 0 and kind == 0:
            items.append(build(seed, depth - 1))
        elif depth > 0 and kind == 1:
            items.append({f'k{j}': build(seed + j, depth - 1) for j in range(3)})
        elif kind == 2:
            items.append(seed / 977.0)
        elif kind == 3:
            items.append(f's{seed % 1000}\u00e9\n')
        elif kind == 4:
            items.append(seed - 2**30)
        else:
            items.append([None, True, False][seed % 3])
    return items

doc = build(7, 5)
text = json.dumps(doc)
print(len(text), text[:200])
back = json.loads(text)
print(back == doc, json.dumps(back) == text)
pretty = json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False)
print(len(pretty), json.loads(pretty) == doc, ''.join(json.JSONEncoder(indent=2, sort_keys=True, ensure_ascii=False).iterencode(doc)) == pretty)
