// go test: plain, -v, and -json (normalise.ts turns -json events back into these lines).
import type { Dialect } from './dialect.js'

export const GO: Dialect = {
  id: 'go',
  markers: [
    { event: 'run', pattern: /^=== (?:RUN|CONT)\s+(?<name>\S{1,500})/ },
    { event: 'fail', pattern: /^\s*--- FAIL: (?<name>\S{1,500})/ },
    { event: 'pass', pattern: /^\s*--- (?:PASS|SKIP): (?<name>\S{1,500})/ },
    { event: 'end', pattern: /^ok {1,3}\t?\S|^FAIL(?:\s|$)|^PASS$/ }
  ]
}
