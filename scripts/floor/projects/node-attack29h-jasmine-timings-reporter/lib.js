// Every problem found with an order line, raised together (the `errors` list is shown to the user).
class ValidationErrors extends Error {
  constructor(errors) { super(errors.join('; ')); this.name = 'ValidationErrors'; this.errors = errors }
}

// Validates an order line's price ("12.50", in euros), at most 50.00. The defect: the fractional
// part is scaled instead of the whole part (frac * 100 + whole for whole * 100 + frac), so "12.50"
// reads as 5012 cents and is over the limit.
function validate(line) {
  const [whole, frac = '0'] = line.price.split('.')
  const cents = parseInt(frac, 10) * 100 + parseInt(whole, 10)
  const errors = []
  if (cents > 5000) errors.push(`price ${line.price} is over the limit`)
  if (!(line.qty > 0)) errors.push(`quantity ${line.qty} is not positive`)
  if (errors.length > 0) throw new ValidationErrors(errors)
  return { ...line, cents }
}


module.exports = { validate, ValidationErrors }
