from .thing import VALUE
