"""The version of coordreg, and where it lives, in a module of its own that imports nothing.

`coordreg/__init__.py` re-exports it as `coordreg.__version__`. Library modules
that need it (the iCalendar agenda's PRODID) import it from here: importing the
package root instead would reach, through its operations (`coordreg.api`), the
layers above them.
"""

__version__ = "0.1.0"

# The project's repository: the one place its address is written. Reports that
# link to the documentation (SARIF's helpUri, the language server's code links)
# build their links from it; an office that keeps its own copy changes it here.
REPOSITORY_URL = "https://example.org/your-mirror/coordreg"
# The documentation of every finding code; `#cr301` is the anchor of CR301's section.
RULES_DOC_URL = f"{REPOSITORY_URL}/blob/main/docs/rules.md"


def rule_doc_url(code: str) -> str:
    """The address of `code`'s section in docs/rules.md (`coordreg explain` prints the same)."""
    return f"{RULES_DOC_URL}#{code.lower()}"
