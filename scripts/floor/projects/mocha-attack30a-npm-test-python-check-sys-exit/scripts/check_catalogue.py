"""Checks the catalogue before a release: every price is a whole, positive number of cents."""
import json
import sys

path = sys.argv[1]
with open(path) as f:
    catalogue = json.load(f)

for sku, item in catalogue.items():
    cents = item.get("cents")
    if not isinstance(cents, int) or cents <= 0:
        # DEFECT (in src/catalogue.json): pear's price was typed in euros (9.5), not cents (95).
        sys.exit(f"{path}: {sku}: price {cents!r} is not a whole number of cents")
print(f"{path}: {len(catalogue)} prices ok")
