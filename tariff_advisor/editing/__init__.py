"""Editing a catalogue: round-trip documents, fields, diffs, table import, impact."""
