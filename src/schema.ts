// JSON Schema (draft 2020-12) of one output document: what `arqam --schema` prints and what
// every output in the tests is validated against. Keep it in step with types.ts and the README.

const span = {
  text: { type: 'string' },
  start: { type: 'integer', minimum: 0, description: 'Unicode code point offset into the input, inclusive' },
  end: { type: 'integer', minimum: 0, description: 'Unicode code point offset into the input, exclusive' },
} as const;

const isoDay = { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' } as const;
const isoValue = { type: ['string', 'null'], pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;
const nullableString = { type: ['string', 'null'] } as const;

export const OUTPUT_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://github.com/arqam/arqam/schema/output.json',
  title: 'arqam output document',
  description: 'One object per input document. Facts are grouped by kind.',
  type: 'object',
  required: ['input', 'ref_date', 'casualties', 'dates', 'quotes', 'numbers'],
  additionalProperties: false,
  properties: {
    input: { type: 'string', description: 'File path, "-" for standard input, or the JSON Lines id' },
    ref_date: { anyOf: [isoDay, { type: 'null' }], description: 'Reference date used for relative dates' },
    casualties: { type: 'array', items: { $ref: '#/$defs/casualty' } },
    dates: { type: 'array', items: { $ref: '#/$defs/date' } },
    quotes: { type: 'array', items: { $ref: '#/$defs/quote' } },
    numbers: { type: 'array', items: { $ref: '#/$defs/number' } },
  },
  $defs: {
    casualty: {
      type: 'object',
      additionalProperties: false,
      required: [
        'kind',
        'type',
        'count',
        'max',
        'qualifier',
        'count_text',
        'group',
        'location',
        'since',
        'reported_by',
        'text',
        'start',
        'end',
      ],
      properties: {
        kind: { const: 'casualty' },
        type: {
          enum: ['killed', 'injured', 'missing', 'detained', 'kidnapped', 'displaced', 'killed_or_injured'],
        },
        count: { type: ['integer', 'null'], minimum: 0 },
        max: { type: ['integer', 'null'], minimum: 0 },
        qualifier: { enum: ['exact', 'more_than', 'at_least', 'about', 'less_than', 'at_most', 'range', 'vague'] },
        count_text: { type: 'string' },
        group: nullableString,
        location: nullableString,
        since: { anyOf: [isoDay, { type: 'null' }] },
        reported_by: nullableString,
        ...span,
      },
    },
    date: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'value', 'from', 'to', 'grain', 'calendar', 'hijri', 'relative', 'text', 'start', 'end'],
      properties: {
        kind: { const: 'date' },
        value: isoValue,
        from: isoValue,
        to: isoValue,
        grain: { enum: ['day', 'week', 'month', 'year'] },
        calendar: { enum: ['gregorian', 'hijri'] },
        hijri: { type: ['string', 'null'], pattern: '^\\d{1,4}(-\\d{2}(-\\d{2})?)?$' },
        relative: { type: 'boolean' },
        ...span,
      },
    },
    quote: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'text', 'speaker', 'verb', 'partial', 'unclosed', 'start', 'end'],
      properties: {
        kind: { const: 'quote' },
        speaker: {
          anyOf: [
            { type: 'null' },
            {
              type: 'object',
              additionalProperties: false,
              required: ['name', 'mention', 'title'],
              properties: { name: { type: 'string' }, mention: { type: 'string' }, title: nullableString },
            },
          ],
        },
        verb: nullableString,
        partial: { type: 'boolean' },
        unclosed: { type: 'boolean' },
        ...span,
      },
    },
    number: {
      type: 'object',
      additionalProperties: false,
      required: ['kind', 'value', 'ordinal', 'percent', 'form', 'text', 'start', 'end'],
      properties: {
        kind: { const: 'number' },
        value: { type: 'number' },
        ordinal: { type: 'boolean' },
        percent: { type: 'boolean' },
        form: { enum: ['digits', 'words', 'mixed'] },
        ...span,
      },
    },
  },
} as const;
