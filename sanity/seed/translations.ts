/**
 * The Spanish translations of the Center's key content (lib/i18n): one `translation` document per
 * English document, holding only its words. Written for this site, faithful to the English: the same
 * facts, numbers, names and dates; proper names as lib/i18n/glossary.ts writes them; mayors' words
 * stay verbatim on the English document, and `quoteTranslation` is their translation, shown beside
 * them and marked as one. Documents not listed here have no Spanish yet: their Spanish pages show
 * the English text with a note, and the Studio lists them under "Missing Spanish".
 */
import { GLOSSARY } from '../../lib/i18n/glossary'
import { translationId, type TranslatableType } from '../../lib/i18n/translatable'
import { SOURCE } from './center'
import { ID, ref, richText, seedKey, type SeedDoc } from './lib'

const G = (key: keyof typeof GLOSSARY) => GLOSSARY[key].es

type Words = Record<string, unknown>

function es(documentType: TranslatableType, documentId: string, words: Words): SeedDoc {
  return { _id: translationId('es', documentId), _type: 'translation', language: 'es', documentType, document: ref(documentId), ...words }
}

/** Facts of a section, by the English fact's position (keys are derived from it by the build). */
type FactWords = { value: string; label: string }

const SETTINGS = es('siteSettings', ID.siteSettings, {
  name: G('center'),
  shortName: G('centerShort'),
  tagline: 'Apoyamos los esfuerzos de los alcaldes por hacer que las ciudades de todo el país sean más equitativas, más inclusivas y más compasivas',
  mission: `La ${G('conference')} fundó el Centro en 2018, después de que más de 325 alcaldes firmaran el ${G('compactFull')}. Junto con líderes empresariales, el Centro ayuda a los alcaldes a llevar el Pacto a la práctica: comparte lo que funciona en las ciudades, les indica recursos y asistencia, y reúne a los alcaldes para conversar sobre los desafíos que enfrentan sus ciudades.`,
  metaDescription: `Un centro de la ${G('conference')} que ayuda a alcaldes y líderes empresariales a construir ciudades compasivas, equitativas e inclusivas.`,
})

const COMPACT: [title: string, shortTitle: string, explanation: string][] = [
  [
    'Rechazar expresamente el extremismo, la supremacía blanca y toda forma de intolerancia',
    'Rechazar el extremismo y la intolerancia',
    'El alcalde dice con claridad y en público que la ciudad rechaza el extremismo, la supremacía blanca y toda forma de intolerancia.',
  ],
  ['Denunciar todo acto de odio dondequiera que ocurra', 'Denunciar los actos de odio', 'El alcalde se pronuncia contra todo acto de odio, dondequiera que ocurra.'],
  [
    'Garantizar la seguridad pública protegiendo al mismo tiempo la libertad de expresión y los demás derechos constitucionales básicos',
    'Seguridad pública y libertad de expresión',
    'La ciudad mantiene la seguridad pública y protege a la vez la libertad de expresión y los demás derechos básicos que garantiza la Constitución.',
  ],
  [
    'Pedir investigaciones policiales y de derechos civiles con todos los recursos necesarios sobre el terrorismo doméstico y los crímenes de odio',
    'Investigar los crímenes de odio y el terrorismo',
    'El alcalde pide que las investigaciones policiales y de derechos civiles sobre el terrorismo doméstico y los crímenes de odio cuenten con todos los recursos que necesitan.',
  ],
  [
    'Dar mayor relieve y prioridad a los programas contra los prejuicios y el odio en las escuelas del país',
    'Programas contra los prejuicios en las escuelas',
    'La ciudad trabaja con sus escuelas para dar prioridad a los programas contra los prejuicios y el odio.',
  ],
  [
    'Apoyar a las comunidades atacadas y reunir a líderes empresariales, cívicos y comunitarios para generar confianza',
    'Apoyar a las comunidades atacadas',
    'La ciudad apoya a las comunidades que son blanco del odio y reúne a líderes empresariales, cívicos y comunitarios para generar confianza.',
  ],
  [
    'Celebrar la diversidad, promover la inclusión y combatir los prejuicios',
    'Celebrar la diversidad',
    'La ciudad celebra su diversidad, promueve la inclusión y combate los prejuicios dondequiera que aparezcan.',
  ],
  [
    'Promover la capacitación policial para responder a los incidentes de odio, los crímenes de odio y el terrorismo doméstico, y para denunciarlos',
    'Capacitación policial sobre el odio',
    'La ciudad se asegura de que su policía esté capacitada para responder a los incidentes de odio, los crímenes de odio y el terrorismo doméstico, y para denunciarlos.',
  ],
  [
    'Animar a los residentes de sus comunidades a denunciar los incidentes y crímenes de odio, incluso por medio de líneas directas y herramientas en línea',
    'Animar a los residentes a denunciar el odio',
    'La ciudad anima a los residentes a denunciar los incidentes y crímenes de odio, incluso por línea directa y con herramientas en línea.',
  ],
  [
    'Mantener la aplicación de los derechos civiles y fortalecer las leyes sobre crímenes de odio cuando sea necesario',
    'Derechos civiles y leyes sobre crímenes de odio',
    'La ciudad sigue haciendo cumplir los derechos civiles y, cuando es necesario, trabaja para fortalecer las leyes sobre crímenes de odio.',
  ],
]

const PLAN: Record<'conference' | 'cities', string[]> = {
  conference: [
    'Continuar los esfuerzos colectivos para pronunciarse contra el racismo y otras formas de discriminación y proponer soluciones, y unirse en este esfuerzo a las organizaciones nacionales de derechos civiles;',
    'Abogar por la inclusión y la no discriminación en todas las leyes, políticas y programas federales;',
    'Trabajar por una reforma de las condenas y de las prisiones que reduzca las disparidades entre las personas negras e hispanas y las blancas en las condenas y en las tasas de encarcelamiento;',
    'Mejorar la capacidad de las personas que salen de prisión, que son de manera desproporcionada negras e hispanas, para reintegrarse en sus comunidades, mediante un mayor apoyo federal a los programas Second Chance y cambios en las políticas y los procedimientos que hacen difícil, si no imposible, llegar a ser miembros productivos de la sociedad;',
    'Seguir pidiendo un esfuerzo nacional ampliado para reducir la pobreza, que afecta de manera desproporcionada a las comunidades minoritarias, y crear oportunidades de empleo aumentando la creación de empleo, la capacitación laboral, la disponibilidad de cuidado infantil, la disponibilidad de transporte, la vivienda asequible y otra asistencia necesaria.',
  ],
  cities: [
    'Asegurarse de que las políticas y los procedimientos de la ciudad promuevan la inclusión y no discriminen, y de que los empleados reciban la capacitación necesaria para aplicarlos;',
    'Usar la tribuna pública para ejercer liderazgo en los temas que preocupan, entablar las conversaciones difíciles que hagan falta, pronunciarse contra los crímenes de odio y todos los actos discriminatorios siempre que ocurran, y brindar consuelo y ayuda a las víctimas de discriminación;',
    'Trabajar con el sistema escolar para promover la educación sobre las diferencias, la importancia de la tolerancia y un comportamiento que respete las diferencias entre las personas;',
    'Facilitar la integración de los inmigrantes y otros nuevos residentes en la comunidad;',
    'Fomentar actividades comunitarias que celebren la diversidad y eduquen a los residentes sobre las distintas culturas que componen la población de una ciudad.',
  ],
}

const ACTIVITIES: Record<string, Words> = {
  'collecting-and-disseminating-best-practices': {
    title: 'Recopilar y difundir buenas prácticas',
    description:
      'El documento fundacional del Centro (13 de noviembre de 2018) decía que la Conferencia invitaría a los alcaldes a enviar información sobre sus esfuerzos exitosos, y las lecciones aprendidas, para promover la inclusión y la compasión en las políticas y actividades de la ciudad y combatir el odio, el extremismo y la intolerancia, y publicaría esa información como buenas prácticas en su sitio web, al alcance de los alcaldes y sus ciudades, de otros niveles de gobierno, de las organizaciones privadas sin fines de lucro, de las empresas y del público.',
    statusNote: 'Descrita en 2018 como en sus comienzos.',
  },
  'providing-information-and-assistance': {
    title: 'Brindar información y asistencia',
    description:
      'El documento fundacional del Centro (13 de noviembre de 2018) decía que la Conferencia brindaría información y asistencia a los alcaldes y otros funcionarios municipales, como descripciones de esfuerzos exitosos en las ciudades, programas y planes de capacitación que puedan ser útiles, y otros recursos que puedan tener a su alcance para apoyar sus esfuerzos, entre ellos buenas prácticas de los programas de diversidad e inclusión de las empresas estadounidenses, y pondría en contacto entre sí al personal clave de las ciudades para que aprendan unos de otros qué funciona y qué no.',
    statusNote: 'Descrita en 2018 como en sus comienzos.',
  },
  'facilitating-mayoral-conversations': {
    title: 'Facilitar conversaciones entre alcaldes',
    description:
      'El documento fundacional del Centro (13 de noviembre de 2018) decía que la Conferencia reuniría a los alcaldes en encuentros, plataformas y llamadas para conversar sobre los desafíos de sus ciudades, cómo previenen los problemas y responden a ellos, y cómo promueven la inclusión y la compasión en sus políticas. Decía que esto había comenzado en Montgomery, en el lanzamiento del Centro, y que continuaría en una sesión plenaria de la Reunión de Invierno de la Conferencia en enero.',
    statusNote: 'Descrita en 2018 como ya comenzada.',
  },
  'collaborating-with-corporate-leaders': {
    title:
      'Colaborar con líderes empresariales para definir estrategias que promuevan la igualdad, la diversidad y la inclusión, y para compartir buenas prácticas destacadas y lecciones aprendidas en los sectores privado y público',
    description:
      'El documento fundacional del Centro (13 de noviembre de 2018) decía que la Conferencia daría a conocer buenas prácticas destacadas en el lugar de trabajo, así como lecciones aprendidas, para inspirar a otras ciudades y empresas a trabajar juntas en la diversidad y la inclusión, tanto en el lugar de trabajo como en la comunidad.',
    statusNote: 'Descrita en 2018 como en sus comienzos.',
  },
  'recognizing-exemplary-efforts': {
    title: 'Reconocer los esfuerzos ejemplares',
    description:
      'La Conferencia establecerá un programa de reconocimiento para destacar los esfuerzos especialmente exitosos de alcaldes y ciudades que promuevan soluciones de colaboración a favor de la inclusión y la compasión y combatan el odio, el extremismo y la intolerancia. Se invitará a los alcaldes a presentar solicitudes que describan iniciativas ejemplares, que examinará un jurado independiente. Los ganadores se anunciarán en una de las dos reuniones principales que la Conferencia celebra cada año.',
    statusNote: 'Prevista en 2018, según lo permitan los recursos.',
  },
  'supporting-targeted-communities': {
    title: 'Apoyar a las comunidades atacadas y reunir a líderes cívicos, empresariales y comunitarios para generar confianza',
    description:
      'La Conferencia pondrá en marcha un programa de subvenciones por concurso que financiará iniciativas locales que reúnan a líderes locales de los sectores público y privado para promover la inclusión y la compasión y combatir el odio, el extremismo y la intolerancia.',
    statusNote: 'Prevista en 2018, según lo permitan los recursos.',
  },
}

/** Title and summary of every section (its name in the navigation), and the text of the key ones. */
const SECTIONS: Record<string, { title: string; summary: string; body?: string; keyFacts?: FactWords[] }> = {
  about: {
    title: 'Acerca del Centro',
    summary: `Cómo nació el Centro del ${G('compact')} que más de 325 alcaldes firmaron después de Charlottesville, quién lo apoya, qué se propone y la ${G('conference')} que lo respalda.`,
    body: `
## De Charlottesville a Montgomery

En los días difíciles que siguieron a las manifestaciones violentas y mortales de [Charlottesville](ref:${ID.city('charlottesville-va')}) en agosto de 2017, más de 325 alcaldes firmaron el ${G('compactFull')}, un compromiso de 10 puntos para trabajar por ciudades inclusivas y compasivas, redactado por la Conferencia junto con la [${G('adl')}](ref:${ID.org('anti-defamation-league')}).

Fue el llamado inmediato y apremiante de los alcaldes a la acción lo que llevó pronto a la [${G('conference')}](ref:${ID.org('us-conference-of-mayors')}) a comprometerse a crear un Centro que apoyara los esfuerzos de los alcaldes por hacer que las ciudades de todo el país fueran más equitativas, más inclusivas y más compasivas. El presidente de la Conferencia, Steve Benjamin, alcalde de [Columbia (SC)](ref:${ID.city('columbia-sc')}), anunció el plan de crear el Centro (llamado originalmente ${G('centerOriginal')}) en su discurso de toma de posesión en Columbia el 7 de mayo de 2018, y de nuevo el 9 de junio en su discurso como presidente en la 86.ª reunión anual de la organización, en [Boston](ref:${ID.city('boston-ma')}). En esa reunión anual la Conferencia [anunció la creación del ${G('centerFormer')}](${SOURCE.launchRelease2018}), en un comunicado fechado el 11 de junio de 2018.

El alcalde Benjamin presentó formalmente el Centro en [Montgomery (AL)](ref:${ID.city('montgomery-al')}) en un encuentro de la Conferencia los días 13 y 14 de noviembre de 2018, que incluyó una sesión de conversación con Bryan Stevenson, fundador y director ejecutivo de la [Equal Justice Initiative](ref:${ID.org('equal-justice-initiative')}). Tom Cochran, director general y director ejecutivo de la Conferencia, documentó el encuentro para los alcaldes del país, y el Montgomery Advertiser informó sobre él el 14 de noviembre de 2018 y el [15 de noviembre de 2018](${SOURCE.montgomeryAdvertiser20181115}).

## El apoyo de las empresas

El apoyo temprano de [Walmart](ref:${ID.org('walmart')}), que hizo la subvención inicial, seguido del de [The Coca-Cola Company](ref:${ID.org('coca-cola-company')}) y del de [Comcast](ref:${ID.org('comcast')}), fue decisivo para la creación del Centro. (El documento fundacional del Centro, del 13 de noviembre de 2018, nombra a Walmart y a The Coca-Cola Company como los dos miembros clave de la comunidad empresarial que ya se habían unido a la Conferencia para construir el Centro.) Su apoyo transmite a los líderes municipales y empresariales que tres de las empresas más exitosas e influyentes del mundo reconocen la importancia de actuar directamente para enfrentar los prejuicios y el odio con compasión e inclusión. La Conferencia reconoce que el liderazgo de la comunidad empresarial contribuirá al éxito de los esfuerzos de cada alcalde y al éxito del propio Centro.

[Target](ref:${ID.org('target')}) también es aliado del Centro: desde 2021 trabaja con la Conferencia en el [${G('grantProgram')}](ref:${ID.section('grants')}).

## Antecedentes

La Conferencia expuso los antecedentes del Centro en un documento de 2018, *The Mayors and Business Leaders Center for Inclusive and Compassionate Cities*. Dice, en parte (citamos el original en inglés, cada pasaje seguido de nuestra traducción):

> Durante décadas, la Conferencia de Alcaldes de los Estados Unidos ha mantenido una firme posición a favor de los derechos civiles y en contra del racismo y de toda forma de discriminación. En los 55 años transcurridos desde el asesinato de Medgar Evers en Jackson, Mississippi, el atentado contra la iglesia bautista de la calle 16 en Birmingham, Alabama, que mató a cuatro niñas, y la Marcha sobre Washington encabezada por el Dr. Martin Luther King Jr., se ha avanzado mucho en reparar agravios del pasado y en garantizar los derechos civiles y humanos de todos los estadounidenses.

> En todo el país, los alcaldes se han pronunciado contra la discriminación y la injusticia cuando se han producido, y han emprendido esfuerzos para fomentar la equidad para los grupos subrepresentados y cultivar la tolerancia y el entendimiento en sus comunidades. Las ciudades también se han esforzado por integrar a los inmigrantes en sus comunidades y han adoptado diversas políticas para incluir plenamente y tratar con equidad a sus residentes LGBTQ. Han trabajado para inculcar la compasión en las políticas y actividades de sus ciudades.

> Sin embargo, las desigualdades en nuestras ciudades y en el país siguen siendo un desafío para los alcaldes. El extremismo y la intolerancia violenta aumentan en todo el país. En los estados y en los más altos niveles del gobierno hay intentos de debilitar las políticas de derechos civiles existentes y de reducir su aplicación. Han aumentado la violencia de odio, la retórica xenófoba y los actos discriminatorios dirigidos contra afroamericanos, judíos, musulmanes y otras minorías. Los alcaldes, que históricamente se han comprometido a promover la inclusión y la equidad, enfrentan estos desafíos directamente y no permitirán que triunfen.

> Los alcaldes y sus ciudades deben seguir siendo un faro de inclusión, tolerancia y respeto para todos. Reconocen la necesidad de fortalecer las culturas de diversidad, amabilidad y compasión en sus comunidades, y esperan que sus socios federales y estatales se unan a ellos en este empeño.

> Para cumplir la promesa de inclusión y equidad para todos, los alcaldes también deben colaborar con la comunidad empresarial. Los alcaldes dirigen sus ciudades, pero recorren cada paso del camino junto con las empresas que hay en ellas. Los líderes empresariales dirigen a miles de empleados, empleados que son ciudadanos que viven en nuestras ciudades, y son fundamentales para garantizar la inclusión no solo en el lugar de trabajo, sino también para asegurar que la cultura de la empresa refleje a las comunidades a las que sirve.

### El ${G('compact')}

El mismo documento describe el Pacto (original en inglés y nuestra traducción):

> Para centrar este esfuerzo, la Conferencia de Alcaldes de los Estados Unidos, junto con la Liga Antidifamación, puso en marcha una iniciativa inmediatamente después de las manifestaciones violentas de Charlottesville en agosto de 2017, el Pacto de los Alcaldes para Combatir el Odio, el Extremismo y la Intolerancia, para promover los principios fundamentales de justicia e igualdad que definen a los Estados Unidos.

> Más de 325 alcaldes del país, en la acción de alcaldes más reciente y más amplia a favor de la diversidad y la inclusión, han firmado hasta la fecha el Pacto, y se han comprometido a actuar para combatir las desigualdades y crear ciudades inclusivas y compasivas.

El ${G('compact')} tiene 10 componentes:

${COMPACT.map(([title], i) => `${i + 1}. [${title}](ref:${ID.compact(i + 1)})`).join('\n')}

## El objetivo del Centro

El documento expone a continuación el objetivo del Centro (original en inglés y nuestra traducción):

> En reconocimiento de la firme respuesta de los alcaldes al Pacto de los Alcaldes, la Conferencia pone en marcha el Centro de Alcaldes y Líderes Empresariales para Ciudades Inclusivas y Compasivas. Su objetivo es apoyar y hacer avanzar el Pacto de los Alcaldes con una acción sostenida mediante la colaboración, la educación y la concienciación, el intercambio de información, la asistencia técnica y las buenas prácticas.

> Un objetivo importante del Centro es crear una alianza sólida y comprometida entre los alcaldes y los líderes empresariales dentro de la Conferencia, y colaborar en visiones de éxito para que nuestras ciudades, y en última instancia nuestro país, sean más fuertes, más equitativas, más compasivas y más inclusivas. La inclusión es buena para la economía, para las empresas, para las ciudades y para el país.

(Citado de *The Mayors and Business Leaders Center for Inclusive and Compassionate Cities*, ${G('conference')}, 2018.)

En ese documento la Conferencia decía que, con el apoyo de sus aliados empresariales, comenzaba a trabajar con las ciudades para llevar a la práctica los 10 componentes del Pacto mediante estas actividades:

- ${ACTIVITIES['collecting-and-disseminating-best-practices']!.title}
- ${ACTIVITIES['providing-information-and-assistance']!.title}
- ${ACTIVITIES['facilitating-mayoral-conversations']!.title}
- ${ACTIVITIES['collaborating-with-corporate-leaders']!.title}

En el futuro, según lo permitan los recursos, se emprenderán otras actividades:

- ${ACTIVITIES['recognizing-exemplary-efforts']!.title}
- ${ACTIVITIES['supporting-targeted-communities']!.title}

## Acerca de la ${G('conference')}

La ${G('conference')} es la organización oficial y no partidista de las ciudades de 30,000 habitantes o más. En 2018 había 1,408 ciudades así en el país. Cada ciudad está representada en la Conferencia por su máxima autoridad electa, el alcalde.

Desde hace más de 70 años, la ${G('conference')} mantiene una firme posición a favor de los derechos civiles y en contra del racismo y de toda forma de discriminación. También ha apoyado los esfuerzos por fomentar la compasión y la amabilidad en las políticas municipales y por promover iniciativas de las ciudades que respeten y celebren las distintas culturas y religiones, comprendan las diferencias y unan a los residentes en torno a valores compartidos. En los años anteriores a 2018, la Conferencia adoptó políticas que apoyan la compasión como política pública eficaz, piden adoptar una cultura de amabilidad en las ciudades y en los Estados Unidos, y recuperar la cortesía y el respeto. Sus políticas también han apoyado los derechos de los inmigrantes, han reconocido los importantes aportes culturales y económicos que los inmigrantes hacen a las ciudades, y han condenado toda forma de discriminación y de discurso de odio basada en la religión o el país de origen de una persona.

En 2013, la Conferencia formó la [${G('coalition')}](ref:${ID.section('coalition')}) y obtuvo el compromiso de más de 120 alcaldes de aplicar su ${G('plan')}. En 2016, tras los trágicos tiroteos de [Dallas](ref:${ID.city('dallas-tx')}), Baton Rouge y Falcon Heights (MN), la Conferencia animó a los alcaldes a convocar conversaciones comunitarias sobre las relaciones raciales, la justicia, la labor policial y la igualdad, y recopiló y publicó información sobre esas conversaciones en 49 ciudades de 30 estados.
`,
    keyFacts: [
      { value: 'más de 325', label: `alcaldes firmaron el ${G('compactFull')}` },
      { value: '30,000 o más', label: 'habitantes: la población de las ciudades que representa la Conferencia' },
      { value: '1,408', label: 'ciudades de 30,000 habitantes o más en el país, en la fecha del documento fundacional de 2018' },
      { value: 'más de 70 años', label: 'de apoyo de la Conferencia a los derechos civiles y de oposición al racismo y la discriminación' },
      {
        value: 'más de 120',
        label: `alcaldes cuyo compromiso de aplicar el ${G('plan')} de la Coalición había obtenido la Conferencia, según su documento fundacional de 2018`,
      },
      { value: '49 ciudades de 30 estados', label: 'donde se celebraron en 2016 conversaciones comunitarias sobre las relaciones raciales, la justicia, la labor policial y la igualdad' },
    ],
  },
  'support-for-immigrants-and-minorities': {
    title: G('immigrants'),
    summary:
      'En julio de 2019 la Conferencia preguntó a los alcaldes cómo estaban asegurando a los inmigrantes y a todas las minorías que se sentían atacados que su ciudad estaba con ellos. Aquí están las declaraciones e iniciativas de ciudades de todo el país.',
    body: `
En julio de 2019, en un período en el que el miedo y la ansiedad de las comunidades inmigrantes de todo el país habían crecido a causa de una serie de agresivas iniciativas federales contra los inmigrantes, y en el que el miedo y la ansiedad de las comunidades minoritarias en general eran avivados por la retórica racista y nativista de muchas fuentes y porque muchos en los altos niveles del gobierno no la enfrentaban, la Conferencia invitó a los alcaldes a describir las medidas tomadas para asegurar a los inmigrantes y a todas las minorías que se sentían atacados que el gobierno de su ciudad estaba con ellos, para proteger sus derechos y ayudar a contrarrestar la retórica racista que pudieran sentir dirigida contra ellos.

A continuación hay ejemplos de declaraciones emitidas e iniciativas puestas en marcha en ciudades de todo el país.
`,
  },
  coalition: {
    title: G('coalition'),
    summary: `Formada por la Conferencia con la UNESCO y el ${G('stateDepartment')} de los Estados Unidos en 2013, la Coalición reúne a las ciudades cuyos alcaldes se comprometen a llevar a cabo un ${G('plan')} contra el racismo y la discriminación.`,
    body: `
La [${G('coalition')}](ref:${ID.org('us-coalition-of-cities-against-racism-and-discrimination')}) reúne a municipios comprometidos a mejorar las políticas y los servicios locales en la lucha contra el racismo, la xenofobia y la discriminación. Cada ciudad adopta un ${G('plan')} con pasos concretos para llevarlo a cabo. En 2018 la Conferencia informó del compromiso de más de 120 alcaldes de aplicar el plan; la UNESCO cuenta 51 municipios de 27 estados federales.

## Puesta en marcha en Birmingham en 2013

La [${G('conference')}](ref:${ID.org('us-conference-of-mayors')}), en cooperación con la [UNESCO](ref:${ID.org('unesco')}) y el [${G('stateDepartment')} de los Estados Unidos](ref:${ID.org('us-department-of-state')}), puso en marcha la Coalición el 12 de septiembre de 2013 en [Birmingham, Alabama](ref:${ID.city('birmingham-al')}). La inauguración formó parte de las actividades de la Semana del Empoderamiento en torno al 50.º aniversario de los trágicos hechos que marcaron en la ciudad el movimiento por los derechos civiles y la igualdad.

## Parte de una coalición mundial

La Coalición de los Estados Unidos se suma a otras seis coaliciones nacionales y regionales de la [${G('iccar')} – ICCAR](ref:${ID.org('iccar')}). Creada en 2004, esta red mundial reúne a más de 500 municipios de todo el mundo interesados en compartir buenas prácticas y aprovechar estrategias locales en ámbitos como la educación, el empleo, la vivienda y las actividades culturales.

Los alcaldes de los Estados Unidos han mantenido una firme posición a favor de los derechos civiles y en contra del racismo y de toda forma de discriminación; sin embargo, persisten graves disparidades raciales y étnicas. Se ha pedido a los gobiernos municipales que hagan más esfuerzos para cultivar la tolerancia y el entendimiento en sus comunidades.

## Cómo unirse a la Coalición

Se invita a las ciudades de los Estados Unidos a unirse a la ${G('coalition')} adhiriéndose al ${G('plan')} de la Conferencia. Para unirse a esta coalición, los alcaldes se comprometen a dar 10 pasos: cinco por medio de la ${G('conference')} y cinco en sus ciudades.

Para unirse, comuníquese con Laura DeKoven Waxman, [Director of Public Safety, The U.S. Conference of Mayors, 1620 Eye Street, NW, Washington, DC 20006, United States of America]{en}; teléfono del trabajo (202) 861-6754; correo electrónico [lwaxman@usmayors.org](mailto:lwaxman@usmayors.org).
`,
    keyFacts: [
      { value: 'más de 120', label: `alcaldes comprometidos a aplicar el ${G('plan')}` },
      { value: '51 municipios de 27 estados federales', label: 'reunidos en la Coalición de los Estados Unidos' },
    ],
  },
  'best-practices': {
    title: 'Buenas prácticas',
    summary:
      'Resúmenes de políticas que las ciudades han puesto en marcha para ser más inclusivas y compasivas. Se invita a todos los alcaldes a enviar las iniciativas de su ciudad.',
    body: `
La Conferencia presentó estos resúmenes en la página del Centro con estas palabras:

> A lo largo de los años, alcaldes de todo el país han puesto en marcha una amplia variedad de políticas pensadas para reforzar los objetivos de inclusión y compasión de sus ciudades. Se invita a todos los alcaldes a informar al Centro de sus iniciativas, para que otros alcaldes puedan consultarlas en esta página. Los informes que siguen resumen los esfuerzos en marcha en varias ciudades; cada uno indica una persona de la ciudad a la que se puede contactar para obtener más información.

## Una invitación a todos los alcaldes

Reunir y difundir buenas prácticas es una de las actividades que el documento fundacional del Centro fijó en noviembre de 2018. Decía que la Conferencia invitaría a los alcaldes a enviar información sobre sus esfuerzos exitosos —y sobre las lecciones aprendidas— para promover la inclusión y la compasión en las políticas y actividades municipales y combatir el odio, el extremismo y la intolerancia, y que publicaría esa información como buenas prácticas en su sitio web, de modo que esté ampliamente disponible para los alcaldes y sus ciudades, para otros niveles de gobierno, para las organizaciones privadas sin fines de lucro, para las empresas y para el público.
`,
  },
  'dismantling-systemic-racism': {
    title: 'Desmantelar el racismo sistémico',
    summary:
      'El grupo de trabajo de alcaldes sobre el racismo sistémico, formado dentro del programa de 2020 de la Conferencia “An American Breakthrough”, el informe del Urban Institute que cita el Centro y el capítulo sobre racismo sistémico de la plataforma de la Conferencia de agosto de 2020.',
  },
  'documenting-the-problems': {
    title: 'Documentar los problemas',
    summary:
      'Informes recientes de la ADL, Communities Against Hate y Over Zero con New America muestran cuánto han crecido en número e intensidad los incidentes de odio en los Estados Unidos.',
  },
  grants: {
    title: G('grantProgram'),
    summary:
      'Un programa de subvenciones de la Conferencia y Target, anunciado en enero de 2021, que financia y da a conocer prácticas policiales municipales que promueven un trato justo y equitativo de todos los residentes.',
  },
  'measures-of-racial-disparities': {
    title: 'Medidas de las disparidades raciales',
    summary:
      'Indicadores de disparidades raciales en los Estados Unidos publicados en los últimos años, de la página Measures of Racial Disparities de la Conferencia: la cifra de cada grupo, en un gráfico con su tabla.',
  },
  resources: {
    title: 'Recursos para apoyar el trabajo de las ciudades',
    summary:
      'Organizaciones nacionales que ayudan a las ciudades a superar las desigualdades que se oponen a la inclusión y la compasión, con los servicios que ofrecen, y publicaciones que las ciudades pueden aprovechar.',
  },
  videos: {
    title: 'Videos de reuniones y seminarios web de la USCM',
    summary:
      `Sesiones sobre compasión y equidad de la página de videos de reuniones y seminarios web de la ${G('conference')}: cada una con su reunión, su fecha tal como se indica y las personas que participaron.`,
  },
}

/** The six cities' statements: title and summary translated; quotes stay verbatim, translated beside them. */
const STATEMENTS: Record<string, Words> = {
  'evanston-il-2019': {
    title: 'Declaraciones de Evanston sobre la actividad prevista de ICE',
    summary:
      'El alcalde Stephen Hagerty emitió declaraciones sobre la actividad prevista de ICE en junio, en inglés y en español, y en julio.',
  },
  'nashville-tn-2019': {
    title: 'El anuncio de servicio público en español de Nashville y su declaración a la comunidad inmigrante',
    summary:
      'El alcalde David Briley publicó un anuncio de servicio público en español, con subtítulos en inglés, el 12 de julio de 2019; se vio más de 110,000 veces poco después de su publicación. El 22 de julio de 2019 emitió una declaración dirigida a la comunidad inmigrante, tras un incidente muy difundido en el que miembros de la comunidad impidieron un intento de ICE de arrestar a unos residentes.',
  },
  'rochester-mn-2019': {
    title: 'Rochester responde a la amenaza de redadas de ICE',
    summary:
      'La alcaldesa Kim Norton y el jefe de policía Jim Franklin emitieron una declaración conjunta el 11 de julio de 2019, en respuesta a la amenaza de redadas de ICE. La alcaldesa destaca la comunicación habitual con los miembros de las diversas comunidades de la ciudad, la relación de la Ciudad con el Diversity Council y más actividades para crear lazos con la comunidad, llamadas Safe City Nights, organizadas por la policía durante todo el verano.',
  },
  'santa-fe-nm-2019': {
    title: 'Santa Fe ante la amenaza de redadas de ICE en todo el país',
    summary:
      'El alcalde Alan Webber emitió una declaración sobre la amenaza de redadas coordinadas de ICE en todo el país, en la que las calificó de antiestadounidenses y contrarias a los valores de la ciudad, y dijo que incluso la amenaza siembra el miedo entre todos los residentes, perjudica a la policía y a la economía, traumatiza a las familias y a los niños y afecta a toda la comunidad. La Ciudad también publicó un resumen de su respuesta.',
    quoteTranslation:
      'fundamentalmente antiestadounidenses y contrarias a nuestros valores. Basta con insinuarlo para sembrar el miedo en toda nuestra gente, no solo en los inmigrantes. Perjudica a nuestra policía, frena nuestra economía, traumatiza a las familias y a los niños, y ensombrece a toda la comunidad.',
  },
  'stockton-ca-2019': {
    title: 'Stockton da la bienvenida a los inmigrantes',
    summary:
      'El alcalde Michael Tubbs dijo que Stockton da la bienvenida a los inmigrantes porque los inmigrantes construyeron la ciudad, y que sus residentes de todos los orígenes trabajan codo con codo para construir una comunidad más fuerte. La Ciudad elaboró una guía de recursos para sus residentes inmigrantes.',
    quoteTranslation:
      'En Stockton damos la bienvenida a los inmigrantes porque somos una ciudad construida por inmigrantes. Cada día, los habitantes de Stockton de todos los orígenes trabajan codo con codo para ayudar a construir una comunidad más fuerte y viven la frase “E Pluribus Unum”: que de muchos somos uno.',
  },
  'washington-dc-2019': {
    title: 'Los inmigrantes de DC son nuestros vecinos',
    summary:
      'La alcaldesa Muriel Bowser dijo que los inmigrantes del Distrito, sea cual sea su situación migratoria, son miembros valiosos de la comunidad, y que la ciudad seguirá trabajando para dar a cada residente el apoyo y las oportunidades que merece. El sitio web de la alcaldesa enumera una amplia gama de servicios y otros recursos a disposición de los inmigrantes.',
    quoteTranslation:
      'sea cual sea su situación migratoria, los inmigrantes de DC son nuestros vecinos, compañeros de trabajo, dueños de pequeños negocios, familiares y miembros valiosos de nuestra comunidad, y seguiremos trabajando juntos para brindar el apoyo y las oportunidades que merece cada persona de nuestra ciudad.',
  },
}

/**
 * Best practices: title and summary. Program names that are brands (GameUP 5-0, Shop Talk, One
 * Dallas: R.E.A.L. Change) stay as they are; descriptive names are translated, keeping their acronyms.
 */
const PRACTICES: Record<string, { title: string; summary: string }> = {
  'albuquerque-community-safety-department': {
    title: 'Departamento de Seguridad Comunitaria de Albuquerque',
    summary: 'Un departamento municipal dirigido por civiles y basado en un modelo de salud pública, creado en 2020 como tercer cuerpo de primera respuesta, junto a la policía y los bomberos.',
  },
  'anaheim-homeless-assessment-liaison-officer-team': {
    title: 'Equipo de Agentes de Enlace y Evaluación para Personas sin Hogar (HALO)',
    summary: 'Los agentes HALO de Anaheim se coordinan con los equipos de atención a personas sin hogar y los respaldan en las llamadas en las que ayuda la experiencia en salud mental.',
  },
  'arlington-gameup-5-0': {
    title: 'GameUP 5-0',
    summary: 'La policía de Arlington crea vínculos con jóvenes que no practican deportes tradicionales llevando videojuegos y eventos de deportes electrónicos a los barrios.',
  },
  'bloomington-increasing-trust-through-shared-values': {
    title: 'Programa para Aumentar la Confianza mediante Valores Compartidos',
    summary: 'Un programa de Bloomington que genera confianza entre la comunidad y la policía; se le atribuye que el departamento de policía haya completado su plantilla.',
  },
  'boston-youth-and-police-initiative': {
    title: 'Iniciativa Jóvenes y Policía (YPI)',
    summary: 'La Iniciativa Jóvenes y Policía de Boston forma a la policía para comprender a los jóvenes en dificultades y ayuda a esos jóvenes a relacionarse de otra manera con la autoridad policial.',
  },
  'charleston-racial-bias-audit': {
    title: 'Auditoría de sesgo racial',
    summary: 'El Departamento de Policía de Charleston se sometió voluntariamente a una auditoría completa de sesgo racial, que está transformando sus políticas, su formación y su recopilación de datos.',
  },
  'cincinnati-crisis-receiving-center': {
    title: 'Centro de Recepción de Crisis (CRC)',
    summary: 'El Centro de Recepción de Crisis de Cincinnati es una alternativa de bajo trauma a la cárcel o la sala de urgencias, con atención terapéutica inmediata y vínculos con servicios continuos.',
  },
  'dallas-one-dallas-real-change': {
    title: 'One Dallas: R.E.A.L. Change',
    summary:
      'Una reforma policial de toda la ciudad, iniciada después de 2020, que busca una labor policial responsable, equitativa, sujeta a rendición de cuentas y legítima: órdenes más estrictas sobre el uso de la fuerza y el deber de intervenir, formación sobre los sesgos y sobre la intervención de los testigos, y profesionales clínicos que responden junto a la policía mediante RIGHT Care, que la subvención sirvió para ampliar.',
  },
  'huntington-crisis-intervention-team': {
    title: 'Equipo de Intervención en Crisis',
    summary:
      'Huntington une a proveedores de salud mental con agentes de policía para responder a las crisis de salud mental, incluidas las que implican consumo de sustancias. El equipo se creó en septiembre de 2022 dentro de una Unidad de Atención Coordinada.',
  },
  'irving-shop-talk': {
    title: 'Shop Talk',
    summary:
      'Agentes de la policía de Irving visitan de manera informal barberías y salones de belleza de la comunidad afroamericana de la ciudad para conversar sobre las preocupaciones de los residentes y generar confianza. El programa comenzó en 2016.',
  },
  'kent-community-immersion-law-enforcement-program': {
    title: 'Programa de Inmersión Comunitaria para las Fuerzas del Orden (CILEP)',
    summary: 'Una pasantía previa a la academia que coloca a los nuevos reclutas de la policía de Kent en organizaciones sin fines de lucro locales para generar confianza con la comunidad.',
  },
  'lansing-mikey23-program': {
    title: 'Programa Mikey23 (Fundación Mikey23)',
    summary:
      'Agentes de la policía de Lansing y jóvenes en situación de riesgo rehabilitan juntos casas deterioradas, y los jóvenes aprenden oficios. Dirige el programa una organización sin fines de lucro fundada por un constructor cuyo hijo murió por la violencia armada.',
  },
  'little-rock-crisis-response-team': {
    title: 'Equipo de Respuesta a Crisis (CRT)',
    summary: 'El Equipo de Respuesta a Crisis de Little Rock atiende las necesidades de las personas en crisis.',
  },
  'madison-area-addiction-recovery-initiative': {
    title: 'Iniciativa de Recuperación de Adicciones del Área de Madison (MAARI)',
    summary:
      'Un programa de derivación previo al arresto, dirigido por la policía y en marcha desde 2017, que orienta a las personas con problemas de consumo de sustancias o de salud mental hacia el tratamiento y el apoyo de pares en la recuperación.',
  },
  'new-orleans-law-enforcement-assisted-diversion': {
    title: 'Derivación Asistida por las Fuerzas del Orden (LEAD)',
    summary:
      'La policía de New Orleans deriva a las personas que pasan una y otra vez por el sistema por delitos no violentos ligados a las drogas, la enfermedad mental o el trauma hacia la gestión de casos con NAMI New Orleans. La subvención tenía como fin extender el programa a toda la ciudad.',
  },
  'newark-police-explorers-program': {
    title: 'Programa de Exploradores de la Policía de Newark',
    summary: 'Experiencia práctica de las carreras en las fuerzas del orden para jóvenes de Newark de 14 a 21 años, para fortalecer su confianza y su motivación.',
  },
  'orlando-community-violence-intervention-and-prevention-initiative': {
    title: 'Iniciativa de Intervención y Prevención de la Violencia Comunitaria (CVIPI)',
    summary: 'Orlando incorpora a personas con alto riesgo de violencia armada a una atención de salud mental informada sobre el trauma, a la formación laboral y a un acompañamiento.',
  },
  'salisbury-police-mental-health-collaborative-partnership': {
    title: 'Alianza de Colaboración en Salud Mental de la Policía de Salisbury',
    summary:
      'Una alianza de respuesta conjunta que envía a un trabajador social con los agentes de la policía de Salisbury a las llamadas de servicio, a partir de la formación del departamento en el deber de intervenir y la desescalada.',
  },
  'trenton-rise': {
    title: 'Resiliencia que Aumenta el Éxito y la Excelencia (RISE)',
    summary: 'Un programa de Trenton en ocho partes que ofrece a jóvenes en situación de riesgo experiencias de desarrollo profesional y personal.',
  },
  'vicksburg-warren-county-youth-development-center': {
    title: 'Centro de Desarrollo Juvenil de Vicksburg y el condado de Warren (YDC)',
    summary:
      'Mediante una admisión integral, el Centro de Desarrollo Juvenil pone a los jóvenes en contacto con tutorías, mentorías, terapia y otros servicios, con un agente de policía integrado en el centro. Se centra en la pobreza, el abuso de sustancias y la delincuencia juvenil.',
  },
}

/** The timeline's milestones: title, place (where the English has one) and description. */
const MILESTONES: Record<string, { title: string; place?: string; description: string }> = {
  'us-coalition-launched': {
    title: `Se lanza la ${G('coalition')}`,
    place: 'Semana del Empoderamiento (Empowerment Week), 50.º aniversario de los hechos de los derechos civiles en Birmingham',
    description: `La Conferencia, en cooperación con la UNESCO y el ${G('stateDepartment')} de los Estados Unidos, lanzó la Coalición de los Estados Unidos en Birmingham, Alabama, como parte de las actividades de la Semana del Empoderamiento en torno al 50.º aniversario de los trágicos hechos que marcaron el movimiento por los derechos civiles y la igualdad en esa ciudad.`,
  },
  'community-conversations-2016': {
    title: 'Los alcaldes convocan conversaciones comunitarias sobre las relaciones raciales, la justicia, la labor policial y la igualdad',
    description:
      'Tras los trágicos tiroteos de Dallas, Baton Rouge y Falcon Heights (MN), la Conferencia animó a los alcaldes a convocar conversaciones comunitarias sobre las relaciones raciales, la justicia, la labor policial y la igualdad, y recopiló y publicó información sobre estas conversaciones en 49 ciudades de 30 estados.',
  },
  'mayors-compact': {
    title: `Más de 325 alcaldes firman el ${G('compactFull')}`,
    description: `En los días que siguieron a las violentas y mortales manifestaciones de Charlottesville en agosto de 2017, la Conferencia, junto con la ${G('adl')}, redactó el ${G('compact')}, un compromiso de 10 puntos para trabajar por ciudades inclusivas y compasivas. Más de 325 alcaldes lo firmaron.`,
  },
  'columbia-inaugural-address': {
    title: 'El alcalde Steve Benjamin anuncia los planes del Centro en su discurso inaugural',
    place: 'Discurso inaugural como presidente de la Conferencia',
    description: `El presidente de la Conferencia de Alcaldes, Steve Benjamin, alcalde de Columbia (SC), anunció los planes de establecer el Centro, cuyo título original fue ${G('centerOriginal')}.`,
  },
  'boston-presidents-address': {
    title: 'El alcalde Benjamin vuelve a anunciar el Centro en su Discurso del Presidente',
    place: '86.ª Reunión Anual',
    description: 'En su Discurso del Presidente en la 86.ª reunión anual de la Conferencia, en Boston, el alcalde Steve Benjamin volvió a anunciar los planes de establecer el Centro.',
  },
  'center-established': {
    title: 'La Conferencia anuncia el establecimiento del Centro',
    place: '86.ª Reunión Anual',
    description: `Durante su Reunión Anual en Boston, la Conferencia anunció el establecimiento del ${G('centerFormer')}, creado en reconocimiento de la firme respuesta de los alcaldes al ${G('compact')} y apoyado por una subvención inicial de Walmart.`,
  },
  'montgomery-launch': {
    title: 'El Centro se lanza formalmente en Montgomery',
    description:
      'El alcalde Steve Benjamin lanzó formalmente el Centro en un evento de la Conferencia de Alcaldes en Montgomery (AL) que incluyó una sesión de diálogo con Bryan Stevenson, fundador y director ejecutivo de la Equal Justice Initiative. Walmart y The Coca-Cola Company apoyaron al Centro en su lanzamiento. El director general y director ejecutivo de la Conferencia, Tom Cochran, documentó el evento para los alcaldes del país; el Montgomery Advertiser informó sobre él el 14 de noviembre de 2018 y el 15 de noviembre de 2018.',
  },
  'support-for-immigrants-and-minorities': {
    title: 'Se pregunta a los alcaldes cómo apoyan a los inmigrantes y las minorías',
    description:
      'Ante el creciente miedo y la ansiedad en las comunidades inmigrantes y minoritarias, la Conferencia invitó a los alcaldes a describir las medidas que habían tomado para asegurar a los inmigrantes y a todas las minorías que se sienten atacadas que el gobierno de su ciudad está con ellos.',
  },
  'leadership-meeting-orlando-2020': {
    title: 'El alcalde Greg Fischer informa a los alcaldes sobre los planes del Centro para 2020',
    place: 'Reunión de Liderazgo de 2020',
    description:
      'El alcalde de Louisville Greg Fischer, entonces vicepresidente de la Conferencia, informó a los alcaldes sobre los planes del Centro para el año y sobre sus esfuerzos por involucrar a los residentes de su ciudad en el servicio comunitario y desarrollar el “músculo social” que una ciudad necesita para responder a las crisis.',
  },
  'an-american-breakthrough': {
    title: 'El alcalde Greg Fischer lanza “An American Breakthrough”',
    description:
      'Al asumir la presidencia de la Conferencia, el alcalde de Louisville Greg Fischer lanzó un programa para el año siguiente que encargó a grupos de trabajo de alcaldes los desafíos más formidables del país, entre ellos desmantelar el racismo sistémico. El grupo de trabajo sobre el racismo sistémico lo copresiden los alcaldes Keisha Lance Bottoms, de Atlanta; Hardie Davis, Jr., de Augusta, y Christopher Cabaldon, de West Sacramento.',
  },
  'mayors-2020-vision': {
    title: 'La plataforma de los alcaldes “The Mayors’ 2020 Vision: An American Breakthrough”',
    description:
      'La plataforma de prioridades de la Conferencia de agosto de 2020, para un futuro seguro, sostenible y equitativo, incorporó la declaración detallada del grupo de trabajo sobre el impacto del racismo sistémico en las comunidades de color en lo que iba de 2020.',
  },
  'grant-program-announced': {
    title: `Target y la Conferencia anuncian el ${G('grantProgram')}`,
    place: 'Sesión de apertura de la Reunión de Invierno de 2021',
    description: 'Laysha Ward, vicepresidenta ejecutiva y directora de Compromiso Externo de Target, anunció el programa de subvenciones.',
  },
}

/** The business supporters' descriptions (their names are their own, in every language). */
const SUPPORTERS: Record<string, string> = {
  walmart:
    'Walmart fue la primera empresa que apoyó al Centro. Su subvención inicial ayudó a establecer el Centro en 2018 y, para el lanzamiento del Centro en noviembre de 2018, The Coca-Cola Company se había sumado a ella. La Conferencia considera que este apoyo temprano fue decisivo para el establecimiento del Centro.',
  'coca-cola-company':
    'The Coca-Cola Company siguió a Walmart en el apoyo temprano al Centro: para el lanzamiento del Centro, en noviembre de 2018, ambas empresas se habían sumado a la Conferencia en la creación del Centro y el apoyo a su labor.',
  comcast:
    'La Conferencia nombra a Comcast junto con Walmart y The Coca-Cola Company: el apoyo temprano de Walmart, seguido del de The Coca-Cola Company y Comcast, fue decisivo para el establecimiento del Centro.',
  target: `Target es socia del Centro. Laysha Ward, vicepresidenta ejecutiva y directora de Compromiso Externo de Target, anunció el ${G('grantProgram')}, una alianza de Target y la Conferencia, en la Reunión de Invierno de 2021 de la Conferencia, el 21 de enero de 2021. Desde 2023 el programa se llama ${G('grantProgramRenamed')}.`,
}

type Block = { _type: string; style?: string; children?: { _type: string; text: string; marks: string[] }[]; markDefs?: unknown[] }

/**
 * Quotations stay verbatim: each block quote of a translated text is replaced by the English
 * document's block quote at the same place (the original words, which the page marks lang="en"),
 * followed by its translation in a paragraph that says it is one.
 */
function withOriginalQuotes(spanish: Block[], english: unknown, slug: string): Block[] {
  const originals = ((english ?? []) as Block[]).filter((b) => b._type === 'block' && b.style === 'blockquote')
  let next = 0
  const blocks = spanish.flatMap((block) => {
    if (block.style !== 'blockquote') return [block]
    const original = originals[next++]
    if (!original) throw new Error(`Translation of section ${slug}: more quotations than the English text has`)
    const translation: Block = {
      ...block,
      style: 'normal',
      children: [{ _type: 'span', text: 'Traducción: ', marks: ['em'] }, ...(block.children ?? [])],
    }
    return [structuredClone(original), translation]
  })
  if (next !== originals.length) throw new Error(`Translation of section ${slug}: ${next} quotations for ${originals.length}`)
  return blocks
}

/** The Spanish translations; `englishById` holds the English documents, to check each translation against. */
export function translationDocuments(englishById: ReadonlyMap<string, SeedDoc>): SeedDoc[] {
  const factsOf = (sectionSlug: string, facts: FactWords[] | undefined) => {
    if (!facts) return undefined
    const english = (englishById.get(ID.section(sectionSlug))?.keyFacts ?? []) as unknown[]
    if (english.length !== facts.length) throw new Error(`Translation of section ${sectionSlug}: ${facts.length} key facts for ${english.length}`)
    return facts.map((f, i) => ({ _type: 'translatedFact', factKey: seedKey(`${ID.section(sectionSlug)}.keyFacts[${i}]`), ...f }))
  }
  const existing = (id: string) => {
    if (!englishById.has(id)) throw new Error(`A translation names ${id}, which is not in the dataset`)
    return id
  }
  return [
    SETTINGS,
    ...COMPACT.map(([title, shortTitle, explanation], i) => es('compactComponent', ID.compact(i + 1), { title, shortTitle, explanation })),
    ...(['conference', 'cities'] as const).flatMap((scope) => PLAN[scope].map((text, i) => es('planAction', ID.plan(scope, i + 1), { text }))),
    ...Object.entries(ACTIVITIES).map(([slug, words]) => es('centerActivity', ID.activity(slug), words)),
    ...Object.entries(SECTIONS).map(([slug, { title, summary, body, keyFacts }]) =>
      es('centerSection', ID.section(slug), {
        title,
        summary,
        ...(body ? { body: withOriginalQuotes(richText(body), englishById.get(ID.section(slug))?.body, slug) } : {}),
        ...(keyFacts ? { keyFacts: factsOf(slug, keyFacts) } : {}),
      }),
    ),
    ...Object.entries(STATEMENTS).map(([slug, words]) => es('mayoralStatement', ID.statement(slug), words)),
    ...Object.entries(PRACTICES).map(([slug, words]) => es('bestPractice', existing(ID.practice(slug)), words)),
    ...Object.entries(MILESTONES).map(([slug, words]) => es('milestone', existing(ID.milestone(slug)), words)),
    ...Object.entries(SUPPORTERS).map(([slug, description]) => es('organization', existing(ID.org(slug)), { description })),
  ]
}
