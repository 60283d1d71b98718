// The session store connects when the module loads and retries for ever (no error listener).
import Redis from 'ioredis'
export const sessions = new Redis({ host: '127.0.0.1', port: 6379, maxRetriesPerRequest: null })
