# An exception escaping runpy.run_module shows runpy's frames.
import runpy

runpy.run_module("raiser", run_name="__main__")
