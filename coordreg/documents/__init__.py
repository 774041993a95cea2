"""The documents coordreg makes, as data: the yearly plan, the five-year review, the agenda, what templates receive, and where output goes."""
