"""The advice a shop hands over: charts and PDF/CSV/JSON exports."""
