"""The catalogue editor window: tables, undo, import, review."""
