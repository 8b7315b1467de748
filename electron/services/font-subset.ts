/**
 * A font subsetter that keeps HarfBuzz's face of the font between renders.
 * subset-font (the wrapper the app used first) copies the 4.5 MB font into the
 * wasm heap and builds a new face on every call; here the font is copied once,
 * and each render only runs `hb_subset_or_fail` for its characters. The wasm is
 * harfbuzzjs' own `harfbuzz-subset.wasm` (the maintained HarfBuzz build that
 * subset-font uses), called the same way subset-font calls it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface HbExports {
  memory: { buffer: ArrayBuffer };
  _initialize(): void;
  malloc(n: number): number;
  free(p: number): void;
  hb_blob_create(data: number, length: number, mode: number, user: number, destroy: number): number;
  hb_blob_destroy(b: number): void;
  hb_blob_get_data(b: number, length: number): number;
  hb_blob_get_length(b: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_face_destroy(f: number): void;
  hb_face_reference_blob(f: number): number;
  hb_set_add(set: number, value: number): void;
  hb_set_clear(set: number): void;
  hb_subset_input_create_or_fail(): number;
  hb_subset_input_destroy(i: number): void;
  hb_subset_input_get_flags(i: number): number;
  hb_subset_input_set_flags(i: number, flags: number): void;
  hb_subset_input_set(i: number, which: number): number;
  hb_subset_input_unicode_set(i: number): number;
  hb_subset_or_fail(face: number, input: number): number;
}

const HB_MEMORY_MODE_READONLY = 1;
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3;
const HB_SUBSET_SETS_LAYOUT_FEATURE_TAG = 6;
const HB_SUBSET_FLAGS_NO_HINTING = 0x1;
const HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE = 0x200;

const tag = (s: string) => [...s].reduce((a, ch) => ((a << 8) + ch.charCodeAt(0)) >>> 0, 0);

export interface SubsetterOptions {
  /** Drop TrueType hinting (fpgm, prep, cvt, glyph instructions). */
  noHinting: boolean;
  /** Keep only the glyphs of the text, not those the layout tables reach from them. */
  noLayoutClosure: boolean;
  /** Tables not written to the subset. */
  dropTables: readonly string[];
}

export interface Subsetter {
  subset(text: string): Uint8Array;
}

/** Instantiates HarfBuzz and loads the font once; `subset` is then synchronous and cheap. */
export async function createSubsetter(font: Uint8Array, options: SubsetterOptions): Promise<Subsetter> {
  const wasm = readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm'));
  // The electron tsconfig has no DOM lib, where the WebAssembly types live; Node has the global.
  const { WebAssembly: wa } = globalThis as unknown as {
    WebAssembly: { instantiate(b: Uint8Array): Promise<{ instance: { exports: unknown } }> };
  };
  const { instance } = await wa.instantiate(wasm);
  const hb = instance.exports as unknown as HbExports;
  hb._initialize();
  const fontPtr = hb.malloc(font.byteLength);
  new Uint8Array(hb.memory.buffer).set(font, fontPtr);
  const blob = hb.hb_blob_create(fontPtr, font.byteLength, HB_MEMORY_MODE_READONLY, 0, 0);
  const face = hb.hb_face_create(blob, 0);
  hb.hb_blob_destroy(blob);
  const flags =
    (options.noHinting ? HB_SUBSET_FLAGS_NO_HINTING : 0) |
    (options.noLayoutClosure ? HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE : 0);
  const dropTags = options.dropTables.map(tag);

  return {
    subset(text: string): Uint8Array {
      const input = hb.hb_subset_input_create_or_fail();
      if (input === 0) throw new Error('hb_subset_input_create_or_fail failed');
      let result: number;
      try {
        hb.hb_subset_input_set_flags(input, hb.hb_subset_input_get_flags(input) | flags);
        // No layout features: pdf-lib draws glyphs by code point through the cmap.
        hb.hb_set_clear(hb.hb_subset_input_set(input, HB_SUBSET_SETS_LAYOUT_FEATURE_TAG));
        const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG);
        for (const t of dropTags) hb.hb_set_add(drop, t);
        const unicodes = hb.hb_subset_input_unicode_set(input);
        for (const ch of text) hb.hb_set_add(unicodes, ch.codePointAt(0) as number);
        result = hb.hb_subset_or_fail(face, input);
      } finally {
        hb.hb_subset_input_destroy(input);
      }
      if (result === 0) throw new Error('hb_subset_or_fail failed (is the font a TrueType font?)');
      const out = hb.hb_face_reference_blob(result);
      try {
        const ptr = hb.hb_blob_get_data(out, 0);
        const length = hb.hb_blob_get_length(out);
        if (length === 0) throw new Error('HarfBuzz produced an empty subset');
        return new Uint8Array(hb.memory.buffer, ptr, length).slice();
      } finally {
        hb.hb_blob_destroy(out);
        hb.hb_face_destroy(result);
      }
    },
  };
}
