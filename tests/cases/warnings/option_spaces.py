# options: -W " error : some.message : UserWarning "
# the fields of -W are stripped; the message is escaped, matched ignoring case
import warnings
print(warnings.filters[0])
warnings.warn("something else")
try:
    warnings.warn("SOME.MESSAGE here")
except UserWarning as e:
    print("caught", e)
warnings.warn("someXmessage: the dot is literal")
