// The bug: VAT is added twice.
exports.gross = net => Math.round(net * 1.2 * 1.2 * 100) / 100
