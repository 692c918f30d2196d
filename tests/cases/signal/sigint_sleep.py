# Ctrl-C during time.sleep(): the sleep is interrupted and raises in its
# caller, through nested functions whose `finally` blocks run in order.
# driver: sigint
import time


def inner():
    try:
        time.sleep(30)
    finally:
        print("inner finally")


def outer():
    try:
        inner()
    finally:
        print("outer finally")


print("ready", flush=True)
outer()
print("not reached")
