import { satisfiesPolicy } from '../checks/registry/license.js';
import type { ChangeReport, Finding } from '../model/types.js';
import type { Policy } from './types.js';

const MAX_LICENSE_CHARS = 120;

/** The finding the license policy adds for the new version of `change`, if any. */
export function licenseFinding(change: ChangeReport, policy: Policy): Finding | undefined {
  if (policy.allowLicenses === undefined && policy.denyLicenses === undefined) return undefined;
  // Removed packages ship nothing; an absent `licenses` means the metadata was never fetched (an error says so).
  if (change.to === null || change.licenses === undefined) return undefined;
  const license = change.licenses.after ?? null;
  const verdict = satisfiesPolicy(license, { allow: policy.allowLicenses, deny: policy.denyLicenses });
  if (verdict === 'allowed') return undefined;

  const id = `${change.name}@${change.to}`;
  const shown = license === null ? '' : license.trim().slice(0, MAX_LICENSE_CHARS);
  if (verdict === 'denied') {
    return { kind: 'license-change', severity: 'high', message: `${id} is licensed ${shown}, which your policy denies.` };
  }
  const list = policy.allowLicenses !== undefined ? 'allow list' : 'deny list';
  const message =
    shown === ''
      ? `${id} declares no license, so its license could not be determined against your ${list}.`
      : `${id} is licensed ${shown}, which depdiff could not match against your ${list}; check it by hand.`;
  return { kind: 'license-change', severity: 'medium', message };
}
