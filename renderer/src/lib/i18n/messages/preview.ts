/** The PDF preview (application screen): zoom and the pages' accessible names. */
export const ja = {
  'preview.zoom': '表示の大きさ',
  'preview.page': '申請書 {n}ページ目',
} as const;

export const en: Record<keyof typeof ja, string> = {
  'preview.zoom': 'Preview size',
  'preview.page': 'Form, page {n}',
};
