from .. import VERSION as APP_VERSION

CORE = 'core-' + APP_VERSION
