/**
 * The submission schema's messages in each language. The rules live once, in ./schema.ts; these are
 * only their words, GOV.UK style (say what to do, in plain words). Safe to import in the browser.
 */
import { INTL_LOCALE, type Lang } from '../i18n/locales'

/** The names of the fields the length messages refer to. */
export type LengthLabel = 'city' | 'name' | 'jobTitle' | 'practiceTitle' | 'summary' | 'problem' | 'approach' | 'results'

export interface SchemaMessages {
  labels: Record<LengthLabel, string>
  atLeast: (label: string, min: string) => string
  atMost: (label: string, max: string) => string
  required: {
    city: string
    name: string
    jobTitle: string
    email: string
    practiceTitle: string
    summary: string
    approach: string
  }
  state: string
  emailTooLong: (max: string) => string
  emailFormat: string
  emailMixedScripts: string
  phoneFormat: string
  components: { none: string; unknown: string }
  topics: { none: string; unknown: string }
  linksTotal: (max: string) => string
  linksCount: (max: string) => string
  linkTooLong: (n: string, max: string) => string
  linkNotAddress: (n: string) => string
  linkNotPublic: (n: string) => string
  expired: string
  /** Answers of the server when it could not store a valid submission. */
  unavailable: string
  limited: (max: number, window: string, minutes: number) => string
  window: (hours: number | null, minutes: number) => string
}

export const SCHEMA_MESSAGES: Record<Lang, SchemaMessages> = {
  en: {
    labels: {
      city: 'City name',
      name: 'Your name',
      jobTitle: 'Your job title',
      practiceTitle: 'The name of the practice',
      summary: 'The summary',
      problem: 'The problem',
      approach: 'What the city did',
      results: 'The results',
    },
    atLeast: (label, min) => `${label} must be ${min} characters or more`,
    atMost: (label, max) => `${label} must be ${max} characters or fewer`,
    required: {
      city: 'Enter the name of your city',
      name: 'Enter your full name',
      jobTitle: 'Enter your job title',
      email: 'Enter your email address',
      practiceTitle: 'Enter the name of the practice',
      summary: 'Enter a summary of the practice',
      approach: 'Describe what the city did',
    },
    state: 'Select your city’s state',
    emailTooLong: (max) => `Your email address must be ${max} characters or fewer`,
    emailFormat: 'Enter an email address in the correct format, like name@city.gov',
    emailMixedScripts: 'Your email address mixes letters from different alphabets. Type it again using the letters of one alphabet',
    phoneFormat: 'Enter a phone number in the correct format, like (202) 555-0100',
    components: {
      none: 'Select at least one component of the Compact that the practice advances',
      unknown: 'Select components from the list',
    },
    topics: { none: 'Select at least one topic', unknown: 'Select topics from the list' },
    linksTotal: (max) => `Links must be ${max} characters or fewer in all`,
    linksCount: (max) => `Enter no more than ${max} links`,
    linkTooLong: (n, max) => `Link ${n} is too long: a link must be ${max} characters or fewer`,
    linkNotAddress: (n) => `Link ${n} is not a web address. Enter each link on its own line, starting with https:// or http://`,
    linkNotPublic: (n) => `Link ${n} leads to a private or local address. Enter a link to a public web page, starting with https:// or http://`,
    expired: 'This form has expired. Reload the page, then send the practice again.',
    unavailable:
      'Sorry, we could not save your practice just now. Your answers are still here: send it again in a few minutes, or email it to the Center.',
    limited: (max, window, minutes) =>
      `This connection has sent ${max} practices in the last ${window}, the most we accept. ` +
      `Your answers are still here: please wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`}, then send it again.`,
    window: (hours, minutes) => (hours === 1 ? 'hour' : hours ? `${hours} hours` : `${minutes} minutes`),
  },
  es: {
    labels: {
      city: 'El nombre de la ciudad',
      name: 'Su nombre',
      jobTitle: 'Su cargo',
      practiceTitle: 'El nombre de la práctica',
      summary: 'El resumen',
      problem: 'El problema',
      approach: 'Lo que hizo la ciudad',
      results: 'Los resultados',
    },
    atLeast: (label, min) => `${label} debe tener ${min} caracteres o más`,
    atMost: (label, max) => `${label} debe tener ${max} caracteres o menos`,
    required: {
      city: 'Escriba el nombre de su ciudad',
      name: 'Escriba su nombre completo',
      jobTitle: 'Escriba su cargo',
      email: 'Escriba su correo electrónico',
      practiceTitle: 'Escriba el nombre de la práctica',
      summary: 'Escriba un resumen de la práctica',
      approach: 'Describa lo que hizo la ciudad',
    },
    state: 'Seleccione el estado de su ciudad',
    emailTooLong: (max) => `Su correo electrónico debe tener ${max} caracteres o menos`,
    emailFormat: 'Escriba un correo electrónico con el formato correcto, como nombre@ciudad.gov',
    emailMixedScripts: 'Su correo electrónico mezcla letras de alfabetos distintos. Escríbalo de nuevo con las letras de un solo alfabeto',
    phoneFormat: 'Escriba un número de teléfono con el formato correcto, como (202) 555-0100',
    components: {
      none: 'Seleccione al menos un componente del Pacto que la práctica impulse',
      unknown: 'Seleccione componentes de la lista',
    },
    topics: { none: 'Seleccione al menos un tema', unknown: 'Seleccione temas de la lista' },
    linksTotal: (max) => `Los enlaces deben tener ${max} caracteres o menos en total`,
    linksCount: (max) => `Escriba ${max} enlaces como máximo`,
    linkTooLong: (n, max) => `El enlace ${n} es demasiado largo: un enlace debe tener ${max} caracteres o menos`,
    linkNotAddress: (n) => `El enlace ${n} no es una dirección web. Escriba cada enlace en su propia línea, empezando por https:// o http://`,
    linkNotPublic: (n) => `El enlace ${n} lleva a una dirección privada o local. Escriba un enlace a una página web pública, empezando por https:// o http://`,
    expired: 'Este formulario ha caducado. Vuelva a cargar la página y envíe la práctica de nuevo.',
    unavailable:
      'Lo sentimos, no pudimos guardar su práctica en este momento. Sus respuestas siguen aquí: envíela de nuevo en unos minutos o mándela por correo electrónico al Centro.',
    limited: (max, window, minutes) =>
      `Desde esta conexión se han enviado ${max} prácticas en ${window}, el máximo que aceptamos. ` +
      `Sus respuestas siguen aquí: espere ${minutes === 1 ? 'un minuto' : `${minutes} minutos`} y envíela de nuevo.`,
    window: (hours, minutes) => (hours === 1 ? 'la última hora' : hours ? `las últimas ${hours} horas` : `los últimos ${minutes} minutos`),
  },
}

/** A number as the language writes it: "3,000" (es-US writes it so too). */
export function numberIn(lang: Lang, n: number): string {
  return n.toLocaleString(INTL_LOCALE[lang])
}
