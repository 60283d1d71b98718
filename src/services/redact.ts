// URLs of started services as the summary and the audit report show them. Apart from the
// catalogue, so that rendering a run's record never loads the service definitions.

/** Hides the password of a URL for the summary and the audit report. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z]+:\/\/[^:/@]+:)[^@]*@/i, '$1***@')
}
