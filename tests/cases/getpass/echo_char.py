# echo_char is checked before anything is read.
import getpass

for fn in (getpass.getpass, getpass.unix_getpass, getpass.fallback_getpass, getpass.win_getpass):
    for bad in ("é", "ab", "", "\n", 5, b"*", ["*"]):
        try:
            fn("P", echo_char=bad)
        except (TypeError, ValueError) as e:
            print(fn.__name__, type(e).__name__, e)
print(getpass._check_echo_char(None), getpass._check_echo_char("*"), getpass._check_echo_char("~"))
