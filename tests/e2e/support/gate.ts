/**
 * A door on the loopback in front of an HTTP server, which a test can close: open, it passes every
 * request through (method, path, headers, body; the answer as it comes); closed, it drops each
 * connection as soon as a request arrives on it, as a server that died would. faults.spec.ts puts
 * one in front of the loopback Content Lake, recipe.spec.ts one in front of `next start`.
 *
 *   const gate = await startGate('http://127.0.0.1:3000')
 *   gate.open = false   // the server behind is now unreachable (for new requests)
 *   gate.cut()          // and the connections open through it are dropped
 *   await gate.stop()
 *
 * Given several servers, it is a round-robin load balancer: each request goes to the next one.
 * With `forwardedFor`, it appends the address it sees to X-Forwarded-For, as nginx does. With `port`,
 * it listens there (a build that baked the lake's address in needs it there), else on a free port.
 */
import { createServer, request as httpRequest, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Gate {
  /** http://127.0.0.1:<port> */
  url: string
  /** host:port, e.g. for an nginx upstream. */
  address: string
  open: boolean
  /** `METHOD /path` of every request passed through, in order. */
  forwarded: string[]
  /** Drops every connection open now (a long-lived stream, a kept-alive socket), as a crash would. */
  cut(): void
  /** Which server (its index in the targets) each of them went to. */
  servedBy: number[]
  stop(): Promise<void>
}

export async function startGate(target: string | string[], { forwardedFor = false, port: listenPort = 0 } = {}): Promise<Gate> {
  const upstreams = (Array.isArray(target) ? target : [target]).map((t) => new URL(t))
  const gate = { open: true, forwarded: [] as string[], servedBy: [] as number[] } as Gate
  let next = 0
  const server: Server = createServer((req, res) => {
    if (!gate.open) {
      req.socket.destroy()
      return
    }
    const index = next++ % upstreams.length
    const upstream = upstreams[index]!
    gate.forwarded.push(`${req.method} ${req.url}`)
    gate.servedBy.push(index)
    const headers = { ...req.headers }
    if (forwardedFor) {
      const seen = req.socket.remoteAddress ?? ''
      headers['x-forwarded-for'] = headers['x-forwarded-for'] ? `${String(headers['x-forwarded-for'])}, ${seen}` : seen
    }
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    forward.on('error', () => res.destroy())
    res.on('close', () => forward.destroy())
    req.pipe(forward)
  })
  const sockets = new Set<import('node:net').Socket>()
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  gate.cut = () => {
    for (const socket of sockets) socket.destroy()
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(listenPort, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  gate.address = `127.0.0.1:${port}`
  gate.url = `http://${gate.address}`
  gate.stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return gate
}
