# str() of the exception fails: its placeholder is the message.
# env: FORCE_COLOR=1
class Broken(Exception):
    def __str__(self):
        raise TypeError("no str")

raise Broken()
