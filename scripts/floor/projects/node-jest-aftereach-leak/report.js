const fs = require('node:fs')
// Writes a report line. (The bug: the file descriptor is opened and never closed.)
function writeReport (file, line) {
  const fd = fs.openSync(file, 'a')
  fs.writeSync(fd, line + '\n')
  writeReport.open.add(fd)
  return fd
}
writeReport.open = new Set()
module.exports = { writeReport }
