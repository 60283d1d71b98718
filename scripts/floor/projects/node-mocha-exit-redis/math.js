// The bug: add concatenates when given numeric strings from the form.
exports.add = (a, b) => a + b
