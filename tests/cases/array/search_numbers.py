import array
for code in "bBhHiIlLqQfd":
    a = array.array(code, [0, 1, 2, 1, 0, 100])
    print(code, a.count(1), a.count(-1), a.count(1.0), a.count(True), a.count(2**70), a.index(100), 0 in a, -0.0 in a,
          a.count(0.5), (2**53 + 1) in a, a.count(2**62), a.count(-2**62))
q = array.array('Q', [2**64 - 1, 2**63, 5])
print(q.count(2**64 - 1), q.count(-1), q.index(5), (2**63) in q, q.count(2**63 - 2**64))
l = array.array('q', [-2**63, 2**63 - 1])
print(l.count(-2**63), l.index(2**63 - 1), -1 in l)
f = array.array('f', [0.1, float('nan'), -0.0, float('inf')])
print(f.count(0.1), f.count(float(array.array('f', [0.1])[0])), f.count(float('nan')), f.index(0.0), f.count(float('inf')), f.count(2**60))
d = array.array('d', [2.0**53, 2.0**53 + 2, -0.0])
print(d.count(2**53), d.count(2**53 + 1), d.count(2**53 + 2), d.index(0), d.count(False))
