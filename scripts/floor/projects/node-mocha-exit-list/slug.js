// The bug: only the first space is replaced.
exports.slug = s => s.toLowerCase().replace(' ', '-')
