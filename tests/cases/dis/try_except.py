# try/except/else/finally: labels and the exception table
import dis


def risky(x):
    try:
        y = 10 / x
    except ZeroDivisionError as e:
        print("zero", e)
        y = 0
    except (TypeError, ValueError):
        raise
    else:
        y += 1
    finally:
        print("done")
    return y


dis.dis(risky)
