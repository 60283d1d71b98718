"""Stock levels."""
from typing import Dict, Optional


def level(stock: Dict[str, int], sku: str) -> int:
    # The bug: returns None for an unknown sku, which callers add to.
    found: Optional[int] = stock.get(sku)
    return found


def total(stock: Dict[str, int]) -> str:
    return sum(stock.values())
