# A subscript: the container under '~', the brackets under '^'.
# env: FORCE_COLOR=1
settings = {"colour": "auto"}

def lookup(key):
    return settings[key].strip()

lookup("theme")
