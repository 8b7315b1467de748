/**
 * The private-offer part of the host contract (merged into core/host-contract.ts).
 * Main only carries bytes: the feed down (validated), the family's signed request
 * and deletion up, the provider's signed answers back. The renderer builds and
 * signs with the profile's key (kept in the vault) and verifies the provider's
 * signatures with the key of the feed (core/offers/request.ts).
 */
import { z } from 'zod';
import { signedDocumentSchema, type SignedDocument } from './request';
import type { PrivateOfferFeed } from './private-offers';

export const privateOfferHostArgs = {
  /** the whole feed; nothing about the family is sent */
  'privateOffers.feed': z.null(),
  /** a nonstop-offer-request/1 signed with the profile's key for that provider */
  'privateOffers.request': z.strictObject({ signed: signedDocumentSchema }),
  /** a nonstop-offer-deletion/1 signed with the same key; sent again, it reads the current acknowledgement */
  'privateOffers.deletion': z.strictObject({ signed: signedDocumentSchema }),
} as const;

export interface PrivateOfferHostResults {
  /** `problems`: offers of the feed left out as invalid (named, for testers) */
  'privateOffers.feed': { feed: PrivateOfferFeed; problems: string[] };
  /** the provider's signed nonstop-offer-answer/1 (verified by the renderer) */
  'privateOffers.request': { answer: SignedDocument };
  /** the provider's signed nonstop-offer-deletion-ack/1 */
  'privateOffers.deletion': { ack: SignedDocument };
}
