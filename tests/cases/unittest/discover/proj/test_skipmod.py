import unittest

raise unittest.SkipTest("module skipped at import")
