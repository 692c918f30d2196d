class ConfigError(Exception):
    pass
def read():
    raise FileNotFoundError(2, "No such file or directory", "app.cfg")
def load():
    try:
        read()
    except OSError as e:
        raise ConfigError("cannot load configuration") from e
load()
