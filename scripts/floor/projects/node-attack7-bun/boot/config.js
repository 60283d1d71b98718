// The service's settings; `limits` was renamed `quota` in settings.json and this line was missed.
const raw = { region: 'eu', quota: { retries: 3 } }
// defect: reads the old key, so loading this module throws a TypeError
export const config = { region: raw.region, retries: raw.limits.retries }
