import warnings

warnings.warn("imported: blame the importer", stacklevel=2)
warnings.warn("imported: from here")
