// Demo API keys: CONTRACT.md's two, a publishable key for a partner site on another origin, and
// one secret key per demo organisation (sk_test_<organisation id without its prefix>).
import type { ApiKeyRecord } from '../storage/types.js';
import { demoOrganisers, demoProviders } from './organisations.js';

export const localOrigins = ['http://localhost:*', 'http://127.0.0.1:*'];

export const secretKeyOf = (orgId: string) => `sk_test_${orgId.replace(/^(prv|org)_/, '')}`;

export function demoKeys(): ApiKeyRecord[] {
  return [
    {
      key: 'pk_test_demo',
      kind: 'publishable',
      orgId: 'bureau',
      orgKind: 'bureau',
      origins: localOrigins,
      label: 'Demo publishable key',
    },
    {
      key: 'pk_test_partner',
      kind: 'publishable',
      orgId: 'bureau',
      orgKind: 'bureau',
      origins: ['https://partner.example.com'],
      label: 'A partner site on https://partner.example.com only',
    },
    {
      key: 'sk_test_demo',
      kind: 'secret',
      orgId: 'bureau',
      orgKind: 'bureau',
      origins: [],
      label: 'City bureau',
    },
    ...demoProviders.map(
      (p): ApiKeyRecord => ({
        key: secretKeyOf(p.id),
        kind: 'secret',
        orgId: p.id,
        orgKind:
          p.kind === 'public-college' ? 'college' : p.kind === 'enterprise' ? 'enterprise' : 'institution',
        origins: [],
        label: p.zh,
      }),
    ),
    ...demoOrganisers.map(
      (o): ApiKeyRecord => ({
        key: secretKeyOf(o.id),
        kind: 'secret',
        orgId: o.id,
        orgKind: 'organiser',
        origins: [],
        label: o.zh,
      }),
    ),
  ];
}
