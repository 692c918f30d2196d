# lib: utrun
# assertRegex / assertNotRegex with strings, bytes and compiled patterns.
import re
import unittest
from utrun import Probe, failure

t = Probe()
failure(lambda: t.assertRegex("hello world", r"wor"))
failure(lambda: t.assertRegex("hello world", r"^wor"))
failure(lambda: t.assertRegex("hello", re.compile("x+")))
failure(lambda: t.assertRegex(b"bytes", b"z"))
failure(lambda: t.assertRegex("text", ""))
failure(lambda: t.assertRegex("text", "z", "mine"))
failure(lambda: t.assertNotRegex("hello world", r"o w"))
failure(lambda: t.assertNotRegex("hello world", r"xyz"))
failure(lambda: t.assertNotRegex("abc", re.compile("b+")))
