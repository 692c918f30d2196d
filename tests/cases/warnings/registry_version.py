# __warningregistry__ records the filters' version; a change of the filters
# empties it, so a "default" warning shows again
import warnings
def w():
    warnings.warn("again?")
print("__warningregistry__" in globals())
w()
w()
print(__warningregistry__)
warnings.simplefilter("default")
print(__warningregistry__)
w()
print(__warningregistry__)
warnings.filterwarnings("ignore", "zzz")
w()
warnings.simplefilter("ignore")
w()
print(__warningregistry__)
