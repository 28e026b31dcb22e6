"""The household: members and their monthly usage; household files."""
