"""The advisor window: members, configurator, usage, constraints, charts."""
