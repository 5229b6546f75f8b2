// Which wire fields hold personal data (个人信息) and which are sensitive (敏感个人信息, PIPL
// art. 28). Everything that logs, displays or returns these must mask or omit them.

export interface PersonalField {
  /** Dotted path in the enrolment request. */
  readonly path: string;
  readonly sensitive: boolean;
  /** How it leaves the server: masked, as is (to the owning organisation), or never. */
  readonly inResponses: 'masked' | 'as-is';
}

export const personalDataFields = [
  { path: 'applicant.name', sensitive: false, inResponses: 'as-is' },
  { path: 'applicant.citizenId', sensitive: true, inResponses: 'masked' },
  { path: 'applicant.mobile', sensitive: false, inResponses: 'masked' },
  { path: 'applicant.districtCode', sensitive: false, inResponses: 'as-is' },
  { path: 'applicant.targetGroups', sensitive: true, inResponses: 'as-is' },
  { path: 'applicant.education', sensitive: false, inResponses: 'as-is' },
  { path: 'applicant.returnedFrom', sensitive: false, inResponses: 'as-is' },
  { path: 'answers', sensitive: false, inResponses: 'as-is' },
] as const satisfies readonly PersonalField[];
