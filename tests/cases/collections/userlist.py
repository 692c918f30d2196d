from collections import UserList

u = UserList([3, 1, 2])
print(u, u.data, len(u), u[0], u[-1], u[1:], type(u[1:]).__name__, 2 in u)
u.append(4)
u.insert(0, 0)
u.extend([5, 6])
u.extend(UserList([7]))
print(u, u.pop(), u.pop(0), u)
u.remove(4)
u.sort()
print(u, u.count(1), u.index(2))
u.reverse()
print(u)
u.sort(key=lambda x: -x, reverse=True)
print(u)
print(u + [9], [9] + u, u + UserList([8]), u + (1,), u * 2, 2 * u, type(u + [9]).__name__)
u += [10]
u += (11,)
u *= 2
print(u)
print(u == list(u), u < [100], u > UserList([0]), u <= u, u >= [])
u[0] = 'first'
del u[1]
print(u[:3], u.copy(), type(u.copy()).__name__, u.__copy__()[:2])
u.clear()
print(u, UserList(), UserList('abc'), UserList(UserList([1])), UserList((1, 2)))
