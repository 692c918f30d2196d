# lib: utrun
# assertLogs / assertNoLogs: records, output, levels, loggers, failures.
import logging
import unittest
from utrun import Probe, failure

t = Probe()
with t.assertLogs() as cm:
    logging.getLogger().info("root info")
    logging.getLogger("a.b").warning("child %s", "warn")
print(cm.output)
print([r.getMessage() for r in cm.records])
with t.assertLogs("app", level="WARNING") as cm:
    logging.getLogger("app").info("hidden")
    logging.getLogger("app.db").error("shown")
print(cm.output)
with t.assertLogs("app", logging.DEBUG) as cm:
    logging.getLogger("app").debug("debug line")
print(cm.output)
lg = logging.getLogger("obj")
with t.assertLogs(lg, "INFO") as cm:
    lg.critical("crit")
print(cm.output, lg.handlers, lg.level, lg.propagate)


def nothing():
    with t.assertLogs("quiet"):
        pass


failure(nothing)


def too_low():
    with t.assertLogs("quiet", level="ERROR"):
        logging.getLogger("quiet").warning("w")


failure(too_low)
with t.assertNoLogs("silent"):
    logging.getLogger("silent").debug("below info")


def some_logs():
    with t.assertNoLogs("noisy", level="DEBUG"):
        logging.getLogger("noisy").debug("one")
        logging.getLogger("noisy.x").info("two")


failure(some_logs)


def passes_exception():
    with t.assertLogs():
        raise ValueError("inside")


failure(passes_exception)
with t.assertNoLogs() as nl:
    pass
print(nl)
