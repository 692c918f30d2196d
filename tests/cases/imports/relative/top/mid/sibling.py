name = "sibling of " + __package__
