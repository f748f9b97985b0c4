import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DocumentInputError, MAX_DOCUMENT_BYTES, readDocumentBytes, readDocumentText } from '../src';

const problem = (bytes: Uint8Array) => {
  try {
    readDocumentBytes(bytes);
    return null;
  } catch (err) {
    return err instanceof DocumentInputError ? err.problem : 'OTHER';
  }
};

describe('bad input is refused with a clear reason', () => {
  it('accepts the seed documents', () => {
    const bytes = readFileSync(new URL('../../data/sources/001_b8a472de6a54da7f.txt', import.meta.url));
    expect(readDocumentBytes(bytes)).toBe(bytes.toString('utf8'));
  });

  it('refuses empty, binary, wrongly encoded, non-Finnish and oversized input', () => {
    expect(problem(new TextEncoder().encode('  \n '))).toBe('EMPTY');
    expect(problem(Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toBe('BINARY');
    expect(
      problem(Uint8Array.from(Buffer.from('Hankkeen p\xe4\xe4t\xf6s ja rahoitus on kaupungin', 'latin1'))),
    ).toBe('ENCODING');
    expect(
      problem(new TextEncoder().encode('The quick brown fox jumps over the lazy dog again and again.')),
    ).toBe('NOT_FINNISH');
    expect(problem(new Uint8Array(MAX_DOCUMENT_BYTES + 1).fill(0x61))).toBe('TOO_LARGE');
    expect(problem(new Uint8Array(10 * 1024 * 1024).fill(0x61))).toBe('TOO_LARGE');
  });

  it('refuses text that was decoded wrongly or carries binary before it reached us', () => {
    const textProblem = (text: string) => {
      try {
        readDocumentText(text);
        return null;
      } catch (err) {
        return (err as DocumentInputError).problem;
      }
    };
    const finnish = 'Hankkeen päätös ja rahoitus on kaupungin ja kunnan yhteinen asia.';
    expect(textProblem(finnish)).toBeNull();
    expect(textProblem(Buffer.from(finnish, 'utf8').toString('latin1'))).toBe('ENCODING');
    expect(textProblem(finnish.replace('ä', '\uFFFD'))).toBe('ENCODING');
    expect(textProblem(`${finnish}\u0000\u0001`)).toBe('BINARY');
    expect(textProblem('x'.repeat(10 * 1024 * 1024))).toBe('TOO_LARGE');
    // The text survives byte for byte, ä and ö included.
    expect(textProblem(`\uFEFF${finnish}`)).toBeNull();
    expect(readDocumentText(finnish)).toBe(finnish);
  });
});
