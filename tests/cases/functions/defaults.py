# Default arguments: evaluated once, shared mutable default, keyword calls.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"))

def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1), append_to(2), append_to(3, []))

def fresh(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(fresh(1), fresh(2))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot(), snapshot(5))
print(greet.__defaults__, greet.__name__)
