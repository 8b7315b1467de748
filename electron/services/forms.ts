/**
 * Prefilled form PDFs on the device: the font is BIZ UDPGothic (the universal
 * design family used on Japanese public documents), subset by HarfBuzz
 * (subset-font) to exactly the characters drawn, then embedded whole.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import type { FontSubsetter } from '../../core/forms/pdf-canvas';

const require = createRequire(import.meta.url);

let fontBytes: Buffer | undefined;
function bizUdpGothic(): Buffer {
  fontBytes ??= readFileSync(
    require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
  );
  return fontBytes;
}

export const subsetBizUdpGothic: FontSubsetter = async (text) =>
  new Uint8Array(await subsetFont(bizUdpGothic(), text, { targetFormat: 'truetype' }));
