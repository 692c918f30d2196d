raise RuntimeError("broken package")
