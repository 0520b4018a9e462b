/**
 * The server secret in a submission's identity (issue 28). A record's key, its document id and the
 * reference number people see are an HMAC of the form's idempotency key and of what was sent, with
 * this secret: a client chooses the idempotency key, so without the secret it could work out its
 * reference in advance, and a resend with other content under the same key would have been
 * answered with the first one (the change lost). The confirmation page shows a reference only
 * with its proof (an HMAC of the reference), so an address anyone can type never shows one.
 *
 * Where it comes from: SUBMISSION_SECRET (at least 32 characters) when set, which every instance
 * of a site with several servers must share (else a double submission reaching two instances
 * makes two drafts, and a confirmation served by another instance shows no reference); otherwise
 * a random secret made on first use and kept in SUBMISSIONS_DIR/secret (mode 0600), next to the
 * outbox, so that it survives restarts.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { submissionsDir } from '../env'

export const SECRET_FILE = 'secret'
const MIN_SECRET_LENGTH = 32

let cached: { source: string; secret: string } | null = null

/** The secret for this configuration (read once per configuration per process). */
export function submissionSecret(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.SUBMISSION_SECRET?.trim()
  if (configured !== undefined && configured !== '') {
    if (configured.length < MIN_SECRET_LENGTH) throw new Error(`SUBMISSION_SECRET must be at least ${MIN_SECRET_LENGTH} characters`)
    return configured
  }
  const dir = submissionsDir()
  if (cached?.source === dir) return cached.secret
  const file = join(dir, SECRET_FILE)
  let secret: string
  try {
    secret = readFileSync(file, 'utf8').trim()
  } catch {
    mkdirSync(dir, { recursive: true })
    try {
      // 'wx': of two processes starting at once, one writes and the other reads what it wrote.
      writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    secret = readFileSync(file, 'utf8').trim()
  }
  if (secret.length < MIN_SECRET_LENGTH) throw new Error(`${file} holds no usable secret: delete it and a new one is made`)
  cached = { source: dir, secret }
  return secret
}

/** The proof that this server issued a reference (for the confirmation's address). */
export function referenceProof(reference: string, secret: string): string {
  return createHmac('sha256', secret).update(`cicc-reference-proof\u0000${reference}`, 'utf8').digest('base64url').slice(0, 22)
}

export function isReferenceProof(reference: string, proof: unknown, secret: string): boolean {
  if (typeof proof !== 'string' || proof.length !== 22) return false
  return timingSafeEqual(Buffer.from(referenceProof(reference, secret)), Buffer.from(proof))
}
