/** The words the demo's people and companies are made of. */
export const FIRST_NAMES = [
  'Ava',
  'Liam',
  'Maya',
  'Noah',
  'Zoe',
  'Ethan',
  'Priya',
  'Lucas',
  'Chloe',
  'Omar',
  'Hana',
  'Mateo',
  'Ines',
  'Kenji',
  'Sara',
  'Jonas',
  'Leila',
  'Diego',
  'Nora',
  'Felix',
  'Amara',
  'Tomas',
  'Elena',
  'Ravi'
];
export const LAST_NAMES = [
  'Chen',
  'Garcia',
  'Okafor',
  'Smith',
  'Novak',
  'Müller',
  'Rossi',
  'Tanaka',
  'Haddad',
  'Johansson',
  'Silva',
  'Kowalski',
  'Dubois',
  'Patel',
  'Nguyen',
  'Brown',
  'Costa',
  'Murphy',
  'Ivanova',
  'Larsen'
];
export const COMPANY_FIRST = [
  'Northwind',
  'Bluepeak',
  'Granite',
  'Silverline',
  'Harbor',
  'Evergreen',
  'Lumen',
  'Cobalt',
  'Summit',
  'Redwood',
  'Brightwater',
  'Ironbridge',
  'Skylark',
  'Meridian',
  'Oakridge',
  'Polaris'
];
/** Second word of a company name → its Industry. */
export const COMPANY_INDUSTRY: Record<string, string> = {
  Logistics: 'Transportation',
  Health: 'Healthcare',
  Financial: 'Finance',
  Manufacturing: 'Manufacturing',
  Retail: 'Retail',
  Energy: 'Energy',
  Software: 'Technology',
  Foods: 'Food & Beverage',
  Insurance: 'Insurance',
  Telecom: 'Communications',
  Biotech: 'Biotechnology',
  Media: 'Media'
};
export const COMPANY_SECOND = Object.keys(COMPANY_INDUSTRY);

/**
 * A buying committee, in the order an account's contacts are made: each contact's title and the
 * role they play, named as the templates' owner roles name them (so a template's buyer steps find
 * them through the opportunity's contact roles).
 */
export const BUYING_COMMITTEE: readonly (readonly [title: string, role: string])[] = [
  ['VP Operations', 'Economic Buyer'],
  ['Director of IT', 'Technical Evaluator'],
  ['Operations Manager', 'Champion'],
  ['General Counsel', 'Legal'],
  ['Procurement Lead', 'Procurement'],
  ['CFO', 'Decision Maker'],
  ['Security Architect', 'Security'],
  ['COO', 'Executive Sponsor']
];

export const SELLER_TITLES = [
  'Account Executive',
  'Senior Account Executive',
  'Sales Engineer',
  'Customer Success Manager',
  'Implementation Lead'
];

export const DEAL_KINDS = ['Platform', 'Expansion', 'Pilot', 'Renewal', 'Enterprise rollout', 'Add-on'];
export const NEXT_STEPS = [
  'Send proposal',
  'Schedule security review',
  'Confirm budget',
  'Exec alignment call',
  null
];
