# The builtins dict reached from a traceback's frame, before any import.
try:
    1 / 0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_frame.f_builtins["__loader__"])
