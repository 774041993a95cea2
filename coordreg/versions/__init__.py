"""A regulation through its versions: git access, the semantic comparison, its redline and reports, history and the git driver."""
