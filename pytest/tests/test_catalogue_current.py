"""docs/CATALOGUE.md is what `make catalogue` would write from the built probes."""
import difflib

import pytest

import catalogue
from conftest import ROOT


def test_catalogue_is_current():
    try:
        fresh = catalogue.generate(ROOT, ROOT / "build")
    except catalogue.NotBuilt as e:
        pytest.skip("cannot regenerate docs/CATALOGUE.md: %s" % e)
    path = ROOT / "docs" / "CATALOGUE.md"
    current = path.read_text() if path.exists() else ""
    if current != fresh:
        diff = difflib.unified_diff(current.splitlines(), fresh.splitlines(),
                                    "docs/CATALOGUE.md", "regenerated", lineterm="", n=0)
        pytest.fail("docs/CATALOGUE.md is out of date with the built probes (run: make "
                    "catalogue):\n" + "\n".join(list(diff)[:40]))
