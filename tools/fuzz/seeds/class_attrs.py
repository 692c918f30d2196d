class Config:
    """Docstring here."""

    defaults = {"a": 1}
    items = []

    def __init__(self, **kw):
        self.values = {**self.defaults, **kw}
        Config.items.append(self)

    def __getitem__(self, k):
        return self.values[k]

    def __contains__(self, k):
        return k in self.values

    def __call__(self, k, default=None):
        return self.values.get(k, default)

    def __str__(self):
        return "Config(" + ", ".join(f"{k}={v}" for k, v in self.values.items()) + ")"

    def __format__(self, spec):
        return str(self).center(int(spec or 0))


c = Config(b=2)
print(c["a"], "b" in c, c("z", 0), str(c), f"{c:30}|", Config.__doc__, len(Config.items))
print(Config.__name__, Config.__module__, sorted(k for k in vars(Config) if not k.startswith("__")))
print(type(c).__dict__["__init__"].__qualname__, c.__class__ is Config, c.__dict__.keys())
