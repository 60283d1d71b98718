import { EventEmitter } from 'node:events'

const MESSAGES = {
  en: { welcome: 'Welcome, {name}!' },
  fr: { welcome: 'Bienvenue, {name} !' }
}

function render (locale, key, vars) {
  return (MESSAGES[locale] ?? MESSAGES.en)[key].replace(/\{(\w+)\}/g, (_, v) => vars[v])
}

// The outbox batches messages and flushes them every 200 ms, announcing each one as 'sent'.
class Outbox extends EventEmitter {
  constructor () {
    super()
    this.queue = []
  }

  add (to, locale, key, vars) {
    this.queue.push({ to, text: render(locale, key, vars) })
  }

  async flush () {
    await new Promise(resolve => setTimeout(resolve, 200))
    // DEFECT: 'sent' was meant (the event the outbox documents and its listeners wait for).
    for (const m of this.queue.splice(0)) this.emit('send', m)
  }
}

export { Outbox, render }
