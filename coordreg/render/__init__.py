"""Rendering documents: the one sandboxed Jinja environment, formatting of dates and schedules, the chart, and Word output."""
