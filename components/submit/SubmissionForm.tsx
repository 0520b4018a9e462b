'use client'

/**
 * The form for sending in a best practice, in the GOV.UK pattern: labels and hints above the fields,
 * "(optional)" on the optional ones, an error summary at the top linking to each field with a
 * problem, the message again beside the field, and focus on the summary when there are errors.
 *
 * Its action is a Server Action (app/[lang]/submit/actions.ts) through React's `useActionState`, so
 * it works without JavaScript: the browser posts the form, and the page comes back with the
 * action's answer, the errors and the answers as typed. With JavaScript, the same schema checks
 * the answers here first, and the action runs without a reload.
 */
import { useActionState, useEffect, useMemo, useRef, useState, type FormEvent, type MouseEvent, type ReactNode } from 'react'
import { US_STATES } from '@/lib/domain/states'
import { PRACTICE_TOPICS } from '@/lib/domain/vocabulary'
import type { Lang } from '@/lib/i18n/locales'
import { SUBMIT_WORDS, type SubmitWords } from '@/lib/i18n/submit'
import { topicsIn } from '@/lib/i18n/vocabulary'
import {
  CONSENT_VALUE,
  emptyRawSubmission,
  ERROR_SUMMARY_ID,
  fieldErrors,
  HONEYPOT_FIELD,
  IDEMPOTENCY_FIELD,
  isHoneypotFilled,
  LANGUAGE_FIELD,
  orderedErrors,
  rawFromEntries,
  submissionSchema,
  submitPathIn,
  type ErrorKey,
  type FieldErrors,
  type RawSubmission,
  type SubmitState,
  type TextField,
} from '@/lib/submissions/client'
import { z } from 'zod'

// Zod compiles its validators with `new Function` when it can, and tries it first; the site's
// Content-Security-Policy forbids eval (lib/security/headers.ts), so in the browser it is told not
// to (the try alone would be reported as a CSP violation and logged in the console).
if (typeof window !== 'undefined') z.config({ jitless: true })

export interface CompactChoice {
  _id: string
  number: number
  title: string
  /** The title's language, when it is not the page's (an untranslated component). */
  lang?: string
}

export interface SubmissionFormProps {
  /** The Server Action that receives the form. */
  action: (previous: SubmitState, form: FormData) => Promise<SubmitState>
  compactComponents: CompactChoice[]
  idempotencyKey: string
  /**
   * The Server Action's answer when the page is rendered after a form sent without JavaScript
   * (lib/submissions/sent-back.ts): the form's first state, so the HTML shows it. Null otherwise.
   */
  sentBack?: SubmitState
  /** The language of the page: the form's words and messages, and the language the submission records. */
  lang: Lang
}

const ERROR_TEXT = 'text-[#a8231b]'
const ERROR_BORDER = 'border-[#a8231b]'

/** The element an error summary link leads to: the field, or a group's first checkbox. */
function targetId(key: ErrorKey, compactComponents: CompactChoice[]): string | null {
  if (key === 'form') return null
  if (key === 'compactComponents') return compactComponents[0] ? `compactComponents-${compactComponents[0].number}` : null
  if (key === 'topics') return `topics-${PRACTICE_TOPICS[0].value}`
  return key
}

function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ')
  return list || undefined
}

function Hint({ id, children, className = '' }: { id: string; children: ReactNode; className?: string }) {
  return (
    <p id={id} className={`mt-1 max-w-[70ch] text-muted ${className}`}>
      {children}
    </p>
  )
}

function ErrorMessage({ id, message, t }: { id: string; message?: string; t: SubmitWords }) {
  if (!message) return null
  return (
    <p id={id} className={`mt-1 font-semibold ${ERROR_TEXT}`}>
      <span className="sr-only">{t.errorSr}</span>
      {message}
    </p>
  )
}

/** A question: its wrapper shows a red rule at the left when it has an error. */
function Group({ error, children }: { error?: string; children: ReactNode }) {
  return <div className={`mt-6 ${error ? `border-l-4 ${ERROR_BORDER} pl-4` : ''}`}>{children}</div>
}

const inputClass = (error?: string) =>
  `mt-2 block w-full rounded-none border-2 bg-white px-3 py-2 text-ink ${error ? ERROR_BORDER : 'border-ink'}`

interface QuestionProps {
  t: SubmitWords
  name: keyof RawSubmission & ErrorKey
  label: string
  hint?: ReactNode
  optional?: boolean
  error?: string
}

/** What a question hands its control: its id and name, and the state and descriptions to announce. */
interface ControlProps {
  id: string
  name: string
  'aria-invalid': true | undefined
  'aria-describedby': string | undefined
}

/** One question: its label, hint and error message, and the control they describe. */
function Question({ t, name, label, hint, optional, error, children }: QuestionProps & { children: (control: ControlProps) => ReactNode }) {
  return (
    <Group error={error}>
      <label htmlFor={name} className="block text-lg font-semibold">
        {label}
        {optional && <span className="font-normal">{t.optional}</span>}
      </label>
      {hint && <Hint id={`${name}-hint`}>{hint}</Hint>}
      <ErrorMessage id={`${name}-error`} message={error} t={t} />
      {children({
        id: name,
        name,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy(hint ? `${name}-hint` : null, error && `${name}-error`),
      })}
    </Group>
  )
}

type TextProps = QuestionProps & { defaultValue: string; width?: string }

function TextInput({
  defaultValue,
  width = 'max-w-md',
  type = 'text',
  autoComplete,
  spellCheck,
  ...question
}: TextProps & { type?: 'text' | 'email' | 'tel'; autoComplete?: string; spellCheck?: boolean }) {
  return (
    <Question {...question}>
      {(control) => (
        <input
          {...control}
          type={type}
          defaultValue={defaultValue}
          autoComplete={autoComplete}
          spellCheck={spellCheck}
          className={`${inputClass(question.error)} ${width}`}
        />
      )}
    </Question>
  )
}

function TextArea({ defaultValue, rows = 5, ...question }: QuestionProps & { defaultValue: string; rows?: number }) {
  return (
    <Question {...question}>
      {(control) => <textarea {...control} rows={rows} defaultValue={defaultValue} className={`${inputClass(question.error)} max-w-[70ch]`} />}
    </Question>
  )
}

function Checkboxes({
  t,
  name,
  legend,
  hint,
  error,
  options,
  checked,
}: {
  t: SubmitWords
  name: 'compactComponents' | 'topics'
  legend: string
  hint: ReactNode
  error?: string
  options: { id: string; value: string; label: ReactNode }[]
  checked: string[]
}) {
  return (
    <Group error={error}>
      <fieldset className="min-w-0">
        <legend className="text-lg font-semibold">{legend}</legend>
        <Hint id={`${name}-hint`}>{hint}</Hint>
        <ErrorMessage id={`${name}-error`} message={error} t={t} />
        <ul className="mt-3 grid gap-3">
          {options.map((option) => (
            <li key={option.value} className="flex items-start gap-3">
              <input
                id={option.id}
                name={name}
                type="checkbox"
                value={option.value}
                defaultChecked={checked.includes(option.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={describedBy(`${name}-hint`, error && `${name}-error`)}
                className="mt-1 h-6 w-6 shrink-0 accent-navy"
              />
              <label htmlFor={option.id} className="max-w-[65ch]">
                {option.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </Group>
  )
}

export function SubmissionForm({ action, compactComponents, idempotencyKey, sentBack = null, lang }: SubmissionFormProps) {
  const t = SUBMIT_WORDS[lang]
  // The permalink: a form sent before scripts run (or without them) posts here, and comes back
  // scrolled to the error summary, which takes focus.
  const [state, formAction, pending] = useActionState(action, sentBack, `${submitPathIn(lang)}#${ERROR_SUMMARY_ID}`)
  const values = state?.values ?? { ...emptyRawSubmission(), idempotencyKey }
  /** Problems found here before sending; null once the form is sent (the action's answer shows then). */
  const [checked, setChecked] = useState<FieldErrors | null>(null)
  const errors = checked ?? state?.errors ?? {}
  const [attempt, setAttempt] = useState(0)
  const summary = useRef<HTMLDivElement>(null)
  const baseTitle = useRef<string | null>(null)
  const schema = useMemo(
    () => submissionSchema({ compactComponentIds: compactComponents.map((c) => c._id), lang }),
    [compactComponents, lang],
  )
  const list = orderedErrors(errors)
  /** A text question's name, its error and the answer to show again. */
  const field = (name: TextField | 'links') => ({ t, name, error: errors[name], defaultValue: values[name] })

  // The page title says "Error: " while there are problems (the server says it too, without JavaScript).
  useEffect(() => {
    baseTitle.current ??= document.title.startsWith(t.errorPrefix) ? document.title.slice(t.errorPrefix.length) : document.title
    document.title = list.length ? `${t.errorPrefix}${baseTitle.current}` : baseTitle.current
  }, [list.length, t.errorPrefix])

  // After a send that found problems (here or on the server): the summary takes focus.
  useEffect(() => {
    if (list.length) summary.current?.focus()
    // eslint-disable-next-line react-hooks/exhaustive-deps -- on each new answer only
  }, [attempt, state])

  /** GOV.UK behavior: the link focuses the field and scrolls its label (or legend) into view. */
  function followErrorLink(event: MouseEvent<HTMLAnchorElement>, id: string) {
    const input = document.getElementById(id)
    if (!input) return
    event.preventDefault()
    const legend = input.closest('fieldset')?.querySelector('legend')
    const label = legend ?? document.querySelector(`label[for="${CSS.escape(id)}"]`)
    input.focus({ preventScroll: true })
    ;(label ?? input).scrollIntoView({ block: 'start' })
  }

  /** Checks the answers before sending; the action runs only when they pass (and once at a time). */
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (pending) return event.preventDefault()
    const entries = [...new FormData(event.currentTarget).entries()].filter((e): e is [string, string] => typeof e[1] === 'string')
    const raw = rawFromEntries(entries)
    // A filled honeypot goes to the server unchecked, which discards it as it would without JavaScript.
    if (!isHoneypotFilled(raw)) {
      const result = schema.safeParse(raw)
      if (!result.success) {
        event.preventDefault()
        setChecked(fieldErrors(result.error))
        setAttempt((n) => n + 1)
        return
      }
    }
    setChecked(null)
  }

  const topicOptions = topicsIn(lang).map((topic) => ({ id: `topics-${topic.value}`, value: topic.value, label: topic.title }))
  const componentOptions = compactComponents.map((c) => ({
    id: `compactComponents-${c.number}`,
    value: c._id,
    label: (
      <>
        <span className="font-semibold">{c.number}.</span> <span lang={c.lang}>{c.title}</span>
      </>
    ),
  }))

  return (
    <form action={formAction} noValidate onSubmit={onSubmit} className="max-w-3xl">
      {list.length > 0 && (
        <div
          id={ERROR_SUMMARY_ID}
          ref={summary}
          tabIndex={-1}
          aria-labelledby={`${ERROR_SUMMARY_ID}-title`}
          className={`mb-8 border-4 ${ERROR_BORDER} bg-white p-5 outline-none focus-visible:outline-3`}
        >
          <div role="alert">
            <h2 id={`${ERROR_SUMMARY_ID}-title`} className="text-xl">
              {t.errorSummary}
            </h2>
            <ul className="mt-3 grid gap-2">
              {list.map(([key, message]) => {
                const id = targetId(key, compactComponents)
                return (
                  <li key={key}>
                    {id ? (
                      <a href={`#${id}`} onClick={(event) => followErrorLink(event, id)} className={`font-semibold ${ERROR_TEXT}`}>
                        {message}
                      </a>
                    ) : (
                      <span className={`font-semibold ${ERROR_TEXT}`}>{message}</span>
                    )}
                  </li>
                )
              })}
            </ul>
          </div>
        </div>
      )}

      <input type="hidden" name={IDEMPOTENCY_FIELD} value={values.idempotencyKey || idempotencyKey} />
      <input type="hidden" name={LANGUAGE_FIELD} value={lang} />
      {/* The honeypot: out of sight and out of reach for people; robots that fill every field fill it. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor={HONEYPOT_FIELD}>{t.honeypot}</label>
        <input id={HONEYPOT_FIELD} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>

      <h2 className="text-2xl">{t.yourCity}</h2>
      <TextInput {...field('city')} label={t.city} autoComplete="address-level2" width="max-w-sm" />
      <Question t={t} name="state" label={t.state} error={errors.state}>
        {(control) => (
          <select {...control} defaultValue={values.state} autoComplete="address-level1" className={`${inputClass(errors.state)} max-w-sm`}>
            <option value="">{t.selectState}</option>
            {Object.entries(US_STATES).map(([code, name]) => (
              <option key={code} value={code}>
                {name} ({code})
              </option>
            ))}
          </select>
        )}
      </Question>

      <h2 className="mt-12 text-2xl">{t.aboutYou}</h2>
      <p className="mt-2 max-w-[70ch] text-muted">{t.aboutYouHint}</p>
      <TextInput {...field('name')} label={t.name} autoComplete="name" spellCheck={false} />
      <TextInput
        {...field('jobTitle')}
        label={t.jobTitle}
        hint={t.jobTitleHint}
        autoComplete="organization-title"
      />
      <TextInput
        {...field('email')}
        label={t.email}
        type="email"
        autoComplete="email"
        spellCheck={false}
      />
      <TextInput
        {...field('phone')}
        label={t.phone}
        optional
        type="tel"
        hint={t.phoneHint}
        autoComplete="tel"
        width="max-w-xs"
      />

      <h2 className="mt-12 text-2xl">{t.thePractice}</h2>
      <TextInput
        {...field('practiceTitle')}
        label={t.practiceTitle}
        hint={t.practiceTitleHint}
        width="max-w-[70ch]"
      />
      <TextArea
        {...field('summary')}
        label={t.summary}
        hint={t.summaryHint}
        rows={4}
      />
      <TextArea
        {...field('problem')}
        label={t.problem}
        optional
        hint={t.problemHint}
      />
      <TextArea
        {...field('approach')}
        label={t.approach}
        hint={t.approachHint}
        rows={8}
      />
      <TextArea
        {...field('results')}
        label={t.results}
        optional
        hint={t.resultsHint}
      />
      <Checkboxes
        t={t}
        name="compactComponents"
        legend={t.components}
        hint={t.selectAll}
        error={errors.compactComponents}
        options={componentOptions}
        checked={values.compactComponents}
      />
      <Checkboxes
        t={t}
        name="topics"
        legend={t.topics}
        hint={t.selectAll}
        error={errors.topics}
        options={topicOptions}
        checked={values.topics}
      />
      <TextArea
        {...field('links')}
        label={t.links}
        optional
        hint={t.linksHint}
        rows={4}
      />

      <h2 className="mt-12 text-2xl">{t.publishHeading}</h2>
      <Group error={errors.publishContact}>
        <div className="flex items-start gap-3">
          <input
            id="publishContact"
            name="publishContact"
            type="checkbox"
            value={CONSENT_VALUE}
            defaultChecked={values.publishContact === CONSENT_VALUE}
            aria-describedby="publishContact-hint"
            className="mt-1 h-6 w-6 shrink-0 accent-navy"
          />
          <label htmlFor="publishContact" className="max-w-[65ch] font-semibold">
            {t.publishLabel}
          </label>
        </div>
        <Hint id="publishContact-hint" className="pl-9">
          {t.publishHint}
        </Hint>
      </Group>

      <div className="mt-10">
        <button
          type="submit"
          aria-disabled={pending || undefined}
          className="rounded bg-navy px-6 py-3 text-lg font-semibold text-white hover:bg-navy-deep hover:underline aria-disabled:opacity-80"
        >
          {pending ? t.sending : t.send}
        </button>
      </div>
    </form>
  )
}
