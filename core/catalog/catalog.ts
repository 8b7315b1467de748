/**
 * The catalog, validated by its schemas when first loaded: a malformed data
 * file fails loudly (and in the tests) instead of computing a wrong journey.
 */
import { z } from 'zod';
import { serviceSchema, vaccineSchema, type ServiceDefinition, type VaccineDefinition } from './schema';
import { overlaySchema, type MunicipalOverlay } from './municipalities/overlay';
import { services } from './services/index';
import { vaccines } from './vaccines/index';
import setagaya from './municipalities/131121';
import yokohama from './municipalities/141003';
import osaka from './municipalities/271004';

export interface Catalog {
  services: ServiceDefinition[];
  vaccines: VaccineDefinition[];
  overlays: Map<string, MunicipalOverlay>;
}

let loaded: Catalog | undefined;

export function catalog(): Catalog {
  loaded ??= {
    services: z.array(serviceSchema).parse(services),
    vaccines: z.array(vaccineSchema).parse(vaccines),
    overlays: new Map(
      z
        .array(overlaySchema)
        .parse([setagaya, yokohama, osaka])
        .map((o) => [o.code, o]),
    ),
  };
  return loaded;
}

/** Every item id the journey can produce (services, and one per vaccine dose). */
let itemIds: Set<string> | undefined;

export function knownItemIds(): ReadonlySet<string> {
  if (itemIds) return itemIds;
  const c = catalog();
  const ids = new Set(c.services.map((s) => s.id));
  for (const v of c.vaccines) {
    const doses = new Set(v.doses.map((d) => d.n));
    for (const n of doses) ids.add(doses.size === 1 ? v.id : `${v.id}-${n}`);
  }
  itemIds = ids;
  return ids;
}
