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
  stop(): Promise<void>
}

export async function startGate(target: string): Promise<Gate> {
  const upstream = new URL(target)
  const gate = { open: true, forwarded: [] as string[] } as Gate
  const server: Server = createServer((req, res) => {
    if (!gate.open) {
      req.socket.destroy()
      return
    }
    gate.forwarded.push(`${req.method} ${req.url}`)
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
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
