/**
 * Words that synthetic titles, summaries and bodies are made of, most common first: drawn with a
 * skew, the first ones occur in most practices and the last ones in few, so full-text searches
 * range from broad to narrow as on real data.
 */
export const WORDS: readonly string[] = [
  ...new Set(
    `
returnee migrant worker reintegration training community support programme village family
livelihood employment skills business income services government local district women youth
savings enterprise counselling loan cooperative market referral centre agency project network
remittance placement certificate recognition psychosocial health protection assistance legal
information orientation mentoring coaching partnership employer union association volunteer
household children school education microfinance credit grant capital product farming agriculture
fisheries handicraft tourism transport food processing retail service hospitality construction
manufacturing garment domestic caregiver seafarer factory plantation overseas destination origin
province municipality ministry department office desk hotline database registry survey study
evaluation monitoring indicator outcome result impact baseline target budget funding donor
trainer facilitator caseworker officer coordinator leader champion peer group session module
workshop seminar forum dialogue consultation campaign awareness outreach visit assessment profile
plan goal strategy policy regulation guideline standard framework agreement memorandum law decree
rights complaint grievance dispute mediation shelter trafficking survivor victim abuse exploitation
debt recruitment broker fee contract wage salary payment bank account insurance pension benefit
scheme subsidy voucher stipend allowance toolkit manual curriculum handbook app platform website
portal digital mobile online radio video newsletter brochure poster booth fair exhibition
apprenticeship internship vocational technical certification assessment competency qualification
occupation trade craft welding tailoring cooking baking carpentry plumbing electrical automotive
beauty massage nursing caregiving childcare eldercare driving accounting bookkeeping marketing
packaging branding pricing export import supplier buyer customer cluster hub incubator accelerator
startup franchise shop stall kiosk workshop warehouse farm livestock poultry aquaculture rice
coffee cocoa rubber palm coconut vegetable fruit spice herbal textile batik weaving pottery
bamboo rattan furniture souvenir homestay ecotourism culinary snack beverage laundry repair
recycling waste water sanitation energy solar irrigation road bridge clinic hospital pharmacy
counsellor psychologist therapist doctor nurse midwife teacher lawyer paralegal notary judge
police immigration embassy consulate attache labour welfare fund foundation charity church mosque
temple parish barangay commune kampung desa muban sangkat township ward region island coast
highland border upland lowland urban rural remote indigenous minority ethnic dialect language
literacy numeracy budgeting planning bookkeeping investment entrepreneurship leadership resilience
wellbeing stress trauma recovery healing reunion spouse parent grandparent sibling daughter son
returning departing documented undocumented distressed deported repatriated stranded injured
pregnant elderly disabled young skilled unskilled semiskilled professional seasonal circular
cumulative annual quarterly monthly weekly daily pilot scaled replicated sustained integrated
holistic coordinated decentralised participatory inclusive gender responsive sensitive rights-based
evidence-based demand-driven market-oriented community-based home-based village-level
transparent accountable efficient effective affordable accessible sustainable innovative
Tagalog Bahasa Khmer Lao Burmese Thai Vietnamese Malay Tetum English Mandarin Arabic Japanese Korean
Hong Kong Taiwan Saudi Qatar Kuwait Dubai Malaysia Singapore Japan Korea Brunei Thailand Italy
mangrove monsoon harvest festival ceremony anniversary milestone breakthrough turnaround
`
      .split(/\s+/)
      .filter(Boolean),
  ),
];

/** Short words that join the others into something read as sentences. */
export const CONNECTORS: readonly string[] = [
  'and',
  'with',
  'for',
  'of',
  'in',
  'the',
  'through',
  'by',
  'to',
  'across',
  'among',
  'after',
];
