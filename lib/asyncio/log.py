"""The logger asyncio reports to."""

import logging

logger = logging.getLogger(__package__)
