/**
 * The part of the `edtf` package (which ships no types) that Chronicle uses: its parser, which
 * returns a plain description of the EDTF text's parts (type, values, qualifiers), or throws.
 */
declare module 'edtf' {
  export function parse(input: string, options?: { level?: number; types?: string[] }): unknown;
}
