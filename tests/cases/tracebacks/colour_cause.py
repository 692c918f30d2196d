# "The above exception was the direct cause" stays plain; each part is coloured.
# env: FORCE_COLOR=1
class ConfigError(Exception):
    pass

def parse(text):
    return int(text)

def load(text):
    try:
        return parse(text)
    except ValueError as e:
        raise ConfigError("bad value") from e

load("x1")
