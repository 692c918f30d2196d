"""assertLogs and assertNoLogs."""

import collections
import logging

from .case import _BaseTestCaseContext

__unittest = True

_LoggingWatcher = collections.namedtuple("_LoggingWatcher", "records output")


class _CapturingHandler(logging.Handler):
    """Keeps every record it handles, and its formatted text."""

    def __init__(self):
        super().__init__()
        self.watcher = _LoggingWatcher(records=[], output=[])

    def flush(self):
        pass

    def emit(self, record):
        self.watcher.records.append(record)
        self.watcher.output.append(self.format(record))


class _AssertLogsContext(_BaseTestCaseContext):
    """The context manager behind assertLogs() and assertNoLogs()."""

    LOGGING_FORMAT = "%(levelname)s:%(name)s:%(message)s"

    def __init__(self, test_case, logger_name, level, no_logs):
        super().__init__(test_case)
        self.logger_name = logger_name
        self.level = (logging._nameToLevel.get(level, level) if level
                      else logging.INFO)
        self.no_logs, self.msg = no_logs, None

    def __enter__(self):
        if isinstance(self.logger_name, logging.Logger):
            self.logger = self.logger_name
        else:
            self.logger = logging.getLogger(self.logger_name)
        logger = self.logger
        handler = _CapturingHandler()
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old_handlers, self.old_level = list(logger.handlers), logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        return None if self.no_logs else handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        logger = self.logger
        logger.handlers = self.old_handlers
        logger.propagate = self.old_propagate
        logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        seen = self.watcher.records
        if self.no_logs and seen:
            self._raiseFailure(
                f"Unexpected logs found: {self.watcher.output!r}")
        if not self.no_logs and not seen:
            self._raiseFailure(
                f"no logs of level {logging.getLevelName(self.level)} or "
                f"higher triggered on {logger.name}")
        return None
