"""The implementations of the import system's finders and loaders."""

from _frozen_importlib import BuiltinImporter, FrozenImporter, ModuleSpec
from _frozen_importlib_external import (BYTECODE_SUFFIXES, EXTENSION_SUFFIXES, SOURCE_SUFFIXES,
                                        ExtensionFileLoader, FileFinder, NamespaceLoader, PathFinder,
                                        SourceFileLoader, SourcelessFileLoader)


def all_suffixes():
    """Returns a list of all recognized module suffixes for this process"""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
