// Schedules a retry. (The bug: the interval is never cleared by stop().)
export const live = new Set()
export function schedule (fn) { const t = setInterval(fn, 1000); live.add(t); return t }
export function stop (_t) { /* clearInterval(_t); live.delete(_t) */ }
