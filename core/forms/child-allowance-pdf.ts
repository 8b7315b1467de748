/**
 * 児童手当 認定請求書 as a one-page A4 portrait PDF, laid out after the
 * こども家庭庁 model (様式第2号; field list jp-forms §1, reconstructed [R] —
 * the order of blocks follows that list; office-only areas are drawn and never
 * prefilled; the seal box is optional and left empty).
 */
import { parts, type CivilDate } from '../dates/civil-date';
import { toWareki, eraYearLabel } from '../dates/wareki';
import { A4, FormCanvas, renderPdf, type FontSubsetter } from './pdf-canvas';
import type { ChildAllowanceApplication } from './child-allowance';

const M = 34; // page margin
const W = A4.width - 2 * M;

function wareki(date: string): string {
  if (!date) return '';
  const w = toWareki(date as CivilDate);
  return `${eraYearLabel(w)} ${w.month}月 ${w.day}日`;
}

function fullName(p: { familyName: string; givenName: string }, sep = '　'): string {
  return `${p.familyName}${sep}${p.givenName}`;
}

function kanaName(p: { familyNameKana: string; givenNameKana: string }): string {
  return `${p.familyNameKana}　${p.givenNameKana}`;
}

function heading(c: FormCanvas, y: number, label: string): number {
  c.rect(M, y, W, 15, { fill: 0.82 });
  c.text(M + 6, y + 11, label, 9);
  return y + 15;
}

export function layoutChildAllowanceForm(app: ChildAllowanceApplication): FormCanvas {
  const c = new FormCanvas();
  const filed = toWareki(app.filedOn as CivilDate);
  c.text(M, 30, '様式第2号（第1条の4関係）', 7.5);
  c.text(A4.width / 2, 56, '児 童 手 当 認 定 請 求 書', 17, { align: 'center' });
  c.text(A4.width - M, 80, `請求年月日　${eraYearLabel(filed)} ${filed.month}月 ${filed.day}日`, 9.5, {
    align: 'right',
  });
  c.text(M, 96, `（宛先）${app.addressee ?? '　　　　　　　　'}　殿`, 11);
  c.text(
    M,
    114,
    '児童手当法第7条の規定により、児童手当の受給資格及び児童手当の額について認定を請求します。',
    8.5,
  );

  // 1 請求者
  let y = heading(c, 122, '1　請求者');
  const L = 70; // label column
  const cl = app.claimant;
  c.labelCell(M, y, L, 16, 'フリガナ');
  c.cell(M + L, y, 250, 16, '', kanaName(cl), 8.5);
  c.labelCell(M + L + 250, y, 50, 34, '性別');
  c.checkbox(M + L + 308, y + 15, '男', cl.sex === 'male');
  c.checkbox(M + L + 308, y + 29, '女', cl.sex === 'female');
  c.labelCell(M + L + 358, y, 40, 34, '生年月日');
  c.cell(M + L + 398, y, W - L - 398, 34, '', wareki(cl.birthDate), 8.5);
  y += 16;
  c.labelCell(M, y, L, 18, '氏　名');
  c.cell(M + L, y, 250, 18, '', fullName(cl), 12);
  y += 18;
  c.labelCell(M, y, L, 20, '個人番号');
  c.rect(M + L, y, W - L, 20);
  c.digitBoxes(M + L + 6, y + 1, 12, cl.myNumber ?? '', 15, 18);
  c.text(M + L + 196, y + 13, '※番号確認・身元確認のため、本人確認書類を提示してください', 6.5);
  y += 20;
  const a = cl.address;
  c.labelCell(M, y, L, 30, '住　所');
  c.rect(M + L, y, W - L, 30);
  c.text(M + L + 5, y + 10, `〒 ${a.postalCode}`, 8.5);
  c.text(
    M + L + 5,
    y + 24,
    `${a.prefecture}${a.city}${a.street}${a.building ? `　${a.building}` : ''}`,
    10.5,
    { maxWidth: W - L - 10 },
  );
  y += 30;
  c.labelCell(M, y, L, 18, '電話番号');
  c.cell(M + L, y, 150, 18, '', cl.phone ?? '', 10);
  c.labelCell(M + L + 150, y, 70, 18, '職業・勤務先');
  c.cell(M + L + 220, y, W - L - 220, 18, '', cl.employer ?? '', 9.5);
  y += 18;
  c.labelCell(M, y, L, 18, '加入年金');
  c.rect(M + L, y, W - L, 18);
  let x = M + L + 8;
  x = c.checkbox(x, y + 13, '厚生年金保険', cl.pension === 'employees-pension');
  x = c.checkbox(x, y + 13, '共済組合等（第2〜4号）', cl.pension === 'mutual-aid');
  x = c.checkbox(x, y + 13, '国民年金', cl.pension === 'national-pension');
  c.checkbox(x, y + 13, '未加入', false);
  y += 18;
  c.labelCell(M, y, L, 18, '児童との関係');
  c.rect(M + L, y, W - L, 18);
  x = M + L + 8;
  x = c.checkbox(x, y + 13, '父母', cl.relationshipToChild === 'parent');
  x = c.checkbox(x, y + 13, '未成年後見人', false);
  x = c.checkbox(x, y + 13, '父母指定者', false);
  c.checkbox(x, y + 13, 'その他', cl.relationshipToChild === 'other');
  y += 18;

  // 2 配偶者
  y = heading(c, y + 6, '2　配偶者');
  const sp = app.spouse;
  c.labelCell(M, y, L, 18, '氏　名');
  c.cell(M + L, y, 190, 18, '', sp ? fullName(sp) : '', 11);
  c.labelCell(M + L + 190, y, 50, 18, '個人番号');
  c.rect(M + L + 240, y, W - L - 240, 18);
  c.digitBoxes(M + L + 246, y + 1, 12, sp?.myNumber ?? '', 14, 16);
  y += 18;
  c.labelCell(M, y, L, 18, '住　所');
  c.rect(M + L, y, W - L, 18);
  c.checkbox(M + L + 8, y + 13, '請求者と同じ', sp?.sameAddress ?? false);
  c.text(M + L + 110, y + 13, '（異なる場合は住所を記入）', 7.5);
  y += 18;

  // 3 支給要件児童
  y = heading(c, y + 6, '3　支給要件児童（18歳に達する日以後の最初の3月31日までの間にある児童）');
  const cols = [
    { w: 175, label: 'フリガナ／氏名' },
    { w: 110, label: '生年月日' },
    { w: 40, label: '性別' },
    { w: 70, label: '同居・別居' },
    { w: W - 395, label: '個人番号（別居の場合）' },
  ];
  x = M;
  for (const col of cols) {
    c.labelCell(x, y, col.w, 14, col.label);
    x += col.w;
  }
  y += 14;
  const rows = 4;
  for (let i = 0; i < rows; i++) {
    const k = app.children[i];
    x = M;
    for (const col of cols) {
      c.rect(x, y, col.w, 28);
      x += col.w;
    }
    if (k) {
      c.text(M + 5, y + 10, kanaName(k), 7);
      c.text(M + 5, y + 23, fullName(k), 11, { maxWidth: 150 });
      if (k.claimed) c.text(M + 170, y + 10, '今回請求', 6.5, { align: 'right' });
      c.text(M + 180, y + 18, wareki(k.birthDate), 8.5, { maxWidth: 100 });
      c.text(M + 305, y + 18, k.sex === 'male' ? '男' : k.sex === 'female' ? '女' : '', 10, {
        align: 'center',
      });
      c.text(M + 360, y + 18, k.livesWithClaimant ? '同居' : '別居', 10, { align: 'center' });
    }
    y += 28;
  }

  // 4 兄姉等 (2024-10 reform: counted for the third-child rate)
  y = heading(c, y + 6, '4　18歳年度末を過ぎ22歳年度末までの兄姉等（監護相当・生計費の負担がある場合）');
  for (let i = 0; i < 2; i++) {
    x = M;
    for (const col of cols.slice(0, 3)) {
      c.rect(x, y, col.w, 18);
      x += col.w;
    }
    c.rect(x, y, W - (x - M), 18);
    y += 18;
  }

  // 5 振込先
  y = heading(c, y + 6, '5　振込先口座（請求者本人名義の口座に限ります）');
  const bank = app.bankAccount;
  c.rect(M, y, W, 18);
  c.checkbox(M + 8, y + 13, '公金受取口座を利用する（通帳の写しは不要）', bank?.kind === 'public-funds');
  y += 18;
  const b = bank?.kind === 'bank' ? bank : null;
  c.labelCell(M, y, L, 20, '金融機関名');
  c.cell(M + L, y, 150, 20, '', b?.bankName ?? '', 10);
  c.labelCell(M + L + 150, y, 50, 20, '支店名');
  c.cell(M + L + 200, y, 110, 20, '', b?.branchName ?? '', 10);
  c.labelCell(M + L + 310, y, 36, 20, '種別');
  c.rect(M + L + 346, y, W - L - 346, 20);
  c.checkbox(M + L + 352, y + 14, '普通', b?.accountType === 'ordinary');
  c.checkbox(M + L + 395, y + 14, '当座', b?.accountType === 'current');
  y += 20;
  c.labelCell(M, y, L, 20, '口座番号');
  c.rect(M + L, y, 120, 20);
  c.digitBoxes(M + L + 6, y + 1, 7, b?.accountNumber ?? '', 15, 18);
  c.labelCell(M + L + 120, y, 80, 20, '口座名義（カナ）');
  c.cell(M + L + 200, y, W - L - 200, 20, '', b?.holderKana ?? '', 10);
  y += 20;

  // 備考 and the optional seal box
  c.labelCell(M, y + 6, L, 34, '備　考');
  c.rect(M + L, y + 6, W - L - 60, 34);
  c.rect(M + W - 60, y + 6, 60, 34);
  c.text(M + W - 56, y + 16, '印（任意）', 6.5);
  y += 46;

  // ※ office block: drawn, never prefilled.
  c.rect(M, y, W, 64, { fill: 0.96, lineWidth: 1 });
  c.text(M + 6, y + 11, '※ 市区町村記入欄（記入しないでください）', 8);
  const office = ['受付印', '認定年月日', '支給開始月', '受給者番号', '確認書類'];
  const ow = W / office.length;
  office.forEach((label, i) => {
    c.rect(M + i * ow, y + 16, ow, 48);
    c.text(M + i * ow + 4, y + 26, label, 7);
  });
  y += 70;
  const { year, month, day } = parts(app.filedOn as CivilDate);
  c.text(
    M,
    y + 8,
    `子育てノンストップで作成（${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}）。内容を確認のうえ提出してください。`,
    6.5,
  );
  return c;
}

export function renderChildAllowancePdf(
  app: ChildAllowanceApplication,
  subsetFont: FontSubsetter,
  creationDate: Date,
): Promise<Uint8Array> {
  return renderPdf(layoutChildAllowanceForm(app), subsetFont, {
    title: '児童手当 認定請求書',
    subject: `${app.procedure} ${app.municipalityCode}`,
    creationDate,
  });
}
