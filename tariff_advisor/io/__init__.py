"""Files: YAML with located errors, atomic writes, tables, where the shipped data lives."""
