"""Reading YAML: plain data with the position of every value, within set limits."""
