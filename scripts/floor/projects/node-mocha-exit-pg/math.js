exports.add = (a, b) => a + b
// The bug: rounds down instead of to the nearest cent.
exports.round2 = x => Math.floor(x * 100) / 100
exports.subtract = (a, b) => b - a // the bug: operands swapped
