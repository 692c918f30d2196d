# The first look at builtins, before any import, shows its spec and loader.
print(__builtins__.__spec__)
print(__builtins__.__loader__)
