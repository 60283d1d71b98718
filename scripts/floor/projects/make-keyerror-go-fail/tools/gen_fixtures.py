"""Writes the price fixtures the integration tests load."""
import json

PRICES = {"tea": 300, "cake": 450}
ORDER = ["tea", "cake", "scone"]  # the bug: scone was never added to PRICES

rows = [{"item": item, "cents": PRICES[item]} for item in ORDER]
with open("fixtures.json", "w") as f:
    json.dump(rows, f)
print("wrote", len(rows), "fixtures")
