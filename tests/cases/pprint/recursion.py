# A container met again inside itself: '<Recursion on TYPE with id=N>' when
# spread out, the repr's own marker otherwise.
import collections
import pprint
import types


def show(obj, width=80):
    text = pprint.pformat(obj, width=width)
    print(text.replace(str(id(obj)), 'ID'))


a = [1, 2]
a.append(a)
show(a)
show(a, 5)
print(pprint.saferepr(a).replace(str(id(a)), 'ID'))
d = {'x': 1}
d['self'] = d
show(d)
show(d, 5)
t = ([],)
t[0].append(t)
show(t)
show(t, 3)
od = collections.OrderedDict(a=1)
od['me'] = od
show(od)
show(od, 5)
cm = collections.ChainMap({})
cm.maps[0]['me'] = cm
show(cm)
show(cm, 5)
dq = collections.deque([1])
dq.append(dq)
show(dq)
show(dq, 5)
ul = collections.UserList([1])
ul.append(ul)
show(ul)
show(ul, 5)
dd = collections.defaultdict(list)
dd['me'] = dd
show(dd)
show(dd, 5)
deep = [1]
deep.append([2, [3, deep]])
show(deep, 10)
shared = [1, 2]
show([shared, shared, [shared]], 10)
