// The entity model beside the bundles (dist/ner-model.bin) instead of inside them. Bundled as a JSON import, the model's
// 2.2 MB of strings were part of every bundle's source: read, scanned and copied into strings at each start of the
// server and the CLI (~70 ms of CPU of a ~600 ms start), whether or not the process ever tagged a name. In this file each
// string of models/ner-model.json is stored as the code units it holds: one byte each (latin1) when none is above
// U+00FF, two (UTF-16LE) otherwise, so reading it back is a copy with no decoding; and the weights' rows are stored as
// the float32 numbers loading would decode from their text (core/entities/model.ts decodedRows), so opening the model
// parses no numbers. esbuild.mjs writes it from the JSON at build time; the server, CLI and core bundles read it
// through bundledNerModel.ts, the first time a name is tagged.
import { readFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { decodedRows, type PackedModel } from '../core/entities/model';

export const NER_MODEL_FILE = 'ner-model.bin';
const MAGIC = 'copydesk-ner-model 2';

type Encoding = 'latin1' | 'utf16le' | 'f32le';
/** The header's account of one string field: its name, how its code units are stored, and its bytes after the header. */
type Section = [name: string, encoding: Encoding, start: number, end: number];

/**
 * The model in the sidecar's layout. The first line is a JSON header: the model's other fields as they are and the
 * sections; the body and each section start at a multiple of 4 bytes, so UTF-16 and float32 sections are aligned.
 */
export function packNerModel(model: PackedModel): Buffer {
  const { features, rows } = decodedRows(model);
  const fields: Record<string, unknown> = {};
  const sections: Section[] = [];
  const bodies: Buffer[] = [];
  let at = 0;
  for (const [name, value] of Object.entries({ ...model, weights: features, rows })) {
    let encoding: Encoding;
    let body: Buffer;
    if (value instanceof Float32Array) {
      encoding = 'f32le';
      body = Buffer.alloc(value.length * 4);
      value.forEach((x, k) => body.writeFloatLE(x, k * 4));
    } else if (typeof value === 'string') {
      encoding = /[^\x00-\xff]/.test(value) ? 'utf16le' : 'latin1';
      body = Buffer.from(value, encoding);
    } else {
      fields[name] = value;
      continue;
    }
    sections.push([name, encoding, at, at + body.length]);
    bodies.push(body);
    at += body.length;
    if (at % 4) {
      bodies.push(Buffer.alloc(4 - (at % 4)));
      at += 4 - (at % 4);
    }
  }
  let header = JSON.stringify({ magic: MAGIC, fields, sections });
  // Spaces pad the header line (JSON ignores them) so the body starts at a multiple of 4.
  header += ' '.repeat((4 - ((header.length + 1) % 4)) % 4);
  return Buffer.concat([Buffer.from(`${header}\n`, 'latin1'), ...bodies]);
}

/** A float32 section as a Float32Array of its own (a view would keep the whole file's bytes alive). */
function floats(bytes: Buffer, from: number, to: number): Float32Array {
  const out = new Float32Array((to - from) / 4);
  if (endianness() === 'LE') new Uint8Array(out.buffer).set(bytes.subarray(from, to));
  else for (let k = 0; k < out.length; k++) out[k] = bytes.readFloatLE(from + k * 4);
  return out;
}

/** The model back from the sidecar's bytes; a clear error for anything that is not one. */
export function unpackNerModel(bytes: Buffer, file = NER_MODEL_FILE): PackedModel {
  const nl = bytes.indexOf(10);
  let header: { magic?: string; fields?: Record<string, unknown>; sections?: Section[] } | undefined;
  try {
    header = nl > 0 ? JSON.parse(bytes.toString('latin1', 0, nl)) : undefined;
  } catch {
    header = undefined;
  }
  if (header?.magic !== MAGIC || !header.fields || !Array.isArray(header.sections))
    throw new Error(`${file} is not a Copydesk entity model: rebuild with node esbuild.mjs`);
  const model: Record<string, unknown> = { ...header.fields };
  const body = nl + 1;
  for (const [name, encoding, start, end] of header.sections) {
    if (body + end > bytes.length) throw new Error(`${file} is truncated: rebuild with node esbuild.mjs`);
    model[name] =
      encoding === 'f32le'
        ? floats(bytes, body + start, body + end)
        : bytes.toString(encoding, body + start, body + end);
  }
  return model as unknown as PackedModel;
}

export function readNerModelFile(path: string): PackedModel {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    // A bundle copied without the file beside it: say which file, not only ENOENT.
    throw new Error(`the entity model ${path} cannot be read (${(e as Error).message}): rebuild with node esbuild.mjs`);
  }
  return unpackNerModel(bytes, path);
}
