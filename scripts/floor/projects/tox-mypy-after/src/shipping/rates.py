"""Shipping rates."""


def rate(weight_kg: float, zone: str) -> float:
    base = {"eu": 4.5, "us": 9.0}[zone]
    return base + weight_kg * 1.2


def label(weight_kg: float) -> str:
    # The bug: formats a float into a str-typed slot by concatenation.
    return "weight: " + weight_kg
