# With no handler anywhere: lastResort writes to the current stderr; without
# it, a one-time complaint.
import logging, sys

sys.stderr = sys.stdout
log = logging.getLogger('lr')
log.warning('to last resort %s', 1)
log.info('below last resort level')
print(repr(logging.lastResort), logging.lastResort.level)
logging.lastResort.setLevel(logging.INFO)
log.setLevel(logging.INFO)
log.info('now at info')
logging.lastResort = None
log.warning('complaint once')
log.warning('no second complaint')
print(logging.Logger.manager.emittedNoHandlerWarning)
logging.raiseExceptions = False
logging.Logger.manager.emittedNoHandlerWarning = False
log.warning('silent')
logging.getLogger().addHandler(logging.NullHandler())
log.warning('null handler swallows it')
