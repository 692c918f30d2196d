def cleanup():
    raise OSError("disk full")
def work():
    try:
        raise ValueError("primary")
    finally:
        cleanup()
work()
