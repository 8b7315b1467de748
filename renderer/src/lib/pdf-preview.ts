/** Renders PDF pages to canvases with pdf.js (the renderer has no PDF plugin to rely on). */
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

export async function renderPdfPages(
  bytes: Uint8Array,
  container: HTMLElement,
  cssWidth: number,
  /** Each page's accessible name, in the UI's language. */
  label: (n: number) => string = (n) => `申請書 ${n}ページ目`,
): Promise<number> {
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
  container.replaceChildren();
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const base = page.getViewport({ scale: 1 });
    const scale = (cssWidth / base.width) * (window.devicePixelRatio || 1);
    const viewport = page.getViewport({ scale });
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.style.width = `${cssWidth}px`;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label(n));
    container.append(canvas);
    await page.render({ canvas, viewport }).promise;
  }
  const pages = doc.numPages;
  await doc.destroy();
  return pages;
}
