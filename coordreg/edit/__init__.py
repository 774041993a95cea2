"""Commands that change files: fmt, transfer, new (the skeleton) and the evaluation-record skeleton."""
