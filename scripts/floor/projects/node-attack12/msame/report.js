exports.formatTotal = n => n.toLocaleString('en-US', { minimumFractionDigits: 2 })
