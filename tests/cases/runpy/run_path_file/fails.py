def inner():
    raise LookupError("from run_path")


inner()
