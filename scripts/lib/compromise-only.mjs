// The yardstick the benchmarks compare against: a compromise-only pipeline (people, places, organisations, money, and
// sentences with a reporting verb). Imported by scripts/bench.mjs; run as a script, it reads the files it is given, so
// a cold process can be timed the same way as a cold `copydesk annotate`.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const nlp = require('compromise');

const REPORTING = /\b(said|says|told|wrote|announced|claimed|according to)\b/;

export function compromiseOnly(text) {
  const doc = nlp(text);
  return {
    people: doc.people().out('array'),
    places: doc.places().out('array'),
    orgs: doc.organizations().out('array'),
    money: doc.money().out('array'),
    attributed: doc
      .sentences()
      .out('array')
      .filter((s) => REPORTING.test(s)).length,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const f of process.argv.slice(2)) compromiseOnly(readFileSync(f, 'utf8'));
}
