"""Files on disk: finding regulation folders and records, and writing atomically."""
