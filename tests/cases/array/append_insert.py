# lib: arrcheck
import array
from arrcheck import show
a = array.array('h')
for i in range(-5, 5):
    a.append(i * 1000)
print(a)
a.insert(0, 1); a.insert(-1, 2); a.insert(100, 3); a.insert(-100, 4)
print(a)
show("insert bad index", lambda: a.insert('x', 1))
show("insert bad value", lambda: a.insert(0, 'x'))
show("insert overflow", lambda: a.insert(0, 40000))
show("append overflow", lambda: a.append(-40000))
show("append float", lambda: a.append(1.0))
show("append no arg", lambda: a.append())
show("insert one arg", lambda: a.insert(1))
show("insert huge index", lambda: a.insert(10**30, 1))
print(a, len(a))
