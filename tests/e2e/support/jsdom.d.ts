/** The part of jsdom's API the end-to-end tests use (jsdom ships no types of its own). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string; contentType?: string })
    readonly window: Window & typeof globalThis
  }
}
