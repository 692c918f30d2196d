# raise ... from ...: "The above exception was the direct cause ..."
def load(config, key):
    try:
        return int(config[key])
    except (KeyError, ValueError) as e:
        raise RuntimeError(f"bad config value for {key!r}") from e

print(load({"port": "80"}, "port"))
print(load({"port": "eighty"}, "port"))
