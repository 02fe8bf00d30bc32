/** One entry of the registry's bulk advisory endpoint (`POST /-/npm/v1/security/advisories/bulk`, as `npm audit` uses). */
export interface Advisory {
  id: number | string;
  url?: string;
  title: string;
  severity: 'critical' | 'high' | 'moderate' | 'low' | 'info' | string;
  /** semver range, e.g. ">=1.0.0 <1.2.3" or "<0.0.0-0" for none */
  vulnerable_versions: string;
  cwe?: string[];
  cvss?: { score?: number; vectorString?: string | null };
}

/** Response body shape: package name -> advisories. */
export type AdvisoryMap = Record<string, Advisory[]>;
