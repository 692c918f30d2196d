# options: -W x -W ::Foo -W a:b:c:d:e:f -W error:::mod:abc -W error:::mod:-1 -W error::int -W error::bogus_module.UserWarning -W error::warnings.Nope -W zz:msg
# invalid -W options are reported and skipped
import sys, warnings
print(sys.warnoptions)
print(warnings.filters[0])
