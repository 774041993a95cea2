"""Every word coordreg shows a user, in Vietnamese and English: messages, terms and document labels."""
