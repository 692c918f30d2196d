# Equal object keys within one document are one str object; the memo
# does not keep them from one document to the next.
import json

docs = json.loads('[{"name": 1, "id": 2}, {"name": 3, "id": 4}, {"name": 5}]')
k0 = list(docs[0])
k1 = list(docs[1])
k2 = list(docs[2])
print(k0[0] is k1[0], k0[1] is k1[1], k0[0] is k2[0])
pairs = json.loads('[{"key": 1}, {"key": 2}]', object_pairs_hook=list)
print(pairs[0][0][0] is pairs[1][0][0])
d = json.JSONDecoder()
print(d.memo, d.decode('{"z": 1}'), d.memo)
