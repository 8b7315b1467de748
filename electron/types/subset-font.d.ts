// subset-font ships no types; this is the part of its API we use (subset-font 2.9 index.js).
declare module 'subset-font' {
  export interface SubsetOptions {
    targetFormat?: 'truetype' | 'sfnt' | 'woff' | 'woff2';
    /** HB_SUBSET_FLAGS_NO_HINTING */
    noHinting?: boolean;
    /** HB_SUBSET_FLAGS_NO_LAYOUT_CLOSURE: keep only the glyphs of the text, not those GSUB reaches */
    noLayoutClosure?: boolean;
    /** OpenType feature tags to keep (default: all) */
    keepFeatures?: string[];
    /** table tags to drop */
    dropTables?: string[];
  }
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: SubsetOptions,
  ): Promise<Buffer>;
}
