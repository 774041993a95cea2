"""The documents coordreg makes: the yearly plan, the five-year review and the agenda as data, what templates receive, their Word form, and where output goes."""
