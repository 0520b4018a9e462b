/** Where the submission form, its handler and its confirmation live (safe to import in the browser). */
export const SUBMIT_PATH = '/submit'
export const SUBMISSIONS_API_PATH = '/api/submissions'
export const RECEIVED_PATH = '/submit/received'
/** The error summary's element id: the form is re-shown scrolled (and focused) there. */
export const ERROR_SUMMARY_ID = 'error-summary'

export const receivedHref = (reference: string) => `${RECEIVED_PATH}?ref=${encodeURIComponent(reference)}`
