/** Where the submission form and its confirmation live (safe to import in the browser). */
export const SUBMIT_PATH = '/submit'
export const RECEIVED_PATH = '/submit/received'
/** The error summary's element id: a form sent without JavaScript comes back scrolled (and focused) there. */
export const ERROR_SUMMARY_ID = 'error-summary'

export const receivedHref = (reference: string) => `${RECEIVED_PATH}?ref=${encodeURIComponent(reference)}`
