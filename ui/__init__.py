"""Tariff Advisor's desktop app (PySide6): a thin layer over the tariff_advisor domain."""
