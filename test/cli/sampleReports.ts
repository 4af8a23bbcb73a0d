// Hand-built reports for format tests: they pin the formats down independently of what the analysis finds today.
import type { CheckResult, Finding } from '../../core/index';
import type { FileReport } from '../../cli/formats/shared';

export const ARTICLE = [
  'Lorvik council approved a 12% levy on Tuesday, mayor Dana Petrov said.',
  'Officials say the levy is the highest in the region, 50% or more, 100%: done.',
  '"We had no choice," Petrov said.',
  'A tricky line: <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> & "quotes" \'single\'',
].join('\n');

const at = (needle: string) => {
  const i = ARTICLE.indexOf(needle);
  if (i < 0) throw new Error(`sample text lacks ${needle}`);
  return { start: i, end: i + needle.length };
};

export function sampleResult(): CheckResult {
  const findings: Finding[] = [
    {
      code: 'number-mismatch',
      severity: 'error',
      message: 'The references give the levy as 10%, not 12%.',
      ...at('12%'),
      related: [
        {
          ref: 'refs/minutes.md',
          title: 'Council minutes <b>',
          excerpt: 'a levy of 10% was approved <script>alert(1)</script>',
          start: 40,
          end: 43,
          line: 2,
        },
      ],
      fixes: [{ title: 'Use 10%', ...at('12%'), newText: '10%' }],
    },
    {
      code: 'vague-attribution',
      severity: 'warning',
      message: 'Vague attribution ("Officials say"): name who says so, 100%, a:b',
      ...at('Officials say the levy is the highest in the region, 50% or more, 100%: done.'),
      related: [],
      fixes: [],
    },
    {
      code: 'unverified-claim',
      severity: 'hint',
      message: 'No reference contains this quote.',
      ...at('"We had no choice,"'),
      related: [],
      fixes: [],
    },
    {
      code: 'entity-inconsistent',
      severity: 'info',
      message: 'Markup <script>alert("x")</script> in a message',
      ...at('<script>window.__pwned = 1</script>'),
      related: [],
      fixes: [],
    },
  ];
  const line1 = at('Lorvik council approved a 12% levy on Tuesday, mayor Dana Petrov said.');
  const line2 = at('Officials say the levy is the highest in the region, 50% or more, 100%: done.');
  const line3 = at('"We had no choice," Petrov said.');
  const line4 = { start: line3.end + 1, end: ARTICLE.length };
  return {
    annotations: {
      paragraphs: [line1, line2, line3, line4].map((s, index) => ({ ...s, index })),
      sentences: [line1, line2, line3, line4].map((s, paragraph) => ({ ...s, paragraph, furniture: false })),
      entities: [
        { ...at('Lorvik'), text: 'Lorvik', type: 'PLACE', canonical: 'Lorvik' },
        { ...at('Dana Petrov'), text: 'Dana Petrov', type: 'PERSON', canonical: 'Dana Petrov' },
      ],
      quantities: [{ ...at('12%'), text: '12%', kind: 'PERCENT', value: 12, unit: '%' }],
      quotes: [
        {
          ...at('"We had no choice,"'),
          inner: 'We had no choice,',
          innerStart: at('We had').start,
          speaker: 'Dana Petrov',
        },
      ],
      assertions: [],
    },
    findings,
    claims: [{ kind: 'quantity', text: '12%', status: 'conflicting', evidence: [], ...at('12%') }],
  };
}

export function sampleReports(): FileReport[] {
  return [
    { file: 'news/levy, final:v2.md', text: ARTICLE, result: sampleResult() },
    {
      file: 'news/clean.md',
      text: 'Nothing here.\n',
      result: {
        annotations: { paragraphs: [], sentences: [], entities: [], quantities: [], quotes: [], assertions: [] },
        findings: [],
        claims: [],
      },
    },
    { file: 'news/broken.md', text: '', error: 'news/broken.md: not valid UTF-8 text, skipped' },
  ];
}
