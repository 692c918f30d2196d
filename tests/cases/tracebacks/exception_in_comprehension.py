data = {"a": 1, "b": "two"}
doubled = {k: v * 2 + 1 for k, v in data.items()}
