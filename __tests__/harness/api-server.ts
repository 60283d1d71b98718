// A loopback stand-in for the GitHub REST API: the pull request, its paginated files, and the
// contents of files at its base commit. It also answers on a Unix socket, which the harness
// bridges into an action run's own network namespace (see runAction's `network`).
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

/** The Unix socket of each running stand-in, by its URL. */
export const apiSockets = new Map<string, string>()

export interface PullRequestFixture {
  readonly body: string | null
  readonly files: readonly { filename: string; status?: string }[]
  /** owner/name of the head repository (null: a deleted fork); the base repository by default. */
  readonly head?: string | null
  /** The base commit; 'c' × 40 by default (what pullRequestPayload puts in base.sha). */
  readonly baseSha?: string
  /** Files at the base commit, for the contents API: text, or a symlink's target. */
  readonly baseFiles?: Record<string, string | { readonly symlink: string }>
  /** Comments already on the pull request (the issues API), e.g. a person's quoting the marker. */
  readonly comments?: readonly { readonly body: string; readonly user: { readonly login: string; readonly type: 'User' | 'Bot' } }[]
}

/** A comment as the stand-in keeps it. */
export interface StoredComment {
  readonly id: number
  readonly issue: number
  body: string
  readonly user: { readonly login: string; readonly type: 'User' | 'Bot' }
}

export interface ApiServer {
  readonly url: string
  readonly requests: { method: string; path: string; authorization: string | undefined }[]
  /** Answers the next N requests with this status (for fault tests). */
  failNext(count: number, status: number, headers?: Record<string, string>): void
  /** Every comment on the pull requests, in creation order (the issues API). */
  readonly comments: StoredComment[]
  /** Refuse writes with 403, as a read-only token is refused. */
  readOnly(on: boolean): void
  close(): Promise<void>
}

export async function startApiServer(pulls: Record<number, PullRequestFixture>, owner = 'octo-org', repo = 'widgets'): Promise<ApiServer> {
  const requests: ApiServer['requests'] = []
  let failures: { count: number; status: number; headers: Record<string, string> } = { count: 0, status: 500, headers: {} }
  let url = ''
  let readOnly = false
  const comments: StoredComment[] = Object.entries(pulls).flatMap(([n, p]) => (p.comments ?? []).map(c => ({ ...c, issue: Number(n) }))).map((c, i) => ({ id: 1000 + i, ...c }))
  const commentJson = (c: StoredComment): unknown => ({ id: c.id, body: c.body, user: c.user, html_url: `https://github.example/${owner}/${repo}/pull/${c.issue}#issuecomment-${c.id}` })
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const parsed = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push({ method: req.method ?? 'GET', path: parsed.pathname + parsed.search, authorization: req.headers.authorization })
    if (failures.count > 0) {
      failures.count--
      return send(res, failures.status, { message: failures.status === 403 ? 'API rate limit exceeded' : 'Server Error' }, failures.headers)
    }
    const issueComments = new RegExp(`^/repos/${owner}/${repo}/issues/(\\d+)/comments$`).exec(parsed.pathname)
    const oneComment = new RegExp(`^/repos/${owner}/${repo}/issues/comments/(\\d+)$`).exec(parsed.pathname)
    if (issueComments || oneComment) {
      if (req.method !== 'GET' && readOnly) return send(res, 403, { message: 'Resource not accessible by integration' })
      let raw = ''
      req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')))
      req.on('end', () => {
        const body = raw === '' ? undefined : (JSON.parse(raw) as { body?: string }).body
        if (issueComments && req.method === 'GET') return send(res, 200, comments.filter(c => c.issue === Number(issueComments[1])).map(commentJson))
        if (issueComments && req.method === 'POST' && typeof body === 'string') {
          const created: StoredComment = { id: 1000 + comments.length, issue: Number(issueComments[1]), body, user: { login: 'github-actions[bot]', type: 'Bot' } }
          comments.push(created)
          return send(res, 201, commentJson(created))
        }
        const existing = oneComment ? comments.find(c => c.id === Number(oneComment[1])) : undefined
        if (existing && req.method === 'PATCH' && typeof body === 'string') {
          if (existing.user.type !== 'Bot') return send(res, 403, { message: 'Resource not accessible by integration' })
          existing.body = body
          return send(res, 200, commentJson(existing))
        }
        return send(res, 404, { message: 'Not Found' })
      })
      return
    }
    const contents = new RegExp(`^/repos/${owner}/${repo}/contents/(.+)$`).exec(parsed.pathname)
    if (contents) {
      const ref = parsed.searchParams.get('ref')
      const file = decodeURIComponent(contents[1] as string)
      const entry = Object.values(pulls).find(p => (p.baseSha ?? 'c'.repeat(40)) === ref && p.baseFiles?.[file] !== undefined)?.baseFiles?.[file]
      if (entry === undefined) return send(res, 404, { message: 'Not Found' })
      if (typeof entry !== 'string') return send(res, 200, { type: 'symlink', name: path.basename(file), path: file, target: entry.symlink, size: entry.symlink.length })
      const content = Buffer.from(entry).toString('base64').replace(/.{60}/g, '$&\n')
      return send(res, 200, { type: 'file', encoding: 'base64', name: path.basename(file), path: file, size: Buffer.byteLength(entry), content })
    }
    const match = new RegExp(`^/repos/${owner}/${repo}/pulls/(\\d+)(/files)?$`).exec(parsed.pathname)
    const pr = match ? pulls[Number(match[1])] : undefined
    if (!match || !pr) return send(res, 404, { message: 'Not Found' })
    if (!match[2]) {
      const head = pr.head === undefined ? `${owner}/${repo}` : pr.head
      return send(res, 200, {
        number: Number(match[1]), state: 'open', title: 'PR', body: pr.body,
        head: { ref: 'feature', sha: 'b'.repeat(40), repo: head === null ? null : { full_name: head } },
        base: { ref: 'main', sha: pr.baseSha ?? 'c'.repeat(40), repo: { full_name: `${owner}/${repo}` } }
      })
    }
    const perPage = Number(parsed.searchParams.get('per_page') ?? 30)
    const page = Number(parsed.searchParams.get('page') ?? 1)
    const all = pr.files.map((f, i) => ({ sha: String(i).padStart(40, '0'), filename: f.filename, status: f.status ?? 'added', additions: 1, deletions: 0, changes: 1 }))
    const pages = Math.max(1, Math.ceil(all.length / perPage))
    const links: string[] = []
    const base = `${url}${parsed.pathname}?per_page=${perPage}`
    if (page < pages) links.push(`<${base}&page=${page + 1}>; rel="next"`, `<${base}&page=${pages}>; rel="last"`)
    return send(res, 200, all.slice((page - 1) * perPage, page * perPage), links.length ? { link: links.join(', ') } : {})
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no address')
  url = `http://127.0.0.1:${address.port}`
  const socketPath = path.join(mkdtempSync(path.join(tmpdir(), 'coach-gate-api-')), 'api.sock')
  const unixServer = createServer(server.listeners('request')[0] as (req: IncomingMessage, res: ServerResponse) => void)
  await new Promise<void>(resolve => unixServer.listen(socketPath, resolve))
  apiSockets.set(url, socketPath)
  return {
    url,
    requests,
    failNext: (count, status, headers = {}) => (failures = { count, status, headers }),
    comments,
    readOnly: on => (readOnly = on),
    close: async () => {
      apiSockets.delete(url)
      await Promise.all([server, unixServer].map(s => new Promise<void>(resolve => s.close(() => resolve()))))
      // The socket's folder goes too, so tests leave nothing in the system temp directory.
      rmSync(path.dirname(socketPath), { recursive: true, force: true })
    }
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(JSON.stringify(body))
}
