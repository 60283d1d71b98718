'use strict'

/** A product's URL slug: lower case, words joined by single dashes, no dashes at either end. */
function slugify(title) {
  return title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    // The defect: no g flag, so only the leading dash goes.
    .replace(/^-|-$/, '')
}

module.exports = { slugify }
