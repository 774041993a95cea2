"""Rendering documents: the one sandboxed Jinja environment, formatting of dates and schedules, and the chart."""
