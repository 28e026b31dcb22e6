"""Billing: the bill, the engine that prices an assignment, and today's plans."""
