# KeyboardInterrupt ends the program: handlers still run.
import atexit

atexit.register(print, "handler after KeyboardInterrupt")
raise KeyboardInterrupt
