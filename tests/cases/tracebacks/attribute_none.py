class User:
    def __init__(self, name):
        self.name = name
        self.manager = None
u = User("ann")
print(u.name.upper())
print(u.manager.name)
