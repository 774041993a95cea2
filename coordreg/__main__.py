"""`python -m coordreg`."""

from coordreg.entry import main

main()
