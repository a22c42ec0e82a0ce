/**
 * The national filing registry (工信部备案系统) as an adapter: what it already holds about a subject and a
 * domain. Beian ships a simulator over its own tables (`simulator.ts`); a provider connects the real system
 * behind the same interface. A subject is identified by certificate type + number, never by its name.
 */
export type CertificateRef = {
  /** Glossary code: 'business_license', 'resident_id' … */
  readonly type: string;
  readonly number: string;
};

/** A filed subject (主体备案). */
export type RegistrySubject = {
  readonly icpNumber: string;
  readonly certificateType: string;
  readonly certificateNumber: string;
  readonly name: string;
  readonly nature: string;
  readonly province: string;
  readonly leaderName: string;
  /** A filing of the subject is accessed at this provider. */
  readonly accessedHere: boolean;
};

/** A live (not cancelled) website filing (网站备案). */
export type RegistryWebsite = {
  readonly icpNumber: string;
  /** The domain's ASCII form (punycode for IDN). */
  readonly domain: string;
  readonly name: string;
  /** The certificate of the subject the website is filed under. */
  readonly subjectCertificateType: string;
  readonly subjectCertificateNumber: string;
  readonly accessedHere: boolean;
};

export interface Registry {
  /** The subject's filing, matched by certificate type and number; undefined when it has none. */
  findSubject(cert: CertificateRef): Promise<RegistrySubject | undefined>;
  /** The live website filing of a domain (any form: Unicode or ASCII, any case); undefined when none. */
  findWebsite(domain: string): Promise<RegistryWebsite | undefined>;
  /** An order for the subject is in a bureau's review at any provider (first filing included). */
  hasOrderInFlight(cert: CertificateRef): Promise<boolean>;
  /** 空壳主体: the subject is filed but has no live website (so nothing accessed anywhere). */
  isShellSubject(cert: CertificateRef): Promise<boolean>;
}
