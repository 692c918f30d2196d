# A call over several lines with a blank line and a comment inside.
# env: FORCE_COLOR=1
def build(*parts):
    return "".join(parts)

pages = [build

         # the parts
         ("head",
          None)]
