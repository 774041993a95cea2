"""`coordreg check`: schema validation, the rules run over each file, JSON Schema export, and a regulation loaded with its records."""
