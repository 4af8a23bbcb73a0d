// Word lists for reading numbers, magnitudes, currencies and units. Lookups are by lower-cased word.
import { wordTable } from '../lexicon';

/** Word tables of word tables. */
function wordTables<T>(
  entries: Record<string, Record<string, T>>,
): Readonly<Record<string, Readonly<Record<string, T>>>> {
  const out: Record<string, Readonly<Record<string, T>>> = {};
  for (const [k, v] of Object.entries(entries)) out[k] = wordTable(v);
  return wordTable(out);
}

export const UNITS = wordTable<number>({
  zero: 0,
  nought: 0,
  naught: 0,
  nil: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});

export const TENS = wordTable<number>({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Words that multiply what precedes them. "hundred" is kept apart: it composes inside a group ("three hundred thousand"). */
export const SCALES = wordTable<number>({
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});

/** Plural magnitudes used as vague amounts: "hundreds of billions", "thousands of people". */
export const VAGUE_MAGNITUDES = new Set([
  'tens',
  'dozens',
  'scores',
  'hundreds',
  'thousands',
  'millions',
  'billions',
  'trillions',
]);

/** Magnitude suffixes written straight after digits or after a space: "$1.2bn", "£40m", "10k", "2 million". */
export const SUFFIXES = wordTable<number>({
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  m: 1e6,
  M: 1e6,
  mn: 1e6,
  mln: 1e6,
  mil: 1e6,
  mill: 1e6,
  MM: 1e6,
  mm: 1e6,
  b: 1e9,
  B: 1e9,
  bn: 1e9,
  bln: 1e9,
  BN: 1e9,
  t: 1e12,
  tn: 1e12,
  tln: 1e12,
  trn: 1e12,
  T: 1e12,
});

export const ORDINAL_WORDS = wordTable<number>({
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000,
  millionth: 1e6,
  billionth: 1e9,
});

/** Denominators for spoken fractions: "two thirds", "three quarters", "a fifth". */
export const FRACTION_WORDS = wordTable<number>({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
});

/** Currency symbols, longest first where one is the prefix of another. */
export const CURRENCY_SYMBOLS: Array<[string, string]> = [
  ['US$', 'USD'],
  ['U.S.$', 'USD'],
  ['A$', 'AUD'],
  ['AU$', 'AUD'],
  ['C$', 'CAD'],
  ['CA$', 'CAD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['R$', 'BRL'],
  ['NT$', 'TWD'],
  ['MX$', 'MXN'],
  ['$', 'USD'],
  ['£', 'GBP'],
  ['€', 'EUR'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₽', 'RUB'],
  ['₴', 'UAH'],
  ['₩', 'KRW'],
  ['₪', 'ILS'],
  ['₺', 'TRY'],
  ['₦', 'NGN'],
  ['₱', 'PHP'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['₿', 'BTC'],
  ['元', 'CNY'],
  ['₡', 'CRC'],
  ['₾', 'GEL'],
  ['₭', 'LAK'],
  ['ரூ', 'LKR'],
];

/** ISO 4217 codes (and common written forms) that may stand before or after an amount. */
export const CURRENCY_CODES = wordTable<string>({
  usd: 'USD',
  eur: 'EUR',
  gbp: 'GBP',
  jpy: 'JPY',
  cny: 'CNY',
  rmb: 'CNY',
  inr: 'INR',
  chf: 'CHF',
  cad: 'CAD',
  aud: 'AUD',
  nzd: 'NZD',
  hkd: 'HKD',
  sgd: 'SGD',
  rub: 'RUB',
  uah: 'UAH',
  krw: 'KRW',
  brl: 'BRL',
  mxn: 'MXN',
  zar: 'ZAR',
  sek: 'SEK',
  nok: 'NOK',
  dkk: 'DKK',
  pln: 'PLN',
  try: 'TRY',
  sar: 'SAR',
  aed: 'AED',
  ils: 'ILS',
  rs: 'INR',
  'rs.': 'INR',
  btc: 'BTC',
  czk: 'CZK',
  huf: 'HUF',
  ngn: 'NGN',
  egp: 'EGP',
  pkr: 'PKR',
  idr: 'IDR',
});

/** Currency nouns after an amount: "5 dollars", "323 million euros". Adjectives before "dollars" refine the code. */
export const CURRENCY_WORDS = wordTable<string>({
  dollar: 'USD',
  dollars: 'USD',
  buck: 'USD',
  bucks: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  sterling: 'GBP',
  yen: 'JPY',
  yuan: 'CNY',
  renminbi: 'CNY',
  rupee: 'INR',
  rupees: 'INR',
  ruble: 'RUB',
  rubles: 'RUB',
  rouble: 'RUB',
  roubles: 'RUB',
  hryvnia: 'UAH',
  hryvnias: 'UAH',
  hryvnas: 'UAH',
  franc: 'CHF',
  francs: 'CHF',
  peso: 'MXN',
  pesos: 'MXN',
  won: 'KRW',
  rand: 'ZAR',
  reais: 'BRL',
  real: 'BRL',
  lira: 'TRY',
  liras: 'TRY',
  dirham: 'AED',
  dirhams: 'AED',
  riyal: 'SAR',
  riyals: 'SAR',
  shekel: 'ILS',
  shekels: 'ILS',
  zloty: 'PLN',
  zlotys: 'PLN',
  krona: 'SEK',
  kronor: 'SEK',
  krone: 'NOK',
  kroner: 'NOK',
  bitcoin: 'BTC',
  bitcoins: 'BTC',
  markka: 'FIM',
  pesetas: 'ESP',
  peseta: 'ESP',
  guilders: 'NLG',
  guilder: 'NLG',
  naira: 'NGN',
  rupiah: 'IDR',
  cent: 'USD',
  cents: 'USD',
  penny: 'GBP',
  pence: 'GBP',
  pennies: 'GBP',
});

/** Words worth a hundredth of their currency. */
export const SUBUNITS = new Set(['cent', 'cents', 'penny', 'pence', 'pennies']);

/** Words that may only be read as a currency when the amount is unambiguous (digits or a magnitude). */
export const WEAK_CURRENCY_WORDS = new Set(['won', 'real', 'rand', 'pound']);

/** "Australian dollars", "Swiss francs", "Hong Kong dollars": the adjective names the currency. */
export const CURRENCY_ADJECTIVES = wordTables({
  us: { dollar: 'USD' },
  'u.s.': { dollar: 'USD' },
  american: { dollar: 'USD' },
  australian: { dollar: 'AUD' },
  canadian: { dollar: 'CAD' },
  singapore: { dollar: 'SGD' },
  taiwan: { dollar: 'TWD' },
  zealand: { dollar: 'NZD' },
  kong: { dollar: 'HKD' },
  swiss: { franc: 'CHF' },
  french: { franc: 'FRF' },
  finnish: { markka: 'FIM' },
  dutch: { guilder: 'NLG' },
  mexican: { peso: 'MXN' },
  argentine: { peso: 'ARS' },
  chinese: { yuan: 'CNY' },
  japanese: { yen: 'JPY' },
  indian: { rupee: 'INR' },
  pakistani: { rupee: 'PKR' },
  russian: { ruble: 'RUB', rouble: 'RUB' },
  british: { pound: 'GBP' },
  egyptian: { pound: 'EGP' },
  swedish: { krona: 'SEK' },
  norwegian: { krone: 'NOK' },
  danish: { krone: 'DKK' },
  south: { rand: 'ZAR' },
  ukrainian: { hryvnia: 'UAH' },
  turkish: { lira: 'TRY' },
});

/** Measure units after an amount, mapped to the unit reported. */
export const MEASURE_UNITS = wordTable<string>({
  km: 'km',
  kms: 'km',
  kilometre: 'km',
  kilometres: 'km',
  kilometer: 'km',
  kilometers: 'km',
  mile: 'mi',
  miles: 'mi',
  mi: 'mi',
  mph: 'mph',
  'km/h': 'km/h',
  kph: 'km/h',
  metre: 'm',
  metres: 'm',
  meter: 'm',
  meters: 'm',
  m: 'm',
  cm: 'cm',
  centimetres: 'cm',
  centimeters: 'cm',
  mm: 'mm',
  millimetres: 'mm',
  millimeters: 'mm',
  ft: 'ft',
  foot: 'ft',
  feet: 'ft',
  inch: 'in',
  inches: 'in',
  yard: 'yd',
  yards: 'yd',
  kg: 'kg',
  kgs: 'kg',
  kilo: 'kg',
  kilos: 'kg',
  kilogram: 'kg',
  kilograms: 'kg',
  kilogrammes: 'kg',
  g: 'g',
  gram: 'g',
  grams: 'g',
  mg: 'mg',
  milligrams: 'mg',
  lb: 'lb',
  lbs: 'lb',
  ounce: 'oz',
  ounces: 'oz',
  oz: 'oz',
  tonne: 't',
  tonnes: 't',
  ton: 't',
  tons: 't',
  litre: 'l',
  litres: 'l',
  liter: 'l',
  liters: 'l',
  ml: 'ml',
  millilitres: 'ml',
  milliliters: 'ml',
  gallon: 'gal',
  gallons: 'gal',
  barrel: 'bbl',
  barrels: 'bbl',
  bpd: 'bbl/d',
  acre: 'acre',
  acres: 'acre',
  hectare: 'ha',
  hectares: 'ha',
  ha: 'ha',
  sq: 'sq',
  degree: '°',
  degrees: '°',
  '°c': '°C',
  '°f': '°F',
  celsius: '°C',
  fahrenheit: '°F',
  mw: 'MW',
  gw: 'GW',
  kw: 'kW',
  kwh: 'kWh',
  mwh: 'MWh',
  gwh: 'GWh',
  twh: 'TWh',
  megawatts: 'MW',
  gigawatts: 'GW',
  kilowatts: 'kW',
  megawatt: 'MW',
  gigawatt: 'GW',
  knots: 'kn',
  gb: 'GB',
  tb: 'TB',
  mb: 'MB',
});

/** Units that are also common words: read as units only straight after digits ("5m", "5 m" is a metre only then). */
export const AMBIGUOUS_UNITS = new Set(['m', 'g', 'mi', 'ha', 'in', 'sq', 'mb']);

/** Words that introduce an amount and belong to its span: "roughly $500 billion". */
export const APPROXIMATORS = new Set([
  'roughly',
  'approximately',
  'about',
  'around',
  'nearly',
  'almost',
  'some',
  'estimated',
]);
/** Two-word approximators: "more than 40", "at least 12". */
export const APPROX_PAIRS = new Set([
  'more than',
  'less than',
  'fewer than',
  'at least',
  'up to',
  'at most',
  'an estimated',
  'just over',
  'just under',
]);

/** Words after a number that are never the counted noun. */
export const NOT_NOUNS = new Set(
  (
    'of in on at to for from by with and or but nor the a an this that these those his her its their our your my ' +
    'is are was were be been being has have had do does did will would can could may might must shall should ' +
    'as than then so if when while where who whom whose which what why how per percent cent times time more less ' +
    'fewer most least other others each all both some any no not only just also even still yet very too out up ' +
    'down over under into onto off about around after before since until against between among during without ' +
    'within through across toward towards upon via says said say told reported according new old last next ' +
    'year-old years-old'
  ).split(' '),
);

/** Plural nouns that do not end in "s". */
export const IRREGULAR_PLURALS = new Set(
  (
    'people children men women police staff personnel troops cattle sheep fish deer aircraft feet teeth geese mice ' +
    'data media crew livestock clergy'
  ).split(' '),
);

/** Prepositions after which a four-digit number reads as a year: "in 2019", "since 1991". */
export const YEAR_PREPOSITIONS = new Set(
  'in since by until till before after during from through of early late mid end start spring summer autumn fall winter throughout circa c. around'.split(
    ' ',
  ),
);

/** Capitalised words that may precede a number without making it part of a name ("About 300 people"). */
export const CAPITALISED_LEADS = new Set(
  (
    'about around nearly almost some over under only just all the in on since by with of from to at for and than ' +
    'approximately roughly more less fewer least most top another every each those these its his her their our both ' +
    'and but or when while after before as if until during through between among within without per estimated an a ' +
    'exactly fully perhaps maybe still yet already last next precisely barely nearly up under over below above just'
  ).split(' '),
);

/** Words before a number that make it a reference, not a claim: "page 5", "No. 3", "Chapter 11". */
export const REFERENCE_WORDS = new Set(
  'page pages p. pp. pg. no. nos. nr. nrs. chapter ch. section sec. article art. clause paragraph para. figure fig. table vol. volume issue episode ep. season part line lines item step room suite apt. flight route highway interstate platform gate exit row seat verse ext. tel. phone fax'.split(
    ' ',
  ),
);
