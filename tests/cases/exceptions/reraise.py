# A bare raise in an except block re-raises with the original traceback.
def risky(n):
    return 100 // n

def wrapper(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        print("logging the error, then re-raising")
        raise

print(wrapper(5))
wrapper(0)
