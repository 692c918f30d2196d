"""
Additional handlers for the logging package for Python. The core package is
based on PEP 282 and comments thereto in comp.lang.python.

To use, simply 'import logging.handlers' and log away!
"""

# Written for an interpreter with one thread: QueueListener has no thread
# of its own; it handles what the queue holds when it is stopped (and when
# asked, through its own method handle_pending()), so a program that starts
# a listener, logs and stops it sees every record handled, in order, as it
# would with CPython's listener thread.  The network handlers (socket,
# datagram, syslog, SMTP, HTTP) are not provided here.

import io, logging, os, re, time, copy, queue

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_MIDNIGHT = 86400   # seconds in a day


# ---------------------------------------------------------------- rotation

class BaseRotatingHandler(logging.FileHandler):
    """
    Base class for handlers that rotate log files at a certain point.
    Not meant to be instantiated directly.  Instead, use RotatingFileHandler
    or TimedRotatingFileHandler.
    """
    rotator = namer = None

    def __init__(self, filename, mode, encoding=None, delay=False,
                 errors=None):
        """
        Use the specified filename for streamed logging
        """
        super().__init__(filename, mode, encoding, delay, errors)
        self.mode, self.encoding, self.errors = mode, encoding, errors

    def emit(self, record):
        """
        Emit a record.

        Output the record to the file, catering for rollover as described
        in doRollover().
        """
        try:
            due = self.shouldRollover(record)
            if due:
                self.doRollover()
            super().emit(record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        """
        Modify the filename of a log file when rotating.

        This is provided so that a custom filename can be provided.

        The default implementation calls the 'namer' attribute of the
        handler, if it's callable, passing the default name to
        it. If the attribute isn't callable (the default is None), the name
        is returned unchanged.

        :param default_name: The default name for the log file.
        """
        namer = self.namer
        return namer(default_name) if callable(namer) else default_name

    def rotate(self, source, dest):
        """
        When rotating, rotate the current log.

        The default implementation calls the 'rotator' attribute of the
        handler, if it's callable, passing the source and dest arguments to
        it. If the attribute isn't callable (the default is None), the source
        is simply renamed to the destination.

        :param source: The source filename. This is normally the base
                       filename, e.g. 'test.log'
        :param dest:   The destination filename. This is normally
                       what the source is rotated to, e.g. 'test.log.1'.
        """
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):
            os.rename(source, dest)

    def _release_stream(self):
        """Close the current file before it is renamed."""
        if self.stream:
            stream, self.stream = self.stream, None
            stream.close()

    def _is_special_file(self):
        # Only a regular file (or none yet) is ever rotated: not /dev/null.
        path = self.baseFilename
        return os.path.exists(path) and not os.path.isfile(path)


def _text_encoding(mode, encoding):
    return encoding if "b" in mode else io.text_encoding(encoding)


class RotatingFileHandler(BaseRotatingHandler):
    """
    Handler for logging to a set of files, which switches from one file
    to the next when the current file reaches a certain size.
    """

    def __init__(self, filename, mode='a', maxBytes=0,
                 backupCount=0, encoding=None, delay=False, errors=None):
        """
        Open the specified file and use it as the stream for logging.
        """
        self.maxBytes, self.backupCount = maxBytes, backupCount
        # Truncating on open would lose what a size limit rotates away.
        mode = 'a' if maxBytes > 0 else mode
        super().__init__(filename, mode, _text_encoding(mode, encoding),
                         delay, errors)

    def _numbered(self, n):
        return self.rotation_filename("%s.%d" % (self.baseFilename, n))

    def doRollover(self):
        """
        Do a rollover, as described in __init__().
        """
        self._release_stream()
        if self.backupCount > 0:
            # Shift base.N-1 -> base.N ... base.1 -> base.2, oldest first.
            for n in range(self.backupCount - 1, 0, -1):
                older, newer = self._numbered(n), self._numbered(n + 1)
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self._numbered(1)
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        """
        Determine if rollover should occur.

        Basically, see if the supplied record would cause the file to exceed
        the size limit we have.
        """
        if self._is_special_file():
            return False
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        size = self.stream.tell()
        # An empty file takes the record whatever its length.
        if not size:
            return False
        line = "%s\n" % self.format(record)
        return size + len(line) >= self.maxBytes


# when -> (seconds per unit, file name suffix, the suffix as a pattern)
_TIMED_UNITS = {
    'S': (1, "%Y-%m-%d_%H-%M-%S", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}"),
    'M': (60, "%Y-%m-%d_%H-%M", r"\d{4}-\d{2}-\d{2}_\d{2}-\d{2}"),
    'H': (60 * 60, "%Y-%m-%d_%H", r"\d{4}-\d{2}-\d{2}_\d{2}"),
    'D': (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
    'MIDNIGHT': (_MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
    'W': (7 * _MIDNIGHT, "%Y-%m-%d", r"\d{4}-\d{2}-\d{2}"),
}


class TimedRotatingFileHandler(BaseRotatingHandler):
    """
    Handler for logging to a file, rotating the log file at certain timed
    intervals.

    If backupCount is > 0, when rollover is done, no more than backupCount
    files are kept - the oldest ones are deleted.
    """

    def __init__(self, filename, when='h', interval=1,
                 backupCount=0, encoding=None, delay=False, utc=False,
                 atTime=None, errors=None):
        super().__init__(filename, 'a', io.text_encoding(encoding), delay,
                         errors)
        self.when = when.upper()
        self.backupCount, self.utc, self.atTime = backupCount, utc, atTime
        unit = self.when
        if unit.startswith('W'):
            self.dayOfWeek = self._weekday(unit)
            unit = 'W'
        if unit not in _TIMED_UNITS:
            raise ValueError("Invalid rollover interval specified: %s"
                             % self.when)
        seconds, self.suffix, pattern = _TIMED_UNITS[unit]
        self.extMatch = re.compile(r"(?<!\d)%s(?!\d)" % pattern, re.ASCII)
        self.interval = seconds * interval
        path = self.baseFilename
        start = os.stat(path).st_mtime if os.path.exists(path) else time.time()
        self.rolloverAt = self.computeRollover(int(start))

    def _weekday(self, when):
        if len(when) != 2:
            raise ValueError("You must specify a day for weekly rollover "
                             "from 0 to 6 (0 is Monday): %s" % when)
        if when[1] not in "0123456":
            raise ValueError("Invalid day specified for weekly rollover: %s"
                             % when)
        return int(when[1])

    def _clock(self, seconds):
        return time.gmtime(seconds) if self.utc else time.localtime(seconds)

    def computeRollover(self, currentTime):
        """
        Work out the rollover time based on the specified time.
        """
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return currentTime + self.interval
        # Daily and weekly rollovers happen at atTime (midnight by default).
        now = self._clock(currentTime)
        since_midnight = (now[3] * 60 + now[4]) * 60 + now[5]
        at = self.atTime
        target = _MIDNIGHT if at is None else (
            (at.hour * 60 + at.minute) * 60 + at.second)
        wait = target - since_midnight
        weekday = now[6]
        if wait <= 0:
            wait += _MIDNIGHT
            weekday = (weekday + 1) % 7
        days = _MIDNIGHT
        if self.when.startswith('W'):
            wait += ((self.dayOfWeek - weekday) % 7) * _MIDNIGHT
            days = 7 * _MIDNIGHT
        result = currentTime + wait + (self.interval // days - 1) * days
        if not self.utc:
            result += self._dst_shift(now[-1], result)
        return result

    def _dst_shift(self, dst_now, when):
        """An hour more or less when summer time begins or ends before
        the rollover, so that it happens at the same wall-clock time."""
        dst_then = time.localtime(when)[-1]
        if dst_now == dst_then:
            return 0
        return 3600 if dst_now else -3600

    def shouldRollover(self, record):
        """
        Determine if rollover should occur.

        record is not used, as we are just comparing times, but it is needed so
        the method signatures are the same
        """
        now = int(time.time())
        if now < self.rolloverAt:
            return False
        if self._is_special_file():
            # Never rotate a device; look again one period later.
            self.rolloverAt = self.computeRollover(now)
            return False
        return True

    def getFilesToDelete(self):
        """
        Determine the files to delete when rolling over.

        More specific than the earlier method, which just used glob.glob().
        """
        folder, base = os.path.split(self.baseFilename)
        found = [os.path.join(folder, name) for name in os.listdir(folder)
                 if self._is_backup_of(base, name)]
        if len(found) < self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def _is_backup_of(self, base, name):
        if self.namer is None:
            prefix = base + '.'
            return (name.startswith(prefix)
                    and self.extMatch.fullmatch(name[len(prefix):]) is not None)
        # A namer may move the date anywhere: look for it, then check that
        # naming the base with it gives this name.
        for m in self.extMatch.finditer(name):
            if self.namer(base + '.' + m.group()) == name:
                return True
        return False

    def doRollover(self):
        """
        do a rollover; in this case, a date/time stamp is appended to the filename
        when the rollover happens.  However, you want the file to be named for the
        start of the interval, not the current time.  If there is a backup count,
        then we have to get a list of matching filenames, sort them and remove
        the one with the oldest suffix.
        """
        now = int(time.time())
        began = self.rolloverAt - self.interval
        stamp = self._clock(began)
        if not self.utc:
            dst_now = time.localtime(now)[-1]
            if dst_now != stamp[-1]:
                stamp = time.localtime(began + (-3600 if dst_now else 3600))
        target = self.rotation_filename(
            self.baseFilename + "." + time.strftime(self.suffix, stamp))
        self._release_stream()
        if os.path.exists(target):
            # This period was rolled over already: its backup stays as it
            # is, and the next record reopens the current file.
            return
        self.rotate(self.baseFilename, target)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        upcoming = self.computeRollover(now)
        while upcoming <= now:
            upcoming += self.interval
        self.rolloverAt = upcoming


class WatchedFileHandler(logging.FileHandler):
    """
    A handler for logging to a file, which watches the file
    to see if it has changed while in use. This can happen because of
    usage of programs such as newsyslog and logrotate which perform
    log file rotation. This handler, intended for use under Unix,
    watches the file to see if it has changed since the last emit.
    (A file has changed if its device or inode have changed.)
    If it has changed, the old file stream is closed, and the file
    opened to get a new stream.

    This handler is not appropriate for use under Windows, because
    under Windows open files cannot be moved or renamed - logging
    opens the files with exclusive locks - and so there is no need
    for such a handler.

    This handler is based on a suggestion and patch by Chad J.
    Schroeder.
    """

    def __init__(self, filename, mode='a', encoding=None,
                 delay=False, errors=None):
        super().__init__(filename, mode, _text_encoding(mode, encoding),
                         delay, errors)
        self.dev = self.ino = -1
        self._statstream()

    def _statstream(self):
        if self.stream is None:
            return
        st = os.fstat(self.stream.fileno())
        self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        """
        Reopen log file if needed.

        Checks if the underlying file has changed, and if it
        has, close the old stream and reopen the file to get the
        current stream.
        """
        if self.stream is None:
            return
        try:
            st = os.stat(self.baseFilename)
            same = (st.st_dev, st.st_ino) == (self.dev, self.ino)
        except FileNotFoundError:
            same = False
        if not same:
            # Moved or removed under us: write to a fresh file of that name.
            old, self.stream = self.stream, None
            old.flush()
            old.close()
            self.stream = self._open()
            self._statstream()

    def emit(self, record):
        """
        Emit a record.

        If underlying file has changed, reopen the file before emitting the
        record to it.
        """
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


# ---------------------------------------------------------------- buffering

class BufferingHandler(logging.Handler):
    """
  A handler class which buffers logging records in memory. Whenever each
  record is added to the buffer, a check is made to see if the buffer should
  be flushed. If it should, then flush() is expected to do what's needed.
    """

    def __init__(self, capacity):
        """
        Initialize the handler with the buffer size.
        """
        super().__init__()
        self.buffer, self.capacity = [], capacity

    def shouldFlush(self, record):
        """
        Should the handler flush its buffer?

        Returns true if the buffer is up to capacity. This method can be
        overridden to implement custom flushing strategies.
        """
        return len(self.buffer) >= self.capacity

    def flush(self):
        """
        Override to implement custom flushing behaviour.

        This version just zaps the buffer to empty.
        """
        with self.lock:
            del self.buffer[:]

    def close(self):
        """
        Close the handler.

        This version just flushes and chains to the parent class' close().
        """
        try:
            self.flush()
        finally:
            super().close()

    def emit(self, record):
        """
        Emit a record.

        Append the record. If shouldFlush() tells us to, call flush() to process
        the buffer.
        """
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()


class MemoryHandler(BufferingHandler):
    """
    A handler class which buffers logging records in memory, periodically
    flushing them to a target handler. Flushing occurs whenever the buffer
    is full, or when an event of a certain severity or greater is seen.
    """

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None,
                 flushOnClose=True):
        """
        Initialize the handler with the buffer size, the level at which
        flushing should occur and an optional target.

        Note that without a target being set either here or via setTarget(),
        a MemoryHandler is no use to anyone!

        The ``flushOnClose`` argument is ``True`` for backward compatibility
        reasons - the old behaviour is that when the handler is closed, the
        buffer is flushed, even if the flush level hasn't been exceeded nor the
        capacity exceeded. To prevent this, set ``flushOnClose`` to ``False``.
        """
        super().__init__(capacity)
        self.target, self.flushOnClose = target, flushOnClose
        self.flushLevel = flushLevel   # kept as given, unchecked

    def shouldFlush(self, record):
        """
        Check for buffer full or a record at the flushLevel or higher.
        """
        return (record.levelno >= self.flushLevel
                or BufferingHandler.shouldFlush(self, record))

    def setTarget(self, target):
        """
        Set the target handler for this handler.
        """
        with self.lock:
            self.target = target

    def flush(self):
        """
        For a MemoryHandler, flushing means just sending the buffered
        records to the target, if there is one. Override if you want
        different behaviour.

        The record buffer is only cleared if a target has been set.
        """
        with self.lock:
            if not self.target:
                return
            pending, self.buffer = self.buffer, []
            for record in pending:
                self.target.handle(record)

    def close(self):
        """
        Flush, if appropriately configured, set the target to None and lose the
        buffer.
        """
        try:
            self.flushOnClose and self.flush()
        finally:
            with self.lock:
                self.target = None
                super().close()


# ---------------------------------------------------------------- queues

class QueueHandler(logging.Handler):
    """
    This handler sends events to a queue. Typically, it would be used together
    with a multiprocessing Queue to centralise logging to file in one process
    (in a multi-process application), so as to avoid file write contention
    between processes.

    This code is new in Python 3.2, but this class can be copy pasted into
    user code for use with earlier Python versions.
    """

    def __init__(self, queue):
        """
        Initialise an instance, using the passed queue.
        """
        super().__init__()
        self.queue, self.listener = queue, None

    def enqueue(self, record):
        """
        Enqueue a record.

        The base implementation uses put_nowait. You may want to override
        this method if you want to use blocking, timeouts or custom queue
        implementations.
        """
        self.queue.put_nowait(record)

    def prepare(self, record):
        """
        Prepare a record for queuing. The object returned by this method is
        enqueued.

        The base implementation formats the record to merge the message and
        arguments, and removes unpickleable items from the record in-place.
        Specifically, it overwrites the record's `msg` and
        `message` attributes with the merged message (obtained by
        calling the handler's `format` method), and sets the `args`,
        `exc_info` and `exc_text` attributes to None.

        You might want to override this method if you want to convert
        the record to a dict or JSON string, or send a modified copy
        of the record while leaving the original intact.
        """
        text = self.format(record)
        # A copy: other handlers of the logger still see the original.
        sent = copy.copy(record)
        sent.message = sent.msg = text
        sent.args = sent.exc_info = sent.exc_text = sent.stack_info = None
        return sent

    def emit(self, record):
        """
        Emit a record.

        Writes the LogRecord to the queue, preparing it for pickling first.
        """
        try:
            prepared = self.prepare(record)
            self.enqueue(prepared)
        except Exception:
            self.handleError(record)


class QueueListener(object):
    """
    This class implements an internal threaded listener which watches for
    LogRecords being added to a queue, removes them and passes them to a
    list of handlers for processing.
    """
    _sentinel = None
    _thread = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        """
        Initialise an instance with the specified queue and
        handlers.
        """
        self.queue, self.handlers = queue, handlers
        self.respect_handler_level = respect_handler_level
        self._running = False

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def dequeue(self, block):
        """
        Dequeue a record and return it, optionally blocking.

        The base implementation uses get. You may want to override this method
        if you want to use timeouts or work with custom queue implementations.
        """
        return self.queue.get(block)

    def start(self):
        """
        Start the listener.

        Records are handled when the listener is stopped (there is no
        thread to handle them as they arrive).
        """
        if self._running:
            raise RuntimeError("Listener already started")
        self._running = True

    def prepare(self, record):
        """
        Prepare a record for handling.

        This method just returns the passed-in record. You may want to
        override this method if you need to do any custom marshalling or
        manipulation of the record before passing it to the handlers.
        """
        return record

    def handle(self, record):
        """
        Handle a record.

        This just loops through the handlers offering them the record
        to handle.
        """
        record = self.prepare(record)
        for handler in self.handlers:
            if self.respect_handler_level and record.levelno < handler.level:
                continue
            handler.handle(record)

    def handle_pending(self):
        """Handle every record the queue holds now (up to a sentinel)."""
        while True:
            try:
                record = self.dequeue(False)
            except queue.Empty:
                return False
            done = record is self._sentinel
            if not done:
                self.handle(record)
            if hasattr(self.queue, 'task_done'):
                self.queue.task_done()
            if done:
                return True

    def enqueue_sentinel(self):
        """
        This is used to enqueue the sentinel record.

        The base implementation uses put_nowait. You may want to override this
        method if you want to use timeouts or work with custom queue
        implementations.
        """
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        """
        Stop the listener.

        This handles every record still in the queue, then returns.
        """
        if not self._running:
            return
        self.enqueue_sentinel()
        self.handle_pending()
        self._running = False
