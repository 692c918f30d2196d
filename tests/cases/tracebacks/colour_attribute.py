# The source under plain carets (no anchors) is highlighted as a whole.
# env: FORCE_COLOR=1
class Config:
    name = None

def label(config):
    text = config.name.upper()
    return text

label(Config())
