"""Prints the invoice totals report."""
import sys

LINES = [("tea", 19.99), ("cake", 22.005)]
print("invoice 7")
print("items: %d" % len(LINES))
# The bug: truncates instead of rounding.
total = int(sum(p for _, p in LINES) * 100) / 100
print("total: %.2f" % total)
